"""The lead's round-21 rules, from reading real news: each test fails without its rule (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

import pytest

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]
EVENT_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1", "actors.v1", "events.v1"]


def _attributions(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    return [{"speaker": text[a.speaker.start:a.speaker.end] if a.speaker else None, "name": a.speaker_name,
             "cue": text[a.cue.start:a.cue.end] if a.cue else None, "kind": a.kind,
             "content": text[a.content.start:a.content.end]} for a in result.attributions]


def _said(rows: list[dict], content: str) -> dict:
    return next(r for r in rows if content in r["content"])


def _events(text: str) -> list[tuple[str | None, str, str | None, str]]:
    result = analyze(text, components=EVENT_COMPONENTS)
    names = [a.name for a in result.actors]
    return [(names[e.actor] if e.actor is not None else None, e.label,
             names[e.target] if e.target is not None else None, e.mode) for e in result.events]


# ---------------------------------------------------------------------------------------------- speakers


def test_a_pronoun_closing_a_quote_is_not_someone_the_quote_names() -> None:
    rows = _attributions("Critics of President Vladimir Putin say he has grown bolder.\n\nSenate leader Mitch "
                         "McConnell said the pipeline was the real problem.\n\nMcConnell called for a firmer line "
                         "against Moscow, saying the US should send more aid to Kyiv.\n\n\u201cWe must not pull "
                         "our punches out of some fear of provoking Putin,\u201d he said. \u201cWhat will encourage "
                         "Putin is if he senses weakness.\u201d")
    assert _said(rows, "pull our punches")["name"] == "Mitch McConnell"


@pytest.mark.parametrize(("text", "name"), [
    ("Sen. Tom Harlan (R-KY) criticised the new rule on Monday. \u201cThe agency has no right to decide what cars "
     "people drive,\u201d the senator said.", "Tom Harlan"),
    ("This is the view of Col. Peter Aldous, a retired army officer. \u201cThe offensive was a turning "
     "point,\u201d the colonel said.", "Peter Aldous"),
])
def test_a_title_written_short_before_a_name_resolves_the_title_later(text: str, name: str) -> None:
    row = _said(_attributions(text), "The ")
    assert row["speaker"].startswith("the ")
    assert row["name"] == name


def test_the_title_refers_to_the_person_named_last_who_holds_it() -> None:
    rows = _attributions("Russian President Vladimir Putin visited Hanoi on Friday. Ukrainian President Volodymyr "
                         "Zelensky has refused to negotiate. Putin commented on the refusal while in Hanoi. Talks "
                         "could take place as early as tomorrow, the president added.")
    assert _said(rows, "Talks could")["name"] == "Vladimir Putin"


def test_a_name_at_the_end_of_a_long_title_the_tagger_read_as_a_body() -> None:
    rows = _attributions("Moldovan Minister of Infrastructure and Regional Development Andrei Spinu wrote in a "
                         "post that the attacks led to power outages.")
    assert _said(rows, "power outages")["name"] == "Andrei Spinu"


def test_according_to_a_channel_after_a_named_report_keeps_the_speaker() -> None:
    rows = _attributions("Putin spoke in Hanoi on Friday. \u201cThey do not want to replace him,\u201d Putin "
                         "asserted, according to a translation by state media.")
    row = _said(rows, "replace him")
    assert row["name"] == "Vladimir Putin"
    assert row["cue"] == "asserted"


@pytest.mark.parametrize("text", [
    "The lines were disconnected in automatic mode (load shedding according to frequency).",
    "Troops will withdraw according to the plan agreed in March.",
    "Everything went according to schedule.",
])
def test_according_to_in_keeping_with_is_no_source(text: str) -> None:
    assert _attributions(text) == []


def test_according_to_at_the_start_still_names_a_source() -> None:
    rows = _attributions("According to the bank, prices rose by 5 percent.")
    assert _said(rows, "prices rose")["cue"] == "According to"


@pytest.mark.parametrize("text", [
    "\u201cMoscow has used energy as blackmail,\u201d Cruz said Thursday on the Senate floor.",
    "The minister spoke on the sidelines of the summit.",
])
def test_where_someone_spoke_is_not_what_they_said(text: str) -> None:
    rows = _attributions(text)
    assert not any("floor" in r["content"] or "sidelines" in r["content"] for r in rows)


def test_what_someone_spoke_on_is_still_what_they_said() -> None:
    rows = _attributions("The minister spoke on the new budget.")
    assert _said(rows, "the new budget")["cue"] == "spoke on"


@pytest.mark.parametrize("text", [
    "These attacks threaten to leave millions without power.",
    "The rising sea threatens to swallow the village.",
    "The president, however, is not slowing down when it comes to targeting the coal industry.",
])
def test_no_speaker_that_cannot_speak_and_no_cue_from_a_when_clause(text: str) -> None:
    assert _attributions(text) == []


def test_an_agent_that_threatens_is_still_a_source() -> None:
    rows = _attributions("Russia threatened to cut gas supplies.")
    assert _said(rows, "cut gas")["name"] == "Russia"


# ---------------------------------------------------------------------------------------------- events


def test_lead_to_is_a_cause_not_an_agreement() -> None:
    events = _events("The minister wrote that the Russian attacks led to power outages in Moldova.")
    assert not any(label in ("AGREE", "INVESTIGATE") for _, label, _, _ in events)


def test_leading_a_delegation_is_still_coded() -> None:
    events = _events("Lavrov led a delegation to Beijing for talks.")
    assert any(label == "CONSULT" for _, label, _, _ in events)


def test_an_act_named_as_done_is_not_made_hypothetical_by_the_modal_of_its_clause() -> None:
    events = _events("Russia's latest attacks on Ukraine's power grid could affect its neighbours.")
    attack = next(e for e in events if e[1] == "ASSAULT")
    assert attack[3] == "asserted"


@pytest.mark.parametrize("text", [
    "Any bombing by Russia against Ukrainian power plants may lead to a repeat of the blackout.",
    "Further Russian attacks could leave millions without power.",
])
def test_an_act_that_may_come_stays_hypothetical(text: str) -> None:
    attack = next(e for e in _events(text) if e[1] == "ASSAULT")
    assert attack[3] == "hypothetical"


def test_a_writers_note_on_a_quote_is_no_speaker_nor_statement() -> None:
    rows = _attributions("\u201cThe debris contradicts the finding of the panel,\u201d Ritter wrote (emphasis added).")
    assert [(r["name"], r["cue"]) for r in rows] == [("Ritter", "wrote")]
    assert rows[0]["content"] == "The debris contradicts the finding of the panel"


def test_a_quote_with_an_emphasis_note_keeps_the_speaker_who_introduced_it() -> None:
    rows = _attributions("In January, a panel of experts stated:\n\n\u201cThe panel has not seen sufficient evidence "
                         "of any direct supply of arms.\u201d [emphasis added]\n\nThose who follow the war know this.")
    assert [r["name"] for r in rows] == ["panel of experts"]


@pytest.mark.parametrize(("text", "label"), [
    ("Iran wants to convert the cash it received from sanctions relief.", "CONSULT"),
    ("The administration mobilized to give Tehran access to US banks.", "MOBILIZE"),
    ("The missiles were assembled there by engineers of the militia.", "CONSULT"),
    ("The prisoner walked out of the court in Boston.", "PROTEST"),
    ("The report links the militia to Iranian arms suppliers.", "COOPERATE"),
])
def test_verbs_in_a_sense_that_is_no_event(text: str, label: str) -> None:
    assert not any(e[1] == label for e in _events(text))


@pytest.mark.parametrize(("text", "label"), [
    ("Putin received the Chinese delegation in Moscow.", "CONSULT"),
    ("Iran walked out of the talks in Vienna.", "SANCTION"),
    ("Iran received the IAEA inspectors.", "RETREAT"),
])
def test_the_same_verbs_in_their_event_sense_are_still_coded(text: str, label: str) -> None:
    assert any(e[1] == label for e in _events(text))


def test_a_plan_is_no_agreement_and_the_planned_act_is_planned() -> None:
    events = _events("Iran plans to expel the inspectors next week.")
    assert not any(e[1] == "AGREE" for e in events)
    assert all(e[3] == "planned" for e in events)


def test_a_pronoun_after_a_surname_the_tagger_took_for_a_common_noun() -> None:
    rows = _attributions("The White House and President Trump\u2019s lawyers said the next steps are up to the "
                         "attorney general.\n\nRep. Adam Schiff, chairman of the intelligence committee, called for "
                         "transparency. \u201cThe evidence must be shared with our committee,\u201d he said in a "
                         "tweet.\n\nTrump has previously said he supports the idea of making the report public.\n\n"
                         "\u201cI don\u2019t mind,\u201d he has said.")
    assert _said(rows, "I don\u2019t mind")["name"] == "Trump"


@pytest.mark.parametrize(("text", "label"), [
    ("Mueller concluded his investigation and submitted a report to the attorney general on Friday.", "SUPPORT"),
    ("Mueller concluded his investigation and submitted a report to the attorney general on Friday.", "CONCEDE"),
    ("He pleaded guilty in February to lying to the FBI.", "REQUEST"),
])
def test_finished_work_and_a_plea_in_court_are_no_event(text: str, label: str) -> None:
    assert not any(e[1] == label for e in _events(text))


@pytest.mark.parametrize(("text", "label"), [
    ("Iran and Iraq concluded a trade agreement.", "SUPPORT"),
    ("Zelensky pleaded for more air defence from Germany.", "REQUEST"),
    ("Opposition deputies walked out of the Albanian parliament in protest at the election results.", "PROTEST"),
])
def test_agreements_appeals_and_walkouts_are_still_coded(text: str, label: str) -> None:
    assert any(e[1] == label for e in _events(text))


@pytest.mark.parametrize("text", [
    "Rep. Adam Schiff, chairman of the House Intelligence Committee, called for transparency.",
    "Jens Stoltenberg, the head of NATO, called for calm.",
])
def test_the_body_in_a_speakers_title_is_not_the_target_of_the_act(text: str) -> None:
    request = next(e for e in _events(text) if e[1] == "REQUEST")
    assert request[2] is None


def test_according_to_inside_a_quoted_report_is_part_of_the_quotation() -> None:
    # round 27: "according to X" inside a quotation is the quoted speaker's words (attr31, PolNeAR's convention:
    # the held-out half's speaker accuracy was 0.9142 with it, 0.9129 with the trailing phrase kept apart); the
    # statement keeps the quotation's own source (round 21 had given it to "five officials")
    rows = _attributions('The report began: "US intelligence discovered earlier this year that the government planned '
                         'to kill the head of an arms maker, according to five officials familiar with the episode."')
    assert _said(rows, "planned to kill")["cue"] == "began"


@pytest.mark.parametrize(("text", "label"), [
    ("The FBI had already gathered substantial evidence and was aware of Russia's intentions.", "CONSULT"),
    ("Lawmakers in Washington need to kick-start offshore wind in California.", "ASSAULT"),
    ("Russia's deal with Iran went through in March.", "CONCEDE"),
    ("The Amazon basin and the Congo basin constitute 80 percent of the rainforests of Brazil and Congo.",
     "COOPERATE"),
    ("The Amazon basin and the Congo basin contain two-thirds of the biodiversity of Brazil and Congo.", "COERCE"),
])
def test_second_reading_verbs_in_a_sense_that_is_no_event(text: str, label: str) -> None:
    assert not any(e[1] == label for e in _events(text))
