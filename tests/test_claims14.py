"""Round 14 of issue 16 (opinion called fact): judging superlatives, conditional ruin, sneering constructions,
the writer's weighing, and futures that are timetables or rules. Every sentence here was written for these tests
(none is in the gold files of tests/gold)."""

from __future__ import annotations

import json

import pytest

from spinscope.components.claims import CUES_FILE, JUDGING_CUES, classify, opinion_cues

THRESHOLD = 0.45


@pytest.mark.parametrize(
    ("sentence", "kind", "words"),
    [
        # superlatives that judge, and hyperbole of rank
        ("The new terminal is easily the ugliest building at the airport.", "superlative", "ugliest"),
        ("He is one of the cleverest lawyers of his time.", "superlative", "cleverest"),
        ("It was the most reckless gamble the bank ever took.", "superlative", "most reckless"),
        ("The least inspiring candidate won the nomination.", "superlative", "least inspiring"),
        ("This is the best deal in a generation for farmers.", "superlative", "best deal in a generation"),
        ("Nothing is more pressing than the hospital backlog.", "superlative", "nothing is more pressing"),
        # a condition with ruin in the present tense
        ("If the mine shuts, the valley is finished.", "prediction", "if the mine shuts, the valley is finished"),
        ("Unless the club finds a buyer, it is doomed.", "prediction", "unless the club finds a buyer, it is doomed"),
        # sneering constructions
        ("Another budget, another raid on pensions.", "sneer", "another budget, another"),
        ("The board's idea of transparency is a press release on Christmas Eve.", "sneer",
         "board's idea of transparency is a"),
        ("He wants a statue, not a legacy.", "sneer", "he wants a statue, not"),
        ("They only call when they want a donation.", "sneer", "only call when they want"),
        ("The governor rediscovered the coal towns just in time for the election.", "sneer",
         "rediscovered the coal towns just in time for the election"),
        ("The chairman has never admitted a mistake in his entire career.", "sneer",
         "has never admitted a mistake in his entire career"),
        # the writer weighing, and excess judged anywhere
        ("It is difficult to see why anyone still trusts the board.", "rhetorical", "difficult to see why"),
        ("The plan beggars belief.", "rhetorical", "beggars belief"),
        ("The cuts came far too cautiously for the village school.", "predicated-evaluation", "far too cautiously"),
        ("The rescue package was much too small.", "predicated-evaluation", "much too small"),
        # lexicon additions
        ("The appointments reek of cronyism.", "evaluation", "cronyism"),
        ("The decision to scrap the ferry was short-sighted.", "predicated-evaluation", "was short-sighted"),
        ("The scandal reflects poorly on the whole cabinet.", "metaphor", "reflects poorly on"),
        ("Voters were given empty promises again.", "metaphor", "empty promises"),
    ],
)
def test_claims14_new_cues_name_their_kind_and_words(sentence: str, kind: str, words: str) -> None:
    assert (kind, words) in opinion_cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new terminal is easily the ugliest building at the airport.",
        "Another budget, another raid on pensions.",
        "If the mine shuts, the valley is finished.",
        "Nothing is more pressing than the hospital backlog.",
    ],
)
def test_claims14_judging_sentences_are_opinion_below_the_threshold(sentence: str) -> None:
    label, score, evidence = classify(sentence, 0.2, THRESHOLD)
    assert label == "opinion"
    assert evidence.startswith("claims.v1:opinion-cues(")
    assert 0.5 < score <= 0.95


@pytest.mark.parametrize(
    "sentence",
    [
        # measures are facts, not judgements
        "The dam is the tallest in Africa.",
        "It was the deadliest flood in the province since 1950.",
        "The greatest number of refugees crossed at the northern border.",
        "Sales of the best-selling novel of all time passed 100 million.",
        "The planet is at its brightest in the evening sky this week.",
        # conditions and consequences that are facts or rules
        "If convicted, she faces ten years in prison.",
        "Shoppers who return goods within 30 days will receive a refund.",
        "Under the treaty, the fleet will leave the port by 2030.",
        # timetables, also in reported speech and with day-first dates
        "The new speed limit will take effect on 3 March.",
        "The referendum will be held on 9 June.",
        "The spokesman said the talks would resume on Wednesday.",
        "If the snow continues on Friday, the final will be postponed until Sunday.",
        # look-alikes of the sneering forms
        "The new ballot boxes arrived just in time for the election.",
        "Residents want a footbridge, not a ferry.",
        "The engineer's idea of a tidal barrier was approved in 2019.",
        "He had never seen the sea in his life until he was twenty.",
        "The bus only runs when the school is open.",
    ],
)
def test_claims14_factual_look_alikes_have_no_cue(sentence: str) -> None:
    assert opinion_cues(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind", "words"),
    [
        # forecasts stay forecasts, and a reported forecast keeps its hedge
        ("The economy will shrink next year.", "prediction", "will"),
        ("He said the reform would fail.", "hedge", "would"),
        ("Once the levee breaks, the town will flood.", "prediction", "will"),
    ],
)
def test_claims14_forecasts_keep_their_cue(sentence: str, kind: str, words: str) -> None:
    assert (kind, words) in opinion_cues(sentence)


def test_claims14_reported_timetable_drops_only_the_would_hedge() -> None:
    # the timetable's "would" is no hedge, but a judging word in the same sentence still counts
    cues = opinion_cues("The minister said the pathetic inquiry would reopen on Monday.")
    assert ("hedge", "would") not in cues
    assert ("evaluation", "pathetic") in cues


def test_claims14_superlative_is_a_judging_cue() -> None:
    assert "superlative" in JUDGING_CUES
    assert "rhetorical" not in JUDGING_CUES


def test_claims14_cue_file_documents_its_new_lists() -> None:
    cues = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    for key in ("judging_superlatives", "judging_gradable"):
        assert cues[key], key
        assert f"{key}:" in cues["_about"]
    # measures are not judging superlatives
    assert not {"tallest", "largest", "deadliest", "highest", "biggest"} & set(cues["judging_superlatives"])
