#!/usr/bin/env python3
"""Round 52: score several Russian attribution golds in one process (the models load once), each line as
``scripts/ru26/score.py --gold FILE`` prints its last line. The machine is shared, so this replaces round 51's
one-process-per-file loop (same scorer, same figures).

    PYTHONPATH=src python scripts/ru52/guards.py held          # every attributions_ru_real26-51 held-out file
    PYTHONPATH=src python scripts/ru52/guards.py dev           # every attributions_ru_real26-51 development file
    PYTHONPATH=src python scripts/ru52/guards.py FILE ...      # the named files
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("ru26_score", HERE.parents[1] / "ru26" / "score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def files(which: str) -> list[Path]:
    out = []
    for r in range(26, 52):
        g = ROOT / "tests" / "gold" / (f"attributions_ru_real{r}" + ("_heldout" if which == "held" else "") + ".jsonl")
        if g.is_file():
            out.append(g)
    return out


def main() -> None:
    args = sys.argv[1:] or ["held"]
    golds = files(args[0]) if args[0] in ("held", "dev") else [Path(a) for a in args]
    for g in golds:
        buf = io.StringIO()
        sys.argv = ["score.py", "--gold", str(g)]
        with contextlib.redirect_stdout(buf):
            score.main()
        print(f"{g.stem}: {buf.getvalue().strip().splitlines()[-1]}", flush=True)


if __name__ == "__main__":
    main()
