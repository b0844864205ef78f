"""Code health, round 58 (clean59, issue 16): the attribution helpers that now serve several rounds, called directly
on invented records and strings (the passes that call them are covered by their own rounds' tests).
"""

from __future__ import annotations

import re

from spinscope.components.attribution._shared import landed, with_added
from spinscope.components.attribution.cues import Candidate
from spinscope.components.attribution.round50 import _post_span, _with_blocks
from spinscope.components.attribution.round58 import _trimmed
from spinscope.components.attribution.round83 import _title_end_r83
from spinscope.components.attribution.round85 import TITLE_R85, _title_end_r85
from spinscope.components.attribution.sources42 import _all, _each, _names_updated, _phrase
from spinscope.result import Attribution, AttributionSource, Span


def _span(start: int, end: int, label: str) -> Span:
    return Span(start=start, end=end, label=label, score=0.5, evidence="test")


def _record(start: int, end: int, name: str | None = None, kind: str | None = "person",
            speaker: tuple[int, int] | None = (0, 4), sources: tuple[AttributionSource, ...] = ()) -> Attribution:
    return Attribution(start=start, end=end, label="indirect", score=0.5, evidence="test", kind="indirect",
                       content=_span(start, end, "content"), speaker=_span(*speaker, "speaker") if speaker else None,
                       speaker_name=name, source_type=kind, sources=list(sources))


def _source(start: int, end: int, name: str, kind: str) -> AttributionSource:
    return AttributionSource(speaker=_span(start, end, "speaker"), speaker_name=name, source_type=kind)


def test_landed_keeps_the_very_list_when_nothing_changed() -> None:
    a, b = _record(20, 30), _record(5, 10)
    given = [a, b]
    assert landed([a, b], given) is given
    assert landed([b, a], given) == [b, a]  # another order: sorted by content
    assert landed([a, b, _record(1, 3)], given)[0].content.start == 1
    assert landed([a, b, _record(1, 3)], given, ordered=False)[0] is a


def test_with_added_sorts_only_when_something_is_added() -> None:
    out = [_record(20, 30), _record(5, 10)]
    assert with_added(out, []) is out
    assert [a.content.start for a in with_added(out, [_record(12, 15)])] == [5, 12, 20]


def test_names_updated_types_every_mention_of_the_names() -> None:
    inner = _source(10, 14, "Ann Lee", "government")
    records = [_record(20, 40, "Ann Lee", "government", sources=(inner,)), _record(50, 60, "Ann Lee", "person"),
               _record(70, 80, "Bo Tan", "government"), _record(90, 99, "Ann Lee", "government", speaker=None)]
    out = _names_updated(records, {"Ann Lee"}, ("government",), source_type="politician")
    assert [a.source_type for a in out] == ["politician", "person", "government", "government"]
    assert out[0].sources[0].source_type == "politician"
    assert out[1] is records[1] and out[2] is records[2]
    anyone = _names_updated(records, {"Ann Lee"}, None, source_country="AU")
    assert [a.source_country for a in anyone] == ["AU", "AU", None, None]


def test_all_and_each_reach_the_sources() -> None:
    inner = _source(0, 3, "Ann", "person")
    records = [_record(10, 20, "X", sources=(inner,))]
    assert [s.speaker_name for s in _all(records)] == ["X", "Ann"]
    out = _each(records, lambda s: s.model_copy(update={"named": False}) if s.speaker_name == "Ann" else s)
    assert out[0].named and not out[0].sources[0].named


def test_phrase_folds_white_space() -> None:
    assert _phrase("The  Prime\nMinister said so.", _record(20, 27, speaker=(0, 19))) == "The Prime Minister"


def test_post_span_joins_pieces_with_only_white_space_between() -> None:
    text = "Intro.\nFirst line of a post\n\nsecond line\nOther prose. third"
    assert _post_span(text, ["First line of a post", "second line", "third"], 0) == (7, 40)
    assert _post_span(text, ["First line of a post"], 10) is None


def test_with_blocks_drops_what_an_added_block_holds() -> None:
    def cand(content: tuple[int, int], cue: tuple[int, int] | None) -> Candidate:
        return Candidate(kind="indirect", content=content, speaker=None, cue=cue, score=0.5, evidence="test")

    inside, cued_inside, outside = cand((12, 18), None), cand((40, 50), (15, 19)), cand((60, 70), (55, 58))
    block = cand((10, 30), None)
    assert _with_blocks([inside, cued_inside, outside], [block]) == [outside, block]


def test_trimmed_takes_the_blanks_to_cut() -> None:
    text = "\n  words here \t\n"
    assert _trimmed(text, 0, len(text)) == (0, len(text))  # round 58's: spaces and tabs only: the line breaks stay
    assert _trimmed(text, 0, len(text), " \t\n") == (3, 13)


def test_title_end_with_round85s_pattern_wants_a_blank_line() -> None:
    assert _title_end_r83("MINERS SAY PIT WILL CLOSE\nBody.\n") == len("MINERS SAY PIT WILL CLOSE")
    assert _title_end_r83("MINERS SAY PIT WILL CLOSE\nBody.\n", TITLE_R85) == -1
    assert _title_end_r85("MINERS SAY PIT WILL CLOSE\n\nBody.\n") == len("MINERS SAY PIT WILL CLOSE")
    assert isinstance(TITLE_R85, re.Pattern)
