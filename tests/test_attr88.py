"""Attributions, round 88: shapes of the development errors on round 88's gold (sentences written for the test, not
taken from any article, the names invented). The rule tests fail on main; the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.components.attribution.round88 import round88_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span
from tests.attribution_rows import cue_text as _cue
from tests.attribution_rows import records as _rows
from tests.attribution_rows import speaker_text as _speaker
from tests.sources_gold import (
    assert_anchors_found,
    assert_articles_unchanged,
    assert_fresh_gold_form,
    assert_gold_names_its_articles,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HEAD = "HARBOUR NEWS\n\n"


def _span(text: str, part: str, label: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")


def test_urges_a_noun_phrase_is_a_record_of_the_subject() -> None:
    t, rows = _rows(HEAD + "The Fund urges a firmer rate policy to signal the council's determination to keep "
                    "prices low.\n\nIt also urges new limits on trawler licences in the northern bays.\n")
    urges = [a for a in rows if _cue(t, a) == "urges"]
    assert [_speaker(t, a) for a in urges] == ["The Fund", "It"], rows
    assert t[urges[1].content.start:urges[1].content.end].startswith("new limits on trawler licences")
    assert not [a for a in rows if _cue(t, a) == "determination"], rows


def test_and_says_takes_the_sentence_subject() -> None:
    t, rows = _rows(HEAD + "The board's report to the mayor praises last year's repairs, and says 1986 saw the "
                    "harbour perform \"better than in any year so far.\"\n\nHowever, it adds that the docks need new "
                    "cranes.\n")
    says = [a for a in rows if a.content.start > t.index("and says")]
    assert [_speaker(t, a) for a in says] == ["The board's report to the mayor", "it"], rows
    assert all(a.source_type == "report" for a in says), rows


def test_a_list_of_verb_phrases_after_told_is_one_content() -> None:
    t, rows = _rows(HEAD + "She told a press conference the council planned to raise spending, speed up the "
                    "opening of the port to foreign ships and slowly adjust its fees to keep traffic \"at a fair "
                    "level.\"\n")
    told = [a for a in rows if _cue(t, a) == "told"]
    assert told and t[told[0].content.start:told[0].content.end].rstrip(".\"").endswith("at a fair level"), rows


def test_a_plural_including_a_name_is_the_speaker_of_said() -> None:
    t, rows = _rows(HEAD + "Norland's jobless rate is expected to continue to rise to about four pct "
                    "within the coming year from March's four pct record, senior analysts, including Mara Tell "
                    "of Norbank, said.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 1 and (_speaker(t, said[0]) or "").startswith("senior analysts"), rows
    assert said[0].source_type == "anonymous" and not said[0].named


def test_a_family_name_first_is_the_earlier_speaker() -> None:
    t, rows = _rows(HEAD + "Deputy Prime Minister Park Sung-ho of Norland said the surplus was too big.\n\n"
                    "Park, who is also finance minister, said exports were strong.\n\n"
                    "\"We need a surplus,\" Park said.\n")
    parks = [a for a in rows if _speaker(t, a) == "Park"]
    assert len(parks) == 2 and all(a.speaker_name == "Park Sung-ho" for a in parks), rows
    assert len({(a.source_type, a.source_country) for a in rows}) == 1, rows


def test_a_western_surname_is_left() -> None:
    text = "Anna Berg said rates would hold. John Berg said rates would rise. Berg said so."
    recs = []
    for speaker, content in (("Anna Berg", "rates would hold"), ("John Berg", "rates would rise")):
        recs.append(Attribution(start=0, end=1, label="indirect", score=0.5, evidence="test", kind="indirect",
                                speaker=_span(text, speaker, "speaker"), cue=_span(text, "said", "cue"),
                                content=_span(text, content, "content"), speaker_name=speaker, source_type="person"))
    last = Attribution(start=0, end=1, label="indirect", score=0.5, evidence="test", kind="indirect",
                       speaker=_span(text, "Berg said so", "speaker").model_copy(
                           update={"end": text.index(" said so")}),
                       cue=_span(text, "said so", "cue"), content=_span(text, "so", "content"), speaker_name="Berg")
    out = round88_attributions(text, [*recs, last], load_source_table())
    assert out[-1].speaker_name == "Berg"


def test_he_after_an_unnamed_official_stays_that_official() -> None:
    t, rows = _rows(HEAD + "The weekly also printed an essay by Norland's trade counsellor in its Eastport "
                    "embassy, Omar Velt, who said that \"many barriers\" were blocking trade.\n\n"
                    "A Westland embassy official said the Westland side did not accept Norland's figures.\n\n"
                    "He said that, if Norland wants lower tariffs, it will have to lobby the assembly itself.\n")
    he = [a for a in rows if _speaker(t, a) == "He"]
    assert he and he[0].speaker_name != "Omar Velt" and not he[0].named, rows
    velt = [a for a in rows if a.speaker_name == "Omar Velt"]
    assert velt and velt[0].source_type == "government", rows


def test_a_general_manager_is_a_person() -> None:
    _, rows = _rows(HEAD + "Exports will slow this year, said Ken Ota, Deputy General Manager of Eastbank Ltd's "
                    "research department.\n")
    assert rows and rows[0].source_type == "person", rows


@pytest.mark.parametrize("name", [f"{layer}_real88{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round88_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real88.jsonl", ROOT / "tests/gold/sources_real88_heldout.jsonl"]


def test_round88_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real88", 8, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round88_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
