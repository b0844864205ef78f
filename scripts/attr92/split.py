"""The lead's split-quotation lead on PolNeAR's tuning half (counts only): each predicted record of a saved run
(``scripts/attr86/dev.py --cache /tmp/attr92``) whose content runs over its own cue ('"Q1," X said. "Q2"'), by what
the gold says: ``one-gold-both-sides`` (one gold record's content overlaps the parts before and after the cue: PolNeAR
agrees with the one record), ``beforeN-afterM`` (N / M gold records on each side, none on both).

    PYTHONPATH=src python scripts/attr92/split.py base
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402

sys.path.insert(0, str(attr_dev.SCORER.parent))
import score_attr  # type: ignore[import-not-found]  # noqa: E402


def main() -> None:
    count: Counter[str] = Counter()
    for stem in attr_dev.stems("tune"):
        original = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        result = json.loads((Path("/tmp/attr92") / f"run_{sys.argv[1]}" / f"{stem}.json").read_text())
        text = result["article"]["text"]
        shift = original.find(text.lstrip()[:80]) - (len(text) - len(text.lstrip()))
        gold = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for a in result["attributions"]:
            cue, c = a.get("cue"), a["content"]
            if not cue or not c["start"] < cue["start"] < c["end"]:
                continue
            before = [g for g in gold if score_attr.overlap(g[0], [(c["start"] + shift, cue["start"] + shift)]) > 0]
            after = [g for g in gold if score_attr.overlap(g[0], [(cue["end"] + shift, c["end"] + shift)]) > 0]
            both = [g for g in before if g in after]
            count["one-gold-both-sides" if both else f"before{len(before)}-after{len(after)}"] += 1
    for key, n in count.most_common():
        print(key, n)


if __name__ == "__main__":
    main()
