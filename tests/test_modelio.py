"""Model bundles: skops for estimators, a JSON side file for vocabularies; refused types stay refused."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from spinscope.modelio import VOCABULARY_FILE, UnsafeModelFile, load_bundle, save_bundle

TEXTS = ["the regime is dying", "officials said the talks went well", "the dying regime threatens its neighbour",
         "ministers met on Monday and said little"]


def _bundle() -> dict:
    vectorizer = TfidfVectorizer(ngram_range=(1, 2)).fit(TEXTS)
    classifier = LogisticRegression().fit(vectorizer.transform(TEXTS), [1, 0, 1, 0])
    return {"vectorizer": vectorizer, "classifier": classifier, "inner": make_pipeline(TfidfVectorizer()).fit(TEXTS),
            "labels": ["a", "b"]}


def test_modelio_round_trip_same_predictions(tmp_path: Path) -> None:
    bundle = _bundle()
    expected = bundle["classifier"].predict_proba(bundle["vectorizer"].transform(TEXTS))
    save_bundle(bundle, tmp_path)
    assert bundle["vectorizer"].vocabulary_, "the caller's bundle must stay usable"
    loaded = load_bundle(tmp_path)
    got = loaded["classifier"].predict_proba(loaded["vectorizer"].transform(TEXTS))
    assert np.allclose(got, expected)
    assert loaded["inner"].transform(TEXTS).shape == bundle["inner"].transform(TEXTS).shape
    assert loaded["labels"] == ["a", "b"]
    with gzip.open(tmp_path / VOCABULARY_FILE, "rt", encoding="utf-8") as fh:
        side = json.load(fh)
    assert set(side) == {"vectorizer", "inner/tfidfvectorizer"}
    # the skops file itself no longer carries the terms
    with zipfile.ZipFile(tmp_path / "model.skops") as zf:
        assert not any(b"threatens" in zf.read(name) for name in zf.namelist())


def test_modelio_reads_plain_skops_dump(tmp_path: Path) -> None:
    import skops.io as sio

    bundle = _bundle()
    sio.dump(bundle, str(tmp_path / "model.skops"))
    loaded = load_bundle(tmp_path)
    assert loaded["vectorizer"].vocabulary_ == bundle["vectorizer"].vocabulary_


def test_modelio_refuses_foreign_types(tmp_path: Path) -> None:
    import skops.io as sio

    sio.dump({"classifier": LogisticRegression(), "odd": Path("x")}, str(tmp_path / "model.skops"))
    with pytest.raises(UnsafeModelFile, match="outside scikit-learn"):
        load_bundle(tmp_path)


def test_modelio_missing_vocabulary_named(tmp_path: Path) -> None:
    save_bundle(_bundle(), tmp_path)
    with gzip.open(tmp_path / VOCABULARY_FILE, "wt", encoding="utf-8") as fh:
        json.dump({"vectorizer": []}, fh)
    with pytest.raises(UnsafeModelFile, match="inner/tfidfvectorizer"):
        load_bundle(tmp_path)
