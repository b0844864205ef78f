"""Source typing, round 48 (issue 16): a foreign speaker's country from the story, international bodies and their
officers left out (scripts/sources48/README.md); on sentences of our own. The pass is not called by the pipeline
(backed out: two held-out files fell); these tests run it on the pipeline's output directly.
"""

from __future__ import annotations

from spinscope.components.attribution import load_source_table
from spinscope.components.attribution.sources48 import foreign_story_s48
from spinscope.result import Attribution

FIJI = ("Floods have cut roads across Fiji after three days of rain. Farmer Jone Tawake says his cane crop is lost. "
        "\"We have never seen the river this high,\" Mr Tawake said. Officials in Fiji say more rain is due.")
FIJI_WHO = ("Floods have cut roads across Fiji after three days of rain. The World Health Organization's regional "
            "director Maria Sandoval says clean water is the first need. Officials in Fiji say more rain is due.")
FIJI_UN = ("Floods have cut roads across Fiji after three days of rain. Henrik Olsen, the United Nations "
           "coordinator, says tents are on the way. Officials in Fiji say more rain is due.")


def _run48(extract_ner, text: str) -> list[Attribution]:  # type: ignore[no-untyped-def]
    doc = extract_ner(text)
    return foreign_story_s48(text, list(doc.attributions), load_source_table())


def _find48(attributions: list[Attribution], text: str, words: str) -> Attribution:
    return next(a for a in attributions if words in text[a.content.start:a.content.end])


def test_a_private_speaker_in_a_foreign_story_takes_its_country(extract_ner) -> None:
    out = _run48(extract_ner, FIJI)
    for words in ("his cane crop", "never seen the river"):
        a = _find48(out, FIJI, words)
        assert "Tawake" in str(a.speaker_name) and (a.source_type, a.source_country) == ("person", "FJ")


def test_an_international_bodys_officer_keeps_no_story_country(extract_ner) -> None:
    a = _find48(_run48(extract_ner, FIJI_WHO), FIJI_WHO, "clean water")
    assert a.source_country != "FJ"


def test_an_officer_named_in_apposition_to_the_un_keeps_no_story_country(extract_ner) -> None:
    a = _find48(_run48(extract_ner, FIJI_UN), FIJI_UN, "tents are on the way")
    assert a.source_country != "FJ"
