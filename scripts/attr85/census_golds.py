#!/usr/bin/env python3
"""Round 85's census on the older real golds (tests/gold/attributions_real*.jsonl, both parts, round 85's own left
out): each shape of census.py, and whether a gold cue sits on its verb. Counts only, no article text.

    python scripts/attr85/census_golds.py > scripts/attr85/census_golds.txt
"""

from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "attr85"))
from census import SHAPES  # noqa: E402


def main() -> None:
    totals = {k: [0, 0] for k in SHAPES}
    for gold in sorted(glob.glob(str(ROOT / "tests/gold/attributions_real*.jsonl"))):
        if "real85" in gold:
            continue
        for line in Path(gold).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            path = ROOT.parent / "shared" / rec["path"]
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            cues = [tuple(c) for a in rec["attributions"] for c in a["cue"]]
            for shape, pat in SHAPES.items():
                for m in re.finditer(pat, text):
                    s, e = m.span("v") if "v" in m.re.groupindex and m.start("v") >= 0 else m.span()
                    totals[shape][0] += 1
                    totals[shape][1] += any(a < e and s < b for a, b in cues)
    for shape, (n, c) in totals.items():
        print(f"# {shape}: {n} in the older real golds' articles, {c} with a gold cue on the verb")


if __name__ == "__main__":
    main()
