"""speed48 (issues 16/17 budget, round 47): the same output, less regex work per sentence and per name.

- ``claims.opinion_cues`` reads a sentence of ASCII and caseless punctuation (``_CASELESS_48``) lowercased, with its
  cue patterns compiled without ``re.IGNORECASE`` (``_cue_patterns_48``).
- ``speakers.document_titles`` runs a name's three searches only where the name's first word may follow a head
  (``_may_follow_48``).

Each test compares the new reading with the old one (the fast path forced off: ``_CASELESS_48`` replaced by a
pattern that matches nothing, ``_may_follow_48`` by a function that always says yes), on sentences written for these
tests and on random texts of cue words, heads, names, quotation marks and letters that fold under ``re.I``.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace
from typing import Any

import pytest

from spinscope.components import claims
from spinscope.components.attribution import speakers as sp

_NEVER = re.compile(r"(?!)")

#: Characters that fold under re.I with others (dotless i, long s, Kelvin sign, dotted capital I) or carry case.
_FOLDING = ["\u0131", "\u017f", "\u212a", "\u0130", "\u00e9", "\u00c9", "\u00df", "\u1e9e"]

CUE_SENTENCES = [
    "",
    "The council approved the budget on Tuesday.",
    "Frankly, this is the most absurd plan I have seen.",
    "The plan is a disaster, and what a fiasco it was!",
    "They called the offer an insult to every worker.",
    "Critics said the minister is utterly incompetent and far too timid.",
    "It is hard to see how this could work.",
    "He knows nothing about farming, another promise, another failure.",
    "The so-called reform is a “historic” betrayal of the voters.",
    "I don\u2019t think the board is being honest \u2014 it\u2019s a joke\u2026",
    "Will the mayor resign? She should.",
    "If he wins, the alliance is finished.",
    "This is the best chance in a generation, said the chairman.",
    "THE PLAN IS A DISASTER AND UTTERLY DISGRACEFUL.",
    "The \u017fcheme is a di\u017fa\u017fter, the minister is \u212anown as a liar.",
    "\u0130t is truly pathetic, the caf\u00e9 owner said.",
    "Prices rose 3 percent in \u00abMarch\u00bb \u00b7 \u00a7 4 \u00a9 2020 \u2022 note.",
]


def _old_cues(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    with monkeypatch.context() as m:
        m.setattr(claims, "_CASELESS_48", _NEVER)
        return claims.opinion_cues(text)


def _cue_words() -> list[str]:
    """Words and phrases of every kind's pattern (the cue file's lists), for random sentences."""
    words: list[str] = []
    for pattern in claims._cue_patterns().values():
        words.extend(w.replace("\\", "") for w in re.findall(r"[a-z][a-z' \\-]{2,30}", pattern.pattern)[:60])
    return words


def _random_case(rng: random.Random, text: str) -> str:
    return "".join(c.upper() if rng.random() < 0.3 else c for c in text)


def test_every_cue_pattern_has_a_lowercase_twin() -> None:
    fast = claims._cue_patterns_48()
    assert set(fast) == set(claims._cue_patterns())
    assert all(p is not None and not p.flags & re.IGNORECASE for p in fast.values())


def test_caseless_characters_match_only_their_lowercase_under_ignorecase() -> None:
    """The premise of both rewrites: two characters of _CASELESS_48 match under re.I iff their lowercase forms are
    equal, and each lowercases to one character of the set."""
    chars = [chr(c) for c in range(128)] + list("\u2018\u2019\u201c\u201d\u201e\u2013\u2014\u2026\u2022"
                                                 "\xa0\xab\xbb\xb7\xa7\xa9")
    for pattern in (claims._CASELESS_48, sp._CASELESS_48):
        assert all(pattern.fullmatch(c) for c in chars)
        assert not any(pattern.fullmatch(c) for c in _FOLDING)
    for c in chars:
        assert len(c.lower()) == 1 and claims._CASELESS_48.fullmatch(c.lower())
        for e in chars:
            assert bool(re.fullmatch(re.escape(e), c, re.I)) == (e.lower() == c.lower()), (e, c)


@pytest.mark.parametrize("text", CUE_SENTENCES)
def test_opinion_cues_as_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert claims.opinion_cues(text) == _old_cues(text, monkeypatch)


def test_opinion_cues_still_find_cues() -> None:
    cues = claims.opinion_cues("Frankly, the plan is a disaster and utterly disgraceful.")
    kinds = {kind for kind, _ in cues}
    assert {"stance", "evaluation"} <= kinds
    assert claims.opinion_cues("THE PLAN IS UTTERLY DISGRACEFUL.") == claims.opinion_cues(
        "the plan is utterly disgraceful.")


def test_opinion_cues_random(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(48)
    words = _cue_words()
    filler = ["the", "plan", "is", "a", "we", "I", "they", "so", "not", "very", "What", "he", "was", ",", ".", "!",
              "?", "\u201c", "\u201d", "\u2019s", "'", "\u2014", "-", "  ", "\n", *_FOLDING]
    found = 0
    for _ in range(400):
        parts = [rng.choice(words) if rng.random() < 0.4 else rng.choice(filler) for _ in range(rng.randint(1, 14))]
        text = _random_case(rng, " ".join(parts))
        new = claims.opinion_cues(text)
        assert new == _old_cues(text, monkeypatch), text
        found += bool(new)
    assert found > 100


# ------------------------------------------------------------------------------------------ document_titles


def _doc(text: str, names: list[str]) -> Any:
    ents = [SimpleNamespace(text=n, label_="PERSON") for n in names]
    return SimpleNamespace(text=text, cache={}, parsed=[SimpleNamespace(doc=SimpleNamespace(ents=ents))])


def _titles(text: str, names: list[str], monkeypatch: pytest.MonkeyPatch, old: bool) -> frozenset[str]:
    with monkeypatch.context() as m:
        if old:
            m.setattr(sp, "_may_follow_48", lambda *a: True)
        return sp.document_titles(_doc(text, names))


TITLE_CASES = [
    ("The cardinal quoted the encyclical Lumen Novum twice. Anna Berg agreed.", ["Lumen Novum", "Anna Berg"],
     {"lumen novum"}),
    ("In his book, \u201cSilent Harbour,\u201d the author wrote. Tom Reed said so.", ["Silent Harbour", "Tom Reed"],
     {"silent harbour"}),
    ("As chapter 8 of Amoris Nova says, Pia Holm spoke.", ["Amoris Nova", "Pia Holm"], {"amoris nova"}),
    ("In his book, John Smith argues for reform.", ["John Smith"], set()),
    ("The NOVEL   'Grey Tide' was banned; grey tide readers met.", ["Grey Tide"], {"grey tide"}),
    ("A documentary \u212aarl Vos made; Karl Vos spoke.", ["Karl Vos"], {"karl vos"}),
    ("the film \u0130van Gorn shows; Ivan Gorn", ["Ivan Gorn", "\u0130van Gorn"], None),
    ("section part of of Mara Lind, as Mara Lind said", ["Mara Lind"], {"mara lind"}),
    ("his memoir, Jos\u00e9 Cruz, came out; Jos\u00e9 Cruz wrote it", ["Jos\u00e9 Cruz"], {"jos\u00e9 cruz"}),
    ("No work is named here at all, Eva Lund said.", ["Eva Lund"], set()),
]


@pytest.mark.parametrize(("text", "names", "expected"), TITLE_CASES)
def test_document_titles_as_before(text: str, names: list[str], expected: set[str] | None,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    new = _titles(text, names, monkeypatch, old=False)
    assert new == _titles(text, names, monkeypatch, old=True)
    if expected is not None:
        assert new == expected


def test_document_titles_random(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4848)
    heads = ["the book", "his encyclical,", "an album", "chapter 3 of", "parts 2.1 of", "section part of of",
             "the poem", "Film,", "the novel\u00a0", "memoir ,"]
    given = ["Anna", "Karl", "Ivan", "Sven", "Iris", "Ola", "O\u2019Neil", "Jos\u00e9", "\u0130ris", "\u212aarl"]
    family = ["Berg", "Vos", "Lind", "Kiss", "Sk\u00e5r", "Holm"]
    marks = ["", "", "\u201c", "\"", "'", "\u2018", "\u201d", ",", ".", ";", ")", " "]
    hits = 0
    for _ in range(300):
        names = sorted({f"{rng.choice(given)} {rng.choice(family)}" if rng.random() < 0.7 else rng.choice(family)
                        for _ in range(rng.randint(1, 4))})
        parts = []
        for _ in range(rng.randint(1, 6)):
            name = rng.choice(names)
            if rng.random() < 0.3:
                name = _random_case(rng, name.lower())
            parts.append(f"{rng.choice(heads) if rng.random() < 0.7 else 'the man'}{rng.choice([' ', '  ', chr(10)])}"
                         f"{rng.choice(marks)}{name}{rng.choice(marks)} {rng.choice(['said', 'x', ',', ''])}")
        text = " ".join(parts)
        new = _titles(text, names, monkeypatch, old=False)
        assert new == _titles(text, names, monkeypatch, old=True), (text, names)
        hits += bool(new)
    assert hits > 50


def test_may_follow_is_conservative_off_the_caseless_set() -> None:
    assert sp._may_follow_48("the book \u0130van", [9], "Ivan")
    assert sp._may_follow_48("the book Ivan", [9], "\u0130van")
    assert sp._may_follow_48("the book \u201civan", [9], "Ivan")
    assert not sp._may_follow_48("the book Oskar", [9], "Ivan")
