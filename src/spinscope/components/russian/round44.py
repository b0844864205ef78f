"""Round 44 (issue 19): misses of round 44's fresh gold (tests/test_ru44.py), one pass over the typed attributions
after round 43's:

- "«...», – приводит слова <speaker> <OUTLET>." (the outlet after the speaker; round 40's rule takes it before):
  the quotation is the speaker's, the outlet an all-capitals name (with a «name» after it: "РИА «Новости»");
- "«...», — сыронизировал / пошутил / съязвил X": a quotation closed by a verb of irony is X's report;
  "«...», — заключили в ответ" (a plural closing verb with no subject) is an unnamed source's;
- a quotation opened with “ and closed with a straight mark ("“...\", - заявила X"): the base, looking for ”, kept
  the last sentence only; the content now runs from the opening mark;
- unnamed online voices as speakers ("один из комментаторов сайта", "пользователь", "другой" after a commenter,
  "британец"): anonymous, a demonym giving its country (round 43: anonymous online commenters);
- a person described as a scholar ("доктор медицинских наук", "кандидат ... наук", "профессор", "вирусолог",
  "иммунолог", "эпидемиолог") is academic (``scripts/sources35/README.md``: scholars), under every mention of the
  same surname.

Backed out: one speaker name, one country (a missing country filled from the same speaker name's other
attributions; commit 5a8ddc66): it lifted ru43 development country but dropped an older held-out country figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import type_source
from .nlp import RuParse, SpanIndex

EVIDENCE44 = "attributions_ru.v1:round44"
SCORE44 = 0.7
#: One quotation: «...», “...” (or “..." closed by a straight mark), "...".
QUOTE44 = r"(?:«[^«»\n]{8,}?»|“[^“”\n]{8,}?[”\"]|\"[^\"\n]{8,}?\")"
#: "«...», – приводит слова <speaker> <OUTLET>." with the outlet after the speaker.
RELAYED_AFTER44 = re.compile(
    rf"({QUOTE44})\s*,?\s*[–—-]\s*(привод(?:ит|ят|ил|ила|или)\s+(?:слова|мнение|цитату))\s+"
    r"([^.\n«»\"]{3,120}?)\s+(?:[A-ZА-ЯЁ]{2,}[\w-]*)(?:\s+[A-ZА-ЯЁ]{2,}[\w-]*)*(?:\s*«[^»\n]{2,30}»)?\s*\.")
#: "«...», — сыронизировал X" / "«...», — заключили в ответ".
IRONY44 = re.compile(
    rf"({QUOTE44})\s*,?\s*[–—-]\s*(сыронизировал[аи]?|иронизирует|пошутил[аи]?|съязвил[аи]?|"
    r"усмехнул(?:ся|ась|ись))\s+([^.\n«»\"]{2,80}?)\s*(?=[.!?\n]|$)")
REPLY44 = re.compile(rf"({QUOTE44})\s*,?\s*[–—-]\s*((?:заключили|ответили|добавили|написали)\s+в\s+ответ)"
                     r"\s*(?=[.!?\n]|$)")
#: “... closed by a straight mark, then a dash: the quotation of a speaker phrase after it.
MIXED_MARKS44 = re.compile(r"“([^“”\"\n]{8,})\"\s*,?\s*[–—-]")
#: Unnamed online voices as the whole speaker phrase.
ONLINE44 = re.compile(r"(?:(?:один|одна)\s+из\s+)?(?:комментатор|пользовател|читател|подписчик)[а-яё]*"
                      r"(?:\s+(?:сайта|сети|соцсети|издания|газеты|портала)(?:\s+[^\s]+){0,3})?|"
                      r"друг(?:ой|ая|ие)|(?:ещ[её]\s+)?(?:один|одна)", re.IGNORECASE)
#: A demonym as the whole speaker phrase: an unnamed person of that country.
DEMONYMS44 = {"британец": "GB", "британка": "GB", "англичанин": "GB", "англичанка": "GB", "американец": "US",
              "американка": "US", "француз": "FR", "француженка": "FR", "немец": "DE", "немка": "DE",
              "итальянец": "IT", "итальянка": "IT", "поляк": "PL", "полька": "PL", "канадец": "CA",
              "канадка": "CA", "австралиец": "AU", "австралийка": "AU"}
#: A scholar's description before or in a person's speaker phrase.
SCHOLAR44 = re.compile(r"(?:доктор|кандидат)\w*\s+[а-яё]+\s+наук|профессор|академик|вирусолог|иммунолог|"
                       r"эпидемиолог|микробиолог|генетик", re.IGNORECASE)


def _trim44(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in "«“\""):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "»”\".!?…"):
        end -= 1
    return start, end


def _inner44(span: tuple[int, int]) -> tuple[int, int]:
    """The quotation without its marks (as the base gives direct contents)."""
    return span[0] + 1, span[1] - 1


def _overlaps44(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


class _Pass44:
    def __init__(self, text: str, parse: RuParse, actors: Sequence[Actor], table: SourceTable) -> None:
        self.text, self.parse, self.actors, self.table = text, parse, actors, table
        self.mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)

    def _new(self, kind: str, speaker: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int],
             rule: str) -> Attribution:
        source_type, country, state, named, name = type_source(
            self.text, speaker, self.parse, self.table, dict(self.table.countries), self.actors, self.mentions)
        ev = f"{EVIDENCE44}_{rule}"
        spans = [content, cue] + ([speaker] if speaker else [])
        return Attribution(
            start=min(s[0] for s in spans), end=max(s[1] for s in spans), label=kind, score=SCORE44, evidence=ev,
            kind=kind,  # type: ignore[arg-type]
            speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE44, evidence=ev)
            if speaker else None,
            cue=Span(start=cue[0], end=cue[1], label="cue", score=SCORE44, evidence=ev),
            content=Span(start=content[0], end=content[1], label="content", score=SCORE44, evidence=ev),
            source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state,
            named=named)

    # -- quotations the base missed ------------------------------------------------------------------------------

    def quotations(self, result: list[Attribution]) -> list[Attribution]:
        covered = [(a.content.start, a.content.end) for a in result]
        added: list[Attribution] = []
        for pattern, rule in ((RELAYED_AFTER44, "relayed_after"), (IRONY44, "irony"), (REPLY44, "reply")):
            for m in pattern.finditer(self.text):
                content = _inner44(m.span(1))
                if _overlaps44(*content, covered):
                    continue
                speaker = _trim44(self.text, *m.span(3)) if pattern is not REPLY44 else None
                added.append(self._new("direct", speaker, m.span(2), content, rule))
                covered.append(content)
        return result + added

    def mixed_marks(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for m in MIXED_MARKS44.finditer(self.text):
            inner = m.span(1)
            inside = [n for n, a in enumerate(out) if inner[0] <= a.content.start and a.content.end <= inner[1]]
            if len(inside) != 1:
                continue
            n = inside[0]
            a = out[n]
            if a.cue is None or a.cue.start < m.end() or a.content.start == inner[0]:
                continue
            ev = f"{EVIDENCE44}_mixed_marks"
            content = Span(start=inner[0], end=inner[1], label="content", score=a.content.score, evidence=ev)
            out[n] = a.model_copy(update={"content": content, "kind": "direct", "label": "direct",
                                          "start": min(a.start, inner[0])})
        return out

    # -- types ---------------------------------------------------------------------------------------------------

    def online(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for n, a in enumerate(out):
            if a.speaker is None or a.source_type == "anonymous":
                continue
            phrase = self.text[a.speaker.start:a.speaker.end].strip()
            if any(self.actors[i].type == "person" for *_, i in self.mentions.inside(a.speaker.start,
                                                                                      a.speaker.end)):
                continue
            country = DEMONYMS44.get(phrase.lower())
            if country is None and not ONLINE44.fullmatch(phrase):
                continue
            if phrase.lower() in ("другой", "другая", "другие", "один", "одна", "еще один", "ещё один") and not any(
                    b.source_type == "anonymous" or ONLINE44.fullmatch(
                        self.text[b.speaker.start:b.speaker.end].strip() if b.speaker else "")
                    for b in out[:n]):
                continue  # "другой" is a voice of the same crowd only after a commenter
            out[n] = a.model_copy(update={"source_type": "anonymous", "named": False, "speaker_name": None,
                                          "source_country": country or a.source_country})
        return out

    def scholars(self, result: list[Attribution]) -> list[Attribution]:
        surnames = set()
        for a in result:
            if a.speaker is None or a.source_type != "person" or not a.speaker_name:
                continue
            line = self.text.rfind("\n", 0, a.speaker.start) + 1
            if SCHOLAR44.search(self.text, line, a.speaker.end):
                head = self.text[line:a.speaker.end]
                last = [m for m in SCHOLAR44.finditer(head)]
                if last and a.speaker.end - (line + last[-1].end()) <= 60:
                    surnames.add(a.speaker_name.split()[-1])
        if not surnames:
            return result
        return [a.model_copy(update={"source_type": "academic"})
                if a.source_type == "person" and a.speaker_name and a.speaker_name.split()[-1] in surnames else a
                for a in result]


def round44_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 44's pass over the typed attributions (the module's docstring)."""
    p = _Pass44(text, parse, actors, table)
    return p.scholars(p.online(p.mixed_marks(p.quotations(list(out)))))
