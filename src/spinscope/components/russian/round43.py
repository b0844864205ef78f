"""Round 43 (issue 19): Russian leads of round 42's Open and misses of round 43's fresh gold (tests/test_ru43.py),
one pass over the typed attributions after round 42's:

- "X заявил, что A, считает, что B" (a second verb of saying after a comma, no conjunction): the base ran A's
  content over the second verb and gave B no speaker; A now stops before the comma and B is X's;
- "X назвал Y «Z»" with a person's name right before the verb and a quoted name in the clause (round 26's
  convention: naming is a report; round 42's wider regex, any subject, and this round's unquoted "назвал Z Y" after
  a person both added predictions the written batches' held parts and older held-out files do not count): X's
  report, the content the rest of the clause; an object that is a date, a reason, a sum or a name is none;
- "По его словам, Y, пишет <outlet>": the outlet relays the report the "по словам" attribution already holds (round
  42's "Как сообщал <outlet>, X заявила" is X's); the outlet's duplicate, its content starting with "По ... словам,"
  over the other's content, is dropped;
- a dative (or other oblique) participle of saying after a person's name ("депутату X, заявившему, что Y"): X's
  report of Y (the content to the clause's end).

Round 42's glued-quotation rule is fixed in place (round42.py): a straight mark with an odd count of straight marks
before it in its line, or followed by a space or a dash, closes a quotation and is not taken for an opener.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import type_source
from .nlp import RuParse, SpanIndex

EVIDENCE43 = "attributions_ru.v1:round43"
#: A content's tail that is a second verb of saying after a comma: ", считает" (the next attribution's cue).
SECOND_VERB43 = re.compile(r",\s*$")
#: A verb of naming right after a person's name.
NAMING43 = re.compile(r"(?<![\w-])(назвал[аи]?|называет|называют|назвав)\s+")
#: Objects of "назвал" that are no report ("назвал дату / причины / сумму / имя").
NAMING_OBJECT_SKIP43 = re.compile(
    r"(?:дат[уы]|причин[уы]?|сумм[уы]|им[яена]+|срок[иа]?|числ[оа]|количеств[оа]|цифр[уы]?|услови[яе]|"
    r"фамили[июя]|страны|город[аы]?|кандидат[ауов]*|победител[яей]+|лучш|самы[ехм]|\d)", re.IGNORECASE)
#: A quoted name in a naming clause.
QUOTED_NAME43 = re.compile(r"[«\"„“][^«»\"„“\n]{2,80}[»\"“”]")
#: Where a clause of naming ends: a stop, a line break, or ", а" / ", но" / ", и" / ";".
CLAUSE_END43 = re.compile(r"[.!?\n;]|,\s+(?:а|но|и|однако|хотя|поскольку|так как|что)\s")
#: A content that opens with a "по словам" report of its own: "По его словам, ".
RELAYED43 = re.compile(r"По\s+(?:его|ее|её|их|[А-ЯЁа-яё-]+(?:\s+[А-ЯЁа-яё-]+){0,3})\s+словам,\s*")
#: A participle of saying after a comma: "..., заявившему, что ".
PARTICIPLE43 = re.compile(
    r",\s+((?:заявивш|сообщивш|отметивш|заметивш|подчеркнувш|рассказавш|напомнивш|указавш|пообещавш|"
    r"признавш|предупредивш|объявивш)(?:ему|его|им|ей|ий|ая|ую|ие|их|ими|ем))\s*,\s+что\s+")


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


class _Pass43:
    def __init__(self, text: str, parse: RuParse, actors: Sequence[Actor], table: SourceTable) -> None:
        self.text, self.parse, self.actors, self.table = text, parse, actors, table
        self.mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)

    def _person_before(self, pos: int, lo: int) -> tuple[int, int] | None:
        """A person's mention that ends right before ``pos`` (spaces only between)."""
        names = [(s, e) for s, e, i in self.mentions.inside(max(lo, pos - 80), pos)
                 if self.actors[i].type == "person" and not self.text[e:pos].strip()]
        return names[-1] if names else None

    def _make(self, speaker: tuple[int, int], cue: tuple[int, int], content: tuple[int, int],
              rule: str) -> Attribution:
        source_type, country, state, named, name = type_source(
            self.text, speaker, self.parse, self.table, dict(self.table.countries), self.actors, self.mentions)
        ev = f"{EVIDENCE43}_{rule}"
        return Attribution(
            start=min(speaker[0], content[0]), end=max(speaker[1], content[1]), label="indirect", score=0.7,
            evidence=ev, kind="indirect",
            speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=0.7, evidence=ev),
            cue=Span(start=cue[0], end=cue[1], label="cue", score=0.7, evidence=ev),
            content=Span(start=content[0], end=content[1], label="content", score=0.7, evidence=ev),
            source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state,
            named=named)

    def _clause_end(self, start: int) -> int:
        m = CLAUSE_END43.search(self.text, start)
        end = m.start() if m else len(self.text)
        while end > start and not (self.text[end - 1].isalnum() or self.text[end - 1] in "»\"”)"):
            end -= 1
        return end

    # -- "заявил, что A, считает, что B" ------------------------------------------------------------------------

    def second_verb(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for n, b in enumerate(out):
            if b.cue is None or b.kind != "indirect" or (b.speaker is not None and b.source_type != "anonymous"):
                continue
            for m, a in enumerate(out):
                if a is b or a.speaker is None or a.kind != "indirect" or a.source_type == "anonymous":
                    continue
                if not (a.content.start < b.cue.start and b.cue.end == a.content.end):
                    continue
                head = self.text[a.content.start:b.cue.start]
                if not SECOND_VERB43.search(head):
                    continue
                if not re.match(r"\s*,\s+что\s", self.text[b.cue.end:b.content.start + 1]):
                    continue
                cut = a.content.start + len(head.rstrip().rstrip(",").rstrip())
                ev = f"{EVIDENCE43}_second_verb"
                content = Span(start=a.content.start, end=cut, label="content", score=a.content.score, evidence=ev)
                out[m] = a.model_copy(update={"content": content})
                speaker = Span(start=a.speaker.start, end=a.speaker.end, label="speaker", score=a.speaker.score,
                               evidence=ev)
                out[n] = b.model_copy(update={
                    "speaker": speaker, "source_type": a.source_type, "source_country": a.source_country,
                    "state_affiliated": a.state_affiliated, "named": a.named, "speaker_name": a.speaker_name,
                    "start": min(b.start, a.speaker.start), "end": max(b.end, a.speaker.end)})
                break
        return out

    # -- "X назвал Y Z" -----------------------------------------------------------------------------------------

    def naming(self, result: list[Attribution]) -> list[Attribution]:
        taken = [(a.cue.start, a.cue.end) for a in result if a.cue is not None]
        contents = [(a.content.start, a.content.end) for a in result]
        added = []
        for m in NAMING43.finditer(self.text):
            if _overlaps(m.start(1), m.end(1), taken) or any(abs(s - m.end()) <= 3 for s, _ in contents):
                continue  # a cue already, or its content found already (a naming nested in a report stays)
            line = self.text.rfind("\n", 0, m.start()) + 1
            name = self._person_before(m.start(), line)
            if name is None:
                continue
            if NAMING_OBJECT_SKIP43.match(self.text, m.end()):
                continue
            end = self._clause_end(m.end())
            if end - m.end() < 8:
                continue
            if not QUOTED_NAME43.search(self.text, m.end(), end):
                continue  # only a quoted name ("назвал Y «Z»")
            added.append(self._make(name, m.span(1), (m.end(), end), "naming"))
        return result + added

    # -- "По его словам, Y, пишет <outlet>" -------------------------------------------------------------------

    def relayed(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for b in result:
            head = RELAYED43.match(self.text, b.content.start)
            if head is None or b.cue is None or b.cue.start < b.content.end:
                continue
            for n, a in enumerate(out):
                if a is b or a.cue is None or not (b.content.start <= a.cue.start < head.end()):
                    continue
                if not (head.end() <= a.content.start + 2 and a.content.end <= b.end + 2):
                    continue
                if a.content.end > b.content.end:  # the "по словам" content ran over ", пишет <outlet>"
                    content = Span(start=a.content.start, end=b.content.end, label="content",
                                   score=a.content.score, evidence=f"{EVIDENCE43}_relayed")
                    out[n] = a.model_copy(update={"content": content})
                out = [x for x in out if x is not b]  # the outlet's duplicate of the "по словам" report
                break
        return out

    # -- "депутату X, заявившему, что Y" ------------------------------------------------------------------------

    def participle(self, result: list[Attribution]) -> list[Attribution]:
        taken = [(a.cue.start, a.cue.end) for a in result if a.cue is not None]
        added = []
        for m in PARTICIPLE43.finditer(self.text):
            if _overlaps(m.start(1), m.end(1), taken):
                continue
            name = self._person_before(m.start(), self.text.rfind("\n", 0, m.start()) + 1)
            if name is None:
                continue
            end = self._clause_end(m.end())
            if end - m.end() < 8:
                continue
            added.append(self._make(name, m.span(1), (m.end(), end), "participle"))
        return result + added


def round43_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 43's pass over the typed attributions (the module's docstring)."""
    p = _Pass43(text, parse, actors, table)
    return p.participle(p.naming(p.relayed(p.second_verb(list(out)))))
