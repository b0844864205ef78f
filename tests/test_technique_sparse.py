"""One-word spans on sparse articles (straight news) need more evidence (docs/EVALUATION.md, "Techniques, round 19").

The texts are written for these tests; the tagger's scores are set by hand, so each test knows what the tagger
"saw" and only the rule decides."""

from __future__ import annotations

import re

import numpy as np
import pytest

from spinscope.cli.train import _document
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.persuasion_models import (
    MODELS_DIR,
    ONE_WORD_MARGIN,
    SPARSE_ONE_WORD,
    ParagraphScores,
    sparse_extra,
    word_density,
)
from spinscope.training.data import TECHNIQUES

needs_models = pytest.mark.skipif(not (MODELS_DIR / "techniques" / "model.safetensors").is_file(),
                                  reason="technique model files not installed")

NEWS = ("Rescue crews reached the flooded valley on Monday after two days of rain.\n"
        "Officials said the weapons depot near the river stayed dry and the bridge reopened at noon.\n"
        "The treacherous cowards who run the council hid from the voters again.\n")


def _words(line: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in re.finditer(r"\w+|[^\w\s]", line)]


def _scores(text: str, hot: dict[str, tuple[str, float]], background: float = 0.0,
            lines: list[str] | None = None) -> list[ParagraphScores]:
    """ParagraphScores over ``lines`` of ``text`` (its lines by default): ``hot[word] = (technique, probability)``;
    every other word scores ``background`` for Loaded_Language (what makes an article dense)."""
    out, offset = [], 0
    for line in lines if lines is not None else text.split("\n"):
        if line.strip():
            words = _words(line, offset)
            probs = np.zeros((len(words), len(TECHNIQUES)), dtype=np.float32)
            probs[:, TECHNIQUES.index("Loaded_Language")] = background
            for i, (s, e) in enumerate(words):
                if text[s:e] in hot:
                    label, p = hot[text[s:e]]
                    probs[i, TECHNIQUES.index(label)] = p
            out.append(ParagraphScores(offset, offset + len(line), words, probs, probs.max(axis=0)))
        offset += len(line) + 1
    return out


def test_word_density_is_the_mean_best_word_probability_whatever_the_paragraphs() -> None:
    text = "Calm words here now.\nMore calm words."
    hot = {"Calm": ("Loaded_Language", 0.8), "words": ("Doubt", 0.4)}
    # 9 tokens (the two full stops count): "Calm" 0.8 and "words" twice 0.4, over 9
    assert word_density(_scores(text, hot)) == pytest.approx(1.6 / 9)
    # the same scores cut as one paragraph give the same density
    one = _scores(text.replace("\n", " "), hot, lines=[text.replace("\n", " ")])
    assert word_density(one) == pytest.approx(1.6 / 9)
    assert word_density([]) == 0.0
    assert word_density([ParagraphScores(0, 1, np.zeros((0, 2)), np.zeros((0, 23)), np.zeros(23))]) == 0.0


def test_sparse_extra_applies_below_the_density_only() -> None:
    assert sparse_extra(0.1, (0.22, 0.2)) == 0.2
    assert sparse_extra(0.22, (0.22, 0.2)) == 0.0
    assert sparse_extra(0.4, (0.22, 0.2)) == 0.0
    assert sparse_extra(0.1, None) == 0.0
    # the shipped setting: sparse under 0.22, one-word spans need 0.2 more there
    assert SPARSE_ONE_WORD == (0.22, 0.2)


def _run(component: TechniqueSpans, text: str, scores: list[ParagraphScores]) -> list[str]:
    """The component's model spans on ``text`` with the tagger's forward pass replaced by ``scores``."""
    assert component.tagger is not None
    component.tagger.score = lambda joined, paragraphs: scores  # type: ignore[method-assign]
    doc = component(_document(text))
    return [text[t.start:t.end] for t in doc.techniques if t.evidence == f"techniques.v1:{component.tagger.model_id}"]


@needs_models
def test_a_lone_word_on_straight_news_is_not_a_technique_span_but_a_phrase_is() -> None:
    component = TechniqueSpans(sentence_head=False, lexicon="off", repetition=False, incitement=False)
    assert component.tagger is not None
    k = TECHNIQUES.index("Loaded_Language")
    one_word = float(component.tagger.config["span_thresholds"][k]) + ONE_WORD_MARGIN
    score = round(one_word + 0.1, 2)  # clears the one-word bar, not the bar plus 0.2
    hot = {"weapons": ("Loaded_Language", score), "treacherous": ("Loaded_Language", score),
           "cowards": ("Loaded_Language", score)}
    sparse = _scores(NEWS, hot)
    assert word_density(sparse) < 0.22
    found = _run(component, NEWS, sparse)
    assert "weapons" not in found
    assert "treacherous cowards" in found  # two words keep the plain bar
    # the same words in an article whose every word the tagger finds somewhat loaded (opinion): the lone word stays
    dense = _scores(NEWS, hot, background=0.3)
    assert word_density(dense) >= 0.22
    assert "weapons" in _run(component, NEWS, dense)
    # switched off, the sparse article shows the lone word as before
    component.sparse_one_word = None
    assert "weapons" in _run(component, NEWS, sparse)
