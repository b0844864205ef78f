"""Attributions, round 29: the lead's open items of round 25 (sentences written for the test, not taken from any
article): a wire dateline inside a statement's content, "the ministry" resolved to a named ministry, and "the PM"
after a prime minister the article names without his title."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _rows(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None, "name": a.speaker_name,
             "named": a.named, "content": t[a.content.start:a.content.end]} for a in result.attributions]


def _said(rows: list[dict], words: str) -> dict:
    return next(r for r in rows if words in r["content"])


# ------------------------------------------------------------------------------------------ wire datelines


def test_a_wire_dateline_is_cut_from_an_according_to_content() -> None:
    rows = _rows("Tanker Seized in the Strait\n\nMUSCAT, Feb. 17 (Xinhua) -- Coast guard boats boarded a cargo ship "
                 "near the strait on Tuesday, according to state television.\n")
    row = _said(rows, "boarded a cargo ship")
    assert row["speaker"] == "state television"
    assert row["content"].startswith("Coast guard boats boarded")
    assert "Xinhua" not in row["content"]


def test_a_wire_dateline_is_cut_from_the_content_before_a_said_clause() -> None:
    rows = _rows("Trade Row Deepens\n\nHANOI, March 3 (Reuters) - Vietnam will not accept the new steel tariffs, "
                 "the trade ministry said on Monday.\n")
    row = _said(rows, "steel tariffs")
    assert row["content"] == "Vietnam will not accept the new steel tariffs"


def test_a_headline_run_into_a_dateline_is_cut_with_it() -> None:
    rows = _rows("Ferry Held at Port\nLIMA, June 4 (AP) -- Port officials held a passenger ferry for six hours, "
                 "according to the harbour authority.\n")
    row = _said(rows, "held a passenger ferry")
    assert row["content"].startswith("Port officials held")


def test_a_dash_between_two_country_codes_is_no_dateline() -> None:
    rows = _rows("Talks went on late into the night.\n\nUS - EU steel talks will resume next week, officials said.\n")
    assert _said(rows, "steel talks")["content"].startswith("US - EU steel talks")


# ------------------------------------------------------------------------------------------ "the ministry"


def test_the_ministry_resolved_to_a_named_ministry_is_a_named_source() -> None:
    rows = _rows("The Moldovan Energy Ministry said gas deliveries had been cut overnight. \"We have reserves for "
                 "three weeks,\" the ministry said in a statement.")
    row = _said(rows, "reserves for three weeks")
    assert row["name"] == "Moldovan Energy Ministry"
    assert row["named"] is True


def test_the_ministry_with_no_named_ministry_before_stays_unnamed() -> None:
    rows = _rows("\"We have reserves for three weeks,\" the ministry said in a statement.")
    assert _said(rows, "reserves for three weeks")["named"] is False


# ------------------------------------------------------------------------------------------ "the PM"


def test_the_pm_is_the_prime_minister_the_article_names_without_his_title() -> None:
    rows = _rows("Boris Johnson flew to Dublin on Thursday for talks on the border.\n\nThe defiant PM said he would "
                 "not change a word of the plan.\n")
    row = _said(rows, "change a word")
    assert row["name"] == "Boris Johnson"
    assert row["named"] is True


def test_the_prime_minister_is_the_one_the_actor_dictionary_knows_in_that_office() -> None:
    rows = _rows("Narendra Modi opened a new railway line in Gujarat. The prime minister told the crowd that more "
                 "lines would follow.")
    assert _said(rows, "more lines would follow")["name"] == "Narendra Modi"


def test_the_pm_is_no_one_the_article_does_not_name() -> None:
    rows = _rows("Farmers blocked the roads into the capital on Thursday.\n\nThe PM said he would meet them.\n")
    assert _said(rows, "meet them")["name"] != "Boris Johnson"


def test_the_pm_is_not_a_person_the_article_gives_another_title() -> None:
    rows = _rows("Foreign Secretary Boris Johnson flew to Dublin on Thursday.\n\nThe PM said the talks would go "
                 "on.\n")
    assert _said(rows, "talks would go on")["name"] != "Boris Johnson"


def test_the_pm_after_two_prime_ministers_named_is_left_unresolved() -> None:
    rows = _rows("Benjamin Netanyahu met Narendra Modi in Delhi.\n\nThe PM said the deal would create jobs.\n")
    assert _said(rows, "create jobs")["name"] not in ("Benjamin Netanyahu", "Narendra Modi")
