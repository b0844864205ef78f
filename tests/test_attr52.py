"""Attributions, round 52: the open leads of rounds 48-50 and sources39 (sentences written for the test, not taken
from any article)."""

from __future__ import annotations

from spinscope import analyze
from tests.attribution_rows import ATTRIBUTION_COMPONENTS, attribution_details

_rows = attribution_details


# ------------------------------------------------------------------------------------------ cue misses

def test_has_referred_to_someone_as_a_quote_is_the_subjects() -> None:
    rows = _rows("The chairman of the club, Omar Delgado, has referred to the senator as "
                 "\u201ca man the country can trust!\u201d")
    assert [(r["name"], r["content"]) for r in rows] == [("Omar Delgado", "a man the country can trust")], rows


def test_the_quote_after_gave_the_only_answer_is_the_answerers() -> None:
    rows = _rows("The moderator asked the mayor whether the tunnel would ever open. After a long pause, Mayor Dan "
                 "Ortez gave the only answer he could: \u201cWe will know more when the engineers report in the "
                 "spring.\u201d")
    quoted = [r for r in rows if r["content"].startswith("We will know more")]
    assert [r["name"] for r in quoted] == ["Dan Ortez"], rows


def test_laid_out_reports_its_object() -> None:
    rows = _rows("At the forum on Tuesday, the historian Mara Quill spoke first. In her opening remarks, Quill laid "
                 "out four tests that voters can use to judge the council's record so far: its budget, its housing "
                 "plan and its schools.")
    assert [(r["name"], r["cue"]) for r in rows if r["content"].startswith("four tests")] == [
        ("Mara Quill", "laid out")], rows
    assert all(r["speaker"] != "voters" for r in rows), rows


def test_what_a_body_called_a_quoted_word_is_the_bodys() -> None:
    rows = _rows("In May 2012, the Harbor Trust criticised the club for sharing what the Trust called a "
                 "\u201creckless\u201d video about the river on its website.")
    assert ("called", "reckless") in [(r["cue"], r["content"]) for r in rows], rows
    assert [r["speaker"] for r in rows if r["content"] == "reckless"] == ["the Trust"], rows


def test_a_name_said_line_after_a_quote_gives_it_its_speaker() -> None:
    rows = _rows("The council member Gary Lomax said that the audit was overdue.\n"
                 "Even so, Lomax still spent an hour on the budget in his podcast.\n"
                 "\u201cWas the money spent well?\nI can't tell yet, and nobody can.\u201d\n"
                 "Lomax said.\n"
                 "He added, \u201cI will keep asking until the clerk answers.\u201d")
    quoted = [r for r in rows if r["content"].startswith("Was the money")]
    assert [(r["name"], r["cue"]) for r in quoted] == [("Gary Lomax", "said")], rows


def test_he_said_line_is_no_name() -> None:
    rows = _rows("The chair spoke briefly.\n\u201cWe are done here.\u201d\nHe said.\nThe session closed.")
    assert all(r["speaker"] != "He said" for r in rows), rows


# ------------------------------------------------------------------------------------------ false cue

def test_admitting_people_into_the_country_is_no_statement() -> None:
    rows = _rows("The minister has a long record of admitting radical preachers into the country without checks.")
    assert all(r["cue"] != "admitting" for r in rows), rows


def test_admitting_that_stays_a_statement() -> None:
    rows = _rows("The minister ended the week admitting that the checks at the border had failed.")
    assert [r["cue"] for r in rows] == ["admitting"], rows


# ------------------------------------------------------------------------------------------ "the pope ... He says"

def test_he_after_the_pope_as_subject_is_the_pope() -> None:
    rows = _rows("Cardinal Walter Brandt said on Monday that the synod would decide the matter. But the pope did not "
                 "answer the question directly. He says that he \u201chas no wish\u201d to end the debate.")
    says = [r for r in rows if r["cue"] == "says"]
    assert [(r["name"], r["from"]) for r in says] == [("pope", "the pope")], rows


def test_he_after_the_pope_is_of_the_holy_see() -> None:
    result = analyze("Cardinal Walter Brandt said on Monday that the synod would decide the matter. But the pope did "
                     "not answer the question directly. He says that he \u201chas no wish\u201d to end the debate.",
                     components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    says = [a for a in result.attributions if a.cue is not None and t[a.cue.start:a.cue.end] == "says"]
    assert [(a.speaker_name, a.source_country) for a in says] == [("pope", "VA")], result.attributions


def test_he_after_the_pope_takes_the_popes_name_where_the_article_gives_it() -> None:
    rows = _rows("Pope Anselm travelled to Lyon this spring. Cardinal Walter Brandt said on Monday that the synod "
                 "would decide the matter. But the pope did not answer the question directly. He says that he "
                 "\u201chas no wish\u201d to end the debate.")
    assert [r["name"] for r in rows if r["cue"] == "says"] == ["Pope Anselm"], rows


def test_he_after_the_pope_as_object_stays_the_subject() -> None:
    rows = _rows("Cardinal Walter Brandt met the pope in Rome on Monday. He says that the synod "
                 "\u201cwill decide\u201d the matter.")
    assert [r["name"] for r in rows if r["cue"] == "says"] == ["Walter Brandt"], rows


# ------------------------------------------------------------------------------------------ "He told Outlet:" blocks

TOLD = ("The senator spoke to the Daily Ledger after the vote.\n"
        "She told the Daily Ledger:\n"
        "I have never seen a vote like this in my twenty years in the chamber, and I think we owe the voters an "
        "answer.\n"
        "We will bring the bill back in the spring, and we will win it then.\n"
        "The senate adjourned at midnight after a long day of debate.")


def test_a_told_colon_block_goes_on_while_it_speaks_in_the_first_person() -> None:
    rows = _rows(TOLD)
    told = [r["content"] for r in rows if r["cue"] == "told"]
    assert len(told) == 2 and told[1].startswith("We will bring the bill back"), rows


def test_a_told_colon_block_ends_at_the_articles_prose() -> None:
    rows = _rows(TOLD)
    assert all("adjourned" not in r["content"] for r in rows), rows


def test_a_misspelt_surname_on_a_said_line_is_the_speaker_named_before() -> None:
    rows = _rows("The podcaster Jake Delvecchio said that the audit was overdue.\n"
                 "Even so, Delvechio still spent an hour of his show on the audit.\n"
                 "\u201cWas the money spent well?\nI can't tell yet, and nobody can.\u201d\n"
                 "Delvechio said.\n"
                 "He added, \u201cI will keep asking until the clerk answers.\u201d")
    assert [r["name"] for r in rows if r["content"].startswith(("Was the money", "I will keep"))] == [
        "Jake Delvecchio", "Jake Delvecchio"], rows


def test_the_title_before_an_appositive_name_is_no_part_of_the_speaker() -> None:
    rows = _rows("The President of RIVA, Omar Delgado, has referred to the senator as "
                 "\u201ca man the country can trust!\u201d")
    assert [r["speaker"] for r in rows] == ["Omar Delgado"], rows



def test_a_quote_run_over_lines_keeps_the_verb_before_its_opening_mark_as_cue() -> None:
    rows = _rows("The pastor Omar Reyes spoke at the dinner in May.\n"
                 "He decried, \u201cLook.\nNobody can hide it.\nThey already run the city.\u201d He also spoke of his "
                 "plans for the school.")
    assert [r["cue"] for r in rows if r["content"].startswith("Look.")] == ["decried"], rows


def test_a_relative_clause_after_talked_is_no_content() -> None:
    rows = _rows("So the governor came, and talked, and handed them a hard look at the facts that they are keen to "
                 "ignore and deny.")
    assert all(r["cue"] != "talked" for r in rows), rows



def test_talked_about_the_fact_that_keeps_its_clause() -> None:
    rows = _rows("At the hearing the governor talked at length about the fact that prices rose sharply last year.")
    assert any(r["cue"] == "talked" and "prices rose" in r["content"] for r in rows), rows
