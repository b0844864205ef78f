"""Genre round 50 (genre45): the E table of docs/EVALUATION.md from ``scripts/genre45/results/*.jsonl``.

``python scripts/genre45/summary.py`` prints, per seed set and lever, the pooled (P, 433 held-out English articles)
plain and news-mix macro-F1, per-genre F1, calls and the last block's news mix, then the means over sets A, B, C
and the rule's verdict (RULE.md: mean news mix rises and mean plain does not drop, against main's mean). Main's
rows are genre43's runs of the same harness (``scripts/genre43/results/E2_*.jsonl``, lever ``main``).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
SETS = ("A", "B", "C")
LEVERS = ("e5", "e5c", "e5w3")


def per_genre_f1(confusion: list[list[int]]) -> list[float]:
    cm = np.array(confusion, dtype=float)
    tp = np.diag(cm)
    denom = cm.sum(0) + cm.sum(1)
    return [round(float(x), 3) for x in np.where(denom > 0, 2 * tp / np.maximum(denom, 1), 0.0)]


def read(path: Path, rows: dict[str, dict[str, dict]], name: str) -> None:
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if "P" in d:
            rows.setdefault(d["lever"], {})[name] = d


def main() -> None:
    rows: dict[str, dict[str, dict]] = {}
    for name in SETS:
        read(HERE.parent / "genre43" / "results" / f"E2_{name}.jsonl", rows, name)
        for lever in LEVERS:
            read(HERE / "results" / f"E_{lever}_{name}.jsonl", rows, name)
    rows.pop("enw", None)
    for lever, by_set in rows.items():
        for name, d in sorted(by_set.items()):
            p = d["P"]
            calls = np.array(p["confusion"]).sum(0).tolist()
            print(f"{lever:5} {name}  plain {p['plain']:.4f}  news {p['news']:.4f}  reporting recall "
                  f"{p['reporting_recall']:.4f}  F1 o/r/s {per_genre_f1(p['confusion'])}  calls o/r/s {calls}  "
                  f"L news {d['L']['news']:.4f}  confusion {p['confusion']}")
    means = {lever: {k: float(np.mean([by_set[s]["P"][k] for s in SETS])) for k in ("plain", "news")}
             for lever, by_set in rows.items() if set(by_set) == set(SETS)}
    for lever, m in means.items():
        print(f"{lever:5} mean A-C  plain {m['plain']:.4f}  news {m['news']:.4f}")
    for lever in LEVERS:
        if lever in rows and lever not in means:
            print(f"{lever}: run at {sorted(rows[lever])} only: fails (RULE.md: a lever not run at all three sets)")
        if lever in means and "main" in means:
            d_plain = means[lever]["plain"] - means["main"]["plain"]
            d_news = means[lever]["news"] - means["main"]["news"]
            verdict = "passes" if d_news > 0 and d_plain >= 0 else "fails"
            print(f"{lever}: mean plain {d_plain:+.4f}, mean news {d_news:+.4f}: E {verdict}")


if __name__ == "__main__":
    main()
