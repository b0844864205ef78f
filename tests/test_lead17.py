"""The lead's round-15 fixes from reading real articles: actors, events and sources."""

from __future__ import annotations

import pytest

from spinscope import analyze

ACTOR_LAYERS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1", "actors.v1"]
EVENT_LAYERS = [*ACTOR_LAYERS, "events.v1"]


def _actors(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    result = analyze(text, components=ACTOR_LAYERS)
    return {a.name: (a.type, a.country, [text[m.start:m.end] for m in a.mentions]) for a in result.actors}


def _events(text: str) -> list[tuple[str | None, str, str | None]]:
    result = analyze(text, components=EVENT_LAYERS)
    names = [a.name for a in result.actors]
    return [(names[e.actor] if e.actor is not None else None, e.label,
             names[e.target] if e.target is not None else None) for e in result.events]


# ------------------------------------------------------------------ actors

def test_a_place_that_is_the_surname_of_a_named_person_is_that_person():
    text = ("Defense Secretary Lloyd Austin arrived in Kyiv on Monday. \"We stand with Ukraine,\" Austin said. "
            "Later Austin met the prime minister.")
    actors = _actors(text)
    assert actors["Lloyd Austin"][2] == ["Lloyd Austin", "Austin", "Austin"]
    assert all("Austin" not in mentions for _, _, mentions in
               (v for k, v in actors.items() if k != "Lloyd Austin"))


@pytest.mark.parametrize("place", ["in Austin", "Austin, Texas,"])
def test_the_place_stays_a_place_where_the_words_around_it_say_so(place):
    text = f"Defense Secretary Lloyd Austin flew home on Monday. The storm hit {place} hard."
    actors = _actors(text)
    assert actors["Lloyd Austin"][2] == ["Lloyd Austin"]
    assert any("Austin" in mentions and type_ in ("country", "location")
               for type_, _, mentions in actors.values())


def test_a_place_joined_to_another_place_stays_a_place():
    text = "Basketball star Michael Jordan visited Chicago. Jordan and Israel signed a water treaty."
    actors = _actors(text)
    assert actors["Michael Jordan"][2] == ["Michael Jordan"]
    assert "Jordan" in actors


def test_the_first_word_of_an_office_is_no_organisation():
    text = "War Effort Implodes\n\nDefense Secretary Lloyd Austin on Monday showed up in Kyiv."
    assert "Defense" not in _actors(text)


# ------------------------------------------------------------------ events

def test_whoever_does_the_same_in_an_as_did_clause_is_no_target():
    text = ("Protesters in Peru took to the streets to demand action on prices, as did people in Bolivia, where "
            "the government announced a default.")
    events = _events(text)
    assert events and all(target != "Bolivia" and not (target or "").startswith("Bolivia") for _, _, target in events)


def test_a_different_act_in_an_as_clause_keeps_its_target():
    assert ("Russia", "ASSAULT", "Ukraine") in _events("Russia attacked Ukraine as it had done to Georgia in 2008.")


def test_a_friendly_act_is_not_aimed_at_whom_it_is_against():
    events = _events("Britain has invested billions of pounds in a coalition against Russia.")
    assert not any(label in ("COOPERATE", "AID", "SUPPORT", "CONSULT") and target == "Russia"
                   for _, label, target in events)
    # a hostile act still is
    assert ("European Union", "SANCTION", "Russia") in _events("The EU imposed new sanctions against Russia.")


def test_every_body_named_in_a_reporting_subject_is_no_target():
    text = ("\"It is critical to provide support for poor countries quickly,\" the heads of the IMF, World Bank "
            "and World Trade Organization said in a joint statement.")
    assert not any(target == "World Bank" for _, _, target in _events(text))


# ------------------------------------------------------------------ sources

def _sources(text: str) -> list[tuple[str | None, str | None]]:
    result = analyze(text, components=["language.v1", "segment.v1", "attributions.v1"])
    return [(a.speaker_name, a.source_type) for a in result.attributions]


def test_a_company_noun_is_an_organisation():
    assert _sources("A Berlin-based startup claimed that it had made cheese from air.") == \
        [("Berlin-based startup", "organization")]



def test_page_furniture_is_no_organisation():
    assert not any("Privacy" in name for name in
                   _actors("By voting you agree to this site's Privacy Policy and Terms of Use. Kenya voted."))


def test_an_intent_to_go_to_war_is_a_threat_not_an_intent_to_cooperate():
    events = _events("Leaked documents showed that Turkey planned on going to war with Greece.")
    assert ("Turkey", "THREATEN", "Greece") in events
    assert not any(label == "AGREE" for _, label, _ in events)


def test_a_planned_act_is_one_event_not_also_the_plan():
    events = _events("Officials said that Turkey planned to attack Greece.")
    assert [label for _, label, _ in events] == ["THREATEN"]
    # a plan with no act of its own stays an intent
    assert ("Japan", "AGREE", "China") in _events("Japan plans a visit to China next month.")


def test_no_object_of_the_verb_becomes_its_source():
    events = _events("To see the horrors of war, one need only look at Syria, Iraq, Afghanistan and Libya.")
    assert not any(source in ("Syria", "Iraq", "Afghanistan", "Libya") for source, _, _ in events)


def test_an_accused_person_is_a_status_not_an_accusation():
    events = _events("Voters in Ohio backed an accused Russian spy over a Canadian banker.")
    assert not any(label == "ACCUSE" for _, label, _ in events)
    assert any(label == "ACCUSE" for _, label, _ in _events("Russia accused Ukraine of shelling the plant."))


def test_a_rank_before_a_known_name_keeps_the_person():
    text = "Ukrainian intelligence chief Major-General Kyrylo Budanov has said that Russia was seeing many fires."
    actors = _actors(text)
    assert actors["Kyrylo Budanov"][:2] == ("person", "UKR")


def test_conjoined_agents_of_a_passive_both_act_and_neither_is_the_target():
    events = _events("The convoy was attacked by Russia and Belarus.")
    assert set(events) == {("Russia", "ASSAULT", None), ("Belarus", "ASSAULT", None)}
    assert ("Belarus", "ASSAULT", "Ukraine") in _events("Ukraine was attacked by Russia and Belarus.")


def test_congress_and_its_parties_are_american_where_a_known_us_lawmaker_is_named():
    actors = _actors("Aid for Ukraine has been stalled in Congress for months due to a bitter dispute between "
                     "Democrats and Republicans. House Speaker Mike Johnson said the House would vote.")
    assert {actors[name][1] for name in ("Congress", "Democrats", "Republicans")} == {"USA"}


def test_a_ranked_name_tagged_as_an_organisation_is_a_person_for_he_said():
    text = ("A shop in the village of Dragunskoe was hit, according to local media.\n\n"
            "Ukrainian intelligence chief Major-General Kyrylo Budanov has said that Russia was seeing many "
            "unusual fires.\n\n\u201cMuch of this is no accident,\u201d he said.")
    result = analyze(text, components=["language.v1", "segment.v1", "attributions.v1"])
    quoted = [a for a in result.attributions if a.kind == "direct"]
    assert [(a.speaker_name, a.source_type) for a in quoted] == [("Kyrylo Budanov", "person")]


def test_a_curly_opening_quote_closed_by_a_straight_mark_is_a_quote():
    text = ("\u201cThese pictures are fantastic,\" Olivier Chanrion, the lead scientist of the experiment, told the "
            "agency.")
    result = analyze(text, components=["language.v1", "segment.v1", "attributions.v1"])
    direct = [a for a in result.attributions if a.kind == "direct"]
    assert [(text[a.content.start:a.content.end], a.score) for a in direct] == [("These pictures are fantastic", 0.85)]
    # a straight pair nested in a curly pair stays nested
    text = "\u201cHe called it a \"fake\" deal,\u201d the minister said."
    result = analyze(text, components=["language.v1", "segment.v1", "attributions.v1"])
    assert [text[a.content.start:a.content.end] for a in result.attributions] == ['He called it a "fake" deal']
