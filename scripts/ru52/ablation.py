#!/usr/bin/env python3
"""Round 52: each step of ``russian/round52.py`` left out in turn (the method replaced by the identity in this
process), the named gold files scored, figures only (round 50's ``ablation.sh`` in one process).

    PYTHONPATH=src python scripts/ru52/ablation.py tests/gold/attributions_ru_real31_heldout.jsonl [...]
    STEPS="dash_rest agree" PYTHONPATH=src python scripts/ru52/ablation.py FILE
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import sys
from pathlib import Path

from spinscope.components.russian import round52

HERE = Path(__file__).resolve()
_spec = importlib.util.spec_from_file_location("ru26_score", HERE.parents[1] / "ru26" / "score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

STEPS = ("nested_quote", "dash_rest", "dash_para", "after_colon", "framed", "continued", "agree", "aside", "body",
         "reminded", "named", "against")


def _score(gold: str) -> str:
    buf = io.StringIO()
    sys.argv = ["score.py", "--gold", gold]
    with contextlib.redirect_stdout(buf):
        score.main()
    return buf.getvalue().strip().splitlines()[-1]


def main() -> None:
    golds = sys.argv[1:]
    steps = os.environ.get("STEPS", "").split() or ["none", *STEPS]
    cls = round52._More52
    for step in steps:
        saved = getattr(cls, step, None)
        if saved is not None:
            setattr(cls, step, lambda self, result: result)
        try:
            for g in golds:
                print(f"without {step}: {Path(g).stem}: {_score(g)}", flush=True)
        finally:
            if saved is not None:
                setattr(cls, step, saved)


if __name__ == "__main__":
    main()
