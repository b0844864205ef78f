"""Round 90 (attr90): shapes of the round-90 development pages. Every sentence here is invented; the full-pipeline
tests fail on main (no round-90 pass), the guards pass on both. The gold-form test skips when ../fixturenews (news53's
fixture pages) is absent."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from spinscope.api import analyze
from spinscope.result import Attribution

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _found(text: str) -> list[Attribution]:
    return list(analyze(text, components=ATTRIBUTION_COMPONENTS).attributions)


def _cues(text: str) -> list[str]:
    return [text[a.cue.start:a.cue.end] for a in _found(text) if a.cue is not None]


def test_not_to_mention_is_no_report():
    text = ("The canal board said the locks would reopen in June. Repairs took months of dredging (not to mention "
            "the many barges held up at the weir all spring).\n")
    cues = _cues(text)
    assert "mention" not in cues
    assert "said" in cues


def test_a_readers_hypothetical_you_is_no_report():
    text = ("You might say the mill won the tender fairly, but the rules say otherwise.\n\n"
            "The mill's owner, Tamsin Grebe, said the bid was fair.\n")
    found = _found(text)
    assert not [a for a in found if a.speaker is not None and text[a.speaker.start:a.speaker.end] == "You"]
    assert "said" in _cues(text)


def test_a_negated_report_of_detail_is_no_report():
    text = ("The ferry firm says it will keep the winter timetable. But the firm doesn't specify how its crews "
            "will cover the extra sailings.\n")
    cues = _cues(text)
    assert "specify" not in cues
    assert "says" in cues


def test_stances_with_a_noun_phrase_object_are_no_reports():
    text = ("The old rules had been deemed fair by the inspectors.\n\n"
            "The mayor, Odile Frenk, said the bridge would open in May.\n")
    cues = _cues(text)
    assert "deemed" not in cues
    assert "said" in cues


def test_a_content_opening_with_its_own_speaker_goes():
    text = ("There is the long campaign that Verhaegen has promised to wage against the port authority. "
            "Verhaegen said the port must close its night berths.\n")
    found = _found(text)
    assert not [a for a in found if a.speaker is not None and a.content.start <= a.speaker.start
                and a.cue is not None and a.cue.end <= a.content.end
                and a.speaker.start <= a.content.start + 1]
    assert "said" in _cues(text)


def test_a_quote_around_its_cue_stays():
    text = ('"The orchard is thriving," says Nils Ambrose, a grower in the valley. "But the frost is coming."\n')
    assert "says" in _cues(text)


def test_records_in_a_teaser_block_go():
    text = ("Town hall rejects parking plan\n\nThe planning chief, Rhea Solberg, said the car park would not be "
            "built.\n\nDeep Dive\n\nA walking club is urging members to quit their gyms\n\n"
            "The fund's director says the market will recover.\n")
    found = _found(text)
    block = text.index("Deep Dive")
    assert not [a for a in found if a.content.start >= block]
    assert [a for a in found if a.content.start < block]


def test_gold_form():
    if not (SHARED / "../fixturenews/MANIFEST.tsv").is_file():
        pytest.skip("../fixturenews (news53's fixture pages) is absent")
    for name in ("attributions_real90.jsonl", "attributions_real90_heldout.jsonl"):
        for line in (ROOT / "tests/gold" / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            src = SHARED / rec["path"]
            assert rec["path"].startswith("../fixturenews/")
            assert hashlib.sha256(src.read_bytes()).hexdigest() == rec["sha256"]
            size = len(src.read_text(encoding="utf-8"))
            assert size == rec["chars"]
            for a in rec["attributions"]:
                assert a["content"] and a["kind"] in ("direct", "indirect", "mixed")
                assert all(0 <= s < e <= size for s, e in a["content"] + a["source"] + a["cue"])
    for name in ("sources_real90.jsonl", "sources_real90_heldout.jsonl"):
        for line in (ROOT / "tests/gold" / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = (SHARED / rec["path"]).read_text(encoding="utf-8")
            for sp in rec["speakers"]:
                assert len(sp["anchor"].split()) <= 6 and sp["surface"] in sp["anchor"]
                assert sp["anchor"] in text
