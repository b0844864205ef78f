"""Check-worthiness under distribution shift: what the threshold and the news rules do on held-out debates
(docs/EVALUATION.md, "Check-worthiness on a shifted distribution").

Usage (from the project root, after `spinscope train claims` has cached the MiniLM and spaCy features):
    python scripts/checkworthy_shift.py [--oof DIR]
It needs the out-of-fold predictions of the committed recipe's two models (the logistic regression over TF-IDF,
MiniLM, style and spaCy features, C=4, and the 512-unit MLP) over the 6 groups of consecutive training debates of
scripts/checkworthy_generalization.py, and their dev-test predictions after a fit on every training debate. With
--oof DIR they are read from DIR (oof_lr.npy, dt_lr.npy, oof_mlp.npy, dt_mlp.npy); otherwise they are computed
(seven fits of each model; about an hour on two busy cores) and saved under ~/.cache/spinscope/checkworthy-oof/.

Three analyses, each scored on held-out debate groups with every choice made on the other groups; dev-test is
scored once per rule, as a final check:
1. prior: the threshold adapted to the positive rate estimated on the scored sentences (EM over Platt-calibrated
   probabilities, Saerens et al. 2002) against the fixed threshold that maximizes the mean F1 over positive rates
   0.15-0.45; scored at the natural rate and with each group reweighted to rates from 0.10 to 0.55;
2. cues: claims.v1's opinion cues overriding the model (No when a cue stands and P < threshold + margin), margin
   and threshold chosen together;
3. recency: the threshold chosen on the latest debates only (the official test comes after the training debates)
   against the threshold chosen on all other debates.
"""
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from spinscope.components.claims import opinion_cues, style_features
from spinscope.training.claims import (
    CHECKTHAT_FILES,
    PRIOR_GRID,
    THRESHOLD_GRID,
    _cached_embeddings,
    _cached_linguistic,
    prior_robust_threshold,
    read_checkthat,
    weighted_f1,
)
from spinscope.training.claims_finetune import debate_groups

D = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "checkthat2024_en"
CACHE = Path.home() / ".cache" / "spinscope" / "checkworthy-oof"
rows = {n: read_checkthat(D / CHECKTHAT_FILES[n]) for n in ("train", "dev-test")}
T = {n: [r.text for r in rs] for n, rs in rows.items()}
Y = {n: np.array([r.label == "Yes" for r in rs], dtype=int) for n, rs in rows.items()}
G = debate_groups([r.sentence_id for r in rows["train"]])
y, ydt = Y["train"], Y["dev-test"]


def compute_oof():
    """The committed recipe's two models, out of fold over the debate groups (as checkworthy_generalization.py)."""
    import torch
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.pipeline import make_pipeline

    dense = {n: _cached_embeddings(D / CHECKTHAT_FILES[n], T[n], print) for n in rows}
    extra = {n: np.hstack([style_features(T[n]), _cached_linguistic(D / CHECKTHAT_FILES[n], T[n], print)])
             for n in rows}

    def lr(train, targets):
        vec = make_pipeline(HashingVectorizer(ngram_range=(1, 2), n_features=2**17, alternate_sign=False, norm=None,
                                              strip_accents="unicode"),
                            TfidfTransformer(sublinear_tf=True)).fit([T["train"][i] for i in np.flatnonzero(train)])
        x = {n: sparse.hstack([vec.transform(T[n]), sparse.csr_matrix(dense[n]),
                               sparse.csr_matrix(extra[n])]).tocsr() for n in rows}
        clf = LogisticRegression(C=4.0, max_iter=3000, tol=1e-3, class_weight="balanced").fit(x["train"][train],
                                                                                              y[train])
        return [clf.predict_proba(x[n][m])[:, 1] for n, m in targets]

    def mlp(train, targets):
        x = {n: np.hstack([dense[n], extra[n]]).astype(np.float32) for n in rows}
        torch.manual_seed(0)
        xt, yt = x["train"][train], y[train]
        mu, sd = xt.mean(0), xt.std(0) + 1e-6
        m = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(xt.shape[1], 512), torch.nn.GELU(),
                                torch.nn.Dropout(0.5), torch.nn.Linear(512, 1))
        opt = torch.optim.AdamW(m.parameters(), lr=1e-3, weight_decay=0.01)
        inputs, targets_t = torch.tensor((xt - mu) / sd), torch.tensor(yt, dtype=torch.float32)
        pw, gen = torch.tensor((1 - yt.mean()) / yt.mean()), torch.Generator().manual_seed(0)
        for _ in range(10):
            m.train()
            for idx in torch.randperm(len(inputs), generator=gen).split(128):
                loss = torch.nn.functional.binary_cross_entropy_with_logits(m(inputs[idx]).squeeze(-1),
                                                                            targets_t[idx], pos_weight=pw)
                opt.zero_grad()
                loss.backward()
                opt.step()
        m.eval()
        with torch.no_grad():
            return [torch.sigmoid(m(torch.tensor((x[n][mask] - mu) / sd)).squeeze(-1)).numpy()
                    for n, mask in targets]

    CACHE.mkdir(parents=True, exist_ok=True)
    for name, model in (("lr", lr), ("mlp", mlp)):
        oof = np.zeros(len(y))
        for k in range(6):
            oof[G == k] = model(G != k, [("train", G == k)])[0]
        np.save(CACHE / f"oof_{name}.npy", oof)
        np.save(CACHE / f"dt_{name}.npy", model(np.ones(len(y), dtype=bool), [("dev-test", np.ones(len(ydt), bool))])[0])
    return CACHE


def f1(yy, predicted, prior=None):
    base = yy.mean()
    w = np.ones(len(yy)) if prior is None else np.where(yy == 1, prior / base, (1 - prior) / (1 - base))
    tp, fp = (w * (predicted & (yy == 1))).sum(), (w * (predicted & (yy == 0))).sum()
    fn = (w * (~predicted & (yy == 1))).sum()
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def prior_analysis(oof, dt):
    logit = lambda p: np.log(np.clip(p, 1e-6, 1 - 1e-6) / (1 - np.clip(p, 1e-6, 1 - 1e-6)))  # noqa: E731

    def em_prior(post, base, w):
        pi = base
        for _ in range(200):
            r1, r0 = pi / base * post, (1 - pi) / (1 - base) * (1 - post)
            new = float(np.sum(w * r1 / (r1 + r0)) / np.sum(w))
            if abs(new - pi) < 1e-7:
                break
            pi = new
        return pi

    def adapted(mask, scored, w):
        platt = LogisticRegression(C=1e6).fit(logit(oof[mask])[:, None], y[mask])
        qhat = em_prior(platt.predict_proba(logit(scored)[:, None])[:, 1], y[mask].mean(), w)
        q = min(0.7, max(0.05, round(qhat, 2)))
        return max(THRESHOLD_GRID, key=lambda t: weighted_f1(y[mask], oof[mask], t, prior=q)), qhat

    print("1. threshold fixed (robust over rates) vs adapted to the rate estimated by EM on the scored debates")
    for q in (None, 0.10, 0.15, 0.25, 0.35, 0.45, 0.55):
        fixed, adapt, est = [], [], []
        for k in range(6):
            o, h = G != k, G == k
            w = np.ones(h.sum()) if q is None else np.where(y[h] == 1, q / y[h].mean(), (1 - q) / (1 - y[h].mean()))
            t_fix, _ = prior_robust_threshold(y[o], oof[o])
            t_ad, qhat = adapted(o, oof[h], w)
            fixed.append(weighted_f1(y[h], oof[h], t_fix, prior=q))
            adapt.append(weighted_f1(y[h], oof[h], t_ad, prior=q))
            est.append(round(qhat, 2))
        print(f"  rate {'natural' if q is None else q}: fixed {np.mean(fixed):.4f} adapted {np.mean(adapt):.4f} "
              f"(estimated rates {est})")
    all_ = np.ones(len(y), dtype=bool)
    t_fix, _ = prior_robust_threshold(y, oof)
    t_ad, qhat = adapted(all_, dt, np.ones(len(dt)))
    print(f"  dev-test (rate {ydt.mean():.2f}, estimated {qhat:.2f}): fixed {t_fix} F1 {weighted_f1(ydt, dt, t_fix):.4f}; "
          f"adapted {t_ad} F1 {weighted_f1(ydt, dt, t_ad):.4f}")


def cue_analysis(oof, dt):
    kinds_tr = [{k for k, _ in opinion_cues(t)} for t in T["train"]]
    kinds_dt = [{k for k, _ in opinion_cues(t)} for t in T["dev-test"]]
    judging = {"evaluation", "predicated-evaluation", "insult", "sarcasm", "distancing"}
    print("2. opinion cues overriding the model (No when a cue stands and P < threshold + margin)")
    for name, sel in (("any cue", None), ("judging cues", judging), ("prediction", {"prediction"}),
                      ("hedge", {"hedge"}), ("question", {"question"})):
        ctr = np.array([bool(k) if sel is None else bool(k & sel) for k in kinds_tr])
        cdt = np.array([bool(k) if sel is None else bool(k & sel) for k in kinds_dt])

        def pred(p, t, m, c):
            return (p >= t) & ~(c & (p < t + m))

        def choose(mask, margin):
            return max(THRESHOLD_GRID, key=lambda t: np.mean([f1(y[mask], pred(oof[mask], t, margin, ctr[mask]), q)
                                                             for q in PRIOR_GRID]))
        line = []
        for margin in (0.0, 0.1, 0.2, 0.3):
            nested = [f1(y[G == k], pred(oof[G == k], choose(G != k, margin), margin, ctr[G == k])) for k in range(6)]
            t = choose(np.ones(len(y), dtype=bool), margin)
            line.append(f"margin {margin}: nested {np.mean(nested):.4f} dev-test {f1(ydt, pred(dt, t, margin, cdt)):.4f}")
        print(f"  {name} (fires on {ctr[y == 1].mean():.3f} of Yes, {ctr[y == 0].mean():.3f} of No): " + "; ".join(line))


def recency_analysis(oof, dt):
    print("3. threshold chosen on all other debates vs on the latest earlier ones (groups 2-5 scored)")

    def robust(mask):
        return prior_robust_threshold(y[mask], oof[mask])[0]
    for name, rule in (("all other groups", lambda k: robust(G != k)), ("all earlier groups", lambda k: robust(G < k)),
                       ("previous two groups", lambda k: robust((G == k - 1) | (G == k - 2))),
                       ("previous group", lambda k: robust(G == k - 1))):
        scores = [weighted_f1(y[G == k], oof[G == k], rule(k)) for k in range(2, 6)]
        print(f"  {name}: mean {np.mean(scores):.4f} {np.round(scores, 3)}")
    for name, mask in (("all groups", G >= 0), ("latest two groups", G >= 4), ("latest group", G == 5)):
        t = robust(mask)
        print(f"  dev-test at the threshold of {name}: {t} F1 {weighted_f1(ydt, dt, t):.4f}")


def main(argv):
    folder = Path(argv[argv.index("--oof") + 1]) if "--oof" in argv else None
    if folder is None:
        folder = CACHE if (CACHE / "dt_mlp.npy").is_file() else compute_oof()
    lr, mlp = (np.load(folder / f"oof_{n}.npy") for n in ("lr", "mlp"))
    lr_dt, mlp_dt = (np.load(folder / f"dt_{n}.npy") for n in ("lr", "mlp"))
    oof, dt = (lr + mlp) / 2, (lr_dt + mlp_dt) / 2
    nested = [weighted_f1(y[G == k], oof[G == k], prior_robust_threshold(y[G != k], oof[G != k])[0]) for k in range(6)]
    print(f"mean of LR and MLP: nested {np.mean(nested):.4f} {np.round(nested, 3)}")
    prior_analysis(oof, dt)
    cue_analysis(oof, dt)
    recency_analysis(oof, dt)


if __name__ == "__main__":
    main(sys.argv[1:])
