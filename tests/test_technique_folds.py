"""The fold tools of the technique tagger's nested estimates (spinscope.training.techniques; docs/EVALUATION.md,
"Techniques on every article, round 29")."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from spinscope.components.persuasion_models import ParagraphScores
from spinscope.training import techniques


def test_folds_are_drawn_from_the_id_and_cover_every_fold() -> None:
    ids = [str(700_000_000 + 17 * i) for i in range(500)]
    folds = [techniques.fold_of(i) for i in ids]
    assert folds == [techniques.fold_of(i) for i in ids]
    counts = Counter(folds)
    assert sorted(counts) == list(range(techniques.REFIT_FOLDS))
    assert min(counts.values()) > 60  # about 100 each


def test_saved_scores_load_back_within_a_255th(tmp_path) -> None:
    rng = np.random.default_rng(3)
    scores = {"111": [ParagraphScores(0, 40, np.array([[0, 5], [6, 12]]), rng.random((2, 23)), rng.random(23)),
                      ParagraphScores(41, 90, np.array([[41, 50]]), rng.random((1, 23)), rng.random(23))],
              "222": [ParagraphScores(0, 10, np.zeros((0, 2)), np.zeros((0, 23)), rng.random(23))]}
    techniques.save_scores(scores, tmp_path / "oof.npz")
    back = techniques.load_scores(tmp_path / "oof.npz")
    assert sorted(back) == ["111", "222"]
    for aid, paragraphs in scores.items():
        assert len(back[aid]) == len(paragraphs)
        for old, new in zip(paragraphs, back[aid], strict=True):
            assert (new.start, new.end) == (old.start, old.end)
            assert np.array_equal(new.words, old.words)
            assert np.abs(new.word_probs - old.word_probs).max(initial=0.0) <= 0.5 / 255 + 1e-9
            assert np.abs(new.head_probs - old.head_probs).max() <= 0.5 / 255 + 1e-9


def test_an_unknown_part_is_refused_by_name(tmp_path) -> None:
    with pytest.raises(ValueError, match="unknown part 'half-2'"):
        techniques.train_part(tmp_path, "half-2")
    with pytest.raises(ValueError, match="unknown part 'fold-5'"):
        techniques.train_part(tmp_path, "fold-5")
