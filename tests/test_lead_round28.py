"""The lead's round-28 rules, from reading real news: each test fails without its rule (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze
from tests.test_lead_round22 import EVENT_COMPONENTS, _events


def test_stopping_trade_is_a_sanction_not_cooperation() -> None:
    assert _events("Apple ceased selling products to Russia in March.") == [
        ("Apple", "SANCTION", "Russia", "asserted")]
    assert any(e[0] == "Germany" and e[1] == "SANCTION" and e[2] == "Russia"
               for e in _events("Germany stopped buying Russian gas last year."))
    # going on with trade stays what it was
    assert not any(e[1] == "SANCTION" for e in _events("Japan will continue buying Russian oil."))


def test_an_unanswered_request_for_comment_is_no_event() -> None:
    assert not _events("A request for comment was not answered by the Russian embassy.")


def test_a_police_chief_or_sheriff_named_with_the_title_is_a_government_source() -> None:
    result = analyze("Westerville Police Chief Joe Morbitzer said the officers were shot. Sheriff Dana Kettering said "
                     "the guard was hit.", components=EVENT_COMPONENTS)
    assert [(a.speaker_name, a.source_type) for a in result.attributions] == [
        ("Joe Morbitzer", "government"), ("Dana Kettering", "government")]


def test_a_gerund_after_a_time_preposition_is_done_by_the_main_clauses_subject() -> None:
    assert ("Xi Jinping", "CONSULT", "Vladimir Putin", "asserted") in _events(
        "After meeting Putin in Moscow, Xi flew home.")
    assert ("Russia", "ASSAULT", "Ukraine", "asserted") in _events(
        "Before invading Ukraine, Russia massed troops on the border.")
    # whatever the main clause's voice: the fighters who were killed attacked first
    assert ("Hamas", "ASSAULT", "Israel", "asserted") in _events(
        "Three Hamas fighters were killed by Israeli troops after attacking an Israeli post.")


def test_a_gerund_with_no_object_after_a_time_preposition_names_no_doer() -> None:
    events = _events("Georgia put its army on high alert after shelling on the border.")
    assert not any(e[1] == "ASSAULT" for e in events)
