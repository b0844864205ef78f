"""Draw 40 Lee background articles by seed 43 (round 43 of roles, issue 17). Prints one path a line."""
import random
from pathlib import Path

LEE = Path("/work/lee/background")
stems = sorted(p.name for p in LEE.glob("lee_bg_*.txt"))
for name in random.Random(43).sample(stems, 40):
    print(f"../lee/background/{name}")
