"""Opinion vs fact in claims.v1, round 12 (issue 16): sneers, naming as a judgement, judging degree adverbs and
judging nouns are opinion however low the check-worthiness model scores them, and the factual sentences that
share their words stay factual. Every sentence here is written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from spinscope.components.claims import CUES_FILE, JUDGING_CUES, MODEL_DIR, classify, opinion_cues

ROOT = Path(__file__).resolve().parent.parent
needs_model = pytest.mark.skipif(not (MODEL_DIR / "model.json").is_file(), reason="claims model is absent")


@pytest.mark.parametrize(
    ("sentence", "kind", "words"),
    [
        ("He knows nothing about the railways, but the lectures never stop.", "sneer", "knows nothing"),
        ("The minister understands absolutely nothing about schools.", "sneer", "understands absolutely nothing"),
        ("The party has learned nothing from its last defeat.", "sneer", "has learned nothing"),
        ("The man never stops talking about himself.", "sneer", "never stops"),
        ("That's typical of the governor.", "sneer", "that's typical"),
        ("It\u2019s so typical.", "sneer", "it\u2019s so typical"),
        ("Typical council incompetence again.", "sneer", "typical"),
        ("The chairman has never had an original thought.", "sneer", "never had an original thought"),
        ("Half of these councillors have never done an honest day's work.", "sneer", "an honest day's work"),
        ("The board is hopelessly out of touch with its members.", "sneer", "out of touch"),
        ("The mayor called the proposal an insult to the town.", "predicated-evaluation",
         "called the proposal an insult"),
        ("Her rivals branded her a hypocrite on live television.", "predicated-evaluation", "branded her a hypocrite"),
        ('He described the new rules as "an absolute farce."', "predicated-evaluation",
         'described the new rules as "an absolute farce'),
        ("The scheme was a costly mistake.", "predicated-evaluation", "was a costly mistake"),
        ("It was a woefully inadequate response to the floods.", "predicated-evaluation", "woefully inadequate"),
        ("The ministry's figures are utter nonsense.", "insult", "nonsense"),
        ("The change to the pension rules is long overdue.", "evaluation", "long overdue"),
        ("Well done, the trains are late again.", "evaluation", "well done"),
    ],
)
def test_claims_sneers_namings_and_judging_degree_are_opinion(sentence: str, kind: str, words: str) -> None:
    assert (kind, words) in opinion_cues(sentence)
    label, score, evidence = classify(sentence, 0.05, 0.49)
    # the evidence names the cue that fired, and a judging cue scores over a hedge alone
    assert label == "opinion" and f"{kind}:{words}" in evidence and score >= 0.75


@pytest.mark.parametrize(
    "sentence",
    [
        '"I know nothing about the payments," the treasurer said.',
        "We know nothing yet about the cause of the fire, police said.",
        "The treasurer said he knew nothing about the payments.",
        "It is typical for temperatures to drop sharply in October.",
        "Typical rainfall in the region is about 300 millimetres a year.",
        "The firm called in a recovery team after the collapse.",
        "The governor called for an inquiry into the crash.",
        "The court heard that the payment had been made in error.",
        "The factory runs three shifts and closes only at Christmas.",
    ],
)
def test_claims_denials_habits_and_phrasal_calls_are_not_sneers(sentence: str) -> None:
    assert opinion_cues(sentence) == []
    assert classify(sentence, 0.05, 0.49)[0] == "factual"


def test_claims_sneer_is_a_judging_cue_that_beats_the_author_assertion_frame() -> None:
    assert "sneer" in JUDGING_CUES
    sentence = "It is clear that the minister knows nothing about the farms she regulates."
    assert classify(sentence, 0.9, 0.49)[0] == "checkworthy"  # a confident model keeps its claim
    label, _, evidence = classify(sentence, 0.3, 0.49)
    assert label == "opinion" and "sneer:knows nothing" in evidence


def test_claims_cue_file_documents_its_new_lists() -> None:
    cues = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    for key in ("sneers", "judging_degree"):
        assert cues[key] and key in cues["_about"]
        assert len(cues[key]) == len(set(cues[key]))


@needs_model
@pytest.mark.slow
def test_claims_stance_score_script_reports_opinion_f1(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [{"id": "a", "text": "The new harbour wall is a complete disgrace.", "opinion": True, "kind": "evaluation"},
            {"id": "b", "text": "The harbour wall was finished in March 2021.", "opinion": False, "kind": "fact"}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "claims_stance_score.py"), str(gold),
                          "--components", "segment.v1,entities.v1,attributions.v1,claims.v1"],
                         capture_output=True, text=True, check=True).stdout
    assert "opinion: precision 1.000  recall 1.000  F1 1.000" in out
    assert out.splitlines()[2].split() == ["opinion", "0", "0", "1", "0"]


@pytest.mark.parametrize(
    ("sentence", "kind", "words"),
    [
        ("I\u2019m so ashamed of what the council did.", "predicated-evaluation", "\u2019m so ashamed"),
        ("It\u2019s a complete disaster for the harbour.", "predicated-evaluation", "it\u2019s a complete disaster"),
        ("I don\u2019t think the new ring road will ever be finished.", "first-person-view", "i don\u2019t think"),
        ("We firmly believe the tribunal got it wrong.", "first-person-view", "we firmly believe"),
        ("I despise the way this campaign has been run.", "first-person-view", "i despise"),
        ("Keeping the library open was crucial for the village.", "predicated-evaluation", "was crucial"),
    ],
)
def test_claims_curly_apostrophes_and_first_person_views_are_opinion(sentence: str, kind: str, words: str) -> None:
    assert (kind, words) in opinion_cues(sentence)
    assert classify(sentence, 0.05, 0.49)[0] == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds is Yorkshire's most populous city.",
        "Leeds is Yorkshire\u2019s most populous city.",
        "The estate was the family\u2019s most valuable asset until 1990.",
        "He\u2019s 61 and lives in Cardiff.",
    ],
)
def test_claims_a_possessive_s_is_not_a_copula(sentence: str) -> None:
    assert opinion_cues(sentence) == []


def test_claims_a_progressive_verb_after_a_degree_word_is_not_a_judgement() -> None:
    assert opinion_cues("We\u2019re not just counting the ballots, we\u2019re checking them.") == []
    assert opinion_cues("The delay is really beginning to hurt exporters.") == []
    # the judging "-ing" adjectives are in the cue file instead
    assert ("predicated-evaluation", "is so infuriating") in opinion_cues("The new parking scheme is so infuriating.")
    cost = "The cost of the scheme is simply astounding."
    assert ("predicated-evaluation", "is simply astounding") in opinion_cues(cost)
