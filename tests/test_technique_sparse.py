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
    ParagraphScores,
    article_density,
    sparse_extra,
)
from spinscope.training.data import TECHNIQUES

needs_models = pytest.mark.skipif(not (MODELS_DIR / "techniques" / "model.safetensors").is_file(),
                                  reason="technique model files not installed")

NEWS = ("Rescue crews reached the flooded valley on Monday after two days of rain.\n"
        "Officials said the weapons depot near the river stayed dry and the bridge reopened at noon.\n"
        "The treacherous cowards who run the council hid from the voters again.\n")


def _scores(text: str, hot: dict[str, tuple[str, float]], head: float = 0.0, head_labels: int = 0
            ) -> list[ParagraphScores]:
    """ParagraphScores over the lines of ``text``: ``hot[word] = (technique, probability)``; every paragraph's head
    probability is ``head`` for the first ``head_labels`` techniques (what makes an article dense)."""
    out, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            words = [(offset + m.start(), offset + m.end()) for m in re.finditer(r"\w+|[^\w\s]", line)]
            probs = np.zeros((len(words), len(TECHNIQUES)), dtype=np.float32)
            for i, (s, e) in enumerate(words):
                if text[s:e] in hot:
                    label, p = hot[text[s:e]]
                    probs[i, TECHNIQUES.index(label)] = p
            heads = np.zeros(len(TECHNIQUES), dtype=np.float32)
            heads[:head_labels] = head
            out.append(ParagraphScores(offset, offset + len(line), words, probs, heads))
        offset += len(line) + 1
    return out


def test_article_density_is_the_mean_paragraph_probability_summed_over_techniques() -> None:
    text = "Calm words here.\nMore calm words.\n"
    scores = _scores(text, {"Calm": ("Loaded_Language", 0.8)}, head=0.4, head_labels=3)
    # paragraph 1: head 0.4 x 3 techniques, token max 0.8 for one: mean source (head + token) / 2 = (1.2 + 0.8) / 2
    # paragraph 2: (1.2 + 0) / 2
    assert article_density(scores, "mean") == pytest.approx((1.0 + 0.6) / 2)
    assert article_density(scores, "head") == pytest.approx(1.2)
    assert article_density([], "mean") == 0.0


def test_sparse_extra_applies_below_the_density_only() -> None:
    assert sparse_extra(0.7, (1.8, 0.2)) == 0.2
    assert sparse_extra(1.8, (1.8, 0.2)) == 0.0
    assert sparse_extra(3.0, (1.8, 0.2)) == 0.0
    assert sparse_extra(0.7, None) == 0.0


def _run(component: TechniqueSpans, text: str, scores: list[ParagraphScores]) -> list[str]:
    """The component's findings on ``text`` with the tagger's forward pass replaced by ``scores``."""
    assert component.tagger is not None
    component.tagger.score = lambda joined, paragraphs: scores  # type: ignore[method-assign]
    doc = component(_document(text))
    return [text[t.start:t.end] for t in doc.techniques if t.evidence.startswith("techniques.v1:minilm")
            and not t.evidence.endswith(("sentence", "paragraph"))]


@needs_models
def test_a_lone_word_on_straight_news_is_not_a_technique_span_but_a_phrase_is() -> None:
    component = TechniqueSpans(sentence_head=False, lexicon="off", repetition=False, incitement=False)
    component.sparse_one_word, component.sparse_density = (1.8, 0.2), "paragraphs"
    assert component.tagger is not None
    k = TECHNIQUES.index("Loaded_Language")
    one_word = float(component.tagger.config["span_thresholds"][k]) + ONE_WORD_MARGIN
    score = round(one_word + 0.1, 2)  # clears the one-word bar, not the bar plus 0.2
    hot = {"weapons": ("Loaded_Language", score), "treacherous": ("Loaded_Language", score),
           "cowards": ("Loaded_Language", score)}
    sparse = _scores(NEWS, hot)
    assert article_density(sparse, component.tagger.config["paragraph_source"]) < 1.8
    found = _run(component, NEWS, sparse)
    assert "weapons" not in found
    assert "treacherous cowards" in found  # two words keep the plain bar
    # the same words in an article the tagger finds dense in techniques (opinion): the lone word stays
    dense = _scores(NEWS, hot, head=0.5, head_labels=10)
    assert article_density(dense, component.tagger.config["paragraph_source"]) >= 1.8
    assert "weapons" in _run(component, NEWS, dense)
    # switched off, the sparse article shows the lone word as before
    component.sparse_one_word = None
    assert "weapons" in _run(component, NEWS, sparse)
