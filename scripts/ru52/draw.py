#!/usr/bin/env python3
"""Round 52 (Russian) draw: round 46's script (``scripts/ru46/draw.py``, unchanged rules; its docstring says how
candidates are chosen) with seed 52, before any spinscope run. Prints stems only.

    python scripts/ru52/draw.py --pool-file /work/wt/pools/ru52.txt --seed 52 --count 6 --held 2 \
        --max-chars 5000 --min-cues 0
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("draw46", Path(__file__).resolve().parents[1] / "ru46/draw.py")
assert _spec is not None and _spec.loader is not None
draw46 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw46)

if __name__ == "__main__":
    if "--seed" not in sys.argv:
        sys.argv[1:1] = ["--seed", "52"]
    draw46.main()
