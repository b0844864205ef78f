"""The lead's round-16 fixes from real articles: headline words and a country's adjective are no persons, a
full name whose surname the tagger takes for a place is a person, and the outlets the press cites most are media."""

from __future__ import annotations

import pytest

from spinscope import analyze


def _attributions(text: str) -> list[tuple[str, str | None, str, str | None]]:
    result = analyze(text, components=["language.v1", "segment.v1", "attributions.v1"])
    return [(text[a.speaker.start:a.speaker.end], a.speaker_name, a.source_type, a.source_country)
            for a in result.attributions if a.speaker is not None]


ARTICLE = ("Port Authority Asks for Calm, Says Strike Will End Soon\n\n"
           "A senior port official has asked for calm as he told dockers that the strike would end this week.\n\n"
           "Taras Hrytsenko, Ukraine’s Minister of Energy, said on Tuesday that at this point “there is no reason "
           "to fear” that fuel will run out soon.\n\n"
           "“Keep calm, keep warm,” he said, adding that “prices may rise later.”")


def test_a_pronoun_after_a_named_speaker_is_not_a_headline_word():
    """The tagger reads "Strike Will End" in the title-case headline as a person and "Hrytsenko" as a place: the
    pronouns after Hrytsenko's statement are his, not the headline's."""
    found = _attributions(ARTICLE)
    pronouns = [name for span, name, _, _ in found if span == "he"][1:]
    assert pronouns == ["Hrytsenko", "Hrytsenko"]
    assert all(name != "Strike Will End" for _, name, _, _ in found)


def test_a_countrys_adjective_is_no_person():
    found = _attributions("A senior Moldovan official has urged patience as he told the public that a gas "
                          "shortage was not looming this winter.")
    assert [name for _, name, _, _ in found] != ["Moldovan"]


@pytest.mark.parametrize(("text", "speaker", "country"), [
    ("Axios reported that the bank's board met on Friday.", "Axios", "US"),
    ("Newsweek said the vote was close.", "Newsweek", "US"),
    ("Zero Hedge claimed that the figures were rigged.", "Zero Hedge", "US"),
    ("The Kyiv Independent reported that the bridge had reopened.", "The Kyiv Independent", "UA"),
    ("Interfax reported that the talks would resume.", "Interfax", "RU"),
])
def test_outlets_the_press_cites_are_media_of_their_country(text, speaker, country):
    assert _attributions(text) == [(speaker, speaker, "media", country)]


@pytest.mark.parametrize("text", [
    "The Independent Commission said the audit would take a year.",
    "Kate Forbes said the budget would be balanced.",
])
def test_names_that_are_also_bodies_or_people_are_not_outlets(text):
    assert all(kind != "media" for _, _, kind, _ in _attributions(text))


def test_an_authority_is_a_body():
    assert _attributions("The authority said the bridge was safe.") == [
        ("The authority", "authority", "organization", None)]


@pytest.mark.parametrize(("text", "kind"), [
    ("The files were leaked, according to the open-source intelligence site Info Watch.", "media"),
    ("A worker at the site said the pumps had failed.", "person"),
])
def test_a_site_named_is_media_and_the_site_of_an_event_is_not(text, kind):
    assert [k for _, _, k, _ in _attributions(text)] == [kind]
