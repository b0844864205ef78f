"""Round 8 genre experiments (docs/EVALUATION.md, "Multilingual, round 8"): per-language macro-F1 out of fold on the
training articles (three fold draws) and on the validation split. Run from the project root:
    python scripts/ml8/genre_exp.py base | fword 1,10 | plbal   [--cache DIR]
"""
import sys, hashlib, warnings, time
from pathlib import Path
import numpy as np
warnings.filterwarnings("ignore")
sys.path.insert(0, "scripts")
from multilingual_round8 import load, st1_metric
from spinscope.training.data import load_semeval2023, GENRES
from spinscope.training.multilingual import LANGUAGES_2023, GENRE_LANGUAGES, fit_multiclass, softmax
from spinscope.components.multilingual import SEMEVAL_LANGUAGE_CODES, features
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
i23, _ = load(sys.argv[sys.argv.index("--cache") + 1] if "--cache" in sys.argv else "/work/wt/cache_multi/shards")
texts = {}
for lang in LANGUAGES_2023:
    for a in load_semeval2023(Path("../shared/data"), language=lang).values():
        texts[(SEMEVAL_LANGUAGE_CODES[lang], a.id)] = a.text
rows = [it for it in i23 if it.genre and it.language in GENRE_LANGUAGES]
X = np.vstack([features("lead+style", it.vectors) for it in rows])
T = [texts[(it.language, it.id)] for it in rows]
y = np.array([GENRES.index(it.genre) for it in rows])
L = np.array([it.language for it in rows]); V = np.array([it.validation for it in rows])
G = [f"{it.language}:{it.id}" for it in rows]
def folds(seed): return np.array([int(hashlib.sha1(f"{seed}:{g}".encode()).hexdigest(), 16) % 5 for g in G])
def emb(tr, te, c=0.01):
    m = fit_multiclass(X[tr], y[tr], 3, c); return softmax(X[te] @ m.weight.T + m.bias)
def tfidf(tr, te, c, kind):
    if kind == "char":
        v = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=3, max_features=20000)
    else:
        v = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=20000, lowercase=True)
    A = v.fit_transform([T[i] for i in np.flatnonzero(tr)]); B = v.transform([T[i] for i in np.flatnonzero(te)])
    from sklearn.multiclass import OneVsRestClassifier
    lr = OneVsRestClassifier(LogisticRegression(C=c, class_weight="balanced", solver="liblinear")).fit(A, y[tr]); return lr.predict_proba(B)
def per_lang(p, mask):
    return {l: st1_metric(list(zip(y[mask & (L == l)], p[mask & (L == l)].argmax(1)))) for l in GENRE_LANGUAGES}
def evaluate(name, fn):
    t = time.time(); draws = []
    for s in (19, 20, 21):
        f = folds(s); p = np.zeros((len(y), 3))
        for k in range(5):
            tr, te = ~V & (f != k), ~V & (f == k)
            p[te] = fn(tr, te)
        draws.append(per_lang(p, ~V))
    oof = {l: round(float(np.mean([d[l] for d in draws])), 3) for l in GENRE_LANGUAGES}
    p = np.zeros((len(y), 3)); p[V] = fn(~V, V); val = {l: round(v, 3) for l, v in per_lang(p, V).items()}
    print(f"{name}: oof mean {np.mean(list(oof.values())):.3f} {oof} | val mean {np.mean(list(val.values())):.3f} {val} [{time.time()-t:.0f}s]", flush=True)
mode = sys.argv[1]
if mode == "base": evaluate("lead+style C=0.01", lambda tr, te: emb(tr, te))
for c in [float(x) for x in sys.argv[2].split(",")] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else []:
    if mode in ("char", "word"):
        evaluate(f"{mode} tfidf C={c}", lambda tr, te: tfidf(tr, te, c, mode))
    if mode in ("fchar", "fword"):
        evaluate(f"fusion lead+style + {mode[1:]} C={c}", lambda tr, te: (emb(tr, te) + tfidf(tr, te, c, mode[1:])) / 2)
if mode == "plbal":
    def emb_w(tr, te, c=0.01, power=1.0):
        mu, sd = X[tr].mean(0), X[tr].std(0) + 1e-6
        w = np.ones(len(y))
        for l in GENRE_LANGUAGES:
            for k in range(3):
                m = tr & (L == l) & (y == k)
                if m.any(): w[m] = ((tr & (L == l)).sum() / (3 * m.sum())) ** power
        lr = LogisticRegression(C=c, max_iter=2000).fit((X[tr] - mu) / sd, y[tr], sample_weight=w[tr])
        return lr.predict_proba((X[te] - mu) / sd)
    for pw in (0.5, 1.0):
        for c in (0.003, 0.01, 0.03):
            evaluate(f"per-language balanced weights ^{pw} C={c}", lambda tr, te: emb_w(tr, te, c, pw))
