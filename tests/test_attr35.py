"""Attributions, round 35 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze
from tests.attribution_rows import ATTRIBUTION_COMPONENTS
from tests.attribution_rows import attribution_rows as _rows

# ------------------------------------------ "“A,” said X.¶“B.”¶“C.”": B and C go on from A, whatever the marks


FIRST = "The cranes are in place and the first ship arrives on Monday"
SECOND = "We checked every berth twice this week and found nothing that would slow the crews down"
THIRD = "The winter schedule is already full and the tugs are booked until March"


def test_quote_paragraphs_after_a_said_x_quote_keep_its_speaker() -> None:
    for mark_open, mark_close in (('"', '"'), ("\u201c", "\u201d")):
        text = (f"Harbour Trust\n\n{mark_open}{FIRST},{mark_close} said harbour pilot Ilse Marten.\n\n"
                f"{mark_open}{SECOND}.{mark_close}\n\n{mark_open}{THIRD}.{mark_close}\n")
        rows = _rows(text)
        speaker = "harbour pilot Ilse Marten"
        for content in (FIRST, SECOND, THIRD):
            assert {"speaker": speaker, "content": content} in rows, (mark_open, rows)


def test_a_quote_after_a_writer_paragraph_gets_no_earlier_speaker() -> None:
    rows = _rows(f"Harbour Trust\n\n\u201c{FIRST},\u201d said harbour pilot Ilse Marten.\n\n\u201c{SECOND}.\u201d\n\n"
                 "The council has not commented on the new terminal yet.\n\n"
                 "\u201cNobody here was told when the night shifts at the terminal will start.\u201d\n")
    last = next(r for r in rows if r["content"].startswith("Nobody here"))
    assert last["speaker"] != "harbour pilot Ilse Marten", rows


# ------------------------------------- "“...,”¶said X." / "“...,”¶she pointed out.": the tag after a line break


def test_a_reporting_clause_after_a_paragraph_break_takes_the_quote_before_it() -> None:
    rows = _rows("Harbour Trust\n\nMs Marten told the radio: \u201cThe cranes are in place.\u201d\n\n"
                 "\u201cThe dockers, of all people, are too stubborn. Hardly anyone asks what a quick deal would "
                 "cost the town,\u201d\n\nsaid the former union leader, adding that the cost stayed within the "
                 "budget.\n\n\u201cThe winter schedule is already full and the tugs are booked until March. The city "
                 "will see more ships than ever,\u201d\n\nthe harbour master pointed out.\n")
    dockers = next(r for r in rows if r["content"].startswith("The dockers"))
    assert dockers["speaker"] == "the former union leader", rows
    winter = next(r for r in rows if r["content"].startswith("The winter schedule"))
    assert winter["speaker"] == "the harbour master", rows


def test_a_sentence_after_a_comma_quote_paragraph_is_no_tag_when_it_opens_with_a_capital() -> None:
    rows = _rows("Harbour Trust\n\n\u201cSome of the old warehouses will be torn down next year, and the rest will "
                 "become offices,\u201d\n\nThe mayor said the plan would be put to a vote in May.\n")
    assert not any(r["speaker"] == "The mayor" and r["content"].startswith("Some of the old") for r in rows), rows


# ------------------------------ "Mayor X’s chief of staff believes ... He pointed out": he is the aide, not X


def _named(text: str) -> list[tuple[str | None, str | None, str]]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker else None, a.speaker_name,
             t[a.content.start:a.content.end]) for a in result.attributions]


def test_a_pronoun_after_a_role_owned_by_a_named_person_is_the_role_holder() -> None:
    for owner, place in (("Peter Berg", "the town"), ("Anna Berg", "Norway")):
        rows = _named("Harbour Trust\n\nKarl Weber founded the dockers' union. \u201cThe cranes are in place,\u201d "
                      f"Mr Weber told the local radio.\n\nFormer Mayor {owner}\u2019s chief of staff believes that it "
                      f"would be a mistake for {place} to close the port. He pointed out that the cranes are still "
                      "missing.\n")
        he = next(r for r in rows if r[2] == "the cranes are still missing")
        assert he[1] == f"Former Mayor {owner}\u2019s chief of staff", rows


def test_a_pronoun_after_a_named_owner_of_a_thing_still_goes_to_the_owner() -> None:
    rows = _named("Harbour Trust\n\nPeter Berg opened the new terminal on Friday. Mr Berg\u2019s speech was short. "
                  "He said that the cranes are still missing.\n")
    he = next(r for r in rows if r[2] == "the cranes are still missing")
    assert he[1] == "Peter Berg", rows


# ------------------------------------------ "Board says ... | Coastal Times": the site suffix is no part of the content


def test_a_title_report_ends_before_the_site_suffix() -> None:
    for suffix in ("Coastal Times", "Coastal Times: news"):
        rows = _rows(f"Harbour board says new terminal will open in May | {suffix}\n\nThe harbour board voted on "
                     "Friday to build a new terminal on the east quay.\n")
        assert {"speaker": "Harbour board", "content": "new terminal will open in May"} in rows, rows


def test_a_long_run_after_a_bar_in_the_title_is_kept() -> None:
    rows = _rows("Harbour board says cargo | fishing | ferry traffic will all grow next year, with new berths planned "
                 "and the old quay rebuilt\n\nThe board met on Friday.\n")
    said = next(r for r in rows if r["speaker"] == "Harbour board")
    assert said["content"].endswith("the old quay rebuilt"), rows


# ------------------------------- "said Kauai local Brisen Talley": a place before a lower-case title is no name


def test_a_place_tagged_as_a_person_before_a_title_and_a_name_is_not_the_speaker_name() -> None:
    rows = _named("Harbour Trust\n\n\u201cNobody is helping the families, so people are doing it themselves,\u201d "
                  "said Kauai local Brisen Talley.\n")
    assert rows and rows[0][1] == "Brisen Talley", rows
    rows = _named("Harbour Trust\n\n\u201cNobody is helping the families,\u201d said Anna Berg and Peter Lind.\n")
    assert rows and rows[0][1] != "Peter Lind", rows


# ------------------------------------------ "“...,” X told the local radio": the outlet told is no statement


def test_an_outlet_told_is_the_channel_not_a_content() -> None:
    for outlet in ("the local radio", "a regional newspaper", "the state broadcaster"):
        rows = _rows(f"Harbour Trust\n\n\u201cThe cranes are in place,\u201d Ms Marten told {outlet}.\n")
        assert {"speaker": "Ms Marten", "content": "The cranes are in place"} in rows, rows
        assert not any(r["content"] == outlet for r in rows), rows
