"""Russian attributions: reported speech with its speaker, cue and content spans, and the typed source.

The cascade over each sentence with a cue (natasha's syntax, pymorphy3 lemmas):
  1. "по словам / по данным / по мнению X, ..." and "согласно (данным) X, ...": ``according_to``, the source
     after the cue up to the comma, the content the rest of the sentence (or what comes before the cue when
     the phrase ends the sentence);
  2. a reporting verb (заявил, сообщил, отметил, ...) with its subject as the speaker and as content:
     a. the quotation or dash clause before it ("«...», — сказал Песков"; ``direct``),
     b. the text after its colon ("заявил: «...»"; ``direct`` when quoted),
     c. its "что" clause ("заявил, что ..."; ``indirect``),
     d. after "как" ("Как отмечает РИА Новости, ..."), the rest of the sentence after the comma,
     e. "Об этом сообщил X": the sentence before;
  3. a passive report ("говорится в сообщении ведомства", "сказано в заявлении"): the document's owner is
     the speaker;
  4. an impersonal plural report ("в Кремле заявили") has the body of its "в" phrase as the speaker;
  5. a headline's statement ("Лавров: Россия готова ...", "Песков: «...»"): the named actor before the colon.
A quotation of several sentences is the content as a whole ("«A. B», — сказал он"; "заявил: «A. B»").
Sources are typed by the source table (``resources/sources.toml``, which names Russian state media in Russian
and in transliteration), then by the lemmas of the speaker phrase.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from ..attribution.speakers import alpha2_codes
from .actors import normalize_name, stem
from .lexicon import (
    ACCORDING_NOUNS,
    ANONYMOUS_HEADS,
    CLOSING_CUE_VERBS,
    CONCLUDING_VERBS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    OCCUPATION_LEMMAS,
    OFFICE_LEMMAS,
    PASSIVE_CUES,
    POSSESSIVES,
    SOURCE_TYPE_LEMMAS,
    UNNAMED_MARKERS,
)
from .nlp import RuParse, RuSentence, RuToken, SpanIndex, lemma

QUOTE_MARKS = "«»\"“”„'"
#: Attributions found twice (one cue, two rules) are this close in content order.
DEDUPE_WINDOW = 8
_EDGE = " \t\n,;:—–-" + QUOTE_MARKS


@dataclass
class _Found:
    kind: str
    speaker: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]
    score: float
    rule: str
    #: the verb's subject is dropped, as in a run of verbs of one speaker ("пообещал ..., заявил ... А заодно
    #: объявил, что ..."): the speaker is the last one named
    continued: bool = False


LEADING_THAT = re.compile(r"(?:что|чтобы)\s+", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The range without outer spaces, punctuation and quotation marks, a leading "что", nor a final full stop."""
    while start < end and text[start] in _EDGE:
        start += 1
    that = LEADING_THAT.match(text, start, end)
    if that is not None:
        start = that.end()
    while end > start and (text[end - 1] in _EDGE or text[end - 1] in ".!?…"):
        end -= 1
    return start, end


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return any(c in "«“„\"" for c in before) and any(c in "»”\"" for c in after)


OPENING_QUOTES = "«“„"
CLOSING_QUOTES = "»”"


def _quote_opening(text: str, start: int, end: int) -> int | None:
    """Where the quotation closed at ``end`` opens, when it opens before ``start`` (the sentence of the cue) in the
    same paragraph: "«Снаряд упал рядом. Фон в норме», — добавил он" quotes both sentences; None otherwise."""
    paragraph = text.rfind("\n", 0, start) + 1
    if end < len(text) and text[end] == '"' and '"' not in text[start:end]:
        # straight marks, which open and close alike (doubled in some sources: ""A. B"" , - сказал он): the
        # quotation is open at ``start`` when an odd number of runs of them come before it in the paragraph
        runs = list(re.finditer(r'"+', text[paragraph:start]))
        if len(runs) % 2 == 1 and runs[-1].end() < start:
            at, after = paragraph + runs[-1].start(), paragraph + runs[-1].end()
            # an opening mark: at the paragraph's start or after a space, colon or dash, before a capital letter
            # (not the closing mark of a name in quotes, ""Северный поток"" ...)
            if (at == paragraph or text[at - 1] in " \t:—–-") and re.match(r"\s*[«A-ZА-ЯЁ]", text[after:after + 3]):
                return _trim(text, at, end)[0]
        return None
    if end >= len(text) or text[end] not in CLOSING_QUOTES or any(c in OPENING_QUOTES for c in text[start:end]):
        return None
    opening = max(text.rfind(c, paragraph, start) for c in OPENING_QUOTES)
    if opening < 0 or any(c in CLOSING_QUOTES for c in text[opening:start]):
        return None
    return _trim(text, opening, end)[0]


def _nested_straight_opening_l45(text: str, start: int, end: int) -> int | None:
    """Lead, round 45: a paragraph quoted in straight marks that quotes words of its own in straight marks too
    ("A. "B" c. D "e"", - сказал он, the last mark closing both): where ``_quote_opening`` stops at the inner marks
    of the cue's sentence, the quotation opens at the paragraph's first mark when the paragraph starts with one
    before a capital letter and an odd number of runs of marks comes before the cue's sentence."""
    paragraph = text.rfind("\n", 0, start) + 1
    if end >= len(text) or text[end] != '"' or '"' not in text[start:end] or \
            not re.match(r'"+[A-ZА-ЯЁ«]', text[paragraph:paragraph + 3]):
        return None
    runs = list(re.finditer(r'"+', text[paragraph:start]))
    if len(runs) % 2 == 0 or re.search(r'"\s*,?\s*(?:[—–]|\s-)\s', text[paragraph:start]):
        return None  # the paragraph's first mark was closed, or an earlier statement of it was closed by a cue
    return _trim(text, paragraph, end)[0]


def _quote_closing(text: str, start: int, end: int) -> int:
    """The end of the statement after a colon from ``start``: the sentence end ``end``, or where a quotation that
    opens there closes later in the paragraph ("заявил: «A. B»" quotes both sentences)."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    if start + lead >= end or text[start + lead] not in OPENING_QUOTES or \
            any(c in CLOSING_QUOTES for c in text[start:end]):
        return end
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    closing = min((i for c in CLOSING_QUOTES if (i := text.find(c, end, paragraph_end)) >= 0), default=-1)
    return closing + 1 if closing >= 0 else end


def _span(sent: RuSentence, lo: int, hi: int) -> tuple[int, int]:
    return sent.tokens[lo].start, sent.tokens[hi].end


def _subject(sent: RuSentence, i: int) -> int | None:
    return next((j for j in sent.children(i) if (sent.tokens[j].rel or "").startswith("nsubj")), None)


def _speaker_range(sent: RuSentence, head: int, *, stop: int | None = None) -> tuple[int, int]:
    """The speaker phrase: the subtree of its head, cut before the cue verb when the cue follows it."""
    lo, hi = sent.subtree(head)
    if stop is not None and lo < stop <= hi:
        hi = stop - 1
    while hi > lo and not re.search(r"\w", sent.tokens[hi].text):
        hi -= 1
    while lo < hi and not re.search(r"\w", sent.tokens[lo].text) and sent.tokens[lo].text not in "«\"":
        lo += 1
    if hi + 1 < len(sent.tokens) and sent.tokens[hi + 1].text in CLOSING_QUOTES and \
            any(t.text in OPENING_QUOTES for t in sent.tokens[lo:hi + 1]):
        hi += 1  # "газета «Ведомости»": the name's closing quotation mark with its opening one
    return _span(sent, lo, hi)


def _after_comma(text: str, sent: RuSentence, pos: int) -> tuple[int, int] | None:
    comma = text.find(",", pos, sent.end)
    if comma < 0:
        return None
    return comma + 1, sent.end


def _impersonal_source(sent: RuSentence, i: int) -> tuple[int, int] | None:
    """The body of an impersonal plural report, "в Кремле заявили", "в министерстве уточнили": the "в"/"из"
    phrase of the verb (the people of that body speak)."""
    verb = sent.tokens[i]
    if verb.feats.get("Number") != "Plur":
        return None
    cited = _cited_source(sent, i)
    if cited is not None:
        return cited
    for j in sent.children(i):
        if sent.tokens[j].rel != "obl" or sent.tokens[j].pos not in ("NOUN", "PROPN"):
            continue
        if any(sent.tokens[k].lemma in ("в", "из") and sent.tokens[k].rel == "case" for k in sent.children(j)):
            lo, hi = sent.subtree(j)
            while lo < j and sent.tokens[lo].rel == "case":
                lo += 1  # "в ведомстве": the body speaks, not its preposition
            return _span(sent, lo, hi)
    return None


def _cited_source(sent: RuSentence, i: int) -> tuple[int, int] | None:
    """The source an impersonal report cites after its verb: "передали со ссылкой на агентство DPA" (the agency
    speaks), the phrase of the first noun after "со ссылкой на"."""
    toks = sent.tokens
    for k in range(i + 1, len(toks) - 2):
        if toks[k].lemma == "ссылка" and toks[k - 1].lemma in ("с", "со") and toks[k + 1].lemma == "на":
            j = next((j for j in range(k + 2, len(toks)) if toks[j].pos in ("NOUN", "PROPN")), None)
            if j is None:
                return None
            lo, hi = sent.subtree(j)
            lo = max(lo, k + 2)
            while hi > lo and not re.search(r"\w", toks[hi].text):
                hi -= 1
            return _span(sent, lo, hi)
    return None


def _according_to(text: str, sent: RuSentence) -> Iterator[_Found]:
    toks = sent.tokens
    for i, tok in enumerate(toks):
        if tok.lemma not in ("по", "согласно"):
            continue
        j = i + 1
        possessive = None
        if j < len(toks) and toks[j].lemma in POSSESSIVES and tok.lemma == "по":
            possessive = j
            j += 1
        while j + 1 < len(toks) and toks[j].pos == "ADJ" and toks[j + 1].lemma in ACCORDING_NOUNS:
            j += 1  # "по последним данным", "по предварительной информации"
        if j >= len(toks) or toks[j].lemma not in ACCORDING_NOUNS:
            if tok.lemma == "согласно" and j < len(toks) and re.search(r"\w", toks[j].text):
                j -= 1  # "согласно ТАСС": the source right after the cue
            else:
                continue
        cue = (tok.start, toks[j].end if j > i else tok.end)
        if possessive is not None:
            speaker: tuple[int, int] | None = (toks[possessive].start, toks[possessive].end)
            tail = j + 1
        else:
            k = j + 1
            while k < len(toks) and toks[k].text not in (",", ".", "—", ";"):
                k += 1
            if k == j + 1:
                if toks[j].lemma not in ("данные", "информация", "сведение", "оценка", "подсчет"):
                    continue
                speaker, tail = None, k  # "По последним данным, ...": no source named
            else:
                speaker, tail = (toks[j + 1].start, toks[k - 1].end), k
        before = text[sent.start:tok.start].rstrip()
        if before.endswith(",") and re.search(r",\s*(?:что|чтобы)\b", before) and \
                any(t.lemma in CUE_VERBS and t.end <= tok.start for t in toks):
            continue  # "отметил, что КВН, по его мнению, не имеет будущего": the cue before reports the clause
        if before.endswith(",") and len(before) > 15:
            content = _trim(text, sent.start, sent.start + len(before) - 1)
        else:
            rest = toks[tail].start if tail < len(toks) else sent.end
            content = _trim(text, rest, sent.end)
        if content[1] - content[0] >= 10:
            yield _Found("according_to", speaker, cue, content, 0.85, "according-to")


#: Verbs of a call reported with what was called for: "призвал стороны сесть за стол переговоров" (English
#: "urged the sides to ...").
CALL_VERBS = frozenset({"призвать", "призывать"})


def _call(text: str, sent: RuSentence, i: int) -> _Found | None:
    """"Он призвал украинского лидера рассмотреть ...": the named caller (its subject, or the shared subject of a
    joined verb) says what follows the verb, to the end of the sentence; not a negated or infinitive call."""
    toks = sent.tokens
    verb = toks[i]
    if verb.feats.get("VerbForm") in ("Inf", "Part", "Conv") or (i > 0 and toks[i - 1].lemma == "не"):
        return None
    subj = _subject(sent, i)
    if subj is None and verb.rel == "conj" and verb.head >= 0:
        subj = _subject(sent, verb.head)  # "обвинил ... и призвал ...": the shared subject
    if subj is None or toks[subj].lemma in NON_SPEAKERS:
        return None
    if not any(toks[j].rel in ("obj", "xcomp", "obl", "ccomp") and j > i for j in sent.children(i)):
        return None
    speaker = _speaker_range(sent, subj, stop=i if subj < i else None)
    content = _trim(text, verb.end, sent.end)
    if subj > i or content[1] - content[0] < 15:
        return None  # "..., призвал Х" after its call, or too short to be one
    return _Found("indirect", speaker, (verb.start, verb.end), content, 0.7, "call")


#: Verbs of voicing an opinion whose clause hangs on the opinion noun: "выразил мнение, что ...".
OPINION_VERBS = frozenset({"выразить", "выражать", "высказать", "высказывать"})


#: Verbs of an outlet passing on someone's own words: "..., цитирует его РБК", "..., приводит его слова ТАСС".
RELAYED_QUOTE_VERBS = frozenset({"цитировать", "процитировать", "привести", "приводить"})


def _relayed_quote(text: str, sent: RuSentence, i: int) -> _Found | None:
    """"Налоги снизят весной, цитирует его РБК", "..., приводит его слова ТАСС": the words before the comma
    are the quoted person's own (direct), the person is the verb's object ("его", "его слова"), not the outlet."""
    toks = sent.tokens
    speaker: tuple[int, int] | None = None
    for j in sent.children(i):
        if toks[j].rel != "obj":
            continue
        if toks[j].lemma in POSSESSIVES and toks[i].lemma not in ("привести", "приводить"):
            speaker = (toks[j].start, toks[j].end)  # "цитирует его"
        elif toks[j].lemma == "слово":
            owner = next((k for k in sent.children(j) if toks[k].lemma in POSSESSIVES), None)
            if owner is not None:
                speaker = (toks[owner].start, toks[owner].end)  # "приводит его слова"
    if speaker is None:
        return None
    before = text[sent.start:toks[i].start]
    m = re.search(r",\s*$", before)
    if m is None or m.start() < 10:
        return None
    content = _trim(text, sent.start, sent.start + m.start())
    return _Found("direct", speaker, (toks[i].start, toks[i].end), content, 0.75, "relayed-quote")


def _passive(text: str, sent: RuSentence, i: int) -> _Found | None:
    """"говорится в сообщении ведомства": the document's owner speaks; the content is the quote before."""
    for j in sent.children(i):
        noun = sent.tokens[j]
        if noun.lemma in DOCUMENT_NOUNS:
            owner = next((k for k in sent.children(j) if sent.tokens[k].rel == "nmod"), None)
            speaker = _speaker_range(sent, owner) if owner is not None else None
            before = text[sent.start:sent.tokens[i].start]
            # "«...», — говорится в сообщении", or a clause and a comma: "Войска нанесли удар, говорится в сводке"
            m = re.search(r"(?:[,!?…\"»”]?\s*(?:[—–]|\s-)|,)\s*$", before)
            if m is None or m.start() < 10:
                return None
            content = _trim(text, sent.start, sent.start + m.start())
            kind = "direct" if _quoted(text, *content) else "indirect"
            return _Found(kind, speaker, (sent.tokens[i].start, noun.end), content, 0.75, "passive-report")
    return None


def _verb_cue(text: str, sent: RuSentence, i: int, previous: RuSentence | None) -> _Found | None:
    toks = sent.tokens
    verb = toks[i]
    subj = _subject(sent, i)
    if subj is None and verb.head >= 0 and (verb.rel == "conj" or verb.feats.get("VerbForm") == "Conv"):
        # "Путин выразил признательность и отметил, что ...", "сказал он, добавив, что ...": a shared subject
        subj = _subject(sent, verb.head)
    if subj is not None and toks[subj].lemma in NON_SPEAKERS:
        return None  # "Это говорит о том, что ...": a sign, not a statement
    if subj is None and verb.feats.get("Person") == "1":
        return None  # "Напомним, что ...", "Подчеркну": the author's (or the quoted speaker's) own voice
    if i > 0 and toks[i - 1].lemma == "не":
        return None  # "не уточнил, почему ...": what the speaker did not say
    speaker = _speaker_range(sent, subj, stop=i if subj is not None and subj < i else None) \
        if subj is not None else _impersonal_source(sent, i)
    continued = subj is None and speaker is None and verb.feats.get("VerbForm") == "Fin" and \
        verb.feats.get("Tense") == "Past" and verb.feats.get("Number") == "Sing" and verb.feats.get("Voice") != "Pass"
    antecedent = _relative_antecedent(sent, subj) if subj is not None and toks[subj].lemma == "который" else None
    relative = antecedent is not None
    if relative:
        speaker = antecedent  # "Александр Стубб, который заявил, что ...": Стубб
    found = _verb_cue_content(text, sent, i, previous, subj, speaker)
    if found is not None:
        found = _later_speaker(text, sent, i, found)  # "Об этом РБК рассказал экономист Иван Сидоров"
    if found is not None and relative:
        found = _clip_relative(text, sent, speaker, found)
    if found is not None and continued:
        found = dataclasses.replace(found, continued=True)
    return found


def _verb_cue_content(text: str, sent: RuSentence, i: int, previous: RuSentence | None, subj: int | None,
                      speaker: tuple[int, int] | None) -> _Found | None:
    """The content of a reporting verb's statement, by the first of the shapes below that the sentence has."""
    toks = sent.tokens
    verb = toks[i]
    cue = (verb.start, verb.end)
    if i > 0 and toks[i - 1].lemma == "как":
        cue = (toks[i - 1].start, verb.end)
    elif i > 1 and toks[i - 2].lemma == "как" and toks[i - 1].lemma in AS_ADVERBS and \
            (i == 2 or toks[i - 3].text == ","):
        cue = (toks[i - 2].start, verb.end)  # "Как ранее заявили в Reuters, ...": "как" and an adverb of time
    before = text[sent.start:toks[i - 1].start if cue[0] != verb.start else verb.start]
    # a. the quotation or dash clause before the cue: "«...», — сказал он", "«...», — со смехом сказал он"
    dash = re.search(r"[,!?…\"»”]?\s*(?:[—–]|\s-)\s*(?:[а-яё]+\s+){0,3}$", before)
    if dash is not None and dash.start() > 0:
        content = _trim(text, sent.start, sent.start + dash.start())
        opened = _quote_opening(text, sent.start, content[1])
        if opened is None:
            opened = _nested_straight_opening_l45(text, sent.start, content[1])
        if opened is not None:
            content = (opened, content[1])  # "«A. B», — сказал он": the whole quotation, not its last sentence
        kind = "direct"
        return _Found(kind, speaker, cue, content, 0.85, "dash-quote")
    # b. the text after a colon: "заявил: «...»"
    after = text[verb.end:sent.end]
    colon = re.match(r"(?:[^.:!?]|(?<=\d):(?=\d)){0,80}?(?<!\d):(?!\d)\s*", after)  # not the colon of "11:59"
    if colon is not None and not re.search(r",\s*что\b", after[:colon.end()]):
        start = verb.end + colon.end()
        content = _trim(text, start, _quote_closing(text, start, sent.end))
        return _Found("direct" if _quoted(text, *content) else "indirect", speaker, cue, content, 0.8, "colon")
    # c. the "что" clause, or another complement clause
    comp = next((j for j in sent.children(i) if toks[j].rel in ("ccomp", "advcl") and
                 any(toks[k].lemma in ("что", "чтобы") for k in sent.children(j))), None)
    if comp is None:
        comp = next((j for j in sent.children(i) if toks[j].rel == "ccomp"), None)
    if comp is not None:
        lo, hi = sent.subtree(comp)
        lo = max(lo, i + 1)  # the clause after its cue, even where the parse hangs an earlier word on it
        while lo <= hi and (toks[lo].lemma in ("что", "чтобы") or not re.search(r"\w", toks[lo].text)):
            lo += 1
        if lo <= hi and lo > i:
            content = _trim(text, toks[lo].start, toks[hi].end)
            if content[1] - content[0] >= 8:
                return _Found("indirect", speaker, cue, content, 0.85, "that-clause")
    # c0. "подчеркнула, что ..." where the parse gave the cue no clause (it made the clause's verb its own head):
    # the clause after the cue's comma, to the end of the sentence
    if (comp is None or not any(toks[j].rel in ("ccomp", "advcl") for j in sent.children(i))) and \
            verb.feats.get("Mood") != "Imp" and verb.feats.get("Person") != "2":
        that = re.match(r"\s*,\s*(?:что|чтобы)\s+", text[verb.end:sent.end])
        if that is not None:
            content = _trim(text, verb.end + that.end(), sent.end)
            if content[1] - content[0] >= 8:
                return _Found("indirect", speaker, cue, content, 0.8, "that-clause")
    wh = _wh_clause(text, sent, i, speaker, cue)  # "рассказал, как ...", "объяснил, почему ..." (round 30)
    if wh is not None:
        return wh
    # c1. "выразил мнение, что ...", "высказал опасение, что ...": the clause of the opinion noun after the cue
    if verb.lemma in OPINION_VERBS:
        opinion = re.match(r"\s*(?:[а-яё]+\s+)?(?:мнение|уверенность|надежду|опасение|опасения|сомнение|"
                           r"предположение)\s*,\s*(?:что|чтобы)\s+", text[verb.end:sent.end], re.IGNORECASE)
        if opinion is not None:
            content = _trim(text, verb.end + opinion.end(), sent.end)
            if content[1] - content[0] >= 8:
                return _Found("indirect", speaker, cue, content, 0.8, "opinion-clause")
    # c'. a clause of "в том / о том": "заявил об уверенности в том, что ...", "сообщил о том, что ..."
    about = re.match(r"[^.!?,;:«»\"]{0,60}?\b(?:в|о|об)\s+том\s*,\s*(?:что|чтобы)\s+", text[verb.end:sent.end])
    if about is not None:
        content = _trim(text, verb.end + about.end(), sent.end)
        if content[1] - content[0] >= 8:
            return _Found("indirect", speaker, cue, content, 0.8, "about-that-clause")
    # c''. a report of an event named by its noun: "Минобороны сообщило об уничтожении трёх беспилотников"
    ended = re.search(r"[.!?…»\"”]\s*$", text[sent.start:sent.end]) is not None
    if verb.lemma in NOUN_REPORT_VERBS and verb.rel != "conj" and ended:
        # not in a headline ("Дугин сообщил о главном желании ..."), nor a verb joined to another's statement
        about_noun = next((j for j in sent.children(i) if j > i and toks[j].rel in ("obl", "obj")
                           and toks[j].lemma.endswith(EVENT_NOUN_ENDINGS) and toks[j].lemma not in TOPIC_NOUNS
                           and any(toks[k].lemma in ("о", "об") and toks[k].rel == "case" for k in sent.children(j))),
                          None)
        if about_noun is not None:
            lo, hi = sent.subtree(about_noun)
            content = _trim(text, toks[max(lo, i + 1)].start, toks[hi].end)
            if content[1] - content[0] >= 15:
                return _Found("indirect", speaker, cue, content, 0.7, "about-noun")
    # c4. a headline report of its topic: "В Минздраве заявили о нехватке врачей", "Иванов рассказал о смене
    # курса": the "о" phrase to the end of the headline (the first line, no final stop), by a speaker the line names
    if not ended and sent.start == 0 and verb.lemma in HEADLINE_TOPIC_VERBS and speaker is not None and \
            text.find("\n", 0, sent.end) < 0:
        topic = next((j for j in sent.children(i) if j > i and toks[j].rel in ("obl", "obj") and
                      any(toks[k].lemma in ("о", "об") and toks[k].rel == "case" for k in sent.children(j))), None)
        if topic is not None:
            lo = sent.subtree(topic)[0]
            end = sent.end
            stamp = re.search(r"\s+\d{1,2}:\d{2}\s*$", text[sent.start:end])
            if stamp is not None:
                end = sent.start + stamp.start()  # a headline's time stamp, "... 11:59"
            content = _trim(text, toks[max(lo, i + 1)].start, end)
            if content[1] - content[0] >= 15:
                return _Found("indirect", speaker, cue, content, 0.7, "headline-topic")
    # d. "Как отмечает РИА Новости, ..."
    if cue[0] != verb.start:
        rest = _after_comma(text, sent, verb.end)
        if rest is not None:
            content = _trim(text, *rest)
            if content[1] - content[0] >= 8:
                return _Found("indirect", speaker, cue, content, 0.8, "as-clause")
    # e. "Об этом сообщил X", "Его цитирует РБК": the sentence before
    lemmas = [t.lemma for t in toks]
    quoting = verb.lemma in QUOTING_VERBS and any(toks[j].rel == "obj" and toks[j].lemma in POSSESSIVES
                                                 for j in sent.children(i))
    about_this = any(a in ("о", "об") and b == "это" for a, b in itertools.pairwise(lemmas))
    if about_this and speaker is None:
        # "Об этом заявил X ..., передает": the pointer is the earlier cue's; a cue after it with no source of its
        # own (a relay cut off before its outlet) reports nothing
        at = next(n for n, (a, b) in enumerate(itertools.pairwise(lemmas)) if a in ("о", "об") and b == "это")
        if at < i and any(t.lemma in CUE_VERBS and t.pos in ("VERB", "AUX") for t in toks[at + 2:i]):
            about_this = False
    if previous is not None and (quoting or about_this):
        content = _trim(text, previous.start, previous.end)
        return _Found("indirect", speaker, cue, content, 0.7, "about-this")
    # f. the content before a sentence-final reporting clause: "..., сообщает ТАСС."
    m = re.search(r",\s*$", before)
    after_verb = (subj is not None and subj > i) or (subj is None and speaker is not None and speaker[0] > verb.end)
    if m is not None and after_verb and m.start() >= 10:
        # "..., сообщает ТАСС.", "..., сообщили в Минобороны РФ." (the body of an impersonal report after it)
        content = _trim(text, sent.start, sent.start + m.start())
        return _Found("indirect", speaker, cue, content, 0.75, "final-clause")
    return _topic_report(text, sent, i, speaker, cue)  # "рассказывал о закрытии ..." (round 30)


#: Verbs whose "о" phrase can be the statement, when its noun names an event or a state ("сообщило об уничтожении
#: трёх беспилотников", "заявил о готовности"); "рассказал о своей жизни" names a topic, not a statement.
NOUN_REPORT_VERBS = frozenset({"сообщить", "сообщать", "заявить", "заявлять", "информировать", "проинформировать",
                               "объявить", "объявлять", "доложить", "предупредить", "предупреждать"})
EVENT_NOUN_ENDINGS = ("ние", "тие", "ость", "ство", "вие")  # "вие": "отсутствие", "присутствие" (round 29)
#: Nouns of those endings that name a topic, not an event: "сообщил о своём желании", "рассказал о значении".
TOPIC_NOUNS = frozenset({
    "желание", "мнение", "значение", "положение", "состояние", "отношение", "внимание", "ощущение", "впечатление",
    "видение", "понимание", "знание", "настроение", "поведение", "творчество", "детство", "общество", "сообщество",
    "качество", "количество", "искусство", "отечество"})
#: Subjects of a cue verb that are no speaker: "Это говорит о том, что ..." is a sign.
NON_SPEAKERS = frozenset({"это", "то", "что"})
#: Words of an expert who, named, is no anonymous source ("эксперт рынка Олег Рябов" is academic).
NAMED_EXPERTS = frozenset({"эксперт", "аналитик"})
#: A first word that puts an office in the past: "бывший министр", "экс-премьер" (a person, not the government).
FORMER = frozenset({"бывший", "экс"})
#: A generic role a bare mention refers back with, to the titles it covers: "отметил дипломат" after "посол Китая
#: в Бразилии Ли Цзюнь", "по словам премьера" after "премьер-министр Армении".
ROLE_SYNONYMS = {"дипломат": ("посол", "постпред", "консул", "представитель"),
                 "премьер": ("премьер-министр",)}
#: Verbs whose "о" phrase is what a headline reports ("В Совфеде заявили о ...", "X рассказал о ...").
HEADLINE_TOPIC_VERBS = frozenset({"заявить", "рассказать", "сообщить", "предупредить", "высказаться"})
#: Adverbs between "как" and its cue that keep the "как"-clause shape: "Как ранее заявили ...", "Как уже сообщалось".
AS_ADVERBS = frozenset({"ранее", "уже", "прежде", "неоднократно", "недавно", "позже", "ещё", "еще"})

#: Verbs of quoting someone: "Его цитирует РБК" reports the sentence before.
QUOTING_VERBS = frozenset({"цитировать", "процитировать"})

#: "Такое заявление сделал X", "С таким заявлением выступил X": a statement noun, a pointer back to the sentence
#: before, and the verb of making the statement.
STATEMENT_NOUNS = frozenset({"заявление", "сообщение", "слово", "мнение", "оценка"})
POINTERS = frozenset({"такой", "этот", "это", "подобный"})
MAKING_VERBS = frozenset({"сделать", "выступить", "распространить", "опубликовать", "высказать", "озвучить"})


def _statement_noun(text: str, sent: RuSentence, previous: RuSentence | None) -> _Found | None:
    """"Такое заявление сделал Путин": the speaker said the sentence before."""
    if previous is None:
        return None
    toks = sent.tokens
    for i, tok in enumerate(toks):
        if tok.lemma not in STATEMENT_NOUNS or tok.head < 0 or toks[tok.head].lemma not in MAKING_VERBS:
            continue
        if not any(toks[j].lemma in POINTERS for j in sent.children(i)):
            continue
        verb = tok.head
        subj = _subject(sent, verb)
        if subj is None:
            return None
        lo, hi = min(i, verb), max(i, verb)
        if lo < subj < hi:  # "Такое заявление президент сделал": the verb alone, the speaker is between
            lo = hi = verb
        content = _trim(text, previous.start, previous.end)
        return _Found("indirect", _speaker_range(sent, subj), (toks[lo].start, toks[hi].end), content, 0.7,
                      "statement-noun")
    return None


#: A headline's statement: a name of one to three capitalised words, a colon, the statement to the line's end
#: ("Лавров: Россия готова к диалогу", "Песков: «Кремль не видит смысла ...»").
HEADLINE_STATEMENT = re.compile(r"((?:[А-ЯЁA-Z][\w.’'-]*\s+){0,2}[А-ЯЁA-Z][\w’'-]*)\s*:\s+(\S.*?)\s*$")
HEADLINE_MAX_CHARS = 160
HEADLINE_MIN_WORDS = 3
#: Actor types that speak in a headline; a place or a country before the colon is the topic ("Украина: главное
#: за сутки").
HEADLINE_SPEAKER_TYPES = frozenset({"person", "organization", "media"})


def headline_statement(text: str, actors: Sequence[Actor]) -> _Found | None:
    """The statement of a headline "X: ...", the article's first line with no full stop at its end, when X is a
    person, a body or a medium the actors name (not a label: "Мнение: ...", "Видео: ...")."""
    line_end = text.find("\n")
    start = len(text) - len(text.lstrip())
    if line_end < 0 or line_end - start > HEADLINE_MAX_CHARS:
        return None
    line = text[start:line_end].rstrip()
    if line.endswith("."):
        return None
    m = HEADLINE_STATEMENT.fullmatch(line)
    if m is None:
        return _headline_dash(text, start, line, actors)
    speaker = (start + m.start(1), start + m.end(1))
    last = stem(m.group(1).split()[-1])
    if not any(a.type in HEADLINE_SPEAKER_TYPES and any(s.start < speaker[1] and speaker[0] < s.end for s in a.mentions)
               for a in actors) and not any(a.type == "person" and stem(alias.split()[-1]) == last
                                            for a in actors for alias in a.aliases):
        return None  # neither an actor named there nor the surname of a person the article names ("Петронин")
    content = _trim(text, start + m.start(2), start + m.end(2))
    if len(text[content[0]:content[1]].split()) < HEADLINE_MIN_WORDS:
        return None
    colon = text.index(":", speaker[1])
    kind = "direct" if _quoted(text, *content) else "indirect"
    return _Found(kind, speaker, (colon, colon + 1), content, 0.7, "headline")


#: A headline's statement with its speaker after a dash: "Санкции не работают — министр финансов Венгрии".
HEADLINE_DASH = re.compile(r"(\S.*?\S)\s+[—–]\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def _headline_dash(text: str, start: int, line: str, actors: Sequence[Actor]) -> _Found | None:
    """"A — X": the statement A of the speaker X (at most four words), when X opens with an office or occupation
    ("посол России", "министр финансов Венгрии") or is a person, a body or a medium the actors name."""
    m = HEADLINE_DASH.fullmatch(line)
    if m is None:
        return None
    speaker = (start + m.start(2), start + m.end(2))
    titled = lemma(m.group(2).split()[0].lower()) in OFFICE_LEMMAS | OCCUPATION_LEMMAS
    named = any(a.type in HEADLINE_SPEAKER_TYPES and any(mm.start == speaker[0] and mm.end == speaker[1]
                                                         for mm in a.mentions) for a in actors)
    if not (titled or named):
        return None
    content = _trim(text, start + m.start(1), start + m.end(1))
    if len(text[content[0]:content[1]].split()) < HEADLINE_MIN_WORDS:
        return None
    dash = start + m.end(1) + line[m.end(1):].index(line[m.end(1):m.start(2)].strip())
    kind = "direct" if _quoted(text, *content) else "indirect"
    return _Found(kind, speaker, (dash, dash + 1), content, 0.7, "headline-dash")


def find_attributions(text: str, parse: RuParse, actors: Sequence[Actor] = ()) -> list[_Found]:
    """Attributions of the parsed sentences (and of the headline, by ``actors``), in text order, at most one per
    content."""
    found: list[_Found] = []
    headline = headline_statement(text, actors)
    if headline is None:
        headline = _subtitle_statement(text, actors)  # "Сидоров: ..." under the headline (round 29)
    if headline is None:
        headline = _headline_last_sentence(text, actors)  # "... . Сидоров: ..." (round 30)
    if headline is not None:
        found.append(headline)
    previous: RuSentence | None = None
    for sent in parse.sentences:
        if sent.parsed:
            found.extend(_parenthetical_according(text, sent, f) for f in _according_to(text, sent)
                         if not _relative_according(sent, f))
            statement = _statement_noun(text, sent, previous)
            if statement is not None:
                found.append(statement)
            for i, tok in enumerate(sent.tokens):
                if tok.lemma in CALL_VERBS and tok.pos == "VERB":
                    call = _call(text, sent, i) or _closing_cue(text, sent, i, previous)  # "«...», — призвал X"
                    if call is not None:
                        found.append(call)
                    continue
                if tok.lemma in COMPARE_VERBS and tok.pos == "VERB":
                    compared = _compare(text, sent, i)  # "сравнил X с Y" (round 31)
                    if compared is not None:
                        found.append(compared)
                    continue
                if tok.lemma in RELAYED_QUOTE_VERBS and tok.pos == "VERB":
                    relayed = _relayed_quote(text, sent, i)
                    if relayed is not None:
                        found.append(relayed)
                        continue
                if tok.pos == "VERB" and _persuading_verb(sent, i):
                    persuading = _closing_after_object(text, sent, i, previous)
                    if persuading is not None:
                        found.append(persuading)
                    continue
                if tok.pos == "VERB" and _closing_verb(sent, i):
                    closing = _closing_cue(text, sent, i, previous)
                    if closing is not None:
                        found.append(closing)
                    continue
                if tok.lemma not in CUE_VERBS or tok.pos not in ("VERB", "AUX"):
                    continue
                if tok.feats.get("VerbForm") == "Inf" or tok.rel in ("xcomp", "csubj"):
                    continue  # "отказались сообщить, ...": nothing was said
                passive = tok.lemma in PASSIVE_CUES or tok.feats.get("Voice") == "Pass"  # "сказано в заявлении"
                hit = _passive(text, sent, i) if passive else _verb_cue(text, sent, i, previous)
                if hit is not None:
                    found.append(hit)
            found.extend(_belief(text, sent))
        previous = sent
    found.sort(key=lambda f: f.content[0])
    quotes = SpanIndex((f.content[0], f.content[1], 0) for f in found if f.kind == "direct")
    kept: list[_Found] = []
    for f in found:
        if any(q[0] <= f.cue[0] and f.cue[1] <= q[1] for q in quotes.overlapping(*f.cue)):
            continue  # a cue inside a quotation is the quoted speaker's, part of that quote
        # found twice (the same cue by two rules): the duplicates are neighbours in content order
        if any(f.content[0] < k.content[1] and k.content[0] < f.content[1] and f.cue == k.cue
               for k in kept[-DEDUPE_WINDOW:]):
            continue
        if f.content[1] <= f.content[0]:
            continue
        kept.append(f)
    kept = [f for f in kept if not _own_voice(text, parse, f)]  # "я объяснял, почему ..." (round 30)
    kept = _unquoted_runs(text, parse, kept)  # "A. B. C, подчеркнул Сидоров" (round 30)
    found = _round32_found(text, parse, _paragraph_run(text, parse, _round31_found(text, parse, kept)))  # rounds 31-32
    found = _round34_found(text, parse, _round33_found(text, parse, found), actors)  # rounds 33-34
    found = _round35_found(text, parse, found)  # round 35
    return _round36_found(text, parse, found)  # round 36


def _relays(found: Sequence[_Found]) -> set[int]:
    """The indices of relays: a report after its content whose content is itself a report with its own speaker
    ("Об этом сообщает РИА Новости" after "..., заявил посол"; "..., заявил он, передаёт ТАСС")."""
    return {n for n, f in enumerate(found) if f.kind != "direct" and f.cue[0] >= f.content[1] and any(
        k is not f and k.speaker is not None and f.content[0] <= k.cue[0] and k.cue[1] <= f.content[1] and
        f.content[0] <= k.speaker[0] and k.speaker[1] <= f.content[1] for k in found)}


def type_source(text: str, span: tuple[int, int] | None, parse: RuParse, table: SourceTable,
                country_of: dict[str, str], actors: Sequence[Actor],
                mentions: SpanIndex) -> tuple[str, str | None, bool, bool, str | None]:
    """(source type, ISO alpha-2 country, state-affiliated, named, speaker name) of a Russian speaker phrase;
    ``mentions`` indexes the actors' mentions."""
    if span is None:
        return "anonymous", None, False, False, None
    phrase = text[span[0]:span[1]]
    tokens = parse.tokens_in(*span)
    lemmas = [t.lemma for t in tokens]
    country = None
    inside = [actors[i] for i in dict.fromkeys(i for *_, i in mentions.inside(*span))]
    # the person speaks for the body in "представитель МИД России Мария Захарова"; of two persons, the one named
    # in the nominative heads the phrase ("глава офиса президента Владимира Зеленского Андрей Ермак": Ермак)
    nominative = [actors[i] for s, _, i in sorted(mentions.inside(*span))
                  if actors[i].type == "person" and any(t.start == s and t.feats.get("Case") == "Nom" for t in tokens)]
    persons = [a for a in inside if a.type == "person"]
    speaker = nominative[-1] if len(persons) > 1 and nominative else None
    speaker = speaker or next(iter(persons), None) or \
        next((a for a in inside if a.type in ("organization", "media")), None)
    speaker_name = speaker.name if speaker is not None else None
    for actor in inside:
        if actor.type == "country" and country is None and not _contested_only(text, actor, span):
            country = country_of.get(actor.name)
    if country is None and speaker is not None and speaker.country:
        country = _alpha2(speaker.country, actors, table, country_of)
        if any(a.type == "country" and a.code == speaker.country and _contested_only(text, a, span) for a in inside):
            country = None  # "Мэр Донецка Алексей Кулемзин": the person's country came from the contested city
    if country is None:
        country = _region_country(phrase)  # "Губернатор Белгородской области Вячеслав Гладков": Russia
    # the phrase as written, without quotation marks ("РИА «Новости»"), in the nominative ("Первого канала"),
    # then the canonical name of the actor it names ("RIA Novosti")
    bare = re.sub(f"[{QUOTE_MARKS}]", "", phrase)
    entry = table.find_source(phrase) or table.find_source(bare) or table.find_source(normalize_name(bare, "ORG")) \
        or (table.find_source(speaker.name) if speaker is not None else None)
    if entry is not None:
        src = entry[0]
        return src.type, country or src.country, src.state_affiliated or src.type == "government", True, src.name
    unnamed = any(lem in UNNAMED_MARKERS for lem in lemmas)
    head = lemmas[0] if lemmas else ""
    plural_anonymous = bool(tokens) and tokens[0].lemma in ANONYMOUS_HEADS and not any(
        actor.type == "person" for actor in inside)
    source_type = None
    for label, words in SOURCE_TYPE_LEMMAS:
        if head in words:
            source_type = label
            break
    # the words that can type the speaker: not those of a clause after the person's name ("Валдис Пельш,
    # заменяющий главу ...": no head of anything)
    typing = lemmas
    if speaker is not None and speaker.type == "person":
        ends = [m.end for m in speaker.mentions if span[0] <= m.start and m.end <= span[1]]
        comma = next((k for k, t in enumerate(tokens) if ends and t.start >= min(ends) and t.text == ","), None)
        typing = lemmas[:comma] if comma is not None else lemmas
    for label, words in SOURCE_TYPE_LEMMAS:
        if label == "report" and speaker is not None and speaker.type == "person" and \
                not any(lem in words for lem in lemmas[:2]):
            continue  # "Директор Центра макроэкономического анализа Дмитрий Белоусов": a person, not a report
        if source_type is None and any(lem in words for lem in typing):
            source_type = label
    agents = (*OFFICIAL_AGENTS, "LEG") if speaker is not None and speaker.type == "organization" else OFFICIAL_AGENTS
    if source_type is None and speaker is not None and speaker.code and \
            any(agent in speaker.code[3:] for agent in agents):
        source_type = "government"  # a known official: "Песков", "Лавров"; a chamber: "в Совфеде"
    if source_type is None and any(a.type == "organization" and a.code and a is not speaker and
                                   any(agent in a.code[3:] for agent in (*OFFICIAL_AGENTS, "LEG")) for a in inside):
        source_type = "government"  # "член комитета Совета Федерации ... Сергей Цеков": of a state body
    if country is None and source_type == "government":
        body = next((a for a in inside if a.type == "organization" and a.code and a.country and a is not speaker and
                     any(agent in a.code[3:] for agent in (*OFFICIAL_AGENTS, "LEG"))), None)
        if body is not None and body.country:
            country = _alpha2(body.country, actors, table, country_of)
    if country is None and source_type == "government":
        country = _body_country(inside, speaker, actors, table, country_of)  # "Глава «Росатома»": Russia
    if source_type is None and speaker is not None and speaker.type == "person":
        source_type = _titled_elsewhere(text, speaker)  # "губернатор Алексей Текслер" before "— добавил Текслер"
    if source_type is None and speaker_name is None and _metonym(phrase, span[0], inside) and \
            not any(t.feats.get("Animacy") == "Anim" for t in tokens if t.pos in ("NOUN", "PROPN")):
        source_type = "government"  # "Белый дом сообщил", "в Вашингтоне заявили": the state speaks
    if source_type is None:
        if speaker_name is not None:
            source_type = "person" if any(a.name == speaker_name and a.type == "person" for a in actors) \
                else "organization"
        elif lemmas and all(lem in POSSESSIVES for lem in lemmas):
            source_type = "person"
    if source_type in (None, "person") and any(t.lemma in MEDIA_TITLE_LEMMAS and t.feats.get("Case") == "Nom"
                                               for t in tokens[:len(typing)]):
        source_type = "media"  # "Журналистка Анна Смирнова", "главный редактор RT ..." (not "отец журналистки")
    if source_type == "anonymous" and not unnamed and any(a.type == "person" for a in inside) and \
            any(lem in NAMED_EXPERTS for lem in typing):
        source_type = "academic"  # "эксперт рынка труда Олег Рябов": a named expert, not an unnamed source
    if source_type == "government" and lemmas and (lemmas[0] in FORMER or lemmas[0].startswith("экс-")) and \
            not any(a.type == "organization" and a is speaker for a in inside):
        # "бывший министр финансов Латвии Янис Озолс", "бывшего премьер-министра": no longer in office
        return "person", country, False, True, speaker_name or phrase
    if unnamed or plural_anonymous:
        state = source_type == "government" or (country is not None and head in ("чиновник", "дипломат", "военный")) \
            or _in_state_body(lemmas)
        return "anonymous", country, state, False, None
    if source_type == "anonymous":
        # "источник в администрации области": an unnamed official
        official = any(lem in GOVERNMENT_LEMMAS for lem in lemmas)
        return "anonymous", country, official, False, None
    source_type = source_type or "person"
    return source_type, country, source_type == "government", True, speaker_name or phrase


#: The stems of the adjectives of Russia's and Ukraine's regions ("Белгородск-ой области", "Краснодарск-ого
#: края"), to the country they belong to. The four Ukrainian regions Russia claims (Донецкая, Луганская,
#: Запорожская, Херсонская) and the "ДНР" / "ЛНР" are in neither list: their officials get no country from the
#: region (the policy of ``actors.CONTESTED_PLACES``: spinscope does not settle whose they are).
REGION_STEMS = {
    "RU": frozenset(re.findall(r"\S+", """
        Амурск Архангельск Астраханск Белгородск Брянск Владимирск Волгоградск Вологодск Воронежск Ивановск Иркутск
        Калининградск Калужск Кемеровск Кировск Костромск Курганск Курск Ленинградск Липецк Магаданск Московск
        Мурманск Нижегородск Новгородск Новосибирск Омск Оренбургск Орловск Пензенск Псковск Ростовск Рязанск
        Самарск Саратовск Сахалинск Свердловск Смоленск Тамбовск Тверск Томск Тульск Тюменск Ульяновск Челябинск
        Ярославск Алтайск Забайкальск Камчатск Краснодарск Красноярск Пермск Приморск Ставропольск
        Хабаровск""")),
    "UA": frozenset(re.findall(r"\S+", """
        Винницк Волынск Днепропетровск Житомирск Закарпатск Ивано-Франковск Киевск Кировоградск Львовск Николаевск
        Одесск Полтавск Ровенск Сумск Тернопольск Харьковск Хмельницк Черкасск Черниговск Черновицк""")),
}
REGION = re.compile(r"\b([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ск|цк))(?:ая|ой|ую|ий|ого|ому|ом)\s+"
                    r"(?:област\w*|кра(?:[йяюе]\b|ев\w*))")


def _region_country(phrase: str) -> str | None:
    """The country of the region a speaker phrase names by its adjective and "область" / "край" ("глава
    Курской области", "губернатор Одесской области"); None for a contested region or none named."""
    for m in REGION.finditer(phrase):
        for code, stems in REGION_STEMS.items():
            if m.group(1) in stems:
                return code
    return None


def _metonym(phrase: str, at: int, inside: Sequence[Actor]) -> bool:
    """Whether a speaker phrase is a country's name and nothing else but a preposition ("Белый дом", "В Москве",
    "Вашингтон"): the state speaks. Not "Население Италии", "британская пресса", "Украина.ру"."""
    lead = re.match(r"(?:[Вв]о?\s+)?", phrase)
    start = at + (lead.end() if lead else 0)
    end = at + len(phrase.rstrip())
    return any(a.type == "country" and any(m.start == start and m.end == end for m in a.mentions) for a in inside)


#: Prepositions of the body an unnamed source is in or from: "источник в правительстве", "собеседник из МИД".
BODY_PREPOSITIONS = frozenset({"в", "во", "из", "при"})
#: Words of a government phrase that name a person, not a body: "источник, близкий к главе ..." is not in a body.
OFFICE_HOLDERS = frozenset({"глава", "лидер", "представитель", "председатель", "спикер", "секретарь", "президент",
                            "премьер-министр", "министр", "губернатор", "мэр", "посол", "канцлер", "чиновник",
                            "пресс-секретарь", "генсек", "дипломат", "военный", "вице-премьер"})


def _in_state_body(lemmas: Sequence[str]) -> bool:
    """Whether an unnamed source's phrase places them in a state body: "источник в правительстве РФ", "источник
    в Минобороны", "собеседник из МИД" (the body right after the preposition, an adjective or two between)."""
    for k, lem in enumerate(lemmas[1:], start=1):
        if lem not in BODY_PREPOSITIONS:
            continue
        for nxt in lemmas[k + 1:k + 4]:
            if nxt in GOVERNMENT_LEMMAS and nxt not in OFFICE_HOLDERS:
                return True
            if nxt in BODY_PREPOSITIONS:
                break
    return False


#: Words before a person's name that can give their office: "губернатор Алексей Текслер", "заявил глава ОП".
TITLE_WORDS = 4
TITLE_STOPS = frozenset({"и", "или", "а", "но", "с", "со", "у", "к", "от"})


def _titled_elsewhere(text: str, person: Actor) -> str | None:
    """The source type an office or occupation gives a person where the text names them with it, in the words
    right before any mention of the name (up to TITLE_WORDS words back, within the clause): "Такую задачу
    поставил губернатор Алексей Текслер" makes a later "— добавил Алексей Текслер" a government source. An
    anonymous type ("эксперт") is no type for a named person."""
    for m in person.mentions:
        clause = re.split(r"[.!?;:,()«»\"\n—–]", text[max(0, m.start - 120):m.start])[-1]
        words = re.findall(r"[\w-]+", clause)[-TITLE_WORDS:]
        for word in reversed(words):
            if word.lower() in TITLE_STOPS:
                break  # "министр Иван Петров и Сергей Смирнов": the title is Петров's
            found = next((label for label, lemmas in SOURCE_TYPE_LEMMAS if lemma(word) in lemmas), None)
            if found == "report":
                continue  # "директор Института экономических исследований X": a body's name, not a report (round 29)
            if found is None and lemma(word) in MEDIA_TITLE_LEMMAS:
                found = "media"  # "главного редактора газеты Ольгу Миронову", "журналистку Анну Смирнову" (round 29)
            if found is not None and found != "anonymous":
                return found
    return None


def _titled_before(text: str, parse: RuParse, actors: Sequence[Actor], mentions: SpanIndex,
                   pronoun_at: int) -> tuple[int, int] | None:
    """The span "title ... name" of the last person named in the sentence before a pronoun speaker's, with an office
    or occupation word in the nominative before the name in its clause ("Губернатор Тульской области Дмитрий
    Миляев"); None when that person has no such title."""
    k = next((n for n, s in enumerate(parse.sentences) if s.start <= pronoun_at < s.end), None)
    if not k:
        return None
    prev = parse.sentences[k - 1]
    persons = sorted((start, end) for start, end, i in mentions.inside(prev.start, prev.end)
                     if actors[i].type == "person")
    if not persons:
        return None
    start, end = persons[-1]
    lo = max(prev.start, start - 120)
    clause = re.split(r"[.!?;:,()«»\"\n—–]", text[lo:start])[-1]
    at = start - len(clause)
    for w in itertools.islice(re.finditer(r"[\w-]+", clause), None):
        word = w.group()
        lem = lemma(word)
        if word.lower().replace("ё", "е") == lem and \
                any(lem in words for label, words in SOURCE_TYPE_LEMMAS if label != "anonymous"):
            return (at + w.start(), end)  # the title in the nominative ("Министр", not "министром")
    return None


def _subject_since(parse: RuParse, actors: Sequence[Actor], mentions: SpanIndex, since: int,
                   pronoun_at: int) -> tuple[int, int] | None:
    """The span of the last person named in the nominative between the last named speaker and a pronoun speaker,
    outside the pronoun's own sentence: the pronoun's antecedent when the text has named someone else since."""
    sentence = next((s for s in parse.sentences if s.start <= pronoun_at < s.end), None)
    if sentence is None or since < 0:
        return None
    best = None
    for start, end, i in mentions.inside(since + 1, sentence.start):
        if actors[i].type == "person" and any(t.start == start and t.feats.get("Case") == "Nom"
                                              for t in parse.tokens_in(start, end)):
            best = (start, end) if best is None or start > best[0] else best
    return best


def _country_name(actors: Sequence[Actor], code: str) -> str | None:
    return next((a.name for a in actors if a.type == "country" and a.code == code), None)


def _alpha2(code: str, actors: Sequence[Actor], table: SourceTable, country_of: dict[str, str]) -> str | None:
    """The two-letter country of an actor's three-letter code: by the name of the article's country actor with that
    code, else by the names the actor dictionary and the source table share (:func:`alpha2_codes`)."""
    return country_of.get(_country_name(actors, code) or "") or alpha2_codes(table).get(code)


def to_attributions(text: str, found: Sequence[_Found], parse: RuParse, table: SourceTable,
                    actors: Sequence[Actor], *, evidence: str) -> list[Attribution]:
    """The result's attributions, sources typed; a pronoun speaker takes the type of the last named speaker."""
    country_of = dict(table.countries)
    mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)
    out: list[Attribution] = []
    last: tuple[str, str | None, bool, bool, str | None] | None = None
    by_name: dict[str, tuple[str, str | None, bool, bool, str | None]] = {}
    by_role: dict[str, tuple[str, str | None, bool, bool, str | None]] = {}
    role_bodies: dict[str, set[int]] = {}  # the actors named in the phrase that gave each role
    last_at = -1  # where the phrase of the last named speaker ends
    last_person: tuple[str, str | None, bool, bool, str | None] | None = None  # the last speaker, a person
    by_word: dict[str, tuple[str, str | None, bool, bool, str | None]] = {}  # the last speaker with each lemma
    relays = _relays(found)
    last_body: tuple[str, str | None, bool, bool, str | None] | None = None  # the last state body that spoke
    genders: dict[str, str] = {}  # the grammatical gender each named speaker was reported with
    surnames: dict[str, _Typed] = {}  # named speakers by their last name (round 31)
    for n, f in enumerate(found):
        typed = type_source(text, f.speaker, parse, table, country_of, actors, mentions)
        typed = _round30_typed(text, f, parse, typed)  # "Ura.ru", "источник РИА Новости в ..." (round 30)
        phrase = text[f.speaker[0]:f.speaker[1]] if f.speaker else ""
        lemmas = [t.lemma for t in parse.tokens_in(*f.speaker)] if f.speaker is not None else []
        here = {i for *_, i in mentions.inside(*f.speaker)} if f.speaker is not None else set()
        inside = bool(here)
        subject = _subject_since(parse, actors, mentions, last_at, f.speaker[0]) \
            if f.speaker is not None and phrase.lower() in PRONOUNS else None
        if subject is None and f.speaker is not None and phrase.lower() in PRONOUNS:
            subject = _titled_since(text, parse, actors, mentions, last_at, f.speaker[0])  # round 30
        if f.continued and f.speaker is None and last is not None and \
                (verb_gender := _speaker_gender(parse, f)) is not None and \
                genders.get(last[4] or "", verb_gender) != verb_gender:
            pass  # "Соколов заявил ... Сообщила, что ...": a verb of the other gender does not continue him
        elif f.continued and f.speaker is None and last is not None:
            typed = last  # "А заодно объявил, что ...": the last speaker named goes on
        elif subject is not None:
            # "Ранее ... Дмитрий Песков отказался комментировать ... Он добавил, что ...": the person the sentences
            # since the last quote made their subject, not the last speaker (typed as where they were named before)
            typed = type_source(text, subject, parse, table, country_of, actors, mentions)
            typed = by_name.get(typed[4] or "", typed)
        elif f.speaker is not None and phrase.lower() in POSSESSIVES_AND_PRONOUNS and last is not None:
            typed = last
            pronoun_gender = GENDERED_PRONOUNS.get(phrase.lower())
            if pronoun_gender is not None and genders.get(last[4] or "", pronoun_gender) != pronoun_gender:
                # "Она заявила" after a man spoke: not him, and no guess among those before (no one known)
                typed = ("person", None, False, False, None)
        elif f.speaker is not None and phrase.lower() in POSSESSIVES_AND_PRONOUNS and last is None and \
                (titled := _titled_before(text, parse, actors, mentions, f.speaker[0])) is not None:
            # "Министр обороны Эстонии Ханно Певкур посетил базу. Он заявил, что ...": no one has spoken yet, so
            # the person named with a title in the sentence before, typed by that title
            typed = type_source(text, titled, parse, table, country_of, actors, mentions)
            if typed[0] == "government" and any(t.lemma in NAMED_EXPERTS for t in parse.tokens_in(*titled)):
                # "военный эксперт Института стран СНГ Владимир Евсеев": an expert, not an official
                typed = ("academic", typed[1], False, typed[3], typed[4])
        elif f.speaker is not None and _derogatory(lemmas) and \
                (leader := _one_leader(typed, by_name, actors)) is not None:
            typed = leader  # "По словам главаря киевского режима" after the one leader quoted before
        elif lemmas and lemmas[0] in by_role and inside and not any(actors[i].type == "person" for i in here) \
                and here <= role_bodies.get(lemmas[0], set()):
            # "заявил глава ОП" after "глава офиса президента (ОП) Украины ... Андрей Ермак": that office's
            # holder named before
            typed = by_role[lemmas[0]]
        elif typed[4] is not None and typed[0] == "person" and typed[4] in by_name:
            typed = by_name[typed[4]]  # "Боррель" again: typed as where his title was given
        elif len(lemmas) == 1 and not inside and lemmas[0] in by_role:
            # "по словам министра" after "Министр ... Сергей Лавров заявил": the minister named before
            typed = by_role[lemmas[0]]
        elif lemmas == ["ведомство"] and last_body is not None:
            typed = last_body  # "В ведомстве уточнили" after "Министерство обороны Эстонии сообщило": that ministry
        elif len(lemmas) == 1 and not inside and lemmas[0] in ROLE_SYNONYMS and \
                any(r in by_role for r in ROLE_SYNONYMS[lemmas[0]]):
            # "— отметил дипломат" after "заявил посол Китая в Бразилии Ли Цзюнь": the envoy named before
            typed = next(by_role[r] for r in ROLE_SYNONYMS[lemmas[0]] if r in by_role)
        elif len(lemmas) == 2 and lemmas[1] in by_role and typed[1] is not None and typed[1] == by_role[lemmas[1]][1]:
            # "по словам немецкого канцлера" after "Канцлер Германии Олаф Шольц подчеркнул": that country's
            # office holder named before
            typed = by_role[lemmas[1]]
        elif len(lemmas) == 1 and not inside and lemmas[0] in OFFICE_LEMMAS and lemmas[0] not in by_role and \
                (held := _office_holder_before(text, actors, mentions, f.speaker[0] if f.speaker else 0,
                                               lemmas[0])) is not None:
            # "Премьер заявил" after "Премьер-министр Армении Никол Пашинян провел переговоры": that holder
            typed = type_source(text, held, parse, table, country_of, actors, mentions)
        elif len(lemmas) == 1 and not inside and lemmas[0].startswith("экс-") and lemmas[0][4:] in by_word:
            # "Экс-дипломат подчеркнул ..." after "заявил бывший британский дипломат": the one who was that
            typed = by_word[lemmas[0][4:]]
        elif len(lemmas) == 1 and not inside and last_person is not None and lemmas[0] in OCCUPATION_LEMMAS:
            # "— отметил эксперт" after "заявил бывший американский разведчик": no one of that occupation named
            # before, so the person quoted last goes on
            typed = last_person
        typed = _follow_up(text, parse, f, typed, last, here, actors, surnames)  # "собеседник «360»" (round 31)
        typed = _round32_typed(text, parse, f, typed, last, here, actors, out)  # "Еврокомиссия" (round 32)
        typed = _round33_typed(text, parse, f, typed, here, actors, out)  # "Вице-канцлер", "концерн" (round 33)
        typed = _expert_typed35(parse, f, typed, here, actors)  # "Военный аналитик Института ... X" (round 35)
        typed = _academy_typed36(text, f, typed)  # "Институт США и Канады РАН" (round 36)
        gender = _speaker_gender(parse, f)
        if typed[4] is not None and gender is not None and typed[4] not in genders and \
                phrase.lower() not in POSSESSIVES_AND_PRONOUNS:
            genders[typed[4]] = gender
        if n in relays:
            pass  # the outlet passing a statement on: "Он" / "По его словам" after it is the speaker inside
        elif typed[3] and typed[4] is not None:
            last = typed
            last_at = f.speaker[1] if f.speaker is not None else last_at
            by_name.setdefault(typed[4], typed)
            if inside:
                for lem in lemmas:
                    if lem in OFFICE_LEMMAS or lem in OCCUPATION_LEMMAS:
                        by_role[lem] = typed
                        role_bodies[lem] = here
        if typed[0] in ("person", "politician", "academic") and typed[4] is not None:
            last_person = typed
        if typed[0] == "government" and typed[3] and typed[1] is not None and n not in relays and \
                not any(actors[i].type == "person" for i in here):
            last_body = typed
        if typed[4] is not None:
            for lem in lemmas:
                by_word[lem] = typed
        source_type, country, state, named, name = typed
        start, end = min(f.content[0], f.cue[0], f.speaker[0] if f.speaker else f.cue[0]), \
            max(f.content[1], f.cue[1], f.speaker[1] if f.speaker else f.cue[1])
        out.append(Attribution(
            start=start, end=end, label=f.kind, score=f.score, evidence=f"{evidence}:{f.rule}", kind=f.kind,  # type: ignore[arg-type]
            speaker=Span(start=f.speaker[0], end=f.speaker[1], label="speaker", score=f.score,
                         evidence=f"{evidence}:{f.rule}") if f.speaker else None,
            cue=Span(start=f.cue[0], end=f.cue[1], label="cue", score=f.score, evidence=f"{evidence}:{f.rule}"),
            content=Span(start=f.content[0], end=f.content[1], label="content", score=f.score,
                         evidence=f"{evidence}:{f.rule}"),
            source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state, named=named))
    out = _bare_headline_role(text, parse, found, _retype_headline(text, found, out, actors))  # round 30
    out = _one_speaker34(text, parse, _one_person33(text, parse, out, actors, country_of), actors)  # rounds 33-34
    out = _body_named_before34(text, parse, _country_belief_typed34(out), actors, table, country_of)  # round 34
    out = _own_country34(text, out, actors, table, country_of)  # round 34
    out = _surname_country35(text, _one_expert35(text, parse, out, actors))  # round 35
    return _round36_typed(text, out)  # round 36


GOVERNMENT_LEMMAS = dict(SOURCE_TYPE_LEMMAS)["government"]
#: Agent codes of officials' actor codes (RUSGOV, UKRMIL): their speakers are government sources.
OFFICIAL_AGENTS = ("GOV", "MIL", "SPY", "COP")
POSSESSIVES_AND_PRONOUNS = frozenset({"он", "она", "они", "его", "ее", "её", "их"})
#: Personal pronouns of one person as a speaker.
PRONOUNS = frozenset({"он", "она"})


# Round 28 (issue 19): shapes of real Russian articles (tests/test_ru28.py).

#: Pronoun speakers by the gender they refer with.
GENDERED_PRONOUNS = {"она": "Fem", "ее": "Fem", "её": "Fem", "он": "Masc", "его": "Masc"}
#: The longest phrase (in tokens) a relative pronoun speaker is resolved to.
ANTECEDENT_TOKENS = 7
#: The rules whose content is the quotation or clause a closing verb follows.
CLOSING_RULES = frozenset({"dash-quote", "final-clause"})


def _closing_verb(sent: RuSentence, i: int) -> bool:
    """Whether token ``i`` is a verb that reports only when it closes a quotation or a clause: "заключил",
    "прокомментировал" and "делает / сделал вывод"."""
    tok = sent.tokens[i]
    if tok.lemma in CLOSING_CUE_VERBS or _closing_verb31(sent, i):  # "поправил", "поинтересовался" (round 31)
        return True
    return tok.lemma in CONCLUDING_VERBS and any(sent.tokens[j].lemma == "вывод" and sent.tokens[j].rel == "obj"
                                                 for j in sent.children(i))


def _closing_cue(text: str, sent: RuSentence, i: int, previous: RuSentence | None) -> _Found | None:
    """"«...», — заключил Колесниченко", "..., делает вывод эксперт": the quotation or the clause before the
    verb, its subject after it; any other use of the verb ("заключили контракт") reports nothing."""
    if sent.tokens[i].feats.get("VerbForm") in ("Inf", "Conv") or sent.tokens[i].rel in ("xcomp", "csubj") or \
            _subject(sent, i) is None:
        return None  # "комментируя ...", "— заключили в ответ": no one named closes it
    found = _verb_cue(text, sent, i, previous)
    if found is None or found.rule not in CLOSING_RULES or found.speaker is None or \
            found.content[1] - found.content[0] < 15:
        return None
    toks = sent.tokens
    obj = next((j for j in sent.children(i) if toks[j].lemma == "вывод" and j == i + 1), None)
    if obj is not None:
        found = dataclasses.replace(found, cue=(toks[i].start, toks[obj].end))  # "делает вывод"
    return found


def _relative_antecedent(sent: RuSentence, rel: int) -> tuple[int, int] | None:
    """The phrase a relative pronoun subject refers to: the words between the clause's start and the comma before
    "который" ("Президент Финляндии Александр Стубб, который заявил ..."); None when no comma precedes it."""
    toks = sent.tokens
    if rel < 2 or toks[rel - 1].text != ",":
        return None
    lo = rel - 2
    while lo > 0 and toks[lo - 1].pos != "PUNCT":
        lo -= 1
    while lo < rel - 1 and toks[lo].pos in ("ADP", "CCONJ", "SCONJ"):
        lo += 1  # "встретился с X, который ...": the phrase, not its preposition
    if lo > rel - 2 or rel - 1 - lo > ANTECEDENT_TOKENS or toks[rel - 2].pos != "PROPN" or \
            any(t.pos in ("VERB", "AUX") for t in toks[lo:rel - 1]):
        return None  # not a named phrase ("с мнением Якова Кедми" after a verb, "диванных войск»"): "который" stays
    return toks[lo].start, toks[rel - 2].end


def _clip_relative(text: str, sent: RuSentence, antecedent: tuple[int, int] | None, found: _Found) -> _Found:
    """A relative clause's statement ends where the main clause resumes: "X, который заявил, что ..., прибыл в
    Берлин" stops before ", прибыл" (the verb the antecedent is the subject of)."""
    if antecedent is None:
        return found
    toks = sent.tokens
    heads = {toks[k].head for k, t in enumerate(toks)
             if antecedent[0] <= t.start and t.end <= antecedent[1] and t.rel == "nsubj"}
    for h in sorted(heads):
        if 0 <= h < len(toks) and found.content[0] < toks[h].start < found.content[1]:
            comma = text.rfind(",", found.content[0], toks[h].start)
            if comma > found.content[0]:
                return dataclasses.replace(found, content=_trim(text, found.content[0], comma))
    return found


def _contested_only(text: str, actor: Actor, span: tuple[int, int]) -> bool:
    """Whether a country actor is named in a speaker phrase only by a contested place ("Мэр Донецка", "губернатор
    Севастополя"): the official takes no country from it (``actors.CONTESTED_PLACES``)."""
    from .actors import CONTESTED_PLACES

    inside = [m for m in actor.mentions if span[0] <= m.start and m.end <= span[1]]
    return bool(inside) and all(CONTESTED_PLACES.match(text[m.start:m.end]) for m in inside)


def _body_country(inside: Sequence[Actor], speaker: Actor | None, actors: Sequence[Actor], table: SourceTable,
                  country_of: dict[str, str]) -> str | None:
    """The country of the body a government speaker heads or speaks for when the phrase names no state: "Глава
    «Росатома» Алексей Лихачев" (Rosatom: Russia)."""
    body = next((a for a in inside if a.type == "organization" and a.country and a is not speaker), None)
    return _alpha2(body.country, actors, table, country_of) if body is not None and body.country else None


def _office_holder_before(text: str, actors: Sequence[Actor], mentions: SpanIndex, at: int,
                          office: str) -> tuple[int, int] | None:
    """The span "title ... name" of the last person named before ``at`` with that office (or its synonym) in the
    words before the name: "Премьер" after "Премьер-министр Армении Никол Пашинян ..."."""
    offices = {office, *ROLE_SYNONYMS.get(office, ())}
    persons = sorted(((s, e) for s, e, i in mentions.inside(0, at) if actors[i].type == "person"), reverse=True)
    for start, end in persons:
        lo = max(0, start - 120)
        clause = re.split(r"[.!?;:,()«»\"\n—–]", text[lo:start])[-1]
        base = start - len(clause)
        for w in re.finditer(r"[\w-]+", clause):
            if lemma(w.group()) in offices:
                return base + w.start(), end
    return None


def _speaker_gender(parse: RuParse, f: _Found) -> str | None:
    """The gender a speaker is reported with: the cue verb's ("заявила"), else a first name's in the speaker
    phrase ("Анна Ковач")."""
    for t in parse.tokens_in(*f.cue):
        if t.pos in ("VERB", "AUX") and t.feats.get("Gender") in ("Fem", "Masc"):
            return t.feats["Gender"]
    if f.speaker is not None:
        for t in parse.tokens_in(*f.speaker):
            if t.pos == "PROPN" and t.feats.get("Case") == "Nom" and t.feats.get("Animacy") == "Anim" and \
                    t.feats.get("Gender") in ("Fem", "Masc"):
                return t.feats["Gender"]
    return None


def _retype_headline(text: str, found: Sequence[_Found], out: list[Attribution],
                     actors: Sequence[Actor]) -> list[Attribution]:
    """A headline speaker named by surname alone ("Лихачев: ...") typed as the article types that person where
    it gives their title ("Глава «Росатома» Алексей Лихачев заявил"), when the headline gave no type of its own."""
    for n, (f, a) in enumerate(zip(found, out, strict=True)):
        if f.rule not in ("headline", "headline-dash") or a.source_type != "person" or a.source_country or \
                f.speaker is None:
            continue
        phrase = text[f.speaker[0]:f.speaker[1]].strip()
        person = next((p for p in actors if p.type == "person" and
                       any(alias == phrase or alias.endswith(" " + phrase) for alias in p.aliases)), None)
        if person is None:
            continue
        later = next((b for b in out[n + 1:] if b.speaker_name == person.name and b.named and
                      b.source_type != "person"), None)
        if later is not None:
            out[n] = a.model_copy(update={"source_type": later.source_type, "source_country": later.source_country,
                                          "state_affiliated": later.state_affiliated,
                                          "speaker_name": later.speaker_name})
    return out


# Round 29 (issue 19): closing verbs of persuasion and confession, beliefs, parenthetical "по словам" and
# derogatory descriptors as speakers (tests/test_ru29.py).

#: Verbs that report when they close a quotation with the speaker after them, their object (the audience) before
#: the subject: "«...», — убеждал журналистов Зеленский", "— призналась она"; elsewhere ("убедил коллег
#: согласиться") they do something else.
PERSUADING_CLOSING_VERBS = frozenset({"убеждать", "убедить", "признаться", "признаваться"})
#: Titles of journalists that the type lemmas miss (the feminine, the editor, the presenter): media in the nominative
#: of the speaker phrase or right before a person's name.
MEDIA_TITLE_LEMMAS = frozenset({"журналистка", "редактор", "главред", "телеведущий", "телеведущая"})
#: Short adjectives of a stated belief with a "что" clause: "Он уверен, что ...", "Министр убеждён, что ...".
BELIEF_LEMMAS = frozenset({"уверенный", "уверить", "убежденный", "убеждённый", "убедить"})
#: The short forms themselves (the lemma of "уверена" is the verb "уверить").
BELIEF_FORMS = re.compile(r"(?:уверен|убежд[её]н)[аоы]?", re.IGNORECASE)
#: Heads of a derogatory descriptor of a leader ("главарь киевского режима"): the speaker is the one leader the
#: article quoted before, when exactly one fits.
DEROGATORY_HEADS = frozenset({"главарь", "вожак", "фюрер", "атаман"})
#: The noun that makes an office a derogatory descriptor: "глава киевского режима", "лидер режима".
REGIME_NOUN = "режим"
#: Office heads of "глава / лидер / руководитель ... режима".
REGIME_OFFICES = frozenset({"глава", "лидер", "руководитель", "президент", "главарь", "вожак", "фюрер", "атаман"})

_Typed = tuple[str, str | None, bool, bool, str | None]


def _persuading_verb(sent: RuSentence, i: int) -> bool:
    """Whether token ``i`` is a verb of persuasion or confession (``PERSUADING_CLOSING_VERBS``)."""
    return sent.tokens[i].lemma in PERSUADING_CLOSING_VERBS


def _object_first_subject(sent: RuSentence, i: int) -> int | None:
    """The subject of a closing verb written object first ("— убеждал журналистов Зеленский", "Об этом РБК
    рассказал директор ... Иван Сидоров"): when the parse made the word between the dash or "Об этом" and the verb
    its subject and a nominative name follows the verb in the same clause, that name's phrase."""
    toks = sent.tokens
    subj = _subject(sent, i)
    if subj is None or subj > i:
        return None
    k = i + 1
    while k < len(toks) and toks[k].pos not in ("PUNCT",) and not (toks[k].pos == "PROPN" and
                                                                  toks[k].feats.get("Case") == "Nom" and
                                                                  toks[k].feats.get("Animacy") == "Anim"):
        if toks[k].pos in ("VERB", "AUX"):
            return None
        k += 1
    if k >= len(toks) or toks[k].pos == "PUNCT":
        return None
    # the name's phrase must start right after the verb (its head noun and its title: "директор ... Иван Сидоров")
    return k


def _closing_after_object(text: str, sent: RuSentence, i: int, previous: RuSentence | None) -> _Found | None:
    """"«...», — убеждал журналистов Зеленский": the quotation before the verb, the speaker the name after it; "Он
    признался, что ...": the clause after it."""
    toks = sent.tokens
    if toks[i].feats.get("VerbForm") in ("Inf", "Conv") or toks[i].rel in ("xcomp", "csubj"):
        return None
    found = _verb_cue(text, sent, i, previous)
    if found is not None and found.rule in ("that-clause", "colon") and found.speaker is not None:
        return found  # "Он признался, что ...", "Министр убеждал, что ...": the clause is the statement
    if found is None or found.rule != "dash-quote" or found.content[1] - found.content[0] < 15:
        return None
    if found.speaker is None or found.speaker[0] < toks[i].start:
        late = _object_first_subject(sent, i)
        if late is None:
            return found if found.speaker is not None else None
        end = late
        while end + 1 < len(toks) and toks[end + 1].pos == "PROPN":
            end += 1
        found = dataclasses.replace(found, speaker=_span(sent, i + 1, end))
    return found


def _later_speaker(text: str, sent: RuSentence, i: int, found: _Found) -> _Found:
    """A speaker before the verb of "Об этом X рассказал Y" replaced by the named person after the verb (the
    outlet X is the audience in the dative, which the parse may take for the subject)."""
    toks = sent.tokens
    if found.speaker is None or found.speaker[1] > toks[i].start or found.rule != "about-this":
        return found
    if any(t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" for t in toks if
           found.speaker[0] <= t.start and t.end <= found.speaker[1]):
        return found  # a person before the verb is the subject ("Об этом Иванов рассказал РБК")
    late = _object_first_subject(sent, i)
    if late is None:
        return found
    lo = i + 1
    hi = late
    while hi + 1 < len(toks) and toks[hi + 1].pos == "PROPN":
        hi += 1
    return dataclasses.replace(found, speaker=_span(sent, lo, hi))


def _belief(text: str, sent: RuSentence) -> Iterator[_Found]:
    """"Он уверен, что ...", "Министр убеждён, что ...": a stated belief, the "что" clause its content and the
    subject of the short adjective its speaker (round 28 counted "уверен X" after the clause)."""
    toks = sent.tokens
    for i, tok in enumerate(toks):
        if not BELIEF_FORMS.fullmatch(tok.text):
            continue
        if i > 0 and toks[i - 1].lemma == "не":
            continue  # "не уверен, что ...": a doubt, not a statement
        subj = _subject(sent, i)
        if subj is None or subj > i or toks[subj].lemma in NON_SPEAKERS or toks[subj].feats.get("Person") == "1":
            continue  # "Я уверен, что": a quoted speaker's own voice
        lo = sent.subtree(subj)[0]
        if any(t.lemma == "который" for t in toks[lo:i]):
            continue  # "политики которых уверены": a relative clause's subject, no speaker phrase
        that = re.match(r"\s*,\s*что\s+", text[tok.end:sent.end])
        if that is None:
            continue
        content = _trim(text, tok.end + that.end(), sent.end)
        if content[1] - content[0] < 10:
            continue
        speaker = _speaker_range(sent, subj, stop=i)
        yield _Found("indirect", speaker, (tok.start, tok.end), content, 0.7, "belief")


def _parenthetical_according(text: str, sent: RuSentence, found: _Found) -> _Found:
    """"Другой проблемой, по словам аналитика, является спрос ...": a "по словам" set off by commas inside a clause
    whose verb comes after it; the content is the whole sentence, not the words before the commas."""
    if found.rule != "according-to" or found.content[0] != sent.start or found.cue[0] <= found.content[0]:
        return found
    toks = sent.tokens
    if any(t.pos in ("VERB", "AUX") and t.end <= found.cue[0] for t in toks):
        return found  # "Войска отошли, по словам X": the clause before is whole
    end = found.speaker[1] if found.speaker is not None else found.cue[1]
    rest = re.match(r"\s*,\s*", text[end:sent.end])
    if rest is None:
        return found
    after = [t for t in toks if t.start >= end + rest.end()]
    if not any(t.pos in ("VERB", "AUX") for t in after) or sent.end - (end + rest.end()) < 10:
        return found
    return dataclasses.replace(found, content=_trim(text, sent.start, sent.end))


def _relative_according(sent: RuSentence, found: _Found) -> bool:
    """Whether an "according to" names a relative pronoun as its source: "договорённости, согласно которым ..."
    (the agreements' terms, no speaker)."""
    if found.rule != "according-to" or found.speaker is None:
        return False
    first = next((t for t in sent.tokens if t.start >= found.speaker[0]), None)
    return first is not None and first.lemma == "который"


def _derogatory(lemmas: Sequence[str]) -> bool:
    """Whether a speaker phrase is a derogatory descriptor of a leader: "главарь киевского режима", "глава
    режима"."""
    if not lemmas:
        return False
    return lemmas[0] in DEROGATORY_HEADS or (lemmas[0] in REGIME_OFFICES and REGIME_NOUN in lemmas[1:4])


def _one_leader(typed: _Typed, by_name: dict[str, _Typed], actors: Sequence[Actor]) -> _Typed | None:
    """The one government speaker quoted before (of the descriptor's country when it names one) that a derogatory
    descriptor can stand for; None when none or several fit."""
    persons = {a.name for a in actors if a.type == "person"}
    fits = [t for t in by_name.values() if t[0] == "government" and t[3] and t[4] in persons and
            (typed[1] is None or t[1] == typed[1])]
    return fits[0] if len(fits) == 1 else None


def _subtitle_statement(text: str, actors: Sequence[Actor]) -> _Found | None:
    """The statement of a subtitle "X: ..." on the line after a headline (both lines with no full stop at their
    end): ``headline_statement`` read on the second line, the first blanked out so that offsets stay the text's."""
    first = text.find("\n")
    if first < 0 or text[:first].rstrip().endswith(".") or not text[:first].strip():
        return None
    blank = re.match(r"\n\s*", text[first:])
    second = first + (blank.end() if blank is not None else 1)
    if "\n" not in text[second:]:
        return None
    return headline_statement(" " * second + text[second:], actors)


# Round 30 (issue 19): a question clause as what was said, a headline's last sentence "X: ...", a quotation whose
# marks were stripped run over several sentences, a topic told, an outlet named by its domain, an outlet's unnamed
# source, an officer of a non-state body and a headline's bare occupation (tests/test_ru30.py).

#: Verbs whose question clause after a comma is what was said: "рассказал, как остановить ...", "объяснил, почему
#: ВСУ выбрали ...".
WH_CLAUSE_VERBS = frozenset({"рассказать", "рассказывать", "объяснить", "объяснять", "пояснить", "пояснять",
                             "написать", "писать"})
WH_CLAUSE = re.compile(r"\s*,\s*(?=(?:как|почему|зачем|отчего|каким\s+образом|сколько|откуда|куда|чем)\b)",
                       re.IGNORECASE)
#: Verbs whose "о" phrase alone is what was told, round 29's topic convention ("Ранее Ura.ru рассказывал о закрытии
#: завода", "Высказался он и о выборах"); "сообщить" / "заявить" with an event noun are round 26's rule.
TOPIC_VERBS = frozenset({"рассказать", "рассказывать", "высказаться", "высказываться", "написать", "писать"})
#: The most sentences a quotation whose marks were stripped runs back over, before the sentence its closing cue ends.
UNQUOTED_RUN = 3
#: A speaker phrase that is an outlet's domain name ("Ura.ru", "Lenta.ru"); a Russian domain gives Russia.
DOMAIN = re.compile(r"(?:[\w-]+\.)+(ru|su|рф|com|net|org|info|media|news|tv)", re.IGNORECASE)
RUSSIAN_DOMAINS = frozenset({"ru", "рф"})
#: A stretch in quotation marks (a quotation, or a name such as «Союз ветеранов»).
QUOTED_RUN = re.compile(r"[«“„\"]([^«»“”„\"]*)[»”\"]")
#: Heads of an outlet's unnamed source: "источник РИА Новости в правительстве" is anonymous, not the agency.
SOURCE_HEADS = frozenset({"источник", "собеседник"})
#: Office heads of a body.
BODY_OFFICES = frozenset({"председатель", "глава", "руководитель", "директор", "президент", "сопредседатель"})
#: Words of a body that is no state's: "председатель правления общественной организации «Союз ветеранов»".
NONSTATE_BODY_LEMMAS = frozenset({"правление", "общероссийский", "общественный", "некоммерческий", "правозащитный",
                                  "фонд", "ассоциация", "движение"})


def _first_person(text: str, speaker: tuple[int, int]) -> bool:
    """Whether a speaker phrase is "я" or "мы": a quoted speaker's own voice, not a report."""
    return text[speaker[0]:speaker[1]].strip(_EDGE).lower() in ("я", "мы")


def _wh_clause(text: str, sent: RuSentence, i: int, speaker: tuple[int, int] | None,
               cue: tuple[int, int]) -> _Found | None:
    """"Министр рассказал, как снизить цены", "Эксперт объяснил, почему ...": the question clause
    after the verb's comma, to the end of the sentence (the parse makes it an infinitive or an adverbial clause,
    which the "что"-clause rule does not read)."""
    verb = sent.tokens[i]
    if verb.lemma not in WH_CLAUSE_VERBS or speaker is None or _first_person(text, speaker):
        return None
    m = WH_CLAUSE.match(text, verb.end, sent.end)
    if m is None:
        return None
    content = _trim(text, m.end(), sent.end)
    if content[1] - content[0] < 15:
        return None
    return _Found("indirect", speaker, cue, content, 0.75, "wh-clause")


def _topic_report(text: str, sent: RuSentence, i: int, speaker: tuple[int, int] | None,
                  cue: tuple[int, int]) -> _Found | None:
    """"Ранее Ura.ru рассказывал о закрытии завода в Туле": a telling verb with only its "о" phrase, by a
    named speaker, in a finished sentence: the phrase to the end of the sentence is the content."""
    toks = sent.tokens
    verb = toks[i]
    if verb.lemma not in TOPIC_VERBS | REMIND_VERBS or speaker is None or verb.feats.get("VerbForm") != "Fin" or \
            _first_person(text, speaker):
        return None
    if re.search(r"[.!?…]\s*$", text[sent.start:sent.end]) is None:
        return None
    topic = next((j for j in sent.children(i) if j > i and toks[j].rel in ("obl", "obj") and toks[j].pos in
                  ("NOUN", "PROPN") and toks[j].lemma not in ("это", "то") and
                  any(toks[k].lemma in ("о", "об", "обо") and toks[k].rel == "case" for k in sent.children(j))), None)
    if topic is None:
        return None
    lo = max(sent.subtree(topic)[0], i + 1)
    content = _trim(text, toks[lo].start, sent.end)
    if content[1] - content[0] < 15 or _quoted(text, *content):
        return None
    return _Found("indirect", speaker, cue, content, 0.65, "topic")


def _headline_last_sentence(text: str, actors: Sequence[Actor]) -> _Found | None:
    """"«Слишком поздно»: Сидоров рассказал, почему ... . Сидоров: город потеряет ...": the
    statement "X: ..." that ends a headline of two sentences (``headline_statement`` on its last sentence, the rest
    of the line blanked out so that offsets stay the text's)."""
    line_end = text.find("\n")
    if line_end < 0:
        return None
    breaks = list(re.finditer(r"[.!?…]\s+(?=[А-ЯЁA-Z«\"])", text[:line_end]))
    if not breaks:
        return None
    k = breaks[-1].end()
    return headline_statement(" " * k + text[k:], actors)


def _same_speaker(text: str, earlier: _Found, later: _Found) -> bool:
    """Whether a closing cue's speaker ("подчеркнул Сидоров", "уточняет эксперт", "добавил он") refers to the speaker
    of the attribution before: the same surname, or a pronoun or an occupation after a named speaker."""
    if earlier.speaker is None or later.speaker is None:
        return False
    words = text[later.speaker[0]:later.speaker[1]].split()
    before = text[earlier.speaker[0]:earlier.speaker[1]]
    if len(words) != 1:
        return False
    word = words[0].strip(_EDGE)
    if word.lower() in PRONOUNS or lemma(word.lower()) in OCCUPATION_LEMMAS:
        return re.search(r"[А-ЯЁ][а-яё]+", before) is not None
    return word[:1].isupper() and any(stem(w.strip(_EDGE)) == stem(word) for w in before.split() if w[:1].isupper())


def _quotation_in(part: str) -> bool:
    """Whether a stretch of text holds a quotation (quotation marks around more than three words, not a name such as
    «Союз ветеранов»), or an unpaired quotation mark."""
    if any(len(m.group(1).split()) > 3 for m in QUOTED_RUN.finditer(part)):
        return True
    rest = QUOTED_RUN.sub("", part)
    return any(ch in "«»“”„" for ch in rest)



def _unquoted_runs(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """"Об этом сообщил ... Иван Сидоров. A. B. C, подчеркнул Сидоров.": a quotation whose marks were stripped runs
    back from its closing cue over the sentences since the same speaker's last report (at most ``UNQUOTED_RUN``, in
    one paragraph, none with a report or a quotation mark of its own); the cue's clause alone was C."""
    out = list(found)
    starts = [s.start for s in parse.sentences]
    for n, f in enumerate(out):
        if f.rule not in ("final-clause", "dash-quote") or f.speaker is None or f.speaker[0] < f.content[1]:
            continue
        if _quotation_in(text[f.content[0]:f.content[1]]) or text[:f.content[0]].rstrip()[-1:] in QUOTE_MARKS or \
                text[f.content[1]:].lstrip()[:1] in QUOTE_MARKS:
            continue  # a quotation in its marks: the marks end it
        if f.content[0] not in starts and not any(s < f.content[0] and not text[s:f.content[0]].strip(_EDGE)
                                                  for s in starts):
            continue  # the cue's clause is not a whole sentence
        earlier = [g for g in out[:n] if max(g.content[1], g.cue[1], g.speaker[1] if g.speaker else 0) <= f.content[0]]
        if not earlier:
            continue
        g = max(earlier, key=lambda g: max(g.content[1], g.cue[1], g.speaker[1] if g.speaker else 0))
        g_end = max(g.content[1], g.cue[1], g.speaker[1] if g.speaker else 0)
        if not _same_speaker(text, g, f):
            continue
        between = [s for s in parse.sentences if s.start >= g_end and s.end <= f.content[0] + 1 and
                   s.start < f.content[0]]
        if not between or len(between) > UNQUOTED_RUN:
            continue
        gap = text[between[0].start:f.content[0]]
        if "\n" in text[g_end:f.content[0]] or _quotation_in(gap) or \
                any(between[0].start <= k.cue[0] < f.content[0] for k in out):
            continue
        if text[g_end:between[0].start].strip(_EDGE + ".!?…"):
            continue  # words between the earlier report and the run: not the sentence right after it
        out[n] = dataclasses.replace(f, content=(between[0].start, f.content[1]))
    return out


def _round30_typed(text: str, f: _Found, parse: RuParse, typed: _Typed) -> _Typed:
    """An outlet named by its domain ("Ura.ru": media, a Russian domain Russia), an outlet's unnamed source
    ("источник РИА Новости в ...": anonymous) and the named officer of a body that is no state's ("Председатель
    правления общественной организации ... Иван Петров": a person, round 35's sources convention)."""
    if f.speaker is None:
        return typed
    phrase = text[f.speaker[0]:f.speaker[1]].strip(_EDGE)
    domain = DOMAIN.fullmatch(phrase)
    if domain is not None and typed[0] in ("person", "organization"):
        country = "RU" if domain.group(1).lower() in RUSSIAN_DOMAINS else typed[1]
        return "media", country, typed[2], True, typed[4] or phrase
    tokens = parse.tokens_in(*f.speaker)
    lemmas = [t.lemma for t in tokens]
    if lemmas and lemmas[0] in SOURCE_HEADS and typed[0] != "anonymous":
        return "anonymous", None, False, False, None
    if typed[0] == "government" and lemmas and lemmas[0] in BODY_OFFICES and \
            any(lem in NONSTATE_BODY_LEMMAS for lem in lemmas[1:4]) and \
            any(t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" for t in tokens):
        return "person", typed[1], False, True, typed[4]
    return typed


def _bare_headline_role(text: str, parse: RuParse, found: Sequence[_Found],
                        out: list[Attribution]) -> list[Attribution]:
    """"Эксперт объяснил, почему ..." in the headline: the bare occupation is the person the article quotes under
    that word later ("..., уточняет эксперт" after the named expert), typed as there."""
    line_end = text.find("\n")
    for n, (f, a) in enumerate(zip(found, out, strict=True)):
        if f.speaker is None or line_end < 0 or f.speaker[1] > line_end or a.named:
            continue
        lemmas = [t.lemma for t in parse.tokens_in(*f.speaker)]
        if len(lemmas) != 1 or lemmas[0] not in OCCUPATION_LEMMAS:
            continue
        later = next((b for g, b in zip(found[n + 1:], out[n + 1:], strict=True) if g.speaker is not None and
                      [t.lemma for t in parse.tokens_in(*g.speaker)] == lemmas and b.named), None)
        if later is not None:
            out[n] = a.model_copy(update={"source_type": later.source_type, "source_country": later.source_country,
                                          "state_affiliated": later.state_affiliated,
                                          "speaker_name": later.speaker_name, "named": True})
    return out


#: The cue verbs round 30 added ("объяснить", "проговориться", "высказаться"): said by "я" or "мы" outside a quotation
#: they are a quoted speaker's own words the quotation rules did not catch.
ROUND30_CUE_VERBS = frozenset({"объяснить", "объяснять", "проговориться", "высказаться", "высказываться"})


def _own_voice(text: str, parse: RuParse, f: _Found) -> bool:
    """Whether a report by one of ``ROUND30_CUE_VERBS`` has "я" or "мы" as its speaker."""
    if f.speaker is None or not _first_person(text, f.speaker):
        return False
    return any(t.lemma in ROUND30_CUE_VERBS for t in parse.tokens_in(*f.cue))


def _titled_since(text: str, parse: RuParse, actors: Sequence[Actor], mentions: SpanIndex, since: int,
                  pronoun_at: int) -> tuple[int, int] | None:
    """"Министр финансов Иван Петров предлагает ... «...», — рассказал он": the last person named since
    the last named speaker, outside any report and outside the pronoun's sentence, with a title in the nominative
    right before the name (the span title ... name); ``_subject_since`` reads only parsed sentences' cases."""
    sentence = next((s for s in parse.sentences if s.start <= pronoun_at < s.end), None)
    if sentence is None:
        return None
    best = None
    for start, end, i in mentions.inside(max(since, 0), sentence.start):
        if actors[i].type != "person" or (best is not None and start < best[1]):
            continue
        clause = re.split(r"[.!?;:,()«»\"\n—–]", text[max(0, start - 120):start])[-1]
        at = start - len(clause)
        for w in re.finditer(r"[\w-]+", clause):
            word = w.group()
            lem = lemma(word)
            if not re.search(r"\w", clause[:w.start()]) and word.lower().replace("ё", "е") == lem and \
                    any(lem in words for label, words in SOURCE_TYPE_LEMMAS if label != "anonymous"):
                best = (at + w.start(), end)  # the clause opens with the title in the nominative: the subject
                break
    return best


#: Round 31: verbs that report only when they close a quotation ("«...», — поправил его X", "«...?» — поинтересовался
#: X", "«...», — отреагировал X", "«...?» — задался вопросом X"); elsewhere they report nothing.
ROUND31_CLOSING_VERBS = frozenset({"поправить", "поправлять", "поинтересоваться", "интересоваться", "отреагировать",
                                   "реагировать"})
#: "задался вопросом": the verb with its noun.
QUESTION_VERB = "задаться"
#: "сравнил X с Y": a report of the comparison (as "назвал X Y").
COMPARE_VERBS = frozenset({"сравнить", "сравнивать"})
#: Speakers a bare mention of which after a named person is that person ("— добавил собеседник «360»", "по мнению
#: специалиста"), not an anonymous or untyped source.
#: Lead, round 46: "Советник добавил" after "советник ... Олег Крючков" is he, too (a bare "Политик" keeps its own
#: type: round 32's convention).
FOLLOW_UP_HEADS = frozenset({"собеседник", "специалист", "советник"})


def _closing_verb31(sent: RuSentence, i: int) -> bool:
    """Whether token ``i`` is one of ``ROUND31_CLOSING_VERBS`` or "задался вопросом"."""
    tok = sent.tokens[i]
    if tok.lemma in ROUND31_CLOSING_VERBS:
        return True
    return tok.lemma == QUESTION_VERB and i + 1 < len(sent.tokens) and sent.tokens[i + 1].lemma == "вопрос"


def _compare(text: str, sent: RuSentence, i: int) -> _Found | None:
    """"Министр сравнил введение пошлин с объявлением войны": the named subject's comparison, the verb's object to
    the end of the sentence; not an infinitive, participle or negated verb, nor one with no "с" phrase."""
    toks = sent.tokens
    verb = toks[i]
    if verb.feats.get("VerbForm") in ("Inf", "Part", "Conv") or (i > 0 and toks[i - 1].lemma == "не"):
        return None
    subj = _subject(sent, i)
    if subj is None or subj > i or toks[subj].lemma in NON_SPEAKERS:
        return None
    if not any(toks[j].rel == "obj" and j > i for j in sent.children(i)):
        return None
    if not re.search(r"\s(?:с|со)\s", text[verb.end:sent.end]):
        return None
    content = _trim(text, verb.end, sent.end)
    if content[1] - content[0] < 15:
        return None
    speaker = _speaker_range(sent, subj, stop=i)
    return _Found("indirect", speaker, (verb.start, verb.end), content, 0.7, "compare")


def _nested_opening(text: str, f: _Found) -> _Found:
    """"«A: „B“. C», — добавил он": a dash quotation whose opening the inner „...“ hid (its closing “ read as an
    opening mark) opens at the « before the inner quotation in the same paragraph."""
    if f.rule != "dash-quote":
        return f
    before = text[:f.content[0]].rstrip(" .,;:!?…")
    if not before.endswith("“"):
        return f
    paragraph = text.rfind("\n", 0, f.content[0]) + 1
    inner = text.rfind("„", paragraph, len(before) - 1)
    if inner < 0:
        return f
    outer = text.rfind("«", paragraph, inner)
    if outer < 0 or "»" in text[outer:f.content[0]]:
        return f
    return dataclasses.replace(f, content=_trim(text, outer, f.content[1]))


def _dative_outlet(text: str, sent: RuSentence, f: _Found) -> _Found:
    """"..., заявил «360» политолог Иван Сидоров": the outlet in quotation marks right after the verb is the
    audience, the titled person after it the speaker."""
    if f.speaker is None or f.speaker[0] < f.cue[1] or not re.fullmatch(r"«[^»]+»", text[f.speaker[0]:f.speaker[1]]):
        return f
    toks = [t for t in sent.tokens if t.start >= f.speaker[1]]
    if not toks or toks[0].lemma not in OCCUPATION_LEMMAS | OFFICE_LEMMAS:
        return f
    names = [n for n, t in enumerate(toks) if t.pos == "PROPN"]
    if not names or any(t.text in ",.;:!?" for t in toks[:names[0]]):
        return f
    end = names[0]
    while end + 1 < len(toks) and toks[end + 1].pos == "PROPN":
        end += 1
    return dataclasses.replace(f, speaker=(toks[0].start, toks[end].end))


def _relayed_report(f: _Found, found: Sequence[_Found]) -> bool:
    """"Об этом он рассказал в интервью" after "X заявил, что ...", "Об этом, как передает Y, заявил X": a report whose
    content holds another report's cue and speaker (a pronoun for the same person, or the outlet passing it on)."""
    if f.rule not in ("about-this", "as-clause") or f.speaker is None:
        return False
    return any(k is not f and k.speaker is not None and f.content[0] <= k.cue[0] and k.cue[1] <= f.content[1] and
               (f.rule == "as-clause" or (f.content[0] <= k.speaker[0] and k.speaker[1] <= f.content[1]))
               for k in found)


def _round31_found(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """Round 31's changes to the found reports: nested quotation openings, an outlet in the dative before the
    speaker, and relays of a report already found dropped."""
    out = []
    for f in found:
        sent = next((s for s in parse.sentences if s.start <= f.cue[0] < s.end), None)
        if sent is not None:
            f = _dative_outlet(text, sent, f)
        out.append(_nested_opening(text, f))
    return [f for f in out if not (_relayed_report(f, out) and f.speaker is not None and (
        f.rule == "as-clause" or text[f.speaker[0]:f.speaker[1]].lower() in POSSESSIVES_AND_PRONOUNS))]


def _follow_up(text: str, parse: RuParse, f: _Found, typed: _Typed, last: _Typed | None,
               here: set[int], actors: Sequence[Actor], surnames: dict[str, _Typed]) -> _Typed:
    """"— добавил собеседник «360»", "по мнению специалиста" after a named speaker (``last``): that speaker;
    "Сидоров" alone after "политолог Иван Сидоров": typed as there (``surnames``: each named speaker's last name,
    as typed)."""
    if f.speaker is None:
        return typed
    phrase = text[f.speaker[0]:f.speaker[1]]
    tokens = parse.tokens_in(*f.speaker)
    lemmas = [t.lemma for t in tokens]
    own_name = typed[4] is None or typed[4].lower() == phrase.lower()  # no name but the phrase's own words
    if last is not None and own_name and lemmas and lemmas[0] in FOLLOW_UP_HEADS and \
            not any(actors[i].type == "person" for i in here):
        return last
    if len(tokens) == 1 and tokens[0].pos == "PROPN" and own_name and typed[0] == "person" and \
            phrase.lower() in surnames:
        return surnames[phrase.lower()]
    names = [t for t in tokens if t.pos == "PROPN"]
    if len(names) > 1 and typed[4] is not None and typed[0] != "person":
        surnames[names[-1].text.lower()] = typed  # "политолог Иван Сидоров": "Сидоров" later is him
    return typed


#: "напомнил о поездке ...": a topic told, as "рассказал о ..." (round 30's topic rule).
REMIND_VERBS = frozenset({"напомнить", "напоминать"})


def _paragraph_run(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """"«...», — сказал специалист." and in the next paragraph "A. B. C, заключил эксперт.": a paragraph with no
    report and no quotation mark of its own before a summing-up cue ("заключил", "подытожил": ``CLOSING_CUE_VERBS``),
    right after a paragraph that ended with the same speaker's quotation, is that speaker's to its start (at most
    ``UNQUOTED_RUN`` sentences); the cue's clause alone was C. Other verbs stop at the paragraph (round 30)."""
    out = list(found)
    starts = [s.start for s in parse.sentences]
    for n, f in enumerate(out):
        if f.rule not in ("final-clause", "dash-quote") or f.speaker is None or f.speaker[0] < f.content[1] or n == 0:
            continue
        if f.content[0] not in starts or _quotation_in(text[f.content[0]:f.content[1]]) or \
                not any(t.lemma in CLOSING_CUE_VERBS for t in parse.tokens_in(*f.cue)):
            continue
        para = text.rfind("\n", 0, f.content[0]) + 1
        if not text[para:f.content[0]].strip() or _quotation_in(text[para:f.content[0]]):
            continue  # the clause opens the paragraph (nothing to run back over), or a quotation is there
        g = out[n - 1]
        g_end = max(g.content[1], g.cue[1], g.speaker[1] if g.speaker else 0)
        if g_end > para or text[g_end:para].strip(_EDGE + ".!?…\n") or g.speaker is None or g.kind != "direct":
            continue  # the report before is not the end of the paragraph before
        words = text[f.speaker[0]:f.speaker[1]].split()
        if len(words) != 1:
            continue
        word = lemma(words[0].strip(_EDGE).lower())
        if not (word in PRONOUNS or word in OCCUPATION_LEMMAS or word in FOLLOW_UP_HEADS or _same_speaker(text, g, f)):
            continue
        between = [s for s in parse.sentences if para <= s.start < f.content[0]]
        if not between or len(between) > UNQUOTED_RUN or any(para <= k.cue[0] < f.content[0] for k in out):
            continue
        out[n] = dataclasses.replace(f, content=(between[0].start, f.content[1]))
    return out


# --- round 32 (issue 19): typing and relays on SemEval-2023 RU news -------------------------------------------------

#: Verbs of an outlet passing a report on after its speaker: "Об этом заявил X, пишет ТАСС".
RELAY_VERBS32 = frozenset({"писать", "сообщать", "передавать"})
#: A sentence that points back with "Об этом" to a document's words: "Об этом говорится в релизе на сайте X".
ABOUT_THIS32 = re.compile(r"\s*Об\s+этом\s+(?:также\s+|же\s+)?", re.IGNORECASE)
#: Nouns of the place a document is published, whose owner speaks: "на сайте X", "в канале X".
SITE_NOUNS32 = frozenset({"сайт", "портал", "страница", "канал", "аккаунт"})
#: Bare words that refer back to the last speaker of their kind: "По словам политика" after a named official,
#: "Организация отметила" after a body (the value: the types the speaker referred to may have).
BACK_REFERENCES32 = {"политик": frozenset({"government", "politician"}),
                     "организация": frozenset({"government", "organization"})}
#: The forms of "политик" (the lemmatizer reads "политика" as "politics").
POLITICIAN_FORMS32 = frozenset({"политик", "политика", "политику", "политиком", "политике"})
#: Region nouns of a locative body: "В Запорожской области заявили" (the region's authorities speak).
REGION_NOUNS32 = re.compile(r"(?:област|кра[йяюе]\b|краев|республик)", re.IGNORECASE)
#: Outlets the actor table does not know, by the lower-cased phrase, to their name and country.
OUTLETS32 = {"медуза": ("Meduza", "LV"), "meduza": ("Meduza", "LV")}


def _outlet_relay32(text: str, parse: RuParse, f: _Found, found: Sequence[_Found]) -> _Found:
    """"A. Об этом высказался X, пишет ТАСС": the outlet's "пишет" after X's own report of A is a relay whose content
    is X's report ("Об этом высказался X"), not A again (A is X's; round 27 keeps the outlet's report)."""
    if f.rule != "about-this" or f.speaker is None:
        return f
    if not any(t.lemma in RELAY_VERBS32 for t in parse.tokens_in(*f.cue)):
        return f
    k = next((k for k in found if k is not f and k.content == f.content and k.speaker is not None and
              k.cue[0] > k.content[1] and k.speaker[1] <= f.cue[0] and not text[k.speaker[1]:f.cue[0]].strip(" ,\n")),
             None)
    if k is None or k.speaker is None:
        return f
    sent = next((s for s in parse.sentences if s.start <= k.cue[0] < s.end), None)
    if sent is None:
        return f
    return dataclasses.replace(f, content=_trim(text, max(sent.start, k.content[1]), k.speaker[1]))


def _about_this_document32(text: str, sent: RuSentence, previous: RuSentence | None) -> _Found | None:
    """"A. Об этом говорится в релизе на сайте Еврокомиссии.": the document's owner reports the sentence before."""
    if previous is None or ABOUT_THIS32.match(text, sent.start) is None:
        return None
    for i, tok in enumerate(sent.tokens):
        if tok.lemma not in PASSIVE_CUES:
            continue
        for j in sent.children(i):
            noun = sent.tokens[j]
            if noun.lemma not in DOCUMENT_NOUNS:
                continue
            owner = next((k for k in sent.children(j) if sent.tokens[k].rel == "nmod"), None)
            speaker = _speaker_range(sent, owner) if owner is not None else None
            if speaker is not None and owner is not None and sent.tokens[owner].lemma in SITE_NOUNS32:
                # "в релизе на официальном сайте Еврокомиссии": the site's owner, not the site
                inner = next((k for k in sent.children(owner) if sent.tokens[k].rel == "nmod"), None)
                speaker = _speaker_range(sent, inner) if inner is not None else None
            content = _trim(text, previous.start, previous.end)
            if content[1] - content[0] < 15:
                return None
            return _Found("indirect", speaker, (tok.start, noun.end), content, 0.7, "about-this-document")
    return None


def _round32_found(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """Round 32's changes to the found reports: an outlet's relay after its speaker given the speaker's report as its
    content, "Об этом говорится в <document> X" after a sentence, and "— поправил <object> <Name>"."""
    out = [_outlet_relay32(text, parse, f, found) for f in found]
    previous: RuSentence | None = None
    added = []
    for sent in parse.sentences:
        if sent.parsed:
            hit = _about_this_document32(text, sent, previous) or _corrected_object32(text, sent, out)
            if hit is not None and not any(f.content[0] < hit.content[1] and hit.content[0] < f.content[1]
                                           for f in out):
                added.append(hit)
        previous = sent
    return sorted(out + added, key=lambda f: f.content[0]) if added else out


def _round32_typed(text: str, parse: RuParse, f: _Found, typed: _Typed, last: _Typed | None, here: set[int],
                   actors: Sequence[Actor], out: Sequence[Attribution]) -> _Typed:
    """Round 32's typing: an international body (an ``IGO`` actor: "Еврокомиссия", "ВОЗ") is government with no
    country; a region's authorities in the locative ("В Курганской области заявили") government, with the region's
    country; an outlet the table lacks ("Медуза") media; "политик" / "организация" alone the last speaker of that
    kind."""
    if f.speaker is None:
        return typed
    phrase = text[f.speaker[0]:f.speaker[1]].strip(_EDGE)
    tokens = parse.tokens_in(*f.speaker)
    named = [actors[i] for i in here]
    if phrase.lower() in OUTLETS32 and typed[0] in ("person", "organization"):
        name, country = OUTLETS32[phrase.lower()]
        return "media", country, False, True, name
    if typed[0] == "organization" and named and all(a.type == "organization" for a in named) and \
            any((a.code or "").startswith("IGO") and a.name == typed[4] for a in named):
        return "government", None, True, True, typed[4]
    if typed[0] in ("person", "organization") and all(a.type == "location" for a in named) and tokens and \
            REGION_NOUNS32.match(tokens[-1].text) and tokens[-1].feats.get("Case") in ("Loc", "Gen") and \
            any(t.pos == "ADJ" for t in tokens) and text[max(0, f.speaker[0] - 3):f.speaker[0]].strip().lower() \
            in ("в", "во"):
        return "government", _region_country(phrase), True, True, phrase
    if typed[0] == "organization" and all(not a.code and a.type in ("organization", "person") for a in named) and \
            LATIN_NICK32.fullmatch(phrase) and f.kind == "direct" and any(c.islower() for c in phrase) and \
            f.speaker[0] > f.content[1] and _speaker_gender(parse, f) is not None and \
            not any(t.pos in ("VERB", "AUX") and t.feats.get("Number") == "Plur" for t in parse.tokens_in(*f.cue)):
        # "«...», — ответила ему Nataliya": a reader's nickname in Latin script after a verb of one person's gender
        return "person", None, False, True, typed[4]
    if typed[0] == "anonymous" and tokens and tokens[0].lemma == "дипломат" and last is not None and \
            last[0] == "government" and last[4] is not None and named and \
            all(a.type in ("organization", "country") for a in named) and \
            (None if any((a.code or "").startswith("IGO") for a in named) else typed[1]) == last[1] and \
            _heads_diplomacy32(text, last[4], actors, f.speaker[0]):
        # "— подчеркнул дипломат ЕС" after "Глава дипломатии Евросоюза Жозеп Боррель заявил": him
        return last
    word = "политик" if phrase.lower() in POLITICIAN_FORMS32 else (tokens[0].lemma if tokens else "")
    if len(tokens) == 1 and not named and word in BACK_REFERENCES32 and typed[3] and \
            typed[4] is not None and typed[4].lower() == phrase.lower():
        kinds = BACK_REFERENCES32[word]
        if word == "политик":  # only where the lemmatizer lost the word (typed person): "политик" alone is typed
            if typed[0] == "person" and last is not None and last[0] in kinds and last[4] is not None:
                return last
            return typed
        for a in reversed(out):  # the last body that spoke: "Организация отметила" after "Еврокомиссия заявила"
            if a.source_type in kinds and a.named and a.speaker_name is not None and \
                    not any(x.name == a.speaker_name and x.type == "person" for x in actors):
                return a.source_type, a.source_country, a.state_affiliated, True, a.speaker_name
    return typed


#: A reader's nickname in Latin script: one or two words, an initial allowed ("Nataliya", "Dmitry S", "Olga r.").
LATIN_NICK32 = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\s+[A-Za-z][A-Za-z0-9_]*\.?)?")
#: Titles of a foreign-policy chief: "глава дипломатии Евросоюза", "министр иностранных дел", "глава МИД".
DIPLOMACY_HEAD32 = re.compile(r"(?:глав\w*\s+(?:\w+\s+)?(?:дипломатии|МИД)|министр\w*\s+иностранных\s+дел)\b",
                              re.IGNORECASE)


def _heads_diplomacy32(text: str, name: str, actors: Sequence[Actor], before: int) -> bool:
    """Whether the person ``name`` is named with a foreign-policy chief's title before ``before`` ("Глава
    дипломатии Евросоюза Жозеп Боррель")."""
    person = next((a for a in actors if a.name == name and a.type == "person"), None)
    if person is None:
        return False
    return any(m.start < before and DIPLOMACY_HEAD32.search(text[max(0, m.start - 60):m.start]) is not None
               for m in person.mentions)


#: A quotation and a dash before a closing verb: "«...», — поправил ...".
QUOTE_THEN_DASH32 = re.compile(r"\s*[«\"“„](?P<q>.+)[»\"”][,!?…]?\s*[—–]\s*$", re.DOTALL)


def _corrected_object32(text: str, sent: RuSentence, found: Sequence[_Found]) -> _Found | None:
    """"«...», — поправил канцлера ФРГ Олаф Шольц": a closing-only verb (``ROUND31_CLOSING_VERBS``) with its object
    (the corrected person) before the name; the speaker is the nominative name after the object, not the object."""
    toks = sent.tokens
    for i, tok in enumerate(toks):
        if tok.lemma not in ROUND31_CLOSING_VERBS or tok.pos != "VERB" or i + 1 >= len(toks):
            continue
        if any(f.cue[0] <= tok.start < f.cue[1] for f in found):
            return None
        m = QUOTE_THEN_DASH32.match(text[sent.start:tok.start])
        if m is None or toks[i + 1].feats.get("Case") not in ("Acc", "Gen") or toks[i + 1].pos != "NOUN":
            continue
        k = i + 2
        while k < len(toks) and not _name_token32(toks[k]):
            if toks[k].pos in ("VERB", "AUX", "PUNCT"):
                break
            k += 1
        if k >= len(toks) or not _name_token32(toks[k]):
            continue
        end = k
        while end + 1 < len(toks) and (toks[end + 1].pos == "PROPN" or _name_token32(toks[end + 1])):
            end += 1
        content = _trim(text, sent.start + m.start("q"), sent.start + m.end("q"))
        return _Found("direct", _span(sent, k, end), (tok.start, tok.end), content, 0.8, "dash-quote-object")
    return None


def _name_token32(tok: RuToken) -> bool:
    """A name's word after a corrected object: a nominative proper noun ("Шольц") or a word in Latin script (a
    reader's nickname, "Gerakl")."""
    return (tok.pos == "PROPN" and tok.feats.get("Case") == "Nom") or \
        re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", tok.text) is not None


# --- round 33 (issue 19): typing by the speaker's noun, one type per person, and four missed shapes ----------------

#: Office nouns of a state the lexicon lacks (a deputy's title, a secret service): "вице-канцлер", "замминистра".
GOVERNMENT_TITLES33 = frozenset({"вице-канцлер", "вице-спикер", "вице-губернатор", "вице-мэр", "вице-министр",
                                 "замминистра", "замглавы", "зампред", "зампредседателя", "замруководителя",
                                 "замгенсек", "замгенсека", "спецслужба"})
#: Nouns of a company speaking as a body: "В немецком концерне подтвердили" (an organization, not a person).
COMPANY_NOUNS33 = frozenset({"концерн", "компания", "корпорация", "холдинг", "фирма", "автоконцерн",
                             "госкорпорация", "производитель"})
#: Bare nouns that refer back to the last state body that spoke: "заключили в спецслужбе" after "СВР сообщила".
BODY_BACK_REFERENCES33 = frozenset({"спецслужба", "служба", "ведомство", "министерство", "разведка"})
#: Plural nouns of regions speaking as their authorities: "Регионы объявили о планах ..." (no country named).
REGION_BODIES33 = frozenset({"регион", "область", "республика"})
#: Nouns of plans announced: "объявили о планах войти в состав ..." is a report of the plan.
PLAN_NOUNS33 = frozenset({"план", "планы", "намерение"})
#: Verbs of a proposal with its infinitive: "Он предлагает достичь этих целей ..." (round 29's "предложили идею").
PROPOSE_VERBS33 = frozenset({"предложить", "предлагать"})
#: Second-person speakers: a rhetorical "Или вы говорите, что ..." inside someone's words reports no one.
SECOND_PERSON33 = frozenset({"вы", "ты"})


def _head33(tokens: Sequence[RuToken]) -> RuToken | None:
    """The first noun of a speaker phrase (its head in "немецком концерне", "Вице-канцлер Германии")."""
    return next((t for t in tokens if t.pos in ("NOUN", "PROPN") or (t.pos is None and re.search(r"\w", t.text))),
                None)


def _government_title33(word: str) -> bool:
    """Whether a lemma is a state office the lexicon lacks: one of ``GOVERNMENT_TITLES33`` or "вице-" before a
    state office ("вице-президент" is in the lexicon; "вице-канцлер" is not)."""
    if word in GOVERNMENT_TITLES33:
        return True
    return word.startswith("вице-") and (word[5:] in GOVERNMENT_LEMMAS or word[5:] in OFFICE_LEMMAS)


def _round33_typed(text: str, parse: RuParse, f: _Found, typed: _Typed, here: set[int], actors: Sequence[Actor],
                   out: Sequence[Attribution]) -> _Typed:
    """Round 33's typing by the speaker phrase's head noun: a state office the lexicon lacks ("Вице-канцлер
    Германии") government; a company ("в немецком концерне") an organization; "в спецслужбе" / "в ведомстве" alone
    the last state body that spoke."""
    if f.speaker is None or typed[0] not in ("person", "organization", "government"):
        return typed
    tokens = parse.tokens_in(*f.speaker)
    head = _head33(tokens)
    if head is None:
        return typed
    named = [actors[i] for i in here]
    if (typed[0] == "person" or (typed[0] == "government" and typed[1] is None)) and not named and \
            head.lemma in BODY_BACK_REFERENCES33 and \
            all(t is head or t.pos in ("ADJ", "DET") or not re.search(r"\w", t.text) for t in tokens):
        for a in reversed(out):  # the last body that spoke with a country: "СВР сообщила ... заключили в спецслужбе"
            if a.source_type == "government" and a.named and a.source_country and a.speaker_name is not None and \
                    not any(x.name == a.speaker_name and x.type == "person" for x in actors):
                return a.source_type, a.source_country, a.state_affiliated, True, a.speaker_name
    if typed[0] == "government" and head.lemma in BODY_OFFICES and any(a.type == "person" for a in named):
        k = next((n for n, t in enumerate(tokens) if t is head), 0)
        if k + 1 < len(tokens) and tokens[k + 1].lemma in COMPANY_NOUNS33:
            # "Глава компании Tesla Илон Маск": a company's officer, a person of the company's country (the
            # convention of sources round 35), not a state's office holder
            return "person", typed[1], False, True, typed[4]
    if _government_title33(head.lemma) and not any(a.type in ("organization", "media") and a.code and
                                                    not any(ag in a.code[3:] for ag in (*OFFICIAL_AGENTS, "LEG"))
                                                    for a in named):
        return "government", typed[1], True, typed[3], typed[4]
    if typed[0] == "person" and head.lemma in REGION_BODIES33 and head.feats.get("Number") == "Plur" and \
            head.feats.get("Case") == "Nom" and not named:
        return "government", None, True, typed[3], typed[4]  # "Регионы объявили о планах ...": their authorities
    if typed[0] == "person" and head.lemma in COMPANY_NOUNS33 and not any(a.type == "person" for a in named):
        return "organization", typed[1], False, typed[3], typed[4]
    return typed


def _person_of33(text: str, a: Attribution, actors: Sequence[Actor], surnames: dict[str, Actor]) -> Actor | None:
    """The person an attribution's speaker names: by its name, a mention inside the phrase, or the phrase's last
    word as the surname of a person the text names elsewhere ("Вице-канцлер Майер" where NER missed the name)."""
    person = next((x for x in actors if x.type == "person" and x.name == a.speaker_name), None)
    if person is not None or a.speaker is None:
        return person
    person = next((x for x in actors if x.type == "person" and any(
        a.speaker.start <= m.start and m.end <= a.speaker.end for m in x.mentions)), None)
    if person is not None:
        return person
    words = re.findall(r"[А-ЯЁA-Z][\w-]+", text[a.speaker.start:a.speaker.end])
    return surnames.get(lemma(words[-1])) if words else None  # "по словам Москальковой": the lemma


def _one_person33(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                  country_of: dict[str, str]) -> list[Attribution]:
    """One person, one source type and country: where the same person speaks under several phrases ("австрийский
    министр Карл Майер", "Майер", "по его словам"), the phrases with no office (typed a bare person, no
    country) take the type of the phrase that gave an office and the country any phrase gave; a bare office
    ("вице-канцлер", "Вице-канцлер Германии") that one person of the text holds is that person."""
    surnames: dict[str, Actor] = {}
    for x in actors:
        if x.type != "person":
            continue
        for m in x.mentions:
            last = re.findall(r"[А-ЯЁA-Z][\w-]+", text[m.start:m.end])
            if len(last) >= 2:
                surnames.setdefault(lemma(last[-1]), x)
    holders: dict[str, set[str]] = {}  # an office lemma -> the persons named with it right before their name
    office_country: dict[str, str] = {}  # a person -> the country of the office named with them ("вице-канцлер
    # Австрии Карл Майер")
    countries = [(m.start, m.end, c) for c in actors if c.type == "country" for m in c.mentions]
    for x in actors:
        if x.type != "person":
            continue
        for m in x.mentions:
            clause = re.split(r"[.!?;:,()«»\"\n—–]", text[max(0, m.start - 60):m.start])[-1]
            for w in re.findall(r"[\w-]+", clause)[-3:]:
                lem = lemma(w)
                if lem in OFFICE_LEMMAS or _government_title33(lem):
                    holders.setdefault(lem, set()).add(x.name)
                    where = next((country_of.get(c.name) for s, e, c in countries
                                  if m.start - len(clause) <= s and e <= m.start and country_of.get(c.name) and
                                  not _contested_only(text, c, (m.start - len(clause), m.start))), None)
                    # not "Мэр Донецка": a contested city gives no country (round 28)
                    if where is not None:
                        office_country.setdefault(x.name, where)
    people: list[Actor | None] = []
    for a in out:
        person = _person_of33(text, a, actors, surnames) if a.speaker is not None else None
        if person is None and a.speaker is not None and a.speaker_name is not None:
            head = _head33(parse.tokens_in(a.speaker.start, a.speaker.end))
            if head is not None and len(holders.get(head.lemma, ())) == 1 and \
                    not any(x.type == "person" for x in actors if any(
                        a.speaker.start <= m.start and m.end <= a.speaker.end for m in x.mentions)):
                name = next(iter(holders[head.lemma]))
                person = next(x for x in actors if x.type == "person" and x.name == name)
        people.append(person)
    best: dict[str, tuple[str, str | None]] = {}
    for a, person in zip(out, people, strict=True):
        if person is None:
            continue
        kind, country = best.get(person.name, ("person", None))
        if kind == "person" and a.source_type is not None and a.source_type not in ("person", "anonymous", "report"):
            kind = a.source_type
        best[person.name] = (kind, country or a.source_country or office_country.get(person.name))
    result = []
    for a, person in zip(out, people, strict=True):
        former = a.speaker is not None and any(t.lemma in FORMER or t.lemma.startswith("экс-")
                                               for t in parse.tokens_in(a.speaker.start, a.speaker.end))
        if person is not None and person.name in best and not former:  # "Бывший президент X": out of office
            kind, country = best[person.name]
            update: dict[str, object] = {}
            if a.source_type == "person" and kind != "person":
                update |= {"source_type": kind, "state_affiliated": kind == "government"}
            if a.source_country is None and country is not None and kind == "government" and \
                    (a.source_type in ("person", kind) or "source_type" in update):
                # only a state's office holder takes the country of another phrase (the state served); a private
                # person's, an academic's or a journalist's country stays where the article says it (round 28)
                update["source_country"] = country
            if update:
                a = a.model_copy(update=update)
        result.append(a)
    return result


def _about_this_site33(text: str, sent: RuSentence, previous: RuSentence | None) -> _Found | None:
    """"A. Об этом сообщается на сайте Минобороны.": the site's owner reports the sentence before
    (round 32 read "говорится в релизе на сайте X"; here the site is the passive verb's own place)."""
    if previous is None or ABOUT_THIS32.match(text, sent.start) is None:
        return None
    for i, tok in enumerate(sent.tokens):
        if tok.lemma not in PASSIVE_CUES:
            continue
        for j in sent.children(i):
            if sent.tokens[j].lemma not in SITE_NOUNS32:
                continue
            owner = next((k for k in sent.children(j) if sent.tokens[k].rel == "nmod"), None)
            if owner is None:
                return None
            content = _trim(text, previous.start, previous.end)
            if content[1] - content[0] < 15:
                return None
            return _Found("indirect", _speaker_range(sent, owner), (tok.start, tok.end), content, 0.7,
                          "about-this-site")
    return None


def _subtitle_topic33(text: str, sent: RuSentence) -> _Found | None:
    """"СВР сообщила о планах ..." on the line under the headline (no final stop): the "о" phrase is the named
    speaker's report, as round 28's headline topic on the first line."""
    first = text.find("\n")
    if first < 0 or not text[:first].strip() or text[:first].rstrip().endswith("."):
        return None
    second = first + len(text[first:]) - len(text[first:].lstrip())
    if sent.start != second or text.find("\n", sent.start, sent.end) >= 0 or \
            re.search(r"[.!?…»\"”]\s*$", text[sent.start:sent.end]):
        return None
    toks = sent.tokens
    for i, verb in enumerate(toks):
        if verb.lemma not in HEADLINE_TOPIC_VERBS or verb.pos != "VERB":
            continue
        subj = _subject(sent, i)
        if subj is None or subj > i or toks[subj].lemma in NON_SPEAKERS:
            return None
        topic = next((j for j in sent.children(i) if j > i and toks[j].rel in ("obl", "obj") and
                      any(toks[k].lemma in ("о", "об") and toks[k].rel == "case" for k in sent.children(j))), None)
        if topic is None:
            return None
        content = _trim(text, toks[max(sent.subtree(topic)[0], i + 1)].start, sent.end)
        if content[1] - content[0] < 15:
            return None
        return _Found("indirect", _speaker_range(sent, subj, stop=i), (verb.start, verb.end), content, 0.7,
                      "subtitle-topic")
    return None


def _misparsed_final33(text: str, sent: RuSentence) -> _Found | None:
    """"A, заявил в эфире радиостанции, австрийский министр Карл Майер.": a closing report whose subject,
    after a comma, the parse hung elsewhere; the speaker is the nominative noun phrase that ends the sentence."""
    toks = sent.tokens
    for i, verb in enumerate(toks):
        if verb.lemma not in CUE_VERBS or verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or \
                i == 0 or toks[i - 1].text != "," or _subject(sent, i) is not None or \
                verb.feats.get("Number") != "Sing" or toks[i - 2].lemma == "не":
            continue
        end = len(toks) - 1
        while end > i and not re.search(r"\w", toks[end].text):
            end -= 1
        comma = next((k for k in range(end, i, -1) if toks[k].text == ","), None)
        if comma is None or comma == end:
            return None
        phrase = toks[comma + 1:end + 1]
        head = _head33(phrase)
        if head is None or head.feats.get("Case") != "Nom" or \
                any(t.pos in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") for t in phrase) or len(phrase) > 6 or \
                not any(t.pos == "PROPN" or _government_title33(t.lemma) or t.lemma in OFFICE_LEMMAS
                        for t in phrase):
            return None
        content = _trim(text, sent.start, toks[i - 1].start)
        if content[1] - content[0] < 15:
            return None
        return _Found("indirect", _span(sent, comma + 1, end), (verb.start, verb.end), content, 0.7,
                      "final-clause-apart")
    return None


def _compare33(text: str, sent: RuSentence, i: int) -> _Found | None:
    """"Министр сравнил происходящее с «армрестлингом»": round 31's comparison where the parse made the compared
    thing an ``xcomp`` (a substantivised participle) instead of the verb's object."""
    toks = sent.tokens
    if toks[i].feats.get("VerbForm") in ("Inf", "Part", "Conv") or (i > 0 and toks[i - 1].lemma == "не"):
        return None
    subj = _subject(sent, i)
    if subj is None or subj > i or toks[subj].lemma in NON_SPEAKERS:
        return None
    if not any(toks[j].rel == "xcomp" and toks[j].feats.get("Case") == "Acc" and j == i + 1 for j in sent.children(i)):
        return None
    if not re.search(r"\s(?:с|со)\s", text[toks[i].end:sent.end]):
        return None
    content = _trim(text, toks[i].end, sent.end)
    if content[1] - content[0] < 15:
        return None
    return _Found("indirect", _speaker_range(sent, subj, stop=i), (toks[i].start, toks[i].end), content, 0.7,
                  "compare")


def _closing_impersonal33(text: str, sent: RuSentence, i: int) -> _Found | None:
    """"A, заключили в спецслужбе.": a closing-only verb (``CLOSING_CUE_VERBS``) in the plural with no subject and
    the body in "в X" after it, closing the clause before its comma."""
    toks = sent.tokens
    verb = toks[i]
    if verb.lemma not in CLOSING_CUE_VERBS or verb.feats.get("Number") != "Plur" or \
            verb.feats.get("VerbForm") != "Fin" or i == 0 or toks[i - 1].text != "," or _subject(sent, i) is not None:
        return None
    body = _impersonal_source(sent, i)
    if body is None or body[0] < verb.end:
        return None
    content = _trim(text, sent.start, toks[i - 1].start)
    if content[1] - content[0] < 15:
        return None
    return _Found("indirect", body, (verb.start, verb.end), content, 0.7, "final-clause")


def _round33_found(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """Round 33's changes to the found reports: a second-person speaker dropped; "Об этом сообщается на сайте X", a
    subtitle's topic, a closing clause whose subject the parse lost, a comparison of an ``xcomp`` and "заключили в
    X" added where no report covers their content yet."""
    out = [f for f in found if f.speaker is None or text[f.speaker[0]:f.speaker[1]].lower() not in SECOND_PERSON33]
    previous: RuSentence | None = None
    added: list[_Found] = []
    for sent in parse.sentences:
        if sent.parsed:
            hits = [_about_this_site33(text, sent, previous), _subtitle_topic33(text, sent),
                    _misparsed_final33(text, sent)]
            for i, tok in enumerate(sent.tokens):
                if tok.pos == "VERB" and tok.lemma in COMPARE_VERBS:
                    hits.append(_compare33(text, sent, i))
                elif tok.pos == "VERB" and tok.lemma in CLOSING_CUE_VERBS:
                    hits.append(_closing_impersonal33(text, sent, i))
                elif tok.pos == "VERB" and tok.lemma in NOUN_REPORT_VERBS:
                    hits.append(_plans33(text, sent, i))
                elif tok.pos == "VERB" and tok.lemma in PROPOSE_VERBS33:
                    hits.append(_proposal33(text, sent, i))
            for hit in hits:
                if hit is not None and not any(f.content[0] < hit.content[1] and hit.content[0] < f.content[1]
                                               for f in out + added):
                    added.append(hit)
        previous = sent
    return sorted(out + added, key=lambda f: f.content[0]) if added else out


def _plans33(text: str, sent: RuSentence, i: int) -> _Found | None:
    """"Регионы объявили о планах войти в состав ...": a report of a plan (round 32's open lead): the "о планах"
    phrase to the end of the sentence, by the verb's named subject; not an infinitive or a negated verb."""
    toks = sent.tokens
    verb = toks[i]
    if verb.feats.get("VerbForm") != "Fin" or (i > 0 and toks[i - 1].lemma == "не"):
        return None
    subj = _subject(sent, i)
    if subj is None or subj > i or toks[subj].lemma in NON_SPEAKERS:
        return None
    plan = next((j for j in sent.children(i) if j > i and toks[j].lemma in PLAN_NOUNS33 and
                 any(toks[k].lemma in ("о", "об") and toks[k].rel == "case" for k in sent.children(j))), None)
    if plan is None or plan + 1 >= len(toks) or not re.search(r"\w", toks[plan + 1].text):
        return None
    content = _trim(text, toks[max(sent.subtree(plan)[0], i + 1)].start, sent.end)
    if content[1] - content[0] < 15:
        return None
    return _Found("indirect", _speaker_range(sent, subj, stop=i), (verb.start, verb.end), content, 0.7, "plans")


def _proposal33(text: str, sent: RuSentence, i: int) -> _Found | None:
    """"Он предлагает достичь этих целей к зиме ...": a named or pronoun subject's proposal, the infinitive right
    after the verb to the end of the sentence (not "предложили помощь": no infinitive)."""
    toks = sent.tokens
    verb = toks[i]
    if verb.feats.get("VerbForm") != "Fin" or (i > 0 and toks[i - 1].lemma == "не") or i + 1 >= len(toks):
        return None
    subj = _subject(sent, i)
    if subj is None or subj > i or toks[subj].lemma in NON_SPEAKERS or \
            (toks[subj].feats.get("Animacy") == "Inan" and toks[subj].lemma not in POSSESSIVES) or \
            (toks[subj].pos not in ("NOUN", "PROPN") and toks[subj].lemma not in POSSESSIVES):
        # not "другие предложили ...": an unnamed "others"
        return None
    nxt = toks[i + 1]
    if nxt.feats.get("VerbForm") != "Inf" or nxt.head != i:
        return None
    content = _trim(text, nxt.start, sent.end)
    if content[1] - content[0] < 20:
        return None
    return _Found("indirect", _speaker_range(sent, subj, stop=i), (verb.start, verb.end), content, 0.7, "proposal")


# --- round 34 (issue 19): the one speaking person's bare titles, "не исключает", an aside before a parenthetical
# "по мнению X" and a reminder's topic in a headline ------------------------------------------------------------------

#: Heads of a bare title that, with no name or body in the phrase, refer to the one person the article quotes:
#: "начальник разведки уверен" (headline), "Глава разведки ... отметил", "политик заявил".
BARE_TITLES34 = frozenset({"начальник", "глава", "руководитель", "лидер", "политик", "президент", "премьер",
                           "премьер-министр", "министр", "канцлер", "шеф"})
#: A sentence-opening aside of the writer before a clause with a parenthetical source: "Напомним, X, по мнению
#: Y, ..." (the aside is no part of what Y thinks).
WRITER_ASIDE34 = re.compile(r"(?:Напомним|Отметим|Заметим|Добавим|Уточним|Подчеркн[её]м)\s*,\s*")
#: "Он не исключает того варианта, что ...": a negated "исключать" is a report of what the speaker allows for.
NOT_EXCLUDED34 = re.compile(r"([^\n,.;:!?—–«»\"]{2,60}?)\s+(не\s+исключа(?:ет|ют|л|ла|ли))\s+(\S[^\n]*)")
#: Headline lines under which round 30's topic rule (a finished sentence) finds nothing: the first two lines.
HEADLINE_LINES34 = 2


def _not_excluded34(text: str, sent: RuSentence) -> _Found | None:
    """"Он не исключает того варианта, что Z": the subject opening the sentence (at most five words, a pronoun
    or a capitalised word first) allows for what follows the verb, when it holds a "что" clause."""
    m = NOT_EXCLUDED34.match(text, sent.start, sent.end)
    if m is None or len(m.group(1).split()) > 5:
        return None
    first = m.group(1).split()[0]
    if not (first[0].isupper() or first.lower() in PRONOUNS):
        return None
    if re.search(r"(?:^|,\s*)что\b", m.group(3)) is None and not m.group(3).startswith("что"):
        return None
    content = _trim(text, m.start(3), sent.end)
    if content[1] - content[0] < 15:
        return None
    speaker = (m.start(1), m.end(1))
    return _Found("indirect", speaker, (m.start(2), m.end(2)), content, 0.7, "not-excluded")


def _aside_according34(text: str, sent: RuSentence, f: _Found) -> _Found:
    """"Напомним, X, по мнению экспертов, должна была ...": round 29's parenthetical "по мнению" with the writer's
    aside before it: the content is the clause after the aside (X and what follows the commas), not the aside."""
    if f.rule != "according-to" or f.content[0] != sent.start:
        return f
    aside = WRITER_ASIDE34.match(text, sent.start, sent.end)
    if aside is None or aside.end() >= f.cue[0]:
        return f
    toks = sent.tokens
    if any(t.pos in ("VERB", "AUX") and aside.end() <= t.start and t.end <= f.cue[0] for t in toks):
        return f  # "Напомним, войска отошли, по словам X": the clause before is whole
    end = f.speaker[1] if f.speaker is not None else f.cue[1]
    rest = re.match(r"\s*,\s*", text[end:sent.end])
    if rest is None or not any(t.pos in ("VERB", "AUX") for t in toks if t.start >= end + rest.end()):
        return f
    return dataclasses.replace(f, content=_trim(text, aside.end(), sent.end))


def _headline_end34(text: str) -> int:
    """Where the first ``HEADLINE_LINES34`` lines with words end (the headline and the line under it)."""
    seen = 0
    for m in re.finditer(r"[^\n]*\n?", text):
        if m.group().strip():
            seen += 1
            if seen == HEADLINE_LINES34:
                return m.end()
    return len(text)


def _headline_reminder34(text: str, sent: RuSentence) -> _Found | None:
    """"CNN напомнил о трансформации ..." as a headline or the line under it (no final stop, so round 30's topic
    rule passes it by): a reminding verb with a named subject before it and an "о" phrase after it; the phrase to
    the end of the line is the content."""
    if sent.start >= _headline_end34(text):
        return None
    toks = sent.tokens
    for i, verb in enumerate(toks):
        if verb.lemma not in REMIND_VERBS or verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
            continue
        subj = _subject(sent, i)
        if subj is None or subj > i or toks[subj].lemma in NON_SPEAKERS or \
                (toks[subj].pos not in ("PROPN", "NOUN") and not re.fullmatch(r"[A-ZА-ЯЁ][\w-]*", toks[subj].text)):
            continue  # "Байдену напомнили о ...": no one named reminds
        topic = next((j for j in sent.children(i) if j > i and toks[j].rel in ("obl", "obj") and
                      any(toks[k].lemma in ("о", "об", "обо") and toks[k].rel == "case" for k in sent.children(j))),
                     None)
        if topic is None:
            continue
        line_end = text.find("\n", toks[i].end)
        end = sent.end if line_end < 0 else min(sent.end, line_end)
        content = _trim(text, toks[max(sent.subtree(topic)[0], i + 1)].start, end)
        if content[1] - content[0] < 15:
            continue
        return _Found("indirect", _speaker_range(sent, subj, stop=i), (verb.start, verb.end), content, 0.7,
                      "headline-reminder")
    return None


def _round34_found(text: str, parse: RuParse, found: list[_Found], actors: Sequence[Actor] = ()) -> list[_Found]:
    """Round 34's changes to the found reports: a parenthetical "по мнению X" after the writer's aside takes the
    clause; "X не исключает ...", a headline's "X напомнил о Y", "В США уверены: Z" and "по заверению X" added
    where no report covers their content."""
    out = list(found)
    belief = _country_belief34(text, actors)
    if belief is not None and not any(f.content[0] < belief.content[1] and belief.content[0] < f.content[1]
                                      for f in out):
        out = sorted([*out, belief], key=lambda f: f.content[0])
    for n, f in enumerate(out):
        if f.rule == "according-to":
            sent = next((s for s in parse.sentences if s.start <= f.content[0] < s.end), None)
            if sent is not None and sent.parsed:
                out[n] = _aside_according34(text, sent, f)
    added: list[_Found] = []
    for sent in parse.sentences:
        hits = [_not_excluded34(text, sent), _assurance34(text, sent)]
        if sent.parsed:
            hits.append(_headline_reminder34(text, sent))
        for hit in hits:
            if hit is not None and not any(f.content[0] < hit.content[1] and hit.content[0] < f.content[1]
                                           for f in out + added):
                added.append(hit)
    return sorted(out + added, key=lambda f: f.content[0]) if added else out  # as found, where nothing was added


def _one_speaker34(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor]) -> list[Attribution]:
    """Where the article quotes one named person only, a state office holder or a politician with a country, a
    bare title with no name and no body in its phrase ("начальник разведки", "Глава разведки", "политик") that is
    typed with no country is that person: their type, country and name."""
    persons = {x.name for x in actors if x.type == "person"}
    named = {a.speaker_name for a in out if a.speaker_name in persons}
    if len(named) != 1:
        return out
    name = next(iter(named))
    ref = next((a for a in out if a.speaker_name == name and a.source_type in ("government", "politician") and
                a.source_country is not None), None)
    if ref is None:
        return out
    mentions = SpanIndex((m.start, m.end, i) for i, x in enumerate(actors) for m in x.mentions)
    titles: set[str] = set()  # the bare titles' names: "Он" after the headline's "начальник разведки" took it
    for a in out:
        if a.speaker is not None and a.speaker_name is not None and a.speaker_name != name and \
                a.source_country is None and a.source_type in ("government", "politician", "person") and \
                not any(True for _ in mentions.overlapping(a.speaker.start, a.speaker.end)):
            tokens = parse.tokens_in(a.speaker.start, a.speaker.end)
            head = _head33(tokens)
            if head is not None and head.lemma in BARE_TITLES34 and len(tokens) <= 3 and \
                    not any(t.pos == "PROPN" or re.match(r"[A-ZА-ЯЁ]{2}", t.text) for t in tokens):
                titles.add(a.speaker_name)
    if not titles:
        return out
    update = {"source_type": ref.source_type, "source_country": ref.source_country,
              "state_affiliated": ref.state_affiliated, "speaker_name": name, "named": True}
    return [a.model_copy(update=update) if a.speaker_name in titles and a.source_country is None else a for a in out]


#: A headline's belief of a country (round 33's open lead): "В США уверены: Z" (the verbs of a view or a report in
#: the plural, no subject, the place as the speaker, a colon before the claim).
COUNTRY_BELIEF34 = re.compile(r"(?:^|(?<=[.!?…])\s+)(?:В|Во)\s+([А-ЯЁA-Z][\w-]*(?:\s+[А-ЯЁA-Z][\w-]*)?)\s+"
                              r"(уверены|убеждены|считают|полагают|заявили|предупредили|прогнозируют)\s*:\s*(\S.*)$",
                              re.MULTILINE)
#: "Берлин, по заверению своих ведущих политиков, старается ...": a parenthetical of assurance (round 33's lead),
#: which round 29's "по словам" does not read ("заверение" is no noun of ``ACCORDING_NOUNS``).
ASSURANCE34 = re.compile(r",\s*(по\s+(?:заверени|уверени)(?:ю|ям))\s+([^,.;:!?«»\"]{3,80}?)\s*,\s*")


def _country_belief34(text: str, actors: Sequence[Actor]) -> _Found | None:
    """"В США уверены: Образ героя скоро рухнет" on the first line: the country (an actor of the text) holds the
    claim after the colon; :func:`_country_belief_typed34` gives it to the body's first speaker of that country."""
    line_end = text.find("\n")
    m = COUNTRY_BELIEF34.search(text, 0, line_end if line_end >= 0 else len(text))
    if m is None:
        return None
    place = (m.start(1), m.end(1))
    if not any(a.type == "country" and any(mm.start == place[0] and mm.end == place[1] for mm in a.mentions)
               for a in actors):
        return None
    content = _trim(text, m.start(3), m.end(3))
    if len(text[content[0]:content[1]].split()) < HEADLINE_MIN_WORDS:
        return None
    return _Found("indirect", place, (m.start(2), m.end(2)), content, 0.7, "country-belief")


def _country_belief_typed34(out: list[Attribution]) -> list[Attribution]:
    """The headline's "В США уверены: Z" is the view of the body's first speaker when that speaker has the
    headline's country (round 33's convention: "a headline that the body gives to one commentator is hers");
    otherwise it stays the country's (government)."""
    result = list(out)
    for n, a in enumerate(out):
        if not a.evidence.endswith(":country-belief") or a.source_country is None:
            continue
        first = next((b for b in out if b.start > a.end and b.speaker is not None and b.speaker_name is not None),
                     None)
        if first is not None and first.source_country == a.source_country:
            result[n] = a.model_copy(update={"source_type": first.source_type, "speaker_name": first.speaker_name,
                                             "state_affiliated": first.state_affiliated, "named": first.named})
    return result


def _assurance34(text: str, sent: RuSentence) -> _Found | None:
    """"Берлин, по заверению своих ведущих политиков, старается Z": the assurers' report; the content is what
    follows the commas when the words before are a bare subject (at most four words), else those words."""
    m = ASSURANCE34.search(text, sent.start, sent.end)
    if m is None:
        return None
    aside = WRITER_ASIDE34.match(text, sent.start, m.start())
    before = _trim(text, aside.end() if aside is not None else sent.start, m.start())
    after = _trim(text, m.end(), sent.end)
    short = len(text[before[0]:before[1]].split()) <= 4
    content = after if short or after[1] - after[0] >= before[1] - before[0] else before
    if content[1] - content[0] < 15:
        return None
    return _Found("according_to", (m.start(2), m.end(2)), (m.start(1), m.end(1)), content, 0.8, "assurance")


def _own_country34(text: str, out: list[Attribution], actors: Sequence[Actor], table: SourceTable,
                   country_of: dict[str, str]) -> list[Attribution]:
    """"Берлин, по заверению своих ведущих политиков, ...": "своих" makes the assurers the subject's own, so a
    country named in the clause before the cue (Berlin: Germany) is theirs."""
    result = []
    for a in out:
        if a.evidence.endswith(":assurance") and a.speaker is not None and a.source_country is None and \
                re.match(r"сво", text[a.speaker.start:a.speaker.end], re.IGNORECASE):
            clause = text.rfind(".", 0, a.cue.start) + 1 if a.cue is not None else a.speaker.start
            code = next((x.code for x in actors if x.type == "country" and x.code and any(
                clause <= m.start and m.end <= (a.cue.start if a.cue else a.speaker.start) for m in x.mentions)), None)
            country = _alpha2(code, actors, table, country_of) if code else None
            if country is not None:
                a = a.model_copy(update={"source_country": country})
        result.append(a)
    return result


#: How far back a bare "ведомства" looks for the state body the sentence before named (characters).
BODY_BEFORE34 = 300


def _body_named_before34(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable, country_of: dict[str, str]) -> list[Attribution]:
    """"Сотрудники ФСБ России предотвратили ... По данным ведомства, ...": a bare back-reference to a body (round
    33's ``BODY_BACK_REFERENCES33``) where no body spoke before is the state body (a security, police, military or
    government code) named last, at most ``BODY_BEFORE34`` characters before it."""
    result = []
    for a in out:
        if a.speaker is not None and a.source_country is None and a.source_type in ("government", "person"):
            tokens = [t for t in parse.tokens_in(a.speaker.start, a.speaker.end) if re.search(r"\w", t.text)]
            if len(tokens) == 1 and tokens[0].lemma in BODY_BACK_REFERENCES33:
                bodies = [(m.end, x) for x in actors if x.type == "organization" and x.code and
                          any(ag in x.code[3:] for ag in OFFICIAL_AGENTS) for m in x.mentions
                          if a.speaker.start - BODY_BEFORE34 <= m.start and m.end <= a.speaker.start]
                if bodies:
                    body = max(bodies, key=lambda b: b[0])[1]
                    country = _alpha2(body.code[:3], actors, table, country_of) if body.code else None
                    a = a.model_copy(update={"source_type": "government", "source_country": country,
                                             "state_affiliated": True, "speaker_name": body.name, "named": True})
        result.append(a)
    return result


# Round 35 (issue 19): shapes of real Russian articles (tests/test_ru35.py) --------------------------------------------

#: Opening dashes of a paragraph that is one speaker's quotation, dialogue style: "- A. B. C, - отметил он".
PARAGRAPH_DASH35 = re.compile(r"[ \t]*[-—–][ \t]+\S")
#: "Такое мнение X выразил ...": a pointer back to the paragraph's sentences before, the opinion noun and the
#: verb round 26's ``MAKING_VERBS`` lacks ("выразить"; "высказать" is there).
OPINION_BACK35 = re.compile(r"(?:^|(?<=\s))(?:Такое|Подобное|Это)\s+(?:мнение|предположение|опасение)\s+"
                            r"(?P<speaker>[^\n.,;:!?«»\"]{0,120}?)\s*(?P<verb>выразил[аи]?|выражал[аи]?)\b"
                            r"(?P<after>[^\n.;:!?]*)")
#: Where a speaker named after the verb ("Такое мнение выразил X в интервью ...") ends.
SPEAKER_AFTER_END35 = re.compile(r"\s+(?:в|во|на|после|во время|по)\s|,")
#: A relative clause after a closing cue's speaker ("— подчеркнул Надь, слова которого цитирует «X»"): no part of
#: the speaker phrase.
RELATIVE_AFTER35 = re.compile(r"\s*,\s*(?:\w+\s+)?(?:котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую))\b")
#: "X допустил <noun phrase>" (round 30's "допустил создание X"): allowing for what the object names is a report;
#: these objects make it a mistake or a lapse instead ("допустил ошибку").
ALLOW_VERBS35 = frozenset({"допустить", "допускать"})
LAPSE_NOUNS35 = frozenset({"ошибка", "промах", "нарушение", "просчет", "просчёт", "утечка", "оплошность",
                           "халатность", "провал", "сбой", "перерасход", "задержка", "оговорка", "неточность",
                           "прокол", "гибель", "жертва", "эксцесс", "инцидент"})
#: Heads of an unnamed singular expert phrase that refers to the one named expert quoted ("по словам военного
#: эксперта" after "Военный аналитик ... Владимир Евсеев").
EXPERT_HEADS35 = frozenset({"эксперт", "аналитик", "политолог", "специалист"})


def _dash_paragraph35(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """"- Но это новая реальность. Мы ... Сейчас всё иначе, - отметил он": a paragraph that opens with a dash is one
    quotation, so a closing cue's content runs back to that dash when no other report, quotation mark or line break
    stands between (the dash-quote rule took the cue's sentence only)."""
    out = list(found)
    for n, f in enumerate(out):
        if f.rule not in ("dash-quote", "final-clause") or f.speaker is None or f.speaker[0] < f.content[1]:
            continue
        para = text.rfind("\n", 0, f.content[0]) + 1
        if PARAGRAPH_DASH35.match(text, para) is None:
            continue
        start = _trim(text, para, f.content[1])[0]
        if start >= f.content[0] or any(c in QUOTE_MARKS for c in text[start:f.content[0]]):
            continue
        if any(g is not f and start <= g.cue[0] < f.content[0] for g in out):
            continue
        out[n] = dataclasses.replace(f, content=(start, f.content[1]))
    return out


def _speaker_after_cue35(text: str, sent: RuSentence, f: _Found) -> _Found:
    """"«...», — подчеркнул Надь, слова которого цитирует «Украинская правда»": a closing cue's speaker phrase that
    the parse spread over the content or the cue starts after the cue (and ends where the parse ended it, or, when
    that is before the cue, at the first comma: at most five words, a capital first); a relative clause after the
    speaker's words is no part of the phrase."""
    if f.speaker is None or f.cue[0] < f.content[1]:
        return f
    s, e = f.speaker
    if (s < f.content[1] and f.content[0] < e) or s <= f.cue[0] < e:
        if e > f.cue[1]:
            s = f.cue[1] + len(text[f.cue[1]:e]) - len(text[f.cue[1]:e].lstrip())
        else:
            m = re.match(r"\s*([^\s,.;:!?«»\"—–][^,.;:!?«»\"—–]*?)\s*(?:[,.;:!?—–]|$)", text[f.cue[1]:sent.end])
            if m is None or not 1 <= len(m.group(1).split()) <= 5 or not m.group(1)[0].isupper():
                return f
            s, e = f.cue[1] + m.start(1), f.cue[1] + m.end(1)
    elif s < f.cue[1]:
        return f
    relative = RELATIVE_AFTER35.search(text, s, e)
    if relative is not None:
        e = relative.start()  # "Надь, слова которого цитирует X": Надь
    return f if (s, e) == f.speaker else dataclasses.replace(f, speaker=(s, e))


def _opinion_back35(text: str, parse: RuParse, sent: RuSentence) -> _Found | None:
    """"<claim>. <claim>. Такое мнение министр обороны X выразил в интервью <outlet>": the speaker voiced the
    sentences of the paragraph before (round 28's "Такое мнение высказал X", here with "выразил"); a speaker after
    the verb ("Такое мнение выразил X") runs to its first preposition or comma."""
    m = OPINION_BACK35.match(text, sent.start, sent.end)
    if m is None:
        return None
    speaker_text = m.group("speaker").strip()
    if speaker_text:
        speaker = (m.start("speaker"), m.start("speaker") + len(speaker_text))
    else:
        after = m.group("after")
        stop = SPEAKER_AFTER_END35.search(after)
        name = (after[:stop.start()] if stop is not None else after).strip()
        if not name:
            return None
        at = m.start("after") + after.index(name)
        speaker = (at, at + len(name))
    if not re.match(r"[A-ZА-ЯЁа-яё]", text[speaker[0]]) or len(text[speaker[0]:speaker[1]].split()) > 8:
        return None
    para = text.rfind("\n", 0, sent.start) + 1
    before = [s for s in parse.sentences if s.start >= para and s.end <= sent.start + 1 and s.start < sent.start]
    if not before:
        return None
    content = _trim(text, before[0].start, before[-1].end)
    if content[1] - content[0] < 15:
        return None
    kind = "mixed" if _quotation_in(text[content[0]:content[1]]) else "indirect"
    return _Found(kind, speaker, (m.start("verb"), m.end("verb")), content, 0.7, "opinion-back")


def _allowed35(text: str, sent: RuSentence) -> _Found | None:
    """"Военный аналитик допустил применение X при Y": allowing for what a noun phrase names (no "что" clause,
    not a lapse such as "допустил ошибку") is a report of the subject; the object to the end of the sentence or
    line is the content."""
    toks = sent.tokens
    for i, verb in enumerate(toks):
        if verb.lemma not in ALLOW_VERBS35 or verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
            continue
        if i > 0 and toks[i - 1].lemma == "не":
            continue
        subj = _subject(sent, i)
        if subj is None or subj > i or toks[subj].lemma in NON_SPEAKERS or \
                (toks[subj].feats.get("Animacy") == "Inan" and toks[subj].pos != "PROPN"):
            continue
        obj = next((j for j in sent.children(i) if j > i and toks[j].rel == "obj" and toks[j].pos == "NOUN"), None)
        if obj is None or toks[obj].lemma in LAPSE_NOUNS35 or any(t.lemma == "что" for t in toks[i + 1:obj]):
            continue
        line_end = text.find("\n", verb.end)
        end = sent.end if line_end < 0 else min(sent.end, line_end)
        content = _trim(text, toks[sent.subtree(obj)[0]].start, end)
        if content[1] - content[0] < 15:
            continue
        return _Found("indirect", _speaker_range(sent, subj, stop=i), (verb.start, verb.end), content, 0.7,
                      "allowed")
    return None


def _round35_found(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """Round 35's changes to the found reports: a closing cue's speaker cut to the words after it, a dash-opened
    paragraph quoted whole, and "Такое мнение X выразил", "X допустил <noun phrase>" added where no report covers
    their content."""
    out = list(found)
    for n, f in enumerate(out):
        sent = next((s for s in parse.sentences if s.start <= f.cue[0] < s.end), None)
        if sent is not None:
            out[n] = _speaker_after_cue35(text, sent, f)
    out = _dash_paragraph35(text, parse, out)
    added: list[_Found] = []
    for sent in parse.sentences:
        hits = [_opinion_back35(text, parse, sent)]
        if sent.parsed:
            hits.append(_allowed35(text, sent))
        for hit in hits:
            if hit is not None and not any(f.content[0] < hit.content[1] and hit.content[0] < f.content[1]
                                           for f in out + added):
                added.append(hit)
    return sorted(out + added, key=lambda f: f.content[0]) if added else out


def _one_expert35(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor]) -> list[Attribution]:
    """Where the article's attributions name one academic person only (others may be officials), an unnamed
    singular expert phrase of at most three words ("Военный аналитик" in the headline, "по словам военного
    эксперта") is that person: type, country, name (round 34's ``_one_speaker34`` for officials)."""
    persons = {x.name for x in actors if x.type == "person"}
    experts = {a.speaker_name for a in out if a.speaker_name in persons and a.source_type == "academic"}
    if len(experts) != 1:
        return out
    name = next(iter(experts))
    ref = next(a for a in out if a.speaker_name == name and a.source_type == "academic")
    mentions = SpanIndex((m.start, m.end, i) for i, x in enumerate(actors) for m in x.mentions)
    update = {"source_type": "academic", "source_country": ref.source_country, "state_affiliated": False,
              "speaker_name": name, "named": True}
    result = []
    for a in out:
        if a.speaker is not None and a.speaker_name is None and a.source_type in ("anonymous", "academic", "person") \
                and not any(True for _ in mentions.overlapping(a.speaker.start, a.speaker.end)):
            tokens = [t for t in parse.tokens_in(a.speaker.start, a.speaker.end) if re.search(r"\w", t.text)]
            head = _head33(tokens)
            if head is not None and head.lemma in EXPERT_HEADS35 and len(tokens) <= 3 and \
                    head.feats.get("Number", "Sing") == "Sing" and \
                    not any(t.lemma in UNNAMED_MARKERS or t.pos == "PROPN" for t in tokens):
                a = a.model_copy(update=update)
        result.append(a)
    return result


def _expert_typed35(parse: RuParse, f: _Found, typed: _Typed, here: set[int], actors: Sequence[Actor]) -> _Typed:
    """"Военный аналитик Института стран СНГ Владимир Евсеев": a named person whose phrase opens with an expert's
    noun speaks as an academic, not as the international or state body the phrase names (typed government by
    that body's code); the country stays."""
    if f.speaker is None or typed[0] != "government" or not any(actors[i].type == "person" for i in here):
        return typed
    head = _head33(parse.tokens_in(*f.speaker))
    if head is None or head.lemma not in EXPERT_HEADS35:
        return typed
    return "academic", typed[1], False, typed[3], typed[4]


def _surname_country35(text: str, out: list[Attribution]) -> list[Attribution]:
    """"— заявила Кэндис Оуэнс" with no country, after "ведущая Daily Wire Кэндис Оуэнс" typed media US: a named
    speaker of no country whose phrase ends in a surname (a capitalised word of four letters or more) that ends the
    phrase of speakers of the same type with a country, all one country, takes that country."""
    def surname(a: Attribution) -> str | None:
        words = re.findall(r"[\w-]+", text[a.speaker.start:a.speaker.end]) if a.speaker is not None else []
        last = words[-1] if words else ""
        return stem(last) if len(last) >= 4 and last[0].isupper() and not last.isupper() else None

    result = []
    for a in out:
        key = surname(a) if a.named and a.source_country is None else None
        if key is not None:
            countries = {b.source_country for b in out if b is not a and b.source_country is not None and
                         b.source_type == a.source_type and surname(b) == key}
            if len(countries) == 1:
                a = a.model_copy(update={"source_country": next(iter(countries))})
        result.append(a)
    return result


# --- round 36 (issue 19): longer articles -------------------------------------------------------------------------

#: Verbs that split a quotation in two ("«A, — продолжает политолог. — B»") besides the report cues.
SPLIT_VERBS36 = frozenset({"продолжать", "комментировать", "рассуждать", "резюмировать", "констатировать"})
#: "«A, — VERB SPEAKER. — B": a paragraph that opens a quotation, the verb and speaker after a dash, a dash again.
SPLIT_QUOTE36 = re.compile(r"«(?P<a>[^\n]+?)[,.!?…]?\s[—–-]\s(?P<verb>[а-яё]+)\s(?P<speaker>[^\n.!?—–]{2,150}?)"
                           r"\.\s[—–-]\s(?P<b>\S)")
#: An outlet right after the verb, the audience ("комментирует «МК» главный научный сотрудник X", "сказал WP
#: один из ..."): in quotation marks, or a Latin abbreviation.
AUDIENCE36 = re.compile(r"(?:«[^»\n]{1,40}»|[A-Z]{2,5})\s+(?=[а-яёA-ZА-ЯЁ])")
#: "На Западе считают, что ...": the place is the speaker (the West's governments), right before the verb.
WEST_BEFORE36 = re.compile(r"(?:^|\s)[Нн]а\s+(Западе)\s+$")
#: The most paragraphs a split quotation runs on after its cue before its closing mark.
SPLIT_PARAGRAPHS36 = 8


def _closing_mark36(text: str, start: int, limit: int) -> int | None:
    """The offset of the "»" that closes the "«" at ``start`` (nested pairs counted), or None before ``limit``."""
    depth = 0
    for i in range(start, min(limit, len(text))):
        if text[i] == "«":
            depth += 1
        elif text[i] == "»":
            depth -= 1
            if depth == 0:
                return i
    return None


def _audience_cut36(text: str, start: int, end: int) -> tuple[int, int]:
    """A speaker phrase without the outlet it opens with when more words follow ("«МК» главный научный сотрудник
    X": the titled person)."""
    m = AUDIENCE36.match(text, start, end)
    return (m.end(), end) if m is not None and m.end() < end else (start, end)


def _split_quote36(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """"«A, — комментирует «МК» X. — B ... (more paragraphs) ... Z»": a quotation that opens a paragraph, is split
    by its cue and runs on to its closing mark paragraphs later is X's: A with the cue, then B and each later
    paragraph with no cue of their own (round 30's split quotation, attr33's one attribution a paragraph); reports
    inside it are the quoted speaker's words, not attributions; an outlet right after the verb is the audience."""
    out = list(found)
    split_any = False
    for m in re.finditer(r"(?m)^«", text):
        para_end = text.find("\n", m.start())
        para_end = len(text) if para_end < 0 else para_end
        split = SPLIT_QUOTE36.match(text, m.start(), para_end)
        if split is None:
            continue
        verb = next((t for t in parse.tokens_in(split.start("verb"), split.end("verb"))), None)
        if verb is None or verb.pos != "VERB" or (verb.lemma not in CUE_VERBS and verb.lemma not in SPLIT_VERBS36):
            continue
        limit = m.start()
        for _ in range(SPLIT_PARAGRAPHS36 + 1):
            nxt = text.find("\n", limit + 1)
            limit = len(text) if nxt < 0 else nxt
        close = _closing_mark36(text, m.start(), limit)
        if close is None or close < split.start("b"):
            continue
        speaker = _audience_cut36(text, split.start("speaker"), split.end("speaker"))
        if len(text[speaker[0]:speaker[1]].split()) > 12:
            continue
        cue = (split.start("verb"), split.end("verb"))
        first = _trim(text, m.start() + 1, split.end("a"))
        segments = [first]
        at = split.start("b")
        while at < close:
            line_end = text.find("\n", at)
            seg_end = close if line_end < 0 or line_end > close else line_end
            seg = _trim(text, at, seg_end)
            if seg[1] - seg[0] >= 15:
                segments.append(seg)
            at = seg_end + 1
        span = (m.start(), close + 1)
        # reports inside the quotation and earlier findings of its parts give way to it
        out = [f for f in out if not (span[0] <= f.cue[0] < span[1] or
                                      any(f.content[0] < e and s < f.content[1] for s, e in segments))]
        out.extend(_Found("direct", speaker, cue, seg, 0.8, "split-quote") for seg in segments)
        split_any = True
    return sorted(out, key=lambda f: f.content[0]) if split_any else out


def _audience36(text: str, sent: RuSentence, f: _Found) -> _Found:
    """"Путин «...», сказал WP один из российских миллиардеров, ...": a speaker that is only the outlet right after
    a closing cue, with a phrase after it in the sentence, is the audience; the phrase to the next comma or stop
    (at most eight words) is the speaker."""
    if f.speaker is None or f.speaker[0] < f.cue[1] or text[f.cue[1]:f.speaker[0]].strip():
        return f
    if not re.fullmatch(r"«[^»\n]{1,40}»|[A-Z]{2,5}", text[f.speaker[0]:f.speaker[1]]):
        return f
    rest = re.match(r"\s+([^\s,.;:!?«»\"—–][^,.;:!?«»\"—–\n]*?)\s*(?:[,.;:!?—–\n]|$)", text[f.speaker[1]:sent.end])
    if rest is None or not 1 <= len(rest.group(1).split()) <= 8:
        return f
    s = f.speaker[1] + rest.start(1)
    return dataclasses.replace(f, speaker=(s, s + len(rest.group(1))))


def _quoted_at36(text: str, start: int, end: int, at: int) -> bool:
    """Whether offset ``at`` stands inside a “...” or «...» pair within ``[start, end)``."""
    opened = max(text.rfind("“", start, at), text.rfind("«", start, at))
    if opened < 0:
        return False
    closed = max(text.rfind("”", opened, at), text.rfind("»", opened, at))
    return closed < 0


def _round36_found(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """Round 36's changes to the found reports: a quotation split by its cue and run over paragraphs, an outlet
    audience after a closing cue, and a report verb inside a quoted part of another report's content dropped
    ("Путин “полагает, что Z”, сказал X": X's words, not Путин's report)."""
    out = _split_quote36(text, parse, _promise36(text, parse, found))
    for n, f in enumerate(out):
        sent = next((s for s in parse.sentences if s.start <= f.cue[0] < s.end), None)
        if sent is not None:
            out[n] = _audience36(text, sent, f)
            west = WEST_BEFORE36.search(text, sent.start, f.cue[0])
            if f.speaker is None and west is not None:
                out[n] = dataclasses.replace(out[n], speaker=(west.start(1), west.end(1)))  # "На Западе считают"
    return [f for f in out if not any(g is not f and g.content[0] <= f.cue[0] and f.cue[1] <= g.content[1] and
                                      _quoted_at36(text, g.content[0], g.content[1], f.cue[0]) for g in out)]


#: The Russian Academy of Sciences in a speaker's phrase: its institutes are Russian whatever country they study
#: ("Институт США и Канады РАН").
ACADEMY36 = re.compile(r"(?<!\w)(?:РАН|Российской академии наук)(?!\w)")
#: "На Западе считают", "Запад подчеркивает": the Western governments, no one state (round 34's "Запад обвинял").
WEST36 = frozenset({"запад", "западе", "на западе"})
#: Types of a titled phrase whose type and country a bare name of the same speaker takes.
TITLED36 = frozenset({"academic", "government", "politician", "media"})
#: A historian named with his title ("историк Ниалл Фергюсон") speaks as an academic.
HISTORIAN36 = frozenset({"историк", "историка", "историком"})


def _academy_typed36(text: str, f: _Found, typed: _Typed) -> _Typed:
    """An academic whose phrase names the Russian Academy of Sciences is of Russia, not of the country its
    institute studies ("Институт США и Канады РАН"); typed where the speaker is typed, so that the pronouns and
    expert phrases that follow take the country."""
    if f.speaker is None or typed[0] != "academic" or ACADEMY36.search(text, *f.speaker) is None:
        return typed
    return typed[0], "RU", typed[2], typed[3], typed[4]


def _round36_typed(text: str, out: list[Attribution]) -> list[Attribution]:
    """Round 36's typing: "Запад" government with no country, a titled historian academic; a speaker named by a
    short phrase (the name alone) with no country takes the type and country of the same named speaker's longest,
    titled phrase in the article, where the short one is typed a bare person and the titled one an official, a
    politician, a journalist or an academic (a country is filled, never replaced, and never carried between two
    speakers of one type: round 33's lesson; the second end run lowered ru31 held-out country so)."""
    def words(a: Attribution) -> int:
        return len(text[a.speaker.start:a.speaker.end].split()) if a.speaker is not None else 0

    fixed = []
    for a in out:
        phrase = text[a.speaker.start:a.speaker.end].strip().lower() if a.speaker is not None else ""
        if phrase in WEST36:
            a = a.model_copy(update={"source_type": "government", "source_country": None})
        elif a.source_type == "person" and phrase.split(" ", 1)[0] in HISTORIAN36 and len(phrase.split()) > 1:
            a = a.model_copy(update={"source_type": "academic"})
        fixed.append(a)
    refs: dict[str, Attribution] = {}
    for a in fixed:
        if a.named and a.speaker_name and words(a) > 3 and \
                (a.speaker_name not in refs or words(a) > words(refs[a.speaker_name])):
            refs[a.speaker_name] = a
    result = []
    for a in fixed:
        ref = refs.get(a.speaker_name or "")
        if ref is not None and ref is not a and words(a) <= 3 and a.source_country is None and \
                ref.source_country is not None and a.source_type == "person" and ref.source_type in TITLED36:
            a = a.model_copy(update={"source_type": ref.source_type, "source_country": ref.source_country,
                                     "state_affiliated": ref.state_affiliated})
        result.append(a)
    return result


#: Verbs of a promise or an admission, reports in the gold of rounds 26-36 ("пообещал, что ...", "пообещал
#: привести ...", "Как признался X, ..."), which the report cues lack.
PROMISE_VERBS36 = frozenset({"пообещать", "обещать", "признаться"})


def _promise36(text: str, parse: RuParse, found: list[_Found]) -> list[_Found]:
    """"Он призвал X, а также пообещал, что Z": a promise or an admission is a report of its own, found by the
    report verbs' shapes (``_verb_cue``); a report whose content ran on over it ends at the comma before it."""
    out = list(found)
    previous: RuSentence | None = None
    for sent in parse.sentences:
        if sent.parsed:
            for i, tok in enumerate(sent.tokens):
                if tok.lemma not in PROMISE_VERBS36 or tok.pos != "VERB" or tok.feats.get("VerbForm") != "Fin":
                    continue
                hit = _verb_cue(text, sent, i, previous)
                if hit is None or hit.content[1] - hit.content[0] < 15 or \
                        any(f.cue[0] <= hit.cue[0] < f.cue[1] for f in out):
                    continue
                for n, f in enumerate(out):
                    if f.cue[1] <= f.content[0] < hit.cue[0] < f.content[1]:
                        comma = text.rfind(",", f.content[0], hit.cue[0])
                        if comma > f.content[0]:
                            out[n] = dataclasses.replace(f, content=_trim(text, f.content[0], comma))
                out.append(dataclasses.replace(hit, rule="promise"))
        previous = sent
    return sorted(out, key=lambda f: f.content[0]) if len(out) > len(found) else out
