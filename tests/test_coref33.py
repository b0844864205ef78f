"""Attributions, round 33: pronoun and title speakers (sentences written for the test, not taken from any
article). A role named inside the statement a pronoun closes is spoken about, not speaking; a role that names again
the subject of the sentence before keeps the pronoun with that person; "the <profession>" after a person quoted
goes to that person unless someone new of that profession was brought in."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _rows(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None, "name": a.speaker_name,
             "content": t[a.content.start:a.content.end]} for a in result.attributions]


def _name_of(rows: list[dict], content_start: str) -> str | None:
    row = next((r for r in rows if r["content"].startswith(content_start)), None)
    assert row is not None, rows
    return row["name"]


def test_a_role_inside_the_statement_a_pronoun_closes_is_not_its_speaker() -> None:
    rows = _rows("Bridge Opens\n\nMayor Harold Benning opened the new bridge on Friday. He admitted the opening "
                 "had been delayed. The ribbon was cut late so that the governor could attend, he said.\n")
    assert _name_of(rows, "The ribbon was cut late") == "Harold Benning"


def test_a_role_naming_again_the_subject_before_keeps_the_pronoun_with_that_person() -> None:
    rows = _rows("Fair Opens\n\nOlga Brandt praised the volunteers at the opening of the county fair. The former "
                 "county secretary, who founded the fair in 1998, spoke for ten minutes. She said, “This is the best "
                 "turnout we have ever had.”\n")
    assert _name_of(rows, "This is the best turnout") == "Olga Brandt"


def test_a_role_first_named_as_an_object_is_still_its_own_person() -> None:
    # the role's word used before (as the object of the subject's sentence) names someone else: no second mention
    rows = _rows("Fair Opens\n\nOlga Brandt thanked the secretary at the opening of the county fair. The secretary, "
                 "who keeps the accounts, spoke for ten minutes. She said, “This is the best turnout we have ever "
                 "had.”\n")
    assert _name_of(rows, "This is the best turnout") != "Olga Brandt"


def test_the_expert_after_a_quoted_person_is_that_person() -> None:
    rows = _rows("Dry Summer\n\nHydrologist Petra Lindqvist told the radio station that the reservoirs were half "
                 "empty. “We have never seen levels this low in July,” Lindqvist said. The mayor has asked residents "
                 "to save water. The water expert warned that the wells could run dry by September.\n")
    assert _name_of(rows, "the wells could run dry") == "Petra Lindqvist"


def test_the_expert_after_a_new_unnamed_expert_is_not_the_person_quoted_before() -> None:
    rows = _rows("Dry Summer\n\nHydrologist Petra Lindqvist told the radio station that the reservoirs were half "
                 "empty. “We have never seen levels this low in July,” Lindqvist said. An independent water expert "
                 "hired by the town council disagreed. The water expert warned that the wells could run dry by "
                 "September.\n")
    assert _name_of(rows, "the wells could run dry") != "Petra Lindqvist"


def test_a_person_named_inside_a_quote_is_not_the_next_pronoun_speaker() -> None:
    rows = _rows("Border Tension\n\nSecurity analyst Dennis Holt told the station that the talks would fail.\n"
                 "Holt said: “If Petrov feels cornered, he will escalate quickly.\n"
                 "“Petrov understands the value of surprise.”\n"
                 "He predicted that the border would be closed within a week.\n")
    assert _name_of(rows, "the border would be closed") == "Dennis Holt"


def test_a_person_named_outside_quotes_after_the_quote_still_takes_the_pronoun() -> None:
    rows = _rows("Border Tension\n\nSecurity analyst Dennis Holt told the station that the talks would fail.\n"
                 "Holt said: “If Petrov feels cornered, he will escalate quickly.”\n"
                 "Viktor Petrov spoke on state television on Monday evening.\n"
                 "He said that the border would stay open.\n")
    assert _name_of(rows, "the border would stay open") == "Viktor Petrov"
