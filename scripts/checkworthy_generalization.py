"""Check-worthiness models compared across held-out debates (docs/EVALUATION.md, "Check-worthiness: generalization
across debates").

Usage (from the project root, after `spinscope train claims` has cached the MiniLM and spaCy features):
    python scripts/checkworthy_generalization.py lr:minilm:1 lr:minilm+style+ling:1 mlp:256:6:0.3 \
        lr:tfidf+minilm+style+ling:4 mlp:512:10:0.5 mean
`lr:<features>:<C>` is a logistic regression over the named feature blocks, `mlp:<hidden>:<epochs>:<dropout>` the
MLP head over MiniLM + style + spaCy, `mean` the mean of the last two models given. Groups: the 33 debates of the
training file (runs of ids broken by a gap of more than 20) in id order, cut into 6 groups of consecutive debates;
each group is scored at the threshold chosen (mean F1 over positive rates 0.15-0.45) on the others' out-of-fold
predictions. dev-test is scored once per model, at the threshold chosen on all out-of-fold predictions.
"""
import sys
from pathlib import Path

import numpy as np
import torch
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline

from spinscope.components.claims import style_features
from spinscope.training.claims import (
    CHECKTHAT_FILES,
    _cached_embeddings,
    _cached_linguistic,
    prior_robust_threshold,
    read_checkthat,
    weighted_f1,
)
from spinscope.training.claims_finetune import debate_groups

D = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "checkthat2024_en"
rows = {n: read_checkthat(D / CHECKTHAT_FILES[n]) for n in ("train", "dev-test")}
T = {n: [r.text for r in rs] for n, rs in rows.items()}
Y = {n: np.array([r.label == "Yes" for r in rs], dtype=int) for n, rs in rows.items()}
DENSE = {n: _cached_embeddings(D / CHECKTHAT_FILES[n], T[n], print) for n in rows}
LING = {n: _cached_linguistic(D / CHECKTHAT_FILES[n], T[n], print) for n in rows}
STYLE = {n: style_features(T[n]) for n in rows}
GROUPS = debate_groups([r.sentence_id for r in rows["train"]])
print("group sizes", np.bincount(GROUPS))


def tfidf(texts):
    return make_pipeline(HashingVectorizer(ngram_range=(1, 2), n_features=2**17, alternate_sign=False, norm=None,
                                           strip_accents="unicode"), TfidfTransformer(sublinear_tf=True)).fit(texts)


def lr_model(kind, c):
    def features(vec, n):
        blocks = [vec.transform(T[n])] if "tfidf" in kind else []
        blocks += [sparse.csr_matrix(b[n]) for k, b in (("minilm", DENSE), ("style", STYLE), ("ling", LING))
                   if k in kind]
        return sparse.hstack(blocks).tocsr()

    def fit_predict(train_mask, targets):
        vec = tfidf([T["train"][i] for i in np.flatnonzero(train_mask)]) if "tfidf" in kind else None
        x = features(vec, "train")
        clf = LogisticRegression(C=c, max_iter=3000, tol=1e-3, class_weight="balanced").fit(x[train_mask],
                                                                                            Y["train"][train_mask])
        return [clf.predict_proba(features(vec, "train")[~train_mask] if t == "train" else features(vec, t))[:, 1]
                for t in targets]
    return fit_predict


def mlp_model(hidden, epochs, dropout):
    x = {n: np.hstack([DENSE[n], STYLE[n], LING[n]]).astype(np.float32) for n in rows}

    def fit_predict(train_mask, targets):
        torch.manual_seed(0)
        xt, y = x["train"][train_mask], Y["train"][train_mask]
        mu, sd = xt.mean(0), xt.std(0) + 1e-6
        m = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(xt.shape[1], hidden), torch.nn.GELU(),
                                torch.nn.Dropout(dropout), torch.nn.Linear(hidden, 1))
        opt = torch.optim.AdamW(m.parameters(), lr=1e-3, weight_decay=0.01)
        inputs, yt = torch.tensor((xt - mu) / sd), torch.tensor(y, dtype=torch.float32)
        pw, g = torch.tensor((1 - y.mean()) / y.mean()), torch.Generator().manual_seed(0)
        for _ in range(epochs):
            m.train()
            for idx in torch.randperm(len(inputs), generator=g).split(128):
                loss = torch.nn.functional.binary_cross_entropy_with_logits(m(inputs[idx]).squeeze(-1), yt[idx],
                                                                            pos_weight=pw)
                opt.zero_grad()
                loss.backward()
                opt.step()
        m.eval()
        with torch.no_grad():
            return [torch.sigmoid(m(torch.tensor((z - mu) / sd)).squeeze(-1)).numpy()
                    for z in (x["train"][~train_mask] if t == "train" else x[t] for t in targets)]
    return fit_predict


def evaluate(fit_predict):
    oof = np.zeros(len(Y["train"]))
    for k in range(6):
        oof[k == GROUPS] = fit_predict(k != GROUPS, ["train"])[0]
    return oof, fit_predict(np.ones(len(oof), dtype=bool), ["dev-test"])[0]


def report(name, oof, dev_test):
    y, nested = Y["train"], []
    for k in range(6):
        t, _ = prior_robust_threshold(y[k != GROUPS], oof[k != GROUPS])
        nested.append(weighted_f1(y[k == GROUPS], oof[k == GROUPS], t))
    t, _ = prior_robust_threshold(y, oof)
    print(f"{name:36s} nested {np.mean(nested):.4f} {np.round(nested, 3)} threshold {t:.2f} dev-test F1 "
          f"{weighted_f1(Y['dev-test'], dev_test, t):.4f} AUC {roc_auc_score(Y['dev-test'], dev_test):.4f}", flush=True)


done = []
for spec in sys.argv[1:]:
    kind, *args = spec.split(":")
    if kind == "mean":
        (o1, d1), (o2, d2) = done[-2:]
        report(spec, (o1 + o2) / 2, (d1 + d2) / 2)
        continue
    model = lr_model(args[0], float(args[1])) if kind == "lr" else mlp_model(int(args[0]), int(args[1]),
                                                                              float(args[2]))
    done.append(evaluate(model))
    report(spec, *done[-1])
