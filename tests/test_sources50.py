"""Source typing, round 50 (issue 16): a pronoun after another's statement, a minister of a
faith, a body's website, the Foreign Office, "the country's" office holder, popes, journalists, the story's
country for private speakers, "who calls himself X", a UN officer typed government (scripts/sources50/README.md);
on sentences of our own.
"""

from __future__ import annotations

from spinscope.components.attribution.sources import load_source_table
from spinscope.components.attribution.sources50 import (
    country_office_s50,
    photojournalist_s50,
    previous_speaker_s50,
)
from spinscope.result import Attribution, Span
from tests.test_attribution import _find


def _at(text: str, speaker: str, content: str, name: str | None, kind: str, named: bool = True,
        resolved: str | None = None, country: str | None = None) -> Attribution:
    """A hand-made attribution: the speaker and content phrases found in ``text`` (their first occurrence)."""
    def span(phrase: str, label: str, after: int = 0) -> Span:
        start = text.index(phrase, after)
        return Span(start=start, end=start + len(phrase), label=label, score=0.9, evidence="test")
    sp = span(speaker, "speaker", text.index(content) - 40 if speaker in ("he", "she", "He", "She", "They") else 0)
    body = span(content, "content")
    res = None if resolved is None else span(resolved, "speaker")
    return Attribution(start=min(sp.start, body.start), end=max(sp.end, body.end), label="indirect", score=0.9,
                       evidence="test", kind="indirect", speaker=sp, content=body, source_type=kind,
                       speaker_name=name, named=named, source_country=country, resolved_from=res)


def test_a_pronoun_after_a_statement_is_its_speaker_not_a_man_inside_it(extract_ner) -> None:
    # "she" was given to the mayor named inside the press officer's words
    text = ("Reporters asked to speak with Mayor Tom Reid about the audit. Both times, reporters were told by Dana "
            "Alvarez, the city's press officer, that the mayor \u201cwill not be giving interviews.\u201d \u201cAs he "
            "said before, the review goes on\u201d she said in an email on Friday.")
    assert _find(extract_ner(text), "the review goes on").speaker_name == "Dana Alvarez"


def test_a_bare_minister_who_heads_a_religious_movement_is_a_person(extract_ner) -> None:
    text = ("Walter Brandon, the leader of the Temple of Light, a religious movement, has been criticised this "
            "month. Mr. Brandon said that his critics were liars.\n\nA rival preacher said in a statement that "
            "\"I reject Minister Brandon's views on the church.\"")
    a = _find(extract_ner(text), "his critics were liars")
    assert (a.speaker_name, a.source_type) == ("Walter Brandon", "person")


def test_its_website_after_a_ministry_spoke_is_the_ministry(extract_ner) -> None:
    text = ("The Foreign Office recently warned that the flood season is the most dangerous time to travel. Its "
            "website said that \"roads close often in the wet months.\"")
    doc = extract_ner(text)
    a = _find(doc, "roads close often")
    assert (a.source_type, a.named, a.source_country) == ("government", True, "GB")
    assert _find(doc, "the flood season").source_country == "GB"



def test_a_pope_named_by_his_regnal_name_is_of_the_holy_see(extract_ner) -> None:
    text = ("The new rules are a break with the past, which John Paul II, in a letter of 1981, called "
            "\"impossible to accept.\"")
    a = _find(extract_ner(text), "impossible to accept")
    assert a.source_country == "VA"




def test_a_man_who_calls_himself_a_name_is_named_by_it(extract_ner) -> None:
    text = ("A former soldier who calls himself Tariq told the BBC that the camp had been emptied weeks earlier. "
            "He says he saw trucks leave at night.")
    a = _find(extract_ner(text), "the camp had been emptied")
    assert (a.speaker_name, a.named, a.source_type) == ("Tariq", True, "person")


def test_a_un_envoy_typed_government_is_a_person_of_no_country(extract_ner) -> None:
    text = ("The United Nations envoy for Syria, Peter Haldane, said on Monday that talks would resume in Geneva. "
            "Mr Haldane said both sides had agreed to attend.")
    doc = extract_ner(text)
    for words in ("talks would resume", "both sides had agreed"):
        a = _find(doc, words)
        assert (a.source_type, a.source_country) == ("person", None)


def test_an_ambassador_to_the_un_keeps_his_country(extract_ner) -> None:
    # guard: an ambassador to the UN speaks for his own country
    text = ("France's ambassador to the United Nations, Jules Marchand, said the vote would go ahead. Mr Marchand "
            "said Paris backed the plan.")
    a = _find(extract_ner(text), "the vote would go ahead")
    assert a.source_country == "FR"


def test_a_pronoun_resolved_past_the_previous_speaker_is_that_speaker() -> None:
    # the development shape: "he" resolved to a man quoted earlier, the scholar's statement right before it
    text = ("Bernard Quist said the end was near. Marion Hale, a historian, said that counts varied widely. "
            "But he said that most followers had left.")
    quist = _at(text, "Bernard Quist", "the end was near", "Bernard Quist", "person")
    hale = _at(text, "Marion Hale, a historian", "counts varied widely", "Marion Hale", "academic")
    he = _at(text, "he", "most followers had left", "Bernard Quist", "person", resolved="Bernard Quist")
    out = previous_speaker_s50(text, [quist, hale, he])
    assert (out[2].speaker_name, out[2].source_type) == ("Marion Hale", "academic")


def test_a_pronoun_of_the_other_gender_keeps_its_resolution() -> None:
    # guard: "Ms." gives the previous speaker the other gender
    text = ("Bernard Quist said the end was near. Ms. Hale, a historian, said that counts varied widely. "
            "But he said that most followers had left.")
    quist = _at(text, "Bernard Quist", "the end was near", "Bernard Quist", "person")
    hale = _at(text, "Ms. Hale, a historian", "counts varied widely", "Marion Hale", "academic")
    he = _at(text, "he", "most followers had left", "Bernard Quist", "person", resolved="Bernard Quist")
    assert previous_speaker_s50(text, [quist, hale, he])[2].speaker_name == "Bernard Quist"



def test_the_countrys_health_chief_is_its_government() -> None:
    # the development shape: the tagger typed him a private person; "the country's" is the country named last
    text = ("Travel from Chile and Bolivia is checked, and Peru has closed its schools. The country’s health chief "
            "Ana Villanueva said the schools will stay shut.")
    a = _at(text, "The country’s health chief Ana Villanueva", "the schools will stay shut", "Ana Villanueva",
            "person")
    out = country_office_s50(text, [a], load_source_table())
    assert (out[0].source_type, out[0].source_country) == ("government", "PE")


def test_a_photojournalist_is_media() -> None:
    # the development shape: the surname mention typed a private person
    text = ("The picture was taken by the photojournalist Omari Baptiste in 2006. Mr. Baptiste said that he "
            "kept the picture private.")
    a = _at(text, "Mr. Baptiste", "he kept the picture private", "Baptiste", "person")
    assert photojournalist_s50(text, [a])[0].source_type == "media"
