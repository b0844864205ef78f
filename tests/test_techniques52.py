"""Round 46, helper tech52 (issue 15): the tagger's findings on a news page's furniture lines (techniques_gate52.v1).

Every line here is our own, written in the shape of the news pages measured (scripts/tech51, scripts/tech52)."""

from __future__ import annotations

from spinscope.components.techniques52 import (
    TechniquesGate52,
    caption_line,
    furniture_lines,
    title_line,
    trailing_title_run,
    without_furniture_findings,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"

BODY = ("The harbour board said on Friday it would close the old quay, a move critics call a disaster for the town.\n\n"
        "\u201cThey are killing this harbour,\u201d said one fisherman, who asked not to be named.\n\n")
CAPTION = ("Main Image: Boats tied up at the old quay, where the board plans a marina. "
           "Credit: Sam Rowe/Coast Press (CC BY 2.0)\n\n")
LINKS = ("More Stories From The Coast Gazette\n\n"
         "- Why Nobody Trusts the Harbour Board Anymore\n\n"
         "- Storm Leaves Three Villages Without Power\n\n"
         "- Is the Ferry Fare Rise a Scandal?\n")
TEXT = BODY + CAPTION + LINKS


def _t(words: str, label: str, evidence: str = TAGGER) -> Technique:
    at = TEXT.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.6, evidence=evidence)


def _doc(found: list[Technique], language: str = "en") -> Document:
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language=language)
    doc.techniques = found
    return doc


def test_caption_and_title_lines_by_shape() -> None:
    assert caption_line(CAPTION.strip())
    assert caption_line("Photo: a crowd outside the court")
    assert caption_line("Children at the new school (Image by Lee Park)")
    assert not caption_line("The board's photo of the quay was taken in May, it said.")
    assert not caption_line("Credit card spending rose in May, the bank said.")
    long_line = "Photos: the night of the storm. " + "The river rose all night and the town woke to it. " * 8
    assert not caption_line(long_line)  # a whole article saved as one line
    assert title_line("- Why Nobody Trusts the Harbour Board Anymore")
    assert title_line("Is the Ferry Fare Rise a Scandal?")
    assert not title_line("The harbour board said it would close the quay.")
    assert not title_line("prices fell again on the coast")
    assert not title_line("Subscribe")


def test_trailing_run_needs_three_lines_at_the_very_end() -> None:
    run = trailing_title_run(TEXT)
    assert [TEXT[s:e] for s, e in run] == [line for line in LINKS.split("\n") if line]
    # two titles only: no run
    assert trailing_title_run(BODY + "- One Short Title Here\n\n- Another Short Title\n") == []
    # titles followed by a body sentence are not at the end: no run
    assert trailing_title_run(LINKS + "\nThe board will meet again in June, a spokesman said.\n") == []
    # a body without furniture has none
    assert furniture_lines(BODY) == []


def test_gate_removes_the_taggers_findings_inside_furniture_lines_only() -> None:
    found = [_t("a disaster for the town", "Loaded_Language"),  # body: kept
             _t("They are killing this harbour", "Appeal_to_Fear-Prejudice"),  # body quote: kept
             _t("Why Nobody Trusts the Harbour Board Anymore", "Doubt"),  # link title: removed
             _t("a Scandal", "Loaded_Language"),  # link title: removed
             _t("Boats tied up at the old quay", "Name_Calling-Labeling"),  # caption: removed
             _t("Is the Ferry Fare Rise a Scandal?", "Doubt", evidence="techniques.v1:lexicon:doubt"),  # not tagger
             _t("More Stories From The Coast Gazette", "Flag_Waving", evidence=TAGGER + ":sentence")]  # shown label
    kept = [found[0], found[1], found[5], found[6]]
    assert TechniquesGate52()(_doc(list(found))).techniques == kept
    assert without_furniture_findings(TEXT, found) == kept
    # a span crossing from the body into the caption is kept (not wholly inside one line)
    cross = Technique(start=TEXT.index("asked not"), end=TEXT.index("Boats") + 5, label="Doubt", score=0.6,
                      evidence=TAGGER)
    assert without_furniture_findings(TEXT, [cross]) == [cross]
    assert TechniquesGate52()(_doc(list(found), language="de")).techniques == found  # English only
    assert TechniquesGate52()(_doc([])).techniques == []


def test_gate_runs_after_round_45s_people_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    # after gate47, tech50's gate50 and tech51's gate51 (round 46 merge)
    assert names.index("techniques_gate52.v1") == names.index("techniques_gate51.v1") + 1
