"""Round 19 (roles19), after `pool.py`'s decision (informational, chooses nothing by itself): round 16's nested
measurement of the analyze path (`scripts/roles16/gate.py`: actors.v1's actors, an actor's role the mean of its
mentions' probabilities, the shipped gate ``perrole_mv`` refitted inside each outer fold) with the role model's
probabilities from the sub-class blend (``blend``) or from the three-class model alone (``base``, which reproduces
round 16's `gate5.json` exactly).

Usage: [PARTS=old,roles10,roles11] VARIANTS=perrole_mv python scripts/roles19/gate_blend.py blend|base E2E.pkl ROWS.pkl
OUT.json  (E2E.pkl: round 16's /tmp/roles16/e2e.pkl; ROWS.pkl: /tmp/roles17/rows_base.pkl)
"""
import runpy
import sys
from pathlib import Path

from spinscope.training import semeval2025 as S

S.MAIN_SUBCLASSES = sys.argv[1] == "blend"
sys.argv = ["gate.py", *sys.argv[2:]]
runpy.run_path(str(Path(__file__).resolve().parent.parent / "roles16" / "gate.py"), run_name="__main__")
