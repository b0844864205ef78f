"""Source typing, round 51 (issue 16): an outlet anaphor, a person's spokesperson, a body named by apposition, a
country that is only an expertise's topic, a region's head, a bare "the government", an inquiry's chair
(scripts/sources51/README.md); on sentences of our own.
"""

from __future__ import annotations

from tests.test_attribution import _find


def _speaker(doc, content_words: str):  # type: ignore[no-untyped-def]
    return _find(doc, content_words)


def test_the_outlet_is_the_outlet_that_spoke_before(extract_ner) -> None:
    text = ("The singer was booed at a festival in Norway last week, according to the Times of Israel. Ann Berg, "
            "director of the small charity Vela, said the crowd \u201chad simply lost patience with the band,\u201d "
            "the outlet reported.")
    doc = extract_ner(text)
    speakers = [s for a in doc.attributions for s in (a, *a.sources) if s.speaker is not None]
    outlet = [s for s in speakers if text[s.speaker.start:s.speaker.end] == "the outlet"]
    assert outlet, [text[s.speaker.start:s.speaker.end] for s in speakers]
    assert outlet[0].named and outlet[0].source_country == "IL"


def test_a_persons_spokesperson_speaks_with_the_persons_type_and_country(extract_ner) -> None:
    text = ("Swedish climate activist Greta Thunberg posted a new photo on Monday. \u201cThe book is out in Canada "
            "now,\u201d Thunberg wrote. A spokesperson for Thunberg said on Tuesday that the other picture had "
            "been edited.")
    a = _speaker(extract_ner(text), "the other picture had")
    assert a.source_type == "person" and a.source_country == "SE" and not a.named


def test_a_nonprofit_named_by_apposition_is_an_organization(extract_ner) -> None:
    text = ("OpenNetWatch, a nonprofit focused on measuring online freedom, ranked the country's internet among "
            "the least free it had studied.")
    a = _speaker(extract_ner(text), "least free")
    assert a.speaker_name == "OpenNetWatch" and a.source_type == "organization"


def test_a_country_in_the_topic_of_an_expertise_is_not_the_experts(extract_ner) -> None:
    text = ("\u201cThey want small networks they can watch,\u201d Maria Lindqvist, an expert on US-European trade, "
            "told a radio station. \u201cIn the long run they want to block every encrypted app,\u201d Lindqvist "
            "said.")
    doc = extract_ner(text)
    assert _speaker(doc, "small networks").source_country is None
    assert _speaker(doc, "encrypted app").source_country is None


def test_a_regional_president_is_government_of_the_story_country(extract_ner) -> None:
    text = ("Spain sent soldiers to fight the fire on the Spanish island. \u201cI ask people to leave their homes "
            "now,\u201d Pedro Marin, the regional president of the Balearic Islands, told reporters. Marin also said "
            "the wind had turned. Spain's army sent four planes.")
    doc = extract_ner(text)
    for words in ("leave their homes", "the wind had turned"):
        a = _speaker(doc, words)
        assert a.source_type == "government" and a.source_country == "ES", words


def test_a_barrister_for_the_government_is_of_the_government_named_before(extract_ner) -> None:
    text = ("By Ivan Petrov, Moscow\n\nThe British Government has admitted that the same staff work on both files. "
            "Russia and Russian officials were not told. \u201cWork on the war has taken priority,\u201d Jane Ellery, "
            "counsel acting for the government departments, told the panel in a letter. Ellery said the Russian "
            "case files were large.")
    a = _speaker(extract_ner(text), "taken priority")
    assert a.source_type == "government" and a.source_country == "GB"


def test_an_inquiry_chair_is_government_of_the_inquiring_state(extract_ner) -> None:
    text = ("The British Government has released a letter to the Harbour Inquiry chaired by Lord Peter Grant. "
            "Moscow denies every charge and Russian diplomats call it theatre. As Grant has announced, \u201cthe "
            "panel will decide who is responsible.\u201d")
    a = _speaker(extract_ner(text), "decide who is responsible")
    assert a.source_type == "government" and a.source_country == "GB"


def test_a_body_spokesperson_is_left_to_the_body(extract_ner) -> None:
    # guard: a spokesperson for a company speaks as the company (round 35), not as a person
    text = ("Acme Foods said on Friday it would close two plants. A spokesperson for Acme Foods said the jobs would "
            "move to a new site.")
    a = _speaker(extract_ner(text), "jobs would move")
    assert a.source_type != "person"


def test_rossiya_segodnya_sites_and_xinhuanet_are_state_media(extract_ner) -> None:
    text = ("A site called InoSMI said the mayor had left the city. Ukraina.ru said the town had fallen. Xinhuanet "
            "reported that the talks had ended.")
    doc = extract_ner(text)
    for words, country in (("the town had fallen", "RU"), ("the talks had ended", "CN")):
        a = _find(doc, words)
        assert (a.source_type, a.source_country, a.state_affiliated) == ("media", country, True), words
    from spinscope.components.attribution.sources import load_source_table
    entry = load_source_table().find_source("InoSMI said")
    assert entry is not None and entry[0].state_affiliated and entry[0].country == "RU"
