"""Attributions, round 92: a quotation with no cue of its own that goes on the statement right before it across the
tag's full stop, by the same speaker, is one record (PolNeAR's convention: one attribution, its content in parts).
Sentences and names are written for the test, not taken from any article. The rule tests fail on main (two records
there, or no module); the guards pass on main's behaviour and after (one pins the backed-out paragraph form)."""

from __future__ import annotations

from spinscope.components.attribution.round92 import EVIDENCE_TAG_R92, round92_attributions
from spinscope.result import Attribution, Span
from tests.attribution_rows import attribution_details as _rows


def _span(text: str, part: str, label: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")


def _record(text: str, speaker: Span | None, cue: Span | None, content: Span, evidence: str,
            kind: str = "direct") -> Attribution:
    spans = [s for s in (speaker, cue, content) if s is not None]
    return Attribution(start=min(x.start for x in spans), end=max(x.end for x in spans), label=kind, score=0.5,
                       evidence=evidence, kind=kind, speaker=speaker, cue=cue, content=content,  # type: ignore[arg-type]
                       speaker_name=text[speaker.start:speaker.end] if speaker else None)


def test_a_quotation_left_open_at_its_paragraphs_end_stays_two_records() -> None:
    # backed out (scripts/attr92/RULE.md): PolNeAR merges the paragraphs, the older real golds give each its record
    text = ('Harbour master Dalla Pruett told the council on Tuesday: "The pier needs new pilings before winter, and '
            'the last storm took two of them.\n\n"We have asked the county for the money twice. Nobody has '
            'answered."\n')
    rows = _rows(text)
    assert len(rows) == 2 and all(r["speaker"] == "Harbour master Dalla Pruett" for r in rows), rows


def test_a_quotation_after_the_tags_full_stop_goes_on_the_statement() -> None:
    text = ('The ferry to Skellan will stop running in March, Ilse Marrow said on Monday. "We cannot find a captain '
            'who will take the night crossing."\n')
    rows = _rows(text)
    assert len(rows) == 1 and rows[0]["speaker"] == "Ilse Marrow" and rows[0]["cue"] == "said", rows
    assert rows[0]["content"].startswith("The ferry") and rows[0]["content"].endswith("night crossing"), rows


def test_the_merged_record_is_mixed_when_the_first_part_was_indirect() -> None:
    text = 'The ferry will stop in March, Ilse Marrow said. "We cannot find a captain."\n'
    name = _span(text, "Ilse Marrow", "speaker")
    said = _record(text, name, _span(text, "said", "cue"), _span(text, "The ferry will stop in March", "content"),
                   "attributions.v1:reporting-verb:say:ccomp:coref:same-name", kind="indirect")
    quote = _record(text, name, None, _span(text, "We cannot find a captain", "content"),
                    "attributions.v1:quote-continues-previous:coref:same-name")
    out = round92_attributions(text, [said, quote])
    assert len(out) == 1 and out[0].kind == "mixed" and out[0].evidence.endswith(EVIDENCE_TAG_R92), out
    assert text[out[0].content.start:out[0].content.end].endswith("find a captain"), out


def test_a_participle_clause_after_the_tag_keeps_the_quotation_apart() -> None:
    # attr89's convention: "X said, going on to <verb> ..." is a cue of its own, the next quotation its record's
    rows = _rows('"The ferry to Skellan will stop running in March," Ilse Marrow said, going on to praise the crew. '
                 '"We cannot find a captain who will take the night crossing."\n')
    assert any(r["content"].startswith("We cannot find") for r in rows), rows


def test_a_closed_quotation_and_a_new_paragraph_stay_apart() -> None:
    rows = _rows('"The ferry to Skellan will stop running in March," Ilse Marrow said.\n\n"We cannot find a captain '
                 'who will take the night crossing."\n')
    assert len(rows) == 2, rows


def test_another_speakers_quotation_is_not_merged() -> None:
    text = 'The ferry will stop in March, Ilse Marrow said. "We cannot find a captain."\n'
    said = _record(text, _span(text, "Ilse Marrow", "speaker"), _span(text, "said", "cue"),
                   _span(text, "The ferry will stop in March", "content"), "attributions.v1:reporting-verb:say:ccomp")
    other = Span(start=0, end=3, label="speaker", score=0.5, evidence="test")
    quote = _record(text, other, None, _span(text, "We cannot find a captain", "content"),
                    "attributions.v1:quote-continues-previous")
    assert len(round92_attributions(text, [said, quote])) == 2


def test_a_long_clause_in_the_tag_keeps_the_quotation_apart() -> None:
    text = ('The ferry will stop in March, Ilse Marrow said after the board met with the county planners. "We cannot '
            'find a captain."\n')
    name = _span(text, "Ilse Marrow", "speaker")
    said = _record(text, name, _span(text, "said", "cue"), _span(text, "The ferry will stop in March", "content"),
                   "attributions.v1:reporting-verb:say:ccomp")
    quote = _record(text, name, None, _span(text, "We cannot find a captain", "content"),
                    "attributions.v1:quote-continues-previous:coref:same-name")
    assert len(round92_attributions(text, [said, quote])) == 2


def test_a_letters_signature_is_no_statement_the_next_quotation_goes_on() -> None:
    text = '"The ferry must stay." - Ilse Marrow, Skellan\n\n"We cannot find a captain."\n'
    name = _span(text, "Ilse Marrow", "speaker")
    sign = _record(text, name, None, _span(text, "The ferry must stay.", "content"), "attributions.v1:dash-signature")
    quote = _record(text, name, None, _span(text, "We cannot find a captain", "content"),
                    "attributions.v1:quote-continues-previous")
    assert len(round92_attributions(text, [sign, quote])) == 2
