"""Round 34b (issue 17): event phrasings of the weak types (COOPERATE, AGREE, REJECT, AID) that the verb table
missed: working together or with a partner, teaming up, evidence shared, an accord initialled, consent to a
proposal, a plan dismissed "as" something (a parse that made the object a clause), shelter and drinking water
handed out, patrols and operations coordinated. Sentences of my own."""

from __future__ import annotations

import pytest

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    return Pipeline.from_names(["segment.v1", "entities.v1", "actors.v1", "events.v1"])


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return [(e.label, doc.actors[e.actor].country or doc.actors[e.actor].code,
             (doc.actors[e.target].country or doc.actors[e.target].code) if e.target is not None else None, e.mode)
            for e in doc.events]


@pytest.mark.parametrize(("text", "label", "pair", "mode"), [
    ("Estonian investigators worked with Finnish police to trace the cable saboteurs.", "COOPERATE",
     {"EST", "FIN"}, "asserted"),
    ("Peruvian and Bolivian customs officers are working together to stop fuel smuggling.", "COOPERATE",
     {"PER", "BOL"}, "asserted"),
    ("Ghana and Togo teamed up to fight cross-border cattle rustling.", "COOPERATE", {"GHA", "TGO"}, "asserted"),
    ("Norway shared evidence on the pipeline sabotage with Denmark.", "COOPERATE", {"NOR", "DNK"}, "asserted"),
    ("Belgium has not shared its findings with the Netherlands, Dutch prosecutors said.", "COOPERATE",
     {"BEL", "NLD"}, "negated"),
    ("Georgia and Armenia initialled a transit agreement on Monday.", "SUPPORT", {"GEO", "ARM"}, "asserted"),
    ("Tunisia consented to the Italian proposal for migrant returns.", "AGREE", {"TUN", "ITA"}, "asserted"),
    ("Chad dismissed the Libyan ceasefire plan as hopeless.", "REJECT", {"TCD", "LBY"}, "asserted"),
    ("Japan distributed drinking water to flood victims in Pakistan.", "AID", {"JPN", "PAK"}, "asserted"),
    ("Turkey delivered emergency shelter to earthquake survivors in Syria.", "AID", {"TUR", "SYR"}, "asserted"),
    # patrols "coordinated" (an adjective to spaCy, or the verb of "began") are joint patrols; operations
    # coordinated are cooperation
    ("Thai and Malaysian warships began coordinated patrols in the Andaman Sea.", "COOPERATE", {"THA", "MYS"},
     "asserted"),
    ("Peruvian and Chilean warships began coordinated patrols off the coast.", "COOPERATE", {"PER", "CHL"},
     "asserted"),
    ("French and Spanish police coordinated their operations against the smuggling network.", "COOPERATE",
     {"FRA", "ESP"}, "asserted"),
])
def test_round34b_phrasings(events_pipeline: Pipeline, text: str, label: str, pair: set[str], mode: str) -> None:
    found = _events(events_pipeline, text)
    assert any(lab == label and {src, tgt} == pair and m == mode for lab, src, tgt, m in found), found


@pytest.mark.parametrize("text", [
    # working with people who are no actor of an event, and "consent" with no proposal, stay as they were
    "The minister worked with farmers in the hills for twenty years before politics.",
    "Kenya's health ministry worked overtime during the outbreak.",
])
def test_round34b_no_cooperation(events_pipeline: Pipeline, text: str) -> None:
    assert not any(lab == "COOPERATE" for lab, *_ in _events(events_pipeline, text))


def test_round34b_dismissed_charge_stays_no_rejection(events_pipeline: Pipeline) -> None:
    # a charge dismissed "as" lies is no proposal turned down: the object-as-clause repair reads only the verb's
    # phrase words, so "dismiss * allegation" keeps its own reading
    found = _events(events_pipeline, "Ukraine dismissed the Russian allegations as absurd.")
    assert not any(lab == "REJECT" for lab, *_ in found), found


def test_round34b_coordinated_positions_stay_diplomatic(events_pipeline: Pipeline) -> None:
    # positions coordinated are no joint operation: the bare verb keeps its diplomatic code (SUPPORT 050)
    found = _events(events_pipeline, "Peru and Chile coordinated their positions before the summit.")
    assert not any(lab == "COOPERATE" for lab, *_ in found), found
