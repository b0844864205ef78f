"""Round 40 (issue 19): Russian development misses of round 40's fresh gold (tests/test_ru40.py), one pass over the
typed attributions after round 39's:

- a quotation that runs over several paragraphs with one opening and one closing mark ("«A\\n\\nB\\n\\nC», — говорится
  в письме X"): the base found only the last paragraph; each earlier paragraph is now X's too (one attribution a
  paragraph, no cue), and the reports the quotation itself quotes ("вы заявили – ...") are dropped as nested;
- a politician with no country in an article that names one country's parliament ("член парламента Грузии"): that
  country;
- "«...», – приводит <outlet> мнение эксперта <Name>": the quotation is the named expert's, not the outlet's;
- "В <Place> уверены в том, что ..." (a plural belief of a place's people): the place speaks, as "В X заявили";
- "в дипведомстве" with no country: the foreign ministry (government) of the country named just before it
  ("МИД Турции");
- "– говорится в сообщении" with no owner right after "Об этом сообщили в X": X's;
- a Latin name ending in a newspaper's word ("Denver Herald") typed organization: media (round 39's lead);
- "по данным X" inside a sentence ("показатель, по данным X, составил N"): the content runs on after the cue's
  phrase to the end of the clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import type_source
from .nlp import RuParse, SpanIndex

EVIDENCE40 = "attributions_ru.v1:round40"
SCORE40 = 0.7
_OPEN40 = "«„“"
_CLOSE40 = "»“”"
#: A paragraph: one line of text.
PARAGRAPH40 = re.compile(r"[^\n]+")
#: "парламента Грузии", "член парламента X": the word after "парламент" names the parliament's country.
PARLIAMENT40 = re.compile(r"\bпарламент[а-я]*\s+([А-ЯЁ][\w-]+)")
#: "«...», – приводит <outlet> мнение / слова <speaker>." (the outlet relays, the speaker speaks).
RELAYED40 = re.compile(rf"[{_OPEN40}\"]([^\n]{{8,}}?)[{_CLOSE40}\"]\s*,?\s*[–—-]\s+(привод(?:ит|ят|ил|ила|или))\s+"
                       r"[^.\n]{2,60}?\s(?:мнение|слова)\s+([^.\n,]{3,80}?)\s*\.")
#: "В Брюсселе уверены в том, что ...": a plural belief of a place's people.
PLACE_BELIEF40 = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[Вв]\s+([А-ЯЁ][\w-]+)\s+(уверены|считают|полагают)"
                            r"(?:\s+в\s+том)?\s*,\s*что\s+")
#: "<что> многими представителями X рассматривается как Y": a view with its holders in the instrumental plural.
REGARDED40 = re.compile(r"(?<![\w-])([а-яё]+ми\s+[^,.;:!?\n«»\"]{2,80}?)\s+"
                        r"(рассматрива(?:ется|ются|лся|лась|лось|лись))\s+как\s+")
#: Quantifiers that leave the holders of a view unnamed ("многими", "некоторыми", "большинством").
QUANTIFIED40 = re.compile(r"(?:многими|некоторыми|большинством|рядом|частью)\s", re.I)
#: "Мол, ..." opening a sentence: the paraphrase goes on with the speaker of the sentence before.
SO_THEY_SAY40 = re.compile(r"(?:(?<=\n)|(?<=[.!?]\s))(Мол),\s+")
#: A Latin name ending in a newspaper's word ("Denver Herald", "Hindustan Times"): an outlet no table knows.
OUTLET40 = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,3}(?:Times|Post|Herald|News|Journal|Tribune|Gazette|"
                      r"Telegraph|Guardian|Observer|Chronicle|Courier|Inquirer|Examiner|Monitor)")
#: "в дипведомстве": the foreign ministry.
DIPLOMATIC40 = re.compile(r"дипведомств[а-я]*")
#: "МИД Турции": the foreign ministry of a named country.
FOREIGN_MINISTRY40 = re.compile(r"\bМИД(?:а|е|у|ом)?\s+([А-ЯЁ][\w-]+)")
#: Where a clause ends after an inner "по данным X," ("..., а по данным Y — ...", ";", the sentence's end).
CLAUSE_END40 = re.compile(r",\s+(?:а|но|однако)\s+|;|[.!?](?:\s|$)")


def _new40(kind: str, speaker: tuple[int, int] | None, cue: tuple[int, int] | None, content: tuple[int, int],
           typed: tuple[str, str | None, bool, bool, str | None], rule: str) -> Attribution:
    source_type, country, state, named, name = typed
    evidence = f"{EVIDENCE40}_{rule}"
    spans = [content] + ([cue] if cue else []) + ([speaker] if speaker else [])
    return Attribution(
        start=min(s[0] for s in spans), end=max(s[1] for s in spans), label=kind, score=SCORE40, evidence=evidence,
        kind=kind,  # type: ignore[arg-type]
        speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE40, evidence=evidence)
        if speaker else None,
        cue=Span(start=cue[0], end=cue[1], label="cue", score=SCORE40, evidence=evidence) if cue else None,
        content=Span(start=content[0], end=content[1], label="content", score=SCORE40, evidence=evidence),
        source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state, named=named)


def _trim40(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in _OPEN40):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in _CLOSE40 + ".!?…"):
        end -= 1
    return start, end


class _Pass40:
    def __init__(self, text: str, parse: RuParse, actors: Sequence[Actor], table: SourceTable) -> None:
        self.text, self.parse, self.actors, self.table = text, parse, actors, table
        self.mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)
        self.paragraphs = [(m.start(), m.end()) for m in PARAGRAPH40.finditer(text) if m.group().strip()]

    def typed(self, span: tuple[int, int]) -> tuple[str, str | None, bool, bool, str | None]:
        return type_source(self.text, span, self.parse, self.table, dict(self.table.countries), self.actors,
                           self.mentions)

    def country_at(self, start: int, end: int) -> str | None:
        countries = dict(self.table.countries)
        for _, _, i in self.mentions.inside(start, end):
            if self.actors[i].type == "country" and self.actors[i].name in countries:
                return countries[self.actors[i].name]
        return None

    # -- a quotation over several paragraphs ------------------------------------------------------------------

    def opener(self, close: int) -> int | None:
        """The opening mark of the quotation closed at ``close`` (nesting counted), or None."""
        depth = 1
        for k in range(close - 1, -1, -1):
            ch = self.text[k]
            if ch in "»":
                depth += 1
            elif ch in "«":
                depth -= 1
                if depth == 0:
                    return k
        return None

    def long_quotes(self, out: list[Attribution]) -> tuple[list[Attribution], set[int]]:
        """Earlier paragraphs of a quotation closed in a later one; the indices of reports nested in it."""
        added: list[Attribution] = []
        nested: set[int] = set()
        for n, a in enumerate(out):
            if a.cue is None or a.speaker is None or a.cue.start < a.content.end:
                continue
            between = self.text[a.content.end:a.cue.start]
            if "»" not in between or "\n" in between:
                continue
            close = a.content.end + between.index("»")
            para = next((p for p in self.paragraphs if p[0] <= a.content.start < p[1]), None)
            if para is None or self.text[para[0]:a.content.start].strip(" «"):
                continue  # the content opens its paragraph
            start = self.opener(close)
            if start is None or start >= para[0] or self.text[:start].rstrip(" ")[-1:] not in ("\n", ""):
                continue  # opened in an earlier paragraph, at that paragraph's start
            inside = [p for p in self.paragraphs if start <= p[0] < para[0] or p[0] <= start < p[1]]
            if len(inside) > 40:
                continue
            for m, b in enumerate(out):
                if m != n and start <= b.content.start < close and (b.cue is None or start <= b.cue.start < close):
                    nested.add(m)
            typed = (a.source_type or "anonymous", a.source_country, a.state_affiliated, a.named, a.speaker_name)
            for p in inside:
                content = _trim40(self.text, max(p[0], start + 1), p[1])
                if content[1] - content[0] >= 8:
                    added.append(_new40("direct", (a.speaker.start, a.speaker.end), None, content, typed,
                                        "long_quote"))
        return added, nested

    # -- types and countries -----------------------------------------------------------------------------------

    def parliament_country(self, a: Attribution) -> Attribution:
        """A politician with no country: the one country whose parliament the article names."""
        codes = {c for m in PARLIAMENT40.finditer(self.text) if (c := self.country_at(*m.span(1))) is not None}
        if len(codes) != 1:
            return a
        return a.model_copy(update={"source_country": codes.pop()})

    def diplomatic(self, a: Attribution) -> Attribution:
        """"в дипведомстве": the foreign ministry of the country named in "МИД <Country>" before it."""
        assert a.speaker is not None
        before = list(FOREIGN_MINISTRY40.finditer(self.text, max(0, a.speaker.start - 600), a.speaker.start))
        code = self.country_at(*before[-1].span(1)) if before else None
        return a.model_copy(update={"source_type": "government", "source_country": code or a.source_country,
                                    "state_affiliated": True})

    def fixed(self, a: Attribution, previous: Attribution | None) -> Attribution:
        if a.speaker is None:
            if a.cue is not None and previous is not None and previous.speaker is not None and \
                    re.fullmatch(r"говорится\s+в\s+сообщении", self.text[a.cue.start:a.cue.end]) and \
                    previous.source_type in ("government", "organization") and \
                    0 <= a.content.start - previous.content.end < 200 and \
                    previous.cue is not None and self.text[previous.cue.start:previous.cue.end].startswith("сообщ"):
                typed = (previous.source_type, previous.source_country, previous.state_affiliated, previous.named,
                         previous.speaker_name)
                sp = previous.speaker
                return a.model_copy(update={
                    "speaker": Span(start=sp.start, end=sp.end, label="speaker", score=SCORE40,
                                    evidence=f"{EVIDENCE40}_message"),
                    "source_type": typed[0], "source_country": typed[1], "state_affiliated": typed[2],
                    "named": typed[3], "speaker_name": typed[4]})
            return a
        phrase = self.text[a.speaker.start:a.speaker.end]
        if DIPLOMATIC40.fullmatch(phrase.strip()) and a.source_type != "government":
            return self.diplomatic(a)
        if a.source_type == "organization" and OUTLET40.fullmatch(phrase.strip()):
            return a.model_copy(update={"source_type": "media"})  # an outlet the tables do not know
        if a.source_type == "politician" and a.source_country is None:
            return self.parliament_country(a)
        return a

    # -- attributions missed or cut short ----------------------------------------------------------------------

    def relayed(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """"«...», – приводит <outlet> мнение эксперта <Name>."."""
        out = []
        for m in RELAYED40.finditer(self.text):
            content = _trim40(self.text, *m.span(1))
            if any(s < content[1] and content[0] < e for s, e in covered):
                continue
            speaker = _trim40(self.text, *m.span(3))
            out.append(_new40("direct", speaker, m.span(2), content, self.typed(speaker), "relayed"))
        return out

    def place_belief(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """"В <Place> уверены в том, что <clause>"."""
        out = []
        for m in PLACE_BELIEF40.finditer(self.text):
            if any(s < m.end(2) and m.start(2) < e for s, e in covered):
                continue
            if not any(self.actors[i].type in ("country", "location", "organization")
                       for *_, i in self.mentions.inside(*m.span(1))):
                continue
            end = next((s.end for s in self.parse.sentences if s.start <= m.end() < s.end), None)
            if end is None:
                continue
            content = _trim40(self.text, m.end(), end)
            if content[1] - content[0] < 8:
                continue
            speaker = m.span(1)
            _, country, _, named, name = self.typed(speaker)
            # a place's people believe: its authorities, as "В Запорожской области заявили" (government)
            out.append(_new40("indirect", speaker, m.span(2), content, ("government", country, True, named, name),
                              "place_belief"))
        return out

    def regarded(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """"..., что многими представителями властей рассматривается как угроза ...": the instrumental holders'."""
        out = []
        for m in REGARDED40.finditer(self.text):
            if any(s < m.end(2) and m.start(2) < e for s, e in covered):
                continue
            end = next((s.end for s in self.parse.sentences if s.start <= m.end() < s.end), None)
            if end is None:
                continue
            content = _trim40(self.text, m.end(), end)
            speaker = _trim40(self.text, *m.span(1))
            if content[1] - content[0] < 8:
                continue
            typed = self.typed(speaker)
            if QUANTIFIED40.match(self.text, speaker[0]):
                typed = ("anonymous", typed[1], False, False, None)  # "многими экспертами": unnamed (round 36)
            out.append(_new40("indirect", speaker, m.span(2), content, typed, "regarded"))
        return out

    def so_they_say(self, result: list[Attribution]) -> tuple[list[Attribution], set[int]]:
        """"Мол, <paraphrase>" opening a sentence right after a report: that report's speaker, to the paragraph's
        end; reports whose cue the paraphrase holds are nested in it."""
        added: list[Attribution] = []
        nested: set[int] = set()
        for m in SO_THEY_SAY40.finditer(self.text):
            prev = [a for a in result if a.speaker is not None and a.content.end <= m.start() and
                    not self.text[a.content.end:m.start()].strip(" .!?»\"\n")]
            if not prev:
                continue
            a = prev[-1]
            assert a.speaker is not None
            end = self.text.find("\n", m.end())
            content = _trim40(self.text, m.end(), end if end >= 0 else len(self.text))
            if content[1] - content[0] < 8:
                continue
            for n, b in enumerate(result):
                if b.cue is not None and content[0] <= b.cue.start < content[1]:
                    nested.add(n)
            typed = (a.source_type or "anonymous", a.source_country, a.state_affiliated, a.named, a.speaker_name)
            added.append(_new40("indirect", (a.speaker.start, a.speaker.end), m.span(1), content, typed,
                                "so_they_say"))
        return added, nested

    def inner_according(self, a: Attribution) -> Attribution:
        """"показатель, по данным X, составил N": the content runs on after the cue's phrase."""
        if a.cue is None or a.speaker is None or a.kind != "according_to" or \
                not self.text[a.cue.start:a.cue.end].lower().startswith("по данным"):
            return a
        if not (a.content.end <= a.cue.start and self.text[a.content.end:a.cue.start].strip() == ","):
            return a
        after = re.compile(r"\s*,\s*").match(self.text, a.speaker.end)
        if after is None:
            return a
        sent_end = next((s.end for s in self.parse.sentences if s.start <= a.cue.start < s.end), None)
        if sent_end is None:
            return a
        stop = CLAUSE_END40.search(self.text, after.end(), sent_end)
        end = _trim40(self.text, after.end(), stop.start() if stop else sent_end)[1]
        if end - after.end() < 3:
            return a
        content = Span(start=a.content.start, end=end, label="content", score=a.content.score,
                       evidence=f"{EVIDENCE40}_inner_according")
        return a.model_copy(update={"content": content, "end": max(a.end, end)})


def round40_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 40's pass over the typed attributions (the module's docstring)."""
    p = _Pass40(text, parse, actors, table)
    order = sorted(range(len(out)), key=lambda n: out[n].content.start)
    before = {n: (out[order[k - 1]] if k else None) for k, n in enumerate(order)}
    fixed = [p.inner_according(p.fixed(a, before[n])) for n, a in enumerate(out)]
    added, nested = p.long_quotes(fixed)
    result = [a for n, a in enumerate(fixed) if n not in nested]
    result += [p.fixed(b, None) for b in added]
    cues = [(a.cue.start, a.cue.end) for a in result if a.cue is not None]
    contents = [(a.content.start, a.content.end) for a in result]
    result += p.relayed(contents) + p.place_belief(cues) + p.regarded(cues)
    said, nested = p.so_they_say(result)
    return [a for n, a in enumerate(result) if n not in nested] + said
