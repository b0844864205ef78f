"""Prototype: paragraph-level Repetition from recurrence features (round 16)."""
from __future__ import annotations
import pickle, re, sys, math
from pathlib import Path
import numpy as np
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))
from st3_multilingual import Bench, counts, f1c, genre
from spinscope.training import techniques as T
from spinscope.training.data import TECHNIQUES, load_semeval2023, split_articles
from spacy.lang.en.stop_words import STOP_WORDS

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")

def features(text, paras):
    toks = [[(m.group(), m.start()) for m in WORD.finditer(text, s, e)] for s, e in paras]
    low = [[w.lower() for w, _ in t] for t in toks]
    art = {}
    for t in low:
        for w in t:
            art[w] = art.get(w, 0) + 1
    bi_art = {}
    for t in low:
        for i in range(len(t) - 1):
            k = (t[i], t[i+1]); bi_art[k] = bi_art.get(k, 0) + 1
    tri_art = {}
    for t in low:
        for i in range(len(t) - 2):
            k = (t[i], t[i+1], t[i+2]); tri_art[k] = tri_art.get(k, 0) + 1
    NG = {}
    for m_ in range(2, 7):
        d = {}
        for t in low:
            for i in range(len(t) - m_ + 1):
                d[tuple(t[i:i + m_])] = d.get(tuple(t[i:i + m_]), 0) + 1
        NG[m_] = d
    n_par = len(paras); n_tok = sum(len(t) for t in low)
    rows = []
    for t, raw in zip(low, toks):
        content = [(w, r) for w, (r, _) in zip(t, raw) if len(w) >= 3 and w not in STOP_WORDS]
        cset = {}
        for w, r in content:
            cset.setdefault(w, []).append(r)
        lower_words = [w for w, rs in cset.items() if sum(x[0].isupper() for x in rs) * 2 <= len(rs)]
        local = {}
        for w in t: local[w] = local.get(w, 0) + 1
        rec2 = sum(art[w] >= 2 for w in cset); rec3 = sum(art[w] >= 3 for w in cset); rec4 = sum(art[w] >= 4 for w in cset)
        lrec2 = sum(art[w] >= 2 for w in lower_words); lrec3 = sum(art[w] >= 3 for w in lower_words)
        lrec4 = sum(art[w] >= 4 for w in lower_words)
        elsewhere = sum(art[w] - local[w] >= 1 for w in lower_words)
        within = sum(local[w] >= 2 for w in cset)
        lmax = max([art[w] for w in lower_words], default=0)
        bis = {(t[i], t[i+1]) for i in range(len(t) - 1) if not (t[i] in STOP_WORDS and t[i+1] in STOP_WORDS)}
        bi_rep = sum(bi_art[k] >= 2 for k in bis)
        bi_within = sum(sum(1 for i in range(len(t)-1) if (t[i], t[i+1]) == k) >= 2 for k in bis)
        tris = {(t[i], t[i+1], t[i+2]) for i in range(len(t) - 2)}
        tri_rep = sum(tri_art[k] >= 2 for k in tris)
        n = len(t)
        seg = text[paras[len(rows)][0]:paras[len(rows)][1]]
        title = set(low[0]) if low else set()
        in_title = sum(w in title for w in lower_words) if len(rows) else 0
        longest = 0
        for m_ in range(2, 7):
            grams = {tuple(t[i:i + m_]) for i in range(len(t) - m_ + 1)}
            if not grams:
                break
            here = {}
            for i in range(len(t) - m_ + 1):
                here[tuple(t[i:i + m_])] = here.get(tuple(t[i:i + m_]), 0) + 1
            if any(NG[m_].get(k_, 0) > here[k_] and any(w not in STOP_WORDS for w in k_) for k_ in grams):
                longest = m_
        extra = [math.log1p(in_title), longest, len(rows) / max(1, n_par - 1)]
        rows.append(extra + [math.log1p(n), math.log1p(n_par), math.log1p(n_tok), math.log1p(rec2), math.log1p(rec3),
                     math.log1p(rec4), math.log1p(lrec2), math.log1p(lrec3), math.log1p(lrec4), math.log1p(elsewhere),
                     math.log1p(within), math.log1p(lmax), math.log1p(bi_rep), math.log1p(bi_within),
                     math.log1p(tri_rep), rec2 / max(1, len(cset)), lrec3 / max(1, len(lower_words)),
                     math.log1p(seg.count("!")), math.log1p(seg.count("?")),
                     math.log1p(sum(1 for w, _ in toks[len(rows)] if len(w) >= 2 and w.isupper()))])
    return np.array(rows, dtype=np.float64).reshape(len(paras), -1)

def design(arts):
    xs, ys, gr = [], [], []
    for n, a in enumerate(arts):
        paras = [(l.start, l.end) for l in a.lines]
        xs.append(features(a.text, paras))
        ys += ["Repetition" in a.paragraph_labels.get(l.number, []) for l in a.lines]
        gr += [n] * len(paras)
    return np.vstack(xs), np.array(ys, dtype=int), np.array(gr)

def model(c):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=3000))

def main():
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.metrics import roc_auc_score
    saved = pickle.loads(Path("/tmp/tech16/val_scores.pkl").read_bytes())
    articles = load_semeval2023(None)
    val = [articles[i] for i in saved["val_ids"]]
    train, _ = split_articles(articles)
    vid = {a.id for a in val}
    train = [a for a in train if a.paragraph_labels is not None and a.id not in vid]
    x, y, g = design(train)
    print("train paragraphs", len(y), "positive", y.sum(), flush=True)
    best = None
    for c in (0.01, 0.1, 1.0):
        p = cross_val_predict(model(c), x, y, groups=g, cv=GroupKFold(5), method="predict_proba")[:, 1]
        p = np.clip(p, 1e-9, 1 - 1e-9)
        ll = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        print(c, "logloss", round(ll, 4), "auc", round(roc_auc_score(y, p), 4), flush=True)
        if best is None or ll < best[0]: best = (ll, c)
    head = model(best[1]).fit(x, y)
    b = Bench(val, saved["scores"])
    k = TECHNIQUES.index("Repetition")
    hp = {a.id: head.predict_proba(features(a.text, [(l.start, l.end) for l in a.lines]))[:, 1] for a in val}
    vy = np.concatenate([b.gold[a.id][:, k] for a in val]); vp = np.concatenate([hp[a.id] for a in val])
    vt = np.concatenate([b.tagger[a.id][:, k] for a in val])
    print("val auc head", round(roc_auc_score(vy, vp), 4), "tagger", round(roc_auc_score(vy, vt), 4), "pos", vy.sum())
    def with_col(f):
        out = {}
        for a in val:
            m = b.tagger[a.id].copy(); m[:, k] = f(m[:, k], hp[a.id]); out[a.id] = m
        return out
    print("base", b.crossfit(b.tagger))
    for name, f in (("head", lambda t, h: h), ("max", np.maximum), ("mean", lambda t, h: (t + h) / 2)):
        print(name, b.crossfit(with_col(f)))
    res = b.nested(lambda w, ml: with_col(lambda t, h: (1 - w) * t + w * h), (0.0, 0.25, 0.5, 0.75, 1.0), None)
    print("nested", {kk: v for kk, v in res.items() if kk != "per_article"})
    print(b.bootstrap(b.per_article_base(), res["per_article"]))

if __name__ == '__main__' and 'gbm' not in sys.argv:
    main()
