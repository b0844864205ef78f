"""Round 65 (issue 17): a market's demand is no request (SemEval-2025: a bloc's demand for a fuel "is booming" read
as the bloc's REQUEST), and events64's relative-clause acts, called again with three guards added (an antecedent
that is a thing named after a side, a negated or conditional clause, a verb of a standing relation), each written
from a wrong record on the PLOVER tuning half.

Every sentence here was written for these tests; none is from a gold or an article read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted, triples

#: The narrowed relative-clause rule was measured and backed out (not called): its test fails until it is.
BACKED_OUT = pytest.mark.xfail(strict=True, reason="events65: narrowed relative-clause acts backed out")


def _requests(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in predicted(text) if e[0] in ("REQUEST", "DEMAND")]


def test_events65_demand_for_a_fuel_is_no_request() -> None:
    assert not _requests("The EU's demand for oil is soaring this winter.")


def test_events65_booming_demand_is_no_request() -> None:
    assert not _requests("Japan's demand is booming after the long drought in its dams.")


def test_events65_demand_for_coal_in_a_longer_clause() -> None:
    assert not _requests("Poland's demand for coal jumped again as the cold spell lasted into March.")


def test_events65_political_demand_stays_a_request() -> None:
    # guard: a demand a side makes of another is a request, whatever follows "for"
    assert any(e[1] == "RUS" for e in _requests("Moscow's demand for security guarantees from NATO was rejected."))


@BACKED_OUT
def test_events65_visit_in_a_relative_clause() -> None:
    assert ("CONSULT", "KEN", "SOM") in triples("The Kenyan minister, who met Somali officials in Mogadishu on "
                                                "Friday, flew back to Nairobi.")


def test_events65_thing_named_after_a_side_does_not_act() -> None:
    # guard: the clause hangs on a resolution, not on the UN: its aim is no intent of the UN's toward Serbia (the
    # embargo noun's own SANCTION is main's reading and stays)
    got = triples("Greece said it will support a UN resolution that aims to widen the arms embargo on Serbia.")
    assert not any(e[0] == "AGREE" and e[1] == "IGO" for e in got)


def test_events65_negated_conditional_clause_gives_no_act() -> None:
    got = triples("Arab papers attacked the Israeli hawk, who has vowed not to hand the Golan back to Syria if "
                  "he wins the vote.")
    assert not any(e[0] in ("AGREE", "CONCEDE", "RETREAT") and e[2] == "SYR" for e in got)


def test_events65_standing_relation_is_no_act() -> None:
    got = triples("Washington imposed sanctions on the Yemeni militia that controls the north of Yemen.")
    assert not any(e[0] == "COOPERATE" for e in got)


def test_events65_money_accepted_is_no_agreement() -> None:
    got = triples("Five million pounds was accepted by the Labour Party from the tycoon last year.")
    assert not any(e[0] == "AGREE" for e in got)


def test_events65_aid_money_accepted_is_no_agreement() -> None:
    assert ("AGREE", "KEN", "JPN") not in triples("Kenya accepted 30 million dollars in aid from Japan.")


def test_events65_accepted_proposal_stays_an_agreement() -> None:
    # guard: accepting a proposal is an agreement
    assert ("AGREE", "IRN", "IGO") in triples("Iran accepted the UN proposal for a ceasefire.")
