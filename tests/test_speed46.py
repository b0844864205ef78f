"""speed46 (issues 16/17 budget, round 45): the same events, fewer walks over every token.

Seven events passes return at once, with what they return when nothing matches, when the words their loops test
are absent: of the sentence (``_lemmas_43`` / ``_lowers_43``: ``_headline_orders``, ``_appeals_54``'s bare
appeals, ``_sent_craft``, ``_lead44_rules``' semicolons) or, where the test reaches a token through the parse
(a head, a head's head, a verb's agent), of the whole Doc (``_doc_words_46``: ``_border_sides``, the topic actors
of ``_target_in``, ``_police_agent_acts``).

The tests run the events layer with the guards closed (as shipped) and forced open (every guarded word added to
the word sets, the sentence's own words kept, so the older guards of speed43/speed45 keep their reading), and
check the guards close where they should. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components import events as ev

#: Every word the speed46 guards test for: with these added, each speed46 guard lets the sentence through.
GUARDED_46 = (ev.BORDER_NOUNS | ev.TOPIC_NOUNS | ev.POLICE_AGENT_NOUNS_44 | ev.HEADLINE_ORDERS_46
              | ev.SENDING_CRAFT_VERBS | ev.DEPLOYING_VERBS | {";", "appeal"})

EVENT_TEXTS = [
    "Gunmen attacked a checkpoint near the Syrian border on Monday, Turkey said.",
    "Iraq moved tanks to its frontier with Kuwait, and Kuwait closed the border.",
    "The minister criticised Germany's policy on Iran during a visit to Rome.",
    "Chile condemned the Bolivian stance on the dispute with Peru.",
    "Russia demanded new talks; Ukraine rejected the offer from Moscow.",
    "France praised the deal; by Friday Italy was warning that Spain would walk away.",
    "Judge Orders City Hall To Reopen Library",
    "Prosecutors appealed the sentence handed to the former mayor by a court in Cairo.",
    "The farmer appealed, and the judge raised the fine.",
    "Japan dispatched navy ships carrying drinking water to the Philippines.",
    "Greece sent coast guard vessels to the island after Turkey protested.",
    "The protester was shot by a police officer in Nairobi, Kenyan media said.",
    "Two men were arrested by officers in Lima on Sunday.",
    "Kenya met Ghana in Accra to talk about trade.",
    "The council backed the mayor's plan for a new park.",
]


def _forced_open(monkeypatch: pytest.MonkeyPatch) -> None:
    words_43, doc_words_46 = ev._words_43, ev._doc_words_46

    def sentence_words(sent: object) -> tuple[object, frozenset[str], frozenset[str]]:
        _, lemmas, words = words_43(sent)  # type: ignore[arg-type]
        return sent, lemmas | GUARDED_46, words | GUARDED_46

    def doc_words(doc: object) -> tuple[object, frozenset[str], frozenset[str]]:
        _, lemmas, words = doc_words_46(doc)
        return doc, lemmas | GUARDED_46, words | GUARDED_46

    monkeypatch.setattr(ev, "_words_43", sentence_words)
    monkeypatch.setattr(ev, "_doc_words_46", doc_words)


@pytest.mark.parametrize("text", EVENT_TEXTS)
def test_speed46_events_same_with_the_guards_forced_open(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.event_predictions import predicted

    guarded = predicted(text)
    _forced_open(monkeypatch)
    assert predicted(text) == guarded


def test_speed46_the_whole_texts_same_with_the_guards_forced_open(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.event_predictions import predicted

    text = " ".join(EVENT_TEXTS)
    guarded = predicted(text)
    _forced_open(monkeypatch)
    assert predicted(text) == guarded


def _doc(text: str) -> object:
    from spinscope.components.core import load_spacy

    return load_spacy()(text)


def test_speed46_doc_words_read_once_per_doc() -> None:
    doc = _doc("Borders were closed by the police.")
    first = ev._doc_words_46(doc)
    assert first[0] is doc and ev._doc_words_46(doc) is first
    assert {"border", "police", "close"} <= first[1] and {"borders", "police", "closed"} <= first[2]
    other = _doc("Borders were closed by the police.")
    assert ev._doc_words_46(other)[0] is other  # an equal text in another Doc is read again


def test_speed46_border_sides_closed_without_a_border_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc("Iraq moved tanks to the river near Kuwait.")
    ctx = ev._Context(doc.text, [], [], {})  # type: ignore[attr-defined]

    def no_walk(*args: object) -> None:
        raise AssertionError("walked the sentence")

    monkeypatch.setattr(ev, "_tok_actor", no_walk)
    verb = next(t for t in doc if t.lemma_ == "move")  # type: ignore[attr-defined]
    assert ev._border_sides(ctx, verb, 0) == set()
    with pytest.raises(AssertionError):  # a border noun in the Doc: the walk runs
        border = _doc("Iraq moved tanks to the border near Kuwait.")
        ev._border_sides(ctx, next(t for t in border if t.lemma_ == "move"), 0)  # type: ignore[attr-defined]


def test_speed46_rules_still_fire() -> None:
    from tests.event_predictions import triples

    assert ("AID", "JPN", "PHL") in triples(EVENT_TEXTS[9])  # _sent_craft: craft carrying aid
    assert ("MOBILIZE", "GRC", "TUR") in triples(EVENT_TEXTS[10])  # _sent_craft: coast guard vessels
    assert ("ASSAULT", "KEN", "KEN") in triples(EVENT_TEXTS[11])  # _police_agent_acts: the police's act
    assert ("REQUEST", "RUS", None) in triples(EVENT_TEXTS[4])  # _lead44_rules: no target after the semicolon
