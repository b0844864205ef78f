"""Round 47 (issue 17), the lead's reading of partisan news: stepping in to act is the act, a place inside the
object's phrase or the place someone is welcomed into is no target, dropping charges eases a legal measure.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


def test_events47_stepping_up_to_arrest_is_the_arrest() -> None:
    events = [e[0] for e in _predicted("The FBI has stepped up to arrest four suspects in the fraud case.")]
    assert "COERCE" in events
    assert "COOPERATE" not in events


def _actor_codes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(event, source actor code, target actor code) of every event ``predict events`` finds in ``text``."""
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    return [(e["event"], e["source_actor_code"], e["target_actor_code"]) for e in out["events"]]


def test_events47_a_place_inside_the_object_phrase_is_no_target() -> None:
    events = _actor_codes("The FBI has arrested seven former members of a commune in New Mexico.")
    assert events == [("COERCE", "USACOP", None)]


def test_events47_civilians_of_a_country_stay_the_target() -> None:
    # guard: the actor layer's own civilians are the target, the rule only drops a bare place
    triples = _triples("Russian forces arrested dozens of residents of a village in Ukraine.")
    assert ("COERCE", "RUS", "UKR") in triples


def test_events47_the_one_welcomed_is_the_target_not_the_country() -> None:
    triples = _triples("Germany criticized the move. The British government welcomed him into the country.")
    assert not any(t[2] == "GBR" for t in triples)
    triples = _triples("Germany criticized the move. The Home Office welcomed the cleric into Britain.")
    assert not any(t[2] == "GBR" for t in triples)


def test_events47_a_judge_dropping_charges_concedes() -> None:
    text = ("The U.S. District Court in Albuquerque heard the case. Later a district judge dropped all charges "
            "against two of the men.")
    assert ("CONCEDE", "USAJUD", None) in _actor_codes(text)


def test_events47_a_vow_to_prosecute_is_no_agreement() -> None:
    events = [e[0] for e in _predicted("The French interior minister is vowing to pursue prosecution of the two men.")]
    assert "AGREE" not in events


def test_events47_a_vow_to_cooperate_stays_an_agreement() -> None:
    # guard: a vow to work with another is still intent to cooperate
    events = [e[0] for e in _predicted("The French president vowed to work closely with Germany on energy.")]
    assert "AGREE" in events or "COOPERATE" in events


def test_events47_a_foreign_place_of_the_people_stays_the_target() -> None:
    # guard: people hit in another country's city: that country is the target (the GSR convention)
    events = _actor_codes("Turkish troops detained twelve members of a militia in the Syrian town of Afrin.")
    assert any(e[0] == "COERCE" and e[2] is not None and e[2].startswith("SYR") for e in events)
