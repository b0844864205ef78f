"""Draw six fresh SemEval-2025 EN raw documents for the round-32b actor gold (seeded, reproducible).

Leaves out the twenty documents the lead read for issue 17 and every document some tests/gold/*real*.jsonl names;
keeps articles of 200-450 words so six can be annotated by hand in the round; three climate (CC), three Ukraine (UA).
Held out (chosen before any score): the third article of each topic (EN_CC_200285, EN_UA_300000). The draw is the
one of the base commit 717ef81a's gold files (gold files added later by other rounds may change it).
Usage: ``python scripts/actors32b/draw.py`` (from the repository root; texts from ../shared).
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT.parent / "shared" / "data" / "semeval2025_task10" / "EN" / "raw-documents"
LEAD_READ_TEXT = """EN_CC_100012 EN_CC_100015 EN_CC_100024 EN_CC_100034 EN_CC_100038 EN_CC_100040 EN_CC_100047
EN_CC_100069 EN_CC_100093 EN_CC_100123 EN_CC_100172 EN_CC_100211 EN_CC_100232 EN_CC_200007 EN_UA_300032
EN_UA_300035 EN_UA_300037 EN_UA_300041 EN_UA_300044 EN_UA_DEV_26"""
LEAD_READ = set(LEAD_READ_TEXT.split())


def main() -> None:
    # this round's own gold files name the drawn articles: left out, so the draw stays the same once committed
    used = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "gold").glob("*real*.jsonl")
                   if "32b" not in p.name)
    pool: dict[str, list[str]] = {"CC": [], "UA": []}
    for path in sorted(RAW.glob("EN_*.txt")):
        if path.stem in LEAD_READ or path.stem in used:
            continue
        if 200 <= len(path.read_text(encoding="utf-8").split()) <= 450:
            pool[path.stem.split("_")[1]].append(path.stem)
    rng = random.Random(3202)
    for topic in ("CC", "UA"):
        for stem in rng.sample(pool[topic], 3):
            print(stem)


if __name__ == "__main__":
    main()
