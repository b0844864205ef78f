"""speed43 (issues 16/17 budget): cheap guards that leave the output unchanged.

- The events rules of rounds 35-63 that read a sentence token by token and go past a token only when its lemma (or
  word) is in a set now return at once when the sentence has no such lemma (``_lemmas_43``, ``_lowers_43``, read
  once per sentence). These tests run the event prediction with the guards and with the guards made to pass every
  sentence (a set that meets every other set), and ask for the same events.
- :func:`~spinscope.components.attribution.speakers.document_titles` runs each name's three searches only when the
  text has their head (a work noun, a work noun and a comma, "chapter ... of").
- :func:`~spinscope.ingest.clean.blank_removed` reads a line with no inline furniture by a range.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from spinscope.components import events as ev
from tests.event_predictions import predicted

SENTENCES = [
    # rules that fire (a guarded word in the sentence) ...
    "Belgium took Norway to the world court over the fishing dispute.",
    "The massing of Serbian troops near Croatia's border alarmed the region.",
    "Chilean agents were behind the bombings in Lima, the minister said.",
    "Peru halted its raids on Bolivian villages last week.",
    "Sweden has spent $2 billion in aid to Kenya since 2019.",
    "The tribunal issued a warrant for the arrest of the Danish envoy.",
    "Norway sent $40 million to Ghana after the floods.",
    "The senator said Finland had to stop the shipments.",
    "A court in Oslo ordered the release of the Polish sailors.",
    "Hungary's probe into Austria's banks was shut down.",
    "Iceland hosted talks with Ireland on Tuesday.",
    "The president pardoned the Spanish smugglers on Friday.",
    "Talks collapsed after Morocco told Algeria to withdraw its troops.",
    "Greek protesters blocked the highway in protest against the Turkish decision.",
    "Portugal faces charges of smuggling brought by Spain.",
    "Egypt condemned the Libyan attack on its embassy.",
    # ... and sentences that no guarded rule reads
    "According to the ministry, grain exports fell by 12 percent in the last quarter.",
    "The decision by the Kremlin on energy prices is a reckless gamble, and everyone knows it.",
    "It rained in the capital on Monday.",
]


class _Everything(frozenset):  # type: ignore[type-arg]
    """A set that meets every set and holds every word: no guard returns early with it."""

    def isdisjoint(self, other: Any) -> bool:
        return False

    def __contains__(self, item: object) -> bool:
        return True


@pytest.mark.parametrize("text", SENTENCES)
def test_speed43_guarded_rules_give_what_the_unguarded_give(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = predicted(text)
    everything = _Everything()
    monkeypatch.setattr(ev, "_lemmas_43", lambda sent: everything)
    monkeypatch.setattr(ev, "_lowers_43", lambda sent: everything)
    assert predicted(text) == guarded


def test_speed43_words_are_read_once_per_sentence_and_per_span_object() -> None:
    from spinscope.components.core import load_spacy

    doc = load_spacy()("Warships were massing near the coast. Talks began.")
    first, second = list(doc.sents)
    seen, lemmas, words = ev._words_43(first)
    assert seen is first
    assert lemmas == frozenset(t.lemma_.lower() for t in first) and "mass" in lemmas
    assert words == frozenset(t.lower_ for t in first) and "massing" in words
    assert ev._words_43(first)[1] is lemmas  # the same span object: the kept sets
    assert ev._lemmas_43(second) == frozenset(t.lemma_.lower() for t in second)
    assert ev._lowers_43(first) == words  # another object: read again


@pytest.fixture(scope="module")
def parse() -> Any:
    from spinscope.components.core import Segmenter
    from spinscope.document import ArticleInput, Document

    segmenter = Segmenter()

    def run(text: str) -> Any:
        return segmenter(Document(text=text, meta=ArticleInput(text=text), language="en"))

    return run


TITLE_TEXTS = [
    "Her new novel, Clara Weston, sold well. Peter Hall said the book Margaret Dunne was dull.",
    "In chapter 3 of Lucy Barnes the author turns to Paris. Tom Reed said so on Monday.",
    "Tom Reed met Anna Holm in Oslo on Monday, the ministry said.",
    "The song Jenny Marlowe was a hit, said Mark Olsen.",
]


@pytest.mark.parametrize("text", TITLE_TEXTS)
def test_speed43_document_titles_with_and_without_the_heads(text: str, parse: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from spinscope.components.attribution import speakers

    guarded = speakers.document_titles(parse(text))
    anything = re.compile("")  # (a head every text has: all three searches run, as before)
    for name in ("_WORK_HEAD_43", "_WORK_COMMA_HEAD_43", "_CHAPTER_HEAD_43"):
        monkeypatch.setattr(speakers, name, anything)
    assert speakers.document_titles(parse(text)) == guarded


def test_speed43_document_titles_still_finds_a_work() -> None:
    from spinscope.components.attribution import speakers

    text = "The novel Clara Weston is long."
    assert speakers._WORK_HEAD_43.search(text)
    assert not speakers._WORK_HEAD_43.search("Clara Weston is long.")
    assert speakers._CHAPTER_HEAD_43.search("chapter 3 of Lucy Barnes")


def _blank_removed_before(text: str, lines: list[str], kept: list[int], cut: str) -> list[int]:
    """The kept characters' offsets as :func:`blank_removed` read them before speed43 (every line by the slow test)."""
    import itertools

    from spinscope.ingest.clean import FORM_FINE_PRINT_RUN, INLINE_FURNITURE

    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    places = []
    for i in kept:
        line = lines[i]
        fine_print = FORM_FINE_PRINT_RUN.match(line)
        skip = fine_print.end() if fine_print else 0
        inside = [(0, skip)] + [(s + skip, e + skip) for s, e in (m.span() for m in INLINE_FURNITURE.finditer(
            line[skip:]))]
        places += [starts[i] + j for j, ch in enumerate(line)
                   if not ch.isspace() and not any(s <= j < e for s, e in inside)]
    return places


@pytest.mark.parametrize("text", [
    "Markets fell on Monday.\n\nThe central bank said rates would stay.\n",
    "Markets fell on Monday. (READ MORE: Rates stay as they were) Traders sold.\nShare this article\nBanks rose.",
    "  Leading spaces here.\n\tA tab line.\n\n\nThe end.",
])
def test_speed43_blank_removed_keeps_every_offset(text: str) -> None:
    from spinscope.ingest import clean

    blanked, _removed = clean.strip_chrome(text, keep_offsets=True)
    assert len(blanked) == len(text)
    lines = text.split("\n")
    kept = [i for i in range(len(lines))]
    cut = "\n".join(clean.INLINE_FURNITURE.sub("", line) for line in lines)
    places = _blank_removed_before(text, lines, kept, cut)
    assert [k for k, ch in enumerate(clean.blank_removed(text, lines, kept, cut)) if not ch.isspace()] == places
