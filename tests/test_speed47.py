"""speed47 (issues 16/17 budget, round 46): the same output, less Python work per article.

- ``quotes.find_quotes`` jumps over characters that are no mark, outside a quotation and inside a double one.
- ``techniques43.quoted_ranges`` jumps over characters that are no mark.
- ``actors._quoted_works_l44`` compiles a name's pattern only when an opening mark stands right before the name.
- ``actors.PhraseIndex.longest`` answers 0 for a token that starts no phrase before taking the ``min``.
- ``speakers._article_people`` searches a title word's window with the word's pattern compiled once.
- ``linear.TfidfVectorizer.transform`` counts the terms' columns with a ``Counter``.

Each test compares the new reading with the old one (the skip forced off by a set that holds every character, or
the old code written out here), on texts written for these tests and on random strings of marks and letters.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from spinscope.components import actors as ac
from spinscope.components import techniques43 as t43
from spinscope.components.attribution import quotes as qt
from spinscope.components.attribution import speakers as sp
from spinscope.linear import TfidfTransformer, TfidfVectorizer


class _Every:
    """A set that holds every character: the speed47 skips never fire, so the scans read every character."""

    def __contains__(self, item: object) -> bool:
        return True


QUOTE_TEXTS = [
    "",
    "No marks at all in this line.",
    "The minister said “we will build it” and left.",
    "She called it 'a farce' and the farmers' union agreed.\nHe said: \"Never again,\" and sat down.",
    "“Open and never closed\nA new paragraph ” stray close here » and › too.",
    "«Bonjour» said the guide, „Guten Tag“ the driver, ‹oui› the child.",
    "A \"straight “curly inside” quote\" ends here. ''Two marks'' and ``grave ones'' too.",
    "It's the '90s again, 'he said', and ‘she wrote’ ‚low‘ marks.",
    "The union’s chief said “the plan is dead,” the paper reported.\n\n“Second paragraph, open",
    "‘" + "x" * 700 + "’ an apostrophe read as a mark, then 'short' one.",
    "Paragraph one ends.\n“Unclosed\nNext line”, the diplomat said.",
]

_ALPHABET = "ab ,.\n:'\"“”‘’«»„‹›‚`-(s"


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 120))) for _ in range(n)]


def _paragraphs(text: str) -> list[Any]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(SimpleNamespace(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return out


def _quotes(text: str) -> tuple[list[tuple[int, int, bool, bool]], list[int]]:
    found, stray = qt.find_quotes(text, _paragraphs(text))
    return [(q.start, q.end, q.single, q.balanced) for q in found], stray


@pytest.mark.parametrize("text", QUOTE_TEXTS + _random_texts(300, 47))
def test_speed47_find_quotes_as_the_walk_over_every_character(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    new = _quotes(text)
    monkeypatch.setattr(qt, "_MARK_SET_47", _Every())
    assert new == _quotes(text)


def test_speed47_find_quotes_still_finds_quotes() -> None:
    text = "The mayor said “the bridge opens in May” and ‘soon’ after."
    found, _ = _quotes(text)
    assert [text[s:e] for s, e, _, _ in found] == ["“the bridge opens in May”", "‘soon’"]


def test_speed47_mark_set_holds_every_mark() -> None:
    marks = set(qt.DOUBLE_MARKS) | {c for v in qt.DOUBLE_MARKS.values() for c in v} | set(qt.SINGLE_MARKS) | {
        c for v in qt.SINGLE_MARKS.values() for c in v} | qt.STRAY_CLOSERS | set(qt.CURLY_INSIDE_STRAIGHT_71)
    assert {m[0] for m in marks} <= qt._MARK_SET_47
    assert all(qt._MARK_CHARS_47.fullmatch(c) for c in qt._MARK_SET_47)
    assert qt._MARK_CHARS_47.search("plain words, no marks") is None


@pytest.mark.parametrize("text", QUOTE_TEXTS + _random_texts(300, 4747))
def test_speed47_quoted_ranges_as_the_walk_over_every_character(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    new = t43.quoted_ranges(text)
    monkeypatch.setattr(t43, "_QUOTE_SET_47", _Every())
    assert new == t43.quoted_ranges(text)


def test_speed47_quoted_ranges_still_finds_quotes() -> None:
    text = "He called the plan ``a mess'' and “a waste” today.\nThe chair added:\nEverything is late."
    assert [text[s:e] for s, e in t43.quoted_ranges(text)] == ["a mess", "a waste", "Everything is late."]


def test_speed47_quote_set_and_pattern_agree() -> None:
    assert all(t43._QUOTE_CHARS_47.fullmatch(c) for c in t43._QUOTE_SET_47)
    assert len(t43._QUOTE_SET_47) == 7


def _old_quoted_works(text: str, mentions: list[Any]) -> list[Any]:
    titles: set[Any] = set()
    names = {text[m.start:m.end]: m.key for m in mentions if m.entry is None and m.agent is None and
             m.end - m.start > 3 and not text[m.start:m.end].isupper()}
    for name, key in names.items():
        for hit in re.finditer(rf"[{ac.OPEN_QUOTES_L44}]{re.escape(name)}[,.;:!?]?[{ac.CLOSE_QUOTES_L44}]", text):
            if ac.WORK_NEAR_L44.search(text, max(0, hit.start() - 60), hit.start()):
                titles.add(key)
                break
    return [m for m in mentions if m.key not in titles] if titles else mentions


WORK_TEXTS = [
    "The 1999 novel, “Harbour Lights,” sold well; Harbour Lights was filmed later.",
    "The novel Harbour Lights sold well, said Mara Kell.",
    "A film titled 'Quiet Fields' opened; «Quiet Fields» won.",
    "Mara Kell wrote a letter. \"Mara Kell\" is her pen name, she said.",
    "No works here: Mara Kell and Tomas Vey met in Oslo.",
]


def _mentions_of(text: str, names: list[str]) -> list[Any]:
    out = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            out.append(SimpleNamespace(start=m.start(), end=m.end(), key=(name, None, None), entry=None, agent=None))
    return sorted(out, key=lambda m: m.start)


@pytest.mark.parametrize("text", WORK_TEXTS)
def test_speed47_quoted_works_as_the_search_per_name(text: str) -> None:
    mentions = _mentions_of(text, ["Harbour Lights", "Quiet Fields", "Mara Kell", "Tomas Vey", "Oslo"])
    assert ac._quoted_works_l44(text, mentions) == _old_quoted_works(text, mentions)


def test_speed47_quoted_works_still_drops_a_title() -> None:
    text = WORK_TEXTS[0]
    mentions = _mentions_of(text, ["Harbour Lights"])
    assert mentions and ac._quoted_works_l44(text, mentions) == []


def _old_longest(index: Any, toks: list[Any], i: int) -> int:
    if i >= len(toks):
        return 0
    most = min(index.max_length.get(toks[i].text, 0), ac.MAX_PHRASE_TOKENS, len(toks) - i)
    if not most:
        return 0
    words = tuple(t.text for t in toks[i:i + most])
    for n in range(most, 0, -1):
        if words[:n] in index:
            return n
    return 0


def test_speed47_longest_as_the_min_first() -> None:
    rng = random.Random(47)
    vocab = ["the", "West", "Bank", "North", "Korea", "South", "of", "a", "b"]
    index: ac.PhraseIndex[int] = ac.PhraseIndex()
    for k in range(40):
        index[tuple(rng.choice(vocab) for _ in range(rng.randint(1, 10)))] = k
    for _ in range(200):
        toks = [SimpleNamespace(text=rng.choice(vocab)) for _ in range(rng.randint(0, 14))]
        for i in range(len(toks) + 2):
            assert index.longest(toks, i) == _old_longest(index, toks, i)


def test_speed47_title_word_pattern_as_the_search() -> None:
    windows = ["Deputy Prime Minister", "the prime minister", "vice president", "Vice-President", "President",
               "the foreign minister of", "Defence Secretary", "", "governor general", "ambassador"]
    for w in [*sp.TITLE_WORDS, *sp.BARE_TITLES]:
        for window in windows:
            old = re.search(rf"{sp.NOT_DEPUTY}\b{w}\b", window, re.I)
            new = sp._title_word_47(w).search(window)
            assert (old.span() if old else None) == (new.span() if new else None)
    assert sp._title_word_47("mayor") is sp._title_word_47("mayor")  # compiled once


def _vectorizer(vocabulary: dict[str, int], binary: bool = False) -> TfidfVectorizer:
    obj = TfidfVectorizer.__new__(TfidfVectorizer)
    tfidf = TfidfTransformer.__new__(TfidfTransformer)
    tfidf.__dict__.update(norm="l2", sublinear_tf=True, idf_=np.linspace(1.0, 2.0, len(vocabulary)))
    obj.__dict__.update(input="content", encoding="utf-8", decode_error="strict", lowercase=True,
                        strip_accents=None, token_pattern=r"(?u)\b\w\w+\b", stop_words=None, ngram_range=(1, 2),
                        vocabulary_=vocabulary, dtype=np.float64, binary=binary, _tfidf=tfidf)
    return obj


def _old_counts(vec: TfidfVectorizer, docs: list[str]) -> tuple[list[int], list[int], list[int]]:
    analyze = vec.build_analyzer()
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        counts: dict[int, int] = {}
        for term in analyze(doc):
            index = vec.vocabulary_.get(term)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        indices.extend(counts)
        values.extend(counts.values())
        indptr.append(len(indices))
    return indices, values, indptr


@pytest.mark.parametrize("binary", [False, True])
def test_speed47_tfidf_transform_as_the_counting_loop(binary: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = {w: k for k, w in enumerate(["ferry", "harbour", "the ferry", "dawn", "cars", "rain", "rain rain", "at"])}
    docs = ["", "The ferry left the harbour at dawn with forty cars.", "Rain rain rain, and the ferry waited.",
            "nothing known here", "cars cars cars at dawn at dawn"]
    vec = _vectorizer(vocab, binary)
    seen: list[Any] = []
    monkeypatch.setattr(vec._tfidf, "transform", lambda x, copy=True: seen.append(x.copy()) or x)
    vec.transform(docs)
    indices, values, indptr = _old_counts(vec, docs)
    from scipy import sparse
    old = sparse.csr_matrix((np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int32),
                             np.asarray(indptr, dtype=np.int32)), shape=(len(docs), len(vocab)), dtype=np.float64)
    old.sort_indices()
    if binary:
        old.data.fill(1)
    new = seen[0]
    assert (new.indptr == old.indptr).all() and (new.indices == old.indices).all() and (new.data == old.data).all()
