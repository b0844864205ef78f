"""Attributions, round 71: shapes from round 71's PTC development gold and the open leads (sentences written for
the test, not taken from any article). The rule tests fail without `attribution/round71.py` (and round 71's change
to `quotes.find_quotes`); the guards pass on both."""

from __future__ import annotations

from spinscope.components.attribution.quotes import find_quotes
from spinscope.document import TextRange
from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_straight_quote_holding_curly_quotes_is_one_quotation() -> None:
    text = 'The poet claimed "it is not that the board is “banning” plays but that it is tired of them".'
    quotes, _ = find_quotes(text, [TextRange(start=0, end=len(text))])
    assert [(text[q.start], text[q.end - 1]) for q in quotes] == [('"', '"')], quotes


def test_curly_pair_inside_straight_quote_keeps_one_speaker() -> None:  # guard: passes on main too
    rows = _rows('Ivo Marek, a playwright, once claimed "it is not that the council is “closing” theatres — it is '
                 'that the council is resisting a campaign to fill them," when defending a strike by actors.\n')
    found = [r for r in rows if r["content"] and "it is not that" in r["content"]]
    assert found and found[0]["name"] == "Ivo Marek", rows
    assert not [r for r in rows if r["speaker"] == "the council"], rows


def test_lets_assume_gives_way_to_the_report_inside() -> None:
    rows = _rows("Now, let's assume instead that Petra was honest when she said she was being blackmailed.\n")
    assert not [r for r in rows if r["cue"] == "assume"], rows
    found = [r for r in rows if r["cue"] == "said"]
    assert found and found[0]["content"].startswith("she was being blackmailed"), rows


def test_negated_subject_and_negated_discovery_are_no_reports() -> None:
    rows = _rows("No sensible voter can seriously believe that the tax will fall next year. The guards had not "
                 "discovered that the prisoner was digging a tunnel.\n")
    assert not [r for r in rows if r["cue"] in ("believe", "discovered")], rows


def test_give_ensure_truth_and_make_certain_are_no_cues() -> None:
    rows = _rows("Once the council gives the mayor what he wants, the deal is done. The agency had to ensure that "
                 "reporters would find nothing. Perhaps Petra was telling the truth. They had to make certain that "
                 "she was not on to them.\n")
    assert not [r for r in rows if r["cue"] in ("gives", "ensure", "telling", "make")], rows


def test_featured_name_is_the_participles_speaker() -> None:
    rows = _rows("Harbour Club Hosts Protest Night\n\nThe fruits of the HCB and PNW partnership have been a series of "
                 "events attacking the port.\nA third HCB-PNW event featured Ofrat Yelday, an anti-harbour activist, "
                 "accusing the port of racism.\n")
    found = [r for r in rows if r["cue"] == "accusing"]
    assert found and found[0]["speaker"] == "Ofrat Yelday", rows
