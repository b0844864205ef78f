"""Attributions, round 64: misses of the fresh Lee news-wire gold of 1,400-1,899 characters (sentences written for
the test, not taken from any article). Each test fails without its rule in `attribution/round64.py` but the guards,
which pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details

# a fronted time phrase whose noun the small parser reads as a modifier: "says" loses its clause
FRONTED = ('Mayor Tom Reid has issued a short statement. In it, Mr Reid says he acted in good faith. He says at the '
           'moment of the reported breach, safety rules played heavily in the outcome.')
LIKENESS = ('The gloomy tone was typified by the French president, who said the year had been a hard one for '
            'farmers.')
WAITING = ('Kenya will be watching to see whether the rebel leader is offering anything more than words. The '
           'rebels said they would stop the raids.')


def test_a_fronted_phrase_keeps_the_report() -> None:
    rows = _rows(FRONTED)
    hit = [r for r in rows if r["content"].startswith("at the moment of the reported breach")]
    assert hit and hit[0]["speaker"] == "He" and hit[0]["cue"] == "says", rows
    assert hit[0]["content"].endswith("in the outcome"), rows


def test_a_fronted_phrase_pronoun_takes_the_last_named_speaker() -> None:
    rows = _rows(FRONTED)
    hit = [r for r in rows if r["content"].startswith("at the moment of the reported breach")]
    assert hit and "Reid" in (hit[0].get("name") or ""), rows


def test_said_with_a_place_only_is_no_report() -> None:  # guard: passes on both
    rows = _rows("She said at the meeting. The board met again on Friday.")
    assert not rows, rows


def test_typified_by_is_no_speaker() -> None:
    rows = _rows(LIKENESS)
    assert not [r for r in rows if r["cue"] == "typified"], rows
    assert [r for r in rows if r["content"].startswith("the year had been")], rows


def test_looking_to_see_whether_is_no_report() -> None:
    rows = _rows(WAITING)
    assert not [r for r in rows if r["cue"] == "see"], rows
    assert [r for r in rows if r["content"].startswith("they would stop")], rows

# a quotation paragraph opened by a nominal report, in a run closed by its speaker
NESTED_OPENER = ('Premier Joan Lowe says the council has faced hard questions about the plan. "The board\'s comment '
                 'that the bridge would have been built sooner and cheaper, now might seem hollow to some, but it '
                 'deserves credit for its report. "I am sure the next plan will be handled better," Ms Lowe said.')


def test_a_paragraph_opened_by_a_nominal_report_keeps_its_speaker() -> None:
    rows = _rows(NESTED_OPENER)
    para = [r for r in rows if r["content"].startswith("The board's comment")]
    nested = [r for r in rows if r["content"].startswith("the bridge would")]
    assert para and para[0]["speaker"] == "Ms Lowe" and para[0]["cue"] is None, rows
    assert nested and nested[0]["cue"] == "comment", rows
