"""Article weights in genre and frames training: the late batch of SemEval-2023 English (ids 810-899 million,
the period of the PTC test articles) can weigh more than the rest, and a weighted model saves and loads as the
unweighted one does."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from spinscope.training import articles
from spinscope.training.articles import Rows, _balanced_sample_weights, _fit, _predict_proba, late_batch

OPINION = "I think we must act now, and you should agree with me"
REPORT = "The ministry said on Monday that 12 schools would close"


def test_late_batch_is_the_id_range_of_march_2019() -> None:
    assert late_batch("832908730") and late_batch("814777937")
    assert not late_batch("730093263") and not late_batch("999001970") and not late_batch("111111111")
    assert not late_batch("article832908730")


def test_balanced_sample_weights_give_each_class_the_same_total() -> None:
    y = np.array([0, 0, 0, 1, 1, 2])
    w = _balanced_sample_weights(y, np.array([1.0, 1.0, 5.0, 1.0, 1.0, 1.0]))
    totals = [w[y == k].sum() for k in range(3)]
    assert np.allclose(totals, totals[0])
    assert w[2] == 5 * w[0]  # the weighted row keeps its ratio inside its class


def _rows(texts: list[str], y: np.ndarray, weight: np.ndarray | None) -> Rows:
    return Rows(texts, np.zeros((len(texts), 1), dtype=np.float32), None, y, weight)


def test_weighted_frames_model_follows_the_heavy_rows_and_round_trips(tmp_path: Path) -> None:
    from spinscope.modelio import load_bundle, save_bundle

    # Eight articles; two "late" ones say the ministry report carries frame 1, the six others that it does not.
    texts = [f"{REPORT} item {k}" for k in range(4)] + [f"{OPINION} item {k}" for k in range(4)]
    y = np.array([[1, 0], [1, 0], [1, 1], [1, 1], [0, 1], [0, 1], [0, 0], [0, 0]])
    heavy = np.array([1, 1, 10, 10, 1, 1, 1, 1], dtype=float)
    probe = _rows([f"{REPORT} again"], np.zeros((1, 2), dtype=int), None)
    plain = _predict_proba("frames", _fit("frames", _rows(texts, y, None), tfidf=True, dense_weight=0, c=10),
                           probe, 0)
    bundle = _fit("frames", _rows(texts, y, heavy), tfidf=True, dense_weight=0, c=10)
    weighted = _predict_proba("frames", bundle, probe, 0)
    assert weighted[0, 1] > plain[0, 1] + 0.05  # the heavy rows pull frame 1 onto the report
    save_bundle(bundle, tmp_path / "frames")
    loaded = {"vectorizer": None, **load_bundle(tmp_path / "frames")}
    assert np.allclose(_predict_proba("frames", loaded, probe, 0), weighted)


def test_weighted_genre_model_is_balanced_on_weighted_counts() -> None:
    texts = [f"{OPINION} {k}" for k in range(6)] + [f"{REPORT} {k}" for k in range(2)]
    y = np.array([0] * 6 + [1] * 2)
    bundle = _fit("genre", _rows(texts, y, np.array([1.0] * 6 + [3.0] * 2)), tfidf=True, dense_weight=0, c=1)
    probs = _predict_proba("genre", bundle, _rows([REPORT, OPINION], np.array([1, 0]), None), 0)
    assert probs.shape == (2, 3) and probs[0].argmax() == 1 and probs[1].argmax() == 0


def test_late_weights_are_declared_per_task() -> None:
    assert set(articles.LATE_WEIGHT) == {"genre", "frames"}
    assert all(w >= 1 for w in articles.LATE_WEIGHT.values())


def test_model_card_says_when_the_late_batch_weighs_more(tmp_path: Path) -> None:
    import json

    from spinscope.cli.train import write_model_card
    from spinscope.components.persuasion_models import MODELS_DIR

    config = json.loads((MODELS_DIR / "genre" / "config.json").read_text(encoding="utf-8"))
    for weight, said in ((5.0, True), (1.0, False)):
        config["training"]["late_batch"] = {"ids": [810_000_000, 900_000_000], "weight": weight, "train_articles": 12}
        write_model_card("genre", tmp_path, config, "spinscope train genre --no-embeddings", "abc1234")
        card = (tmp_path / "MODEL_CARD.md").read_text(encoding="utf-8")
        assert ("weigh 5.0 times" in card) is said
        assert "The 12 train articles of the latest batch (ids 810,000,000 to 899,999,999" in card or not said
