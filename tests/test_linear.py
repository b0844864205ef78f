"""spinscope.linear answers what scikit-learn answers: on fitted models of every option used, on every shipped
bundle and on random text."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import make_pipeline

from spinscope import linear
from spinscope.modelio import load_bundle, save_bundle

RESOURCES = Path(__file__).resolve().parents[1] / "src" / "spinscope" / "resources"
TEXTS = ["The régime is dying, officials said.", "Officials said the talks went well", "THE DYING regime threatens",
         "ministers met on Monday and said little", "Ça ne va pas: naïve café", "", "x", "the the the and of",
         "Кремль заявил о переговорах", "ﬁnance — «quotes» 'single' #tag @user 2024-01-01"]
PROBES = [*TEXTS, "a text with words never seen before", "regime officials dying talks ministers", "  \n\t "]
LABELS = [1, 0, 1, 0, 1, 0, 0, 1, 1, 0]


def _same_matrix(a, b) -> None:  # type: ignore[no-untyped-def]
    assert a.shape == b.shape and a.dtype == b.dtype
    assert type(a) is type(b)
    assert np.allclose(a.toarray(), b.toarray(), rtol=1e-6, atol=1e-7)
    assert a.nnz == b.nnz


VECTORIZERS = {
    "tfidf-bigrams-accents": TfidfVectorizer(ngram_range=(1, 2), strip_accents="unicode", sublinear_tf=True,
                                             dtype=np.float32),
    "tfidf-stop-words": TfidfVectorizer(stop_words="english", sublinear_tf=True),
    "tfidf-raw-tokens": TfidfVectorizer(lowercase=False, token_pattern=r"\S+"),
    "tfidf-one-char-words": TfidfVectorizer(token_pattern=r"(?u)\b\w+\b", ngram_range=(1, 3), binary=True),
    "tfidf-ascii": TfidfVectorizer(strip_accents="ascii", ngram_range=(2, 2), norm=None, use_idf=False),
    "hashing-tfidf": make_pipeline(HashingVectorizer(n_features=2**12, alternate_sign=False, norm=None,
                                                     strip_accents="unicode", ngram_range=(1, 2)),
                                   TfidfTransformer(sublinear_tf=True)),
    "hashing-signed": HashingVectorizer(n_features=2**6),
}


@pytest.mark.parametrize("name", sorted(VECTORIZERS))
def test_vectorizers_transform_as_sklearn(name: str, tmp_path: Path) -> None:
    vectorizer = clone(VECTORIZERS[name]).fit(TEXTS)
    save_bundle({"vectorizer": vectorizer}, tmp_path)
    ours = load_bundle(tmp_path)["vectorizer"]
    theirs = load_bundle(tmp_path, scikit_learn=True)["vectorizer"]
    assert type(ours).__module__ == "spinscope.linear"
    assert type(theirs).__module__.startswith("sklearn.")
    _same_matrix(ours.transform(PROBES), theirs.transform(PROBES))
    _same_matrix(ours.transform(PROBES), vectorizer.transform(PROBES))


@pytest.mark.parametrize("multilabel", [False, True])
def test_classifiers_score_as_sklearn(multilabel: bool, tmp_path: Path) -> None:
    vectorizer = TfidfVectorizer(ngram_range=(1, 2)).fit(TEXTS)
    x = vectorizer.transform(TEXTS)
    y3 = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0]
    bundle = {
        "binary": LogisticRegression(C=3).fit(x, LABELS),
        "multiclass": LogisticRegression().fit(x, y3),
        "strings": LogisticRegression().fit(x, [["news", "opinion", "satire"][i] for i in y3]),
        "ovr": OneVsRestClassifier(LogisticRegression(solver="liblinear")).fit(
            x, np.array([[i % 2, i % 3 == 0, 1 - i % 2] for i in range(10)], dtype=int) if multilabel else y3),
        "ovr_binary": OneVsRestClassifier(LogisticRegression()).fit(x, LABELS),
    }
    save_bundle(bundle, tmp_path)
    ours = load_bundle(tmp_path)
    probe = vectorizer.transform(PROBES)
    dense = np.asarray(probe.todense())
    for key, model in bundle.items():
        mine = ours[key]
        assert type(mine).__module__ == "spinscope.linear", key
        for inputs in (probe, dense):
            assert np.allclose(mine.predict_proba(inputs), model.predict_proba(inputs), rtol=1e-9, atol=1e-12), key
            assert np.allclose(mine.decision_function(inputs), model.decision_function(inputs)), key
        assert list(mine.classes_) == list(model.classes_), key
    for key in ("binary", "multiclass", "strings"):
        assert (ours[key].predict(probe) == bundle[key].predict(probe)).all(), key
    assert ours["ovr"].multilabel_ == bundle["ovr"].multilabel_ == multilabel


def test_unsupported_options_fall_back_to_sklearn(tmp_path: Path) -> None:
    """A character analyzer has no counterpart: the bundle still loads, as scikit-learn's class, and answers."""
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3)).fit(TEXTS)
    save_bundle({"vectorizer": vectorizer, "classifier": LogisticRegression().fit(vectorizer.transform(TEXTS),
                                                                                  LABELS)}, tmp_path)
    loaded = load_bundle(tmp_path)
    assert type(loaded["vectorizer"]).__module__.startswith("sklearn.")
    assert type(loaded["classifier"]).__module__ == "spinscope.linear"
    _same_matrix(loaded["vectorizer"].transform(PROBES), vectorizer.transform(PROBES))


def test_english_stop_words_are_sklearns() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert linear.english_stop_words() == ENGLISH_STOP_WORDS


def test_a_single_string_is_refused_as_sklearn_does(tmp_path: Path) -> None:
    save_bundle({"vectorizer": TfidfVectorizer().fit(TEXTS)}, tmp_path)
    with pytest.raises(ValueError, match="Iterable over raw text documents expected"):
        load_bundle(tmp_path)["vectorizer"].transform("one text")


def _shipped() -> list[Path]:
    return sorted(p.parent for p in RESOURCES.rglob("model.json"))


@pytest.mark.parametrize("model_dir", _shipped(), ids=lambda p: str(p.relative_to(RESOURCES)))
def test_every_shipped_bundle_answers_as_sklearn(model_dir: Path) -> None:
    """Each shipped model: every vectorizer transforms as scikit-learn's, every classifier scores as it."""
    ours, theirs = load_bundle(model_dir), load_bundle(model_dir, scikit_learn=True)
    assert ours.keys() == theirs.keys()
    checked = 0
    rng = np.random.default_rng(0)
    for key, model in ours.items():
        reference = theirs[key]
        if hasattr(reference, "transform"):
            _same_matrix(model.transform(PROBES), reference.transform(PROBES))
            checked += 1
        if hasattr(reference, "predict_proba"):
            x = rng.normal(scale=0.3, size=(len(PROBES), reference.n_features_in_))
            assert np.allclose(model.predict_proba(x), reference.predict_proba(x), rtol=1e-9, atol=1e-12), key
            checked += 1
    assert checked >= 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_random_text_transforms_as_sklearn(texts: list[str]) -> None:
    for name in ("tfidf-bigrams-accents", "tfidf-stop-words", "hashing-tfidf"):
        fitted = _FITTED[name]
        _same_matrix(fitted[0].transform(texts), fitted[1].transform(texts))


def _fit_both() -> dict[str, tuple[object, object]]:
    import tempfile

    out = {}
    for name in ("tfidf-bigrams-accents", "tfidf-stop-words", "hashing-tfidf"):
        vectorizer = clone(VECTORIZERS[name]).fit([*TEXTS, "random words é ü ß ﬁ"])
        with tempfile.TemporaryDirectory() as folder:
            save_bundle({"v": vectorizer}, Path(folder))
            out[name] = (load_bundle(Path(folder))["v"], vectorizer)
    return out


_FITTED = _fit_both()


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_expit_and_erf_are_scipys(dtype: type) -> None:
    from scipy import special

    x = np.linspace(-800, 800, 4001).astype(dtype)
    assert linear.expit(x).dtype == special.expit(x).dtype == dtype
    assert np.allclose(linear.expit(x), special.expit(x), rtol=1e-6 if dtype is np.float32 else 1e-14, atol=0)
    assert np.allclose(linear.erf(x / 300), special.erf(x / 300), rtol=1e-6 if dtype is np.float32 else 1e-14)
    assert linear.erf(x).dtype == dtype
