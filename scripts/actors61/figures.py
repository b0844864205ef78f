"""Every actor gold set scored in one process (the pipeline loaded once): ``scripts/actors35/figures.sh``'s figures
(precision, recall, predicted per set) without a Python start per set.

Usage (repository root, ../shared present; PYTHONPATH picks the source tree scored):
``python scripts/actors61/figures.py OUTDIR (--dev | --heldout)``. Development: actors_real, 27-35, 32b, 33b
37-57 and 61; held out: their ``_heldout`` sets. Each set's full result
(with its error lists) goes to ``OUTDIR/SET.json``; the figures are printed.
Held-out error lists are written for the record, never read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spinscope.training.actor_eval import read_real_gold, score_actors

ROUNDS = ["", "27", "28", "29", "30", "31", "32", "32b", "33", "33b", "34", "35", "37", "38", "39", "41", "43", "45",
          "46", "47", "48", "49", "50", "51", "52", "53", "54", "55",
          "56", "57", "61"]


def main() -> None:
    out = Path(sys.argv[1])
    held = sys.argv[2] == "--heldout"
    out.mkdir(parents=True, exist_ok=True)
    gold = Path("tests/gold")
    for r in ROUNDS:
        name = f"actors_real{r}" + ("_heldout" if held else "")
        scores = score_actors(read_real_gold(gold / f"{name}.jsonl", Path("../shared")), whole_words=True)
        result = scores.as_dict()
        (out / f"{name}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(name, result["precision"], result["recall"], result["predicted"], flush=True)


if __name__ == "__main__":
    main()
