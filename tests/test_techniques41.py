"""Round 41 (issue 15): the tagger's Appeal_to_Authority, Causal_Oversimplification and False_Dilemma spans on
reported speech (a verb of saying or a quotation) are dropped (components/techniques41.py). Sentences of our own,
in the shape of the political news the rule is for."""

from __future__ import annotations

import pytest

from spinscope.components.persuasion_models import MODELS_DIR
from spinscope.components.techniques41 import REPORTED_FRAME_LABELS_41, reported_frame, without_reported_frames
from spinscope.result import Technique

needs_models = pytest.mark.skipif(not (MODELS_DIR / "techniques" / "model.safetensors").is_file(),
                                  reason="trained models are absent")
COMPONENTS = ["language.v1", "segment.v1", "sentence-vectors.v1", "techniques.v1"]

READERS = ("Readers sent us their views on the debate.\n\n"
           "\u201cHe talks about us as if we were all criminals. That is not who we are.\u201d \u2015 Maria Lopez\n\n"
           "\u201cShe answered every question calmly and I trust her judgement.\u201d \u2015 Peter Grant\n\n"
           "\u201cI am worried about what happens to my family after November.\u201d \u2015 Ana Ruiz")
HEALTH = ("The senator said on Tuesday that the bill would lower costs for families because it caps what insurers can "
          "charge.\n\n\u201cIf we do not pass this now, premiums will keep rising every year,\u201d she told reporters "
          "outside the Capitol.\n\nHer opponent said the cap would force insurers out of the state and leave patients "
          "with fewer choices.\n\nA vote is expected next week.")
SHAPES = ("The science is settled: leading doctors and the world's top health authorities all agree that the new "
          "vaccine is safe.\n\nEither we close the border now or we lose the country forever. There is no third way."
          "\n\nCrime went up because the mayor cut the police budget. It is that simple.\n\nCan we really trust "
          "anything this minister tells us? His record of broken promises speaks for itself.")


def test_reported_frame_reads_verbs_of_saying_and_quotation_marks() -> None:
    assert {"Appeal_to_Authority", "Causal_Oversimplification", "False_Dilemma-No_Choice"} == REPORTED_FRAME_LABELS_41
    for text in ("The governor said the plan would fail.", "According to the report, the plan would fail.",
                 "\u201cThe plan will fail.\u201d \u2015 A. Reader", "''It will fail,'' the aide added.",
                 "She warns that the plan will fail.", '"It will fail," he wrote.'):
        assert reported_frame(text, 0, len(text), "Appeal_to_Authority"), text
    for text in ("Leading experts agree the plan will fail.", "The plan will fail because it costs too much.",
                 "Their essays are due.", "It is the salesman\u2019s job."):
        assert not reported_frame(text, 0, len(text), "Causal_Oversimplification"), text
    text = "The governor said the plan would fail."
    assert not reported_frame(text, 0, len(text), "Doubt")  # a speaker casting doubt is often the technique
    assert not reported_frame(text, 0, len(text), "Loaded_Language")
    assert not reported_frame(text, len("The governor said "), len(text), "Appeal_to_Authority")  # the span only


def test_without_reported_frames_drops_only_the_taggers_spans() -> None:
    text = "The governor said the plan would fail."

    def t(label: str, evidence: str) -> Technique:
        return Technique(start=0, end=len(text), label=label, score=0.6, evidence=evidence)

    found = [t("Appeal_to_Authority", "techniques.v1:m"), t("Appeal_to_Authority", "techniques.v1:m:sentence"),
             t("False_Dilemma-No_Choice", "techniques.v1:m:head-sentence"), t("Doubt", "techniques.v1:m"),
             t("Causal_Oversimplification", "techniques.v1:m")]
    kept = without_reported_frames(text, found, "techniques.v1:m")
    assert [(x.label, x.evidence) for x in kept] == [("Appeal_to_Authority", "techniques.v1:m:sentence"),
                                                     ("False_Dilemma-No_Choice", "techniques.v1:m:head-sentence"),
                                                     ("Doubt", "techniques.v1:m")]


def test_evaluate_applies_the_rule_as_the_component_does() -> None:
    import spinscope.training.techniques as training

    assert training.reported_frame is reported_frame


def _shapes(text: str) -> list[tuple[str, str]]:
    from spinscope.api import analyze

    r = analyze(text, components=COMPONENTS)
    return [(t.label, text[t.start:t.end]) for t in r.techniques if t.label in REPORTED_FRAME_LABELS_41 | {"Doubt"}]


@pytest.mark.slow
@needs_models
def test_a_readers_quotation_and_its_name_is_no_appeal_to_authority() -> None:
    """main gave the first reader's quotation and name Appeal_to_Authority (0.59)."""
    assert _shapes(READERS) == []


@pytest.mark.slow
@needs_models
def test_a_reported_objection_is_no_false_dilemma() -> None:
    """main gave the opponent's reported objection False_Dilemma-No_Choice (0.64)."""
    assert _shapes(HEALTH) == []


@pytest.mark.slow
@needs_models
def test_the_shapes_in_the_writers_own_words_stay() -> None:
    """Guard, the same on main: an authority, a dilemma and a single cause in the writer's own words, and Doubt on
    a sentence with "tells", keep their spans."""
    labels = {label for label, _ in _shapes(SHAPES)}
    assert {"Appeal_to_Authority", "False_Dilemma-No_Choice", "Causal_Oversimplification", "Doubt"} <= labels
