"""Shared inputs of the round-20 runs (docs/EVALUATION.md, "Check-worthiness, round 20"): round 14's common.py (the
training file, labels, debate groups, group 6's halves and debates, the scoring). Intermediates go to $CW20 (default
/tmp/cw20)."""
import os
import sys
from pathlib import Path

OUT20 = Path(os.environ.get("CW20", "/tmp/cw20"))
OUT20.mkdir(parents=True, exist_ok=True)
os.environ.setdefault("CW14", str(OUT20 / "cw14"))  # common.py's own folder
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))

from common import DEB, PATH, H, Y, latest, report, texts  # noqa: E402,F401  (round 14's common.py)
