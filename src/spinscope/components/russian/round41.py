"""Round 41 (issue 19): the Russian leads rounds 38-40 left open (tests/test_ru41.py), one pass over the typed
attributions after round 39's (and round 40's, where the merge puts it):

- the writer's own "я заявлял" (a speaker "я" outside quotation marks, in an article with no interview turns): the
  author's voice, typed media (round 36's gold: a columnist's "я" is the outlet's), of no country (the outlet is
  not in the text, and the country the article names most is its topic, not the writer's);
- interview answers without a speech verb ("— Вопрос? — Ответ."): a dash-opened paragraph ending in "?" followed by
  a dash-opened paragraph is a question and its answer; with two such pairs or more, each answer is a direct
  attribution of the interviewee, the last person named before the first question;
- "Это сказал / Об этом заявил <speaker>." after a sentence with no quoted phrase (round 39 took a quoted phrase
  only): the sentence before is the content, as the base's "Об этом заявил X" reading has it; a speaker phrase
  with Latin words ("глава Johnson & Johnson <Name>") is read to the sentence's end;
- a participle cue whose head noun carries a prepositional phrase ("эксперт по энергетике, считающий, что ..."):
  the noun with its phrase is the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...result import Actor, Attribution
from ..attribution.sources import SourceTable
from .nlp import RuParse
from .round39 import QUOTED39, _new39, _Pass39, _trim39, _with_speaker39

_OPEN41 = "«\"„“"
#: A dash-opened paragraph (an interview turn).
TURN41 = re.compile(r"(?m)^[ \t]*[—–-][ \t]*(\S[^\n]*?)[ \t]*$")
#: "Это сказал X." / "Об этом заявил X." at a sentence's start, the speaker phrase running to the sentence's end.
THIS_SAID41 = re.compile(r"(?:Это|Об\s+этом)\s+(сказал|сказала|заявил|заявила|сообщил|сообщила|написал|написала|"
                         r"говорил|говорила|рассказал|рассказала)\s+([^,;:!?\n«»]{2,160}?)\s*[.!]?\s*$")
#: A participle cue ("считающий", "полагавший", "утверждающего") with a head noun and its prepositional phrase before.
PARTICIPLE41 = re.compile(r"(?<![\w-])([а-яё]+\s+(?:по|из|в|на|от)\s+[а-яё]+(?:\s+[а-яё]+)?),\s*$", re.I)
#: Nouns that name a speaker by occupation and can head a participle cue.
HEADS41 = frozenset({"эксперт", "аналитик", "экономист", "политолог", "историк", "журналист", "депутат",
                     "специалист", "исследователь", "чиновник", "дипломат", "профессор", "учёный", "ученый"})


class _Pass41(_Pass39):
    def quoted_at(self, at: int) -> bool:
        para_start = self.text.rfind("\n", 0, at) + 1
        return any(m.start() < at < m.end() for m in QUOTED39.finditer(self.text, para_start, at + 2)) or \
            self.text[para_start:at].count("«") > self.text[para_start:at].count("»")

    def writer(self, a: Attribution, interview: bool) -> Attribution:
        """The writer's own "я": media, of no country (the outlet is not in the text; the country the article talks
        about most is its topic, not the writer's: the lead's merge left the country out rather than guess)."""
        if interview or a.speaker is None or self.text[a.speaker.start:a.speaker.end].lower() != "я":
            return a
        para_start = self.text.rfind("\n", 0, a.speaker.start) + 1
        opening = self.text[para_start:a.speaker.start].lstrip()
        if opening and opening[0] in "—–-":
            return a  # a dash-opened turn: someone speaking, not the writer
        if self.quoted_at(a.speaker.start):
            return a
        return _with_speaker41(a, (a.speaker.start, a.speaker.end), ("media", None, False, False,
                                                                     None))

    def turns(self) -> list[tuple[re.Match[str], re.Match[str]]]:
        """(question, answer) paragraph pairs: a dash-opened "?" paragraph, then a dash-opened one."""
        paras = list(TURN41.finditer(self.text))
        pairs = []
        for q, ans in pairwise(paras):
            if q.group(1).endswith("?") and not ans.group(1).endswith("?") and \
                    not self.text[q.end():ans.start()].strip():
                pairs.append((q, ans))
        return pairs if len(pairs) >= 2 else []

    def answers(self, pairs: list[tuple[re.Match[str], re.Match[str]]],
                covered: list[tuple[int, int]]) -> list[Attribution]:
        first = pairs[0][0].start()
        persons = sorted((m.start, m.end) for a in self.actors if a.type == "person" for m in a.mentions
                         if m.end <= first)
        if not persons:
            return []
        speaker = persons[-1]
        typed = self.typed(speaker)
        out = []
        for _, ans in pairs:
            content = _trim39(self.text, *ans.span(1))
            if content[1] - content[0] < 3 or any(s < content[1] and content[0] < e for s, e in covered):
                continue
            out.append(_new39("direct", speaker, content, content, typed, "answer").model_copy(
                update={"cue": None, "evidence": "attributions_ru.v1:round41_answer"}))
        return out

    def this_said(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """"Это сказал X." after a sentence with no quoted phrase: the sentence before is the content."""
        out = []
        sents = self.parse.sentences
        for n, sent in enumerate(sents):
            m = THIS_SAID41.match(self.text, sent.start, sent.end)
            if m is None or n == 0 or any(s < m.end(1) and m.start(1) < e for s, e in covered):
                continue
            prev = sents[n - 1]
            if QUOTED39.search(self.text, prev.start, prev.end) or "\n\n" in self.text[prev.end:sent.start]:
                continue
            speaker = _trim39(self.text, *m.span(2))
            if not self.named_at(*speaker, kinds=("person", "organization")):
                continue
            content = _trim39(self.text, prev.start, prev.end)
            out.append(_new39("indirect", speaker, m.span(1), content, self.typed(speaker), "this_said41"))
        return out

    def participle_phrase(self, a: Attribution) -> Attribution:
        """"эксперт по энергетике, считающий, что ...": the noun and its phrase."""
        if a.speaker is not None or a.cue is None:
            return a
        cue = self.text[a.cue.start:a.cue.end].lower()
        if not re.fullmatch(r"[а-яё]+(?:ющ|ящ|ащ|вш|ш)(?:ий|ая|ее|ие|его|ей|их|ему|им)", cue):
            return a
        line_start = max(self.text.rfind("\n", 0, a.cue.start), self.text.rfind(".", 0, a.cue.start)) + 1
        m = PARTICIPLE41.search(self.text, line_start, a.cue.start)
        if m is None or self.text[m.start(1):].split(maxsplit=1)[0].lower() not in HEADS41:
            return a
        return _with_speaker41(a, m.span(1), self.typed(m.span(1)))


def _with_speaker41(a: Attribution, speaker: tuple[int, int], typed: tuple[str, str | None, bool, bool, str | None]
                    ) -> Attribution:
    b = _with_speaker39(a, speaker, typed)
    return b.model_copy(update={"evidence": f"{a.evidence}+round41"})


def round41_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 41's pass over the typed attributions (the module's docstring)."""
    p = _Pass41(text, parse, actors, table)
    pairs = p.turns()
    result = [p.participle_phrase(p.writer(a, bool(pairs))) for a in out]
    cues = [(a.cue.start, a.cue.end) for a in result if a.cue is not None]
    contents = [(a.content.start, a.content.end) for a in result]
    return result + (p.answers(pairs, contents) if pairs else []) + p.this_said(cues)
