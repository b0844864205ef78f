"""Source typing, round 43 (issue 16): news-wire copy whose paragraph breaks were lost (a quote reopened mid-line),
police ranks, an office holder named in the next sentence, the country of a story's places, unnamed people
(scripts/sources43/README.md); on sentences of our own.
"""

from __future__ import annotations

import pytest

from spinscope.components.attribution.sources import load_source_table
from spinscope.components.attribution.sources43 import place_country_s43, titled_then_named_s43, wire_paragraphs_s43
from spinscope.result import Attribution, Span, TextRange
from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real43.jsonl", ROOT / "tests" / "gold" / "sources_real43_heldout.jsonl")
LEE = SHARED / ".." / "lee"  # beside ../shared (scripts/lee/fetch.py)


def test_a_reopened_quote_starts_a_paragraph_for_the_quote_finder() -> None:
    text = 'Ms Quayle says the ferry is late. "We lost a day. "The engine is fixed now." That is all.'
    parts = wire_paragraphs_s43(text, [TextRange(start=0, end=len(text))])
    assert [text[p.start:p.end] for p in parts] == [
        'Ms Quayle says the ferry is late. "We lost a day.', '"The engine is fixed now." That is all.']


def test_a_closed_quote_keeps_its_paragraph() -> None:
    text = '"We lost a day," she said. "The engine is fixed now," she added. Then "Fine. " Ok.'
    assert wire_paragraphs_s43(text, [TextRange(start=0, end=len(text))]) == [TextRange(start=0, end=len(text))]


def test_a_quote_after_a_reopened_one_keeps_its_speaker(extract_ner) -> None:
    text = ('Harbour board chair Lydia Wentworth says the old jetty will reopen in March. "We have ordered new '
            'pylons and the crews begin next week. "The budget covers every part of it." The council meets on '
            'Friday to approve the plan. Wentworth said the delays had cost nearby traders dearly. "Our shops '
            'have had a very hard winter," she said.')
    doc = extract_ner(text)
    a = _find(doc, "Our shops have had")
    assert "Wentworth" in (a.speaker_name or "")
    assert not any("The council meets" in doc.text[x.content.start:x.content.end] for x in doc.attributions)


def test_a_police_rank_is_the_states(extract_ner) -> None:
    text = ("A truck rolled over on the highway near Ballarat in Australia on Monday. Chief Inspector Marla Quenby "
            "says the driver walked away unhurt. Chief Inspector Quenby says the road will stay shut overnight "
            "while Australian crews clear it.")
    doc = extract_ner(text)
    for content in ("the driver walked away", "the road will stay shut"):
        assert _find(doc, content).source_type == "government"


def test_a_title_named_in_the_next_sentence_is_that_person(extract_ner) -> None:
    text = ("Melbourne's Lord Mayor says the new bus lanes in the city centre are a costly mistake. Harold Brannock, "
            "who ran a bakery for thirty years, says traders were never asked about the lanes. \"We found out "
            "from the newspaper like everyone else,\" he said.")
    doc = extract_ner(text)
    title = _find(doc, "bus lanes in the city")
    assert (title.named, title.speaker_name) == (True, "Harold Brannock")
    named = _find(doc, "traders were never asked")
    assert named.source_type == "government"


def _said(text: str, who: str, what: str, name: str, kind: str, nth: int = 0) -> Attribution:
    at = [i for i in range(len(text)) if text.startswith(who, i)][nth]
    content = text.index(what)
    return Attribution(start=min(at, content), end=max(at + len(who), content + len(what)), label="attribution",
                       score=0.8, evidence="test", kind="indirect",
                       speaker=Span(start=at, end=at + len(who), label="speaker", score=0.8, evidence="test"),
                       content=Span(start=content, end=content + len(what), label="content", score=0.8,
                                    evidence="test"),
                       source_type=kind, speaker_name=name, named=True)


def test_a_pronoun_after_the_named_title_is_that_persons() -> None:
    text = ("Wallace Fenwick says the port board erred. The Lord Mayor says the account is thin. Harold Brannock, "
            "a former ferry captain, says it does not hold water. He said pilots are trusted guides.")
    found = [_said(text, "Wallace Fenwick", "the port board erred", "Wallace Fenwick", "politician"),
             _said(text, "The Lord Mayor", "the account is thin", "The Lord Mayor", "government"),
             _said(text, "Harold Brannock", "it does not hold water", "Harold Brannock", "person"),
             _said(text, "He", "pilots are trusted guides", "Wallace Fenwick", "politician")]
    out = titled_then_named_s43(text, found)
    assert [(a.speaker_name, a.source_type) for a in out[1:]] == [("Harold Brannock", "government")] * 3


def test_another_office_in_the_next_sentence_is_another_person(extract_ner) -> None:
    text = ("The Premier says the state budget will be balanced by June. Treasurer Olwen Pardoe says the "
            "surplus will be small.")
    doc = extract_ner(text)
    assert _find(doc, "state budget will be balanced").speaker_name != "Olwen Pardoe"


def test_a_town_and_its_state_place_the_story() -> None:
    table = load_source_table()
    text = "A barn burned near Milford, Indiana, on Sunday. Two sheds burned in Warsaw, Indiana, as well."
    assert place_country_s43(text, table) == "US"
    assert place_country_s43("Anna Virginia, a singer, sang. Indiana Jones ran.", table) is None


def test_officials_of_a_story_set_in_an_indiana_town(extract_ner) -> None:
    text = ("A fire destroyed a barn near Milford, Indiana, and officials said no animals were lost. Two more "
            "sheds burned in Warsaw, Indiana, on Sunday night.")
    a = _find(extract_ner(text), "no animals were lost")
    assert (a.source_type, a.source_country) == ("government", "US")


def test_an_australian_city_places_the_story(extract_ner) -> None:
    text = ("Flood waters rose across Queensland overnight. The Lord Mayor says Brisbane's river walk will stay "
            "closed until Friday.")
    a = _find(extract_ner(text), "river walk will stay")
    assert (a.source_type, a.source_country) == ("government", "AU")


def test_a_bodys_bulletin_speaks_as_the_body(extract_ner) -> None:
    text = ("A new survey claims that farm incomes will rise next year. The Westgate Rural Outlook bulletin says "
            "wheat prices have held up. Westgate's chief economist Lionel Marsh says the drought has eased.")
    doc = extract_ner(text)
    for content in ("farm incomes will rise", "wheat prices have held up"):
        a = _find(doc, content)
        assert (a.source_type, a.named, a.speaker_name) == ("organization", True, "Westgate")


def test_unnamed_people_are_anonymous(extract_ner) -> None:
    text = ("Child  advocates have urged the school board to act, saying the rules failed pupils. The brother of "
            "one worker told local radio that the gates were locked.")
    doc = extract_ner(text)
    assert _find(doc, "the rules failed pupils").source_type == "anonymous"
    assert _find(doc, "the gates were locked").source_type == "anonymous"


def test_fresh_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(GOLDS, "real43", 8, extra_keys=frozenset({"sha256"}), prefixes=("../lee/",))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_gold_anchors_found_and_files_unchanged() -> None:
    if not (LEE / "background").is_dir():
        pytest.skip("run scripts/lee/fetch.py")
    assert_anchors_found(GOLDS)
    assert_articles_unchanged(GOLDS)
