"""Round 108's census: every wrong or missed speaker of the sources_real* development golds (sources26's score with
errors), one block a file; the held-out files and round 108's own are skipped.

    python scripts/attr108/census.py TREE 'sources_real*.jsonl'
"""

from __future__ import annotations

import glob
import os
import sys
from pathlib import Path

tree = Path(sys.argv[1]).resolve()
os.chdir(tree)
sys.path.insert(0, str(tree / "src"))
sys.path.insert(0, str(tree / "scripts" / "sources26"))
import score as s26  # noqa: E402

for name in sorted(glob.glob(str(tree / "tests" / "gold" / sys.argv[2]))):
    if "heldout" in name or "real108" in name:
        continue
    print("#", Path(name).name, flush=True)
    s26.score(s26.load_gold(Path(name)), errors=True)
