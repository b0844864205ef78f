"""The literal-start filter skips a pattern only where it has no match: the same matches as the pattern alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spinscope.components.literals import Prefiltered, literal_starts, lowered_text

PATTERNS = [
    r"\b(forced|compelled|had no choice but) to (launch|start)",
    r"(peace )?talks? (will|would) (not|never) work",
    r"nuclear (war|weapons?)",
    r"(only|own) (geopolitical )?interests",
    r"97 ?(%|percent) consensus",
    r"[bc]oiling planet",
    r"\w+ regime",  # no literal start: always run
]
WORDS = st.sampled_from(["forced", "Forced", "to", "launch", "START", "peace", "talks", "talk", "will", "not",
                         "work", "nuclear", "war", "weapons", "own", "ONLY", "interests", "geopolitical", "97",
                         "%", "percent", "consensus", "boiling", "coiling", "planet", "Kyiv", "regime", "the",
                         "ſtart", "İnterests", "ı", "“", "—", "\n"])


def test_literal_starts_of_common_shapes() -> None:
    assert literal_starts(r"nuclear (war|weapons?)") == {"nuclear "}
    assert literal_starts(r"(only|own) interests") == {"only int", "own inte"}
    assert literal_starts(r"[bc]oiling") == {"boiling", "coiling"}
    assert literal_starts(r"\bwwiii\b") == {"wwiii"}
    assert literal_starts(r"\w+ regime") is None
    assert literal_starts(r"(the )?") is None  # may match the empty string
    assert literal_starts(r"(?=war)war") is None  # a lookahead: not read


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30), st.sampled_from(PATTERNS))
def test_prefiltered_finds_what_the_pattern_finds(words: list[str], pattern: str) -> None:
    text = " ".join(words)
    compiled = re.compile(pattern, re.IGNORECASE)
    expected = [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in Prefiltered(compiled).finditer(text)] == expected
    assert [m.span() for m in Prefiltered(compiled).finditer(text, lowered_text(text))] == expected


def test_fold_exceptions_turn_the_filter_off() -> None:
    # IGNORECASE matches the long s to "s", which str.lower() keeps as it is
    compiled = re.compile("forced to start", re.IGNORECASE)
    text = "they were forced to ſtart"
    assert lowered_text(text) is None
    assert [m.group(0) for m in Prefiltered(compiled).finditer(text)] == ["forced to ſtart"]


@pytest.mark.parametrize("text", ["", "Washington was forced to launch the special operation, Moscow said.",
                                  "Nuclear war, nuclear weapons: the West provoked the conflict. NATO expansion!"])
def test_narrative_cue_counts_are_those_of_the_plain_patterns(text: str) -> None:
    import numpy as np

    from spinscope.components.narratives import cue_counts, narrative_cues

    plain = np.array([[np.log1p(len(p.findall(text))) for p in narrative_cues().values()]], dtype=np.float32)
    assert np.array_equal(cue_counts([text]), plain)
    assert text == "" or plain.any()
