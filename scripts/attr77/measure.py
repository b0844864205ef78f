"""Round 77's guards in one process: attr76's measure script (``scripts/attr76/measure.py``: each article parsed
once, the extractor run twice, with round 77's pass and without it) run on ``attribution/round77.py``. Prints
figures only (no text):

    PYTHONPATH=src python scripts/attr77/measure.py [--held] [--polnear-held] > scripts/attr77/measure.txt
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("measure76", Path(__file__).resolve().parents[1] / "attr76/measure.py")
assert _spec is not None and _spec.loader is not None
measure76 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure76)

if __name__ == "__main__":
    measure76.PASS_NAME = "round77_attributions"
    measure76.main()
