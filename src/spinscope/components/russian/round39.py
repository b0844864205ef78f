"""Round 39 (issue 19): Russian shapes from the lead's reading of four long articles (tests/test_ru39.py), one pass
over the typed attributions of :func:`attributions.to_attributions` (after round 37's pass):

- a cue with no speaker right after a named person's phrase ("новоизбранная президент X Имя Фамилия совершенно
  серьёзно заявила, что ..."): the phrase (nominative and genitive nouns, adjectives and names up to the cue,
  adverbs skipped) is the speaker;
- "«...», — сообщает о нем <Outlet>": the capitalised words after "о нем" / "о ней" / "о них" are the speaker;
- a participle cue hanging on a noun ("высокий генерал, полагавший, что ..."): the noun (with its adjectives)
  that agrees with the participle is the speaker;
- quoted phrases as speaker ("«A», «B» — в таком стиле пишут ..."): never the content; no speaker (anonymous);
- "<Country>, как заявил премьер <Name>, ...": the speaker without a country gets the country the sentence opens
  with;
- a gerund cue with "о том, что" ("..., заявив каналу «Y» о том, что ..."): the reported clause, its speaker the
  last person or body named in the nominative before the gerund in the sentence;
- colloquial closing cues ("— выдал / бросил / отрезал / парировал <speaker>"), after a quotation or inside one
  that goes on after a second dash (each part an attribution, as for "сказал");
- "Это сказал <speaker>" after a sentence with a quoted phrase: the phrase is the content;
- "..., <Name> утверждает, что ...": a cue of a second clause after a comma, its speaker the name right before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import type_source
from .lexicon import CUE_VERBS
from .nlp import RuParse, RuToken, SpanIndex, lemma

_Typed39 = tuple[str, str | None, bool, bool, str | None]

EVIDENCE39 = "attributions_ru.v1:round39"
SCORE39 = 0.7
#: Cases of the words of a speaker's phrase before its cue ("президент Грузии": nominative and genitive).
PHRASE_CASES39 = frozenset({"Nom", "Gen"})
#: Pronouns after "о"/"об" between a cue and its speaker ("сообщает о нем X").
ABOUT39 = re.compile(r"\s+об?\s+(?:н[её]м|ней|них|этом)\s+")
#: A name of capitalised words (an outlet's: "Straits Herald", "Би-би-си").
CAPITALISED39 = re.compile(r"(?:[A-ZА-ЯЁ][\w'’&.-]*)(?:\s+(?:[A-ZА-ЯЁ][\w'’&.-]*|of|the|de))*")
#: Colloquial closing cues: "выдал", "бросил", "отрезал", "парировал" (past, any gender or number).
COLLOQUIAL39 = r"(?:выдал|бросил|отрезал|парировал)(?:а|и)?"
#: Time and manner words between a closing cue and its speaker that are no part of the speaker.
LEADING39 = re.compile(r"(?:(?:только\s+что|тут\s+же|сразу\s+же|сразу|вчера|сегодня|тогда|сейчас|резко|"
                       r"в\s+ответ|на\s+это)\s+)+", re.I)
_OPEN39 = "«\"„“"
_CLOSE39 = "»\"“”"
#: "«A, — выдал S. — B»" (inside a quotation, the quotation going on after a second dash) and "«A», — выдал S."
INSIDE39 = re.compile(rf"[{_OPEN39}]([^{_OPEN39}{_CLOSE39}\n]{{3,}}?)[,!?…]?\s+[—–]\s+({COLLOQUIAL39})\s+"
                      rf"([^.!?\n{_OPEN39}{_CLOSE39}]{{2,120}}?)\.\s+[—–]\s+([^{_OPEN39}{_CLOSE39}\n]{{3,}}?)"
                      rf"[{_CLOSE39}]")
AFTER39 = re.compile(rf"[{_OPEN39}]([^{_OPEN39}{_CLOSE39}\n]{{3,}}?)[{_CLOSE39}][,!?…]?\s*[—–]\s+({COLLOQUIAL39})\s+"
                     rf"([^.!?\n{_OPEN39}{_CLOSE39}]{{2,120}}?)(?=[.!?\n]|$)")
#: Quoted phrases listed ("«A», «B»", "A", "B"): a speaker phrase with one is the content, not its speaker.
QUOTE_LIST39 = re.compile(rf"[{_CLOSE39}]\s*,\s*[{_OPEN39}]")
#: "Это сказал <speaker>" at a sentence's start.
THIS_SAID39 = re.compile(r"Это\s+(сказал|сказала|заявил|заявила|написал|написала|говорил|говорила)\s+"
                         r"([^,.;:!?\n]{2,120})")
QUOTED39 = re.compile(rf"[{_OPEN39}]([^{_OPEN39}{_CLOSE39}\n]{{2,200}})[{_CLOSE39}]")
#: Where a reported clause ends inside its sentence ("..., но при этом ...").
CLAUSE_END39 = re.compile(r",\s+(?:но|а|однако|хотя)\s+|;")


def _sentence39(parse: RuParse, at: int) -> tuple[int, int, list[RuToken]]:
    for s in parse.sentences:
        if s.start <= at < s.end:
            return s.start, s.end, s.tokens
    return at, at, []


def _nominative39(text: str, start: int, end: int) -> bool:
    word = re.match(r"[\w-]+", text[start:end])
    return word is not None and lemma(word.group()) == word.group().lower().replace("ё", "е")


def _new39(kind: str, speaker: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int],
           typed: _Typed39, rule: str) -> Attribution:
    source_type, country, state, named, name = typed
    evidence = f"{EVIDENCE39}_{rule}"
    spans = [content, cue] + ([speaker] if speaker else [])
    return Attribution(
        start=min(s[0] for s in spans), end=max(s[1] for s in spans), label=kind, score=SCORE39, evidence=evidence,
        kind=kind,  # type: ignore[arg-type]
        speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE39, evidence=evidence)
        if speaker else None,
        cue=Span(start=cue[0], end=cue[1], label="cue", score=SCORE39, evidence=evidence),
        content=Span(start=content[0], end=content[1], label="content", score=SCORE39, evidence=evidence),
        source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state, named=named)


def _with_speaker39(a: Attribution, speaker: tuple[int, int] | None, typed: _Typed39) -> Attribution:
    source_type, country, state, named, name = typed
    update: dict[str, object] = {"source_type": source_type, "source_country": country, "state_affiliated": state,
                                 "named": named, "speaker_name": name}
    if speaker is None:
        update["speaker"] = None
    else:
        update["speaker"] = Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE39,
                                 evidence=f"{EVIDENCE39}_speaker")
        update["start"] = min(a.start, speaker[0])
        update["end"] = max(a.end, speaker[1])
    return a.model_copy(update=update)


def _trim39(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in _OPEN39):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in _CLOSE39):
        end -= 1
    return start, end


class _Pass39:
    def __init__(self, text: str, parse: RuParse, actors: Sequence[Actor], table: SourceTable) -> None:
        self.text, self.parse, self.actors, self.table = text, parse, actors, table
        self.mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)

    def typed(self, span: tuple[int, int]) -> _Typed39:
        return type_source(self.text, span, self.parse, self.table, dict(self.table.countries), self.actors,
                           self.mentions)

    def nominative(self, start: int, end: int) -> bool:
        """Whether a name is in the nominative: its first token's case where parsed ("Кая Каллас"), else its first
        word in its dictionary form."""
        first = next((t for t in self.parse.tokens_in(start, end) if t.start == start), None)
        if first is not None and first.feats.get("Case"):
            return first.feats["Case"] == "Nom"
        return _nominative39(self.text, start, end)

    def named_at(self, start: int, end: int, kinds: tuple[str, ...] = ("person",)) -> list[tuple[int, int]]:
        return [(s, e) for s, e, i in self.mentions.inside(start, end) if self.actors[i].type in kinds]

    # -- speakers lost or wrong ------------------------------------------------------------------------------

    def lost_speaker(self, a: Attribution) -> Attribution:
        """A named person's phrase right before a speaker-less cue (adverbs between skipped)."""
        assert a.cue is not None
        s_start, _, toks = _sentence39(self.parse, a.cue.start)
        before = [t for t in toks if t.end <= a.cue.start and re.search(r"\w", t.text)]
        k = len(before)
        while k > 0 and before[k - 1].pos == "ADV":
            k -= 1
        if k == 0:
            return a
        end = before[k - 1].end
        if self.text[end:a.cue.start].strip(" ") and not re.fullmatch(r"[\w\s-]*", self.text[end:a.cue.start]):
            return a  # punctuation between: no phrase of the cue
        persons = [m for m in self.named_at(s_start, end + 1) if m[1] == end]
        if not persons or not self.nominative(*persons[0]):
            return a
        lo = k - 1
        while lo > 0:
            prev = before[lo - 1]
            if prev.end > persons[0][0] or (prev.pos in ("NOUN", "ADJ", "PROPN") and
                                            prev.feats.get("Case", "Nom") in PHRASE_CASES39 and
                                            not self.text[prev.end:before[lo].start].strip()):
                lo -= 1
                continue
            break
        span = (before[lo].start, end)
        return _with_speaker39(a, span, self.typed(span))

    def about_him(self, a: Attribution) -> Attribution:
        """"— сообщает о нем <Outlet>": the name after the pronoun."""
        assert a.cue is not None
        m = ABOUT39.match(self.text, a.cue.end)
        if m is None:
            return a
        name = CAPITALISED39.match(self.text, m.end())
        if name is None:
            return a
        span = _trim39(self.text, name.start(), name.end())
        cue = self.text[a.cue.start:a.cue.end].lower()
        if cue.endswith("те") or not self.nominative(*span):
            return a  # "Расскажите об этом Украине": an imperative, a name in the dative
        return _with_speaker39(a, span, self.typed(span))

    def participle(self, a: Attribution) -> Attribution:
        """"генерал, полагавший, что ...": the noun the participle cue hangs on."""
        assert a.cue is not None
        _, _, toks = _sentence39(self.parse, a.cue.start)
        k = next((n for n, t in enumerate(toks) if t.start == a.cue.start), None)
        if k is None or k < 2 or toks[k].feats.get("VerbForm") != "Part" or toks[k - 1].text != ",":
            return a
        part = toks[k]
        n = k - 2
        noun = toks[n]
        if noun.pos not in ("NOUN", "PROPN") or any(
                part.feats.get(f) and noun.feats.get(f) and part.feats[f] != noun.feats[f]
                for f in ("Number", "Gender", "Case")):
            return a
        lo = n
        while lo > 0 and (toks[lo - 1].pos == "ADJ" or (toks[lo - 1].pos == "CCONJ" and lo > 1 and
                                                        toks[lo - 2].pos == "ADJ")):
            lo -= 1
        span = (toks[lo].start, noun.end)
        return _with_speaker39(a, span, self.typed(span))

    def country_opening(self, a: Attribution) -> Attribution:
        """"Грузия, как заявил премьер X": the country the sentence opens with."""
        assert a.speaker is not None and a.cue is not None
        s_start, _, _ = _sentence39(self.parse, a.cue.start)
        m = re.fullmatch(r"\s*([\w-]+),\s*", self.text[s_start:a.cue.start])
        if m is None or not self.text[a.cue.start:a.cue.end].lower().startswith("как"):
            return a
        found = [self.actors[i] for s, e, i in self.mentions.inside(s_start + m.start(1), s_start + m.end(1))
                 if self.actors[i].type == "country"]
        countries = dict(self.table.countries)
        code = next((countries[x.name] for x in found if x.name in countries), None)
        if code is None:
            return a
        return a.model_copy(update={"source_country": code})

    def fixed(self, a: Attribution) -> Attribution:
        if a.cue is None:
            return a
        if a.speaker is None:
            for fix in (self.lost_speaker, self.about_him, self.participle):
                b = fix(a)
                if b is not a:
                    return b
            return a
        phrase = self.text[a.speaker.start:a.speaker.end]
        if QUOTE_LIST39.search(phrase):
            return _with_speaker39(a, None, ("anonymous", None, False, False, None))
        if a.source_country is None and a.source_type in ("government", "person", "military", "political"):
            return self.country_opening(a)
        return a

    # -- attributions missed ----------------------------------------------------------------------------------

    def gerunds(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """"..., заявив каналу «Y» о том, что <clause>"."""
        out = []
        for sent in self.parse.sentences:
            toks = sent.tokens
            for k, t in enumerate(toks):
                if t.feats.get("VerbForm") != "Conv" or t.lemma not in CUE_VERBS or k == 0 or toks[k - 1].text != ",":
                    continue
                m = re.compile(r"[^.!?;]{0,80}?\sо\s+том,\s*что\s+").match(self.text, t.end)
                if m is None:
                    continue
                end = sent.end
                stop = CLAUSE_END39.search(self.text, m.end(), end)
                content = _trim39(self.text, m.end(), stop.start() if stop else end)
                if content[1] - content[0] < 8 or any(s < content[1] and content[0] < e for s, e in covered):
                    continue
                named = [m2 for m2 in self.named_at(sent.start, toks[k - 1].start, ("person", "organization",
                                                                                      "country"))
                         if self.nominative(*m2)]
                if not named:
                    continue
                speaker = named[-1]
                out.append(_new39("indirect", speaker, (t.start, t.end), content, self.typed(speaker), "gerund"))
        return out

    def colloquial(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """"«A, — выдал S. — B»" and "«A», — отрезал S."."""
        out = []
        for pattern in (INSIDE39, AFTER39):
            for m in pattern.finditer(self.text):
                cue = (m.start(2), m.end(2))
                if any(s < cue[1] and cue[0] < e for s, e in covered):
                    continue
                lead = LEADING39.match(self.text, m.start(3), m.end(3))
                speaker = _trim39(self.text, lead.end() if lead else m.start(3), m.end(3))
                if speaker[1] - speaker[0] < 2:
                    continue
                typed = self.typed(speaker)
                parts = [m.span(1)] + ([m.span(4)] if pattern is INSIDE39 else [])
                for part in parts:
                    out.append(_new39("direct", speaker, cue, _trim39(self.text, *part), typed, "colloquial"))
                covered.append(cue)
        return out

    def this_said(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """"Это сказал <speaker>" after a sentence with a quoted phrase."""
        out = []
        sents = self.parse.sentences
        for n, sent in enumerate(sents):
            m = THIS_SAID39.match(self.text, sent.start, sent.end)
            if m is None or n == 0 or any(s < m.end(1) and m.start(1) < e for s, e in covered):
                continue
            quoted = list(QUOTED39.finditer(self.text, sents[n - 1].start, sents[n - 1].end))
            if not quoted:
                continue
            speaker = _trim39(self.text, *m.span(2))
            content = quoted[-1].span(1)
            out.append(_new39("direct", speaker, m.span(1), content, self.typed(speaker), "this_said"))
        return out

    def second_clause(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """"..., <Name> утверждает, что <clause>": a cue right after a name that opens a clause after a comma."""
        out = []
        for sent in self.parse.sentences:
            toks = sent.tokens
            for k, t in enumerate(toks):
                if t.lemma not in CUE_VERBS or t.feats.get("VerbForm") != "Fin" or k < 2 or \
                        any(s < t.end and t.start < e for s, e in covered):
                    continue
                persons = [p for p in self.named_at(sent.start, t.start) if p[1] == toks[k - 1].end]
                if not persons or not self.nominative(*persons[0]):
                    continue
                first = next(n for n, x in enumerate(toks) if x.start == persons[0][0]) \
                    if any(x.start == persons[0][0] for x in toks) else None
                if first is None or first == 0 or toks[first - 1].text != ",":
                    continue
                m = re.compile(r",\s*что\s+").match(self.text, t.end)
                if m is None:
                    continue
                stop = CLAUSE_END39.search(self.text, m.end(), sent.end)
                content = _trim39(self.text, m.end(), stop.start() if stop else sent.end)
                if content[1] - content[0] < 8:
                    continue
                out.append(_new39("indirect", persons[0], (t.start, t.end), content, self.typed(persons[0]),
                                  "second_clause"))
        return out


def round39_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 39's pass over the typed attributions (the module's docstring)."""
    p = _Pass39(text, parse, actors, table)
    result = [p.fixed(a) for a in out]
    cues = [(a.cue.start, a.cue.end) for a in result if a.cue is not None]
    contents = [(a.content.start, a.content.end) for a in result]
    added = p.gerunds(list(contents)) + p.colloquial(list(cues)) + p.this_said(list(cues)) + \
        p.second_clause(list(cues))
    return result + added
