"""The lead's reading of three Lee articles, round 41 (branch ``lead41``): a quote, its "X said." sentence and a
second quote are one statement with no duplicate of the first quote; "It also found" after a study is the study's,
surely; a church leader is no state office; and the events and actors shapes of the same reading.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.attribution_rows import attribution_details

RUN = ("Dockworkers at two ports will stop work this week. Ships are already waiting offshore. "
       "Harbourco's Peter Vance says the stoppage is reckless. "
       "\"We have put a fair deal on the table for every worker, it is a generous offer. \"We also want to bring in "
       "new rosters that will help our people balance their shifts and their homes, we want to settle this with the "
       "union,\" Mr Vance said. \"What we want is for the union to return to the talks instead of staging these "
       "media stunts.\" Mr Vance says there are backup crews ready to keep the ships moving.")

LAST = ("The row over the audit has run for a week. The state Opposition leader Mark Dunn has called the minister's "
        "answer thin. Mr Dunn says there are gaps "
        "about when the minister got the report. Mr Dunn says this must be fixed. \"We heard the Premier today saying "
        "that the minister never said he got the report from the auditor, but that raises the question of who he "
        "got the report from,\" Mr Dunn said. \"I think it's very important that we know where the report came "
        "from and who wrote it.\"")


def _quoted(rows: list[dict], opening: str) -> list[dict]:
    return [r for r in rows if r["content"].startswith(opening)]


def test_lead41_quote_said_then_quote_is_one_record() -> None:
    """'"A," X said. "B."' after a quote run: one statement (PolNeAR's and real64's convention), no duplicate of A."""
    rows = attribution_details(RUN)
    covering = [r for r in rows if "We also want" in r["content"]]
    assert len(covering) == 1 and "What we want" in covering[0]["content"], rows
    assert covering[0]["cue"] == "said" and covering[0]["name"] == "Peter Vance", rows


def test_lead41_the_last_quote_of_a_paragraph_is_in_its_statement() -> None:
    rows = attribution_details(LAST)
    covering = [r for r in rows if "I think it's very" in r["content"]]
    assert len(covering) == 1 and covering[0]["content"].startswith("We heard"), rows
    assert covering[0]["cue"] == "said" and covering[0]["name"] == "Mark Dunn", rows


def test_lead41_one_sentence_around_the_cue_stays_one_statement() -> None:  # guard: '"A," he said, "B."'
    rows = attribution_details("Flood crews worked through the night. The river rose again at dawn. Roads were shut "
                               "by noon. \"We are doing what we can,\" Mr Vance said, \"and we will keep at it.\"")
    assert len(_quoted(rows, "We are doing")) == 1 and "keep at it" in _quoted(rows, "We are doing")[0]["content"]


STUDY = ("A national survey has found hundreds of farmers are leaving the land, but the problem gets little notice. "
         "The survey author and head of Rural Aid, Janet Hollis, says the five-year survey showed a rising number of "
         "young farmers are quitting early. It also found a rising number of farms are being sold to pay debts.")


def test_lead41_it_after_a_study_is_the_study_surely() -> None:
    from spinscope import analyze
    from tests.attribution_rows import ATTRIBUTION_COMPONENTS

    result = analyze(STUDY, components=ATTRIBUTION_COMPONENTS)
    found = [a for a in result.attributions if STUDY[a.cue.start:a.cue.end] == "found" and a.speaker is not None
             and STUDY[a.speaker.start:a.speaker.end] == "It"] if result.attributions else []
    assert found and found[0].speaker_name == "five-year survey" and found[0].source_type == "report"
    assert found[0].score >= 0.7 and "pronoun-unsure" not in found[0].evidence


def test_lead41_it_after_a_body_stays_unsure() -> None:  # guard: only a study or report is made sure
    from spinscope import analyze
    from tests.attribution_rows import ATTRIBUTION_COMPONENTS

    text = "The council released its budget on Monday. It says rates will rise."
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    assert all("study-41" not in a.evidence for a in result.attributions)


def test_lead41_a_church_leader_is_no_government() -> None:
    rows = attribution_details("A senior church leader says the state Governor must explain his remarks about the "
                               "hospital inquiry in Perth.")
    found = [r for r in rows if r["cue"] == "says"]
    assert found and found[0]["type"] == "person", rows


def test_lead41_a_country_leader_stays_government() -> None:  # guard
    rows = attribution_details("The Chilean leader says the new port will open in March.")
    found = [r for r in rows if r["cue"] == "says"]
    assert found and found[0]["type"] == "government", rows


# ------------------------------------------------------------------------------------------------ events


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    return [(e["event"], e["cameo"], e["source"], e["target"]) for e in out["events"]]


def test_lead41_a_pair_inside_the_subjects_phrase_is_no_source_and_target() -> None:
    found = _events("Industrial action will hit two of Australia's largest airlines this week. Cabin staff at Qantas "
                    "and the Virgin Blue airline are walking off the job today for a full day, while pilots at Ansett "
                    "will join them tomorrow.")
    protests = [e for e in found if e[0] == "PROTEST"]
    assert protests and all(e[3] is None for e in protests), found
    assert {e[2] for e in protests} == {"Qantas", "Virgin Blue"}, found


def test_lead41_dealing_with_claims_is_no_event() -> None:
    found = _events("Premier Anne Ward is defending Dr Mark Bell against complaints over the way he dealt with fraud "
                    "claims at a Perth college while he ran the Uniting Church in Perth.")
    assert not [e for e in found if e[1] == "050"], found


def test_lead41_preferring_to_call_them_something_is_no_support() -> None:
    found = _events("Ms Lane says Australian police are overlooking the rising count of young people sleeping rough, "
                    "preferring to call them runaways or kids without homes.")
    assert not [e for e in found if e[0] == "SUPPORT"], found


def test_lead41_he_in_a_quote_is_not_the_speaker() -> None:
    found = _events("Child welfare groups still want the Governor to resign. The Reverend Paul Grant, head of the "
                    "Uniting Church of Australia, says more detail is needed. \"I do not believe he has to step down "
                    "now, but I would say the matter remains murky,\" he said.")
    assert not [e for e in found if e[0] == "RETREAT" and e[2] == "Paul Grant"], found


# ------------------------------------------------------------------------------------------------ actors


def test_lead41_a_body_cut_from_its_first_word_is_the_whole_body() -> None:
    from spinscope.pipeline import Pipeline
    from spinscope.training import actor_eval
    from tests.actor_findings import actors_of

    pipeline = Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))
    actors = actors_of(pipeline, "The Reverend Paul Grant, who is now the president of the Methodist Union of "
                                 "Australia, says more detail is needed.")
    assert "Union of Australia" not in actors, actors
    assert actors.get("Methodist Union of Australia", ("",))[0] == "organization", actors


def test_lead41_title_and_surname_join_the_full_name() -> None:
    from spinscope.components.actors import Mention, _titled_surnames_l41

    text = "Dr Mark Bellingham spoke. Later Dr Bellingham left."
    at = text.index("Dr Bellingham")
    full = Mention(3, 18, ("Mark Bellingham", None, None), "ner", ner_type="person")
    titled = Mention(at, at + len("Dr Bellingham"), ("Dr Bellingham", None, None), "ner", ner_type="person")
    _titled_surnames_l41(text, [full, titled])
    assert titled.key == full.key and text[titled.start:titled.end] == "Bellingham"


def test_lead41_title_and_surname_of_two_people_stay_apart() -> None:  # guard: two full names with that surname
    from spinscope.components.actors import Mention, _titled_surnames_l41

    text = "Mark Bell and Anne Bell spoke. Dr Bell left."
    a = Mention(0, 9, ("Mark Bell", None, None), "ner", ner_type="person")
    b = Mention(14, 23, ("Anne Bell", None, None), "ner", ner_type="person")
    at = text.index("Dr Bell ")
    titled = Mention(at, at + len("Dr Bell"), ("Dr Bell", None, None), "ner", ner_type="person")
    _titled_surnames_l41(text, [a, b, titled])
    assert titled.key == ("Dr Bell", None, None)
