"""Round 52 (issue 17), the lead's reading of round 52: a "he" is no place of the police who told it, attending a
forum is no meeting, planning on being in an office, an account's check and doing as a firm did are no events,
bargaining is a negotiation, no target from a relative clause's head, a subject's conjunct or an adjunct, and a
relative clause's act is its own subject's.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

from tests.event_predictions import predicted


def _named(text: str) -> list[tuple[str, str | None, str | None]]:
    """(event, source name, target name) of every event ``predict events`` finds in ``text``."""
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    return [(e["event"], e["source"], e["target"]) for e in out["events"]]


def test_events52_a_he_told_by_police_in_a_state_is_no_state() -> None:
    text = ("Journalist Dana Brooks was told by police in Minnesota that he wanted protection from her once he "
            "heard she would attend a school forum. The campaign in Minnesota declined to comment.")
    events = _named(text)
    assert not any(source == "Minnesota" for _, source, _ in events)
    assert not any(event == "CONSULT" for event, _, _ in events)


def test_events52_attending_a_forum_is_no_meeting_with_its_place() -> None:
    assert not any(e[0] == "CONSULT" for e in predicted("Mary Kline was attending the forum in Ohio."))


def test_events52_attending_a_summit_with_a_named_guest_stays_a_meeting() -> None:
    assert any(e[0] == "CONSULT" for e in predicted("Putin attended a summit with the Chinese president in Astana."))


def test_events52_planning_on_being_in_an_office_is_no_agreement() -> None:
    text = "Reporters asked Senator Tom Reed about the police report and how he plans on being mayor of Chicago."
    assert not any(e[0] == "AGREE" for e in predicted(text))


def test_events52_an_account_verified_by_a_platform_is_no_concession() -> None:
    text = "\u201cWe were verified by Facebook with a blue badge next to our name,\u201d the Canadian activist said."
    assert not any(e[0] == "CONCEDE" for e in predicted(text))


def test_events52_pulling_a_firm_is_doing_as_it_did_no_threat() -> None:
    text = "Senator Tom Reed and the American Medical Association plan to pull a Dick's Sporting Goods on rifles."
    assert not any(e[0] == "THREATEN" for e in predicted(text))


def test_events52_bargaining_with_someone_is_a_negotiation() -> None:
    events = predicted("Tom Reed hoped that Cuba never reaches the stage where it must barter with these officials.")
    assert not any(e[0] == "SUPPORT" for e in events)


def test_events52_the_head_of_a_relative_clause_object_is_no_target() -> None:
    text = ("She has a long list of things the American Medical Association supports, yet she fails, like every "
            "other Democrat, to tell us why.")
    events = _named(text)
    assert any(event == "SUPPORT" for event, _, _ in events)
    assert not any(target == "Democrat" for _, _, target in events)


def test_events52_a_conjoined_subject_is_no_target() -> None:
    events = _named("Does Tom Reed and the American Medical Association support our military?")
    assert events and all(target is None for _, _, target in events)


def test_events52_a_country_in_an_adjunct_of_time_is_no_target() -> None:
    text = ("Given what we found, and its timing so close ahead of the US midterm vote, Facebook wanted to give some "
            "details.")
    events = _named(text)
    assert events and all(target is None for _, _, target in events)


def test_events52_a_target_after_an_adjunct_stays() -> None:
    assert ("ACCUSE", "RUS", "USA") in {e[:3] for e in predicted(
        "Ahead of the summit, Russia criticized the United States.")}


def test_events52_a_relative_clause_act_is_its_own_subjects() -> None:
    text = ("Pages like Cop Block, the Free Thought Project and Press for Truth did not fit the story these same "
            "companies used to wipe out Alex Jones.")
    assert not any(source in ("Cop Block", "Press for Truth") for _, source, _ in _named(text))
