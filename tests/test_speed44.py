"""speed44 (issues 16/17 budget, round 43): the same output, fewer regular-expression compiles and scans.

- ``_type_source`` matches each label's keywords with one precompiled alternation (``_keyword_patterns_44``) instead
  of compiling one pattern per word and phrase.
- ``_ptc_ner_junk``, ``_outlets_typed_persons``, ``_named_as_body`` and ``journalist_apposition_42`` compile a
  pattern per name only when the text holds what must follow (or precede) the name.
- ``_us_widget_or_title`` reads the widgets and titles once per text (``_widget_or_title_spans_44``).
- events: ``_sentence_actor`` and ``_platforms`` read a token's actor before the parse tests; ``_clause_words``
  takes the three words before the verb by a slice.

Each test compares the new reading with the old one (written out here, or the guard forced open). Every sentence
here was written for these tests.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from spinscope.components import actors as ac
from spinscope.components import events as ev
from spinscope.components.attribution import sources42 as s42
from spinscope.components.attribution import speakers as sp
from spinscope.components.attribution.rules import SOURCE_TYPE_KEYWORDS
from spinscope.components.attribution.sources import _keyword_patterns_44
from tests.event_predictions import predicted

PHRASES = [
    "the reporters at the paper", "a senior mp", "the mp3 player", "the attorney's office in town",
    "a communiqué from the summit", "the tasnim agency", "the state's environmental protection agency",
    "a think tank", "the think-tank", "the prime minister", "minister-designate", "the white house press office",
    "a local resident", "the town manager", "the managers", "polls", "a poll", "the council's head of", "tv",
    "the leadership", "a presidential aide", "the authorities", "authority",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_speed44_keyword_alternation_matches_where_one_word_does(phrase: str) -> None:
    lower = f" {phrase} "
    for (label, words), (label2, pattern) in zip(SOURCE_TYPE_KEYWORDS, _keyword_patterns_44(SOURCE_TYPE_KEYWORDS),
                                                 strict=True):
        assert label == label2
        old = any(re.search(rf"\b{re.escape(w)}\b", lower) for w in words if w != "agency")
        assert (pattern is not None and pattern.search(lower) is not None) == old, (label, phrase)


def test_speed44_keyword_label_without_words_has_no_pattern() -> None:
    assert _keyword_patterns_44((("media", ("agency",)), ("report", ("memo",)))) == (
        ("media", None), ("report", re.compile(r"\b(?:memo)\b")))


TEXTS = [
    "The Vega Horizon spacecraft passed the dwarf planet. Vega Horizon sent photos.",
    "Astronomers counted icy bodies (IBs) near the edge; IBs are small.",
    "Marta Ruiz said the plan was fine. The group Open Fields said nothing.",
    "The lobby group Clear Air criticised Clear Air's rivals. Nobody else spoke.",
    "Oskar Lind, a staff reporter for The Daily Lantern, wrote that Lind was sure.",
    "Take our poll on the tax. Terms of Use. In his book The Rise and Fall of Tin Kings he wrote of Tin Kings.",
    "Nothing here names a craft, a body or a poll at all.",
]


def _mentions(text: str) -> list[Any]:
    out = []
    for m in re.finditer(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*", text):
        for kind in ("organization", "person", "group"):
            out.append(ac.Mention(m.start(), m.end(), (m.group(), None, None), "name", None, None, kind))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_speed44_ner_junk_same_with_the_craft_guard_forced_open(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    mentions = _mentions(text)
    guarded = [ac._ptc_ner_junk(text, m) for m in mentions]
    monkeypatch.setattr(ac, "_craft_word_in_44", lambda t: True)
    assert [ac._ptc_ner_junk(text, m) for m in mentions] == guarded


def test_speed44_craft_and_initials_still_found() -> None:
    text = TEXTS[0]
    craft = next(m for m in _mentions(text) if text[m.start:m.end] == "The Vega Horizon" or
                 text[m.start:m.end] == "Vega Horizon")
    assert ac._ptc_ner_junk(text, craft)
    text = TEXTS[1]
    start = text.index("IBs) near")
    assert ac._ptc_ner_junk(text, ac.Mention(start, start + 2, ("IB", None, None), "name", None, None, "group"))


@pytest.mark.parametrize("text", TEXTS)
def test_speed44_outlets_typed_same_with_the_guard_forced_open(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def typed() -> list[str | None]:
        ner = [m for m in _mentions(text) if m.ner_type == "person"]
        ac._outlets_typed_persons(text, ner)
        return [m.ner_type for m in ner]

    guarded = typed()
    monkeypatch.setattr(ac, "_outlet_staff_in_44", lambda t: True)
    assert typed() == guarded


def _old_widget_or_title(text: str, m: Any) -> bool:
    """``_us_widget_or_title`` as it read before speed44."""
    if any(w.start() <= m.start and m.end <= w.end() for w in ac.POLL_WIDGET.finditer(text)):
        return True
    for t in ac.BOOK_TITLE.finditer(text):
        title = t.group(1)
        if len(title.split()) >= 3 and any(o.start() <= m.start and m.end <= o.end()
                                           for o in re.finditer(re.escape(title), text)):
            return True
    return False


@pytest.mark.parametrize("text", TEXTS)
def test_speed44_widget_or_title_as_before(text: str) -> None:
    mentions = _mentions(text)
    assert [ac._us_widget_or_title(text, m) for m in mentions] == [_old_widget_or_title(text, m) for m in mentions]


def test_speed44_widget_and_title_found() -> None:
    text = TEXTS[5]
    start = text.index("Tin Kings he")
    assert ac._us_widget_or_title(text, ac.Mention(start, start + 9, ("Tin Kings", None, None), "name"))
    start = text.index("Tin Kings.")
    assert not ac._us_widget_or_title(text, ac.Mention(start, start + 9, ("Tin Kings", None, None), "name"))


@pytest.mark.parametrize("text", TEXTS)
def test_speed44_named_as_body_same_with_the_guard_forced_open(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    names = sorted({text[m.start:m.end] for m in _mentions(text)})
    guarded = [sp._named_as_body(text, n) for n in names]
    monkeypatch.setattr(sp, "_body_noun_in_44", lambda t: True)
    assert [sp._named_as_body(text, n) for n in names] == guarded
    if text is TEXTS[3]:
        assert sp._named_as_body(text, "Clear Air")


@pytest.mark.parametrize("text", TEXTS)
def test_speed44_journalist_tail_matches_where_a_name_pattern_does(text: str) -> None:
    for name in {text[m.start:m.end] for m in _mentions(text)}:
        full = re.search(rf"{re.escape(name)},\s+(?:the\s+|an?\s+)?{s42.JOURNALIST_ROLE_42}\s+(?:of|at|for|with)"
                         r"\s+(?P<outlet>(?:the\s+|The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})", text)
        if full is not None:
            assert s42.JOURNALIST_TAIL_44.search(text) is not None
    assert (s42.JOURNALIST_TAIL_44.search(TEXTS[4]) is not None) and s42.JOURNALIST_TAIL_44.search(TEXTS[6]) is None


def _old_platforms(ctx: Any, tok: Any, offset: int) -> set[int | None]:
    """``_platforms`` as it read before speed44."""
    return {a for t in tok.sent if ((t.lower_ in ev.PLATFORMS and t.head.lower_ == "on") or ev._told_outlet(t)
                                    or ev._told_media(ctx, t, offset))
            and (a := ev._tok_actor(ctx, t, offset)) is not None}


EVENT_SENTENCES = [
    "Denmark accused Estonia on Twitter of shelling the port, the ministry said.",
    "Latvia told Reuters that Lithuania had blocked the convoy near the Polish border.",
    "In an interview with CNN, the Slovak premier condemned the Czech decision.",
    "Rebels attacked a convoy in Sudan, and the army blamed Chad.",
    "The envoy praised Kenya's ruling and called for talks with Uganda.",
]


@pytest.mark.parametrize("text", EVENT_SENTENCES)
def test_speed44_events_same_with_the_old_platforms(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    new = predicted(text)
    monkeypatch.setattr(ev, "_platforms", _old_platforms)
    assert predicted(text) == new


def test_speed44_three_words_before_the_verb_by_a_slice() -> None:
    """``_clause_words``'s words before the verb: the slice holds the tokens the old walk over the sentence kept."""
    from spinscope.components.core import load_spacy

    doc = load_spacy()("Talks stalled. Norway then quietly sent the aid to Ghana, and Chad objected.")
    for verb in doc:
        old = [t.i for t in verb.sent if t.i < verb.i and t.i >= verb.i - 3]
        assert [t.i for t in verb.doc[max(verb.sent.start, verb.i - 3):verb.i]] == old
