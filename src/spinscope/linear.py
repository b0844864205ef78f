"""Inference-only counterparts of the scikit-learn classes a model bundle holds, in numpy and scipy.sparse.

Models are fitted with scikit-learn and written by :func:`spinscope.modelio.save_bundle`. Reading them back into
scikit-learn's own classes means importing scikit-learn, which imports scipy.stats and most of scipy: about a second
of every start, more than any model takes to load (docs/BENCHMARKS.md). :func:`spinscope.modelio.load_bundle` builds
these classes instead. Each takes the fitted object's attributes as they are (same names, same arrays) and answers
what scikit-learn answers, for the methods spinscope calls on a fitted model: ``transform``, ``decision_function``,
``predict_proba``, ``predict`` and the fitted attributes (``classes_``, ``estimators_``, ``coef_``...).
tests/test_linear.py checks each against scikit-learn on random models and on every shipped bundle.

A fitted object that uses an option these classes do not implement (a character analyzer, a callable tokenizer, l1
norms) is not built here: :func:`supported` says no, and the bundle reader falls back to scikit-learn.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

#: scikit-learn's class path (as a bundle names it) -> the class of this module that stands in for it.
COUNTERPARTS: dict[str, str] = {
    "sklearn.feature_extraction.text.TfidfVectorizer": "TfidfVectorizer",
    "sklearn.feature_extraction.text.HashingVectorizer": "HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer": "TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression": "LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier": "OneVsRestClassifier",
    "sklearn.pipeline.Pipeline": "Pipeline",
    "sklearn.preprocessing._label.LabelBinarizer": "LabelBinarizer",
}


def supported(class_path: str, state: dict[str, Any]) -> bool:
    """Whether a fitted ``class_path`` object with attributes ``state`` can be built as its counterpart here."""
    name = COUNTERPARTS.get(class_path)
    if name is None:
        return False
    if name in ("TfidfVectorizer", "HashingVectorizer"):
        return (state.get("analyzer") == "word" and state.get("input") == "content"
                and state.get("preprocessor") is None and state.get("tokenizer") is None
                and state.get("strip_accents") in (None, "unicode", "ascii")
                and (state.get("stop_words") is None or state.get("stop_words") == "english"
                     or isinstance(state.get("stop_words"), list | tuple | frozenset | set))
                and state.get("norm") in (None, "l2"))
    if name == "TfidfTransformer":
        return state.get("norm") in (None, "l2")
    return True


def build(class_path: str, state: dict[str, Any]) -> Any:
    """The counterpart of a fitted ``class_path`` object, with ``state`` as its attributes (no constructor runs)."""
    cls = globals()[COUNTERPARTS[class_path]]
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    return obj


# ------------------------------------------------------------------------------------------------ text to terms


@functools.cache
def english_stop_words() -> frozenset[str]:
    """scikit-learn's ``ENGLISH_STOP_WORDS``, read from its source file as a literal (scikit-learn is not imported)."""
    spec = importlib.util.find_spec("sklearn")  # a top-level package is found without being imported
    if spec is None or spec.origin is None:
        raise ImportError("scikit-learn is not installed: its English stop word list is needed by this model")
    source = Path(spec.origin).parent / "feature_extraction" / "_stop_words.py"
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "ENGLISH_STOP_WORDS" for t in node.targets)
                and isinstance(node.value, ast.Call) and node.value.args):
            return frozenset(ast.literal_eval(node.value.args[0]))
    raise ImportError(f"no ENGLISH_STOP_WORDS list in {source}")


def _strip_accents_unicode(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _strip_accents_ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ASCII", "ignore").decode("ASCII")


class _WordAnalyzer:
    """The word analyzer of scikit-learn's text vectorizers: decode, lowercase, strip accents, tokenize by the
    pattern, drop stop words, join word n-grams."""

    input: str
    encoding: str
    decode_error: str
    lowercase: bool
    strip_accents: str | None
    token_pattern: str
    stop_words: Any
    ngram_range: tuple[int, int]

    def build_analyzer(self) -> Callable[[Any], list[str]]:
        cached = self.__dict__.get("_spinscope_analyzer")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        find = re.compile(self.token_pattern).findall
        accents = {"unicode": _strip_accents_unicode, "ascii": _strip_accents_ascii, None: None}[self.strip_accents]
        stop: frozenset[str] | None
        if self.stop_words == "english":
            stop = english_stop_words()
        elif self.stop_words is None:
            stop = None
        else:
            stop = frozenset(self.stop_words)
        min_n, max_n = self.ngram_range
        lower, encoding, errors = self.lowercase, self.encoding, self.decode_error

        def analyze(doc: Any) -> list[str]:
            if isinstance(doc, bytes):
                doc = doc.decode(encoding, errors)
            if not isinstance(doc, str):
                raise ValueError(f"a text to vectorize must be a string, not {type(doc).__name__}")
            if lower:
                doc = doc.lower()
            if accents is not None:
                doc = accents(doc)
            tokens: list[str] = find(doc)
            if stop is not None:
                tokens = [w for w in tokens if w not in stop]
            if max_n == 1:
                return tokens if min_n == 1 else []
            grams = list(tokens) if min_n == 1 else []
            for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
                # round 44 (speed45): the n-grams as n shifted copies zipped together, joined by ``map``: the same
                # strings in the same order (zip stops with the shortest copy, at len(tokens) - n + 1 grams)
                grams.extend(map(" ".join, zip(*(tokens[k:] for k in range(n)), strict=False)))
            return grams

        self.__dict__["_spinscope_analyzer"] = analyze
        return analyze


def _check_texts(raw_documents: Any) -> list[Any]:
    if isinstance(raw_documents, str | bytes):
        raise ValueError("Iterable over raw text documents expected, string object received.")
    return list(raw_documents)


def _normalize_l2(x: sparse.csr_matrix) -> sparse.csr_matrix:
    """Rows of ``x`` scaled to unit length in place (rows of zeros stay zeros), as sklearn's ``normalize``."""
    counts = np.diff(x.indptr)
    rows = np.repeat(np.arange(x.shape[0]), counts)
    norms = np.sqrt(np.bincount(rows, weights=np.square(x.data, dtype=np.float64), minlength=x.shape[0]))
    norms[norms == 0.0] = 1.0
    x.data /= np.repeat(norms, counts).astype(x.data.dtype, copy=False)
    return x


# --------------------------------------------------------------------------------------------------- vectorizers


class TfidfTransformer:
    """scikit-learn's fitted ``TfidfTransformer``: sublinear tf, idf weights, l2 norm."""

    norm: str | None
    sublinear_tf: bool
    idf_: np.ndarray

    def transform(self, x: Any, copy: bool = True) -> sparse.csr_matrix:
        x = sparse.csr_matrix(x, copy=copy)
        if x.dtype not in (np.float64, np.float32):
            x = x.astype(np.float64)
        if self.sublinear_tf:
            np.log(x.data, x.data)
            x.data += 1.0
        if getattr(self, "idf_", None) is not None and getattr(self, "use_idf", True):
            x.data *= self.idf_[x.indices]
        if self.norm is not None:
            _normalize_l2(x)
        return x


class TfidfVectorizer(_WordAnalyzer):
    """scikit-learn's fitted ``TfidfVectorizer`` with the word analyzer: term counts over the fitted vocabulary,
    then its ``TfidfTransformer``."""

    vocabulary_: dict[str, int]
    dtype: Any
    binary: bool
    _tfidf: TfidfTransformer

    def transform(self, raw_documents: Iterable[Any]) -> sparse.csr_matrix:
        analyze = self.build_analyzer()
        vocabulary = self.vocabulary_
        indices: list[int] = []
        values: list[int] = []
        indptr = [0]
        for doc in _check_texts(raw_documents):
            # speed47: the terms' columns counted by ``Counter`` (C's counting loop) instead of a Python loop; a
            # ``Counter`` keeps first-occurrence order as the dict did, and the unknown terms' ``None`` is dropped
            counts: Counter[int | None] = Counter(map(vocabulary.get, analyze(doc)))
            counts.pop(None, None)
            indices.extend(counts)  # type: ignore[arg-type]
            values.extend(counts.values())
            indptr.append(len(indices))
        x = sparse.csr_matrix((np.asarray(values, dtype=self.dtype), np.asarray(indices, dtype=np.int32),
                               np.asarray(indptr, dtype=np.int32)), shape=(len(indptr) - 1, len(vocabulary)),
                              dtype=self.dtype)
        x.sort_indices()
        if self.binary:
            x.data.fill(1)
        return self._tfidf.transform(x, copy=False)


class HashingVectorizer(_WordAnalyzer):
    """scikit-learn's ``HashingVectorizer`` with the word analyzer: each term is column ``|murmurhash3_32(term)| %
    n_features`` (the same hash, from the ``mmh3`` package)."""

    n_features: int
    alternate_sign: bool
    binary: bool
    norm: str | None
    dtype: Any

    def transform(self, raw_documents: Iterable[Any]) -> sparse.csr_matrix:
        import mmh3

        analyze = self.build_analyzer()
        n = int(self.n_features)
        indices: list[int] = []
        values: list[float] = []
        indptr = [0]
        for doc in _check_texts(raw_documents):
            for term in analyze(doc):
                h = mmh3.hash(term.encode("utf-8"), 0, signed=True)
                indices.append((2147483647 - (n - 1)) % n if h == -2147483648 else abs(h) % n)
                values.append(-1.0 if self.alternate_sign and h < 0 else 1.0)
            indptr.append(len(indices))
        if len(indptr) == 1:
            raise ValueError("Cannot vectorize empty sequence.")
        x = sparse.csr_matrix((np.asarray(values, dtype=self.dtype), np.asarray(indices, dtype=np.int32),
                               np.asarray(indptr, dtype=np.int64)), shape=(len(indptr) - 1, n), dtype=self.dtype)
        x.sum_duplicates()
        if self.binary:
            x.data.fill(1)
        if self.norm is not None:
            _normalize_l2(x)
        return x


class Pipeline:
    """scikit-learn's fitted ``Pipeline``, for transforms: each step's ``transform`` in turn."""

    steps: list[tuple[str, Any]]

    @property
    def named_steps(self) -> dict[str, Any]:
        return dict(self.steps)

    def __getitem__(self, index: int | str) -> Any:
        return self.named_steps[index] if isinstance(index, str) else self.steps[index][1]

    def transform(self, x: Any) -> Any:
        for _, step in self.steps:
            if step is not None and step != "passthrough":
                x = step.transform(x)
        return x


# --------------------------------------------------------------------------------------------------- classifiers


def expit(x: Any) -> np.ndarray:
    """The logistic function, as ``scipy.special.expit`` (whose import costs a tenth of a second of every start)."""
    x = np.asarray(x)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-x))  # type: ignore[no-any-return]


def erf(x: Any) -> np.ndarray:
    """The error function elementwise (``math.erf``, in double precision), in ``x``'s float type."""
    x = np.asarray(x)
    return np.frompyfunc(math.erf, 1, 1)(x).astype(x.dtype if x.dtype.kind == "f" else np.float64)


def _dense(x: Any) -> Any:
    return x if sparse.issparse(x) else np.asarray(x)


class LogisticRegression:
    """scikit-learn's fitted ``LogisticRegression``: binary by the logistic function, multiclass by softmax."""

    coef_: np.ndarray
    intercept_: np.ndarray
    classes_: np.ndarray

    def decision_function(self, x: Any) -> np.ndarray:
        scores = np.asarray(_dense(x) @ self.coef_.T) + self.intercept_
        return scores.reshape(-1) if scores.ndim > 1 and scores.shape[1] == 1 else scores

    def predict_proba(self, x: Any) -> np.ndarray:
        scores = self.decision_function(x)
        if len(self.classes_) <= 2:
            p = expit(scores)
            return np.stack([1 - p, p], axis=1) if p.ndim == 1 else p / p.sum(axis=1, keepdims=True)
        scores = scores - scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        return scores / scores.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]

    def predict(self, x: Any) -> np.ndarray:
        scores = self.decision_function(x)
        best = (scores > 0).astype(int) if scores.ndim == 1 else scores.argmax(axis=1)
        return self.classes_[best]  # type: ignore[no-any-return]


class LabelBinarizer:
    """scikit-learn's fitted ``LabelBinarizer``: kept for ``classes_`` and ``y_type_``."""

    classes_: np.ndarray
    y_type_: str


class OneVsRestClassifier:
    """scikit-learn's fitted ``OneVsRestClassifier`` over binary classifiers."""

    estimators_: list[Any]
    classes_: np.ndarray
    label_binarizer_: LabelBinarizer

    @property
    def multilabel_(self) -> bool:
        return str(self.label_binarizer_.y_type_).startswith("multilabel")

    @property
    def n_classes_(self) -> int:
        return len(self.classes_)

    def decision_function(self, x: Any) -> np.ndarray:
        scores = np.array([np.ravel(e.decision_function(x)) for e in self.estimators_]).T
        return scores.ravel() if len(self.estimators_) == 1 else scores

    def predict_proba(self, x: Any) -> np.ndarray:
        y = np.array([e.predict_proba(x)[:, 1] for e in self.estimators_]).T
        if len(self.estimators_) == 1:
            y = np.concatenate((1 - y, y), axis=1)
        if not self.multilabel_:
            sums = y.sum(axis=1)[:, np.newaxis]
            np.divide(y, sums, out=y, where=sums != 0)
        return y
