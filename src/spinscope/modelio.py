"""Linear model bundles on disk: JSON for the structure, safetensors for the arrays, no pickles.

A bundle is a dict of fitted scikit-learn objects (TF-IDF and hashing vectorizers, logistic regressions, one-vs-
rest wrappers, pipelines) and plain values. It is written as three files:

- ``model.json``: the structure, each scikit-learn object as its class name and its attributes;
- ``model.safetensors``: every numeric array, referred to by name from the JSON;
- ``vocabulary.json.gz``: the TF-IDF vocabularies, term lists in index order.

Reading builds only the classes in :data:`SAFE_CLASSES` and only from data (no constructor arguments are
evaluated, no code is run), so a model file cannot execute anything; anything else is refused with
:class:`UnsafeModelFile`. By default each is built as its numpy counterpart in :mod:`spinscope.linear`, which
answers the same and spares every start the import of scikit-learn (about a second); ``scikit_learn=True`` builds
scikit-learn's own classes. skops, which did the same job before, imports every estimator scikit-learn has to
list the trusted ones: 0.8 s of every start (docs/BENCHMARKS.md). Bundles written by skops (``model.skops``)
still load, through skops, with the same trust rule.
"""

from __future__ import annotations

import gzip
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import UnsafeModelFile

BUNDLE_FILE = "model.json"
ARRAYS_FILE = "model.safetensors"
LEGACY_FILE = "model.skops"
VOCABULARY_FILE = "vocabulary.json.gz"
FORMAT = "spinscope-linear-bundle-v1"
TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.")
#: The scikit-learn classes a bundle may hold (module path as written in model.json).
SAFE_CLASSES = frozenset({
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelBinarizer",
})
#: numpy types that appear as values (a vectorizer's ``dtype``) and numeric array types kept in safetensors.
SAFE_DTYPES = ("float32", "float64", "int32", "int64", "bool")




def _vectorizers(bundle: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """``(path, vectorizer)`` for every fitted vectorizer in the bundle, also inside pipelines and unions."""

    def walk(obj: Any, path: str) -> Iterator[tuple[str, Any]]:
        if hasattr(obj, "vocabulary_"):
            yield path, obj
        for name, child in getattr(obj, "steps", None) or getattr(obj, "transformer_list", None) or ():
            yield from walk(child, f"{path}/{name}")

    for key, value in bundle.items():
        yield from walk(value, key)



def bundle_files_exist(model_dir: Path) -> bool:
    """Whether ``model_dir`` holds a bundle (``model.json``, or a legacy ``model.skops``)."""
    return (model_dir / BUNDLE_FILE).is_file() or (model_dir / LEGACY_FILE).is_file()


def save_bundle(bundle: dict[str, Any], model_dir: Path) -> Path:
    """Write ``model.json``, ``model.safetensors`` and (when the bundle has vectorizers) ``vocabulary.json.gz``.

    The bundle is left as it was given. A vectorizer's ``stop_words_`` (every pruned term, kept by scikit-learn
    for introspection only) is dropped. A value of a type :func:`load_bundle` would refuse raises TypeError.
    """
    from safetensors.numpy import save_file

    model_dir.mkdir(parents=True, exist_ok=True)
    found = list(_vectorizers(bundle))
    vocabularies: dict[str, list[str]] = {}
    for path, vectorizer in found:
        vocabulary = vectorizer.vocabulary_
        vocabularies[path] = sorted(vocabulary, key=vocabulary.__getitem__)
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_
    kept = [vectorizer.vocabulary_ for _, vectorizer in found]
    arrays: dict[str, Any] = {}
    try:
        for _, vectorizer in found:
            vectorizer.vocabulary_ = {}
        structure = _encode(bundle, "", arrays)
    finally:
        for (_, vectorizer), vocabulary in zip(found, kept, strict=True):
            vectorizer.vocabulary_ = vocabulary
    (model_dir / BUNDLE_FILE).write_text(json.dumps({"format": FORMAT, "bundle": structure}, indent=1) + "\n",
                                         encoding="utf-8")
    save_file(arrays, str(model_dir / ARRAYS_FILE), metadata={"format": FORMAT})
    (model_dir / LEGACY_FILE).unlink(missing_ok=True)
    side = model_dir / VOCABULARY_FILE
    if vocabularies:
        text = json.dumps(vocabularies, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # mtime=0: the same model gives the same bytes, so a retrained model can be compared file by file
        side.write_bytes(gzip.compress(text, compresslevel=9, mtime=0))
    elif side.exists():
        side.unlink()
    return model_dir / BUNDLE_FILE


def load_bundle(model_dir: Path, *, scikit_learn: bool = False) -> dict[str, Any]:
    """Read a bundle written by :func:`save_bundle` (or, through skops, a ``model.skops`` of earlier versions).

    The fitted objects come back as their :mod:`spinscope.linear` counterparts, or with ``scikit_learn=True`` (and
    for options those do not implement) as scikit-learn's classes."""
    path = model_dir / BUNDLE_FILE
    if not path.is_file() and (model_dir / LEGACY_FILE).is_file():
        path = model_dir / LEGACY_FILE
        bundle = _load_skops(path)
    else:
        from safetensors.numpy import load_file

        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UnsafeModelFile(f"{path} is not a readable model file: {exc}") from exc
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise UnsafeModelFile(f"{path} is not a {FORMAT} file")
        arrays_path = model_dir / ARRAYS_FILE
        arrays = load_file(str(arrays_path)) if arrays_path.is_file() else {}
        bundle = _decode(document["bundle"], arrays, path, scikit_learn)
        if not isinstance(bundle, dict):
            raise UnsafeModelFile(f"{path} does not hold a bundle (a mapping of names to models)")
    side = model_dir / VOCABULARY_FILE
    if side.is_file():
        with gzip.open(side, "rt", encoding="utf-8") as fh:
            vocabularies: dict[str, list[str]] = json.load(fh)
        for key, vectorizer in _vectorizers(bundle):
            if key not in vocabularies:
                raise UnsafeModelFile(f"{side} has no vocabulary for {key!r} of {path}")
            vectorizer.vocabulary_ = {term: i for i, term in enumerate(vocabularies[key])}
    return bundle


def _load_skops(path: Path) -> dict[str, Any]:
    import skops.io as sio

    untrusted = sio.get_untrusted_types(file=str(path))
    bad = [t for t in untrusted if not t.startswith(TRUSTED_PREFIXES)]
    if bad:
        raise UnsafeModelFile(f"{path} holds types outside scikit-learn/numpy/scipy: {sorted(set(bad))}")
    bundle: dict[str, Any] = sio.load(str(path), trusted=untrusted)
    return bundle


def _class_name(value: Any) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}"


def _encode(value: Any, path: str, arrays: dict[str, Any]) -> Any:
    """The JSON form of ``value``; numeric arrays go into ``arrays`` under their path in the bundle."""
    import numpy as np

    if value is None or isinstance(value, bool | str) or (isinstance(value, int | float)
                                                           and not isinstance(value, np.generic)):
        return value
    if isinstance(value, np.generic) and value.dtype.name in SAFE_DTYPES:
        return {"$scalar": value.dtype.name, "value": value.item()}
    if isinstance(value, np.ndarray):
        if value.dtype.name in SAFE_DTYPES:
            arrays[path] = np.ascontiguousarray(value)
            return {"$array": path}
        if value.dtype.kind == "U":
            return {"$strings": value.tolist(), "dtype": value.dtype.str}
    if isinstance(value, type) and value.__module__ == "numpy" and np.dtype(value).name in SAFE_DTYPES:
        return {"$dtype": np.dtype(value).name}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v, f"{path}.{i}", arrays) for i, v in enumerate(value)]}
    if isinstance(value, list):
        return [_encode(v, f"{path}.{i}", arrays) for i, v in enumerate(value)]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {"$dict": {k: _encode(v, f"{path}.{k}" if path else k, arrays) for k, v in value.items()}}
    if _class_name(value) in SAFE_CLASSES:
        return {"$object": _class_name(value), "state": _encode(vars(value), path, arrays)["$dict"]}
    where = path or "the bundle"
    raise TypeError(f"cannot store {type(value).__module__}.{type(value).__qualname__} at {where}: "
                    f"a bundle holds {', '.join(sorted(SAFE_CLASSES))}, numpy arrays and plain values only")


def _decode(node: Any, arrays: dict[str, Any], source: Path, scikit_learn: bool) -> Any:
    """The value a JSON node of ``_encode`` stands for; anything not written by it is refused."""
    import numpy as np

    if node is None or isinstance(node, bool | int | float | str):
        return node
    if isinstance(node, list):
        return [_decode(v, arrays, source, scikit_learn) for v in node]
    if not isinstance(node, dict) or len(node) == 0:
        raise UnsafeModelFile(f"{source}: unexpected value {str(node)[:80]!r}")
    if "$array" in node:
        if node["$array"] not in arrays:
            raise UnsafeModelFile(f"{source}: array {node['$array']!r} is missing from {ARRAYS_FILE}")
        return arrays[node["$array"]]
    try:
        if "$scalar" in node and node["$scalar"] in SAFE_DTYPES:
            return np.dtype(node["$scalar"]).type(node["value"])
        if "$strings" in node and np.dtype(node["dtype"]).kind == "U":
            return np.array(node["$strings"], dtype=node["dtype"])
        if "$dtype" in node and node["$dtype"] in SAFE_DTYPES:
            return np.dtype(node["$dtype"]).type
        if "$tuple" in node:
            return tuple(_decode(v, arrays, source, scikit_learn) for v in node["$tuple"])
        if "$dict" in node:
            return {str(k): _decode(v, arrays, source, scikit_learn) for k, v in node["$dict"].items()}
        if "$object" in node:
            name = node["$object"]
            if name not in SAFE_CLASSES:
                raise UnsafeModelFile(f"{source} holds a {name}, which is not one of the classes a bundle may "
                                      f"hold ({', '.join(sorted(SAFE_CLASSES))})")
            state = {str(k): _decode(v, arrays, source, scikit_learn) for k, v in node["state"].items()}
            if not scikit_learn:
                from . import linear

                if linear.supported(name, state):
                    return linear.build(name, state)
            module, _, cls_name = name.rpartition(".")
            cls = getattr(importlib.import_module(module), cls_name)
            obj = cls.__new__(cls)
            obj.__dict__.update(state)
            return obj
    except (KeyError, TypeError, ValueError, AttributeError, ImportError) as exc:
        raise UnsafeModelFile(f"{source}: unreadable value {str(node)[:80]!r}: {exc}") from exc
    raise UnsafeModelFile(f"{source}: unexpected value {str(node)[:80]!r}")
