"""Each RULE.md candidate applied to main's findings on the marked sets, counts only: ``python
scripts/tech50/dev50.py OLD30.json NEW47.json TEN49.json [--held]``. OLD30 / NEW47 / TEN49: ``scripts/tech49/
measure49.py`` runs of main (tech41's 30, tech47's fresh ten, tech49's ten). Without ``--held``: the marked ten
(tech41), tech47's marked-new five and tech49's marked five; with ``--held`` (read once, at the end): the held-out
fives of tech43 .. tech47 and tech49. A finding's mark is tech43's ``score.report`` way (same label, overlapping,
each mark used once); a finding no mark matches counts as "unmarked". Only findings of kind "span" (the tagger's)
or "sentence" (a paragraph label it shows on a sentence) in an article ``genre.v1`` calls reporting can go, as in
the gate."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques50 import CANDIDATES_50, removed_by50

HERE = Path(__file__).resolve().parent
POLNEAR = Path("../shared/data/polnear_dev/text")
SETS = (("marked ten", "old30", "tech41/marks.json"), ("tech47 marked-new five", "new47", "tech47/marks_new47.json"),
        ("tech49 marked five", "ten49", "tech50/from_tech49/marks_m49.json"))
HELD = (("tech43 held-out five", "old30", "tech43/marks_held.json"),
        ("tech44 held-out five", "old30", "tech44/marks_held44.json"),
        ("tech45 held-out five", "old30", "tech45/marks_held45.json"),
        ("tech46 held-out five", "old30", "tech46/marks_held46.json"),
        ("tech47 held-out five", "new47", "tech47/marks_held47.json"),
        ("tech49 held-out five", "ten49", "tech50/from_tech49/marks_held49.json"))


def text_of(path: str) -> str:
    p = Path(path)
    full = Path("../shared") / p if path.startswith("../") else POLNEAR / p
    return full.read_text(encoding="utf-8")


def marked(rows: list[dict], marks: dict) -> list[tuple[str, dict, str]]:
    """(path, finding, mark) for every finding in the marks' articles."""
    out = []
    arts = set(marks["articles"])
    for r in rows:
        if r["path"] not in arts:
            continue
        used: set[int] = set()
        for f in r["findings"]:
            mark = "unmarked"
            for i, m in enumerate(marks["findings"]):
                if (i not in used and m["path"] == r["path"] and m["label"] == f["label"] and m["start"] < f["end"]
                        and f["start"] < m["end"]):
                    used.add(i)
                    mark = m["mark"]
                    break
            out.append((r["path"], dict(f, genre=r["genre"]), mark))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old30", type=Path)
    ap.add_argument("new47", type=Path)
    ap.add_argument("ten49", type=Path)
    ap.add_argument("--held", action="store_true")
    a = ap.parse_args()
    runs = {"old30": json.loads(a.old30.read_text()), "new47": json.loads(a.new47.read_text()),
            "ten49": json.loads(a.ten49.read_text())}
    for name, run, rel in HELD if a.held else SETS:
        marks = json.loads((HERE.parent / rel).read_text())
        rows = marked(runs[run], marks)
        total = Counter(m for _, _, m in rows)
        line = [f"{name}: findings {len(rows)}, right {total['right']} / wrong {total['wrong']}"
                f" / unmarked {total['unmarked']}"]
        for cand in CANDIDATES_50:
            gone: Counter[str] = Counter()
            for path, f, mark in rows:
                if f["genre"] != "reporting" or f["kind"] not in ("span", "sentence"):
                    continue
                text = text_of(path)
                if removed_by50(text, f["start"], f["end"], f["label"], split_sentences(text, 0, len(text)), {cand}):
                    gone[f"{mark} {f['label']}"] += 1
            line.append(f"  {cand} removes: " + (", ".join(f"{k} {v}" for k, v in sorted(gone.items())) or "none"))
        print("\n".join(line))


if __name__ == "__main__":
    main()
