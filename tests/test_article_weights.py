"""Article weights in genre and frames training: the late batch of SemEval-2023 English (ids 810-899 million,
the period of the PTC test articles) can weigh more than the rest, and a weighted model saves and loads as the
unweighted one does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

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


@pytest.mark.slow
def test_refit_all_fits_the_chosen_recipe_on_train_and_validation(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`spinscope train genre --refit-all`: the recipe is chosen and scored on the train-only fit, then the same
    recipe is refitted on train + validation (late-batch validation rows weighted as in train) and shipped."""
    import json

    from spinscope.cli.train import write_model_card
    from spinscope.components.persuasion import GenreClassifier

    from .test_genre import _fake_semeval
    from .test_persuasion import make_doc

    _fake_semeval(tmp_path / "data")
    monkeypatch.setattr(articles, "STYLE_WEIGHTS", (1.0,))
    monkeypatch.setattr(articles, "LATE_BATCH_IDS", (10_000, 11_000))  # toy English opinion ids are the "late batch"
    fits: list[Rows] = []
    real_fit = articles._fit

    def recording_fit(task: str, rows: Rows, **kw: Any) -> dict[str, Any]:
        fits.append(rows)
        return real_fit(task, rows, **kw)

    monkeypatch.setattr(articles, "_fit", recording_fit)
    configs: dict[bool, dict[str, Any]] = {}
    for refit in (False, True):
        fits.clear()
        configs[refit] = articles.run("genre", tmp_path / "data", tmp_path / f"genre{refit}", embeddings=False,
                                      refit_all=refit, progress=lambda _: None)
        # without refit, the shipped fit comes just before the leave-one-language-out fits (one per held-out
        # language); with it, the refit is the last fit
        lolo = len(configs[refit]["validation"]["leave_one_language_out"])
        configs[refit]["last_fit"] = fits[-1] if refit else fits[-1 - lolo]
        configs[refit]["fits"] = len(fits)
    plain, refitted = configs[False], configs[True]
    n_train, n_val = plain["training"]["train_articles"], plain["training"]["validation_articles"]
    assert n_val > 0 and "refit_all" not in plain["training"]
    # one more fit, on every English article (+ the 18 French style-only rows), late validation rows weighted too
    assert refitted["fits"] == plain["fits"] + 1
    assert len(plain["last_fit"]) == n_train + 18 and len(refitted["last_fit"]) == n_train + n_val + 18
    english = refitted["last_fit"].weights()[: n_train + n_val]
    assert sorted(set(english.tolist())) == [1.0, 5.0] and (english == 5.0).sum() == 15  # all 15 toy opinion pieces
    # the recipe and the train-only validation figures are the ones chosen without refitting
    for key in ("C", "temperature", "style_weight", "style_mean", "style_std", "features", "cv_on_train"):
        assert refitted[key] == plain[key]
    assert refitted["validation"] == plain["validation"]
    record = refitted["training"]["refit_all"]
    assert record["articles"] == n_train + n_val and record["validation_articles_in_sample"] == n_val
    assert record["late_batch_articles"] == 15 and sum(record["validation_predicted_in_sample"].values()) == n_val
    assert refitted["model_id"].startswith("linear-tfidf+style+all@")
    saved = json.loads((tmp_path / "genreTrue" / "config.json").read_text(encoding="utf-8"))
    assert saved["training"]["refit_all"] == record
    # the shipped files are the refitted model (a different fit), and it loads and classifies
    assert (tmp_path / "genreTrue" / "model.safetensors").read_bytes() != \
        (tmp_path / "genreFalse" / "model.safetensors").read_bytes()
    doc = GenreClassifier(model_dir=str(tmp_path / "genreTrue"))(
        make_doc("Headline\n\nThe ministry said on Monday that 30 roads would close, according to police.\n"))
    assert doc.genre is not None and doc.genre.label == "reporting"
    write_model_card("genre", tmp_path / "genreTrue", saved, "spinscope train genre --no-embeddings --refit-all", "abc")
    card = (tmp_path / "genreTrue" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"Refitted on all {n_train + n_val} English articles" in card and "in-sample" in card
    write_model_card("genre", tmp_path / "genreFalse", plain, "spinscope train genre --no-embeddings", "abc")
    assert "Refitted" not in (tmp_path / "genreFalse" / "MODEL_CARD.md").read_text(encoding="utf-8")
