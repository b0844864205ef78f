"""The lead's fixes of round 53, from reading 1987 wire stories: a speaker phrase cut at a firm's abbreviation, a
listener read as a statement, a time word read as a speaker, names with particles, an expert on a country, a table
name inside a longer name, the US farm department by its short name. Every sentence and name here is invented."""

from __future__ import annotations

import pytest

from spinscope.api import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _records(text: str):
    return analyze(text, components=ATTRIBUTION_COMPONENTS).attributions


def _record(text: str, content_start: str):
    return next(a for a in _records(text) if text[a.content.start:a.content.end].startswith(content_start))


def _span(text: str, span) -> str:
    assert span is not None
    return text[span.start:span.end]


@pytest.mark.parametrize(("firm", "speaker"), [
    ("Northfield Capital Corp.", "Maria Olsen of Northfield Capital Corp."),
    ("R.T. Lindqvist and Co.", "Maria Olsen of R.T. Lindqvist and Co."),
])
def test_a_speaker_runs_on_over_a_firm_whose_period_ends_the_sentence(firm, speaker):
    text = (f"MARKETS\n\n\"Rates should hold steady through the spring,\" said Maria Olsen of {firm} "
            "\"We see no reason for alarm.\"\n\nThe dollar rose.")
    record = _record(text, "Rates should hold")
    assert _span(text, record.speaker) == speaker
    assert record.speaker_name == "Maria Olsen"


def test_a_firm_name_stops_before_the_next_sentence():
    text = ("MARKETS\n\n\"Two banks had wire problems on Monday,\" said Paul Brandt of K.L. Brandt and Co. The average "
            "rose to 900 mln dlrs.")
    assert _span(text, _record(text, "Two banks").speaker) == "Paul Brandt of K.L. Brandt and Co."


def test_the_listener_of_told_is_not_a_second_statement():
    text = ("RESULTS\n\nMarlow Industries expects a loss in the first quarter, Chairman Peter Kessler told the annual "
            "meeting.\n\nMarlow is working to fix the problems, Kessler told shareholders, adding it appears the work "
            "will take most of 1988.")
    contents = [text[a.content.start:a.content.end] for a in _records(text)]
    assert "shareholders" not in contents
    assert any(c.startswith("Marlow is working") for c in contents)


def test_a_time_word_is_not_the_speaker_of_the_main_clause():
    text = ("STATES\n\nSenator Ellen Porter, saying that the farm belt cannot wait for Washington to act, today urged "
            "state lawmakers to adopt new tax credits.")
    speakers = {_span(text, a.speaker) for a in _records(text) if a.speaker is not None}
    assert "today" not in speakers
    urged = next(a for a in _records(text) if _span(text, a.cue) == "urged")
    assert urged.speaker_name == "Ellen Porter"


def test_a_participle_does_not_say_the_main_clause():
    text = ("OIL\n\nState Energy Commissioner Dale Whitcombe, saying that the ailing oil industry cannot wait for "
            "Congress to act, today urged the state assembly to pass tax credits for drilling new wells.")
    records = _records(text)
    saying = [a for a in records if _span(text, a.cue) == "saying"]
    assert [text[a.content.start:a.content.end] for a in saying] == ["the ailing oil industry cannot wait for "
                                                                      "Congress to act"]
    assert any(_span(text, a.cue) == "urged" and a.speaker_name == "Dale Whitcombe" for a in records)


@pytest.mark.parametrize("name", ["Alvaro de la Fuente", "Pieter van der Berg", "Luisa dos Santos"])
def test_a_name_with_particles_after_a_title_is_the_name(name):
    text = f"BANKS\n\nSecretary of State for Finance {name} told reporters the new rules would cut lending costs."
    record = _record(text, "the new rules")
    assert record.speaker_name == name
    assert _span(text, record.speaker).endswith(name)


def test_an_expert_on_a_country_is_of_the_body_not_of_the_country():
    text = ("GRAIN\n\n\"Whether the crop is good will be clear in May,\" an Agriculture Department authority on Poland "
            "said of the winter wheat.")
    record = _record(text, "Whether the crop")
    assert (record.source_type, record.source_country) == ("government", "US")


def test_a_table_name_inside_a_longer_company_name_gives_no_country():
    text = "ACQUISITIONS\n\nNorthern Guardian Corp said it has bought three alarm service companies in Ohio."
    record = _record(text, "it has bought")
    assert record.speaker_name == "Northern Guardian Corp"
    assert record.source_country != "GB"


@pytest.mark.parametrize(("subject", "name", "country"), [
    ("The Agriculture Department", "U.S. Agriculture Department", "US"),
    ("The Japanese Agriculture Department", "Japanese Agriculture Department", "JP"),
])
def test_the_farm_department_by_its_short_name(subject, name, country):
    text = f"GRAIN\n\n{subject} said winter wheat stocks fell 12 pct from a year earlier."
    record = _record(text, "winter wheat")
    assert (record.speaker_name, record.source_type, record.source_country) == (name, "government", country)


def _events(text: str):
    result = analyze(text)
    return [(e.label, result.actors[e.actor].name if e.actor is not None else None, e.mode) for e in result.events]


@pytest.mark.parametrize("text", [
    "Officials of Norway are unable to provide aid to Chile this year.",
    "Portugal is not prepared to give up its fishing rights to Morocco.",
    "Peru is not willing to sign the accord with Bolivia.",
])
def test_an_act_its_subject_cannot_or_will_not_do_is_negated(text):
    events = _events(text)
    assert events
    assert all(mode == "negated" for _, _, mode in events)


def test_an_act_its_subject_is_ready_to_do_stays_planned():
    assert ("MOBILIZE", "Portugal", "planned") in _events("Portugal is ready to send troops to Mali.")


def test_a_pronoun_after_an_unnamed_envoy_is_the_envoy():
    text = ("CREDITS\n\nThe 40 billion dlr figure is vague, one diplomat said.\n\n"
            "\"The new status changes little for exporters,\" said one Western envoy.\n\n"
            "He said the country's goods were not competitive abroad.")
    record = _record(text, "the country's goods")
    assert record.speaker_name == "one Western envoy"


def test_a_company_chairman_by_his_bare_title_is_a_person():
    text = ("RESULTS\n\nMarlow Corp's first quarter results will show a loss, Chairman Peter Kessler told the annual "
            "meeting.\n\nMarlow is working to fix the problems, Kessler told shareholders.")
    assert {a.source_type for a in _records(text) if a.speaker_name == "Peter Kessler"} == {"person"}


def test_a_bare_chairman_with_no_company_keeps_his_office():
    text = "RATES\n\nChairman Paul Anders told the committee that rates would stay where they are."
    assert _record(text, "rates would stay").source_type == "government"


def test_a_time_word_with_no_speaker_before_it_leaves_the_statement_with_no_speaker():
    text = "MARKETS\n\nShares of grain traders fell sharply in heavy trading, today said."
    record = _record(text, "Shares of grain traders")
    assert record.speaker is None
    assert (record.speaker_name, record.named) == (None, False)
