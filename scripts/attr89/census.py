"""Round 89's census on PolNeAR's tuning half (counts only, no text), on saved runs of ``scripts/attr86/dev.py --cache
/tmp/attr89``
(``base`` = main's code, later names = the branch):

    PYTHONPATH=src python scripts/attr89/census.py base r1 > scripts/attr89/census.txt

The shape: a quotation closed by a comma (or ? / !), its tag ("<X> said" or "said <X>", any saying verb of
``TAG``), a comma, and a participle ("-ing") right after it: "“Q,” X said, <participle> <rest>". For each use: is
there a gold record whose cue starts on the participle, does the run have a record whose cue starts there, is that
gold record matched (the scorer's 30% overlap) and its speaker right; and is the quotation's own gold record matched
with the right speaker (the tag's record).
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

TAG = r"(?:said|says|added|adds|told\s+\w+(?:\s+\w+)?|wrote|writes|explained|recalled)"
SHAPE = re.compile(r"[,?!][”\"’']{1,2}\s+(?:" + TAG + r"\s+[^,.;:”\"]{1,90}?|[^,.;:”\"]{1,90}?\s+" + TAG +
                   r"(?:\s+\w+day)?)," r"\s+(?:not\s+(?:even\s+)?)?(?P<ing>[a-z]+ing)\b")


def _matched(gc: list[tuple[int, int]], pcs: list[list[tuple[int, int]]]) -> int:
    glen = max(1, sum(e - s for s, e in gc))
    return next((i for i, pc in enumerate(pcs) if score_attr.overlap(gc, pc) / glen >= 0.3), -1)


def main() -> None:
    runs = sys.argv[1:]
    uses = gold_on = 0
    on = dict.fromkeys(runs, 0)
    found = dict.fromkeys(runs, 0)
    spk = dict.fromkeys(runs, 0)
    qfound = dict.fromkeys(runs, 0)
    qspk = dict.fromkeys(runs, 0)
    qgold = 0
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        gold = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        preds = {r: json.loads((Path("/tmp/attr89") / f"run_{r}" / f"{stem}.json").read_text()) for r in runs}
        for m in SHAPE.finditer(text):
            uses += 1
            p = m.start("ing")
            g = [(gc, gs) for gc, gs, gq in gold if any(a <= p < b for a, b in gq)]
            gold_on += bool(g)
            # the quotation's gold record: its content ends right before the tag's comma
            q = [(gc, gs) for gc, gs, _gq in gold if any(m.start() - 2 <= e <= m.start() + 3 for _s, e in gc)]
            qgold += bool(q)
            for r in runs:
                res = preds[r]
                pred = score_attr.predicted(res, text)
                atts = [a for a in res["attributions"] if a.get("cue") and a["cue"]["start"] <= p < a["cue"]["end"]]
                on[r] += bool(atts)
                pcs = [pc for pc, _ps in pred]
                for gc, gs in g:
                    i = _matched(gc, pcs)
                    found[r] += i >= 0
                    spk[r] += i >= 0 and bool(gs) and score_attr.overlap(gs, pred[i][1]) > 0
                for gc, gs in q:
                    i = _matched(gc, pcs)
                    qfound[r] += i >= 0
                    qspk[r] += i >= 0 and bool(gs) and score_attr.overlap(gs, pred[i][1]) > 0
    print(f"'“Q,” X said, <participle>': {uses} uses; gold cue on the participle {gold_on}; gold record of the "
          f"quotation {qgold}")
    for r in runs:
        print(f"  {r}: a record on the participle {on[r]}, its gold matched {found[r]}, speaker right {spk[r]}; "
              f"the quotation's gold matched {qfound[r]}, speaker right {qspk[r]}")


if __name__ == "__main__":
    main()
