"""Draw ruev50's articles: the pool's 8 SemEval-2023 RU ids, shuffled by seed 50; first 4 dev, next 2 held out.

    python scripts/ruev50/draw.py   # prints the split (recorded in scripts/ruev50/draw.txt)
"""

import random
from pathlib import Path

POOL = Path("/work/wt/pools/ruev50.txt")
ids = sorted(line.split("\t")[0] for line in POOL.read_text().splitlines() if line.strip())
rng = random.Random(50)
rng.shuffle(ids)
print("dev", " ".join(ids[:4]))
print("held", " ".join(ids[4:6]))
print("unused", " ".join(ids[6:]))
