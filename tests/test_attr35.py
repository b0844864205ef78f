"""Attributions, round 35 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _rows(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None,
             "content": t[a.content.start:a.content.end]} for a in result.attributions]


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
