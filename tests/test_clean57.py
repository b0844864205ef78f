"""Code health, round 56 (branch clean57): the shared helpers that replaced near-duplicate copies keep every caller's
behaviour. Names and phrases written for the test, not taken from any article."""

from __future__ import annotations

import re

import pytest

from spinscope.components.attribution import lead55, lead56, round88, round91, round105
from spinscope.result import Attribution, Span

#: The patterns as main wrote them before the merge (lead55's two and lead56's own list).
OLD_LEGAL_FORM_L55 = r"(?:Cos|Corp|Inc|Co|Ltd|Plc|PLC|AG|NV|SA|SpA|GmbH)\.?"
OLD_FORM_TICKER_L55 = r"(?:Cos|Corp|Inc|Co|Ltd|Plc|PLC|AG|NV|SA|SpA|GmbH|AB)\.?(?:\s*<[^<>\n]*>?)?"
OLD_FORM_END_L56 = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Plc|PLC|Cos|AG|NV|SA|AB)\.?$")

PHRASES = ["Brindle Tooling Co", "Brindle Tooling Cos", "Brindle Tooling Corp.", "Orvane Holdings Inc",
           "Velmark AB", "Velmark GmbH", "Tessaro SpA", "Quorra Foods Plc", "Quorra Foods PLC.", "Halbeck AG",
           "Dunmere NV", "Sorel SA", "Sorel SAB", "the Cosmo group", "Corp", "Co.", "Inco", "Kemper Ltd\n",
           "Nordvik AB <NVK.ST>", "Halbeck Co Ltd", "Marsh Co said", ""]


def test_lead55_patterns_are_the_old_ones_letter_for_letter() -> None:
    assert lead55.LEGAL_FORM_L55.pattern == OLD_LEGAL_FORM_L55
    assert lead55.FORM_TICKER_L55.pattern == OLD_FORM_TICKER_L55


@pytest.mark.parametrize("phrase", PHRASES)
def test_lead56_form_end_matches_as_its_old_list(phrase: str) -> None:
    new, old = lead56.FORM_END_L56.search(phrase), OLD_FORM_END_L56.search(phrase)
    assert (new and new.span()) == (old and old.span())
    assert lead56.FORM_END_L56.sub("", phrase) == OLD_FORM_END_L56.sub("", phrase)


def test_each_caller_keeps_its_own_extra_forms() -> None:
    assert lead55.LEGAL_FORM_L55.fullmatch("GmbH") and not lead55.LEGAL_FORM_L55.fullmatch("AB")
    assert lead55.FORM_TICKER_L55.fullmatch("AB <VLM.ST>")
    assert lead56.FORM_END_L56.search("Velmark AB") and not lead56.FORM_END_L56.search("Velmark GmbH")


def _old_record(kind: str, subj: tuple[int, int], cue: tuple[int, int], content: tuple[int, int],
                typed: dict[str, object], evidence: str, **extra: object) -> Attribution:
    """Rounds 88's, 91's and 105's record builders as main wrote each (they differed in the label alone)."""
    def span(s: int, e: int, label: str) -> Span:
        return Span(start=s, end=e, label=label, score=0.3, evidence=evidence)
    spans = [subj, cue, content]
    return Attribution(start=min(s for s, _ in spans), end=max(e for _, e in spans), label=kind, score=0.3,
                       evidence=evidence, kind=kind,  # type: ignore[arg-type]
                       speaker=span(*subj, "speaker"), cue=span(*cue, "cue"), content=span(*content, "content"),
                       **extra, **typed)  # type: ignore[arg-type]


TYPED = {"speaker_name": "Orvane Holdings", "source_type": "organization", "source_country": None,
         "state_affiliated": False, "named": True, "affiliation": None}


@pytest.mark.parametrize("evidence", [round88.EVIDENCE_R88, round91.EVIDENCE_R91])
def test_rounds_88_and_91_build_their_records_as_before(evidence: str) -> None:
    new = round88._new_record("indirect", (0, 15), (16, 20), (21, 40), dict(TYPED), evidence)
    assert new.model_dump(mode="json") == _old_record("indirect", (0, 15), (16, 20), (21, 40), dict(TYPED),
                                                      evidence).model_dump(mode="json")
    assert {new.evidence, new.cue.evidence, new.speaker.evidence, new.content.evidence} == {evidence}  # type: ignore[union-attr]


def test_round88_default_label_and_round105_resolved_from() -> None:
    assert round88._new_record("indirect", (0, 2), (3, 7), (8, 30), dict(TYPED)).evidence == round88.EVIDENCE_R88
    earlier = Span(start=50, end=65, label="speaker", score=0.9, evidence="x")
    for resolved in (None, earlier):
        new = round105._record("indirect", (70, 72), (73, 77), (78, 99), dict(TYPED), resolved)
        old = _old_record("indirect", (70, 72), (73, 77), (78, 99), dict(TYPED), round105.EVIDENCE_R105,
                          resolved_from=resolved)
        assert new.model_dump(mode="json") == old.model_dump(mode="json")
