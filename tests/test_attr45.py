"""Attributions, round 45: quotes closed before their speaker and speakerless quotes met on PTC training articles
(sentences written for the test, not taken from any article)."""

from __future__ import annotations

from spinscope.components.attribution.cues import Candidate
from spinscope.components.attribution.round45 import speak_for_orphans
from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_a_quote_closed_right_before_its_speaker_with_no_comma() -> None:
    rows = _rows("Field notes\n\n'Aloha “is much more than a simple word for hello or goodbye” the guide authors "
                 "wrote.\n")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("the guide authors", "wrote")], rows
    assert "simple word for hello" in rows[0]["content"], rows


def test_a_pronoun_label_over_a_quote_is_its_cue() -> None:
    rows = _rows("Field notes\n\n“We closed the bar early on Friday night after the fight,” the Lantern pub in "
                 "Dunmore posted on its page.\n\nIt continued: “Everyone is welcome back tomorrow and every day "
                 "after that, no matter their views.”\n")
    last = rows[-1]
    assert last["content"].startswith("Everyone is welcome") and last["cue"] == "continued", rows


def test_a_long_speaker_phrase_after_a_speakerless_quote() -> None:
    text = ("\"The lake has been shrinking for several decades now,\" Lakeside College, Dunmore, senior lecturer "
            "Maria Olsen told the radio.")
    end = text.index(",\"")
    orphan = Candidate(kind="direct", content=(1, end), speaker=None, cue=None, score=0.3,
                       evidence="attributions.v1:quote-no-speaker", anonymous=True)
    (found,) = speak_for_orphans(text, None, [orphan])  # type: ignore[arg-type]
    assert found.speaker is not None and text[found.speaker[0]:found.speaker[1]] == "Maria Olsen"
    assert found.cue is not None and text[found.cue[0]:found.cue[1]] == "told"

