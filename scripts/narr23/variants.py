"""Round 23 (narr23): Other classifiers that read stance rather than topic (scripts/narr23/RULE.md), each a
function fit(tr, te, c) -> P(Other) of the rows ``te`` from a logistic regression fitted on the rows ``tr``, over
the articles of :func:`load` (the narrative articles of the English release, in the order of the fold caches).

Variants:
  ship      the shipped features (training/semeval2025.py:_other_features: TF-IDF words and word pairs + dense)
  dense     the mean MiniLM vector alone
  funcev    TF-IDF over a fixed vocabulary of function words (scikit-learn's English stop words) and evaluative
            words (VADER valence >= 1.5, components/style.py:evaluative_words; the opinion-cue lists of
            resources/opinion_cues.json), unigrams
  funcevd   funcev + dense
  maskd     every word outside that vocabulary replaced by one placeholder, then TF-IDF of 1-3 grams (the
            syntactic frame of stance: "X must X", "so-called X"), + dense
  sentevd   per-sentence stance and voice features (components/style.py:stance_features, voice_features;
            standardised by the training rows) + dense
  shipsentW the shipped features + the sentence features of sentevd times W (a stance block added, not a
            replacement)
  NAME+prior  NAME's P(Other) re-calibrated to the Other share of the rows ``te`` taken as one collection (EM
            prior adjustment, Saerens, Latinne & Decaestecker 2002)"""

import json
import re
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

from spinscope.components import style
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
CACHE = Path("/tmp/narr16/semeval2025-cache")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]*|\n|$)")


@lru_cache(maxsize=1)
def load():
    """ids, texts, dense rows, gold Other (bool) and the articles, in the fold caches' order."""
    arts_all, _ = S.load_task(DATA)
    arts = [a for a in arts_all.values() if a.narratives]
    S.embed(arts, cache=CACHE)
    texts, dense = S.narrative_rows(arts, S.label_vectors(), 0.0)
    gold = np.array(["Other" in a.narratives for a in arts])
    return [a.id for a in arts], texts, dense.astype(np.float64), gold, arts


@lru_cache(maxsize=1)
def vocabulary():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    cues = json.loads((Path(style.__file__).parent.parent / "resources" / "opinion_cues.json").read_text())
    words = set(ENGLISH_STOP_WORDS) | set(style.evaluative_words())
    for key, value in cues.items():
        if key.startswith("_") or not isinstance(value, list):
            continue
        for phrase in value:
            if isinstance(phrase, str):
                words.update(w.lower() for w in _WORD.findall(phrase))
    return frozenset(w for w in words if w.isalpha())


def masked(text):
    vocab = vocabulary()
    return " ".join(w if w in vocab else "x" for w in (t.lower() for t in _WORD.findall(text)))


def sentence_ranges(text):
    return [(m.start(), m.end()) for m in _SENT.finditer(text) if m.group().strip()]


@lru_cache(maxsize=1)
def sentence_feats():
    _, texts, _, _, _ = load()
    rows = []
    for t in texts:
        sents = sentence_ranges(t)
        rows.append(np.concatenate([style.stance_features(t, sents), style.voice_features(t, sents)]))
    return np.array(rows, dtype=np.float64)


def _logreg_fit_predict(x_tr, y_tr, x_te, c):
    model = S._logreg(c)
    model.fit(x_tr, y_tr.astype(int))
    return np.asarray(model.predict_proba(x_te))[:, 1], model


def _tfidf(texts_tr, texts_te, **kw):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(sublinear_tf=True, **kw)
    return vec.fit_transform(texts_tr), vec.transform(texts_te)


def features(name, tr, te):
    """(x_tr, x_te) of the variant ``name``."""
    from scipy import sparse

    _, texts, dense, _, _ = load()
    t_tr, t_te = [texts[i] for i in tr], [texts[i] for i in te]
    if name == "ship":
        vec, x_tr = S._other_features(t_tr, dense[tr].astype(np.float32), 1.0)
        _, x_te = S._other_features(t_te, dense[te].astype(np.float32), 1.0, vec)
        return x_tr, x_te
    if name == "dense":
        return dense[tr], dense[te]
    if name in ("funcev", "funcevd"):
        a, b = _tfidf(t_tr, t_te, vocabulary=sorted(vocabulary()), token_pattern=r"(?u)\b[^\W\d_]+\b")
        if name == "funcev":
            return a, b
        return sparse.hstack([a, sparse.csr_matrix(dense[tr])]).tocsr(), sparse.hstack(
            [b, sparse.csr_matrix(dense[te])]
        ).tocsr()
    if name == "maskd":
        a, b = _tfidf(
            [masked(t) for t in t_tr],
            [masked(t) for t in t_te],
            ngram_range=(1, 3),
            min_df=3,
            max_features=10000,
            token_pattern=r"(?u)\b\w+\b",
        )
        return sparse.hstack([a, sparse.csr_matrix(dense[tr])]).tocsr(), sparse.hstack(
            [b, sparse.csr_matrix(dense[te])]
        ).tocsr()
    if name.startswith("shipsent"):
        a, b = features("ship", tr, te)
        f = sentence_feats()
        mean, sd = f[tr].mean(axis=0), f[tr].std(axis=0)
        sd = np.where(sd > 0, sd, 1.0)
        w = float(name.removeprefix("shipsent") or 0.1)
        return sparse.hstack([a, sparse.csr_matrix((f[tr] - mean) / sd * w)]).tocsr(), sparse.hstack(
            [b, sparse.csr_matrix((f[te] - mean) / sd * w)]
        ).tocsr()
    if name.startswith("sentevd"):
        f = sentence_feats()
        mean, sd = f[tr].mean(axis=0), f[tr].std(axis=0)
        sd = np.where(sd > 0, sd, 1.0)
        w = float(name.removeprefix("sentevd") or 0.1)
        return np.hstack([dense[tr], (f[tr] - mean) / sd * w]), np.hstack([dense[te], (f[te] - mean) / sd * w])
    raise ValueError(name)


def em_prior(p, prior_tr, steps=100, tol=1e-6):
    """Saerens et al. (2002): P(Other) re-weighted to the Other share that the rows ``p`` imply as one
    collection (EM on the collection's prior), and that share."""
    p = np.clip(p, 1e-6, 1 - 1e-6)
    pi = prior_tr
    for _ in range(steps):
        a = pi / prior_tr * p
        b = (1 - pi) / (1 - prior_tr) * (1 - p)
        q = a / (a + b)
        new = float(q.mean())
        if abs(new - pi) < tol:
            pi = new
            break
        pi = new
    a = pi / prior_tr * p
    b = (1 - pi) / (1 - prior_tr) * (1 - p)
    return a / (a + b), pi


def fit(name, tr, te, c):
    """P(Other) of the rows ``te`` (indices into :func:`load`) from the variant ``name`` fitted on ``tr``."""
    _, _, _, gold, _ = load()
    base, prior = name.removesuffix("+prior"), name.endswith("+prior")
    x_tr, x_te = features(base, tr, te)
    p, _ = _logreg_fit_predict(x_tr, gold[tr], x_te, c)
    if prior:
        p, _ = em_prior(p, float(gold[tr].mean()))
    return p


if __name__ == "__main__":
    print(len(vocabulary()), "words in the function / evaluative vocabulary", file=sys.stderr)
