"""The lead's fixes of round 54, from reading 1987 wire stories: an analyst of a firm with a comma in its name, a
participle after a report's content, a "he" resolved to a body, unnamed market voices, "the trader", a request for
anonymity, a subject read as an object, a union's officer, a two-word surname, a British company's officer and
"said nothing has changed". Every sentence and name here is invented."""

from __future__ import annotations

import pytest

from spinscope.api import analyze
from spinscope.result import Attribution, Span

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _records(text: str):
    return analyze(text, components=ATTRIBUTION_COMPONENTS).attributions


def _record(text: str, content_start: str):
    return next(a for a in _records(text) if text[a.content.start:a.content.end].startswith(content_start))


def _span(text: str, span) -> str:
    assert span is not None
    return text[span.start:span.end]


def test_an_analyst_of_a_firm_with_a_comma_in_its_name_is_the_speaker():
    text = ("BUYOUT\n\nAnalyst Carla Menzies of R.J. Fairbank, Holloway Stern Inc said the Marsh group has been "
            "raising its holding since it believes the firm is worth more. She said the board paid too much.")
    record = _record(text, "the Marsh group")
    assert record.speaker_name == "Carla Menzies"
    assert record.source_type == "person"
    assert _span(text, record.speaker).startswith("Analyst Carla Menzies")


def test_a_participle_after_a_reports_content_is_the_reporters():
    text = ("RESULTS\n\nThe chairman, Oskar Lindqvist, said the company would keep growing. He also declined to say "
            "what sum the group hoped to raise from the sale, beyond noting that the unit had cost 900 mln crowns. "
            "However, he noted that the home business had made a loss.")
    noting = next(a for a in _records(text) if _span(text, a.cue) == "noting")
    assert noting.speaker_name == "Oskar Lindqvist"
    noted = _record(text, "the home business")
    assert noted.speaker_name == "Oskar Lindqvist"


@pytest.mark.parametrize("phrase", [
    "One dealer at a German bank", "Bank economists in Paris", "Traders in several centres",
    "one CBT crush trader", "another Italian banker",
])
def test_an_unnamed_market_voice_is_anonymous_with_no_country(phrase):
    text = f"CURRENCIES\n\nThe dollar fell in quiet trade. {phrase} said the currency would hold above 1.80 marks."
    record = _record(text, "the currency would hold")
    assert _span(text, record.speaker) == phrase
    assert record.source_type == "anonymous"
    assert record.source_country is None


def test_a_market_voice_at_a_named_firm_is_not_read_as_one():
    text = "CURRENCIES\n\nOne analyst at Harrow Brothers said the currency would hold above 1.80 marks."
    record = _record(text, "the currency would hold")
    assert record.evidence.find("lead54:market-voice") < 0


def test_the_trader_is_the_trader_quoted_before():
    text = ("GRAINS\n\n\"Speculators bought March and sold May,\" one CBT crush trader said.\n\nThe May crush ended "
            "just over 17 cents, so no mill will lock in that margin, the trader said.")
    first = _record(text, "Speculators bought")
    later = _record(text, "The May crush")
    assert later.speaker_name == first.speaker_name == "one CBT crush trader"
    assert later.source_type == first.source_type == "anonymous"


def test_asking_not_to_be_named_is_not_a_statement():
    text = ("CURRENCIES\n\nAn Oslo currency source, who asked not to be identified in print, told us the statement "
            "had matched what most desks expected.")
    contents = [text[a.content.start:a.content.end] for a in _records(text)]
    assert not any(c.startswith("not to be identified") for c in contents)
    assert any(c.startswith("the statement had matched") for c in contents)


def test_a_subject_read_as_the_verbs_object_belongs_to_the_content():
    # the parser's misreading is rare and text-bound: the rule is checked on the record such a parse gives
    from spinscope.components.attribution.lead54 import _subject_gap

    text = ("Kemp said the recent purchase of Varney-Pond's Inc <VPI.N> for 64.75 dlrs per share was unlikely to hurt "
            "earnings.")
    cut = text.index("for 64.75")

    def span(start: int, end: int, label: str) -> Span:
        return Span(start=start, end=end, label=label, score=0.85, evidence="test")

    record = Attribution(start=0, end=len(text) - 1, label="indirect", score=0.85, evidence="test", kind="indirect",
                         speaker=span(0, 4, "speaker"), cue=span(5, 9, "cue"),
                         content=span(cut, len(text) - 1, "content"))
    fixed = _subject_gap(text, record)
    assert text[fixed.content.start:fixed.content.end].startswith("the recent purchase of Varney-Pond's")
    told = record.model_copy(update={"cue": span(5, 9, "cue"), "content": span(text.index("Inc"), len(text) - 1,
                                                                                 "content")})
    assert _subject_gap(text, told).content.start == told.content.start  # "Inc": no lower-case content start


def test_a_union_officer_is_a_person_and_a_two_word_surname_joins_the_full_name():
    text = ("STRIKE\n\nThe walkout has idled 90 ships, Mario Luis Prado Nunes, a senior official of the National "
            "Dockers Union, told Reuters.\n\nPrado Nunes said ten hours of talks ended today without a deal. He said "
            "four ships were idle abroad.")
    first = _record(text, "The walkout")
    assert first.source_type == "person"
    later = _record(text, "ten hours of talks")
    assert later.speaker_name == "Mario Luis Prado Nunes"
    assert _record(text, "four ships").speaker_name == "Mario Luis Prado Nunes"


def test_an_employers_federation_chairman_is_a_person():
    text = ("GUILDER\n\nEmployers federation KBW chairman Hans Vermeer said the revaluation hurt exporters.")
    assert _record(text, "the revaluation").source_type == "person"


def test_the_officer_of_a_plc_is_british_whatever_the_story_counts():
    text = ("RESULTS\n\nHolbrook Foods Plc chairman Edwin Marsh said volumes in the U.S. rose 10 pct. Marsh said the "
            "U.S. unit made a loss in the United States. He said margins in Europe grew.")
    assert {a.source_country for a in _records(text) if a.speaker_name == "Edwin Marsh"} == {"GB"}


@pytest.mark.parametrize("sentence", [
    "The minister said nothing has changed since May.",
    "Several Oslo brokers voiced dismay over the statement, saying nothing has changed.",
])
def test_said_nothing_has_changed_is_a_statement(sentence):
    text = f"CURRENCIES\n\n{sentence}"
    assert any(text[a.content.start:a.content.end].startswith("nothing has changed") for a in _records(text))


def test_said_nothing_about_is_still_no_statement():
    text = "TALKS\n\nThe minister said nothing about the talks."
    assert not any(text[a.content.start:a.content.end].startswith("nothing") for a in _records(text))


def test_a_minister_is_not_american_by_the_storys_count():
    text = ("SHIPYARD WINS ORDER\n\nNorland Corp's shipyard will build a patrol ship for the Canadian coast guard, "
            "Fisheries Minister Tom Hale said.\n\nHale said Norland was the low bidder. The government said it will "
            "lend the yard 13 mln dlrs.\n\nThe order follows a U.S. patrol through the disputed strait. The U.S. "
            "government called the strait international waters.")
    by_phrase = {_span(text, a.speaker): a.source_country for a in _records(text) if a.speaker is not None}
    assert by_phrase["Fisheries Minister Tom Hale"] == "CA"
    assert by_phrase["Hale"] == "CA"
    assert by_phrase["The government"] == "CA"
    assert by_phrase["The U.S. government"] == "US"


def test_a_person_before_a_bracketed_firm_is_the_speaker():
    text = ("MINING\n\nCarl Weiss, general manager of <Orton Mining International Ltd> in Singapore, told Reuters the "
            "statement was accurate. Weiss said Orton was weighing several projects.")
    record = _record(text, "the statement was accurate")
    assert record.speaker_name == "Carl Weiss"
    assert record.source_type == "person"


def test_a_bracketed_firm_is_named_without_its_brackets():
    text = "BANK\n\n<Bank of Orland> said it expects loan losses this year of 400 mln dlrs."
    record = _record(text, "it expects")
    assert record.speaker_name == "Bank of Orland"
    assert _span(text, record.speaker) == "Bank of Orland"


def test_which_after_a_described_apposition_is_the_firm_named_before_it():
    text = ("RETAIL\n\nThe discount area keeps paying off for H.K. Marlow Co, once known only as a hardware chain, "
            "which said its 1986 income rose 15 pct.")
    record = _record(text, "its 1986 income")
    assert record.speaker_name == "H.K. Marlow Co"
    assert record.source_type == "organization"


def test_a_subject_split_by_dashes_belongs_to_the_content():
    text = ("BANK RESULTS\n\nIn reporting lower second quarter earnings, chairman Peter Lund said problems with farm "
            "loans--particularly in loans tied to grain growers--continue to weigh on the bank's earnings.")
    record = next(a for a in _records(text) if _span(text, a.cue) == "said")
    assert text[record.content.start:record.content.end].startswith("problems with farm loans")


def test_a_companys_initials_are_the_company():
    text = ("STAKE CUT\n\nInternational K.L.M. Holdings Inc said it would cut its stake in Orbit Films Inc to 22 pct. "
            "K.L.M. said the first stage closes March 22.")
    record = _record(text, "the first stage")
    assert record.speaker_name == "International K.L.M. Holdings Inc"
    assert record.source_type == "organization"


@pytest.mark.parametrize(("opening", "name", "country"), [
    ("The Asahi Shimbun quoted Kobe Metal as saying that China had asked for plants.", "Asahi Shimbun", "JP"),
    ("He told the Gazeta Mercantil newspaper that exports would suffer.", "Gazeta Mercantil", "BR"),
])
def test_the_paper_is_the_newspaper_named_before(opening, name, country):
    text = f"STEEL\n\n{opening} The paper said China's steel output rose to 52 mln tonnes."
    record = _record(text, "China's steel output")
    assert record.speaker_name == name
    assert record.source_type == "media"
    assert record.source_country == country


def test_wall_street_analysts_are_anonymous():
    text = "MERGER\n\nA lawsuit pushed Hollis Tool Co into a reversal, Wall Street analysts said."
    record = _record(text, "A lawsuit")
    assert record.source_type == "anonymous"
    assert record.source_country is None
