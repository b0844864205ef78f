"""Attributions, round 57: the development part of round 57's SemEval-2023 gold (sentences written for the test,
not taken from any article). Each test fails without its rule in `attribution/round57.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_a_time_colon_opens_no_quotation() -> None:
    rows = _rows("Critics attacked the deal. If you want to see the fraud, go to 0:58 of the clip above, and laugh.")
    assert all(not r["content"].startswith("58") for r in rows), rows


def test_knowing_a_noun_phrase_is_no_report() -> None:
    rows = _rows("The board does not know the long history of the firm.")
    assert all(r["cue"] != "know" for r in rows), rows


def test_treating_someone_differently_is_no_report() -> None:
    rows = _rows("They are treating the mayor differently because he is rich.")
    assert all(r["cue"] != "treating" for r in rows), rows


def test_clauses_after_know_and_tell_still_count() -> None:
    rows = _rows("The board knew the plan had failed. She told them the truth was grim.")
    assert any(r["cue"] == "knew" for r in rows) and any(r["cue"] == "told" for r in rows), rows


def test_a_quote_with_its_tag_between_two_sentences_of_prose_is_kept_whole() -> None:
    rows = _rows("“We will win the cup,” Smith said on Sunday. The club then lost.")
    assert any(r["cue"] == "said" and "win the cup" in r["content"] for r in rows), rows


def test_treating_a_group_with_no_manner_still_counts() -> None:
    rows = _rows("The town argued for weeks over how officers treat migrants.")
    assert any(r["cue"] == "treat" for r in rows) or not any(r["cue"] for r in rows), rows


def test_knowing_a_history_with_a_participle_is_no_report() -> None:
    rows = _rows("The panel plainly does not know the documented history of the station.")
    assert all(r["cue"] != "know" for r in rows), rows


def test_a_firm_founded_by_someone_is_no_report() -> None:
    rows = _rows("The shop, based in Leeds, was founded by the 30-year-old baker Tom Reed in 2011.")
    assert all(r["cue"] != "founded" for r in rows), rows


def test_posting_this_garbage_is_no_report() -> None:
    rows = _rows("Newcomer PressWatch also covers for the station. In rating the station, PressWatch posts this "
                 "garbage.")
    assert all(r["cue"] != "posts" for r in rows), rows


def test_commenting_on_the_subject_is_no_report() -> None:
    rows = _rows("The board is not qualified to comment on the subject.")
    assert all(r["cue"] != "comment on" for r in rows), rows


def test_what_he_thought_about_a_death_is_no_report() -> None:
    rows = _rows("During a chat on Sunday, Smith sat down with KTV 5, which started with the question of what he "
                 "thought about the sad death of the boy by the guard.")
    assert all(r["cue"] != "thought about" for r in rows), rows


def test_writing_it_off_as_an_accident_is_no_report() -> None:
    rows = _rows("If it was the boy walking into the flat of the guard and killing her, would the judges simply write "
                 "it off as a tragic accident?")
    assert all(r["cue"] != "write" for r in rows), rows


def test_a_site_that_says_it_checks_facts_still_counts() -> None:
    rows = _rows("The site says it checks facts. Instead, PressWatch posts this drivel every week.")
    assert any(r["cue"] == "says" for r in rows), rows
