"""Score every actors gold file matching the globs in one process (pipeline loaded once), round 62.

    python scripts/actors62/allactors.py OUTDIR tests/gold/actors_real*.jsonl

Writes OUTDIR/<stem>.json (as `python -m spinscope.training.actor_eval --real --shared ../shared FILE` prints it) and
one summary line a file to stdout. Uses the `spinscope` on PYTHONPATH.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spinscope.training.actor_eval import read_real_gold, score_actors


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[2:]:
        path = Path(name)
        scores = score_actors(read_real_gold(path, Path("../shared")), whole_words=True).as_dict()
        (out / f"{path.stem}.json").write_text(json.dumps(scores, indent=1, ensure_ascii=False) + "\n")
        line = {k: v for k, v in scores.items() if not isinstance(v, list)}
        print(path.stem, json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
