"""Source typing, round 45 (issue 16): a private speaker's country from its own story, one type per speaker (the
office wins), an industry council's officer (scripts/sources45/README.md); on sentences of our own.
"""

from __future__ import annotations

from tests.test_attribution import _find


def test_a_union_secretary_in_a_melbourne_story_is_australian(extract_ner) -> None:
    text = ("Dock workers marched through Melbourne on Friday to back their leaders. Traffic stopped near Flinders "
            "Street as the march passed. Maritime union Victorian organiser Petra Vollmer says members will hold "
            "firm. She says the employer has refused every offer.")
    a = _find(extract_ner(text), "members will hold firm")
    assert a.source_country == "AU"


def test_a_chief_executive_in_a_queensland_story_is_australian(extract_ner) -> None:
    text = ("A regional airline will fly out of Townsville from March. The Queensland Government has backed it with a "
            "grant. Chief executive Harold Venn says the fares will be the cheapest in the state.")
    a = _find(extract_ner(text), "the fares will be the cheapest")
    assert a.source_country == "AU"


def test_a_speaker_of_another_story_in_the_file_gets_no_country(extract_ner) -> None:
    text = ("Dock workers marched through Melbourne on Friday. Traffic stopped in Sydney and Perth as well. Union "
            "organiser Petra Vollmer says members will hold firm. A storm flooded villages in the hills on Monday. "
            "Rescue teams worked through the night. Many roads were cut by landslides. Aid worker Lorenz Falk says "
            "the clean water supply will not last the week.")
    a = _find(extract_ner(text), "the clean water supply")
    assert a.source_country is None


def test_an_industry_councils_officer_is_a_person_not_the_government(extract_ner) -> None:
    text = "The Tasmanian Tourism Industry Council's Morna Pettigrew says the ferry will bring more visitors."
    a = _find(extract_ner(text), "the ferry will bring")
    assert (a.source_type, a.affiliation) == ("person", "Tasmanian Tourism Industry Council")


def test_a_new_prime_minister_is_one_speaker_of_one_type(extract_ner) -> None:
    text = ("The new Vanuatu Prime Minister has warned voters that the budget is in poor shape. Sir Joram Tevita, "
            "the head of the Coastal Union Party, was elected Prime Minister by a clear margin. Sir Joram says the "
            "schools will be rebuilt first. He says the roads can wait.")
    doc = extract_ner(text)
    first = _find(doc, "the budget is in poor shape")
    later = _find(doc, "the schools will be rebuilt")
    assert (first.speaker_name, first.source_type) == ("Joram Tevita", "government")
    assert (later.speaker_name, later.source_type) == ("Joram Tevita", "government")
