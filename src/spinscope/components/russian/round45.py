"""Round 45 (issue 19): misses of round 45's fresh gold and round 44's Open leads (tests/test_ru45.py), one pass
over the typed attributions after round 44's:

- an outlet's "Об этом [date] сообщает <outlet>." after "Он [также] раскритиковал <X>" (a verb of judging with a
  pronoun subject, no cue of the base, no other report in the sentence): the relay becomes the pronoun's topic
  report, typed as the nearest named speaker before it (backed out: dropping the relay where the sentence already
  holds another speaker's report lowered an older held-out figure; scripts/ru45/README.md);
- a parenthetical cue inside a sentence ("К такому союзу, уверен X, будут ...", "Впрочем, подчёркивает он,
  прогнозы ..."): the words after the second comma are X's report (the opening words before the first comma,
  often a linking word, stay out); a pronoun speaker is typed as the nearest named speaker before it;
- a paragraph-long quotation in straight marks with straight-marked words inside it ('"A "B" C. D", - указал
  он.'): the base paired the inner marks and kept the last sentence; the content now runs from the paragraph's
  opening mark;
- two «...», — <verb> <speaker>. quotations in one paragraph ("«A», — продолжили епископы. «B», — говорится в
  заявлении."): the base kept only the second's last sentence; each quotation is now whole, its speaker the phrase
  after the verb ("говорится в заявлении": the statement, typed as the nearest named speaker before it, its owner);
- clergy as a body ("епископы", "председатели комитетов епископов США": a plural of a clergy noun) are an
  organization (a conference of bishops speaks as one), with the country of their own phrase or of the nearest
  earlier clergy phrase that has one ("Епископы заявили" after "епископов США");
- "X издал указ, в котором объявил, что ..." (a relative clause on a document with no subject of its own): the
  report is X's, the nearest person named before "в котором" in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import type_source
from .nlp import RuParse, SpanIndex

EVIDENCE45 = "attributions_ru.v1:round45"
SCORE45 = 0.7
PRONOUNS45 = frozenset({"он", "она", "они"})
#: A sentence "Он [также] раскритиковал <X>": a verb of judging with a pronoun subject.
JUDGING45 = re.compile(r"(Он|Она|Они)\s+(?:также\s+|тоже\s+|ещё\s+|еще\s+|и\s+)?"
                       r"(раскритиковал[аи]?|осудил[аи]?|похвалил[аи]?|высмеял[аи]?|поддержал[аи]?)\s+"
                       r"([^.!?\n]{6,}?)\s*[.!?]?\s*$")
#: A parenthetical cue: "<opening>, уверен X, <content>." inside one sentence.
PAREN_VERBS45 = (r"уверен[аы]?|убежд[её]н[аы]?|подч[её]ркивает|подч[её]ркивают|подч[её]ркнул[аи]?|отмечает|"
                 r"отмечают|отметил[аи]?|считает|считают|полагает|полагают|добавляет|добавил[аи]?|уточнил[аи]?|"
                 r"заявляет|заявил[аи]?|заметил[аи]?|напомнил[аи]?|говорит|признаёт|признает")
PAREN45 = re.compile(rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))([А-ЯЁ][^,.!?\n«»\"]{{0,40}}),\s+({PAREN_VERBS45})\s+"
                     r"([^,.!?\n«»\"]{1,60}?),\s+([^.!?\n]{10,}?[.!?])", re.MULTILINE)
#: A paragraph that is one quotation in straight marks closed by a dash and a verb.
PARA_QUOTE45 = re.compile(r"^\"([^\n]{8,})\"\s*,?\s*[–—-]\s*[а-яё]+", re.MULTILINE)
#: «...», — <verb> <speaker>. (a quotation closed by a dash and a verb of saying, the speaker after it).
CLOSED45 = re.compile(r"«([^«»\n]{8,})»\s*,?\s*[—–-]\s*(продолжил[аи]?|добавил[аи]?|заявил[аи]?|отметил[аи]?|"
                      r"подчеркнул[аи]?|сказал[аи]?|говорится\s+в)\s+([^.!?«»\n,]{2,60}?)\s*(?=[.!?\n])")
#: The statement a "говорится в" points to.
DOCUMENTS45 = re.compile(r"(?:совместном\s+)?(?:заявлении|обращении|письме|сообщении)")
#: A plural clergy noun: the speakers are a church body.
CLERGY45 = re.compile(r"(?<!\w)(?:архи)?(?:епископ|кардинал|митрополит|священник|раввин|имам|пастор)(?:ы|ов|ами|ам)"
                      r"(?!\w)", re.IGNORECASE)
#: A closing mark and a dash, or a sentence end and an opening mark: a second quotation, not inner marks.
NEXT_QUOTE45 = re.compile(r"\"\s*,?\s*[–—-]|[.!?…]\s+\"")
#: "..., в котором объявил, что": a document's relative clause with no subject.
WHICH45 = re.compile(r",\s*в\s+(?:котором|которой|которых)\s*$")


def _trim45(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum() and text[start] not in "«\"":
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in "»\"":
        end -= 1
    return start, end


class _Pass45:
    def __init__(self, text: str, parse: RuParse, actors: Sequence[Actor], table: SourceTable) -> None:
        self.text, self.parse, self.actors, self.table = text, parse, actors, table
        self.mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)

    def _new(self, kind: str, speaker: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int],
             rule: str, like: Attribution | None = None) -> Attribution:
        """A new attribution, typed from its speaker phrase, or as ``like`` (a pronoun's antecedent report)."""
        ev = f"{EVIDENCE45}_{rule}"
        if like is not None:
            source_type, country, state, named, name = (like.source_type, like.source_country,
                                                        like.state_affiliated, like.named, like.speaker_name)
        else:
            source_type, country, state, named, name = type_source(
                self.text, speaker, self.parse, self.table, dict(self.table.countries), self.actors, self.mentions)
        spans = [content, cue] + ([speaker] if speaker else [])
        return Attribution(
            start=min(s[0] for s in spans), end=max(s[1] for s in spans), label=kind, score=SCORE45, evidence=ev,
            kind=kind,  # type: ignore[arg-type]
            speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE45, evidence=ev)
            if speaker else None,
            cue=Span(start=cue[0], end=cue[1], label="cue", score=SCORE45, evidence=ev),
            content=Span(start=content[0], end=content[1], label="content", score=SCORE45, evidence=ev),
            source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state,
            named=named, resolved_from=like.speaker if like is not None else None)

    def _antecedent(self, result: Sequence[Attribution], before: int) -> Attribution | None:
        """The nearest report before ``before`` whose speaker is a named phrase (not a pronoun)."""
        best = None
        for a in result:
            if a.speaker is None or a.speaker.end > before or not a.speaker_name:
                continue
            if self.text[a.speaker.start:a.speaker.end].strip().lower() in PRONOUNS45:
                continue
            if best is None or a.speaker.start > best.speaker.start:  # type: ignore[union-attr]
                best = a
        return best

    # -- relays --------------------------------------------------------------------------------------------------
    def relays(self, result: list[Attribution]) -> list[Attribution]:
        out: list[Attribution] = []
        for a in result:
            if not (a.evidence or "").endswith(":about-this") or a.speaker is None or a.cue is None or \
                    a.source_type not in ("media", "organization") or a.cue.start < a.content.end:
                out.append(a)
                continue
            cs, ce = a.content.start, a.content.end
            inner = [b for b in result if b is not a and b.cue is not None and b.speaker is not None and
                     cs <= b.cue.start and b.cue.end <= ce and cs <= b.speaker.start and b.speaker.end <= ce]
            if inner:
                out.append(a)  # backed out: dropping such a relay lowered an older held-out figure (README)
                continue
            m = JUDGING45.match(self.text, cs, ce) if self.text[cs:ce].strip() else None
            if m is None or any(b is not a and b.content.start < ce and cs < b.content.end for b in result):
                out.append(a)
                continue
            like = self._antecedent(result, cs)
            if like is None:
                out.append(a)
                continue
            content = _trim45(self.text, *m.span(3))
            out.append(self._new("indirect", m.span(1), m.span(2), content, "relay_judging", like))
        return out

    # -- parenthetical cues --------------------------------------------------------------------------------------
    def parenthetical(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for m in PAREN45.finditer(self.text):
            content = _trim45(self.text, *m.span(4))
            if content[1] - content[0] < 10 or any(
                    b.content.start < content[1] and content[0] < b.content.end for b in out):
                continue
            speaker = _trim45(self.text, *m.span(3))
            phrase = self.text[speaker[0]:speaker[1]].lower()
            like = None
            if phrase in PRONOUNS45:
                like = self._antecedent(out, speaker[0])
                if like is None:
                    continue
            elif not any(s < speaker[1] and speaker[0] < e for s, e, _ in self.mentions.inside(*speaker)):
                continue  # a named speaker only: an actor's mention in the phrase
            out.append(self._new("indirect", speaker, m.span(2), content, "parenthetical", like))
        return out

    # -- a paragraph quotation with inner straight marks ---------------------------------------------------------
    def paragraph_quote(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for m in PARA_QUOTE45.finditer(self.text):
            inner = m.span(1)
            if self.text.count("\"", *inner) == 0 or self.text.count("\"", *inner) % 2:
                continue  # only where inner straight marks are paired
            if NEXT_QUOTE45.search(self.text, *inner):
                continue  # two quotations of one paragraph ('"A", - X. "B", - Y.'), not marks inside one
            if self.text[inner[0]] == "\"" and self.text[inner[1] - 1] == "\"":
                continue  # doubled marks ('""A. B"" , - X'): one quotation, round 26's (kept at the merge)
            inside = [n for n, a in enumerate(out) if a.kind == "direct" and inner[0] <= a.content.start and
                      a.content.end <= inner[1] and a.cue is not None and a.cue.start >= inner[1]]
            if len(inside) != 1 or out[inside[0]].content.start == inner[0]:
                continue
            n = inside[0]
            a = out[n]
            ev = f"{EVIDENCE45}_paragraph_quote"
            content = Span(start=inner[0], end=inner[1], label="content", score=a.content.score, evidence=ev)
            out[n] = a.model_copy(update={"content": content, "start": min(a.start, inner[0])})
            # a record of the paragraph's earlier words, now inside the quotation, goes
            out = [b for k, b in enumerate(out) if k == n or not (
                b.cue is not None and inner[0] <= b.content.start and b.content.end <= inner[1] and
                inner[0] <= b.cue.start and b.cue.end <= inner[1] and b.kind == "direct")]
        return out

    # -- «A», — V X. «B», — V Y. ----------------------------------------------------------------------------------
    def closed_quotes(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for m in CLOSED45.finditer(self.text):
            para = (self.text.rfind("\n", 0, m.start()) + 1, self.text.find("\n", m.end()) % (len(self.text) + 1))
            if len(list(CLOSED45.finditer(self.text, para[0], para[1] or len(self.text)))) < 2:
                continue  # only the paragraph of two such quotations
            inner = m.span(1)
            verb = m.span(2)
            speaker = _trim45(self.text, *m.span(3))
            overlapping = [n for n, a in enumerate(out) if a.content.start < inner[1] and inner[0] < a.content.end]
            if len(overlapping) > 1:
                continue
            if overlapping:
                n = overlapping[0]
                a = out[n]
                if a.content.start <= inner[0] and a.content.end >= inner[1]:
                    continue
                if not (inner[0] <= a.content.start and a.content.end <= inner[1]) or a.cue is None or \
                        not (verb[0] <= a.cue.start < verb[1] + 12):
                    continue
            like = None
            if self.text[verb[0]:verb[1]].startswith("говорится"):
                if not DOCUMENTS45.fullmatch(self.text[speaker[0]:speaker[1]]):
                    continue
                like = self._antecedent(out, inner[0])
                if like is None:
                    continue
            elif not self.mentions.inside(*speaker) and not CLERGY45.search(self.text, *speaker):
                continue
            new = self._new("direct", speaker, verb, inner, "closed_quotes", like)
            if overlapping:
                out[overlapping[0]] = new
            else:
                out.append(new)
            out = self.clergy(out)  # a bishops' quotation typed before the statement after it takes its owner
        return out

    # -- clergy bodies -------------------------------------------------------------------------------------------
    def clergy(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        country: str | None = None
        for n, a in sorted(enumerate(out), key=lambda p: p[1].speaker.start if p[1].speaker else -1):
            if a.speaker is None or not CLERGY45.search(self.text, a.speaker.start, a.speaker.end):
                continue
            if any(self.actors[i].type == "person" for *_, i in self.mentions.inside(a.speaker.start,
                                                                                      a.speaker.end)):
                continue  # a named bishop speaks for himself
            country = a.source_country or country
            out[n] = a.model_copy(update={"source_type": "organization", "source_country": country,
                                          "state_affiliated": False})
        return out

    # -- "в котором объявил" -------------------------------------------------------------------------------------
    def which_clause(self, result: list[Attribution]) -> list[Attribution]:
        out = list(result)
        for n, a in enumerate(out):
            if a.speaker is not None or a.cue is None:
                continue
            sent = next((s for s in self.parse.sentences if s.start <= a.cue.start < s.end), None)
            if sent is None or not WHICH45.search(self.text, sent.start, a.cue.start):
                continue
            persons = [(s, e) for s, e, i in self.mentions.inside(sent.start, a.cue.start)
                       if self.actors[i].type == "person"]
            if not persons:
                continue
            speaker = max(persons)
            typed = self._new(a.kind, speaker, (a.cue.start, a.cue.end), (a.content.start, a.content.end),
                              "which_clause")
            out[n] = typed.model_copy(update={"kind": a.kind, "label": a.label})
        return out


def round45_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 45's pass over the typed attributions (the module's docstring)."""
    p = _Pass45(text, parse, actors, table)
    return p.clergy(p.closed_quotes(p.which_clause(p.paragraph_quote(p.parenthetical(p.relays(list(out)))))))
