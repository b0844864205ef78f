"""The techniques model's paragraph head: its recurrence and vector features, the blend, the training rule, the
shipped files and the component's paragraph labels."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from spinscope.components.persuasion_models import HIDDEN, MODELS_DIR
from spinscope.components.persuasion_paragraphs import (
    PARAGRAPH_HEAD_CONFIG,
    PARAGRAPH_HEAD_WEIGHTS,
    RECURRENCE_FEATURES,
    ParagraphHead,
    line_words,
    paragraph_features,
    recurrence_features,
)
from spinscope.training.data import TECHNIQUES
from spinscope.training.technique_paragraphs import (
    LONG_GRID,
    LONG_WORDS,
    ML_WEIGHT,
    SHORT_GRID,
    SHORT_WORDS,
    length_offsets,
    weak_techniques,
)

HEAD_DIR = MODELS_DIR / "techniques"
needs_head = pytest.mark.skipif(not (HEAD_DIR / PARAGRAPH_HEAD_WEIGHTS).is_file(), reason="the head is absent")


def _lines(text: str) -> list[tuple[int, int]]:
    out, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out


def _column(rows: np.ndarray, name: str) -> np.ndarray:
    return rows[:, RECURRENCE_FEATURES.index(name)]


def test_recurrence_features_count_what_a_paragraph_repeats_from_the_article() -> None:
    text = ("Ferry fares rise again\n"
            "The ferry company raised fares on the island route.\n"
            "Shameful greed, shameful silence, shameful contempt for islanders!\n"
            "A spokesman for the harbour declined to comment.\n"
            "Islanders call it shameful greed and nothing else.")
    rows = recurrence_features(text, _lines(text))
    assert rows.shape == (5, len(RECURRENCE_FEATURES))
    # "shameful" (4 times, lower case) recurs; the harbour paragraph shares no content word with the others
    assert _column(rows, "lower_recurring4")[2] > 0 and _column(rows, "lower_recurring4")[3] == 0
    assert _column(rows, "repeated_within")[2] > 0 and _column(rows, "repeated_within")[4] == 0
    assert _column(rows, "lower_max_count")[2] == pytest.approx(np.log1p(4))
    # "shameful greed" comes back in the last paragraph: a repeated two-word sequence with content words
    assert _column(rows, "longest_repeat")[4] == 2 and _column(rows, "longest_repeat")[3] == 0
    # the first line is the title: "fares" and "ferry" of the second paragraph are title words, the title has none
    assert _column(rows, "title_words")[1] == pytest.approx(np.log1p(2)) and _column(rows, "title_words")[0] == 0
    assert _column(rows, "exclamations")[2] > 0 and _column(rows, "exclamations")[3] == 0
    assert _column(rows, "position").tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert recurrence_features("", []).shape == (0, len(RECURRENCE_FEATURES))


def test_recurrence_features_leave_names_out_of_the_lower_case_counts() -> None:
    text = "Senator Brandt spoke in Brandt Hall.\nBrandt left early.\nBrandt said nothing."
    rows = recurrence_features(text, _lines(text))
    assert _column(rows, "recurring2")[1] > 0  # "brandt" recurs ...
    assert _column(rows, "lower_recurring2")[1] == 0  # ... but is written with a capital: a name


def test_paragraph_features_average_the_sentences_that_start_in_each_paragraph() -> None:
    text = "One. Two.\nThree.\n\nFour."
    paragraphs = [(0, 9), (10, 16), (18, 23)]
    sentences = [(0, 4), (5, 9), (10, 16)]  # the last paragraph has no sentence
    vectors = np.arange(3 * HIDDEN, dtype=np.float32).reshape(3, HIDDEN)
    x = paragraph_features(text, paragraphs, sentences, vectors)
    assert x.shape == (3, 2 * HIDDEN + len(RECURRENCE_FEATURES))
    own, article = x[:, :HIDDEN], x[:, HIDDEN:2 * HIDDEN]
    assert np.allclose(own[0], vectors[:2].mean(axis=0)) and np.allclose(own[1], vectors[2])
    assert not own[2].any()
    assert np.allclose(article, vectors.mean(axis=0))
    assert np.allclose(x[:, 2 * HIDDEN:], recurrence_features(text, paragraphs))


def test_the_blend_keeps_the_tagger_where_its_weight_is_zero() -> None:
    head = ParagraphHead(labels=("Doubt", "Repetition"), weight=np.array([[0.0, 0.0], [2.0, 0.0]]),
                         bias=np.array([0.0, -2.0]), blend=np.array([0.0, 0.5]), thresholds=np.array([0.5, 0.5]))
    tagger = np.array([[0.6, 0.2], [0.4, 0.2]])
    features = np.array([[0.0, 0.0], [4.0, 0.0]])
    own = head.probs(features)
    assert own[:, 0] == pytest.approx([0.5, 0.5]) and own[1, 1] == pytest.approx(1 / (1 + np.exp(-6.0)))
    mixed = head.blended(tagger, features)
    assert mixed[:, 0] == pytest.approx(tagger[:, 0])
    assert mixed[:, 1] == pytest.approx(0.5 * tagger[:, 1] + 0.5 * own[:, 1])
    # Doubt from the tagger alone; Repetition once the head's recurrence evidence lifts the blend over 0.5
    assert head.paragraph_labels(tagger, features) == [["Doubt"], ["Repetition"]]


def test_a_short_line_needs_more_to_get_a_label() -> None:
    text = "Tax hike ahead\nThe council will raise the levy on second homes next spring, its budget papers show."
    lines = _lines(text)
    assert line_words(text, lines) == [3, 15]
    head = ParagraphHead(labels=("Doubt", "Loaded_Language"), weight=np.zeros((2, 1)), bias=np.zeros(2),
                         blend=np.zeros(2), thresholds=np.array([0.4, 0.5]), short_words=5, short_raise=0.2,
                         long_words=10, long_shift=-0.05)
    tagger = np.array([[0.55, 0.75], [0.45, 0.47]])
    features = np.zeros((2, 1))
    assert head.line_thresholds([3, 15]) == pytest.approx(np.array([[0.6, 0.7], [0.35, 0.45]]))
    # the title (3 words) keeps only the label that clears the raised threshold; the long line gets both
    assert head.paragraph_labels(tagger, features, line_words(text, lines)) == [["Loaded_Language"],
                                                                                ["Doubt", "Loaded_Language"]]
    # without word counts, every line gets the plain thresholds
    assert head.paragraph_labels(tagger, features) == [["Doubt", "Loaded_Language"], ["Doubt"]]


def test_length_offsets_raise_the_thresholds_of_short_lines_that_are_mostly_wrong() -> None:
    # 20 short lines whose labels are right 1 time in 5 at 0.6, 20 long lines right at 0.6
    probs = np.full((40, 1), 0.6)
    gold = np.zeros((40, 1), dtype=bool)
    gold[:4] = True
    gold[20:] = True
    words = [SHORT_WORDS] * 20 + [LONG_WORDS + 1] * 20
    short, long_ = length_offsets(probs, gold, np.array([0.5]), words)
    assert short > 0.1 and long_ == 0.0
    # where short lines are as good as long ones nothing moves
    assert length_offsets(probs, np.ones((40, 1), dtype=bool), np.array([0.5]), words) == (0.0, 0.0)


def test_the_blend_goes_to_techniques_the_tagger_reads_badly() -> None:
    gold = np.zeros((40, 3), dtype=bool)
    gold[:10, 0] = True  # read well
    gold[:10, 1] = True  # read badly
    gold[:2, 2] = True  # too few positives to judge
    probs = np.zeros((40, 3))
    probs[:10, 0] = 0.9
    probs[8:30, 1] = 0.9  # F1 4 / 32
    probs[20:30, 2] = 0.9
    assert weak_techniques(probs, gold, np.full(3, 0.5)).tolist() == [False, True, False]


def test_missing_files_give_no_head(tmp_path: Path) -> None:
    assert ParagraphHead.load(tmp_path) is None


@pytest.mark.slow
@needs_head
def test_a_head_fitted_on_another_tagger_is_not_used(tmp_path: Path) -> None:
    import shutil

    from spinscope.components.persuasion import TechniqueSpans

    for name in ("config.json", "model.safetensors", PARAGRAPH_HEAD_WEIGHTS, PARAGRAPH_HEAD_CONFIG):
        shutil.copy(HEAD_DIR / name, tmp_path / name)
    assert TechniqueSpans(model_dir=str(tmp_path), paragraph_head=True).paragraph_head is not None
    config = json.loads((tmp_path / PARAGRAPH_HEAD_CONFIG).read_text(encoding="utf-8"))
    config["tagger_model_id"] = "a-retrained-tagger"
    (tmp_path / PARAGRAPH_HEAD_CONFIG).write_text(json.dumps(config), encoding="utf-8")
    assert TechniqueSpans(model_dir=str(tmp_path), paragraph_head=True).paragraph_head is None


@needs_head
def test_the_shipped_head_matches_the_tagger() -> None:
    head = ParagraphHead.load(HEAD_DIR)
    assert head is not None and list(head.labels) == list(TECHNIQUES)
    assert head.weight.shape == (len(TECHNIQUES), 2 * HIDDEN + len(RECURRENCE_FEATURES))
    assert head.bias.shape == head.blend.shape == head.thresholds.shape == (len(TECHNIQUES),)
    assert ((head.blend >= 0) & (head.blend <= 1)).all() and ((head.thresholds > 0) & (head.thresholds < 1)).all()
    # the tagger reads one paragraph at a time and cannot see what recurs: Repetition is blended
    assert head.blend[TECHNIQUES.index("Repetition")] > 0 and head.blend[TECHNIQUES.index("Loaded_Language")] == 0
    config = json.loads((HEAD_DIR / PARAGRAPH_HEAD_CONFIG).read_text(encoding="utf-8"))
    assert config["training"]["train_paragraphs"] > 5_000
    # round 17: short lines (the title among them) may need more; the training command picks the raise from its
    # grid on the validation articles (0.2 for round 8's tagger, 0 for round 28's)
    assert head.short_words == SHORT_WORDS and head.short_raise in SHORT_GRID
    assert head.long_words == LONG_WORDS and head.long_shift in LONG_GRID


@needs_head
def test_the_shipped_head_blends_in_the_multilingual_head() -> None:
    # round 21: the English paragraph labels also read the six-language technique head, at the training's fixed w
    head = ParagraphHead.load(HEAD_DIR)
    assert head is not None and 0 < head.multilingual_weight == ML_WEIGHT < 0.5
    config = json.loads((HEAD_DIR / PARAGRAPH_HEAD_CONFIG).read_text(encoding="utf-8"))
    assert config["multilingual_weight"] == ML_WEIGHT
    assert set(config["training"]["multilingual_even_odd_micro_f1"]) == {"0.0", str(ML_WEIGHT)}


@pytest.mark.slow
@needs_head
def test_the_component_takes_paragraph_labels_from_the_head() -> None:
    from spinscope.components.multilingual import english_paragraph_techniques
    from spinscope.components.persuasion import TechniqueSpans, sentence_vectors
    from spinscope.components.persuasion_models import paragraph_probs
    from spinscope.document import ArticleInput, Document
    from spinscope.result import TextRange

    text = ("Our schools are failing, failing our children and failing our future.\n"
            "The board met on Tuesday.\n"
            "Failing schools, failing parents: will anyone answer for it?")
    lines = _lines(text)

    def doc() -> Document:
        return Document(text=text, meta=ArticleInput(text=text), language="en",
                        paragraphs=[TextRange(start=s, end=e) for s, e in lines],
                        sentences=[TextRange(start=s, end=e) for s, e in lines])

    plain = TechniqueSpans()
    assert plain.paragraph_head is None, "off by default: only predict semeval2023 writes paragraph labels"
    base = plain(doc())
    component = TechniqueSpans(sentence_head=False, paragraph_head=True)
    assert component.paragraph_head is not None and component.tagger is not None
    found = component(doc())
    # spans and label sentences stay the tagger's
    assert [(t.start, t.end, t.label) for t in found.techniques] == [(t.start, t.end, t.label)
                                                                      for t in base.techniques]
    # the labels are the head's blend of the tagger's probabilities (with the article prior) and its own
    scores = found.cache["techniques.scores"]
    tagger = np.array([paragraph_probs(p, component.tagger.config["paragraph_source"]) for p in scores])
    tagger += component._prior(scores)
    sentences, vectors = sentence_vectors(found)
    multi = english_paragraph_techniques([text[s:e] for s, e in lines], component.paragraph_head.labels)
    assert multi.shape == (3, len(TECHNIQUES)) and ((multi > 0) & (multi < 1)).all()
    expected = component.paragraph_head.paragraph_labels(
        tagger, paragraph_features(text, lines, sentences, np.asarray(vectors)), line_words(text, lines), multi)
    labels = found.cache["techniques.paragraph_labels"]
    assert len(labels) == len(expected) == 3
    for got, want in zip(labels, expected, strict=True):
        # the repetition rule may add Repetition to a paragraph with a marked repeated word
        assert got[:len(want)] == want and set(got[len(want):]) <= {"Repetition"}



def test_the_multilingual_blend_moves_labels_in_logit_space() -> None:
    # rounds 20-21: with multilingual_weight w the head's blend b becomes sigmoid((1 - w) logit(b) + w logit(m))
    head = ParagraphHead(labels=("Doubt", "Loaded_Language"), weight=np.zeros((2, 1)), bias=np.zeros(2),
                         blend=np.zeros(2), thresholds=np.array([0.5, 0.5]), multilingual_weight=0.5)
    tagger = np.array([[0.6, 0.45], [0.3, 0.7]])
    multi = np.array([[0.1, 0.8], [0.9, 0.8]])
    mixed = head.blended(tagger, np.zeros((2, 1)), multi)
    expected = 1 / (1 + np.exp(-(0.5 * np.log(tagger / (1 - tagger)) + 0.5 * np.log(multi / (1 - multi)))))
    assert mixed == pytest.approx(expected)
    # the multilingual head lifts Loaded_Language over the line and pulls Doubt under it on the first line
    assert head.paragraph_labels(tagger, np.zeros((2, 1)), multilingual=multi) == [["Loaded_Language"],
                                                                                   ["Doubt", "Loaded_Language"]]
    with pytest.raises(ValueError, match="multilingual"):
        head.blended(tagger, np.zeros((2, 1)))
    # weight 0 (heads before round 21): the probabilities are not read
    plain = ParagraphHead(labels=head.labels, weight=head.weight, bias=head.bias, blend=head.blend,
                          thresholds=head.thresholds)
    assert plain.paragraph_labels(tagger, np.zeros((2, 1))) == [["Doubt"], ["Loaded_Language"]]
