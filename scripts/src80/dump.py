#!/usr/bin/env python3
"""Round 80: one line per gold speaker of the development parts of the sources golds (never a held-out file):
gold type / country / named against the prediction's, with the predicted phrase (a short span of the article; the
output stays under /tmp or the terminal, it is not committed).

    python scripts/src80/dump.py [tests/gold/sources_realNN.jsonl ...]   (default: every development file)
"""

from __future__ import annotations

import glob
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources26"))
import score as round26

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    files = sys.argv[1:] or sorted(f for f in glob.glob(str(ROOT / "tests/gold/sources_real*.jsonl"))
                                   if "heldout" not in f)
    for f in files:
        if "heldout" in f:
            sys.exit("error: development files only")
        for art in round26.load_gold(Path(f)):
            text, rows = round26.predictions(round26.SHARED / art["path"])
            for sp in art["speakers"]:
                span = round26.locate(text, sp["anchor"], sp["surface"])
                hit = None if span is None else next(
                    (r for r in rows if r["start"] < span[1] and span[0] < r["end"]), None)
                gold = f"{sp['type']}/{sp['country']}/{int(sp['named'])}"
                if hit is None:
                    print(f"{Path(f).stem}\t{art['id']}\t{sp['surface']!r}\t{gold}\tMISS")
                    continue
                pred = f"{hit['type']}/{hit['country']}/{int(hit['named'])}"
                mark = "ok" if pred == gold else "XX"
                print(f"{Path(f).stem}\t{art['id']}\t{sp['surface']!r}\t{gold}\t{pred}\t{mark}\t{hit['text'][:80]!r}")


if __name__ == "__main__":
    main()
