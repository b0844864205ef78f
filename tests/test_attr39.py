"""Attributions, round 39 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _rows(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None,
             "content": t[a.content.start:a.content.end], "score": a.score} for a in result.attributions]


# ------------------------------- "According to X, Y says Z": the inner speaker's statement, not the channel's


def test_according_to_before_a_speaker_with_a_verb_gives_the_statement_to_the_inner_speaker() -> None:
    rows = _rows("Pension rules\n\nAccording to its latest petition, the country says the new border rules "
                 "threaten the survival of farmers in the valley.\n")
    hits = [r for r in rows if "the new border rules threaten" in r["content"]]
    assert hits and all(r["speaker"] == "the country" for r in hits), rows
    assert not any(r["speaker"] == "its latest petition" for r in rows), rows


def test_according_to_alone_still_names_its_source() -> None:
    rows = _rows("Pension rules\n\nAccording to the federation, the new rules threaten the pensions of retired "
                 "miners in the north.\n")
    assert any(r["speaker"] == "the federation" and "the new rules threaten" in r["content"] for r in rows), rows


# ------------- a paragraph-opening quote after a stance verb goes on from the last quoted speaker, not the stance's

HARBOUR = ("Harbour plans\n\nThe new harbour will help the whole region, said Anna Berg, head of the regional port "
           "board, in an interview on Friday.\n\n“We have waited long enough for this project, and the whole town "
           "deserves it.”\n\nHer view comes as the World Bank projects regional growth of 2.1 percent in 2026.\n\n"
           "“The outlook for the town depends on the harbour being finished on time, and on nothing else.”\n")


def test_a_quote_after_a_stance_verb_goes_to_the_last_quoted_speaker() -> None:
    rows = _rows(HARBOUR)
    last = [r for r in rows if r["content"].startswith("The outlook for the town")]
    assert last, rows
    assert last[0]["speaker"] != "the World Bank", rows
    assert last[0]["speaker"].startswith("Anna Berg"), rows


# ----------------------------------------- "X expressed his fear that ...": X is the speaker, not the bare "his"


def test_expressed_his_fear_names_the_subject() -> None:
    rows = _rows("Bridge\n\nThe former mayor, who is now a candidate for the council, expressed his fear that the "
                 "old bridge “will collapse within a decade.”\n")
    hits = [r for r in rows if "collapse within a decade" in r["content"]]
    assert hits and hits[0]["speaker"] == "The former mayor", rows


# ------------------------ "A did B, outlets reported on Monday.": the closing cue the parser reads as a participle


def test_a_closing_reported_after_a_plural_noun_phrase_is_the_sentence_source() -> None:
    rows = _rows("Bridge plan\n\nThe governor has since pledged to sign the long-delayed water bill backed by the "
                 "mayor, several news outlets reported on Monday.\n")
    hits = [r for r in rows if "sign the long-delayed water bill" in r["content"]]
    assert hits and hits[0]["speaker"] == "several news outlets", rows
    assert hits[0]["content"].startswith("The governor has since pledged"), rows


# ------------------------------------------------------ "X said this": an anaphoric content is no attribution


def test_a_content_that_only_points_back_is_left_out() -> None:
    rows = _rows("Rumour\n\nA post claims the minister wants to close every school in the province. There is no "
                 "evidence the minister said this. Nobody in the ministry has said anything of the kind.\n")
    assert not any(r["content"].strip(" .").lower() == "this" for r in rows), rows
    assert any(r["content"].startswith("the minister wants to close") for r in rows), rows
