"""Round 42 (issue 15): tagger spans that are fragments (over a closing quotation mark into the next speaker's
title, a piece of a name, a title cut from its name) are trimmed or dropped (components/techniques42.py). Sentences
of our own, in the shape of the campaign news the rule is for."""

from __future__ import annotations

import pytest

from spinscope.components.persuasion_models import MODELS_DIR
from spinscope.components.techniques42 import (
    closing_quote_cut,
    fragment_fix,
    fragment_span,
    inside_name,
    name_runs,
    without_fragments,
)
from spinscope.result import Technique

needs_models = pytest.mark.skipif(not (MODELS_DIR / "techniques" / "model.safetensors").is_file(),
                                  reason="trained models are absent")
COMPONENTS = ["language.v1", "segment.v1", "sentence-vectors.v1", "techniques.v1"]

# a quotation broken over two lines, its last word and the speaker's title read as one sentence
QUOTE_ON = ("Democrats lined up on Sunday to demand that the full findings be handed to Congress and to the public.\n"
            "\u201cVoters paid for this inquiry and they have every right to read all of it. Hand over the whole "
            "thing, right\nNow,\u201d Sen. Maria Lopez of Oregon posted.\n"
            "Republicans said the summary was enough.")
# a department's name inside a former official's title
DEPARTMENT = ("Candidates spent the weekend courting veterans in the swing states.\n"
              "Ex-Tulsa mayor and one-time Veterans Affairs and Homeland Security Secretary Tom Reyes posted that "
              "the \u201cAmerican people deserve to know the whole story about what went wrong at our hospitals.\n"
              "The White House did not respond.")


def _at(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return i, i + len(words)


def test_a_span_over_a_closing_quotation_mark_is_cut_there_or_dropped() -> None:
    t = "\u201cWe will not stop until the job is done, not now,\u201d Rep. Dan Ortiz said."
    assert closing_quote_cut(t, *_at(t, "now,\u201d Rep")) == t.index("\u201d")
    assert fragment_fix(t, *_at(t, "now,\u201d Rep")) is None  # one word of the quotation: nothing to keep
    s, e = _at(t, "We will not stop until the job is done, not now,\u201d Rep")
    assert fragment_fix(t, s, e) == (s, t.index(", not now") + len(", not now"))
    assert fragment_fix(t, 0, len(t)) == (0, len(t))  # the whole quotation and its frame: no fragment
    assert fragment_fix(t, *_at(t, "stop until the job")) == _at(t, "stop until the job")
    # the New York Times' files write two single quotes at both ends of a quotation
    t = "''They lied to us,'' the mayor said. ''Never again.''"
    assert closing_quote_cut(t, *_at(t, "lied to us,'' the mayor")) == t.index("'' the")
    assert closing_quote_cut(t, *_at(t, "said. ''Never again")) is None  # an opening mark, not a closing one
    t = 'He called it "a total disgrace" and walked out.'
    assert not fragment_span(t, *_at(t, '"a total disgrace" and walked'))  # the quotation opens inside the span


def test_a_piece_of_a_name_or_a_title_cut_from_its_name_is_dropped() -> None:
    t = "Money from the Bureau of Land and Water Management arrived late."
    assert (t.index("Bureau"), t.index(" arrived")) in name_runs(t, 0, len(t))
    assert inside_name(t, *_at(t, "and Water Management"))
    assert inside_name(t, *_at(t, "Water"))
    assert not inside_name(t, *_at(t, "Bureau of Land and Water Management"))  # the whole name
    t = "Former two-term Gov. Ellen Park spoke first."
    assert inside_name(t, *_at(t, "Former two-term Gov"))
    assert not inside_name(t, *_at(t, "Ellen Park spoke first"))
    for t, words in (("The American people will decide.", "American"), ("Americans deserve better.", "Americans"),
                     ("They love America and its flag.", "America"), ("Make Our Town Proud Again", "Proud")):
        assert not inside_name(t, *_at(t, words)), t  # a sentence's first word, a lone name, a headline line
    t = "They thanked the Sons of Liberty Club and went home."
    assert not inside_name(t, *_at(t, "the Sons of Liberty Club and went home"))  # longer than a name piece


def test_without_fragments_reads_only_the_given_evidence() -> None:
    t = "Money from the Bureau of Land and Water Management arrived late."
    s, e = _at(t, "and Water Management")

    def f(evidence: str) -> Technique:
        return Technique(start=s, end=e, label="Flag_Waving", score=0.6, evidence=evidence)

    found = [f("techniques.v1:m"), f("techniques.v1:m:sentence"), f("techniques.v1:lexicon"),
             f("techniques.v1:m:head-sentence")]
    kept = without_fragments(t, found, ("techniques.v1:m", "techniques.v1:m:sentence"))
    assert [x.evidence for x in kept] == ["techniques.v1:lexicon", "techniques.v1:m:head-sentence"]
    q = "\u201cWe will not stop until the job is done,\u201d Rep. Dan Ortiz said."
    span = Technique(start=1, end=q.index(" Dan"), label="Loaded_Language", score=0.7, evidence="techniques.v1:m")
    (cut,) = without_fragments(q, [span], ("techniques.v1:m",))
    assert (cut.start, cut.end, cut.label) == (1, q.index(",\u201d"), "Loaded_Language")


def test_evaluate_applies_the_rule_as_the_component_does() -> None:
    import spinscope.training.techniques as training

    assert training.fragment_fix is fragment_fix
    t = "Aid from the Bureau of Land and Water Management came."
    spans = [(*_at(t, "and Water"), "Flag_Waving"), (*_at(t, "Aid from"), "Doubt")]
    assert training._without_fragments42(t, spans) == spans[1:]


def _fragments(text: str) -> list[tuple[str, str]]:
    from spinscope.api import analyze

    r = analyze(text, components=COMPONENTS)
    return [(t.label, text[t.start:t.end]) for t in r.techniques if fragment_span(text, t.start, t.end)]


@pytest.mark.slow
@needs_models
def test_no_finding_runs_from_a_quotation_into_the_next_speakers_title() -> None:
    """main showed the paragraph's Loaded_Language on the quotation's last word and the senator's title (0.61)."""
    assert _fragments(QUOTE_ON) == []


@pytest.mark.slow
@needs_models
def test_no_finding_on_a_piece_of_a_departments_name() -> None:
    """main gave Flag_Waving to the tail of the department's name (0.57); the quoted appeal to the people stays."""
    from spinscope.api import analyze

    assert _fragments(DEPARTMENT) == []
    r = analyze(DEPARTMENT, components=COMPONENTS)
    assert any(t.label == "Flag_Waving" and "American people" in DEPARTMENT[t.start:t.end] for t in r.techniques)
