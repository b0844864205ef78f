"""The lead's round-25 rules, from reading real news: each test fails without its rule (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze
from tests.test_lead_round22 import EVENT_COMPONENTS, _attributions, _events


def test_a_headline_verb_after_a_title_is_no_person() -> None:
    text = ("UN Chief Warns of Global Debt Crisis at Economic Summit in Geneva \n\n United Nations Secretary-General "
            "Antonio Guterres offered a grim outlook on the global economy during the summit’s 2024 session in Geneva, "
            "Switzerland, warning of a possible worldwide downturn.\n\n“Countries are close to default,” the UN chief "
            "told reporters.\n")
    result = analyze(text, components=EVENT_COMPONENTS)
    assert not any(a.name.startswith("Warns") for a in result.actors)
    assert not any((r["name"] or "").startswith("Warns") for r in _attributions(text))


def test_an_events_he_is_the_speaker_the_attributions_resolved() -> None:
    events = _events("Boris Johnson vowed to defend Estonia. President Vladimir Putin has rejected the offer. Tory MP "
                     "Karl Benning told the Express that the bloc was weak. He warned: \"If this flow of migrants "
                     "goes on, it may well be the end of the EU.\"")
    warned = [e for e in events if e[1] == "THREATEN" and e[2] == "European Union"]
    assert warned and all(e[0] == "Karl Benning" for e in warned)


def test_a_co_speaker_in_the_subjects_apposition_is_no_target() -> None:
    events = _events("Canada's Minister of State for Development Ms. Chrysanthi Lou and UNHCR Executive Director "
                     "Yasmine Sheriff call on donors to provide funds.")
    assert not any(e[2] in ("Chrysanthi Lou", "Yasmine Sheriff") for e in events)


def test_members_listed_with_including_are_no_target() -> None:
    events = _events("Members of the alliance, including Denmark, Spain and the Netherlands, are sending warships to "
                     "the region.")
    assert not any(e[2] in ("Netherlands", "Spain") for e in events)


def test_a_purpose_participle_is_no_act() -> None:
    events = _events("The Treasury widened sanctions against Russia aimed at cutting the flow of money.")
    assert not any(e[1] == "AGREE" for e in events)
    assert any(e[1] == "SANCTION" and e[2] == "Russia" for e in events)


def test_aiming_to_do_a_hostile_act_is_that_act_planned_not_an_intent_to_cooperate() -> None:
    events = _events("Russia aims to seize Odesa.")
    assert not any(e[1] == "AGREE" for e in events)
    assert any(e[1] == "THREATEN" and e[0] == "Russia" and e[3] == "planned" for e in events)


def test_whom_a_blamed_act_strikes_is_no_target_of_the_blame() -> None:
    events = _events("The Mojahedin-e Khalq (MEK) is an exile group. The French government has blamed the MEK for "
                     "killing two French Army officers.")
    assert not any(e[0] == "France (government)" and e[2] == "France (military)" for e in events)
    assert not any(e[1] == "ASSAULT" and e[0] == "France (government)" for e in events)


def test_a_heart_attack_is_no_assault() -> None:
    events = _events("The finance minister Otto Lanz had suffered a heart attack.")
    assert not any(e[1] == "ASSAULT" for e in events)


def test_an_attack_suffered_is_done_by_its_agent() -> None:
    events = _events("Georgia suffered a missile attack by Russia.\n\nKharkiv endured heavy shelling from Russian "
                     "forces overnight.")
    assert ("Russia", "ASSAULT", "Georgia", "asserted") in events
    assert not any(e[0] in ("Georgia", "Ukraine") and e[1] == "ASSAULT" for e in events)




def test_a_surname_tagged_a_common_noun_is_the_person_named_before() -> None:
    rows = _attributions("Marta Toensing, a former Justice Department official, represents the witness. Toensing "
                         "added that her client had been contacted by three committees.")
    added = next(r for r in rows if "her client" in r["content"])
    assert added["name"] == "Marta Toensing"


def test_the_platform_something_is_said_on_is_no_target() -> None:
    events = _events("Senator John Cornyn dismissed the controversy on Twitter.\n\nDonald Trump attacked Joe Biden on "
                     "Twitter.")
    assert not any(e[2] == "Twitter" for e in events)
    assert ("Donald Trump", "ACCUSE", "Joe Biden", "asserted") in events



def test_ren_tv_is_named_russian_state_affiliated_media() -> None:
    result = analyze("According to REN TV, a fire broke out in a flat in Moscow on Monday. REN-TV added that three "
                     "people were hurt.", components=["language.v1", "segment.v1", "entities.v1", "attributions.v1"])
    sources = [a for a in result.attributions if a.speaker_name == "REN TV"]
    assert len(sources) == 2
    assert all(a.named and a.state_affiliated and a.source_country == "RU" and a.source_type == "media"
               for a in sources)


def test_a_person_by_the_name_of_x_is_named_x() -> None:
    rows = _attributions("Last year a woman by the name of Karen Vale accused the congressman of abuse.")
    accused = next(r for r in rows if r["cue"] == "accused")
    assert accused["name"] == "Karen Vale"


def test_a_named_treaty_or_amendment_is_a_text_of_no_country() -> None:
    rows = analyze("According to the Paris Agreement, rich countries must cut emissions first. The Fourth Amendment "
                   "makes clear that searches need a warrant.",
                   components=["language.v1", "segment.v1", "entities.v1", "attributions.v1"]).attributions
    texts = [a for a in rows if a.speaker_name in ("Paris Agreement", "Fourth Amendment")]
    assert {a.speaker_name for a in texts} == {"Paris Agreement", "Fourth Amendment"}
    assert all(a.source_type == "report" and a.source_country is None for a in texts)


def test_speakerless_quotes_between_two_quotes_of_one_speaker_are_his() -> None:
    text = ("Exiled former diplomat Pavel Dorin warned that the regime would fight on.\n\n“He is not clever, he is "
            "only lucky,” Mr Dorin told the paper.\n\n“You should have no doubt about it: he will sacrifice anything "
            "to stay in power.”\n\n“It is a matter of survival for him.”\n\n“After losing the war, he will have to "
            "explain it to his elites,” Dorin added.\n\nThe ministry did not reply to a request for comment.\n")
    rows = _attributions(text)
    for words in ("no doubt about it", "a matter of survival"):
        quote = next(r for r in rows if words in r["content"])
        assert quote["name"] == "Pavel Dorin"

