"""Round 50 (issue 19): Russian development misses of round 50's fresh gold, one pass after ``lead45_unnamed``
(tests/test_ru50.py on sentences of our own).

Reports the base leaves without a record (each an older gold's convention, counted in
``scripts/ru50/count_conventions.txt`` or named below):

- "X пообещал(а) <infinitive> ..." (perfective "пообещать" with an infinitive, the promise quoted or not): a report
  of X, content from the infinitive (or the quotation mark before it) to the sentence's end. The older golds count
  every perfective "пообещал(и) <inf>" (3 of 3: rounds 36, 42, 44) and leave the imperfective "обещал / обещает
  <inf>" out (0 of 4), so the imperfective stays out;
- "X указал на <noun phrase>" with no "что" clause: a report, content from "на" (round 44's "указал на сложности");
- "X выразил надежду на то, что <clause>": a report (round 36's held-out "выразил надежду"; the base reads
  "надежду, что" only);
- "X призвал Y ..., а также заявил о Z" (a report verb with an "о" topic joined to a call's or a charge's verb,
  inside its content): the first content stops at the comma before the joiner and the joined verb is a report of
  the same speaker, its content from its "о" phrase to the sentence's end (the round 49 lead "заявила о <long
  NP>" in the shape this round's development gold has; round 36's ``_promise36`` does the same for promises);
- "«...», — обратился он к журналистам": a quotation closed by "обратиться" is the subject's (the base's dash-quote
  shape, a verb its cue list lacks);
- "«A», — указал он, подчеркнув, что «B»": the gerund of a report verb after a report is a second report of the
  same speaker.

Sources:

- a bare role phrase with no name that the base left as its own name ("считает спикер нижней палаты парламента"
  after "спикер Госдумы Вячеслав Володин"; "написала корреспондент ..." after "журналистка ... <Name>"): the
  nearest earlier report whose speaker phrase holds the same role noun (journalist nouns count as one role) and a
  resolved name gives the name, type and country; every report named by the bare phrase the same;
- a speaker phrase with a journalist noun and an outlet ("корреспондент телеканала X") is media; with
  "правозащитник" a person; with a scholar noun ("учёный")
  academic, the country of a nationality adjective before it ("американского учёного"); a company head ("генеральный
  директор ПАО «X»") an organization, its country Russia for a Russian legal form (ПАО, ОАО, АО, ООО). The same
  speaker name's other reports take that type and country.

- "..., и, по версии X, <clause>": a source phrase after a joiner, followed by a clause to the sentence's end,
  reports that clause (the base took the clause before it).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Literal

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import (
    CUE_VERBS,
    NON_SPEAKERS,
    _Found,
    _quotation_in,
    _speaker_range,
    _subject,
    _trim,
    _verb_cue,
    to_attributions,
)
from .lexicon import OFFICE_LEMMAS
from .nlp import RuParse, RuSentence, models
from .round42 import NATIONALITY42, NATIONALITY_RE42

EVIDENCE50 = "attributions_ru.v1:round50"
SCORE50 = 0.7
MIN_CONTENT50 = 12
FIRST_PERSON50 = frozenset({"я", "мы"})
#: A bare noun of these (or an office noun) as a report's whole speaker phrase refers back to the last speaker
#: ("Политик указал на ..." after "спикер Госдумы <Name> заявил").
BARE50 = frozenset({"политик", "эксперт", "дипломат", "чиновник", "аналитик", "политолог", "журналист"})
PRONOUNS50 = frozenset({"он", "она", "они", "его", "ее", "её", "их"})
POINT50 = frozenset({"указать", "указывать"})
HOPE_VERBS50 = frozenset({"выразить", "выражать"})
HOPE50 = re.compile(r"\s*(?:[а-яё]+\s+)?надежду\s+на\s+то\s*,\s*(?:что|чтобы)\s+", re.IGNORECASE)
#: Verbs a quotation closed by a dash may have as its cue, which the base's cue list lacks.
CLOSING50 = frozenset({"обратиться"})
#: This pass's verbs outside the base's parsed lemmas: a sentence with one is parsed here, on a copy (the shared
#: parse, which later layers read, is left as it is).
UNPARSED50 = frozenset({"пообещать", "обратиться"})
#: A report verb joined to another's ("..., а также заявил о Z"): these, and the base's cue verbs.
JOINED_VERBS50 = CUE_VERBS | frozenset({"заявить", "заявлять", "сообщить", "пообещать"})
JOINER50 = re.compile(r",?\s*(?:а\s+также|и\s+также|а|и)\s*$")
ABOUT50 = frozenset({"о", "об", "обо"})
#: The cues of a call or a charge, whose content (object and infinitive) the base runs to the sentence's end.
CALLS50 = frozenset({"призвать", "призывать", "потребовать", "требовать", "обвинить", "обвинять"})
#: Role nouns of journalists: one role for the back reference, and a media speaker.
JOURNALIST50 = frozenset({"журналист", "журналистка", "корреспондент", "репортер", "репортёр", "обозреватель",
                          "колумнист", "корреспондентка"})
#: A journalist speaks for an outlet named in the phrase ("корреспондент телеканала X", "обозреватель «X»"); a
#: journalist with none is a person (round 31's held-out gold: "Российский журналист <Name>" a person).
OUTLET50 = re.compile(r"телеканал|газет|издани|агентств|журнал[аеуо]?\b|радио|портал|«|"
                      r"[A-Z][a-z]+\s+(?:News|Post|Times)")
RIGHTS50 = frozenset({"правозащитник", "правозащитница"})
SCHOLAR50 = frozenset({"ученый", "учёный", "профессор", "исследователь", "вирусолог", "эпидемиолог", "экономист"})
HEAD50 = frozenset({"директор", "гендиректор", "глава", "руководитель"})
RU_FORMS50 = re.compile(r"(?<![\w-])(?:ПАО|ОАО|АО|ООО|ЗАО)(?![\w-])")
JOINED_SOURCE50 = re.compile(r",\s*(?:и|а|но)\s*,?\s*$")


def _parsed50(sent: RuSentence) -> RuSentence:
    """The sentence with natasha's morphology and syntax: itself when parsed, else a parsed copy."""
    if sent.parsed:
        return sent
    copy = RuSentence(sent.start, sent.end, [dataclasses.replace(t, feats={}) for t in sent.tokens])
    m = models()
    words = [[t.text.replace("ё", "е").replace("Ё", "Е") for t in copy.tokens]]
    for markup in m["morph"].map(words):
        for tok, mt in zip(copy.tokens, markup.tokens, strict=True):
            tok.pos, tok.feats = mt.pos, dict(mt.feats)
    for markup in m["syntax"].map(words):
        for tok, st in zip(copy.tokens, markup.tokens, strict=True):
            tok.head, tok.rel = int(st.head_id) - 1, st.rel
    copy.parsed = True
    return copy


def _new50(text: str, speaker: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int],
           like: Attribution | None, rule: str) -> Attribution:
    """An attribution typed as ``like`` (the same speaker's report)."""
    ev = f"{EVIDENCE50}_{rule}"
    kind: Literal["mixed", "indirect"] = "mixed" if _quotation_in(text[content[0]:content[1]]) else "indirect"
    spans = [s for s in (speaker, cue, content) if s is not None]
    return Attribution(
        start=min(s[0] for s in spans), end=max(s[1] for s in spans), label=kind, score=SCORE50, evidence=ev,
        kind=kind,
        speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE50, evidence=ev)
        if speaker is not None else None,
        cue=Span(start=cue[0], end=cue[1], label="cue", score=SCORE50, evidence=ev),
        content=Span(start=content[0], end=content[1], label="content", score=SCORE50, evidence=ev),
        source_type=like.source_type if like else None, speaker_name=like.speaker_name if like else None,
        source_country=like.source_country if like else None,
        state_affiliated=like.state_affiliated if like else False, named=like.named if like else False)


class _Pass50:
    def __init__(self, text: str, parse: RuParse, actors: Sequence[Actor], table: SourceTable) -> None:
        self.text, self.parse, self.actors, self.table = text, parse, actors, table

    def _free(self, result: list[Attribution], start: int, end: int) -> bool:
        return not any(a.cue is not None and a.cue.start < end and start < a.cue.end for a in result)

    def _covered(self, result: list[Attribution], content: tuple[int, int]) -> bool:
        return any(a.content.start < content[1] and content[0] < a.content.end for a in result)

    def _before(self, result: list[Attribution], at: int) -> Attribution | None:
        """The nearest earlier report with a named or resolved speaker."""
        earlier = [a for a in result if a.speaker is not None and a.start < at and a.speaker_name]
        return max(earlier, key=lambda a: a.speaker.start if a.speaker else a.start, default=None)

    def _speaker50(self, sent: RuSentence, i: int) -> tuple[int, int] | None:
        toks = sent.tokens
        subj = _subject(sent, i)
        if subj is None and toks[i].rel == "conj" and toks[i].head >= 0:
            subj = _subject(sent, toks[i].head)
        if subj is None or toks[subj].lemma in FIRST_PERSON50 or toks[subj].lemma in NON_SPEAKERS:
            return None
        return _speaker_range(sent, subj, stop=i if subj < i else None)

    def _typed(self, result: list[Attribution], found: _Found, rule: str,
               sent: RuSentence | None = None) -> Attribution | None:
        """A found report typed by the base, or, for a pronoun speaker, as the nearest earlier report."""
        phrase = self.text[found.speaker[0]:found.speaker[1]].lower() if found.speaker else ""
        sp = found.speaker or (0, 0)
        words = [t for t in sent.tokens if sp[0] <= t.start and t.end <= sp[1]] if sent is not None else \
            list(self.parse.tokens_in(*sp))
        bare = len(words) == 1 and words[0].lemma in OFFICE_LEMMAS | BARE50 and \
            not any(m.start < sp[1] and sp[0] < m.end for a in self.actors for m in a.mentions)
        if phrase in PRONOUNS50 or bare:
            like = self._before(result, found.cue[0])
            if like is not None:
                return _new50(self.text, found.speaker, found.cue, found.content, like, rule)
        nouns = {t.lemma for t in words if t.pos == "NOUN"}
        if nouns and not any(t.pos == "PROPN" for t in words):
            # "Армянский политолог пообещал" after "Армянский политолог <Name> выразил ...": the earlier
            # speaker whose phrase holds the same noun (as the base's by-word reference within its own reports)
            like = next((b for b in sorted(result, key=lambda b: -(b.speaker.start if b.speaker else -1))
                         if b.speaker is not None and b.speaker.end <= sp[0] and b.speaker_name and
                         nouns & set(self._lemmas(b))), None)
            if like is not None:
                return _new50(self.text, found.speaker, found.cue, found.content, like, rule)
        got = to_attributions(self.text, [found], self.parse, self.table, self.actors, evidence=f"{EVIDENCE50}_{rule}")
        if not got:
            return None
        a = got[0]
        kind = "mixed" if _quotation_in(self.text[found.content[0]:found.content[1]]) and found.kind != "direct" \
            else found.kind
        same = next((b for b in result if b.speaker_name and b.speaker_name == a.speaker_name), None)
        update: dict[str, object] = {"kind": kind, "label": kind}
        if same is not None:
            update.update(source_type=same.source_type, source_country=same.source_country,
                          state_affiliated=same.state_affiliated, named=same.named)
        return a.model_copy(update=update)

    # -- reports the base left out ----------------------------------------------------------------------------
    def added(self, result: list[Attribution]) -> list[Attribution]:
        text = self.text
        previous: RuSentence | None = None
        for sent in self.parse.sentences:
            if not sent.parsed and any(t.lemma in UNPARSED50 for t in sent.tokens):
                sent = _parsed50(sent)
            toks = sent.tokens
            for i, tok in enumerate(toks):
                if tok.pos != "VERB" or not self._free(result, tok.start, tok.end):
                    continue
                if i > 0 and toks[i - 1].lemma == "не":
                    continue
                finite = tok.feats.get("VerbForm") == "Fin"
                found: _Found | None = None
                rule = ""
                if tok.lemma == "пообещать" and finite:
                    found, rule = self._promise(sent, i), "promise"
                elif tok.lemma in POINT50 and finite:
                    found, rule = self._pointed(sent, i), "point"
                elif tok.lemma in HOPE_VERBS50 and finite:
                    found, rule = self._hoped(sent, i), "hope"
                elif tok.lemma in CLOSING50 and finite:
                    hit = _verb_cue(text, sent, i, previous)
                    if hit is not None and hit.rule == "dash-quote" and hit.speaker:
                        found, rule = hit, "closing"
                elif tok.lemma in CUE_VERBS and tok.feats.get("VerbForm") == "Conv":
                    found, rule = self._gerund(result, sent, i, previous), "gerund"
                if found is None or found.content[1] - found.content[0] < MIN_CONTENT50 or \
                        self._covered(result, found.content):
                    continue
                a = self._typed(result, found, rule, sent)
                if a is not None:
                    result.append(a)
            previous = sent
        return result

    def _promise(self, sent: RuSentence, i: int) -> _Found | None:
        toks = sent.tokens
        j = i + 1
        while j < len(toks) and toks[j].text in ("«", "\"", "„"):
            j += 1
        if j >= len(toks) or toks[j].feats.get("VerbForm") != "Inf":
            return None
        speaker = self._speaker50(sent, i)
        if speaker is None:
            return None
        content = _trim(self.text, toks[i + 1].start, sent.end)
        return _Found("indirect", speaker, (toks[i].start, toks[i].end), content, SCORE50, "promise")

    def _pointed(self, sent: RuSentence, i: int) -> _Found | None:
        toks = sent.tokens
        if i + 2 >= len(toks) or toks[i + 1].lemma != "на" or toks[i + 2].lemma in ("то", "это") or \
                toks[i + 2].pos not in ("NOUN", "ADJ", "PROPN"):
            return None
        speaker = self._speaker50(sent, i)
        if speaker is None:
            return None
        content = _trim(self.text, toks[i + 1].start, sent.end)
        return _Found("indirect", speaker, (toks[i].start, toks[i].end), content, SCORE50, "point")

    def _hoped(self, sent: RuSentence, i: int) -> _Found | None:
        toks = sent.tokens
        m = HOPE50.match(self.text, toks[i].end, sent.end)
        if m is None:
            return None
        speaker = self._speaker50(sent, i)
        if speaker is None:
            return None
        content = _trim(self.text, m.end(), sent.end)
        return _Found("indirect", speaker, (toks[i].start, toks[i].end), content, SCORE50, "hope")

    def _gerund(self, result: list[Attribution], sent: RuSentence, i: int,
                previous: RuSentence | None) -> _Found | None:
        toks = sent.tokens
        head = toks[i].head
        if head < 0 or i == 0 or toks[i - 1].text != "," or self._free(result, toks[head].start, toks[head].end):
            return None  # the gerund of a verb that is a report's cue
        hit = _verb_cue(self.text, sent, i, previous)
        if hit is not None and hit.rule == "that-clause" and hit.speaker is not None:
            return hit
        # "..., подчеркнув, что «A»" (a quotation with no verb: the base's shapes find no clause)
        that = re.match(r"\s*,\s*что\s+", self.text[toks[i].end:sent.end])
        subj = _subject(sent, head)
        if that is None or subj is None or toks[subj].lemma in FIRST_PERSON50 | NON_SPEAKERS:
            return None
        speaker = _speaker_range(sent, subj, stop=head if subj < head else None)
        content = _trim(self.text, toks[i].end + that.end(), sent.end)
        return _Found("indirect", speaker, (toks[i].start, toks[i].end), content, SCORE50, "gerund")

    def joined(self, result: list[Attribution]) -> list[Attribution]:
        """"X призвал Y ..., а также заявил о Z": the joined verb's report cut out of the first content."""
        text = self.text
        out = list(result)
        for n, a in enumerate(result):
            if a.cue is None or a.kind == "direct":
                continue
            cue_lemmas = {t.lemma for t in self.parse.tokens_in(a.cue.start, a.cue.end)}
            if not cue_lemmas & CALLS50:
                continue  # a call or a charge whose object-and-infinitive content ran on (not a "что" report)
            sent = next((s for s in self.parse.sentences if s.start <= a.cue.start < s.end), None)
            if sent is None:
                continue
            toks = sent.tokens
            v = next((k for k, t in enumerate(toks) if t.start == a.cue.start or
                      (t.start <= a.cue.end - 1 < t.end and t.pos == "VERB")), None)
            if v is None:
                continue
            for w, tok in enumerate(toks):
                if w <= v or tok.head != v or tok.rel != "conj" or tok.lemma not in JOINED_VERBS50 or \
                        tok.feats.get("VerbForm") != "Fin" or _subject(sent, w) is not None:
                    continue
                if not (a.content.start < tok.start < a.content.end) or not self._free(out, tok.start, tok.end):
                    continue
                joiner = JOINER50.search(text, a.content.start, tok.start)
                if joiner is None:
                    continue
                cut = _trim(text, a.content.start, joiner.start())
                if w + 1 >= len(toks) or toks[w + 1].lemma not in ABOUT50:
                    continue  # the joined verb's topic ("заявил о необходимости ..."), nothing else
                content = _trim(text, toks[w + 1].start, sent.end)
                if cut[1] - cut[0] < MIN_CONTENT50 or content[1] - content[0] < MIN_CONTENT50:
                    continue
                speaker = (a.speaker.start, a.speaker.end) if a.speaker is not None else None
                out[n] = a.model_copy(update={
                    "content": a.content.model_copy(update={"start": cut[0], "end": cut[1]}),
                    "end": max(cut[1], a.cue.end, a.speaker.end if a.speaker else 0)})
                out.append(_new50(text, speaker, (tok.start, tok.end), content, a, "joined"))
                break
        return out

    # -- sources --------------------------------------------------------------------------------------------------
    def _lemmas(self, a: Attribution) -> list[str]:
        return [t.lemma for t in self.parse.tokens_in(a.speaker.start, a.speaker.end)] if a.speaker else []

    def role_back(self, result: list[Attribution]) -> list[Attribution]:
        """A bare role phrase left as its own name takes the name of the nearest earlier report of that role."""
        text = self.text
        out = list(result)
        for n, a in enumerate(out):
            if a.speaker is None:
                continue
            phrase = text[a.speaker.start:a.speaker.end]
            if a.speaker_name != phrase or not phrase[:1].islower():
                continue
            toks = list(self.parse.tokens_in(a.speaker.start, a.speaker.end))
            if any(t.pos == "PROPN" for t in toks):
                continue
            roles = {t.lemma for t in toks} & (OFFICE_LEMMAS | JOURNALIST50)
            if not roles:
                continue
            journalist = bool(roles & JOURNALIST50)
            earlier = [b for b in out[:n] if b.speaker is not None and b.speaker.end <= a.speaker.start and
                       b.speaker_name and b.speaker_name != text[b.speaker.start:b.speaker.end] and
                       any(t.pos == "PROPN" for t in self.parse.tokens_in(b.speaker.start, b.speaker.end))]
            like = None
            for b in reversed(earlier):
                lem = set(self._lemmas(b))
                if (journalist and lem & JOURNALIST50) or (not journalist and lem & roles & OFFICE_LEMMAS):
                    like = b
                    break
            if like is None:
                continue
            old = a.speaker_name
            for k, c in enumerate(out):
                if c is a or (c.speaker_name == old and c.start >= a.start):
                    out[k] = c.model_copy(update={
                        "speaker_name": like.speaker_name, "source_type": like.source_type,
                        "source_country": like.source_country, "state_affiliated": like.state_affiliated,
                        "named": like.named})
        return out

    def retyped(self, result: list[Attribution]) -> list[Attribution]:
        """Role nouns the base's type table lacks: journalists, rights activists, scholars, company heads."""
        text = self.text
        out = list(result)
        for a in result:
            if a.speaker is None:
                continue
            lem = set(self._lemmas(a))
            phrase = text[a.speaker.start:a.speaker.end]
            new: tuple[str, str | None] | None = None
            if lem & JOURNALIST50 and a.source_type != "media" and (OUTLET50.search(phrase) or any(
                    b.source_type == "media" and b.speaker is not None and b.speaker.end <= a.speaker.start and
                    set(self._lemmas(b)) & JOURNALIST50 and OUTLET50.search(text[b.speaker.start:b.speaker.end])
                    for b in result)):  # or after a journalist of an outlet ("корреспондент из пула ...")
                new = ("media", a.source_country)
            elif "сторона" in lem and a.source_type == "person" and self._nationality(phrase):
                new = ("government", a.source_country or self._nationality(phrase))
            elif lem & RIGHTS50 and a.source_type == "government":
                new = ("person", a.source_country)
            elif lem & SCHOLAR50 and a.source_type in ("person", "government"):
                new = ("academic", a.source_country or self._nationality(phrase))
            elif lem & HEAD50 and a.source_type in ("person", "government") and "«" in phrase and \
                    re.search(r"компани|концерн|корпораци|ПАО|ОАО|АО|ООО|ЗАО", phrase):
                new = ("organization", a.source_country or ("RU" if RU_FORMS50.search(phrase) else None))
            if new is None:
                continue
            last = phrase.split()[-1]
            for k, c in enumerate(out):
                # the same name, or a phrase that ends in the same capitalised word ("Семеновский")
                same = (bool(a.speaker_name) and c.speaker_name == a.speaker_name) or (
                    last[:1].isupper() and len(last) > 2 and c.speaker is not None and
                    text[c.speaker.start:c.speaker.end].split()[-1] == last)
                if c is a or (same and not (set(self._lemmas(c)) & OFFICE_LEMMAS - HEAD50)):
                    out[k] = c.model_copy(update={"source_type": new[0], "source_country": new[1],
                                                  "state_affiliated": False if new[0] != "government" else
                                                  c.state_affiliated})
        return out

    def _nationality(self, phrase: str) -> str | None:
        m = NATIONALITY_RE42.search(phrase)
        return NATIONALITY42[m.group(1).lower()] if m else None

    def scholar_before(self, result: list[Attribution]) -> list[Attribution]:
        """"американского учёного и главы комиссии X": a speaker phrase cut after the title before the name (the
        base kept "комиссии X"): a scholar noun with a nationality adjective before it in the same phrase types
        the speaker academic with that country."""
        text = self.text
        out = list(result)
        for n, a in enumerate(result):
            if a.speaker is None or a.source_type not in ("person", "government"):
                continue
            line_start = max(text.rfind("\n", 0, a.speaker.start), text.rfind(",", 0, a.speaker.start),
                             text.rfind(".", 0, a.speaker.start)) + 1
            before = text[max(line_start, a.speaker.start - 80):a.speaker.start]
            m = re.search(r"(" + "|".join(NATIONALITY42) + r")[а-яё]*\s+(?:учен|учён|профессор|исследовател|"
                          r"вирусолог|эпидемиолог|экономист)[а-яё]*\b[^,.;:!?]*$", before, re.IGNORECASE)
            if m is None:
                continue
            out[n] = a.model_copy(update={"source_type": "academic", "state_affiliated": False,
                                          "source_country": a.source_country or NATIONALITY42[m.group(1).lower()]})
        return out

    def version_after(self, result: list[Attribution]) -> list[Attribution]:
        """"..., и, по версии X, <clause>.": the clause after the source phrase is the report."""
        text = self.text
        out = list(result)
        for n, a in enumerate(result):
            if a.kind != "according_to" or a.cue is None or a.speaker is None or a.content.end > a.cue.start:
                continue
            if JOINED_SOURCE50.search(text[a.content.start:a.cue.start]) is None:
                continue
            sent = next((s for s in self.parse.sentences if s.start <= a.cue.start < s.end), None)
            if sent is None:
                continue
            comma = re.match(r"\s*,\s*", text[a.speaker.end:sent.end])
            if comma is None:
                continue
            content = _trim(text, a.speaker.end + comma.end(), sent.end)
            if content[1] - content[0] < MIN_CONTENT50 or \
                    not any(t.feats.get("VerbForm") == "Fin" for t in self.parse.tokens_in(*content)):
                continue
            out[n] = a.model_copy(update={
                "content": a.content.model_copy(update={"start": content[0], "end": content[1]}),
                "start": min(a.cue.start, a.speaker.start), "end": content[1]})
        return out


def round50_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 50's pass (the module's docstring)."""
    p = _Pass50(text, parse, actors, table)
    result = p.joined(list(out))
    result = p.added(result)
    result = p.version_after(result)
    result = p.role_back(result)
    result = p.retyped(result)
    result = p.scholar_before(result)
    return sorted(result, key=lambda a: (a.start, a.end))
