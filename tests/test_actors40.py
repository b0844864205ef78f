"""Names, aliases and family names from the lead's reading (round 40, branch ``actors40``): a family named by its
surname and a pair of given names sharing one surname, aliases joined by "aka", a Title Case headline's role nouns,
judges of US courts, service abbreviations, and a pronoun's quoted fragment on its own line.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors40
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of as _actors
from tests.actor_findings import surfaces as _surfaces
from tests.attribution_rows import attribution_details


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


FAMILY = ("The county wants to build a road across a ranch. The Mercers, whose land has been farmed for three "
          "generations, said they would fight the plan in court. Delia and Owen Mercer said the offer was far "
          "too low.")


def test_actors40_family_by_its_surname_is_no_organization(pipeline: Pipeline) -> None:
    found = _actors(pipeline, FAMILY)
    assert found["Mercers"][0] == "group"
    assert found["Delia Mercer"][0] == "person" and found["Owen Mercer"][0] == "person"


def test_actors40_family_speakers_are_persons() -> None:
    rows = {r["speaker"]: r for r in attribution_details(FAMILY)}
    assert rows["Delia and Owen Mercer"]["name"] == "Delia Mercer"
    assert rows["Delia and Owen Mercer"]["type"] == "person"
    assert rows["The Mercers"]["type"] == "person"


def test_actors40_aka_joins_two_names(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "Congressman Lenny Voss, aka Marco Brill, spoke at the rally on Sunday. "
                              "Brill said the party would win in November.")
    persons = [surfaces for kind, _, surfaces in found.values() if kind == "person"]
    assert len(persons) == 1 and {"Lenny Voss", "Marco Brill"} <= set(persons[0])
    found = _actors(pipeline, "The rapper Marcus Dell, also known as Big Oak, was arrested in Detroit. Police said "
                              "Big Oak had a gun.")
    assert len([1 for kind, _, _ in found.values() if kind == "person"]) == 1


def test_actors40_two_persons_without_aka_stay_two(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "Congressman Lenny Voss and Marco Brill spoke at the rally on Sunday.")
    assert len([1 for kind, _, _ in found.values() if kind == "person"]) == 2


def _codes(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return {a.name: (a.code, a.country) for a in doc.actors}


def test_actors40_judges_of_us_courts(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "U.S. District Court Judge Amy Berman Jackson ruled against the administration on "
                             "Tuesday. Judge Lena Ortiz of a county court said nothing.")
    assert codes["Amy Berman Jackson"] == ("USAJUD", "USA")
    assert codes.get("Lena Ortiz", (None, None))[0] is None


def test_actors40_federal_judge_abroad_is_no_american(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Brazil's top court met in Brasilia on Monday. In Brazil, federal judge Marcos Pereira "
                             "ordered the arrest of a Brazilian senator.")
    assert codes.get("Marcos Pereira", (None, None)) != ("USAJUD", "USA")


def test_actors40_service_abbreviations_are_no_actors(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "EMS crews arrived within minutes and 911 dispatchers sent two more units. The victim "
                              "was taken to hospital.")
    assert "EMS" not in _surfaces(found) and "911" not in _surfaces(found)


def test_actors40_headline_role_nouns_are_no_persons() -> None:
    text = "Party Deputy Chair Brill Accuser Posts Medical Record Naming Him As Alleged Abuser\nThe Victim said so."
    head = text.index("Brill Accuser")
    abuser = text.index("Abuser")
    body = text.index("Victim")
    mentions = [Mention(head, head + len("Brill Accuser"), ("Brill Accuser", None, None), "ner", ner_type="person"),
                Mention(abuser, abuser + len("Abuser"), ("Abuser", None, None), "ner", ner_type="person"),
                Mention(body, body + len("Victim"), ("Victim", None, None), "ner", ner_type="person")]
    kept = _actors40(text, mentions)
    assert [m.key[0] for m in kept] == ["Victim"]  # a sentence's line is no headline


FRAGMENT = ('A man drowned on Saturday while trying to save a boy. "He was the bravest person I knew," his sister '
            'Carla Hendry told reporters.\nHe "just wanted to get little Danny Ross out of the water."\n'
            'The boy survived.')


def test_actors40_pronoun_fragment_goes_to_the_last_quoted() -> None:
    rows = attribution_details(FRAGMENT)
    fragment = [r for r in rows if "Danny Ross" in r["content"]]
    assert fragment and all(r["name"] == "Carla Hendry" for r in fragment)


def test_actors40_pronoun_fragment_without_a_quote_before_stays() -> None:
    rows = attribution_details("A man drowned on Saturday while trying to save a boy.\n"
                               'He "just wanted to get little Danny Ross out of the water."\nThe boy survived.')
    assert all(r["name"] != "Carla Hendry" for r in rows)


def test_actors40_full_name_before_and_is_no_given_name(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "The plan was backed on Friday by Governor Ricardo Velez and Marta Gonzalez, the "
                              "island's delegate.")
    assert "Velez Gonzalez" not in found and "Ricardo Velez" in found
