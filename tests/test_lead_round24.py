"""The lead's round-24 rules, from reading real news: each test fails without its rule (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

from tests.test_lead_round22 import _attributions, _events, _said


def test_an_objects_passive_participle_is_no_act_of_the_clause_subject() -> None:
    events = _events("Talks can start once Ukrainian troops have regained the towns occupied by Russia since the "
                     "invasion began.")
    # the occupation is Russia's, a description of the towns: not the troops' act on Russia
    assert not any(e[0] == "Ukrainian Armed Forces" and e[1] == "ASSAULT" and e[2] == "Russia" and
                   e[3] == "hypothetical" for e in events)


def test_admiration_expressed_is_praise_not_criticism() -> None:
    events = _events("The former secretary of state, Henry Dorn, said he wished to express admiration for President "
                     "Volodymyr Zelensky.")
    assert not any(e[1] == "ACCUSE" for e in events)
    assert any(e[1] == "SUPPORT" and e[2] == "Volodymyr Zelensky" for e in events)


def test_a_cancer_battle_or_a_trade_war_is_no_armed_fight() -> None:
    events = _events("Vladimir Putin is hiding his cancer battle from the public.\n\nChina and Japan are locked in a "
                     "trade war.")
    assert not any(e[1] in ("ASSAULT", "FIGHT") for e in events)


def test_an_as_clause_with_its_own_object_reports_nothing() -> None:
    rows = _attributions("Now the ailing leader has sealed the medical files that reveal his illness as he fears a "
                         "coup inside the palace.")
    assert not any(r["content"].startswith("Now the ailing leader") for r in rows)
    assert _said(_attributions("The economy will shrink this year, as the minister warned."),
                 "economy will shrink")["cue"] == "warned"


def test_a_country_named_as_the_topic_of_a_stance_is_no_target() -> None:
    events = _events("The former finance minister of Austria criticised his old party regarding its stance on the "
                     "Ukraine-Russia conflict.")
    assert not any(e[1] == "ACCUSE" and e[2] in ("Ukraine", "Russia") for e in events)


def test_a_survey_conducted_is_no_cooperation() -> None:
    events = _events("Harvard University conducted a survey of voters in Taiwan on trust in the United States.\n\n"
                     "Russia and Belarus conducted joint exercises near the border.")
    assert not any(e[0] == "Harvard University" for e in events)
    assert any(e[1] == "COOPERATE" and e[0] == "Russia" for e in events)


def test_suspecting_that_something_is_so_is_no_accusation() -> None:
    events = _events("\"We suspect that the drop came from the war in Ukraine,\" the pollster told the Taipei Times.")
    assert not any(e[1] == "ACCUSE" for e in events)


def test_a_market_rally_is_no_protest() -> None:
    events = _events("Shares of Boeing and Airbus rallied on Monday after the order.\n\nGeneral Dynamics gained 6% "
                     "and Northrop Grumman rallied after the announcement.")
    assert not any(e[1] == "PROTEST" for e in events)


def test_supporting_the_enemies_of_a_state_is_no_support_of_it() -> None:
    events = _events("Russia is supporting the enemies of Israel, the lawmaker said on Friday.")
    assert not any(e[1] == "SUPPORT" and e[2] == "Israel" for e in events)


def test_lets_is_the_writer_not_a_person_named_s() -> None:
    rows = _attributions("We looked at the players first. Now, let\u2019s talk about the costs of the deal.")
    talk = _said(rows, "costs of the deal")
    assert talk["type"] == "author"
