"""Genre (genre.v1): the structural style features, the calibration helpers, and the reporting quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from spinscope.components.persuasion_models import MODELS_DIR, shift_genre, split_sentences
from spinscope.components.style import (
    STANCE_FEATURES,
    STYLE_FEATURES,
    VOICE_FEATURES,
    genre_features,
    mask_quotations,
    stance_features,
    style_features,
    voice_features,
)

GATE = Path(__file__).parent / "quality_gate" / "genre_reporting.jsonl"
#: Argued pieces written for this test, two of them dressed as news (a dateline, quotes, "said", "announced"): the
#: user-reported error of round 11 was such an opinion article called reporting.
OPINION_GATE = Path(__file__).parent / "quality_gate" / "genre_opinion.jsonl"
needs_genre_model = pytest.mark.skipif(not (MODELS_DIR / "genre" / "config.json").is_file(),
                                       reason="the trained genre model is absent")

WIRE = ("BERLIN, May 2 (Reuters) - The German government approved a plan on Tuesday to cut energy taxes, "
        "a spokesman said.\n"
        "The measure will cost 4.2 billion euros a year, according to the finance ministry.\n")
RANT = ("I have had enough of these liars!\n"
        "Do you really believe a word they say? We must stop them before it is too late!\n")


def _lines_and_sentences(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The non-empty lines of ``text`` as paragraphs, and their sentences."""
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    return lines, [r for s, e in lines for r in split_sentences(text, s, e)]


def _features(text: str, language: str = "en") -> dict[str, float]:
    lines, sentences = _lines_and_sentences(text)
    return dict(zip(STYLE_FEATURES, style_features(text, sentences, lines, language=language).tolist(),
                    strict=True))


def test_style_features_tell_wire_copy_from_a_rant() -> None:
    wire, rant = _features(WIRE), _features(RANT)
    assert wire["attributed_sentences"] == 1.0 and wire["dateline"] == 1.0 and wire["number_sentences"] > 0
    assert wire["first_singular"] == wire["second_person"] == wire["questions"] == wire["exclamations"] == 0.0
    assert rant["attributed_sentences"] == 0.0 and rant["dateline"] == 0.0
    assert rant["first_singular"] > 0 and rant["first_plural"] > 0 and rant["second_person"] > 0
    assert rant["questions"] > 0 and rant["exclamations"] > 0


@pytest.mark.parametrize(
    ("language", "text", "feature"),
    [
        ("fr", "Le ministre a déclaré que le plan serait adopté.", "attributed_sentences"),
        ("ge", "Laut der Regierung steigen die Preise.", "attributed_sentences"),
        ("it", "Secondo il ministero, il piano costa due miliardi.", "attributed_sentences"),
        ("po", "Według ministra plan zostanie przyjęty.", "attributed_sentences"),
        ("ru", "Министр заявил, что план будет принят.", "attributed_sentences"),
        ("de", "Ich glaube das nicht.", "first_singular"),
        ("pl", "Nasz kraj jest silny.", "first_plural"),
    ],
)
def test_style_features_read_each_language_with_its_own_cues(language: str, text: str, feature: str) -> None:
    assert _features(text, language)[feature] == 1.0
    # the same sentence read with English cues finds nothing of the kind
    assert _features(text, "en")[feature] == 0.0


def test_style_features_english_i_is_the_pronoun_only() -> None:
    assert _features("The plan, i.e. the budget, passed.")["first_singular"] == 0.0
    assert _features("Then I left.")["first_singular"] == 1.0


def test_style_features_of_an_empty_text_are_zero() -> None:
    assert not style_features("", [], []).any()
    assert not style_features("   ", [(0, 3)], [(0, 3)]).any()


def _stance(text: str, language: str = "en") -> dict[str, float]:
    sentences = split_sentences(text, 0, len(text))
    return dict(zip(STANCE_FEATURES, stance_features(text, sentences, language=language).tolist(), strict=True))


OPINION_WITH_DATELINE = (
    "PARIS: There is no doubt that the new pension law is a disaster for the young. "
    "It should be noted that the minister, who announced it with great pride, will never depend on it. "
    "Firstly, the reform is utterly unfair; secondly, it is simply useless. "
    "The government must withdraw it, and the opposition should say so clearly.")
REPORT = ("The city council approved the new bus routes on Tuesday, a spokeswoman said. "
          "The routes start in March and cost 3.2 million euros, according to the transport office.")


def test_stance_features_tell_an_argued_piece_from_a_report() -> None:
    opinion, report = _stance(OPINION_WITH_DATELINE), _stance(REPORT)
    for cue in ("booster_sentences", "deontic_sentences", "intensifier_sentences", "argument_sentences",
                "evaluative_words"):
        assert opinion[cue] > report[cue], cue
    assert report["time_anchor_sentences"] > opinion["time_anchor_sentences"] == 0.0
    assert report["booster_sentences"] == report["argument_sentences"] == 0.0


@pytest.mark.parametrize(
    ("language", "text", "cue"),
    [
        ("fr", "Il faut le dire clairement.", "deontic_sentences"),
        ("ge", "Das ist zweifellos ein Fehler.", "booster_sentences"),
        ("it", "Forse il governo cadrà.", "hedge_sentences"),
        ("po", "Po pierwsze, to kłamstwo.", "argument_sentences"),
        ("ru", "Во вторник министр подписал указ.", "time_anchor_sentences"),
        ("de", "Die Regierung muss handeln.", "deontic_sentences"),
    ],
)
def test_stance_features_read_each_language_with_its_own_cues(language: str, text: str, cue: str) -> None:
    assert _stance(text, language)[cue] == 1.0
    assert _stance(text, "en")[cue] == 0.0


def test_stance_features_evaluative_words_are_english_only_and_empty_text_is_zero() -> None:
    assert _stance("This is a shameful and useless disaster.")["evaluative_words"] > 0.3
    assert _stance("Das ist eine schändliche Lüge.", "ge")["evaluative_words"] == 0.0
    assert not stance_features("", [], language="en").any()


def test_genre_features_follow_the_models_feature_list() -> None:
    text = REPORT
    sentences = split_sentences(text, 0, len(text))
    lines = [(0, len(text))]
    assert genre_features(text, sentences, lines).shape == (len(STYLE_FEATURES),)  # a model of before round 11
    both = genre_features(text, sentences, lines, names=STYLE_FEATURES + STANCE_FEATURES)
    assert both.shape == (len(STYLE_FEATURES) + len(STANCE_FEATURES),)
    assert np.allclose(both[:len(STYLE_FEATURES)], style_features(text, sentences, lines))
    # a model of round 12 picks features from all three blocks, in its own order
    names = ("writer_questions", "dateline", "time_anchor_sentences")
    picked = genre_features(text, sentences, lines, names=names)
    assert picked.tolist() == [0.0, 0.0, 1.0]  # no question; no dateline; "on Tuesday", "in March"
    with pytest.raises(ValueError, match="unknown genre features"):
        genre_features(text, sentences, lines, names=(*STYLE_FEATURES, "made_up"))


#: A report that quotes a heated speaker: the writer never says "I", asks or exclaims; the speaker does.
QUOTING_REPORT = (
    'The mayor defended the budget on Monday. "I will not let you down! Why should we wait?" she told reporters.\n'
    '"We must act now, and clearly we will," she added.\n'
    '"This is a shameful attack on the city\n'
    "The council votes on Thursday, a spokesman said.\n")
COLUMN = ("I was wrong about the budget, and you should be angry too! Why should we wait? "
          "We must clearly act now against this shameful plan.")


def _voice(text: str, language: str = "en") -> dict[str, float]:
    _, sentences = _lines_and_sentences(text)
    return dict(zip(VOICE_FEATURES, voice_features(text, sentences, language=language).tolist(), strict=True))


def test_voice_features_read_the_writer_not_the_people_quoted() -> None:
    report, column = _voice(QUOTING_REPORT), _voice(COLUMN)
    assert not any(report.values()), report  # every "I", "you", "?", "!", "must" of the report is quoted
    assert all(v > 0 for v in column.values()), column
    # the quote-blind style features count the speaker's words as the writer's
    lines = [(0, len(QUOTING_REPORT))]
    quote_blind = dict(zip(STYLE_FEATURES, style_features(
        QUOTING_REPORT, split_sentences(QUOTING_REPORT, 0, len(QUOTING_REPORT)), lines).tolist(), strict=True))
    assert quote_blind["first_singular"] > 0 and quote_blind["second_person"] > 0


def test_mask_quotations_keeps_offsets_and_the_writers_words() -> None:
    text = "He said «nous devons partir» and left. „Wir müssen“, sagte sie.\n“Open quote running on"
    masked = mask_quotations(text)
    assert len(masked) == len(text)
    assert "devons" not in masked and "müssen" not in masked and "running" not in masked
    assert masked.startswith("He said ") and "and left." in masked and "sagte sie." in masked
    assert _voice("Nous devons partir, a-t-il dit.", "fr")["writer_deontic"] == 1.0
    assert _voice("« Nous devons partir », a-t-il dit.", "fr")["writer_deontic"] == 0.0
    assert not voice_features("", []).any()


def test_genre_temperature_flattens_and_keeps_the_order() -> None:
    probs = np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1]])
    warm = shift_genre(probs, [], temperature=2.0)
    assert np.allclose(warm.sum(1), 1.0)
    assert (warm.argmax(1) == probs.argmax(1)).all() and (warm.max(1) < probs.max(1)).all()
    assert np.allclose(shift_genre(probs, [], temperature=1.0), probs)


def test_genre_temperature_is_chosen_on_every_fold_seed_at_once() -> None:
    """The decision rule's temperature minimizes the loss averaged over the fold seeds' out-of-fold runs: the same
    choice as on all runs' rows pooled, and one run alone gives the single-seed choice (docs/EVALUATION.md, "Genre,
    round 23")."""
    from spinscope.training.articles import GENRE_RULE_SEEDS, SEED, _best_temperature

    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 60)
    over = np.eye(3)[y] * 0.97 + 0.01          # confident and right: wants a low temperature
    under = np.full((60, 3), 1 / 3) + np.eye(3)[(y + 1) % 3] * 0.3  # leaning wrong: wants a high one
    under /= under.sum(1, keepdims=True)
    assert _best_temperature([over], y) == _best_temperature(over, y)
    both = _best_temperature([over, under], y)
    assert both == _best_temperature(np.vstack([over, under]), np.concatenate([y, y]))
    assert _best_temperature(over, y) < both < _best_temperature(under, y)
    assert SEED in GENRE_RULE_SEEDS and len(set(GENRE_RULE_SEEDS)) >= 3


def test_genre_offsets_average_the_fold_seeds() -> None:
    """The class offsets are judged on the out-of-fold predictions of every fold seed: the scores they are chosen by
    are the mean of the single seeds' scores."""
    from spinscope.training.articles import Rows, _six_language_offsets

    rng = np.random.default_rng(1)

    def rows(n: int) -> Rows:
        y = np.arange(n) % 3
        style = (np.eye(3)[y] + rng.normal(0, 1.2, (n, 3))).astype(np.float32)
        return Rows([""] * n, np.zeros((n, 1), dtype=np.float32), style, y)

    english, french = rows(45), rows(45)
    kwargs = {"tfidf": False, "c": 1.0, "style_weight": 1.0, "temperature": 1.0}
    reports = [_six_language_offsets(english, {"fr": french}, seeds=s, **kwargs)[1] for s in ((3,), (4,), (3, 4))]
    assert reports[0]["before"] != reports[1]["before"]  # the folds matter
    assert reports[2]["seeds"] == [3, 4]
    for language in ("en", "fr"):
        mean = (reports[0]["before"][language] + reports[1]["before"][language]) / 2
        assert reports[2]["before"][language] == pytest.approx(mean, abs=1e-4)


def test_genre_reliability_measures_the_gap_between_confidence_and_accuracy() -> None:
    from spinscope.training.articles import genre_reliability

    y = np.array([0, 0, 0, 0, 1, 1, 2, 2])
    right = np.eye(3)[y] * 0.9 + 0.1 / 3           # confident and always right
    wrong = np.eye(3)[(y + 1) % 3] * 0.9 + 0.1 / 3  # confident and always wrong
    assert genre_reliability(right, y)["ece"] == pytest.approx(1 - 0.9 - 0.1 / 3, abs=1e-3)
    assert genre_reliability(wrong, y)["ece"] == pytest.approx(0.9 + 0.1 / 3, abs=1e-3)
    balanced = genre_reliability(right, y, balanced=True)
    assert sum(b["articles"] for b in balanced["bins"]) == len(y)


@pytest.mark.slow
@needs_genre_model
@pytest.mark.parametrize("case", [json.loads(line) for line in GATE.read_text(encoding="utf-8").splitlines()],
                         ids=lambda case: case["id"])
def test_genre_quality_gate_wire_copy_is_reporting(case: dict) -> None:
    """Neutral wire-style reports written for this test (dateline, attributions, numbers) are reporting."""
    from spinscope.components.persuasion import GenreClassifier

    from .test_persuasion import make_doc

    doc = GenreClassifier()(make_doc(case["text"]))
    assert doc.genre is not None
    assert doc.genre.label == case["genre"], doc.genre


@pytest.mark.slow
@needs_genre_model
@pytest.mark.parametrize("case", [json.loads(line) for line in OPINION_GATE.read_text(encoding="utf-8").splitlines()],
                         ids=lambda case: case["id"])
def test_genre_quality_gate_argued_piece_is_opinion_even_with_a_dateline_and_quotes(case: dict) -> None:
    """The writer's stance (certainty, argument markers, what should be done) outweighs a news-like dress."""
    from spinscope.components.persuasion import GenreClassifier

    from .test_persuasion import make_doc

    doc = GenreClassifier()(make_doc(case["text"]))
    assert doc.genre is not None
    assert doc.genre.label == case["genre"], doc.genre


@needs_genre_model
def test_genre_model_reads_no_english_function_words() -> None:
    """The shipped genre model's n-grams skip English function words, which stood for "English" (88% opinion in
    training) more than for a genre (docs/EVALUATION.md, "Genre, round 21"): "the", "that" and "would" are no terms
    of it, and the n-grams join the content words around them."""
    from spinscope.modelio import load_bundle

    vectorizer = load_bundle(MODELS_DIR / "genre")["vectorizer"]
    terms = vectorizer.build_analyzer()("The minister said that the plan would cut taxes")
    assert terms == ["minister", "said", "plan", "cut", "taxes", "minister said", "said plan", "plan cut", "cut taxes"]
    assert not {"the", "that", "would", "of the"} & set(vectorizer.vocabulary_)


def test_news_mix_weights_give_each_genre_its_share_of_a_news_stream() -> None:
    from spinscope.training.articles import NEWS_MIX, _mix_weights, _news_macro

    y = np.array([0] * 80 + [1] * 15 + [2] * 5)  # opinion-heavy, like English training
    w = _mix_weights(y)
    shares = np.array([w[y == k].sum() for k in range(3)]) / w.sum()
    assert np.allclose(shares, NEWS_MIX)
    assert NEWS_MIX[1] > NEWS_MIX[0] > NEWS_MIX[2]  # news is mostly reporting
    one_hot = np.eye(3)
    # calling everything opinion looks fine on the training mix and is poor on a news stream
    all_opinion, all_reporting = one_hot[np.zeros(100, int)], one_hot[np.ones(100, int)]
    assert _news_macro(all_opinion, y) < _news_macro(all_reporting, y)
    assert _news_macro(one_hot[y], y) == pytest.approx(1.0)


def test_style_block_clips_what_a_short_text_makes_extreme() -> None:
    from spinscope.components.persuasion_models import STYLE_CLIP, style_block

    n = len(STYLE_FEATURES)
    config = {"style_mean": [0.1] * n, "style_std": [0.1] * n, "style_weight": 0.5}
    block = style_block(config, np.array([[1.0] * n, [0.1] * n]))
    assert np.allclose(block[0], STYLE_CLIP * 0.5) and np.allclose(block[1], 0.0)


def _fake_semeval(root: Path) -> None:
    """A tiny SemEval-2023 Task 3 folder: English and French articles whose genre shows in their style."""
    styles = {
        "opinion": "I think we must act now. Do you really believe them? I do not!",
        "reporting": "The ministry said on Monday that 12 schools would close, according to a statement.",
        "satire": "Local man, 43, declares himself president of his kitchen. \"It is about time,\" he said!",
    }
    for language, n in (("en", 15), ("fr", 6)):
        folder = root / "semeval2023_task3" / language
        (folder / "train-articles-subtask-1").mkdir(parents=True)
        labels = []
        for k in range(n):
            for g, (genre, body) in enumerate(styles.items()):
                aid = f"{int(language == 'fr') + 1}{g}{k:03d}"
                text = f"Title {k}\n\n" + "\n".join(f"{body} Item {k} {j}." for j in range(3)) + "\n"
                (folder / "train-articles-subtask-1" / f"article{aid}.txt").write_text(text, encoding="utf-8")
                labels.append(f"{aid}\t{genre}")
        (folder / "train-labels-subtask-1.txt").write_text("\n".join(labels) + "\n", encoding="utf-8")
        (folder / "train-labels-subtask-2.txt").write_text("", encoding="utf-8")
        (folder / "train-labels-subtask-3.txt").write_text("", encoding="utf-8")


@pytest.mark.slow
def test_genre_training_runs_on_six_language_layout_and_writes_a_loadable_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spinscope.components.persuasion import GenreClassifier
    from spinscope.training import articles

    from .test_persuasion import make_doc

    _fake_semeval(tmp_path / "data")
    # TF-IDF alone separates these toy genres, and the grid keeps the first of equal scores: force the style path
    monkeypatch.setattr(articles, "STYLE_WEIGHTS", (1.0,))
    config = articles.run("genre", tmp_path / "data", tmp_path / "genre", embeddings=False, progress=lambda _: None)
    assert config["style_weight"] == 1.0 and config["training"]["extra_articles"] == {"fr": 18}
    assert config["style_features"] == list(articles.GENRE_STYLE_FEATURES)
    assert len(config["style_mean"]) == len(articles.GENRE_STYLE_FEATURES) and config["temperature"] > 0
    assert set(VOICE_FEATURES) <= set(config["style_features"]) and "first_singular" not in config["style_features"]
    # the decision rule: reporting/satire log-prior offsets chosen on out-of-fold predictions over both languages
    offsets = config["class_offsets"]
    assert len(offsets) == 3 and offsets[0] == 0.0 and tuple(offsets[1:]) in articles.GENRE_OFFSET_GRID
    chosen = config["validation"]["class_offsets_six_languages"]
    assert set(chosen["before"]) == set(chosen["after"]) == {"en", "fr"}
    # ... on every fold seed of the rule at once, as the temperature
    assert chosen["seeds"] == config["rule_seeds"] == list(articles.GENRE_RULE_SEEDS)
    assert np.mean(list(chosen["after"].values())) >= np.mean(list(chosen["before"].values()))
    # every language held out in turn, English too (then trained on French alone, style features only)
    assert set(config["validation"]["leave_one_language_out"]) == {"fr", "en"}
    assert set(config["validation"]["leave_one_language_out_news_mix"]) == {"fr", "en"}
    assert config["validation"]["cross_validation_on_train"]["selected_by"] == "news_mix_macro_f1"
    assert config["validation"]["leave_one_language_out"]["fr"] > 0.5  # style alone carries the toy genres
    assert 0 <= config["validation"]["calibration"]["ece"] <= 1
    genre = GenreClassifier(model_dir=str(tmp_path / "genre"))
    doc = genre(make_doc("Headline\n\nThe ministry said on Monday that 30 roads would close, according to police.\n"))
    assert doc.genre is not None and doc.genre.label == "reporting"
    assert abs(sum(s.score for s in doc.genre.scores) - 1) < 0.01
