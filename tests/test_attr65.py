"""Attributions, round 65 (issue 16): the last round's open leads, on sentences written for the test (not taken from
any article). The tests marked "fails on main" fail without their rule (`attribution/round65.py`,
`attribution/round65_names.py`); the guards pass on both and pin what this round settled without a rule."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details

# a name the parser reads as the modifier of a verb taken for a noun, then a pronoun closing a quotation
VERBLESS = ('"We were beaten by a far better side," coach Tom Hale said.\nBut Scottish winger Ian Mackay begs to '
            'differ. "We can still reach the final in May," he said.\n')
# the same name as the object of an opening preposition, the pronoun in the sentence's second clause
VERBLESS_PP = ('"We were beaten by a far better side," coach Tom Hale said.\nOn Sunday Ian Mackay begs to differ, '
               'and he says the side can still reach the final in May.\n')


def _cue(rows: list[dict], cue: str) -> dict:
    found = [r for r in rows if r["cue"] == cue]
    assert found, rows
    return found[0]


def test_the_subject_of_is_set_to_announce_is_the_speaker() -> None:  # fails on main
    row = _cue(_rows("The premier is set to announce that the state budget will return to surplus next year.\n"),
                "announce")
    assert row["speaker"] == "The premier" and row["type"] == "government", row


def test_the_subject_of_is_scheduled_to_reveal_is_the_speaker() -> None:  # fails on main
    row = _cue(_rows("Harbour Rail was scheduled to reveal its new timetable for the coastal line on Friday.\n"),
               "reveal")
    assert row["speaker"] == "Harbour Rail" and row["named"], row


def test_likely_and_due_to_announce_keep_their_subject() -> None:  # guard: an adjective head, right on main
    for shape in ("is likely to", "is due to"):
        row = _cue(_rows(f"The water board {shape} announce that the dam will close in spring for repairs.\n"),
                   "announce")
        assert row["speaker"] == "The water board", row


def test_a_pronoun_subject_of_is_set_to_is_left_to_the_resolution() -> None:  # guard: noun phrases only
    rows = _rows("Maria Lopez chairs the water board. It is set to announce that the dam will close in spring.\n")
    assert all(r["name"] != "It" for r in rows), rows


def test_requested_permission_stays_a_request() -> None:  # guard: round 49's requests (PolNeAR: no instance)
    row = _cue(_rows("The boy's parents have requested permission to move him to a hospital in Perth.\n"),
               "requested")
    assert row["speaker"] == "The boy's parents", row


def test_a_name_read_as_a_verbs_modifier_is_the_pronouns_antecedent() -> None:  # fails on main
    rows = _rows(VERBLESS)
    row = [r for r in rows if r["content"].startswith("We can still reach")]
    assert row and row[0]["name"] == "Ian Mackay", rows


def test_a_name_after_an_opening_preposition_is_the_pronouns_antecedent() -> None:  # fails on main
    rows = _rows(VERBLESS_PP)
    row = [r for r in rows if r["content"].startswith("the side can still reach")]
    assert row and row[0]["name"] == "Ian Mackay", rows


def test_a_real_modifier_is_still_no_antecedent() -> None:  # guard: "a close X aide" in a sentence with its verb
    rows = _rows('"Costs will rise again next year," Ivan Petrov said.\nA close Tom Hale aide later warned of '
                 'delays. "We will fight on regardless," he said.\n')
    row = [r for r in rows if r["content"].startswith("We will fight on")]
    assert row and row[0]["name"] == "Ivan Petrov", rows
