"""speed50 (issues 15-17 budget, round 49): the same events and role rows, less work read twice.

Two exact rewrites:

* events: the clause words of a sentence's verbs (``_clause_words``), read by its plain ``_verb_events`` call, are
  kept for the back-off call on the same sentence (``_ClauseMemo50``), served only under an equal hidden set;
* roles: one ``ParsedIndex`` of the article serves all its entities (``RoleModel.predict_entities``), and the
  valence of a mention's sentence is read once per sentence on it (``_sentence_valence_50``).

The tests run each layer as shipped and with the rewrite forced off, and check the pieces themselves. Every
sentence here was written for these tests.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pytest

from spinscope.components import events as ev
from spinscope.components import role_context as rc

EVENT_TEXTS = [
    "Clashes between Zembran and Kestland troops left twenty dead near the border.",
    "Zembra and Kestland held a round of talks in Vellora on the river dam.",
    "The Zembran navy shadowed a Kestland trawler for two days off the coast.",
    "Kestland allowed Zembran inspectors to visit the plant, its minister said.",
    "Ostria gathered forces along the frontier with Kestland after the vote.",
    "Zembra cancelled a planned visit by the Kestland premier over the dispute.",
    "Protesters in Kestland burned flags of Zembra outside the embassy.",
    "The talks between Zembra and Ostria ended without a deal on fishing rights.",
]


class _NoMemo(ev._ClauseMemo50):
    """The memo forced off: every ``_verb_events`` call reads its own clause words, as before speed50."""

    def words_for(self, hidden: set[int]) -> Any:
        return {}


@pytest.mark.parametrize("text", EVENT_TEXTS)
def test_speed50_events_same_with_the_memo_forced_off(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.event_predictions import predicted

    shipped = predicted(text)
    monkeypatch.setattr(ev, "_ClauseMemo50", _NoMemo)
    assert predicted(text) == shipped


def test_speed50_the_whole_texts_same_with_the_memo_forced_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.event_predictions import predicted

    text = " ".join(EVENT_TEXTS)
    shipped = predicted(text)
    monkeypatch.setattr(ev, "_ClauseMemo50", _NoMemo)
    assert predicted(text) == shipped


def test_speed50_memo_kept_under_an_equal_hidden_set_only() -> None:
    memo = ev._ClauseMemo50()
    words = memo.words_for({3, 4})
    words[7] = (["a"], ["b"], frozenset(), frozenset())
    assert memo.words_for({4, 3}) is words  # an equal set: the kept words serve
    other = memo.words_for({3})
    assert other == {} and other is not words  # another set: read afresh
    assert memo.words_for(set()) == {}


def test_speed50_back_off_call_reads_no_clause_words_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence with actors and no event goes to the back-off call: its verbs' clause words are read once."""
    from tests.event_predictions import predicted

    text = EVENT_TEXTS[0]
    calls: list[int] = []
    clause_words = ev._clause_words

    def counted(verb: Any, in_name: Any = None) -> Any:
        calls.append(verb.i)
        return clause_words(verb, in_name)

    backoffs: list[bool] = []
    verb_events = ev._verb_events

    def watched(*a: Any, **k: Any) -> Any:
        backoffs.append(bool(k.get("backoff")))
        return verb_events(*a, **k)

    monkeypatch.setattr(ev, "_clause_words", counted)
    monkeypatch.setattr(ev, "_verb_events", watched)
    predicted(text)
    assert True in backoffs  # the sentence reaches the back-off call
    shipped = list(calls)
    assert len(shipped) == len(set(shipped))  # each verb's words read once
    calls.clear()
    monkeypatch.setattr(ev, "_ClauseMemo50", _NoMemo)
    predicted(text)
    assert len(calls) > len(shipped)  # before speed50 the back-off call read them again


@pytest.fixture(scope="module")
def parse() -> Any:
    from spinscope.components.core import Segmenter
    from spinscope.document import ArticleInput, Document

    segmenter = Segmenter()

    def run(text: str) -> Any:
        return segmenter(Document(text=text, meta=ArticleInput(text=text), language="en"))

    return run


ROLE_TEXT = ("Zembra shelled the harbour of Kestland and killed two fishermen, a brutal and cruel attack.\n\n"
             "Kestland thanked Ostria for generous help, and Ostria sent doctors to Kestland. "
             "Zembra denied it, calling Kestland a liar.")


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(name, text)]


def test_speed50_sentence_valence_read_once_and_the_same(parse: Any) -> None:
    doc = parse(ROLE_TEXT)
    index = rc.ParsedIndex(doc.parsed)
    for name in ("Zembra", "Kestland", "Ostria"):
        for start, end in _mentions(ROLE_TEXT, name):
            shipped = rc.mention_context(ROLE_TEXT, doc.parsed, start, end, index=index)
            scanned = rc.mention_context(ROLE_TEXT, doc.parsed, start, end)  # no index: no memo
            assert shipped.tokens == scanned.tokens
            assert np.array_equal(shipped.numbers, scanned.numbers)
    # one entry per sentence that holds a mention, each the plain reading of that sentence
    sentences = {(id(p.doc), s.start, s.end): s for p in doc.parsed for s in p.doc.sents}
    assert index.sentence_valence and set(index.sentence_valence) <= set(sentences)
    for key, value in index.sentence_valence.items():
        assert value == rc._sentence_valence(sentences[key])


def test_speed50_entity_context_same_with_one_index_for_all_entities(parse: Any) -> None:
    doc = parse(ROLE_TEXT)
    shared = rc.ParsedIndex(doc.parsed)
    for name in ("Zembra", "Kestland", "Ostria"):
        mentions = _mentions(ROLE_TEXT, name)
        own = rc.entity_context(ROLE_TEXT, doc.parsed, mentions, mentions)
        one = rc.entity_context(ROLE_TEXT, doc.parsed, mentions, mentions, index=shared)
        assert [t for t, _ in own] == [t for t, _ in one]
        assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(own, one, strict=True))


def test_speed50_predict_entities_same_with_an_index_per_entity(parse: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from spinscope.components import roles

    model = roles.ActorRoles().model
    assert model is not None
    doc = parse(ROLE_TEXT)
    sentences = [(s.start_char + p.offset, s.end_char + p.offset) for p in doc.parsed for s in p.doc.sents]
    vectors = np.zeros((len(sentences), 384), dtype=np.float32)
    entities = [(_mentions(ROLE_TEXT, n), _mentions(ROLE_TEXT, n)) for n in ("Zembra", "Kestland", "Ostria")]
    shipped = model.predict_entities(ROLE_TEXT, sentences, vectors, entities, parsed=doc.parsed)
    monkeypatch.setattr(roles, "ParsedIndex", lambda parsed: None)  # each entity builds its own index, as before
    old = model.predict_entities(ROLE_TEXT, sentences, vectors, entities, parsed=doc.parsed)
    for a, b in zip(shipped, old, strict=True):
        assert np.array_equal(a.main, b.main) and np.array_equal(a.fine, b.fine)
        assert np.array_equal(a.per_mention_main, b.per_mention_main)
