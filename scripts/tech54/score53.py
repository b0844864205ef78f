"""Right / wrong / unmarked by technique and by genre.v1's label on round 53's six news pages:
``python scripts/tech53/score53.py SIX.json [--held53]``. The marked three ('M53', ``marks_m53.json``) always;
``--held53`` adds the held-out three (``marks_held53.json``: read once before and once after, figures only). A finding
counts as a mark's when it has the mark's label and overlaps it (each mark used once, tech41's matching); a finding
no mark matches is 'unmarked' and has to be marked by reading the article before it counts. Counts only."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def tally(rows: list[dict], marks: dict) -> tuple[dict, dict]:
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    by_genre: dict[str, Counter[str]] = defaultdict(Counter)
    arts = set(marks["articles"])
    used: set[int] = set()
    for r in rows:
        if r["path"] not in arts:
            continue
        by_genre[str(r["genre"])]["pages"] += 1
        for f in r["findings"]:
            hit = [i for i, m in enumerate(marks["findings"]) if m["path"] == r["path"] and m["label"] == f["label"]
                   and m["start"] < f["end"] and f["start"] < m["end"] and i not in used]
            mark = "unmarked"
            if hit:
                used.add(hit[0])
                mark = marks["findings"][hit[0]]["mark"]
            by_label[f["label"]][mark] += 1
            by_genre[str(r["genre"])][mark] += 1
    return by_label, by_genre


def lines(title: str, rows: list[dict], marks: dict) -> list[str]:
    by_label, by_genre = tally(rows, marks)
    tot: Counter[str] = Counter()
    for c in by_label.values():
        tot.update(c)
    out = [f"{title}: right {tot['right']}, wrong {tot['wrong']}, unmarked {tot['unmarked']}"]
    for lab in sorted(by_label, key=lambda k: (-sum(by_label[k].values()), k)):
        c = by_label[lab]
        out.append(f"  {lab}: {c['right']} / {c['wrong']}" + (f" (+{c['unmarked']} unmarked)" if c["unmarked"] else ""))
    for g in sorted(by_genre):
        c = by_genre[g]
        out.append(f"  genre {g} ({c['pages']} pages): {c['right']} / {c['wrong']}"
                   + (f" (+{c['unmarked']} unmarked)" if c["unmarked"] else ""))
    return out


if __name__ == "__main__":
    rows = json.loads(Path(sys.argv[1]).read_text())
    out = lines("marked three (M53)", rows, json.loads((HERE / "marks_m53.json").read_text()))
    if "--held53" in sys.argv:
        out += lines("held-out three (H53)", rows, json.loads((HERE / "marks_held53.json").read_text()))
    print("\n".join(out))
