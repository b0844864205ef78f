"""The foreign rows of frames training (spinscope.training.frames_foreign and the per-frame model of articles.py).

Sentences are written for these tests; no data from ../shared."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from spinscope.modelio import load_bundle, save_bundle
from spinscope.training.articles import FRAMES, Rows, _fit_frames_per_frame, _predict_proba, foreign_frame_choice
from spinscope.training.data import Article
from spinscope.training.frames_foreign import apply_map, choose_alpha, fit_map, map_paragraphs

TEXTS = [
    "Town council votes on the new bridge\n\nThe council met on Tuesday evening to decide the budget.\n\n"
    "Residents asked whether the old ferry would keep running through the winter months.\n\n"
    "The mayor said the vote would take place after the summer holidays were over.",
    "Storm closes schools across the valley\n\nHeavy rain flooded three roads before dawn on Monday.\n\n"
    "Teachers were told to stay at home until the water level had fallen again.\n\n"
    "Parents collected children from the bus stops where drivers had left them waiting.",
]


def test_map_paragraphs_do_not_depend_on_article_order() -> None:
    articles = [Article(id=str(100 + i), text=t) for i, t in enumerate(TEXTS)]
    forward = {(articles[i].id, s, e) for i, s, e in map_paragraphs(articles)}
    backward = {(articles[::-1][i].id, s, e) for i, s, e in map_paragraphs(articles[::-1])}
    assert forward == backward
    # each article's title and first paragraph are always in the map's sample
    for a in articles:
        assert (a.id, 0, a.text.index("\n")) in forward


def test_ridge_map_recovers_a_linear_map_and_alpha_is_chosen_by_held_out_cosine() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 8))
    a = rng.normal(size=(8, 5))
    t = x @ a + 2.0
    mapped = apply_map(fit_map(x, t, 1e-6), x[:3])
    assert np.allclose(mapped, t[:3], atol=1e-3)
    alpha, cosine = choose_alpha(x, t, np.arange(300) % 30)
    assert cosine[str(alpha)] == max(cosine.values()) > 0.99


def test_per_frame_choice_keeps_english_on_ties() -> None:
    y = np.array([[1, 0], [0, 1], [1, 1], [0, 0]])
    english = np.array([[0.9, 0.5], [0.1, 0.4], [0.8, 0.3], [0.2, 0.1]])  # frame 0 perfect, frame 1 not
    foreign = np.array([[0.9, 0.1], [0.1, 0.9], [0.8, 0.8], [0.2, 0.1]])  # frame 0 equal, frame 1 perfect
    assert foreign_frame_choice(english, foreign, y) == [False, True]


def test_per_frame_model_takes_each_frame_from_the_chosen_training(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    k = len(FRAMES)
    x = rng.normal(size=(60, 6)).astype(np.float32)
    y = (rng.random((60, k)) < 0.4).astype(int)
    y[0], y[1] = 1, 0  # every frame has both classes
    fx = rng.normal(size=(40, 6)).astype(np.float32)
    fy = (rng.random((40, k)) < 0.4).astype(int)
    fy[0], fy[1] = 1, 0
    english = Rows([""] * 60, x, None, y)
    foreign = Rows([""] * 40, fx, None, fy, np.full(40, 0.5))
    choice = [i % 2 == 0 for i in range(k)]
    mixed = _fit_frames_per_frame(english, foreign, choice, 10.0)
    alone = _fit_frames_per_frame(english, foreign, [False] * k, 10.0)
    both = _fit_frames_per_frame(english, foreign, [True] * k, 10.0)
    probs = _predict_proba("frames", mixed, english, 1.0)
    assert probs.shape == (60, k)
    for i, use in enumerate(choice):
        expect = both if use else alone
        assert np.allclose(probs[:, i], _predict_proba("frames", expect, english, 1.0)[:, i])
    # the foreign rows change the frames trained with them
    assert not np.allclose(_predict_proba("frames", both, english, 1.0), _predict_proba("frames", alone, english, 1.0))
    # the runtime reads it back from its safe files unchanged
    save_bundle(mixed, tmp_path / "frames")
    loaded = {"vectorizer": None, **load_bundle(tmp_path / "frames")}
    assert np.allclose(_predict_proba("frames", loaded, english, 1.0), probs)
