"""The persuasion components (techniques.v1, genre.v1, frames.v1) on hand-built documents, and the quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from spinscope.components.persuasion import (
    FrameClassifier,
    GenreClassifier,
    TechniqueSpans,
    technique_catalog,
)
from spinscope.components.persuasion_models import MODELS_DIR, ModelFilesMissing, split_sentences
from spinscope.document import ArticleInput, Document
from spinscope.pipeline import registered_components
from spinscope.result import TextRange
from spinscope.training.data import FRAMES, TECHNIQUES

GATE = Path(__file__).parent / "quality_gate" / "persuasion.jsonl"
GATE_BASELINE = Path(__file__).parent / "quality_gate" / "persuasion_baseline.json"
needs_models = pytest.mark.skipif(not (MODELS_DIR / "techniques" / "model.safetensors").is_file(),
                                  reason="trained models are absent")


def make_doc(text: str, *, language: str = "en") -> Document:
    """A working document with line paragraphs and rough sentences, as the segment component would give."""
    paragraphs: list[TextRange] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(TextRange(start=offset, end=offset + len(line)))
        offset += len(line) + 1
    sentences = [TextRange(start=s, end=e) for p in paragraphs for s, e in split_sentences(text, p.start, p.end)]
    return Document(text=text, meta=ArticleInput(text=text), paragraphs=paragraphs, sentences=sentences,
                    language=language)


def test_persuasion_components_are_registered() -> None:
    registry = registered_components()
    for name in ("techniques.v1", "genre.v1", "frames.v1"):
        assert name in registry
    assert registry["techniques.v1"].assigns == ("techniques",)


def test_persuasion_technique_catalog_covers_the_taxonomy() -> None:
    catalog = technique_catalog()
    assert set(catalog) == set(TECHNIQUES)
    assert len({c["category"] for c in catalog.values()}) == 6
    assert all(c["definition"].endswith(".") and len(c["definition"]) < 140 for c in catalog.values())


def test_persuasion_missing_model_files_fail_on_the_document(tmp_path: Path) -> None:
    for cls in (TechniqueSpans, GenreClassifier, FrameClassifier):
        component = cls(model_dir=str(tmp_path / "nothing"))
        with pytest.raises(ModelFilesMissing, match="train"):
            component(make_doc("Some English text here."))


def test_persuasion_other_languages_are_skipped_with_a_warning(tmp_path: Path) -> None:
    from spinscope.pipeline import Pipeline

    # Spanish is neither English nor one of the multilingual models' languages (fr, de, it, pl, ru)
    doc = make_doc("Este es un texto escrito en español.", language="es")
    names = ["techniques.v1", "genre.v1", "frames.v1"]
    # the components would fail without their model files: the pipeline must not call them at all
    pipeline = Pipeline(specs=[registered_components()[n] for n in names],
                        components=[cls(model_dir=str(tmp_path / "nothing"))
                                    for cls in (TechniqueSpans, GenreClassifier, FrameClassifier)])
    assert all("es" not in spec.languages and "en" in spec.languages for spec in pipeline.specs)
    doc = pipeline.run(doc)
    assert not doc.techniques and doc.genre is None and not doc.frames
    assert [(e.component, e.code) for e in doc.errors] == [(n, "W110") for n in pipeline.names]
    assert all(e.level == "warning" for e in doc.errors)


@pytest.fixture(scope="module")
def components() -> tuple[TechniqueSpans, GenreClassifier, FrameClassifier]:
    return TechniqueSpans(), GenreClassifier(), FrameClassifier()


OPINION = ("The globalist elites think you are stupid\n\n"
           "These arrogant, corrupt globalist elites have betrayed every hard-working family in this country. "
           "Their disastrous policies are a catastrophe.\n\n"
           "Wake up, patriots! Either we stand up now or we lose our nation forever.\n")


@pytest.mark.slow
@needs_models
def test_persuasion_components_fill_their_layers(components: tuple) -> None:
    techniques, genre, frames = components
    doc = frames(genre(techniques(make_doc(OPINION))))
    assert doc.techniques, "an openly propagandistic text yields techniques"
    for t in doc.techniques:
        assert 0 <= t.start < t.end <= len(doc.text) and t.label in TECHNIQUES and 0 <= t.score <= 1
        # the tagger's findings, or the loaded words of the lexicon stage where the tagger shows none
        assert (t.evidence.startswith("techniques.v1:minilm-tagger-") or t.evidence == "techniques.v1:lexicon") \
            and t.category
    assert any(t.evidence.startswith("techniques.v1:minilm-tagger-") for t in doc.techniques)
    assert doc.genre is not None and doc.genre.label == "opinion"
    assert abs(sum(s.score for s in doc.genre.scores) - 1) < 0.01
    for frame in doc.frames:
        assert frame.label in FRAMES and frame.supporting
        assert all(doc.text[s.start:s.end].strip() for s in frame.supporting)
    assert {"techniques.v1", "genre.v1", "frames.v1"} <= set(doc.models)


@needs_models
def test_persuasion_word_scores_are_kept_for_articles_up_to_the_limit(components: tuple, monkeypatch) -> None:
    from spinscope.components import persuasion

    techniques = components[0]
    kept = techniques(make_doc(OPINION))
    assert len(kept.cache["techniques.scores"]) >= 3  # one per paragraph: what `predict ptc --task tc` reads
    monkeypatch.setattr(persuasion, "KEEP_SCORES_MAX_CHARS", len(OPINION) - 1)
    long_one = techniques(make_doc(OPINION))
    assert "techniques.scores" not in long_one.cache
    assert [(t.start, t.end, t.label) for t in long_one.techniques] == [(t.start, t.end, t.label)
                                                                         for t in kept.techniques]


@pytest.mark.slow
@needs_models
def test_persuasion_long_paragraph_is_windowed_not_truncated(components: tuple) -> None:
    techniques = components[0]
    # a title line first: a body of one paragraph alone is scored sentence by sentence (techniques40.wire_units)
    text = ("A report\n" + "The report was published on Monday. " * 120
            + "These corrupt traitors are destroying our nation.")
    doc = techniques(make_doc(text))
    scores = doc.cache["techniques.scores"]
    assert len(scores) == 2
    assert scores[1].words[-1][1] >= len(text) - 1  # the last word was scored


def _gate_score(components: tuple) -> tuple[float, list[str]]:
    techniques, genre, _ = components
    passed, failures, total = 0, [], 0
    for line in GATE.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        doc = genre(techniques(make_doc(case["text"])))
        found = [(t.label, doc.text[t.start:t.end]) for t in doc.techniques]
        for want in case.get("spans", []):
            total += 1
            ok = any(label in want["labels"] and (want["text"] in span or span in want["text"])
                     for label, span in found)
            passed += ok
            if not ok:
                failures.append(f"{case['id']}: expected {want['labels']} on {want['text']!r}, found {found}")
        if case.get("none"):
            total += 1
            passed += not found
            if found:
                failures.append(f"{case['id']}: expected no technique, found {found}")
        if "genre" in case:
            total += 1
            ok = doc.genre is not None and doc.genre.label == case["genre"]
            passed += ok
            if not ok:
                failures.append(f"{case['id']}: expected genre {case['genre']}, found {doc.genre}")
    return passed / total, failures


@pytest.mark.slow
@needs_models
def test_persuasion_quality_gate_never_goes_down(components: tuple) -> None:
    """Hand-written articles with expected spans, genres and texts that must yield nothing.

    The share of expectations met may only go up: raise the baseline when the models improve.
    """
    score, failures = _gate_score(components)
    baseline = json.loads(GATE_BASELINE.read_text())["score"]
    assert score >= baseline - 1e-9, f"quality gate {score:.3f} < baseline {baseline:.3f}:\n" + "\n".join(failures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is vitally important for the dying Kyiv regime to act.", [("dying Kyiv regime", "Name_Calling-Labeling")]),
        ("The visa regime was eased.", []),
        ("The sanctions regime holds.", []),
        ("The regime fell.", [("regime", "Name_Calling-Labeling")]),
        ("A shameful betrayal.", [("shameful", "Loaded_Language"), ("betrayal", "Loaded_Language")]),
    ],
)
def test_persuasion_lexicon_stage(text, expected):
    from spinscope.components.persuasion_models import lexicon_spans

    assert [(text[s:e], label) for s, e, label in lexicon_spans(text, [(0, len(text))])] == expected


def test_persuasion_lexicon_parts_choose_the_lists() -> None:
    from spinscope.components.persuasion_models import lexicon_parts, lexicon_spans

    text = "It is vitally important for the dying Kyiv regime to act."
    assert lexicon_parts("loaded") == ("loaded",)
    assert lexicon_parts(True) == lexicon_parts("all") == ("labels", "loaded")
    assert lexicon_parts(False) == lexicon_parts("off") == lexicon_parts(None) == ()
    with pytest.raises(ValueError, match="'loud' is not one of"):
        lexicon_parts("loud")
    # alone, the loaded-word list marks the modifier the label phrase would otherwise swallow
    assert [(text[s:e], label) for s, e, label in lexicon_spans(text, [(0, len(text))], ("loaded",))] == [
        ("dying", "Loaded_Language")]
    assert [text[s:e] for s, e, _ in lexicon_spans(text, [(0, len(text))], ("labels",))] == ["dying Kyiv regime"]
    assert lexicon_spans(text, [(0, len(text))], ()) == []


@needs_models
def test_persuasion_lexicon_default_comes_from_the_model_config() -> None:
    from spinscope.errors import PipelineConfigError
    from spinscope.pipeline import Pipeline

    text = "Officials of the dying Kyiv regime met on Monday."
    default = TechniqueSpans()
    assert default.lexicon == ("loaded",)  # the committed config.json turns on the loaded words only
    found = [(text[t.start:t.end], t.label, t.evidence) for t in default(make_doc(text)).techniques]
    assert any(span.startswith("dying") and label == "Loaded_Language" for span, label, _ in found), found
    off = [t for t in TechniqueSpans(lexicon="off")(make_doc(text)).techniques if t.evidence.endswith(":lexicon")]
    assert off == []
    with pytest.raises(PipelineConfigError, match=r"configuration of techniques\.v1.*lexicon setting 'loud'"):
        Pipeline.from_names(["language.v1", "segment.v1", "techniques.v1"],
                            config={"techniques.v1": {"lexicon": "loud"}})


def test_genre_prior_shift_moves_mass_and_stays_a_distribution() -> None:
    import numpy as np

    from spinscope.components.persuasion_models import shift_genre

    probs = np.array([[0.6, 0.3, 0.1], [0.2, 0.2, 0.6]])
    shifted = shift_genre(probs, [0.0, 1.0, 0.0])
    assert np.allclose(shifted.sum(axis=1), 1.0)
    assert shifted[0].argmax() == 1 and shifted[0, 1] > probs[0, 1]  # e^1 * 0.3 > 0.6
    assert np.allclose(shift_genre(probs, [0.0, 0.0, 0.0]), probs)


# ------------------------------------------------------------------------------------------------ headlines


HEADLINE = "TRAITORS IN WASHINGTON BETRAY AMERICA AGAIN"
QUIET_BODY = ("The city council met on Tuesday to discuss the budget for next year. Members approved a plan to "
              "repair two bridges and hire six teachers.\nThe mayor said the vote was a good step.\n")


@pytest.mark.slow
@needs_models
def test_persuasion_headline_findings_are_spans_over_the_title(components: tuple) -> None:
    from spinscope.report.html import render_html
    from spinscope.report.text import technique_table

    techniques = components[0]
    doc = make_doc(QUIET_BODY)
    doc.meta = ArticleInput(text=QUIET_BODY, title=HEADLINE)
    doc = techniques(doc)
    found = {(HEADLINE[t.start:t.end], t.label) for t in doc.title_techniques}
    # the name-calling word is covered (a word span, or the title line when the word alone falls short of the
    # one-word margin): offsets are the title's
    assert any(label == "Name_Calling-Labeling" and "TRAITORS" in span for span, label in found), found
    assert all(0 <= t.start < t.end <= len(HEADLINE) for t in doc.title_techniques)
    # the body keeps its own offsets: the title is not in doc.text
    assert all(t.end <= len(doc.text) and "TRAITORS" not in doc.text[t.start:t.end] for t in doc.techniques)
    result = doc.to_result(components=[], version="test")
    dumped = json.loads(result.model_dump_json())
    assert dumped["title_techniques"] and dumped["article"]["title"] == HEADLINE
    html = render_html(result)
    h1 = html[html.index("<h1>"):html.index("</h1>")]
    assert "<mark" in h1 and "TRAITORS" in h1
    from rich.console import Console

    console = Console(record=True, width=160)
    console.print(technique_table(result))
    assert "[title] “TRAITORS" in console.export_text()


REPORTING_GATE = Path(__file__).parent / "quality_gate" / "reporting.jsonl"
#: Technique spans (title and body) per 1,000 words allowed on the straight news of REPORTING_GATE: measured
#: 5.4 over its five articles on 2026-12-01 (the war report carries most), 3.3 since one-word spans of every
#: technique need the margin (round 8); the validation split's reporting articles, propaganda outlets' "news",
#: get 12.8 and the real 2016 news of polnear_dev 22.5 (docs/EVALUATION.md, "Techniques, round 8").
REPORTING_SPANS_PER_1000_WORDS = 6.0


@pytest.mark.slow
@needs_models
def test_persuasion_reporting_articles_have_few_technique_spans(components: tuple) -> None:
    """Straight news written for this test: few technique spans, none on neutral words alone."""
    techniques = components[0]
    words = spans = 0
    found: list[tuple[str, str, str]] = []
    for line in REPORTING_GATE.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        doc = make_doc(case["text"])
        doc.meta = ArticleInput(text=case["text"], title=case["title"])
        doc = techniques(doc)
        words += len(case["title"].split()) + len(case["text"].split())
        spans += len(doc.techniques) + len(doc.title_techniques)
        found += [(case["id"], t.label, doc.text[t.start:t.end]) for t in doc.techniques]
        found += [(case["id"], t.label, case["title"][t.start:t.end]) for t in doc.title_techniques]
    assert 1000 * spans / words <= REPORTING_SPANS_PER_1000_WORDS, found
    neutral = {"weapons", "world", "missile", "drones", "attack", "strike", "vaccine"}
    assert not [f for f in found if f[2].lower() in neutral], found


INCITEMENT = ("The rally outside the court lasted two hours.\n"
              "Kill them all, a speaker shouted, and the crowd cheered. Another said the judges should be hanged.\n"
              "Police said nobody was hurt.\n")


@pytest.mark.slow
@needs_models
def test_persuasion_incitement_in_plain_words_gets_a_finding(components: tuple) -> None:
    """Calls to violence that the tagger scores below its thresholds are found by the incitement rule."""
    techniques = components[0]
    doc = techniques(make_doc(INCITEMENT))
    fear = [doc.text[t.start:t.end] for t in doc.techniques if t.label == "Appeal_to_Fear-Prejudice"]
    assert any("Kill them all" in f for f in fear), fear
    assert any("judges should be hanged" in f for f in fear), fear
    assert not any("nobody was hurt" in doc.text[t.start:t.end] for t in doc.techniques)
    rule = [t for t in doc.techniques if t.evidence == "techniques.v1:rule:incitement"]
    assert all(t.category and 0 < t.score <= 1 for t in rule)
    off = TechniqueSpans(incitement=False)(make_doc(INCITEMENT))
    assert not [t for t in off.techniques if t.evidence == "techniques.v1:rule:incitement"]


# ---------------------------------------------------------------------------------------------------- bad input

GERMAN_QUOTE = "\"Das ist eine Schande und ein Verrat an unserem Volk\", sagte ein Demonstrant vor dem Gebäude."
BAD_INPUT = {
    "title without body": ("CORRUPT TRAITORS SELL OUT OUR NATION\n\n", {}),
    "body without title": ("The council met on Tuesday. These corrupt traitors sold out our nation, the mayor said.\n"
                           "The vote was close.", {}),
    "all-caps title": ("SHAMEFUL COWARDS IN PARLIAMENT BETRAY EVERY HARD-WORKING FAMILY\n\n"
                       "The parliament voted on Tuesday to raise the fuel tax.", {}),
    "title over 300 characters": ("The parliament voted on Tuesday to raise the fuel tax.",
                                  {"title": "These corrupt traitors betrayed every family. " * 8}),
    "quotes in another language": ("The foreign minister arrived in Berlin on Monday for two days of talks on "
                                   "trade and energy, officials said.\n"
                                   f"{GERMAN_QUOTE}\n"
                                   "About two hundred people gathered outside the building, where the police kept "
                                   "them behind barriers.\n"
                                   "The corrupt regime must fall, protesters shouted, and the talks went on.", {}),
}


@pytest.mark.slow
@needs_models
@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_persuasion_bad_input_gets_findings_and_warnings_never_a_crash(case: str) -> None:
    from spinscope import analyze

    text, meta = BAD_INPUT[case]
    result = analyze(text, **meta)
    assert not result.failed, result.errors
    title = result.article.title or ""
    assert all(0 <= t.start < t.end <= len(title) for t in result.title_techniques)
    codes = {e.code for e in result.errors}
    if case == "body without title":
        assert not title and result.techniques and not result.title_techniques
    elif case == "title without body":
        assert title and not result.article.text.strip() and result.title_techniques
        assert "W104" in codes  # the layers that read the body had nothing to read
    elif case == "quotes in another language":
        assert "W042" in codes
        quote = result.article.text.index(GERMAN_QUOTE)
        assert not [t for t in result.techniques if quote <= t.start < quote + len(GERMAN_QUOTE)]
        assert any("corrupt" in result.span_text(t) for t in result.techniques)
    elif case == "all-caps title":
        # a text file's headline stays the first paragraph of the text: its findings are spans of the text
        assert len(title) > 60 and result.article.text.startswith(title) and not result.title_techniques
        assert any(t.end <= len(title) for t in result.techniques), case
    else:
        assert len(title) > 60 and result.title_techniques, case


# ---------------------------------------------------------------------------------------------- repetition rule

REPEATED = ("Shameful traitors in parliament voted again.\n"
            "These traitors sold the harbour, and the traitors lied about it. Mayor Harper said so.\n"
            "Harper asked the council to wait. Harper will decide in June, Harper said, and the vote waits.\n"
            "We will never forgive the traitors.\n")


def _scores_for(text: str, weights: dict[str, dict[str, float]]) -> list:
    """ParagraphScores over the lines of ``text``; ``weights[word][label]`` is every occurrence's probability,
    except that ``weights[word]["first only"]`` (a label) gives that label to the word's first occurrence only."""
    import re

    import numpy as np

    from spinscope.components.persuasion_models import ParagraphScores

    out, offset, first = [], 0, set()
    for line in text.split("\n"):
        if line.strip():
            words = [(offset + m.start(), offset + m.end()) for m in re.finditer(r"\w+|[^\w\s]", line)]
            probs = np.zeros((len(words), len(TECHNIQUES)), dtype=np.float32)
            for i, (s, e) in enumerate(words):
                w = text[s:e].lower()
                for label, p in weights.get(w, {}).items():
                    if label == "first only":
                        continue
                    probs[i, TECHNIQUES.index(label)] = p
                if "first only" in weights.get(w, {}) and w not in first:
                    first.add(w)
                    probs[i, TECHNIQUES.index(str(weights[w]["first only"]))] = 0.99
            out.append(ParagraphScores(offset, offset + len(line), words, probs, np.zeros(len(TECHNIQUES))))
        offset += len(line) + 1
    return out


def test_repetition_rule_marks_a_loaded_word_repeated_for_emphasis_not_a_name() -> None:
    from spinscope.components.persuasion_models import repetition_spans, word_level

    text = REPEATED
    scores = _scores_for(text, {"traitors": {"Repetition": 0.5}, "harper": {"Repetition": 0.6},
                                "vote": {"Repetition": 0.6}, "waits": {"Repetition": 0.6}})
    first = text.index("traitors")
    shown = [(first, first + len("traitors"), "Name_Calling-Labeling"),
             (text.index("Harper"), text.index("Harper") + 6, "Name_Calling-Labeling")]
    found = repetition_spans(text, scores, TECHNIQUES, shown)
    # the three later "traitors" (4 in all, one already shown); not "Harper" (a name: capitalised), not the
    # words said once or twice ("vote", "waits")
    assert [text[s:e] for s, e, _ in found] == ["traitors"] * 3
    assert all(label == "Repetition" and s > first for s, _, label in found)
    # nothing shown among its occurrences: recurrence alone is no repetition
    assert repetition_spans(text, scores, TECHNIQUES, shown[1:]) == []
    # a low Repetition score is not enough, and a label set without Repetition gets nothing
    low = _scores_for(text, {"traitors": {"Repetition": 0.3}})
    assert repetition_spans(text, low, TECHNIQUES, shown) == []
    assert repetition_spans(text, scores, [t for t in TECHNIQUES if t != "Repetition"], shown) == []
    # only a word-level finding anchors a word: a sentence-wide one says nothing about the word
    findings = [(*shown[1], "model"), (0, text.index("\n"), "Appeal_to_Fear-Prejudice", "model"),
                (0, text.index("\n"), "Loaded_Language", "techniques.v1:tagger:sentence")]
    assert word_level(findings) == [shown[1]]
    assert repetition_spans(text, scores, TECHNIQUES, [x[:3] for x in findings], word_level(findings)) == []
    # said more than ten times, a word is what the text is about
    many = text + "The traitors met the traitors. " * 4 + "\n"
    assert repetition_spans(many, _scores_for(many, {"traitors": {"Repetition": 0.5}}), TECHNIQUES, shown) == []
    # fewer than four occurrences
    three = text.replace("We will never forgive the traitors.", "We will never forgive them.")
    assert repetition_spans(three, _scores_for(three, {"traitors": {"Repetition": 0.5}}), TECHNIQUES, shown) == []


def test_repetition_rule_joins_neighbouring_words_and_never_cuts_a_word() -> None:
    from spinscope.components.persuasion_models import repetition_spans

    text = ("Stop the steal, stop the steal.\nThey steal and steal again.\nA well-steal-proof box.\n"
            "Steal, steal!\n")
    scores = _scores_for(text, {"steal": {"Repetition": 0.7}})
    shown = [(5, 14, "Slogans")]
    found = [text[s:e] for s, e, _ in repetition_spans(text, scores, TECHNIQUES, shown)]
    # "Steal, steal" is one span; words with another word between them stay apart
    assert found == ["steal", "steal", "steal", "Steal, steal"]
    assert all(not f.startswith("-") and "proof" not in f for f in found)


@needs_models
def test_persuasion_repetition_rule_in_the_component(components: tuple) -> None:
    """techniques.v1 shows the rule's spans with their evidence, and their paragraph carries Repetition (ST3)."""
    techniques = components[0]
    scores = _scores_for(REPEATED, {"traitors": {"Repetition": 0.5, "first only": "Name_Calling-Labeling"}})
    found, labels = techniques._findings(REPEATED, scores, np.zeros(len(TECHNIQUES)))
    rule = [t for t in found if t.evidence == "techniques.v1:rule:repetition"]
    assert [REPEATED[t.start:t.end] for t in rule] == ["traitors"] * 3
    assert all(t.label == "Repetition" and t.category and 0 < t.score <= 1 for t in rule)
    assert ["Repetition" in x for x in labels] == [False, True, False, True]
    off = TechniqueSpans(repetition=False)
    off_found, off_labels = off._findings(REPEATED, scores, np.zeros(len(TECHNIQUES)))
    assert not [t for t in off_found if t.evidence == "techniques.v1:rule:repetition"]
    assert not any("Repetition" in x for x in off_labels)


NEWS_NAME = ("The city council of Millbrook approved a budget of 12 million dollars for road repairs on Tuesday, "
             "Mayor Linda Harper said.\n"
             "Harper said the council voted seven to two in favour of the plan after a two-hour debate. The budget "
             "covers repairs to 40 streets and three bridges, according to a statement from Harper's office.\n"
             "Council member David Okafor, who voted against the plan, said the budget did not include enough money "
             "for sidewalks. Harper said sidewalks would be part of next year's budget.\n"
             "Work on the first streets will begin in March, Harper said. The council will review the budget again "
             "in September, when the city publishes its next financial report.\n")


@needs_models
def test_persuasion_repetition_rule_is_silent_on_a_news_report(components: tuple) -> None:
    """A news report that repeats a name and its topic words ("Harper", "budget", "council") gets no repetition."""
    doc = components[0](make_doc(NEWS_NAME))
    assert not [doc.text[t.start:t.end] for t in doc.techniques if t.label == "Repetition"]


def test_span_thresholds_add_the_offsets_to_the_calibrated_ones() -> None:
    from spinscope.components.persuasion_models import SPAN_OFFSETS, span_thresholds

    calibrated = [0.5] * len(TECHNIQUES)
    got = span_thresholds(TECHNIQUES, calibrated)
    assert SPAN_OFFSETS["Doubt"] > 0
    assert got[TECHNIQUES.index("Doubt")] == pytest.approx(0.5 + SPAN_OFFSETS["Doubt"])
    assert got[TECHNIQUES.index("Loaded_Language")] == 0.5
    with pytest.raises(ValueError, match="span thresholds"):
        span_thresholds(TECHNIQUES, calibrated[:-1])


def test_criminal_as_the_laws_word_is_no_loaded_language():
    """Straight news says "criminal charges" and "criminal record": the law's word, no loaded modifier."""
    from spinscope.components.persuasion_models import lexicon_spans

    text = ("The driver faced criminal charges and had a criminal record. Officials called the raid a criminal "
            "outrage, and the criminal gang's bosses fled.")
    found = [text[s:e] for s, e, label in lexicon_spans(text, [(0, len(text))]) if label == "Loaded_Language"]
    assert found == ["criminal"]  # the outrage; "criminal gang" is a group, as "criminal record" is a record
    assert text.index("criminal outrage") in [s for s, _, _ in lexicon_spans(text, [(0, len(text))])]


@needs_models
def test_label_sentence_score_stays_at_most_one_when_the_article_prior_lifts_it() -> None:
    """A paragraph the tagger is sure of, with no span of that technique in it, gets its label shown over its best
    sentence; the article prior (0.1 x the article's mean) can lift the probability past 1, and the finding's
    score must still be a probability (it raised a validation error and stopped the article)."""
    import re

    from spinscope.components.persuasion_models import ParagraphScores

    text = "Leading experts all agree that the new plan will work for every family in the valley."
    words = np.array([(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)])
    techniques = TechniqueSpans(sentence_head=False)
    # a technique the shipped tagger keeps for paragraph labels only (span threshold 0.9)
    assert techniques.tagger is not None
    spans_at = techniques.tagger.config["span_thresholds"]
    k = next(i for i, t in enumerate(spans_at) if t >= 0.9 and TECHNIQUES[i] not in ("Repetition",))
    probs = np.zeros((len(words), len(TECHNIQUES)), dtype=np.float32)
    probs[:, k] = 0.85  # under the technique's span threshold (0.9): no span
    head = np.zeros(len(TECHNIQUES), dtype=np.float32)
    head[k] = 1.0
    scores = [ParagraphScores(0, len(text), words, probs, head)]
    prior = techniques._prior(scores)
    assert (head[k] + 0.85) / 2 + prior[k] > 1.0
    found, labels = techniques._findings(text, scores, prior)
    shown = [t for t in found if t.label == TECHNIQUES[k]]
    assert labels == [[TECHNIQUES[k]]]
    assert len(shown) == 1 and shown[0].evidence.endswith(":sentence") and shown[0].score == 1.0
