"""Round 78's guards in one process: attr76's measure script (``scripts/attr76/measure.py``: each article parsed
once, the extractor run twice, with round 78's pass and without it) run on ``attribution/round78.py``. Prints
figures only (no text). Its sources line scores sources_real76 (attr76's choice); ``sources_dev.sh`` scores
sources_real78.

    PYTHONPATH=src python scripts/attr78/measure.py [--held] [--polnear-held] > scripts/attr78/measure.txt
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("measure76", Path(__file__).resolve().parents[1] / "attr76/measure.py")
assert _spec is not None and _spec.loader is not None
measure76 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure76)

if __name__ == "__main__":
    measure76.PASS_NAME = "round78_attributions"
    measure76.main()
