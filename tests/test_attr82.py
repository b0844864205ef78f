"""Round 82 (attr82): a partial quotation that runs past its sentence keeps the speaker's whole quotation, and a
speaker named after a quotation's tail and a title is found. Every sentence here is invented; the full pipeline
tests fail on main (the pass replaced by the identity), the guards pass on both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.api import analyze
from spinscope.components.attribution.round82 import round82_attributions
from spinscope.result import Attribution, Span

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _found(text: str) -> list[Attribution]:
    return list(analyze(text, components=ATTRIBUTION_COMPONENTS).attributions)


def _span(start: int, end: int, label: str) -> Span:
    return Span(start=start, end=end, label=label, score=0.9, evidence="test")


def _record(text: str, content: str, cue: str, speaker: str | None, kind: str = "mixed") -> Attribution:
    c0 = text.index(content)
    u0 = text.index(cue, c0 + len(content)) if text.find(cue, c0 + len(content)) >= 0 else text.index(cue)
    s0 = text.index(speaker) if speaker else None
    spans = [(c0, c0 + len(content)), (u0, u0 + len(cue))] + ([(s0, s0 + len(speaker))] if speaker else [])
    return Attribution(start=min(s for s, _ in spans), end=max(e for _, e in spans), label=kind, score=0.9,
                       evidence="test", kind=kind, content=_span(c0, c0 + len(content), "content"),
                       cue=_span(u0, u0 + len(cue), "cue"),
                       speaker=_span(s0, s0 + len(speaker), "speaker") if speaker else None)


RUN_ON = ('The ministry spokeswoman Ann Vell said the plan "poses no danger to anyone. ... Still, the plan shows '
          'that the town does not need a second dam. The council has known this for years."')


def test_a_quotation_running_past_its_sentence_keeps_the_whole_quotation():
    rec = next(a for a in _found(RUN_ON) if a.cue is not None and RUN_ON[a.cue.start:a.cue.end] == "said")
    assert RUN_ON[rec.content.start:rec.content.end].endswith("known this for years")
    # the report verb inside the quotation is the speaker's words, not a record of its own
    assert not [a for a in _found(RUN_ON) if a.cue is not None and RUN_ON[a.cue.start:a.cue.end] == "shows"]


def test_the_run_on_rule_on_records_of_mains_shape():
    text = RUN_ON
    cut = _record(text, 'the plan "poses no danger to anyone', "said", "The ministry spokeswoman Ann Vell")
    inner = _record(text, "the town does not need a second dam", "shows", "the plan", kind="indirect")
    out = round82_attributions(text, [cut, inner])
    assert len(out) == 1
    assert text[out[0].content.start:out[0].content.end].endswith("known this for years")


def test_a_closed_partial_quotation_is_unchanged():
    text = 'The mayor said the bridge was "safe for now" and would stay open. Repairs begin in May, she added.'
    rec = _record(text, 'the bridge was "safe for now" and would stay open', "said", "The mayor")
    assert round82_attributions(text, [rec]) == [rec]


def test_a_quotation_left_open_to_the_paragraph_end_is_unchanged():
    text = 'The mayor said the bridge was "safe for now. Repairs begin in May.\nThe council meets on Monday.'
    rec = _record(text, 'the bridge was "safe for now', "said", "The mayor")
    assert round82_attributions(text, [rec]) == [rec]


TAIL = ('"She will be questioned" when she lands in Oslo, Mara Tellenby, head of the board of the Harbour '
        'Agency, told reporters.')


def test_a_speaker_after_a_quotations_tail_and_title():
    rec = next(a for a in _found(TAIL) if a.cue is not None and TAIL[a.cue.start:a.cue.end] == "told")
    assert rec.speaker is not None and TAIL[rec.speaker.start:rec.speaker.end] == "Mara Tellenby"
    assert TAIL[rec.content.start:rec.content.end].endswith("when she lands in Oslo")
    assert rec.named


def test_the_tail_rule_on_a_record_of_mains_shape():
    content = TAIL[:TAIL.index(", told")]
    rec = _record(TAIL, content, "told", None)
    out = round82_attributions(TAIL, [rec])
    assert out[0].speaker is not None and TAIL[out[0].speaker.start:out[0].speaker.end] == "Mara Tellenby"
    assert out[0].speaker_name == "Mara Tellenby"


def test_a_record_with_a_speaker_keeps_it():
    text = '"The road stays shut," said Dan Orrel, the county engineer.'
    rec = _record(text, "The road stays shut", "said", "Dan Orrel", kind="direct")
    assert round82_attributions(text, [rec]) == [rec]


@pytest.mark.parametrize("name", ["sources_real82.jsonl", "sources_real82_heldout.jsonl"])
def test_round82_source_gold_form(name):
    arts = [json.loads(line) for line in (ROOT / "tests/gold" / name).read_text().splitlines() if line.strip()]
    for art in arts:
        for sp in art["speakers"]:
            assert set(sp) == {"anchor", "surface", "name", "type", "country", "named"}
            assert sp["surface"] in sp["anchor"] and len(sp["anchor"].split()) <= 6
            assert sp["named"] == (sp["name"] is not None)
    path = SHARED / arts[0]["path"]
    if not path.is_file():
        pytest.skip("run scripts/webnews/fetch.py")
    for art in arts:
        text = (SHARED / art["path"]).read_text(encoding="utf-8")
        for sp in art["speakers"]:
            assert text.count(sp["anchor"]) == 1


def test_an_appointment_is_no_report():
    text = "Olsen was later named chief inspector of the northern district, earning the nickname \"the broom.\""
    assert not [a for a in _found(text) if a.cue is not None and text[a.cue.start:a.cue.end] == "named"]


def test_the_appointment_rule_keeps_an_identification():
    text = "The driver was named as a suspect in the fire."
    rec = _record(text, "a suspect in the fire", "named", None, kind="indirect")
    assert round82_attributions(text, [rec]) == [rec]
