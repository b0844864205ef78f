"""Round 86's census of the task's three leads on PolNeAR's tuning half (counts only, no text), on a saved run of
``scripts/attr86/dev.py`` (``base`` = main's code, ``r2`` = the final code):

    PYTHONPATH=src python scripts/attr86/census.py base r2 > scripts/attr86/census.txt

1. "blasted / blamed / criticized ... X for": a judgement verb with "for" within six words after it;
2. "sees / views / regards X as": the verb with "as" within twelve words after it, in one sentence;
3. a quotation whose speaker is named in a later sentence: gold records whose content opens with a quotation mark
   and whose cue lies after the content's sentence (a later sentence of the same or the next paragraph).
For 1 and 2: the uses, those with a gold cue on the verb, those where the run has a record with its cue on the
verb, and those where a gold record with that cue is matched by the run (content overlap, the scorer's 30%).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402

sys.path.insert(0, str(attr_dev.SCORER.parent))
import score_attr  # type: ignore[import-not-found]  # noqa: E402

JUDGE = re.compile(r"\b(?:blast|blam|slam|criticiz|criticis|fault|lambast|accus|prais|credit|thank|condemn|"
                   r"chastis|scold|rebuk|applaud|commend|attack)\w*\b(?=(?:\W+\w+){0,6}?\W+for\b)", re.I)
SEE_AS = re.compile(r"\b(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|regard|regards|regarded)\b"
                    r"(?=[^.!?\n]{1,80}?\bas\b)", re.I)


def main() -> None:
    runs = sys.argv[1:]
    for name, pat in (("judgement verb ... for", JUDGE), ("see / view / regard ... as", SEE_AS)):
        uses, gold_on = 0, 0
        found = dict.fromkeys(runs, 0)
        matched = dict.fromkeys(runs, 0)
        for stem in attr_dev.stems("tune"):
            text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            gold = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
            preds = {r: json.loads((Path("/tmp/attr86") / f"run_{r}" / f"{stem}.json").read_text()) for r in runs}
            for m in pat.finditer(text):
                uses += 1
                g = [gc for gc, _gs, gq in gold if any(a <= m.start() < b for a, b in gq)]
                gold_on += bool(g)
                for r in runs:
                    atts = [a for a in preds[r]["attributions"] if a.get("cue")
                            and a["cue"]["start"] <= m.start() < a["cue"]["end"]]
                    found[r] += bool(atts)
                    pcs = [[(a["content"]["start"], a["content"]["end"])] for a in atts]
                    matched[r] += sum(1 for gc in g if any(score_attr.overlap(gc, pc) / max(1, sum(
                        e - s for s, e in gc)) >= 0.3 for pc in pcs))
        print(f"{name}: {uses} uses, gold cue on {gold_on}; " + "; ".join(
            f"{r}: a record on {found[r]}, gold matched {matched[r]}" for r in runs))
    apart = total = 0
    hit = dict.fromkeys(runs, 0)
    spk = dict.fromkeys(runs, 0)
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        preds = {r: json.loads((Path("/tmp/attr86") / f"run_{r}" / f"{stem}.json").read_text()) for r in runs}
        for gc, gs, gq in attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann"):
            if not gq or text[gc[0][0]:gc[0][0] + 1] not in "\"“'‘":
                continue
            total += 1
            end = max(b for _a, b in gc)
            between = text[end:gq[0][0]]
            if gq[0][0] > end and re.search(r"[.!?][”\"’']*\s", between):
                apart += 1
                glen = sum(b - a for a, b in gc)
                for r in runs:
                    best = max(((score_attr.overlap(gc, [(a["content"]["start"], a["content"]["end"])]) / max(1, glen),
                                 a) for a in preds[r]["attributions"]), key=lambda x: x[0], default=(0.0, None))
                    if best[0] >= 0.3 and best[1] is not None:
                        hit[r] += 1
                        sp = best[1].get("speaker")
                        spk[r] += bool(sp and gs and score_attr.overlap(gs, [(sp["start"], sp["end"])]) > 0)
    print(f"quoted gold contents with a cue: {total}; cue in a later sentence than the content: {apart}; " + "; ".join(
        f"{r}: matched {hit[r]}, speaker right {spk[r]}" for r in runs))


if __name__ == "__main__":
    main()
