"""Right / wrong / unmarked / missed by technique and by page on round 56's development pages ('D56'):
``python scripts/tech56/score56.py RESULTS.json``. A finding counts as a mark's when it has the mark's label and
overlaps it (each mark used once, tech41's matching); a finding no mark matches is 'unmarked' (to be marked by reading
the page before it counts). A 'missed' span (``marks_d56.json``'s ``missed``) counts as found when a finding of its
label overlaps it. Recall by technique = right / (right + missed still missed). Counts only; the held-out page is
not scored here (its figures are run counts from ``measure56.py``)."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def score(rows: list[dict], marks: dict) -> list[str]:
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    by_page: dict[str, Counter[str]] = defaultdict(Counter)
    used: set[int] = set()
    found = {r["path"]: r["findings"] for r in rows}
    for path in marks["articles"]:
        for f in found.get(path, []):
            hit = [i for i, m in enumerate(marks["findings"]) if m["path"] == path and m["label"] == f["label"]
                   and m["start"] < f["end"] and f["start"] < m["end"] and i not in used]
            mark = "unmarked"
            if hit:
                used.add(hit[0])
                mark = marks["findings"][hit[0]]["mark"]
            by_label[f["label"]][mark] += 1
            by_page[path][mark] += 1
    for m in marks["missed"]:
        if not any(f["label"] == m["label"] and f["start"] < m["end"] and m["start"] < f["end"]
                   for f in found.get(m["path"], [])):
            by_label[m["label"]]["missed"] += 1
            by_page[m["path"]]["missed"] += 1
    tot: Counter[str] = Counter()
    for c in by_page.values():
        tot.update(c)

    def fmt(c: Counter[str]) -> str:
        s = f"right {c['right']}, wrong {c['wrong']}, missed {c['missed']}"
        if c["unmarked"]:
            s += f", unmarked {c['unmarked']}"
        n = c["right"] + c["wrong"]
        r = c["right"] + c["missed"]
        return s + (f"; precision {c['right'] / n:.2f}" if n else "") + (f", recall {c['right'] / r:.2f}" if r else "")

    out = [f"development two (D56): {fmt(tot)}"]
    out += [f"  page {Path(p).name}: {fmt(by_page[p])}" for p in marks["articles"]]
    out += [f"  {lab}: {fmt(c)}" for lab, c in sorted(by_label.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))]
    return out


if __name__ == "__main__":
    print("\n".join(score(json.loads(Path(sys.argv[1]).read_text()),
                          json.loads((HERE / "marks_d56.json").read_text()))))
