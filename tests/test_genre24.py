"""Genre round 24: class offsets by a smooth criterion on a fine grid, temperature across time blocks
(docs/EVALUATION.md, "Genre, round 24")."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.components.persuasion_models import shift_genre
from spinscope.training.articles import Rows


def test_genre_time_blocks_follow_the_english_id_ranges() -> None:
    from spinscope.training.articles import genre_time_block

    assert [genre_time_block(i) for i in ("690000001", "711111111", "111111113")] == [0, 0, 0]
    assert [genre_time_block(i) for i in ("720000000", "739999999")] == [1, 1]
    assert [genre_time_block(i) for i in ("740000000", "769999999", "770000000", "799999999")] == [2, 2, 3, 3]
    # the late batch (March 2019) and every later id: the last block
    assert [genre_time_block(i) for i in ("813452859", "832908730", "999000894")] == [4, 4, 4]
    assert genre_time_block("not-a-number") == 0 and genre_time_block("") == 0


def _rows(n: int, rng: np.random.Generator, noise: float = 1.2) -> Rows:
    y = np.arange(n) % 3
    style = (np.eye(3)[y] + rng.normal(0, noise, (n, 3))).astype(np.float32)
    return Rows([""] * n, np.zeros((n, 1), dtype=np.float32), style, y)


def test_time_block_temperature_predicts_each_block_from_the_others_only() -> None:
    from spinscope.training.articles import _best_temperature, _fit, _predict_proba, _time_block_temperature

    rng = np.random.default_rng(5)
    rows, extra = _rows(60, rng), _rows(30, rng)
    blocks = np.repeat([0, 3], 30)
    found = _time_block_temperature(rows, blocks, extra, tfidf=False, c=1.0, style_weight=1.0)
    assert found is not None
    temperature, oof = found
    first = _fit("genre", rows.take(np.arange(30, 60)) + extra, tfidf=False, dense_weight=0.0, c=1.0, style_weight=1.0)
    assert np.allclose(oof[:30], _predict_proba("genre", first, rows.take(np.arange(30)), 0.0, 1.0))
    assert temperature == _best_temperature(oof, rows.y)
    # one block: nothing to hold out, the command keeps the random folds' temperature
    assert _time_block_temperature(rows, np.zeros(60, dtype=int), extra, tfidf=False, c=1.0, style_weight=1.0) is None


def test_offset_losses_are_the_balanced_log_loss_after_the_shift_of_run_time() -> None:
    from spinscope.training.articles import GENRE_OFFSET_GRID, _offset_losses

    rng = np.random.default_rng(2)
    probs = rng.dirichlet([1, 1, 1], 40)
    y = np.arange(40) % 3
    language = np.array(["en"] * 25 + ["fr"] * 15)
    losses = _offset_losses(probs, language, y, 1.3)
    assert losses.shape == (len(GENRE_OFFSET_GRID),)
    for offsets in ((0.0, 0.0), (0.05, 0.35), (1.0, -0.5)):
        shifted = shift_genre(probs, [0.0, *offsets], temperature=1.3)
        per = []
        for name in ("en", "fr"):
            m = language == name
            w = 1.0 / np.bincount(y[m], minlength=3)[y[m]]
            per.append(-(w * np.log(shifted[m][np.arange(m.sum()), y[m]])).sum() / w.sum())
        assert losses[GENRE_OFFSET_GRID.index(offsets)] == pytest.approx(np.mean(per), abs=1e-9)


def test_offsets_grid_is_fine_and_an_under_called_genre_gets_a_positive_offset() -> None:
    """A model that gives satire too little probability where satire is right: the smooth criterion raises the
    satire prior most, by a step the old 0.25 grid did not have."""
    from spinscope.training.articles import GENRE_OFFSET_GRID, _offset_losses

    assert (0.05, 0.35) in GENRE_OFFSET_GRID and len(GENRE_OFFSET_GRID) == 21 * 21
    y = np.repeat([0, 1, 2], 30)
    probs = np.where(np.eye(3)[y] == 1, 0.6, 0.2)
    probs[y == 2] = [0.35, 0.2, 0.45]  # satire right, but less sure than the others
    best = GENRE_OFFSET_GRID[int(np.argmin(_offset_losses(probs, np.array(["en"] * 90), y, 1.0)))]
    assert best[1] > best[0] >= 0 and best[1] % 0.25 != 0


def test_six_language_offsets_are_chosen_by_the_log_loss_and_report_it() -> None:
    from spinscope.training.articles import GENRE_OFFSET_GRID, _six_language_offsets

    rng = np.random.default_rng(1)
    english, french = _rows(45, rng), _rows(45, rng)
    offsets, report = _six_language_offsets(english, {"fr": french}, tfidf=False, c=1.0, style_weight=1.0,
                                            temperature=1.0, seeds=(3, 4))
    assert offsets[0] == 0.0 and tuple(offsets[1:]) in GENRE_OFFSET_GRID
    assert "log-loss" in report["selected_by"]
    assert report["log_loss_after"] <= report["log_loss_before"]
    assert set(report["before"]) == set(report["after"]) == {"en", "fr"}


def test_shipped_genre_rule_records_how_it_was_chosen() -> None:
    """The shipped model's decision rule is round 24's: the temperature chosen across the English time blocks, the
    offsets by the log-loss on the 0.05 grid (config.json says so, and the model card reads it)."""
    import json
    from pathlib import Path

    import spinscope
    from spinscope.training.articles import GENRE_OFFSET_GRID

    config = json.loads((Path(spinscope.__file__).parent / "resources" / "models" / "genre" / "config.json")
                        .read_text(encoding="utf-8"))
    assert config["temperature_choice"]["selected_by"] == "time_blocks"
    assert config["temperature"] == config["temperature_choice"]["time_blocks"]
    chosen = config["validation"]["class_offsets_six_languages"]
    assert "log-loss" in chosen["selected_by"] and chosen["log_loss_after"] <= chosen["log_loss_before"]
    assert config["class_offsets"][0] == 0.0 and tuple(config["class_offsets"][1:]) in GENRE_OFFSET_GRID
