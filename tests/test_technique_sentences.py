"""The techniques model's sentence head: its features, the sentences it adds, its training and its model files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from spinscope.components.persuasion_models import (
    HIDDEN,
    MODELS_DIR,
    SENTENCE_HEAD_CONFIG,
    SENTENCE_HEAD_WEIGHTS,
    ParagraphScores,
    SentenceHead,
    head_sentences,
    sentence_context,
    split_sentences,
)
from spinscope.training.data import SEMEVAL2023_TO_PTC, TECHNIQUES, Article, LabelledSpan
from spinscope.training.technique_sentences import article_sentences, fit, sentence_gold

HEAD_DIR = MODELS_DIR / "techniques"
needs_head = pytest.mark.skipif(not (HEAD_DIR / SENTENCE_HEAD_WEIGHTS).is_file(), reason="the head is absent")


def test_sentence_context_reads_the_paragraph_the_article_and_the_neighbours() -> None:
    vectors = np.arange(4 * HIDDEN, dtype=np.float32).reshape(4, HIDDEN)
    x = sentence_context(vectors, [0, 0, 1, 1])
    assert x.shape == (4, 5 * HIDDEN)
    own, paragraph, article, before, after = np.split(x, 5, axis=1)
    assert np.array_equal(own, vectors)
    assert np.allclose(paragraph[0], vectors[:2].mean(axis=0)) and np.allclose(paragraph[3], vectors[2:].mean(axis=0))
    assert np.allclose(article, vectors.mean(axis=0))
    # neighbours stop at the paragraph's ends
    assert not before[0].any() and np.array_equal(before[1], vectors[0]) and not before[2].any()
    assert np.array_equal(after[0], vectors[1]) and not after[1].any() and not after[3].any()
    assert sentence_context(np.zeros((0, HIDDEN), dtype=np.float32), []).shape == (0, 5 * HIDDEN)


def _scores(text: str, loaded: str) -> list[ParagraphScores]:
    """One paragraph over ``text`` whose word ``loaded`` scores 0.3 for Loaded_Language, 0.2 for Doubt and 0.5 for
    Questioning_the_Reputation, which SemEval-2020 Task 11 lacks (so the head may not choose it)."""
    words, probs = [], []
    offset = 0
    for word in text.split(" "):
        words.append((offset, offset + len(word)))
        row = np.zeros(len(TECHNIQUES), dtype=np.float32)
        if word.strip(".") == loaded:
            row[TECHNIQUES.index("Loaded_Language")] = 0.3
            row[TECHNIQUES.index("Doubt")] = 0.2
            row[TECHNIQUES.index("Questioning_the_Reputation")] = 0.5
        offset += len(word) + 1
        probs.append(row)
    return [ParagraphScores(0, len(text), np.array(words), np.array(probs), np.zeros(len(TECHNIQUES)))]


def test_head_sentences_adds_uncovered_persuasive_sentences_with_the_best_technique() -> None:
    text = "The council met on Monday. Its shameful plan betrays everyone. The vote is next week."
    sentences = split_sentences(text)
    head = SentenceHead(weight=np.zeros(1), bias=0.0, threshold=0.35, labels=tuple(sorted(SEMEVAL2023_TO_PTC)))
    scores = _scores(text, "shameful")
    found = head_sentences(text, sentences, np.array([0.1, 0.6, 0.5]), head, scores, TECHNIQUES, [])
    # the second sentence: persuasive, its best word scores Loaded_Language highest; the third has no such word
    # but still a scored word (0 everywhere), so it is left out; the first is under the threshold
    assert [(text[s:e], label) for s, e, label, _ in found] == [("Its shameful plan betrays everyone",
                                                                  "Loaded_Language")]
    assert found[0][3] == pytest.approx(0.6)
    # a sentence the findings already cover half of is not repeated
    start = text.index("Its")
    shown = [(start, start + 20, "Loaded_Language")]
    assert head_sentences(text, sentences, np.array([0.1, 0.6, 0.5]), head, scores, TECHNIQUES, shown) == []


def test_sentence_head_probabilities_and_missing_files(tmp_path: Path) -> None:
    head = SentenceHead(weight=np.array([1.0, -1.0]), bias=0.5, threshold=0.35, labels=("Doubt",))
    assert head.probs(np.array([[0.0, 0.0], [2.0, 0.0]])) == pytest.approx([1 / (1 + np.exp(-0.5)),
                                                                             1 / (1 + np.exp(-2.5))])
    assert SentenceHead.load(tmp_path) is None


@needs_head
def test_the_shipped_head_fits_its_features_and_names_ptc_techniques() -> None:
    head = SentenceHead.load(HEAD_DIR)
    assert head is not None and head.weight.shape == (5 * HIDDEN,)
    assert 0 < head.threshold < 1 and set(head.labels) == set(SEMEVAL2023_TO_PTC) <= set(TECHNIQUES)
    config = json.loads((HEAD_DIR / SENTENCE_HEAD_CONFIG).read_text(encoding="utf-8"))
    assert config["training"]["sentences"] > 10_000


def test_training_labels_a_sentence_by_its_gold_share_and_folds_the_scaler() -> None:
    text = "First line is calm.\nThis is an outrageous lie by corrupt people. It rained."
    article = Article(id="1", text=text, spans=[LabelledSpan(text.index("This"), text.index(" It"), "Loaded_Language"),
                                                LabelledSpan(0, 18, "Questioning_the_Reputation")])
    sentences, owner = article_sentences(article)
    assert [text[s:e] for s, e in sentences] == ["First line is calm.", "This is an outrageous lie by corrupt people.",
                                                 "It rained."]
    assert owner == [0, 1, 1]
    # Questioning_the_Reputation is not a PTC technique, so the first sentence stays negative
    assert sentence_gold(article, sentences).tolist() == [0, 1, 0]
    rng = np.random.default_rng(0)
    x = rng.normal(3.0, 2.0, size=(200, 4))
    y = (x[:, 0] + rng.normal(0, 1, 200) > 3).astype(int)
    weight, bias = fit(x, y, 1.0)
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    reference = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)).fit(x, y)
    folded = SentenceHead(weight=weight.astype(np.float64), bias=bias, threshold=0.5, labels=())
    assert folded.probs(x) == pytest.approx(reference.predict_proba(x)[:, 1], abs=1e-5)


@pytest.mark.slow
@needs_head
def test_the_component_shows_head_sentences_and_keeps_paragraph_labels() -> None:
    from spinscope.components.persuasion import TechniqueSpans
    from spinscope.document import ArticleInput, Document
    from spinscope.result import TextRange

    text = "The town council met on Monday to discuss the budget.\nResidents asked about the new bridge.\n"
    lines = [(0, text.index("\n")), (text.index("\n") + 1, len(text) - 1)]

    def doc() -> Document:
        return Document(text=text, meta=ArticleInput(text=text), language="en",
                        paragraphs=[TextRange(start=s, end=e) for s, e in lines],
                        sentences=[TextRange(start=s, end=e) for s, e in lines])

    without = TechniqueSpans(sentence_head=False)
    assert without.sentence_head is None
    base = without(doc())
    assert not base.techniques, "plain news written for this test"
    component = TechniqueSpans()
    # a head that finds every sentence persuasive: each sentence no finding covers is shown, labels unchanged
    component.sentence_head = SentenceHead(weight=np.zeros(5 * HIDDEN), bias=10.0, threshold=0.35,
                                           labels=("Loaded_Language",))
    found = component(doc())
    added = [t for t in found.techniques if t.evidence.endswith(":head-sentence")]
    assert {(t.start, t.end) for t in added} == {(s, e - 1) for s, e in lines}  # the full stop trimmed
    assert all(t.label == "Loaded_Language" and t.score == pytest.approx(1.0, abs=1e-3) for t in added)
    assert found.cache["techniques.paragraph_labels"] == base.cache["techniques.paragraph_labels"]
