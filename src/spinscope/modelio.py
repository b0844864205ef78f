"""Linear model bundles on disk: skops for the estimators, gzip'd JSON for the vocabularies.

skops writes a fitted ``TfidfVectorizer``'s vocabulary (tens of thousands of terms) as one node per term,
and reading those nodes back was most of spinscope's start-up time (about 1.6 s per model, twice: once to
list the types, once to load). The vocabulary is plain data, so it lives in ``vocabulary.json.gz`` beside
``model.skops`` and is put back on load. A bundle saved without the side file still loads as it was.

Only scikit-learn, numpy, scipy and builtin types are trusted in a skops file; anything else is refused.
"""

from __future__ import annotations

import gzip
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import SpinscopeError

BUNDLE_FILE = "model.skops"
VOCABULARY_FILE = "vocabulary.json.gz"
TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.")


class UnsafeModelFile(SpinscopeError):
    """A model file holds types outside scikit-learn, numpy and scipy."""

    code = "E402"


def _vectorizers(bundle: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """``(path, vectorizer)`` for every fitted vectorizer in the bundle, also inside pipelines and unions."""

    def walk(obj: Any, path: str) -> Iterator[tuple[str, Any]]:
        if hasattr(obj, "vocabulary_"):
            yield path, obj
        for name, child in getattr(obj, "steps", None) or getattr(obj, "transformer_list", None) or ():
            yield from walk(child, f"{path}/{name}")

    for key, value in bundle.items():
        yield from walk(value, key)


def save_bundle(bundle: dict[str, Any], model_dir: Path) -> Path:
    """Write ``model.skops`` (and ``vocabulary.json.gz`` when the bundle has vectorizers) into ``model_dir``.

    The bundle is left as it was given. A vectorizer's ``stop_words_`` (every pruned term, kept by scikit-learn
    for introspection only) is dropped.
    """
    import skops.io as sio

    model_dir.mkdir(parents=True, exist_ok=True)
    found = list(_vectorizers(bundle))
    vocabularies: dict[str, list[str]] = {}
    for path, vectorizer in found:
        vocabulary = vectorizer.vocabulary_
        vocabularies[path] = sorted(vocabulary, key=vocabulary.__getitem__)
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_
    kept = [vectorizer.vocabulary_ for _, vectorizer in found]
    try:
        for _, vectorizer in found:
            vectorizer.vocabulary_ = {}
        sio.dump(bundle, str(model_dir / BUNDLE_FILE), compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    finally:
        for (_, vectorizer), vocabulary in zip(found, kept, strict=True):
            vectorizer.vocabulary_ = vocabulary
    side = model_dir / VOCABULARY_FILE
    if vocabularies:
        with gzip.open(side, "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump(vocabularies, fh, ensure_ascii=False, separators=(",", ":"))
    elif side.exists():
        side.unlink()
    return model_dir / BUNDLE_FILE


def load_bundle(model_dir: Path) -> dict[str, Any]:
    """Read a bundle written by :func:`save_bundle` (or a plain skops dump of a dict)."""
    import skops.io as sio

    path = model_dir / BUNDLE_FILE
    untrusted = sio.get_untrusted_types(file=str(path))
    bad = [t for t in untrusted if not t.startswith(TRUSTED_PREFIXES)]
    if bad:
        raise UnsafeModelFile(f"{path} holds types outside scikit-learn/numpy/scipy: {sorted(set(bad))}")
    bundle: dict[str, Any] = sio.load(str(path), trusted=untrusted)
    side = model_dir / VOCABULARY_FILE
    if side.is_file():
        with gzip.open(side, "rt", encoding="utf-8") as fh:
            vocabularies: dict[str, list[str]] = json.load(fh)
        for key, vectorizer in _vectorizers(bundle):
            if key not in vocabularies:
                raise UnsafeModelFile(f"{side} has no vocabulary for {key!r} of {path}")
            vectorizer.vocabulary_ = {term: i for i, term in enumerate(vocabularies[key])}
    return bundle
