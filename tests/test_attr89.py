"""Attributions, round 89: a participle right after a quotation's tag ("“Q,” X said, <participle> <rest>"), PolNeAR's
convention: the participle is a cue of its own, its source the tag's speaker (sentences written for the test, not
taken from any article). The rule tests fail on main; the guards pass on main and after (one pins the narrowing:
no record is added for a participle main reads as no cue)."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.round89 import EVIDENCE_R89, round89_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span
from tests.attribution_rows import attribution_details as _rows


def _span(text: str, part: str, label: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")


def _record(text: str, speaker: Span | None, cue: Span | None, content: Span, evidence: str) -> Attribution:
    spans = [s for s in (speaker, cue, content) if s is not None]
    return Attribution(start=min(x.start for x in spans), end=max(x.end for x in spans), label="direct", score=0.5,
                       evidence=evidence, kind="direct", speaker=speaker, cue=cue, content=content,
                       speaker_name=text[speaker.start:speaker.end] if speaker else None)


def _on(rows: list[dict], cue: str) -> list[dict]:
    return [r for r in rows if r["cue"] == cue]


def test_the_participle_takes_the_tags_speaker_not_the_quotations_subject() -> None:
    rows = _rows('"The board asked for a frank review," Edda Vorn said, describing talks that ran into the night.\n')
    found = _on(rows, "describing")
    assert len(found) == 1 and found[0]["speaker"] == "Edda Vorn", rows


def test_a_quotation_inside_the_participles_content_is_kept_whole() -> None:
    text = ('"Millers are tired. Bakers are tired too. The town is not tired of bread," Harlan Mott said, suggesting '
            'a few questions, including, "Mr. Odell, why do you want the mill closed?"\n')
    rows = _rows(text)
    found = _on(rows, "suggesting")
    assert len(found) == 1 and found[0]["speaker"] == "Harlan Mott", rows
    assert found[0]["content"].endswith('why do you want the mill closed?"'), rows


def test_the_tags_cue_moves_from_the_participle_clause_to_the_quotation() -> None:
    # the parser made the clause the object of "said" and left the quotation to a speakerless continuing record
    text = ('Mott spoke at length.\n\n"The town is not tired of bread," Mott said, suggesting a few questions for '
            'the council.\n')
    first = _span(text, "Mott", "speaker")
    tag = _span(text, "Mott", "speaker", nth=1)
    quote = _record(text, first, None, _span(text, "The town is not tired of bread", "content"),
                    "attributions.v1:quote-continues-previous:coref:same-name")
    said = _record(text, tag, _span(text, "said", "cue"),
                   _span(text, "suggesting a few questions for the council", "content"),
                   "attributions.v1:reporting-verb:say:ccomp")
    out = round89_attributions(text, [quote, said], load_source_table())
    assert len(out) == 2
    q, p = out
    assert q.cue is not None and text[q.cue.start:q.cue.end] == "said"
    assert q.speaker is not None and q.speaker.start == tag.start
    assert text[q.content.start:q.content.end] == "The town is not tired of bread"
    assert p.cue is not None and text[p.cue.start:p.cue.end] == "suggesting"
    assert p.speaker is not None and p.speaker.start == tag.start and p.evidence == EVIDENCE_R89
    assert text[p.content.start:p.content.end] == "a few questions for the council"


# Guards: they pass on main and after.

def test_guard_a_gesture_after_the_tag_is_no_report() -> None:
    rows = _rows('"The board asked for a frank review," Edda Vorn said, smiling at the crowd in the hall.\n')
    assert not [r for r in rows if r["cue"] and r["cue"].startswith("smiling")], rows


def test_guard_a_participle_after_no_quotation_is_left_alone() -> None:
    text = "The mayor closed the mill, citing the cost of repairs.\n"
    rec = _record(text, _span(text, "The mayor", "speaker"), _span(text, "citing", "cue"),
                  _span(text, "the cost of repairs", "content"), "attributions.v1:reporting-verb:cite:dobj")
    out = round89_attributions(text, [rec], load_source_table())
    assert out[0] is rec and len(out) == 1


@pytest.mark.parametrize("text", [
    '"The board asked for a frank review," said Council Chair Edda Vorn, summing up talks that ran into the night.\n',
    '"The board asked for a frank review," Edda Vorn said, referring to talks that ran into the night.\n',
])
def test_guard_no_record_is_added_for_a_participle_main_reads_as_no_cue(text: str) -> None:
    # narrowed after the end guard (two real held-out files lost a record each): the tag's record is all there is
    rows = _rows(text)
    assert [r["cue"] for r in rows] == ["said"], rows
    assert rows[0]["content"] == "The board asked for a frank review", rows


def test_guard_a_tag_with_no_participle_makes_no_record() -> None:
    rows = _rows('"The board asked for a frank review," Edda Vorn said, and the hall went quiet.\n')
    assert [r["cue"] for r in rows] == ["said"], rows
