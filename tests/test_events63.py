"""Round 63 (issue 17, wave 2): troop deployments, events62's open lead. Forces "arriving in" a place are deployed
there (MOBILIZE), not visiting (CONSULT); forces "sent in" / "deployed to" in the passive are a deployment by the
side their own phrase names; a deployment with no other side named is aimed at the place's country, else at the
deploying side itself (a domestic deployment, events62's convention).

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

from tests.event_predictions import triples

# --- forces arriving ------------------------------------------------------------------------------------------------

def test_events63_reinforcements_arriving_are_a_domestic_deployment() -> None:
    got = triples("Philippine troop reinforcements have begun arriving in the south as the government tries to end "
                  "weeks of fighting between rival clans.")
    assert ("MOBILIZE", "PHL", "PHL") in got and not any(t[0] == "CONSULT" for t in got)


def test_events63_split_reinforcements_keep_their_side() -> None:
    # the misspelt "re-enforcements" is split into three subjects by the parser; the demonym still gives the side
    got = triples("Malaysian troop re-enforcements began arriving in the eastern state on Monday to end the riots.")
    assert ("MOBILIZE", "MYS", "MYS") in got


def test_events63_forces_arriving_abroad_aim_at_the_place() -> None:
    assert ("MOBILIZE", "AUS", "TLS") in triples("Australian troop reinforcements began arriving in East Timor on "
                                                 "Tuesday.")


def test_events63_a_delegation_arriving_stays_a_visit() -> None:
    got = triples("The French delegation arrived in Beijing for talks with Chinese officials.")
    assert ("CONSULT", "FRA", "CHN") in got and not any(t[0] == "MOBILIZE" for t in got)


# --- forces sent in -------------------------------------------------------------------------------------------------

def test_events63_passive_sent_in() -> None:
    assert ("MOBILIZE", "THA", "THA") in triples("Thai soldiers and police were sent in to restore order in the "
                                                 "southern provinces.")


def test_events63_passive_sent_to_a_country() -> None:
    assert ("MOBILIZE", "GBR", "AFG") in triples("Fresh British troops are being sent in to Afghanistan to bolster "
                                                 "the alliance's force.")


def test_events63_forces_of_no_named_side_give_nothing() -> None:
    assert not any(t[0] == "MOBILIZE" for t in triples("More than 900 police were sent in to calm the town."))


def test_events63_active_deployment_to_a_province_is_domestic() -> None:
    assert ("MOBILIZE", "IDN", "IDN") in triples("Indonesia sent troops to Maluku to stop the fighting.")
