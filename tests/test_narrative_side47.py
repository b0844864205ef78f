"""Round 47 (narr47): the side gate drops the pro-Russian narratives of an article written against Russia.
Every sentence here is invented for these tests."""

import numpy as np

from spinscope.components import narrative_side47 as side
from spinscope.components.narratives import NarrativeModel, NarrativePrediction

# An invented speech on Ukraine's side: two phrases casting Russia as the aggressor, none of the other side's.
FOR_UKRAINE = ("Our soldiers hold the line in Ukraine. Russian aggression will fail, and Putin\u2019s war will end "
               "in his defeat. We thank every partner who stands with us.")
# An invented text with the other side's wording as well.
MIXED = ("Russian aggression, they say, but the Kiev regime began it. Putin's war, they call it, while the "
         "special military operation goes on in Ukraine.")
ONE_PHRASE = "The talks in Ukraine stalled again after the Russian invasion began, officials said on Monday."


def test_side_counts_per_language():
    assert side.side_counts(FOR_UKRAINE) == (2, 0)
    assert side.side_counts(MIXED)[1] >= 2
    assert side.side_counts("Российская агрессия продолжается, а путинский режим лжёт.") == (2, 0)
    assert side.side_counts("Киевский режим продолжает специальную военную операцию обсуждать.")[1] == 2
    assert side.side_counts("A agressão russa e a guerra de Putin continuam.") == (2, 0)
    assert side.side_counts("Руската агресия и войната на Путин продължават.") == (2, 0)


def test_gate_drops_only_pro_russian_labels():
    labels = ["URW: Discrediting Ukraine", "URW: Amplifying war-related fears"]
    assert side.side_gate(FOR_UKRAINE, labels) == ["URW: Amplifying war-related fears"]
    subs = ["URW: Discrediting Ukraine: Discrediting Ukrainian government and officials and policies",
            "URW: Amplifying war-related fears: Other"]
    assert side.side_gate(FOR_UKRAINE, subs) == ["URW: Amplifying war-related fears: Other"]


def test_gate_keeps_labels_without_a_clear_side():
    labels = ["URW: Praise of Russia", "URW: Discrediting the West, Diplomacy"]
    assert side.side_gate(MIXED, labels) == labels  # the other side's wording too
    assert side.side_gate(ONE_PHRASE, labels) == labels  # one phrase is not enough
    assert side.side_gate(FOR_UKRAINE, ["CC: Criticism of institutions and authorities"]) == [
        "CC: Criticism of institutions and authorities"]


def test_gate_pairs_for_the_multilingual_heads():
    kept = [("URW: Russia is the Victim", 0.6), ("URW: Speculating war outcomes", 0.4)]
    subs = [("URW: Russia is the Victim: Other", 1.0), ("URW: Speculating war outcomes: Other", 1.0)]
    text = "Российская агрессия не остановится. Страна-агрессор проиграет войну на Украине."
    assert side.side_gate_pairs(text, kept, subs) == (kept[1:], subs[1:])


def test_predict_article_applies_the_gate(monkeypatch):
    """Fails on main: the English model's decision is reported whatever side the article takes."""
    bundle = {"coarse_labels": ["URW: Discrediting Ukraine", "URW: Amplifying war-related fears"],
              "fine_labels": [], "coarse_threshold": 0.5, "fine_threshold": 0.5}
    model = NarrativeModel(bundle=bundle, config={})
    decided = NarrativePrediction(
        "URW", 0.9, [("URW: Discrediting Ukraine", 0.7), ("URW: Amplifying war-related fears", 0.6)],
        {"URW: Discrediting Ukraine": [("URW: Discrediting Ukraine: Other", 1.0)],
         "URW: Amplifying war-related fears": [("URW: Amplifying war-related fears: Other", 1.0)]}, 0.7)
    monkeypatch.setattr(model, "features", lambda *a, **k: None)
    monkeypatch.setattr(model, "other_features", lambda *a, **k: None)
    monkeypatch.setattr(model, "predict_rows", lambda *a, **k: [decided])
    pred = model.predict_article(FOR_UKRAINE, np.zeros((3, 384), dtype=np.float32))
    assert pred.coarse_labels() == ["URW: Amplifying war-related fears"]
    assert pred.fine_labels() == ["URW: Amplifying war-related fears: Other"]
