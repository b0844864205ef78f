"""Source typing on real articles, round 30 (issue 16): an outlet's block quoted under "Reuters reports:" /
"From Reuters:", offices only the US government has (a US secretary in a story about another country), the staff
of a head of state, show hosts and an outlet's journalist by the possessive, outlets the table lacked; on
sentences of our own. And the form of the fresh real-article gold (tests/gold/sources_real30.jsonl,
tests/gold/sources_real30_heldout.jsonl)."""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_fresh_gold_form, read_gold, scorer
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real30.jsonl", ROOT / "tests" / "gold" / "sources_real30_heldout.jsonl")


def test_an_outlet_line_with_a_verb_introduces_the_paragraph_below(extract) -> None:
    doc = extract("The strike went on.\nReuters reports:\nThe port of Lagos closed on Friday after dockers walked "
                  "out over unpaid wages, and ships queued offshore.\nThe union declined to comment.")
    a = _find(doc, "dockers walked out over unpaid wages")
    assert doc.text[a.speaker.start:a.speaker.end] == "Reuters"
    assert a.source_type == "media" and a.named and a.speaker_name == "Reuters"
    assert a.kind == "direct"


def test_from_an_outlet_introduces_the_paragraph_below(extract) -> None:
    doc = extract("From Reuters:\nThe port of Lagos closed on Friday after dockers walked out over unpaid wages.")
    a = _find(doc, "dockers walked out over unpaid wages")
    assert a.speaker_name == "Reuters" and a.source_type == "media"


def test_from_an_outlet_and_its_piece_s_title_introduces_the_paragraph_below(extract) -> None:
    doc = extract("From Reuters, “Lagos port shut as dockers strike”:\n\nThe port of Lagos closed on Friday after "
                  "dockers walked out over unpaid wages.")
    assert _find(doc, "dockers walked out over unpaid wages").speaker_name == "Reuters"


def test_an_outlet_block_keeps_the_reports_inside_it(extract) -> None:
    doc = extract("Reuters adds:\nThe harbour master said the port would reopen on Monday once talks resumed.")
    outlet = [a for a in doc.attributions if a.speaker_name == "Reuters"]
    inner = [a for a in doc.attributions if a.speaker is not None and "harbour master" in
             doc.text[a.speaker.start:a.speaker.end]]
    assert outlet and inner


def test_a_line_of_no_outlet_introduces_nothing(extract) -> None:
    doc = extract("From Monday:\nThe port of Lagos will close for a week while the cranes are replaced.\n"
                  "Our readers write:\nThe cranes were old and the dockers knew it well.")
    assert not [a for a in doc.attributions if "cranes" in doc.text[a.content.start:a.content.end]
                and a.speaker is not None]


def test_a_us_secretary_is_american_in_a_story_about_another_country(extract) -> None:
    doc = extract("WASHINGTON — The Saudi crown prince met Saudi ministers. Saudi officials denied the report. The "
                  "Saudi embassy was quiet. Secretary of State Mark Delaney said the Saudis owed the world answers. "
                  "Delaney said the White House would wait.")
    for words in ("the Saudis owed the world answers", "the White House would wait"):
        a = _find(doc, words)
        assert a.source_type == "government"
        assert a.source_country == "US"


def test_a_treasury_secretary_is_american_in_a_story_about_another_country(extract) -> None:
    doc = extract("The Saudi crown prince met Saudi ministers in Washington. Saudi officials denied the report. "
                  "Treasury Secretary Paul Krane said Thursday he would skip the Saudi meeting.")
    assert _find(doc, "he would skip the Saudi meeting").source_country == "US"


def test_another_state_s_secretary_of_state_keeps_its_country(extract) -> None:
    doc = extract("Britain's army will grow, London said. The British plan was costly. British officials agreed. "
                  "Secretary of State for Defence Tom Marsh said the army would grow. Marsh said the United States "
                  "had agreed.\nThe Vatican said the Italian talks went well. Vatican Secretary of State Pietro Lanza "
                  "said the pope was pleased.")
    assert _find(doc, "the army would grow").source_country == "GB"
    assert _find(doc, "the pope was pleased").source_country == "VA"


def test_a_head_of_state_s_staff_speak_for_the_state(extract) -> None:
    doc = extract("Lately, Ukraine has been seeking to get China involved. Ukraine’s presidential chief of staff "
                  "Andriy Yermak on Sunday said, \"China needs to be part of any talks on the war.\"\n"
                  "White House chief of staff Ron Kalder said the budget talks must end soon.\n"
                  "Kremlin aide Yuri Ushkov told reporters that the summit was off.")
    for words in ("China needs to be part of any talks", "the budget talks must end soon", "the summit was off"):
        assert _find(doc, words).source_type == "government", words


def test_a_show_host_and_an_outlet_s_journalist_are_media(extract) -> None:
    doc = extract("EpochTV host Tom Reddick said the vote count was slow. Reddick says the machines were old.\n"
                  "The American Mirror's Kyle Olsen reported that the mayor had quit.")
    for words in ("the vote count was slow", "the machines were old", "the mayor had quit"):
        assert _find(doc, words).source_type == "media", words


def test_an_outlet_s_journalist_tagged_with_the_outlet_is_media(extract) -> None:
    doc = extract("The debate went on. As The American Mirror’s Kyle Olsen concludes so eloquently, the senator "
                  "appears to be protected by her party.")
    assert _find(doc, "the senator appears to be protected").source_type == "media"


def test_the_name_after_an_inverted_said_speaks_not_a_word_of_its_relative_clause(extract) -> None:
    doc = extract("Maria Holm won the first round on Monday.\n\n“Everyone is happier like that,” said Holm, a "
                  "two-time finalist who is seeded No. 4 at the event.")
    a = _find(doc, "Everyone is happier like that")
    assert doc.text[a.speaker.start:a.speaker.end].startswith("Holm")
    assert a.speaker_name == "Maria Holm" and a.named


def test_a_quote_after_a_time_phrase_is_the_cue_s_even_when_the_parse_turns_it_round(extract) -> None:
    doc = extract("The governor and Sen. Ann Ruiz keep calling for every ballot to be counted in both districts. "
                  "President Donald Trump tweeted early this week, “Governor Hale conceded on the night and now the "
                  "district has put him ‘back in the race.’ Ruiz conceded — now she is back in the race!? This is a "
                  "disgrace to our State!”")
    a = _find(doc, "Governor Hale conceded on the night")
    assert a.speaker_name == "Donald Trump"


def test_outlets_the_table_lacked(extract) -> None:
    doc = extract("20 Minutes reported that the mayor of Lyon had quit. The Epoch Times said the count was late.")
    a = _find(doc, "the mayor of Lyon had quit")
    assert (a.source_type, a.source_country) == ("media", "FR")
    b = _find(doc, "the count was late")
    assert (b.source_type, b.source_country) == ("media", "US")


def test_fresh_gold_form() -> None:
    assert_fresh_gold_form(GOLDS, "real30", 8)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the gold's articles)")
def test_every_fresh_anchor_is_found_once_in_its_article() -> None:
    assert_anchors_found(GOLDS)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the gold's articles)")
def test_real_article_figures_hold() -> None:
    fresh = scorer().score(read_gold(GOLDS[0]))
    assert fresh["type_acc"] >= 0.95 and fresh["country_acc"] >= 0.95 and fresh["found"] >= 0.9
