"""Where round 89's pass can fire: every ``attributions_real*`` / ``sources_real*`` gold file (development and held
out) whose articles hold a use of ``PARTICIPLE_AFTER_TAG_R89`` that the pass reads (not a gesture, no preposition
after the participle); file names and counts only, no text. The pass changes nothing in an article without such a
use (``_participle_records`` only acts on a match), so the end guard scores the held-out files listed here.

    PYTHONPATH=src python scripts/attr89/fires.py > scripts/attr89/fires.txt
"""

from __future__ import annotations

import glob
import json
import re
from pathlib import Path

from spinscope.components.attribution.round89 import NOT_REPORTING_R89, PARTICIPLE_AFTER_TAG_R89, PLACE_OR_TIME_R89

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    for g in sorted(glob.glob(str(ROOT / "tests/gold/*_real*.jsonl"))):
        if not re.search(r"/(?:attributions|sources)_real", g):
            continue
        uses = articles = 0
        for line in Path(g).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = (ROOT.parent / "shared" / rec["path"]).read_text(encoding="utf-8", errors="replace")
            articles += 1
            uses += sum(1 for m in PARTICIPLE_AFTER_TAG_R89.finditer(text)
                        if m.group("ing").lower() not in NOT_REPORTING_R89
                        and not PLACE_OR_TIME_R89.match(text, m.end()))
        if uses:
            print(f"{Path(g).name}: {articles} articles, {uses} uses")


if __name__ == "__main__":
    main()
