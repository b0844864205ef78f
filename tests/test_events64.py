"""Round 64 (issue 17): an act inside a relative clause whose subject is the relative pronoun ("X, who is fighting
Y", "X, which has demanded that Y ...") is its antecedent's act (events61-63's open lead: a demand inside a relative
clause; Lee: a commander fighting the Taliban in such a clause gave nothing). The rule was measured and backed out
(removed at the merge; it is at commit 2343313e): its four tests are strict xfails, the guards pass.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted, triples

#: The rule was backed out (removed from ``events.py``): the tests of what it adds fail until a
#: narrower version is called again; the guards pass either way.
BACKED_OUT = pytest.mark.xfail(strict=True, reason="events64: relative-clause acts measured and backed out")


@BACKED_OUT
def test_events64_fight_in_a_relative_clause() -> None:
    got = triples("The Afghan commander, who is battling the Taliban near Herat, is an ally of the old king.")
    assert ("ASSAULT", "AFG", "AFG") in got


@BACKED_OUT
def test_events64_demand_in_a_relative_clause() -> None:
    got = triples("Pakistan, which has demanded that India pull its troops back from the border, turned down "
                  "the offer.")
    assert ("REQUEST", "PAK", "IND") in got


@BACKED_OUT
def test_events64_criticism_in_a_relative_clause() -> None:
    got = triples("Iran, which has condemned the Israeli air raids, called for an emergency session.")
    assert ("ACCUSE", "IRN", "ISR") in got


@BACKED_OUT
def test_events64_meeting_in_a_relative_clause() -> None:
    assert ("CONSULT", "PSE", "EGY") in triples("The Palestinian leader, who met Egyptian officials in Cairo on "
                                                "Sunday, flew home to Gaza.")


def test_events64_unnamed_antecedent_gives_nothing() -> None:
    # the relative clause hangs on a noun that names no actor: no source
    assert not any(e[0] == "ASSAULT" for e in predicted("The man who attacked the embassy was detained."))


def test_events64_main_clause_negation_does_not_reach_the_clause() -> None:
    # the clause's act is not negated by the main clause's "not": left out rather than coded negated
    got = predicted("Russia, which invaded Ukraine in 2022, has not been invited to the summit.")
    assert not any(e[0] == "ASSAULT" and e[3] == "negated" for e in got)


def test_events64_negated_clause_gives_no_act() -> None:
    assert not any(e[0] == "AID" and e[3] == "asserted"
                   for e in predicted("Germany, which has not sent tanks to Ukraine, faces criticism."))


def test_events64_asking_for_anonymity_is_no_request() -> None:
    # a relative clause's request about its own speaker ("asked to remain anonymous") is aimed at no side
    assert not any(e[0] == "REQUEST" for e in predicted("The letter was handed over by a Pakistani official who "
                                                        "asked to remain anonymous."))
