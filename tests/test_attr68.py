"""Attributions, round 68: shapes from round 68's propaganda-site development gold (sentences written for the test,
not taken from any article). The rule tests fail without `attribution/round68.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_stance_verb_with_a_bare_object_is_no_report() -> None:
    rows = _rows("The museum now works with a fringe club that defends vandalism and hosts talks by a speaker who "
                 "advocates a total ban on tourists.\n")
    assert not [r for r in rows if r["cue"] in ("defends", "advocates")], rows


def test_decision_and_realization_are_no_reports() -> None:
    rows = _rows("The mayor has apparently decided to ignore the auditors this year. What we see is that the mayor "
                 "realized she has no power over the budget, so she stalls.\n")
    assert not [r for r in rows if r["cue"] in ("decided", "realized")], rows


def test_cited_headline_in_a_paragraph_is_no_report() -> None:
    rows = _rows("Harbour Board Notes\n\nThe board wrote on Monday that the pier will close. US Judge Rejects Bid to "
                 "Dismiss Migrant Worker's Lawsuit, Valley Times/Reuters, May 4, 2018\n")
    assert not [r for r in rows if r["cue"] in ("Rejects", "Dismiss")], rows


def test_headline_cue_stays() -> None:  # guard: an article's own headline is a report (PolNeAR)
    rows = _rows("Mayor Says Harbour Pier Will Close\n\nThe mayor told reporters the pier will shut next week.\n")
    assert [r for r in rows if r["cue"] == "Says"], rows


def test_according_to_inside_an_outer_report_is_the_outer_speakers() -> None:
    rows = _rows("The inspectors stressed that most of the valley's bridges are unsafe and, according to the "
                 "transport agency, it will take a year before they are all repaired.\n")
    found = [r for r in rows if r["cue"] == "stressed"]
    assert found and found[0]["speaker"] == "The inspectors", rows
    assert found[0]["content"].startswith("most of the valley"), rows
    assert not [r for r in rows if r["cue"] == "according to"], rows


def test_letter_saying_is_the_letters() -> None:
    rows = _rows("Advocates filed a letter to him from the Harbour Authority saying that under the old deal he "
                 "could stay in the flat until May.\n")
    found = [r for r in rows if r["cue"] == "saying"]
    assert found and found[0]["speaker"].startswith("a letter"), rows


def test_object_not_report() -> None:
    rows = _rows("The deputy chief explained more about the guard's movements on the night of the fire. The judge "
                 "expressed a dim view of the decision.\n")
    assert not [r for r in rows if r["cue"] in ("explained", "expressed")], rows


def test_quote_closed_by_name_and_unlisted_verb() -> None:
    rows = _rows("Marta Kovac wrote a play about her village. The council has now cancelled it. Her cousin Ivo "
                 "Kovac had posted, \"The council fears plays. Time to say so.\"\n"
                 "\"I have learned to feel unwanted in my own town,\" Marta Kovac grumbles. Nobody listens.\n")
    found = [r for r in rows if r["content"] and r["content"].startswith("I have learned")]
    assert found and found[0]["speaker"] == "Marta Kovac", rows
