"""Russian NLP for the Russian components: razdel segmentation, natasha (slovnet) NER, morphology and syntax,
pymorphy3 lemmas, all loaded on the first Russian text only.

Measured before adoption (docs/EVALUATION.md, "Russian"): the natasha models load in about 2.5 s and
pymorphy3 in 0.25 s; on 10,600 characters of news (1,750 tokens) razdel takes 0.05 s, NER 0.45 s, the
morphology tagger 1.1 s and the syntax parser 2.5 s, against 1.3 s for spaCy's en_core_web_sm on as much English.
The syntax parser is what makes a Russian article dear, so morphology and syntax run only on the sentences
a Russian layer reads (those with a reporting cue, an event verb or a quotation mark); NER and lemmas cover all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

#: Tokens of a sentence beyond this are not read (a "sentence" of thousands of words is not prose; the syntax
#: parser's cost grows with the sentence).
MAX_SENTENCE_TOKENS = 250


@dataclass
class RuToken:
    """One token: character offsets into the article text, its pymorphy3 lemma and, in parsed sentences,
    natasha's part of speech, features, head (index in the sentence, -1 for the root) and relation."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str | None = None
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1
    rel: str | None = None


@dataclass
class RuSentence:
    start: int
    end: int
    tokens: list[RuToken]
    parsed: bool = False

    def children(self, i: int) -> list[int]:
        return [j for j, t in enumerate(self.tokens) if t.head == i]

    def subtree(self, i: int) -> tuple[int, int]:
        """Token index range [first, last] of the subtree under token i."""
        lo = hi = i
        stack = [i]
        seen = {i}
        while stack:
            k = stack.pop()
            for j in self.children(k):
                if j not in seen:
                    seen.add(j)
                    stack.append(j)
                    lo, hi = min(lo, j), max(hi, j)
        return lo, hi


@dataclass
class RuEntity:
    start: int
    end: int
    type: str  # PER, LOC, ORG


@dataclass
class RuParse:
    """The Russian parse of one article."""

    sentences: list[RuSentence] = field(default_factory=list)
    entities: list[RuEntity] = field(default_factory=list)

    def tokens_in(self, start: int, end: int) -> list[RuToken]:
        """The tokens inside ``[start, end)``, found by bisection (the layers ask once per finding)."""
        starts = [s.start for s in self.sentences]
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = bisect.bisect_left(starts, end)
        return [t for s in self.sentences[first:last] for t in s.tokens if t.start >= start and t.end <= end]


class SpanIndex:
    """Ranges ``(start, end, value)`` sorted by start, answering "which overlap or lie inside [start, end)" by
    bisection, so that the layers stay linear in the article's length."""

    def __init__(self, items: Iterable[tuple[int, int, int]]) -> None:
        self.items = sorted(items)
        self.starts = [it[0] for it in self.items]
        self.longest = max((e - s for s, e, _ in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, int]]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [it for it in self.items[lo:hi] if it[0] < end and start < it[1]]

    def inside(self, start: int, end: int) -> list[tuple[int, int, int]]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [it for it in self.items[lo:hi] if it[1] <= end]


@lru_cache(maxsize=1)
def models() -> dict[str, Any]:
    """natasha's segmenter, NER tagger, morphology tagger and syntax parser, and pymorphy3, loaded once."""
    import pymorphy3
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    return {"segmenter": Segmenter(), "ner": NewsNERTagger(emb), "morph": NewsMorphTagger(emb),
            "syntax": NewsSyntaxParser(emb), "pymorphy": pymorphy3.MorphAnalyzer()}


def models_id() -> str:
    from importlib.metadata import version

    return f"natasha-{version('natasha')}+pymorphy3-{version('pymorphy3')}"


def _yo(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


#: pymorphy3 tags of proper names, preferred for a capitalised word ("Песков" the surname, not "песок").
NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """pymorphy3's normal form of ``word``, lowercase, with ё written е; for a capitalised word, the normal
    form of its reading as a proper name when it has one."""
    lower = _yo(word.lower())
    if not re.search(r"[а-я]", lower):
        return lower
    parses = models()["pymorphy"].parse(lower)
    chosen = parses[0]
    if word[:1].isupper():
        chosen = next((p for p in parses if any(tag in p.tag for tag in NAME_TAGS)), chosen)
    return _yo(chosen.normal_form)


def lemma_key(text: str) -> tuple[str, ...]:
    """The lemmas of the words of ``text``: the key a name is looked up by in any of its case forms."""
    return tuple(lemma(w) for w in re.findall(r"\w+(?:-\w+)*", text))


@lru_cache(maxsize=20_000)
def nominative(word: str, *, plural: bool = False) -> str:
    """``word`` inflected to the nominative (its own gender kept: "Захаровой" -> "Захарова"), capitalised as given."""
    if not re.search(r"[а-яА-Я]", word):
        return word
    morph = models()["pymorphy"]
    best = None
    for p in morph.parse(word.lower()):
        if p.tag.POS in ("NOUN", "ADJF") and ("Name" in p.tag or "Surn" in p.tag or "Geox" in p.tag
                                             or "Orgn" in p.tag):
            best = p
            break
    best = best or morph.parse(word.lower())[0]
    form = best.inflect({"nomn", "plur" if plural else "sing"}) or best.inflect({"nomn"})
    out = form.word if form is not None else word.lower()
    if word[:1].isupper():
        out = out[:1].upper() + out[1:]
    if sum(ch.isupper() for ch in word) > 1:
        out = word  # an acronym, upper case or mixed ("ТАСС", "БелТА"), is written as given
    return out


def paragraph_sentences(text: str, start: int, end: int) -> Iterable[tuple[int, int, list[tuple[int, int]]]]:
    """razdel sentences of ``text[start:end]`` with their tokens, as offsets into ``text``."""
    from razdel import sentenize, tokenize

    chunk = text[start:end]
    for sent in sentenize(chunk):
        s, e = start + sent.start, start + sent.stop
        tokens = [(s + t.start, s + t.stop) for t in tokenize(text[s:e])]
        if tokens:
            yield s, e, tokens


#: pymorphy3's analysers that read a word from its dictionary (or a known prefix and a dictionary word).
DICTIONARY_ANALYSERS = frozenset({"DictionaryAnalyzer", "KnownPrefixAnalyzer"})


def common_noun(word: str) -> bool:
    """Whether one word is a common noun of the dictionary in all its readings, never a name ("Эксперт",
    "Экс-разведчик"; not "Риттер", a surname, nor "Навальный", an adjective's form, nor an unknown word)."""
    if not word or " " in word.strip():
        return False
    parses = models()["pymorphy"].parse(word.strip().lower())
    # readings from the dictionary (a guess by the word's ending, "Экс-дипломат" as a name, is no reading)
    read = [p for p in parses if all(type(step[0]).__name__ in DICTIONARY_ANALYSERS for step in p.methods_stack)]
    return bool(read) and read[0] is parses[0] and all(
        p.tag.POS == "NOUN" and not any(tag in p.tag for tag in NAME_TAGS) for p in read)


def parse(text: str, paragraphs: Sequence[tuple[int, int]], *, wanted: frozenset[str]) -> RuParse:
    """Sentences, tokens with lemmas and NER of the paragraphs; morphology and syntax for the sentences with a
    lemma in ``wanted`` or a quotation mark."""
    from ...result import TextRange
    from ..core import parse_pieces

    m = models()
    result = RuParse()
    for p_start, p_end in paragraphs:
        # pieces of at most MAX_PARSE_CHARS, as the English segmenter cuts them, so that a one-line megabyte
        # neither makes one huge sentence nor one huge NER input
        for start, piece in parse_pieces(text, TextRange(start=p_start, end=p_end)):
            end = start + len(piece)
            for s, e, toks in paragraph_sentences(text, start, end):
                tokens = [RuToken(a, b, text[a:b], lemma(text[a:b])) for a, b in toks[:MAX_SENTENCE_TOKENS]]
                result.sentences.append(RuSentence(s, tokens[-1].end if len(toks) > MAX_SENTENCE_TOKENS else e,
                                                   tokens))
            for span in m["ner"](piece).spans:
                if span.type == "PER" and common_noun(text[start + span.start:start + span.stop]) and \
                        re.search(r"(?:^|[.!?…»]\s*)$", text[p_start:start + span.start].rstrip()[-3:] or ""):
                    continue  # "Экс-разведчик подчеркнул ...": an occupation capitalised to open a sentence
                result.entities.append(RuEntity(start + span.start, start + span.stop, span.type))
    chosen = [sent for sent in result.sentences
              if any(t.lemma in wanted or t.text in "«»\"“”„" for t in sent.tokens)]
    if chosen:
        # the taggers read "ё" as "е", as most of their training text writes it: "передаёт" is otherwise a noun
        # to them, and "сообщает" is a verb (same length, so no offset moves)
        words = [[t.text.replace("ё", "е").replace("Ё", "Е") for t in sent.tokens] for sent in chosen]
        for sent, markup in zip(chosen, m["morph"].map(words), strict=True):
            for tok, mt in zip(sent.tokens, markup.tokens, strict=True):
                tok.pos, tok.feats = mt.pos, dict(mt.feats)
        for sent, markup in zip(chosen, m["syntax"].map(words), strict=True):
            for tok, st in zip(sent.tokens, markup.tokens, strict=True):
                tok.head, tok.rel = int(st.head_id) - 1, st.rel
            sent.parsed = True
    return result
