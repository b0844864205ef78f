"""Opinion the claims layer called factual on real articles (issue 16: "Opinion, insult, sarcasm and prediction are
not factual"): hyperbole that judges ("nothing short of ..."), predicated fright and wonder, figures of ruin and
empty talk. Sentences of our own."""

from __future__ import annotations

import pytest

from spinscope.components.claims import classify, opinion_cues


@pytest.mark.parametrize("sentence", [
    "Watching the council vote that way was nothing short of terrifying.",
    "The turnaround at the club has been nothing less than a miracle.",
    "The regulator's reputation is in tatters after the audit.",
    "The minister's pledges on housing are nothing but hot air.",
    "It is frightening how quickly the rules were rewritten.",
    "The recovery of the river has been remarkable.",
])
def test_judging_sentences_are_opinion(sentence: str) -> None:
    label, _, evidence = classify(sentence, probability=0.1, threshold=0.42)
    assert label == "opinion", (sentence, evidence)


@pytest.mark.parametrize("sentence", [
    "The fine was nothing less than 5 million euros, the court ruled.",
    "The agency published an extraordinary session schedule on Monday.",
])
def test_plain_statements_keep_no_new_cue(sentence: str) -> None:
    kinds = {kind for kind, _ in opinion_cues(sentence)}
    assert "predicated-evaluation" not in kinds
