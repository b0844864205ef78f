"""Attributions, round 34 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze
from tests.attribution_rows import ATTRIBUTION_COMPONENTS
from tests.attribution_rows import attribution_rows as _rows

# --------------------------------------------------------------------- "“...,” X said, per Reuters": the quote is X's


def test_per_after_a_quote_with_its_speaker_is_the_channel_not_the_speaker() -> None:
    for quote, speaker, channel in (
            ("We have reached a fair deal for every worker on the docks", "union chief Maria Lopes", "Reuters"),
            ("Nobody wanted this dispute to last so long", "the port director", "the local newspaper")):
        for mark_open, mark_close in (('"', '"'), ("\u201c", "\u201d")):
            sentence = f"{mark_open}{quote},{mark_close} {speaker} said on Friday, per {channel}."
            rows = _rows("Port Strike Ends\n\n" + sentence + "\n")
            assert {"speaker": speaker, "content": quote} in rows, rows
            assert not any(r["speaker"] == channel for r in rows), rows


def test_per_without_a_quoted_speaker_still_names_the_source() -> None:
    rows = _rows("Port Strike Ends\n\nThe harbour authority expects cargo traffic to recover by the end of the "
                 "month, per a statement on its website.\n\nPer the ministry, the strike cost the economy about "
                 "40 million euros.\n")
    assert {"speaker": "a statement on its website",
            "content": "The harbour authority expects cargo traffic to recover by the end of the month"} in rows, rows
    assert {"speaker": "the ministry", "content": "the strike cost the economy about 40 million euros"} in rows, rows


# ------------------------------------------------- "X, whose government has criticized ...": the speaker is X's body


def _named(text: str) -> list[tuple[str | None, str | None]]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker else None, a.speaker_name) for a in result.attributions]


def test_a_whose_phrase_speaker_is_named_after_its_owner() -> None:
    rows = _named("Bridge Row Deepens\n\nPrime Minister Anna Kovacs, whose government has criticized the rail "
                  "project for years, said on Tuesday that the bridge would be rebuilt.\n\nThe shipping company, "
                  "whose lawyers argued that the contract was void, lost the case on Friday.\n")
    assert ("whose government", "Anna Kovacs\u2019 government") in rows, rows
    assert ("whose lawyers", "shipping company\u2019s lawyers") in rows, rows
    assert not any(name and name.lower().startswith("whose") for _, name in rows), rows
    assert ("Prime Minister Anna Kovacs", "Anna Kovacs") in rows, rows
