"""Right / wrong on the marked ten (tech41's marks) and the held-out five (``marks_held.json``) for a saved run of
``scripts/tech41/measure.py``: ``python scripts/tech43/score.py RESULTS.json [--held]``. Without ``--held`` only the
marked ten are scored (the held-out five are read once before and once after the change, figures only).
A finding is a marked one when it has the mark's label and overlaps it (each mark used once, as tech41's
``marked_summary``); a finding no mark matches is "unmarked". Prints counts only, by label and mark."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def score(rows: list[dict], marks: dict) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    arts = set(marks["articles"])
    got: Counter[str] = Counter()
    by: Counter[tuple[str, str]] = Counter()
    used: set[int] = set()
    for r in rows:
        if r["path"] not in arts:
            continue
        for f in r["findings"]:
            hit = [i for i, m in enumerate(marks["findings"]) if m["path"] == r["path"] and m["label"] == f["label"]
                   and m["start"] < f["end"] and f["start"] < m["end"] and i not in used]
            mark = "unmarked"
            if hit:
                used.add(hit[0])
                mark = marks["findings"][hit[0]]["mark"]
            got[mark] += 1
            by[(f["label"], mark)] += 1
    return got, by


def report(name: str, rows: list[dict], marks: dict) -> str:
    got, by = score(rows, marks)
    total = Counter(m["mark"] for m in marks["findings"])
    labels = sorted({lab for lab, _ in by})
    return (f"{name}: findings {sum(got.values())}; right {got['right']}/{total['right']}, wrong {got['wrong']}/"
            f"{total['wrong']}, unmarked {got['unmarked']}\n  by label (right/wrong/unmarked): " + "; ".join(
                f"{lab} {by[(lab, 'right')]}/{by[(lab, 'wrong')]}/{by[(lab, 'unmarked')]}" for lab in labels))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("results", type=Path)
    ap.add_argument("--held", action="store_true")
    a = ap.parse_args()
    rows = json.loads(a.results.read_text())
    print(report("marked ten", rows, json.loads((HERE.parent / "tech41" / "marks.json").read_text())))
    if a.held:
        print(report("held-out five", rows, json.loads((HERE / "marks_held.json").read_text())))


if __name__ == "__main__":
    main()
