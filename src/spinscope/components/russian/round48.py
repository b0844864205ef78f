"""Round 48 (issue 19): Russian sources and statements of a state-media piece relaying Western outlets (the lead's
reading of round 44; tests/test_ru48.py on sentences of our own), after round 46's pass (round 47's, when both
are merged):

- the source table now lists the Cyrillic names Russian news give Western outlets ("Блумберг", "Рейтер",
  "Франс Пресс", "Си-эн-эн", "Нью-Йорк таймс", ...; ``scripts/ru48/add_aliases.py``), so such a speaker is media
  of the outlet's country. Two guards here: a person whose surname is such a name ("Майкл Блумберг") is typed
  as the base typed him, from the table without the Cyrillic names; a speaker phrase cut inside such a name
  ("Нью-Йорк" of "Нью-Йорк таймс", the lowercase second word) is extended to the whole name and retyped;
- a bare outlet noun as the speaker ("По данным издания", "как пишет газета", "сообщает агентство") is the
  outlet named last before it in the article (an actor of type media within ``ANAPHOR_REACH48`` characters):
  its name, type and country; the base typed "издания" as a named source of its own, with no country;
- "<Actor> это [up to two lowercase words] отвергал(а/и) / опроверг(ла/ли) / отрицал(а/и)": a denial whose
  object "это" points to the claim before; the claim is the clause before ", однако / , но / , а" in the same
  sentence, else the sentence before. The actor's report of it (indirect, the cue the verb), typed from the
  actor's mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceEntry, SourceTable
from .attributions import type_source
from .nlp import RuParse, SpanIndex

EVIDENCE48 = "attributions_ru.v1:round48"
SCORE48 = 0.7
#: How far back (characters) a bare outlet noun looks for the outlet it stands for.
ANAPHOR_REACH48 = 1500
#: Bare nouns that stand for an outlet named before ("издания", "газета", "агентство", ...), any case.
OUTLET_NOUNS48 = re.compile(r"(?:издани[еяюи]|изданием|газет[аыуе]|газетой|агентств[оау]|агентством|"
                            r"телеканал[аеу]?|телеканалом|журнал[аеу]?|журналом|портал[аеу]?|порталом)", re.I)
#: "<Name> это [up to two lowercase words] <denial verb>"; the verb's past or present forms.
DENIAL48 = re.compile(r"(?P<speaker>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2})\s+это\s+(?:[а-яё]+\s+){0,2}"
                      r"(?P<verb>(?:отверга|опроверга|отрица)(?:л|ла|ло|ли|ет|ют)|опроверг(?:ла|ло|ли)?|"
                      r"отверг(?:ла|ло|ли)?)(?![а-яё])")
#: The conjunction that opens the denial's clause after the claim in the same sentence.
CONTRAST48 = re.compile(r"[,;]\s*(?:однако|но|а|хотя|тогда как)\s*$")
CYRILLIC48 = re.compile(r"[а-яА-ЯёЁ]")


_LATIN48: dict[int, tuple[SourceTable, SourceTable]] = {}


def _latin_only48(table: SourceTable) -> SourceTable:
    """``table`` without the Cyrillic aliases of its outlets (the base's reading of a person named like one)."""
    if id(table) in _LATIN48 and _LATIN48[id(table)][0] is table:
        return _LATIN48[id(table)][1]
    entries = [SourceEntry(name=e.name, type=e.type, country=e.country, state_affiliated=e.state_affiliated,
                           aliases=tuple(a for a in e.aliases if not CYRILLIC48.search(a)), evidence=e.evidence)
               for e in table.sources]
    latin = SourceTable(sources=entries, people=list(table.people), countries=dict(table.countries))
    _LATIN48[id(table)] = (table, latin)
    return latin


class _Pass48:
    def __init__(self, text: str, parse: RuParse, actors: Sequence[Actor], table: SourceTable) -> None:
        self.text, self.parse, self.actors, self.table = text, parse, actors, table
        self.mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)

    def _typed(self, span: tuple[int, int], table: SourceTable | None = None) -> dict[str, object]:
        source_type, country, state, named, name = type_source(
            self.text, span, self.parse, table or self.table, dict(self.table.countries), self.actors, self.mentions)
        return {"source_type": source_type, "source_country": country, "state_affiliated": state, "named": named,
                "speaker_name": name}

    def _cyrillic_form(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The place of a Cyrillic table name in the speaker phrase, if the table types it by one."""
        pattern, _ = self.table._pattern("sources")
        phrase = self.text[span[0]:span[1]]
        m = next((m for m in pattern.finditer(phrase) if CYRILLIC48.search(m.group(0))), None)
        return (span[0] + m.start(), span[0] + m.end()) if m else None

    # -- a person named like an outlet -------------------------------------------------------------------------
    def persons(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for n, a in enumerate(out):
            if a.speaker is None or a.source_type != "media" or a.resolved_from is not None:
                continue
            span = (a.speaker.start, a.speaker.end)
            form = self._cyrillic_form(span)
            if form is None:
                continue
            person = any(self.actors[i].type == "person" and s <= form[0] and form[1] <= e and
                         len(self.text[s:e].split()) > 1 for s, e, i in self.mentions.overlapping(*form))
            if person:
                out[n] = a.model_copy(update=self._typed(span, _latin_only48(self.table)))
        return out

    # -- a speaker phrase cut inside an outlet's name -----------------------------------------------------------
    def cut_names(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for n, a in enumerate(out):
            if a.speaker is None:
                continue
            s, e = a.speaker.start, a.speaker.end
            for k in range(s, e):
                if k > s and self.text[k - 1].isalnum():
                    continue
                end = self.table.source_at(self.text, k)
                if end is None or end <= e or not CYRILLIC48.search(self.text[k:end]) or \
                        "\n" in self.text[e:end] or (a.content.start < end and e <= a.content.start):
                    continue
                span = (s, end)
                speaker = a.speaker.model_copy(update={"end": end})
                out[n] = a.model_copy(update={"speaker": speaker, "start": min(a.start, s), "end": max(a.end, end),
                                              **self._typed(span)})
                break
        return out

    # -- "по данным издания" ------------------------------------------------------------------------------------
    def _outlet_before(self, pos: int) -> tuple[Actor, tuple[int, int]] | None:
        best: tuple[Actor, tuple[int, int]] | None = None
        for s, e, i in self.mentions.overlapping(max(0, pos - ANAPHOR_REACH48), pos):
            actor = self.actors[i]
            if actor.type == "media" and e <= pos and (best is None or s > best[1][0]):
                best = (actor, (s, e))
        return best

    def anaphors(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for n, a in enumerate(out):
            if a.speaker is None or a.resolved_from is not None:
                continue
            phrase = self.text[a.speaker.start:a.speaker.end].strip()
            if not OUTLET_NOUNS48.fullmatch(phrase):
                continue
            found = self._outlet_before(a.speaker.start)
            if found is None:
                continue
            _, (s, e) = found
            typed = self._typed((s, e))
            if typed["source_type"] != "media":
                continue
            ev = f"{EVIDENCE48}_anaphor"
            out[n] = a.model_copy(update={**typed, "resolved_from": Span(
                start=s, end=e, label="speaker", score=SCORE48, evidence=ev)})
        return out

    # -- "Москва это категорически отвергала" ------------------------------------------------------------------
    def _claim_before(self, start: int) -> tuple[int, int] | None:
        sent = next((x for x in self.parse.sentences if x.start <= start < x.end), None)
        if sent is None:
            return None
        before = self.text[sent.start:start]
        m = CONTRAST48.search(before)
        if m is not None and len(before[:m.start()].split()) >= 3:
            return _trim48(self.text, sent.start, sent.start + m.start())
        if before.strip():
            return None  # something else opens the sentence: not the shape this rule reads
        prev = [x for x in self.parse.sentences if x.end <= sent.start]
        if not prev or "\n\n" in self.text[prev[-1].end:sent.start]:
            return None
        return _trim48(self.text, prev[-1].start, prev[-1].end)

    def denials(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for m in DENIAL48.finditer(self.text):
            speaker = (m.start("speaker"), m.end("speaker"))
            if not any((s <= speaker[0] and speaker[1] <= e) or (speaker[0] <= s and e <= speaker[1])
                       for s, e, _ in self.mentions.overlapping(*speaker)):
                continue
            cue = (m.start("verb"), m.end("verb"))
            if any(b.cue is not None and b.cue.start < cue[1] and cue[0] < b.cue.end for b in out):
                continue
            content = self._claim_before(speaker[0])
            if content is None or content[1] - content[0] < 10:
                continue
            if any(b.content.start < content[1] and content[0] < b.content.end and b.start >= content[1]
                   for b in out):
                continue
            ev = f"{EVIDENCE48}_denial"
            typed = self._typed(speaker)
            out.append(Attribution(
                start=content[0], end=cue[1], label="indirect", score=SCORE48, evidence=ev, kind="indirect",
                speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE48, evidence=ev),
                cue=Span(start=cue[0], end=cue[1], label="cue", score=SCORE48, evidence=ev),
                content=Span(start=content[0], end=content[1], label="content", score=SCORE48, evidence=ev),
                **typed))  # type: ignore[arg-type]
        return out


def _trim48(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum() and text[start] not in "«\"":
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in "»\"!?":
        end -= 1
    return start, end


def round48_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 48's pass over the typed attributions (the module's docstring)."""
    p = _Pass48(text, parse, actors, table)
    result = list(out)
    for step in (p.persons, p.cut_names, p.anaphors, p.denials):
        result = step(result)
    return sorted(result, key=lambda a: (a.start, a.end)) if len(result) != len(out) else result
