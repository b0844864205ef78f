"""Model bundles: JSON + safetensors (no pickles, no skops), vocabularies beside; refused types stay refused."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import make_pipeline

from spinscope.modelio import (
    ARRAYS_FILE,
    BUNDLE_FILE,
    LEGACY_FILE,
    VOCABULARY_FILE,
    UnsafeModelFile,
    load_bundle,
    save_bundle,
)

TEXTS = ["the regime is dying", "officials said the talks went well", "the dying regime threatens its neighbour",
         "ministers met on Monday and said little"]


def _bundle() -> dict:
    vectorizer = TfidfVectorizer(ngram_range=(1, 2)).fit(TEXTS)
    classifier = LogisticRegression().fit(vectorizer.transform(TEXTS), [1, 0, 1, 0])
    hashed = make_pipeline(HashingVectorizer(n_features=2**10, alternate_sign=False), TfidfTransformer()).fit(TEXTS)
    multilabel = OneVsRestClassifier(LogisticRegression()).fit(vectorizer.transform(TEXTS),
                                                               [[1, 0], [0, 1], [1, 1], [0, 0]])
    return {"vectorizer": vectorizer, "classifier": classifier, "inner": make_pipeline(TfidfVectorizer()).fit(TEXTS),
            "hashed": hashed, "multilabel": multilabel, "labels": ["a", "b"], "threshold": np.float32(0.25),
            "weight": 0.5, "classes": np.array(["opinion", "satire"])}


def test_modelio_round_trip_same_predictions(tmp_path: Path) -> None:
    bundle = _bundle()
    expected = bundle["classifier"].predict_proba(bundle["vectorizer"].transform(TEXTS))
    save_bundle(bundle, tmp_path)
    assert bundle["vectorizer"].vocabulary_, "the caller's bundle must stay usable"
    loaded = load_bundle(tmp_path)
    got = loaded["classifier"].predict_proba(loaded["vectorizer"].transform(TEXTS))
    assert np.allclose(got, expected)
    assert (loaded["inner"].transform(TEXTS) != bundle["inner"].transform(TEXTS)).nnz == 0
    assert (loaded["hashed"].transform(TEXTS) != bundle["hashed"].transform(TEXTS)).nnz == 0
    x = bundle["vectorizer"].transform(TEXTS)
    assert np.array_equal(loaded["multilabel"].predict_proba(x), bundle["multilabel"].predict_proba(x))
    assert loaded["labels"] == ["a", "b"] and loaded["weight"] == 0.5
    assert loaded["threshold"] == np.float32(0.25) and loaded["threshold"].dtype == np.float32
    assert loaded["classes"].tolist() == ["opinion", "satire"]
    assert loaded["vectorizer"].dtype is bundle["vectorizer"].dtype
    with gzip.open(tmp_path / VOCABULARY_FILE, "rt", encoding="utf-8") as fh:
        side = json.load(fh)
    assert set(side) == {"vectorizer", "inner/tfidfvectorizer"}
    # the structure file carries no terms and no numbers of the arrays; nothing is pickled
    assert "threatens" not in (tmp_path / BUNDLE_FILE).read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [BUNDLE_FILE, ARRAYS_FILE, VOCABULARY_FILE]


def test_modelio_reads_plain_skops_dump(tmp_path: Path) -> None:
    import skops.io as sio

    bundle = _bundle()
    sio.dump(bundle, str(tmp_path / LEGACY_FILE))
    loaded = load_bundle(tmp_path)
    assert loaded["vectorizer"].vocabulary_ == bundle["vectorizer"].vocabulary_


def test_modelio_refuses_foreign_types(tmp_path: Path) -> None:
    import skops.io as sio

    sio.dump({"classifier": LogisticRegression(), "odd": Path("x")}, str(tmp_path / LEGACY_FILE))
    with pytest.raises(UnsafeModelFile, match="outside scikit-learn"):
        load_bundle(tmp_path)


def test_modelio_will_not_write_what_it_would_not_read(tmp_path: Path) -> None:
    from sklearn.ensemble import RandomForestClassifier

    with pytest.raises(TypeError, match=r"cannot store pathlib\..*Path at odd"):
        save_bundle({"odd": Path("x")}, tmp_path)
    with pytest.raises(TypeError, match="RandomForestClassifier at forest"):
        save_bundle({"forest": RandomForestClassifier()}, tmp_path)


@pytest.mark.parametrize("edit, message", [
    (lambda doc: doc["bundle"]["$dict"]["classifier"].update({"$object": "subprocess.Popen"}), "subprocess.Popen"),
    (lambda doc: doc["bundle"]["$dict"].update({"x": {"$dtype": "object"}}), "unexpected value"),
    (lambda doc: doc["bundle"]["$dict"].update({"x": {"$array": "nowhere"}}), "'nowhere' is missing"),
    (lambda doc: doc.update({"format": "pickle"}), "is not a spinscope-linear-bundle-v1 file"),
])
def test_modelio_refuses_edited_structure(tmp_path: Path, edit, message: str) -> None:
    save_bundle(_bundle(), tmp_path)
    path = tmp_path / BUNDLE_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    edit(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(UnsafeModelFile, match=message):
        load_bundle(tmp_path)


def test_modelio_missing_vocabulary_named(tmp_path: Path) -> None:
    save_bundle(_bundle(), tmp_path)
    with gzip.open(tmp_path / VOCABULARY_FILE, "wt", encoding="utf-8") as fh:
        json.dump({"vectorizer": []}, fh)
    with pytest.raises(UnsafeModelFile, match="inner/tfidfvectorizer"):
        load_bundle(tmp_path)


def test_modelio_same_model_same_bytes(tmp_path: Path) -> None:
    """Saving one model twice writes identical files, so a retrained model can be compared file by file."""
    import time

    bundle = _bundle()
    save_bundle(bundle, tmp_path / "a")
    time.sleep(1.1)  # a gzip header would carry the time of writing
    save_bundle(bundle, tmp_path / "b")
    for name in (BUNDLE_FILE, ARRAYS_FILE, VOCABULARY_FILE):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
