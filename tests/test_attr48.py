"""Attributions, round 48: false cues, hypotheticals and speakers on longer PTC articles (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

from spinscope.components.attribution.cues import Candidate
from spinscope.components.attribution.round48 import _fold_inner_quotes
from tests.attribution_rows import attribution_details

_rows = attribution_details


def _triples(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(r["speaker"], r["cue"], r["content"]) for r in _rows(text)]


def test_said_nothing_about_is_no_statement_but_the_coordinated_report_stays() -> None:
    rows = _triples("Those remarks from the envoy were odd: she said nothing about which side had shelled the "
                    "town, and implied that outsiders were to blame.")
    assert [content for _, _, content in rows] == ["outsiders were to blame"], rows


def test_a_report_in_an_if_clause_is_hypothetical() -> None:
    assert _rows("If another guest says, \u201cHe was at home all night,\u201d that helps the mayor.") == []


def test_an_if_clause_ended_by_but_leaves_the_next_report() -> None:
    rows = _triples("The city has said it will pay in bonds if cash transfers fail to clear but the rating agency "
                    "has said that would count as a default.")
    assert ("the rating agency", "said") in [(s, c) for s, c, _ in rows], rows


def test_a_quote_after_a_scripture_reference_is_given_to_the_reference() -> None:
    rows = _triples("The pilot told passengers over the radio: \u201cStay calm and you will be fine.\u201d The "
                    "airline seems to have adopted that line.\n\u201cDo not judge, or you too will be judged.\u201d "
                    "(Matthew 7:1)")
    assert ("Matthew 7:1", None, "Do not judge, or you too will be judged") in rows, rows


def test_a_name_with_a_long_appositive_and_a_pardon_speaks_its_that_clause() -> None:
    rows = _triples("Walter Briggs, a former army clerk who served a year in a state prison for copying secret "
                    "pages of the ledger he kept but was later pardoned by President Ann Hale, says that he is "
                    "going to sue several members of the old cabinet, including its former treasurer.")
    assert [(s, c) for s, c, _ in rows] == [("Walter Briggs", "says")], rows
    assert rows[0][2].startswith("he is going to sue"), rows


def test_a_quotation_starting_inside_a_stance_content_is_folded_into_it() -> None:
    stance = Candidate(kind="mixed", content=(30, 90), speaker=(0, 8), cue=(9, 17), score=0.3,
                       evidence="attributions.v1:stance-verb:lament:dobj")
    inner = Candidate(kind="direct", content=(60, 140), speaker=(0, 8), cue=None, score=0.55,
                      evidence="attributions.v1:quote-continues-previous")
    out = _fold_inner_quotes([stance, inner])
    assert [(c.content, c.cue) for c in out] == [((30, 140), (9, 17))]
    apart = Candidate(kind="direct", content=(95, 140), speaker=(0, 8), cue=None, score=0.55,
                      evidence="attributions.v1:quote-continues-previous")
    assert len(_fold_inner_quotes([stance, apart])) == 2


def test_telling_an_anaphoric_story_is_no_attribution() -> None:
    assert _rows("Unless both sides begin telling the same account, no one can be sure the crash happened.") == []
