"""Source typing, round 48 (issue 16): a foreign speaker's country from the story, international bodies and their
officers left out (scripts/sources48/README.md); on sentences of our own.
"""

from __future__ import annotations

from tests.test_attribution import _find

FIJI = ("Floods have cut roads across Fiji after three days of rain. Farmer Jone Tawake says his cane crop is lost. "
        "\"We have never seen the river this high,\" Mr Tawake said. Officials in Fiji say more rain is due.")
FIJI_WHO = ("Floods have cut roads across Fiji after three days of rain. The World Health Organization's regional "
            "director Maria Sandoval says clean water is the first need. Officials in Fiji say more rain is due.")
FIJI_UN = ("Floods have cut roads across Fiji after three days of rain. Henrik Olsen, the United Nations "
           "coordinator, says tents are on the way. Officials in Fiji say more rain is due.")


def test_a_private_speaker_in_a_foreign_story_takes_its_country(extract_ner) -> None:
    doc = extract_ner(FIJI)
    for words in ("his cane crop", "never seen the river"):
        a = _find(doc, words)
        assert "Tawake" in str(a.speaker_name) and (a.source_type, a.source_country) == ("person", "FJ")


def test_an_international_bodys_officer_keeps_no_story_country(extract_ner) -> None:
    a = _find(extract_ner(FIJI_WHO), "clean water")
    assert a.source_country != "FJ"


def test_an_officer_named_in_apposition_to_the_un_keeps_no_story_country(extract_ner) -> None:
    a = _find(extract_ner(FIJI_UN), "tents are on the way")
    assert a.source_country != "FJ"
