"""Round 84 (attr84): English news pages' shapes. Every sentence here is invented; the full pipeline tests fail on
main (the pass replaced by the identity), the guards pass on both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.api import analyze
from spinscope.components.attribution.round84 import SIGNATURE_R84, round84_attributions
from spinscope.result import Attribution

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _found(text: str) -> list[Attribution]:
    return list(analyze(text, components=ATTRIBUTION_COMPONENTS).attributions)


def _cues(text: str) -> list[str]:
    return [text[a.cue.start:a.cue.end] for a in _found(text) if a.cue is not None]


COMMENTS = ("Councils back faster bin collections\n\nThe Waste Board said weekly rounds would start in May.\n\n"
            "Nobody asked us about this. I think the old rounds were fine.\n\n"
            "Posted by: Kent Reader, 12 Mar 2012 | 09:14\n\n"
            "My neighbours want fewer bins, not more. I think the board forgot the villages again.\n\n"
            "Posted by: J. Aldous, 12 Mar 2012 | 10:02\n")


def test_comment_signatures_and_the_comments_between_them_are_no_reports():
    found = _found(COMMENTS)
    assert not [a for a in found if a.cue is not None and COMMENTS[a.cue.start:a.cue.end] == "Posted"]
    second = COMMENTS.index("My neighbours")
    assert not [a for a in found if a.cue is not None and second <= a.cue.start < COMMENTS.index("J. Aldous")]
    # the article's own report stays
    assert "said" in _cues(COMMENTS)


def test_the_signature_pattern_needs_a_date():
    assert SIGNATURE_R84.search("Posted by: Kent Reader, 12 Mar 2012 | 09:14")
    assert SIGNATURE_R84.search("Posted by: SJ, 6 Oct 2011 | 13:59")
    assert not SIGNATURE_R84.search("Posted by the council on its website, the notice says rounds will change.")


PARTICIPLE = ("Harbour plan divides the town\n\n"
              "The Harbour Trust said a new pier would bring more ferries to the bay, warning a long delay could "
              "push the ferry firms to other ports and cost the town its summer trade.\n")


def test_a_participle_inside_an_indirect_content_is_a_record_of_its_own():
    found = _found(PARTICIPLE)
    said = next(a for a in found if a.cue is not None and PARTICIPLE[a.cue.start:a.cue.end] == "said")
    warning = next(a for a in found if a.cue is not None and PARTICIPLE[a.cue.start:a.cue.end] == "warning")
    assert PARTICIPLE[said.content.start:said.content.end].endswith("to the bay")
    assert PARTICIPLE[warning.content.start:warning.content.end].endswith("its summer trade")
    assert warning.speaker_name == said.speaker_name


POSTPOSED = ("Shop taxes under fire\n\n"
             "Mary Walker, who heads the traders' guild, said on Monday that trade was slow.\n\n"
             "Towns that raise taxes on shops could lose their best traders, Walker suggested, as each new levy "
             "drives a few more of them away.\n")


def test_a_postposed_suggested_before_a_comma_is_found():
    found = _found(POSTPOSED)
    rec = next(a for a in found if a.cue is not None and POSTPOSED[a.cue.start:a.cue.end] == "suggested")
    assert POSTPOSED[rec.content.start:rec.content.end].startswith("Towns that raise taxes")
    assert rec.speaker is not None and POSTPOSED[rec.speaker.start:rec.speaker.end] == "Walker"


def test_an_addressee_is_no_report():
    text = ("Library rules change\n\n"
            "The mayor wrote the council, saying the reading room should open on Sundays.\n")
    cues = _cues(text)
    assert "wrote" not in cues and "saying" in cues


def test_a_company_president_is_a_person():
    text = ("Brightwell widens its solar push\n\n"
            "Brightwell Corp said on Tuesday it would build two new solar farms next year.\n\n"
            "The farms \"will need panels that nobody sells yet,\" Brightwell President Tom Hardy said.\n\n"
            "He added that the company would hire forty engineers for the work.\n")
    hardy = [a for a in _found(text) if a.speaker_name and "Hardy" in a.speaker_name]
    assert hardy and all(a.source_type == "person" for a in hardy)


def test_the_pass_leaves_plain_records_alone():
    text = "Rains return\n\nThe weather office said rain would return on Friday.\n"
    before = _found(text)
    from spinscope.components.attribution.sources import load_source_table

    assert round84_attributions(text, before, load_source_table()) == before


@pytest.mark.parametrize("name", ["attributions_real84.jsonl", "attributions_real84_heldout.jsonl"])
def test_the_gold_holds_offsets_and_names_only(name):
    for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert set(rec) == {"path", "sha256", "chars", "attributions"}
        for a in rec["attributions"]:
            assert set(a) == {"source", "cue", "content", "kind", "speaker"}
            assert len(a["speaker"].split()) <= 6
