"""Attributions, round 66: four shapes from round 66's Lee development gold (sentences written for the test, not
taken from any article). Five tests fail without their rules in `attribution/round66.py`; the guards pass
on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_with_clause_noun_phrase_is_the_speaker() -> None:
    rows = _rows("The former mayor has been charged with taking bribes during her time in office. But she has "
                 "repeatedly failed to appear before the tribunal to answer the charges with her solicitors arguing "
                 "that she is too frail to travel.\n")
    found = [r for r in rows if r["cue"] == "arguing"]
    assert found and found[0]["speaker"] == "her solicitors", rows
    assert found[0]["content"].startswith("she is too frail"), rows


def test_with_clause_after_a_comma_keeps_its_speaker() -> None:  # guard: the parser finds this one on its own
    rows = _rows("The former mayor was charged with fraud last year. But she has missed every hearing so far, "
                 "with her solicitors arguing that she is too frail to travel to the capital.\n")
    found = [r for r in rows if r["cue"] == "arguing"]
    assert found and found[0]["speaker"] == "her solicitors", rows


def test_verb_before_during_questioning_is_the_cue() -> None:
    rows = _rows("The courier was held at the border on Friday. Mr Okafor admitted during questioning a cartel in the "
                 "north had paid him to carry the parcels across.\n")
    assert not [r for r in rows if r["cue"] == "questioning"], rows
    found = [r for r in rows if r["cue"] == "admitted"]
    assert len(found) == 1 and found[0]["content"].startswith("a cartel in the north had paid him"), rows


def test_report_before_during_questioning_keeps_the_subject() -> None:
    rows = _rows("The Evening Ledger has quoted two senior detectives as saying Mr Varga admitted during questioning "
                 "the gang had hired him to drive the van in March.\n")
    found = [r for r in rows if r["cue"] and r["cue"].startswith("quoted")]
    assert found and found[0]["content"].startswith("Mr Varga admitted"), rows


def test_run_closed_by_a_pronoun_gives_the_last_paragraph_its_cue() -> None:
    rows = _rows("Doctor Helen Marsh, who runs the burns unit at the city hospital, says the wait is getting longer. "
                 "\"If the ward keeps losing nurses at this rate we will have to close beds by the winter. \"There "
                 "are plans to hire more staff from overseas but the visas take months to come through and the "
                 "patients cannot wait that long,\" she said.\n")
    found = [r for r in rows if r["content"].startswith("There are plans")]
    assert found and found[0]["speaker"] == "she" and found[0]["cue"] == "said", rows
    assert found[0]["name"] and "Marsh" in found[0]["name"], rows


def test_reported_on_and_released_details_are_no_reports() -> None:
    rows = _rows("Speaking on a radio program, Mr Hale reported on the progress of the flood repairs in the valley. "
                 "The Health Minister Jan Ortiz released details of the plan on Tuesday.\n")
    assert not [r for r in rows if r["cue"] in ("reported on", "released", "reported")], rows


def test_a_report_of_a_clause_keeps_its_attribution() -> None:  # guard: "reported that" stays
    rows = _rows("The agency reported that the river had risen two metres overnight.\n")
    assert [r for r in rows if r["cue"] == "reported"], rows


def test_reported_on_a_weekday_that_is_still_a_report() -> None:  # lead, round 41: sources_real28 lost one
    rows = attribution_details("The Courier reported on Monday that the harbour board sold two piers in secret.")
    assert any(r["cue"] == "reported" and "sold two piers" in r["content"] for r in rows), rows
