"""Attributions, round 30 (sentences written for the test, not taken from any article): a noun whose relative
clause has a verb of stating or committing with its own subject and no object ("the cut the governor proposed") is
what was said or promised, the clause's subject its speaker."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _rows(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None,
             "cue": t[a.cue.start:a.cue.end] if a.cue else None,
             "content": t[a.content.start:a.content.end], "evidence": a.evidence} for a in result.attributions]


def _with_cue(rows: list[dict], cue: str) -> list[dict]:
    return [r for r in rows if r["cue"] is not None and r["cue"].startswith(cue)]


# ------------------------------------------------------------------------------------------ found (fail on main)


def test_a_proposal_in_a_contact_relative_clause_is_the_proposers() -> None:
    rows = _rows("Mayor Ana Ruiz spoke to tenants on Monday.\n\nThe new fee is far lower than the 40 percent rate she "
                 "has proposed for landlords.\n")
    [row] = _with_cue(rows, "proposed")
    assert row["speaker"] == "she"
    assert row["content"] == "the 40 percent rate she has proposed for landlords"


def test_a_promise_after_that_is_the_promisers() -> None:
    rows = _rows("Commuters are still waiting for the faster trains that the rail minister promised last spring.\n")
    [row] = _with_cue(rows, "promised")
    assert row["speaker"] == "the rail minister"
    assert row["content"].startswith("the faster trains that the rail minister promised")


def test_has_written_as_an_apostrophe_s_is_read_as_has() -> None:
    rows = _rows("The pharmacist was asked about the herbal tonics he’s promoted on his radio show.\n")
    [row] = _with_cue(rows, "promoted")
    assert row["speaker"] == "he"
    assert row["content"].startswith("the herbal tonics he’s promoted")


def test_a_claim_runs_to_the_end_of_the_clause_the_noun_is_subject_of() -> None:
    rows = _rows("It took weeks to revive her memory of an incident she claimed happened while she was abroad.\n")
    [row] = _with_cue(rows, "claimed")
    assert row["content"] == "an incident she claimed happened while she was abroad"


def test_an_outer_report_and_the_proposal_inside_its_object_are_both_kept() -> None:
    rows = _rows("The board rejected the merger terms the chief executive proposed in March.\n")
    [outer] = _with_cue(rows, "rejected")
    [inner] = _with_cue(rows, "proposed")
    assert outer["speaker"] == "The board"
    assert inner["speaker"] == "the chief executive"
    assert "merger terms" in inner["content"]


# ------------------------------------------------------------------------------------------ guards


def test_a_time_noun_before_the_clause_is_no_statement() -> None:
    rows = _rows("Nobody in the village remembers the week the senator promised.\n")
    assert not _with_cue(rows, "promised")


def test_a_clause_with_its_own_object_does_not_report_the_noun() -> None:
    rows = _rows("Prices fell in the month the regulator proposed a cap on fees.\n")
    assert not any(r["evidence"].endswith(":object-relative") for r in rows)


def test_an_it_subject_is_left_to_the_other_rules() -> None:
    rows = _rows("Under the treaty the country must meet the carbon target it pledged to reach by 2030.\n")
    assert not any(r["evidence"].endswith(":object-relative") for r in rows)


def test_a_verb_outside_the_list_reports_nothing() -> None:
    rows = _rows("Shoppers queued for the new phones the company built in Ohio.\n")
    assert not any(r["evidence"].endswith(":object-relative") for r in rows)
