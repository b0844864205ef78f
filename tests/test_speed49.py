"""speed49 (issues 15-17 budget, round 48): the same events, fewer walks over every token.

Three exact rewrites in the events layer:

* seven passes of rounds 67-73 (``_army_of_speaker_67``, ``_held_person_68``, ``_defended_person_70``,
  ``_left_for_72``, ``_retaliation_by_73``, ``_capitals_title_act_73``, ``_finger_at_73``) test the sentence's
  lemmas or words read once (speed43's ``_lemmas_43`` / ``_lowers_43``) instead of walking every token;
* ``_caps_title_criticism_72`` returns at an ASCII small letter before its walk over every character;
* the tokens of a sentence that name an actor are read once per sentence and hidden set
  (``_actor_tokens_49``) for ``_sentence_has_actor``, ``_platforms`` and ``_sentence_actor``.

The tests run the events layer as shipped and with each rewrite forced off (the guard words added to the word sets;
no ASCII small letter found; the actor tokens read afresh at every call), and check the pieces themselves. Every
sentence here was written for these tests.
"""

from __future__ import annotations

import re

import pytest

from spinscope.components import events as ev

#: Every word the speed49 guards test for: with these added, each guard lets the sentence through.
GUARDED_49 = (ev.FORCE_NOUNS_67 | frozenset(ev.TITLE_ACTS_73)
              | {"hold", "retaliation", "finger", "defend", "leave", "depart"})

EVENT_TEXTS = [
    "Soldiers of the Zembran army shelled a village in Kestland, a Zembran general said.",
    "Kestland said it is holding two Zembran sailors, the ministry confirmed on Monday.",
    "The senator defended the Zembran envoy against critics in Kestland.",
    "A trade team that left for Vellora today will meet officials of Kestland.",
    "A new tariff could trigger retaliation by Zembra against Kestland, the minister warned.",
    "ZEMBRA CRITICIZES KESTLAND OVER FISHING QUOTAS",
    "KESTLAND ATTACKS ZEMBRAN FARM SUBSIDY RULES AT TALKS",
    "Zembra pointed the finger at Kestland for the failed harvest deal.",
    "Officials of Zembra told Reuters on Twitter that Kestland had closed the port.",
    "Kestland sanctioned Zembra in a statement to the Vellora Times after talks with Ostria.",
    "The police in Kestland arrested three Zembran fishermen who sold fish to Ostria.",
    "Zembra sent aid to Kestland, and Ostria praised the move in an interview with CNN.",
    "He said they would punish Zembra, the Kestland president told reporters.",
    "Clashes between Zembran and Kestland troops left twenty dead near the border.",
    "A wave of strikes by Kestland dockers hit the ports of Zembra.",
]


def _forced_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The three rewrites forced off: every guarded word in the sentence's word sets, the small-letter search
    finding nothing, the actor tokens read afresh at every call (no list kept)."""
    words_43 = ev._words_43

    def sentence_words(sent: object) -> tuple[object, frozenset[str], frozenset[str]]:
        _, lemmas, words = words_43(sent)  # type: ignore[arg-type]
        return sent, lemmas | GUARDED_49, words | GUARDED_49

    def fresh(ctx: ev._Context, sent: object, offset: int) -> list[tuple[object, int]]:
        return [(t, a) for t in sent if (a := ev._tok_actor(ctx, t, offset)) is not None]  # type: ignore[attr-defined]

    monkeypatch.setattr(ev, "_words_43", sentence_words)
    monkeypatch.setattr(ev, "_ASCII_LOWER_49", re.compile(r"(?!)"))
    monkeypatch.setattr(ev, "_actor_tokens_49", fresh)


@pytest.mark.parametrize("text", EVENT_TEXTS)
def test_speed49_events_same_with_the_rewrites_forced_off(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.event_predictions import predicted

    shipped = predicted(text)
    _forced_off(monkeypatch)
    assert predicted(text) == shipped


def test_speed49_the_whole_texts_same_with_the_rewrites_forced_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.event_predictions import predicted

    text = " ".join(EVENT_TEXTS)
    shipped = predicted(text)
    _forced_off(monkeypatch)
    assert predicted(text) == shipped


def test_speed49_capitals_guard_only_where_the_old_test_returned() -> None:
    """An ASCII small letter is a letter and lower case: wherever the search finds one, the old walk returned."""
    for ch in "abcdefghijklmnopqrstuvwxyz":
        assert ch.isalpha() and ch.islower()
        assert ev._ASCII_LOWER_49.search(f"ZEMBRA {ch}TTACKS KESTLAND")
    for text in ("ZEMBRA ATTACKS KESTLAND RULES", "ÉTAT ÀÇ ZEMBRA", "ZEMBRA ß STRASSE", "ÜNTER ZEMBRA é"):
        assert not ev._ASCII_LOWER_49.search(text)


def test_speed49_actor_tokens_kept_per_sentence_and_hidden_set() -> None:
    from spinscope.components.core import load_spacy
    from spinscope.result import Actor, Span

    def mention(start: int, end: int) -> Span:
        return Span(start=start, end=end, label="m", score=1.0, evidence="test")

    text = "Zembra warned Kestland about the dam."
    doc = load_spacy()(text)
    sent = next(iter(doc.sents))
    actors = [Actor(name="Zembra", type="country", code="ZMB", score=0.9, evidence="test", mentions=[mention(0, 6)]),
              Actor(name="Kestland", type="country", code="KST", score=0.9, evidence="test",
                    mentions=[mention(14, 22)])]
    ctx = ev._Context(text, actors, [], ev._owner_map(actors, text))
    first = ev._actor_tokens_49(ctx, sent, 0)
    assert [(t.text, a) for t, a in first] == [("Zembra", 0), ("Kestland", 1)]
    assert ev._actor_tokens_49(ctx, sent, 0) is first  # kept
    ctx.hidden = set(first[0][0].idx + k for k in range(6))  # a swapped hidden set: read again
    hidden = ev._actor_tokens_49(ctx, sent, 0)
    assert [(t.text, a) for t, a in hidden] == [("Kestland", 1)]
    ctx.hidden = set(ctx.hidden)  # an equal set: the kept list serves
    assert ev._actor_tokens_49(ctx, sent, 0) is hidden
    ctx.hidden = set()
    assert [(t.text, a) for t, a in ev._actor_tokens_49(ctx, sent, 0)] == [("Zembra", 0), ("Kestland", 1)]
    assert [(t.text, a) for t, a in ev._actor_tokens_49(ctx, sent, 100)] == []  # another offset, another key
    assert ev._sentence_has_actor(ctx, sent, 0) and not ev._sentence_has_actor(ctx, sent, 100)


def test_speed49_guards_still_let_their_words_through() -> None:
    from spinscope.components.core import load_spacy

    nlp = load_spacy()
    for text, lemma in (("Zembra pointed the finger at Kestland.", "finger"),
                        ("The envoy defended Kestland.", "defend"),
                        ("The team left for Vellora.", "leave")):
        sent = next(iter(nlp(text).sents))
        assert lemma in ev._lemmas_43(sent)
    sent = next(iter(nlp("ZEMBRA CRITICIZES KESTLAND").sents))
    assert not ev._lowers_43(sent).isdisjoint(ev.TITLE_ACTS_73)
