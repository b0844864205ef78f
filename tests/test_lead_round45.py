"""The lead's reading of four short wire stories, round 45 (branch ``lead45``): a name after a job title that the
tagger took for a body, a passive expectation of no one named, a relative "who" that was captured, a side fought
for, a fronted clause's court, a venue of talks, and nationals abroad.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope import analyze
from tests.attribution_rows import attribution_details

# ------------------------------------------------------------------------------------------------ attributions

STANDOFF = ("A siege went on in the old town between crowds backing the cleric Sheikh Yusuf Karam and officers "
            "trying to detain him. The 70-year-old Sheikh is admired by the gunmen who carried out most attacks "
            "since 1998. However the regional head of security, Karim Nasrawi says armed factions must accept who "
            "is in charge. \u201cThis is hard, but I do not think we can give in to people who act as if they run "
            "this government,\u201d he said.")


def test_lead45_a_name_after_a_job_title_and_a_comma_is_the_person_who_goes_on_speaking() -> None:
    rows = attribution_details(STANDOFF)
    said = [r for r in rows if r["cue"] in ("says", "said")]
    assert [(r["cue"], r["name"]) for r in said] == [("says", "Karim Nasrawi"), ("said", "Karim Nasrawi")], rows
    assert all(r["type"] == "person" for r in said), rows


def test_lead45_the_name_after_a_job_title_is_a_person_actor() -> None:
    result = analyze(STANDOFF)
    types = {a.name: a.type for a in result.actors}
    assert types.get("Karim Nasrawi") == "person", types


def test_lead45_a_body_after_a_job_title_stays_a_body() -> None:
    text = "The head of the new agency, Pan Ocean Shipping Company, said prices would rise."
    result = analyze(text)
    assert all(a.type != "person" for a in result.actors if "Shipping" in a.name), \
        [(a.name, a.type) for a in result.actors]


def test_lead45_a_passive_expectation_in_a_conjunct_is_no_one_named() -> None:
    rows = attribution_details("Judge Mary Lowe leads the inquiry, but this week it is expected to take evidence "
                               "first from the lead counsel, Tom Reed.")
    assert not any(r["name"] == "Mary Lowe" for r in rows), rows


def test_lead45_a_conjunct_without_a_subject_of_its_own_keeps_the_first_one() -> None:
    rows = attribution_details("The minister rejected the request and said that the talks would go on.")
    assert [(r["cue"], r["speaker"]) for r in rows if r["cue"] == "said"] == [("said", "The minister")], rows


# ------------------------------------------------------------------------------------------------ events

def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    result = analyze(text)
    names = [a.name for a in result.actors]
    t = result.article.text
    return [(e.label, names[e.actor] if e.actor is not None else None,
             names[e.target] if e.target is not None else None, t[e.trigger.start:e.trigger.end])
            for e in result.events]


def test_lead45_who_was_captured_is_the_noun_the_clause_hangs_on() -> None:
    found = _events("Canada wants to question the Canadian, Tom Hale, who was captured in Afghanistan "
                    "last month.")
    captured = [e for e in found if e[3] == "captured"]
    assert captured and captured[0][2] == "Tom Hale", found


@pytest.mark.parametrize("text", [
    "The Canadian Government is checking reports that another Canadian has been fighting for Taliban forces.",
    "Rebels have been fighting for independence since 1990.",
])
def test_lead45_a_side_or_cause_fought_for_is_no_one_accused(text: str) -> None:
    found = _events(text)
    assert not any(e[3] in ("fighting", "fought") for e in found), found


def test_lead45_a_side_fought_against_stays_an_assault() -> None:
    found = _events("Kurdish forces fought against Islamic State.")
    assert [e[0] for e in found if e[3] == "fought"] == ["ASSAULT"], found


def test_lead45_a_fronted_clauses_venue_is_no_target() -> None:
    found = _events("As hearings on the pay row go on in the Industrial Relations Commission, the Qantas "
                    "boss John Bell has expressed his disappointment at the pilots conduct.")
    assert not any(e[2] == "Industrial Relations Commission" for e in found), found


def test_lead45_a_venue_of_partners_talks_is_no_target() -> None:
    found = _events("Qantas and two pilots unions have resumed their negotiations in the Industrial "
                    "Relations Commission.")
    assert [e[2] for e in found if e[3] == "resumed"] == [None], found


def test_lead45_partners_named_both_stay_each_others_targets() -> None:
    found = _events("Russia and China held talks in Beijing.")
    held = [e for e in found if e[3] == "held"]
    assert held and {held[0][1], held[0][2]} == {"Russia", "China"}, found


# ------------------------------------------------------------------------------------------------ actors

@pytest.mark.parametrize("text, name, code", [
    ("There are many Canadians in Afghanistan.", "Canada", "CAN"),
    ("Albanians in Macedonia protested.", "North Macedonia (Albanians)", "MKDCVL"),
])
def test_lead45_nationals_abroad_stay_their_countrys(text: str, name: str, code: str) -> None:
    result = analyze(text)
    assert (name, code) in [(a.name, a.code) for a in result.actors], [(a.name, a.code) for a in result.actors]


# ------------------------------------------------------------------------------------------------ Russian

def _ru_contents(text: str) -> list[tuple[str, str]]:
    result = analyze(text)
    t = result.article.text
    return [(t[a.cue.start:a.cue.end] if a.cue else "", t[a.content.start:a.content.end])
            for a in result.attributions]


def test_lead45_a_straight_quoted_paragraph_with_inner_straight_marks_is_quoted_whole() -> None:
    text = ("Министр обороны выступил в парламенте в среду.\n\n"
            "\"Мы не отступим ни на шаг. Слово \"мир\" звучало здесь много раз. Но противник на \"мир\" отвечал "
            "- \"посмотрим\", - заявил министр Иван Петров.\n")
    found = [c for cue, c in _ru_contents(text) if cue == "заявил"]
    assert found and found[0].startswith("Мы не отступим"), found


def test_lead45_a_quoted_name_that_opens_a_paragraph_is_no_quotation_opening() -> None:
    text = ("Компания сообщила о сокращении поставок.\n\n"
            "\"Северсталь\" сократила поставки. \"Мы не виноваты\", - заявил директор Иван Петров.\n")
    found = [c for cue, c in _ru_contents(text) if cue == "заявил"]
    assert found == ["Мы не виноваты"], found


def test_lead45_an_outlets_name_in_running_lowercase_is_no_outlet() -> None:
    text = "The minister said that Russia today is a fortress. He spoke to Russia Today on Monday."
    result = analyze(text)
    rt = [[text[m.start:m.end] for m in a.mentions] for a in result.actors if a.code == "RUSMED"]
    assert rt == [["Russia Today"]], rt
    # the country its first word names stays an actor (an event of "Russia today ..." keeps its source)
    assert [a.code for a in result.actors if a.name == "Russia"] == ["RUS"], [(a.name, a.code) for a in result.actors]


def test_lead45_a_fronted_condition_still_names_the_target() -> None:
    found = _events("If Belgrade sends troops closer to the line, Pristina will close every crossing, the Kosovar "
                    "prime minister warned.")
    assert any(e[0] == "THREATEN" and e[2] == "Serbia" for e in found), found
