"""Source typing, round 41 (issue 16): a speaker written in capitals is read as its lower-case words, and the
unnamed lawyer of private people is anonymous (scripts/sources41/README.md); on sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real41.jsonl", ROOT / "tests" / "gold" / "sources_real41_heldout.jsonl")


def test_a_speaker_in_capitals_is_read_as_lower_case(extract_ner) -> None:
    text = ("The headline ran in capitals: “THEIR LAWYER SAID THAT THE COURT WAS BIASED AGAINST THE FAMILY. HE SAID "
            "THAT THEY WOULD APPEAL.” Sheriff Dana Prewitt told reporters the arrests were lawful.")
    doc = extract_ner(text)
    for content in ("COURT WAS BIASED", "WOULD APPEAL"):
        a = _find(doc, content)
        assert (a.source_type, a.named, a.speaker_name) == ("anonymous", False, None), content


@pytest.mark.parametrize(("text", "content"), [
    ("The two brothers were charged in March with fraud. The lawyer for the brothers said that the police had no "
     "case.", "police had no"),
    ("The suspects were freed on Friday. The attorney for the family said the ruling was fair.", "ruling was fair"),
])
def test_the_unnamed_lawyer_of_private_people_is_anonymous(extract_ner, text: str, content: str) -> None:
    a = _find(extract_ner(text), content)
    assert (a.source_type, a.named) == ("anonymous", False)


def test_the_lawyer_of_a_body_keeps_its_type(extract_ner) -> None:
    a = _find(extract_ner("The county sued the builder. The lawyer for the county said the contract was void."),
              "contract was void")
    assert a.source_type != "anonymous"


def test_fresh_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(GOLDS, "real41", 6, extra_keys=frozenset({"sha256"}))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_gold_anchors_found_and_files_unchanged() -> None:
    assert_anchors_found(GOLDS)
    assert_articles_unchanged(GOLDS)
