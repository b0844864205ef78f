"""Round 42 (issue 19): Russian development misses of round 42's fresh gold (tests/test_ru42.py), one pass over the
typed attributions after round 41's:

- a quotation glued to the sentence before it (a lost space: "...ведомств.«A. B. C», - написал X"): the base kept
  only the quotation's last sentence; the content now runs back to the opening mark;
- "<clause>, отметил X и добавил, что Y" (the speaker after the first verb, shared by the joined one): Y is X's, not
  the subject the parser gives the second verb;
- "X осудил Y за Z" (a condemnation with its reason, as round 26's "обвинил X в Y"): X's report, the object and the
  reason its content;
- an indirect content that runs over a glued sentence boundary ("...власти.Ранее X сделал Y"): cut at the stop;
- a speaker phrase cut before the name it titles ("Глава комитета Совфеда" + " Андрей Клишас"): the name joins it
  when it is the speaker's own (the attribution's speaker name);
- "X пообещал (кому-то), что Y" (round 36's convention: a promise is a report): X's;
- a headline line "A - <title> <Name>: B" (a second headline after a dash, in round 28's "X: <claim>" shape): B is
  the named one's with no cue, and a content of A stops at the dash;
- a person with no country whose name stands after a title that gives one ("российский актер X", "глава ...
  Федерации ... России X"): that country, for every attribution of that person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import _call, _verb_cue, to_attributions, type_source
from .nlp import RuParse, SpanIndex

EVIDENCE42 = "attributions_ru.v1:round42"
#: Verbs of a condemnation that gives its reason ("осудил актера за сравнение ..."): the report of the subject.
CONDEMN_VERBS42 = frozenset({"осудить", "осуждать"})
#: A quotation closed right before its dash cue: "..., - написал X".
CLOSED_BEFORE_CUE42 = re.compile(r"\s*[\"»”]\s*,?\s*[–—-]\s*$")
#: Nationality adjectives of a title before a name ("российский актер"), by country code.
NATIONALITY42 = {"российск": "RU", "украинск": "UA", "американск": "US", "британск": "GB", "немецк": "DE",
                 "французск": "FR", "белорусск": "BY", "грузинск": "GE", "казахстанск": "KZ", "израильск": "IL",
                 "польск": "PL", "итальянск": "IT", "турецк": "TR", "китайск": "CN", "японск": "JP"}
NATIONALITY_RE42 = re.compile(r"(?<![\w-])(" + "|".join(NATIONALITY42) + r")[а-яё]*", re.IGNORECASE)
#: Where a title before a name begins: the text after the last stop, comma, colon or dash in its line.
TITLE_START42 = re.compile(r"[.!?,;:()«»\"—–\n]")
#: A sentence boundary with its space lost: a word of three lowercase letters or more, a stop, a capitalised word.
GLUED_STOP42 = re.compile(r"(?<=[а-яё]{3})[.!?](?=[А-ЯЁ][а-яё])")
#: Verbs of a promise whose "что" clause is the content ("пообещал избирателям, что ...").
PROMISE_VERBS42 = frozenset({"пообещать", "обещать"})
#: "пообещал ..., что " in a sentence the parser skipped.
PROMISE_RE42 = re.compile(r"(?<![\w-])(пообещал[аи]?|обещает|обещают)[^,.!?\n]{0,60},\s+что\s+")
#: A second headline after a dash on the headline line: " - Президент X Имя: claim".
DASH_LABEL42 = re.compile(r"[ \t][-–—][ \t]+([^:\n\-–—]{3,80}?):[ \t]+([^\n]{8,})")
#: "отметил X и добавил": the joiner between the first speaker and the second verb.
JOINED42 = re.compile(r"\s+и\s+(?:также\s+)?$")


def _typed_from42(a: Attribution, b: Attribution, rule: str) -> Attribution:
    """``a`` with ``b``'s speaker and typing."""
    assert b.speaker is not None
    speaker = Span(start=b.speaker.start, end=b.speaker.end, label="speaker", score=b.speaker.score,
                   evidence=f"{EVIDENCE42}_{rule}")
    return a.model_copy(update={
        "speaker": speaker, "source_type": b.source_type, "source_country": b.source_country,
        "state_affiliated": b.state_affiliated, "named": b.named, "speaker_name": b.speaker_name,
        "start": min(a.start, b.speaker.start), "end": max(a.end, b.speaker.end)})


class _Pass42:
    def __init__(self, text: str, parse: RuParse, actors: Sequence[Actor], table: SourceTable) -> None:
        self.text, self.parse, self.actors, self.table = text, parse, actors, table
        self.mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)

    # -- a quotation glued to the sentence before ---------------------------------------------------------------

    def glued_quote(self, a: Attribution) -> Attribution:
        """A direct quotation closed before its dash cue whose opening mark follows a stop with no space."""
        if a.kind != "direct" or a.cue is None or a.cue.start < a.content.end:
            return a
        if not CLOSED_BEFORE_CUE42.match(self.text[a.content.end:a.cue.start] + " "):
            return a
        line_start = self.text.rfind("\n", 0, a.content.start) + 1
        before = self.text[line_start:a.content.start]
        k = max(before.rfind('"'), before.rfind("«"), before.rfind("„"))
        if k < 2 or not (before[k - 1] in ".!?…" and before[k - 2].isalpha()):
            return a  # not an opening mark glued to the sentence before
        if before[k] == '"' and (before[:k].count('"') % 2 or before[k + 1:k + 2] in {"", " ", "-", "–", "—"}):
            return a  # round 43: a closing mark (after a quoted question, '"...?"- ...'), not an opener
        start = line_start + k + 1
        if a.content.start - start < 8:
            return a
        content = Span(start=start, end=a.content.end, label="content", score=a.content.score,
                       evidence=f"{EVIDENCE42}_glued_quote")
        return a.model_copy(update={"content": content, "start": min(a.start, start)})

    def glued_stop(self, a: Attribution) -> Attribution:
        """An indirect content cut at a sentence boundary whose space was lost."""
        if a.kind != "indirect":
            return a
        stop = GLUED_STOP42.search(self.text, a.content.start, a.content.end)
        if stop is None or stop.start() - a.content.start < 8:
            return a
        content = Span(start=a.content.start, end=stop.start(), label="content", score=a.content.score,
                       evidence=f"{EVIDENCE42}_glued_stop")
        spans = [(content.start, content.end)] + [(s.start, s.end) for s in (a.cue, a.speaker) if s is not None]
        return a.model_copy(update={"content": content, "start": min(x for x, _ in spans),
                                    "end": max(y for _, y in spans)})

    def titled_name(self, a: Attribution) -> Attribution:
        """A speaker phrase followed right away by the speaker's own name: the name joins it."""
        if a.speaker is None or not a.speaker_name:
            return a
        after = re.compile(r"[ \t]+").match(self.text, a.speaker.end)
        if after is None:
            return a
        for s, e, i in self.mentions.inside(after.end(), after.end() + 80):
            if s == after.end() and self.actors[i].type == "person" and self.actors[i].name == a.speaker_name:
                if a.content.start < e and s < a.content.end:
                    return a
                speaker = Span(start=a.speaker.start, end=e, label="speaker", score=a.speaker.score,
                               evidence=f"{EVIDENCE42}_titled_name")
                return a.model_copy(update={"speaker": speaker, "end": max(a.end, e)})
        return a

    # -- "отметил X и добавил, что" -----------------------------------------------------------------------------

    def joined_speaker(self, result: list[Attribution]) -> list[Attribution]:
        """The second of "отметил X и добавил, что Y" takes X (the first verb's speaker right after it)."""
        out = list(result)
        for n, a in enumerate(out):
            if a.cue is None:
                continue
            for b in result:
                if b is a or b.cue is None or b.speaker is None or b.cue.end > b.speaker.start:
                    continue
                if self.text[b.cue.end:b.speaker.start].strip() or not JOINED42.search(
                        self.text[b.speaker.end:a.cue.start]) or a.cue.start - b.speaker.end > 12:
                    continue
                if a.speaker is not None and (a.speaker.start, a.speaker.end) == (b.speaker.start, b.speaker.end):
                    continue
                out[n] = _typed_from42(a, b, "joined")
                break
        return out

    # -- "X осудил Y за Z" --------------------------------------------------------------------------------------

    def condemned(self, cues: list[tuple[int, int]]) -> list[Attribution]:
        found = []
        for sent in self.parse.sentences:
            if not sent.parsed:
                continue
            for i, tok in enumerate(sent.tokens):
                if tok.lemma not in CONDEMN_VERBS42 or tok.pos != "VERB":
                    continue
                if any(s < tok.end and tok.start < e for s, e in cues):
                    continue
                if not re.search(r"\sза\s", self.text[tok.end:sent.end]):
                    continue  # a condemnation with no reason given
                hit = _call(self.text, sent, i)
                if hit is not None:
                    found.append(hit)
        return to_attributions(self.text, found, self.parse, self.table, self.actors,
                               evidence=f"{EVIDENCE42}_condemn") if found else []

    def promised(self, cues: list[tuple[int, int]]) -> list[Attribution]:
        """"X пообещал (кому-то), что Y"."""
        found = []
        previous = None
        added: list[Attribution] = []
        for sent in self.parse.sentences:
            if not sent.parsed:
                added += self.promised_unparsed(sent.start, sent.end, cues)
            if sent.parsed:
                for i, tok in enumerate(sent.tokens):
                    if tok.lemma not in PROMISE_VERBS42 or tok.pos != "VERB":
                        continue
                    if any(s < tok.end and tok.start < e for s, e in cues):
                        continue
                    if not re.match(r"[^,.!?\n]{0,60},\s+что\s", self.text[tok.end:sent.end]):
                        continue  # a promise with no "что" clause ("пообещал помощь")
                    hit = _verb_cue(self.text, sent, i, previous)
                    if hit is not None:
                        found.append(hit)
            previous = sent
        return added + (to_attributions(self.text, found, self.parse, self.table, self.actors,
                                        evidence=f"{EVIDENCE42}_promise") if found else [])

    def promised_unparsed(self, start: int, end: int, cues: list[tuple[int, int]]) -> list[Attribution]:
        """"<Name> пообещал ..., что Y" in a sentence the parser skipped (a headline): the name right before."""
        out = []
        for m in PROMISE_RE42.finditer(self.text, start, end):
            if any(s < m.end(1) and m.start(1) < e for s, e in cues):
                continue
            names = [(s, e) for s, e, i in self.mentions.inside(max(start, m.start(1) - 60), m.start(1))
                     if self.actors[i].type == "person" and not self.text[e:m.start(1)].strip()]
            if not names:
                continue
            content = (m.end(), end)
            while content[1] > content[0] and not self.text[content[1] - 1].isalnum():
                content = (content[0], content[1] - 1)
            if content[1] - content[0] < 8:
                continue
            source_type, country, state, named, name = type_source(
                self.text, names[-1], self.parse, self.table, dict(self.table.countries), self.actors, self.mentions)
            evidence = f"{EVIDENCE42}_promise"
            out.append(Attribution(
                start=names[-1][0], end=content[1], label="indirect", score=0.7, evidence=evidence, kind="indirect",
                speaker=Span(start=names[-1][0], end=names[-1][1], label="speaker", score=0.7, evidence=evidence),
                cue=Span(start=m.start(1), end=m.end(1), label="cue", score=0.7, evidence=evidence),
                content=Span(start=content[0], end=content[1], label="content", score=0.7, evidence=evidence),
                source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state,
                named=named))
        return out

    def dash_label(self, result: list[Attribution]) -> list[Attribution]:
        """The headline line's " - <title> <Name>: claim"; contents running over the dash stop before it."""
        end = self.text.find("\n")
        line = self.text[:end if end >= 0 else len(self.text)]
        m = DASH_LABEL42.search(line)
        if m is None:
            return result
        speaker = m.span(1)
        if not any(self.actors[i].type == "person" and e == speaker[1] for _, e, i in self.mentions.inside(*speaker)):
            return result  # the label does not end in a person's name
        if any(a.content.start <= m.start(2) < a.content.end and a.content.start >= m.end(0) - len(m.group(2))
               for a in result):
            return result  # the claim is found already
        cut = m.start()
        out = []
        for a in result:
            if a.content.start < cut < a.content.end:
                content = Span(start=a.content.start, end=cut, label="content", score=a.content.score,
                               evidence=f"{EVIDENCE42}_dash_label")
                a = a.model_copy(update={"content": content})
            out.append(a)
        source_type, country, state, named, name = type_source(
            self.text, speaker, self.parse, self.table, dict(self.table.countries), self.actors, self.mentions)
        evidence = f"{EVIDENCE42}_dash_label"
        content = Span(start=m.start(2), end=m.end(2), label="content", score=0.7, evidence=evidence)
        out.append(Attribution(
            start=speaker[0], end=m.end(2), label="indirect", score=0.7, evidence=evidence, kind="indirect",
            speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=0.7, evidence=evidence),
            cue=None, content=content, source_type=source_type, speaker_name=name, source_country=country,
            state_affiliated=state, named=named))
        return out

    # -- a person's country from a title before the name --------------------------------------------------------

    def title_country(self, actor: Actor) -> str | None:
        countries = dict(self.table.countries)
        for m in actor.mentions:
            line = self.text[max(0, m.start - 150):m.start]
            stops = list(TITLE_START42.finditer(line))
            lo = m.start - len(line) + (stops[-1].end() if stops else 0)
            title = self.text[lo:m.start]
            if not title.strip():
                continue
            nat = NATIONALITY_RE42.search(title)
            if nat:
                return NATIONALITY42[nat.group(1).lower()]
            codes = {countries[self.actors[i].name] for _, _, i in self.mentions.inside(lo, m.start)
                     if self.actors[i].type == "country" and self.actors[i].name in countries}
            if len(codes) == 1:
                return codes.pop()
        return None

    def person_country(self, result: list[Attribution]) -> list[Attribution]:
        by_name = {a.name: a for a in self.actors if a.type == "person"}
        cache: dict[str, str | None] = {}
        out = []
        for a in result:
            if a.source_type == "person" and a.source_country is None and a.speaker_name in by_name:
                name = a.speaker_name
                if name not in cache:
                    cache[name] = self.title_country(by_name[name])
                if cache[name] is not None:
                    a = a.model_copy(update={"source_country": cache[name]})
            out.append(a)
        return out


def round42_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 42's pass over the typed attributions (the module's docstring)."""
    p = _Pass42(text, parse, actors, table)
    result = p.joined_speaker([p.titled_name(p.glued_stop(p.glued_quote(a))) for a in out])
    result += p.condemned([(a.cue.start, a.cue.end) for a in result if a.cue is not None])
    result += p.promised([(a.cue.start, a.cue.end) for a in result if a.cue is not None])
    result = p.dash_label(result)
    return p.person_country(result)
