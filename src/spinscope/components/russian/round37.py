"""Round 37 (issue 19): Russian speakers named by a role, interview turns and the typing of research bodies and
associations (tests/test_ru37.py), one pass over the typed attributions of :func:`attributions.to_attributions`:

- a relative pronoun as speaker ("заявление ведомства, которое сообщило, что ..."): its antecedent, the noun of
  the phrase before the comma that agrees with it; none such, the attribution is dropped;
- an interview's question turn ("«Газета»: — X не раз говорил, что ..."): the words reported in it are X's, the
  noun phrase after the dash, not the outlet's that asks; with no such phrase the turn gives no attribution;
- an answer turn's "Я" ("— Я всегда говорю, что ..."): the interviewee, the last named speaker of a dash-opened
  paragraph before it, else the last person named before the first question turn;
- "глава Центра <X> Института <Y> РАН" with no name: the person the article names with that title, before or
  after ("Глава Центра <X> ... Иван Петров", "Иван Петров, глава Центра <X>");
- a speaker named by an occupation ("– считает публицист", "Российский ученый, уроженец Твери, заявил"): the last
  person named with that noun before it; for a phrase that describes the person more ("Российский ученый,
  уроженец ...") with no one so titled, the last person named in the nominative in the paragraph before (a person
  or academic); the person gives the speaker's name, the phrase keeps its own type and country;
- typing: the head of a research body (an institute, a university, the Academy of Sciences, a research centre)
  is academic, not government, and of Russia where the Academy is the Russian one; "центр" alone ("работники
  центра", "торгового центра") is no academic body; the chair of an association ("председатель Союза ...") is a
  person of that body, not government (round 30's rule for a non-state body's officer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import BODY_OFFICES, OCCUPATION_LEMMAS, type_source
from .lexicon import CUE_VERBS
from .nlp import RuParse, RuToken, SpanIndex, lemma

_Typed37 = tuple[str, str | None, bool, bool, str | None]

RELATIVE37 = "который"
#: An interview's question turn: the outlet's name in quotation marks or an interviewer's label ("Корр.",
#: "Вопрос") at a paragraph's start, then a colon and a dash. A person's name as label ("Иванов: — ...") is no
#: question turn (a transcript's speaker).
QUESTION_TURN37 = re.compile(r"(?m)^[ \t]*(?:«[^»\n]{1,30}»|(?:Корр|Корреспондент|Вопрос|Журналист|Ведущий|Ведущая)"
                             r"\.?)[ \t]*:[ \t]*[—–-][ \t]*")
DASH_PARAGRAPH37 = re.compile(r"[ \t]*[—–-]")
FIRST_PERSON37 = frozenset({"я"})
#: Heads of a body's office, as round 30's BODY_OFFICES, and "заведующий".
HEADS37 = BODY_OFFICES | {"заведующий"}
#: Words of a research body.
RESEARCH_BODIES37 = frozenset({"институт", "университет", "академия", "ран", "нии", "вуз"})
#: Adjectives before "центр" that make it research ("научный центр").
RESEARCH_ADJECTIVES37 = frozenset({"научный", "исследовательский", "аналитический", "экспертный",
                                   "научно-исследовательский"})
#: Words after "центр" that make it research ("Центр по истории ...", "Центр украинских исследований").
RESEARCH_TOPICS37 = frozenset({"история", "исследование", "изучение", "анализ", "наука"})
#: Adjectives before "центр" that make it no research body ("торговый центр").
NONRESEARCH_ADJECTIVES37 = frozenset({"торговый", "торгово-развлекательный", "развлекательный", "медицинский",
                                      "спортивный", "культурный", "деловой", "выставочный", "офисный",
                                      "логистический", "районный", "городской", "областной", "реабилитационный"})
#: Words of a state body: a phrase with one of them stays government.
STATE_BODIES37 = frozenset({"министерство", "мид", "минобороны", "правительство", "администрация", "ведомство",
                            "кремль", "парламент", "госдума", "дума", "рада", "сейм", "конгресс", "сенат", "совфед",
                            "кабмин", "минздрав", "мвд", "минфин", "армия", "штаб", "полиция", "суд", "прокуратура",
                            "посольство", "командование", "разведка", "президент", "минобрнаука", "минобрнауки"})
#: Nouns of an association: its chair is a person of that body.
ASSOCIATIONS37 = frozenset({"союз", "общество", "клуб", "объединение", "ассоциация", "лига", "братство",
                            "содружество"})
#: Adjectives that make "союз" a union of states ("Европейский союз").
STATE_UNIONS37 = frozenset({"европейский", "евразийский", "таможенный", "союзный", "африканский"})
#: An occupation phrase this long at most refers back ("Российский ученый, уроженец Чернигова").
ROLE_TOKENS37 = 6
#: Words of the noun phrase before a relative pronoun that are searched for its antecedent.
ANTECEDENT37 = 6
TITLE_CHARS37 = 250


def _nominative37(text: str, start: int, end: int) -> bool:
    """Whether a name's first word is written in its dictionary form (the nominative): "Виктор Мироненко", not
    "Михаила Горбачева"."""
    word = re.match(r"[\w-]+", text[start:end])
    return word is not None and lemma(word.group()) == word.group().lower().replace("ё", "е")


def _words37(tokens: Sequence[RuToken]) -> list[RuToken]:
    return [t for t in tokens if re.search(r"\w", t.text)]


def _retyped37(a: Attribution, typed: _Typed37, speaker: tuple[int, int] | None = None) -> Attribution:
    source_type, country, state, named, name = typed
    update: dict[str, object] = {"source_type": source_type, "source_country": country, "state_affiliated": state,
                                 "named": named, "speaker_name": name}
    if speaker is not None and a.speaker is not None:
        update["speaker"] = Span(start=speaker[0], end=speaker[1], label="speaker", score=a.speaker.score,
                                 evidence=a.speaker.evidence)
        update["start"] = min(a.start, speaker[0])
        update["end"] = max(a.end, speaker[1])
    return a.model_copy(update=update)


def _sentence_tokens37(parse: RuParse, at: int) -> list[RuToken]:
    return next((s.tokens for s in parse.sentences if s.start <= at < s.end), [])


def _relative37(text: str, parse: RuParse, a: Attribution) -> tuple[int, int] | None:
    """The antecedent of a relative pronoun speaker: in the noun phrase right before the comma before it, the noun
    nearest the comma that agrees with it in gender and number, with the adjectives and names before it ("Минобороны
    РФ, которое"; "Марка Рютте, который"); None when there is none."""
    assert a.speaker is not None
    toks = _sentence_tokens37(parse, a.speaker.start)
    k = next((n for n, t in enumerate(toks) if t.start == a.speaker.start), None)
    if k is None or k < 2 or toks[k - 1].text != ",":
        return None
    rel = toks[k]
    if not rel.feats.get("Number"):
        return None

    def agrees(t: RuToken) -> bool:
        return t.pos in ("NOUN", "PROPN") and bool(t.feats.get("Number")) and all(
            not rel.feats.get(f) or not t.feats.get(f) or rel.feats[f] == t.feats[f] for f in ("Number", "Gender"))

    # the run of nouns, names and adjectives before the comma ("премьер-министра Нидерландов Марка Рютте"), the
    # antecedent the noun of it nearest the comma that agrees, with the names and adjectives before it
    run = k - 2
    while run > 0 and k - 1 - run < ANTECEDENT37 and toks[run - 1].pos in ("NOUN", "PROPN", "ADJ"):
        run -= 1
    noun = next((n for n in range(k - 2, run - 1, -1) if agrees(toks[n])), None)
    if noun is None:
        return None
    lo = noun
    while lo > run and toks[lo - 1].pos in ("ADJ", "PROPN"):
        lo -= 1
    return toks[lo].start, toks[k - 2].end


def _question_turns37(text: str) -> list[tuple[int, int, int]]:
    """(label start, label end, paragraph end) of each question turn of an interview."""
    out = []
    for m in QUESTION_TURN37.finditer(text):
        end = text.find("\n", m.end())
        out.append((m.start(), m.end(), len(text) if end < 0 else end))
    return out


def _asked37(parse: RuParse, a: Attribution, after: int) -> tuple[int, int] | None:
    """The noun phrase a question turn reports ("Байден", "Президент Франции"): the first run of nouns, names and
    adjectives between the turn's dash and the cue."""
    assert a.cue is not None
    toks = [t for t in parse.tokens_in(after, a.cue.start)]
    run: list[RuToken] = []
    for t in toks:
        if t.pos in ("NOUN", "PROPN", "ADJ") or (run and t.pos == "PROPN"):
            run.append(t)
        elif run:
            break
    if not run or not any(t.pos in ("NOUN", "PROPN") for t in run):
        return None
    return run[0].start, run[-1].end


def _paragraph_start37(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _dash_opened37(text: str, at: int) -> bool:
    return DASH_PARAGRAPH37.match(text, _paragraph_start37(text, at)) is not None


def _person_typed37(text: str, person: Actor, out: Sequence[Attribution], parse: RuParse, table: SourceTable,
                    actors: Sequence[Actor], mentions: SpanIndex) -> _Typed37:
    """A person's type: as an attribution already typed them, else by their first mention."""
    for b in out:
        if b.speaker_name == person.name and b.named and b.source_type:
            return b.source_type, b.source_country, b.state_affiliated, True, b.speaker_name
    m = person.mentions[0]
    return type_source(text, (m.start, m.end), parse, table, dict(table.countries), actors, mentions)


def _interviewee37(text: str, out: Sequence[Attribution], at: int, turns: Sequence[tuple[int, int, int]],
                   actors: Sequence[Actor]) -> Attribution | Actor | None:
    """The interviewee an answer turn's "Я" at ``at`` is: the last named speaker of a dash-opened paragraph before
    it, else the last person named before the first question turn."""
    persons = {a.name for a in actors if a.type == "person"}
    for b in reversed(out):
        if b.content.start >= at or b.speaker is None or not b.named or b.speaker_name not in persons:
            continue
        if text[b.speaker.start:b.speaker.end].lower() in FIRST_PERSON37:
            continue
        # "— <answer>, — отмечает X": the closing speaker of a dash-opened paragraph
        if b.speaker.start >= b.content.end and _dash_opened37(text, b.content.start) and \
                not any(s <= b.speaker.start < e for s, _, e in turns):
            return b
    first = turns[0][0]
    named = [(m.start, a) for a in actors if a.type == "person" for m in a.mentions
             if m.end <= first and _nominative37(text, m.start, m.end)]
    return max(named, key=lambda x: x[0])[1] if named else None


def _interviews37(text: str, parse: RuParse, out: list[Attribution], table: SourceTable,
                  actors: Sequence[Actor], mentions: SpanIndex) -> list[Attribution]:
    turns = _question_turns37(text)
    if not turns:
        return out
    kept: list[Attribution] = []
    for a in out:
        turn = next(((s, e, pe) for s, e, pe in turns if s <= (a.cue.start if a.cue else a.start) < pe), None)
        if turn is not None and a.speaker is not None and a.speaker.start < turn[1] and a.cue is not None:
            asked = _asked37(parse, a, turn[1])
            if asked is None:
                continue  # the outlet's own question: no attribution
            typed = type_source(text, asked, parse, table, dict(table.countries), actors, mentions)
            kept.append(_retyped37(a, typed, asked))
            continue
        if a.speaker is not None and text[a.speaker.start:a.speaker.end].lower() in FIRST_PERSON37 and \
                _dash_opened37(text, a.speaker.start) and a.speaker.start > turns[0][0]:
            who = _interviewee37(text, kept, a.speaker.start, turns, actors)
            if isinstance(who, Attribution):
                a = _retyped37(a, (who.source_type or "person", who.source_country, who.state_affiliated, True,
                                   who.speaker_name))
            elif who is not None:
                a = _retyped37(a, _person_typed37(text, who, kept, parse, table, actors, mentions))
        kept.append(a)
    return kept


def _relatives37(text: str, parse: RuParse, out: list[Attribution], table: SourceTable, actors: Sequence[Actor],
                 mentions: SpanIndex) -> list[Attribution]:
    kept = []
    for a in out:
        if a.speaker is not None and lemma(text[a.speaker.start:a.speaker.end]) == RELATIVE37:
            antecedent = _relative37(text, parse, a)
            if antecedent is None:
                continue
            a = _retyped37(a, type_source(text, antecedent, parse, table, dict(table.countries), actors, mentions),
                           antecedent)
        kept.append(a)
    return kept


def _verb_between37(parse: RuParse, start: int, end: int) -> bool:
    """Whether a verb stands between a title and a name ("Глава Центра X заявил, что Иван Петров ..."): then the
    name is no holder of the title."""
    return any(t.pos in ("VERB", "AUX") or t.lemma in CUE_VERBS for t in parse.tokens_in(start, end))


def _body_key37(tokens: Sequence[RuToken]) -> list[str]:
    """The first three word lemmas of the body a head's phrase names ("глава Центра украинских исследований ...":
    центр украинский исследование)."""
    words = _words37(tokens)
    return [t.lemma for t in words[1:4]]


def _titled_person37(text: str, parse: RuParse, key: Sequence[str], span: tuple[int, int],
                     actors: Sequence[Actor], out: Sequence[Attribution]) -> Actor | None:
    """The person the article names with the body ``key`` in their title, outside ``span``: the title before the
    name in its sentence ("Глава Центра ... РАН, советник ... Виктор Мироненко") or after it ("Виктор Мироненко,
    глава Центра ..."). Of several, the one who speaks elsewhere, else the one named nearest before ``span``."""
    n = len(key)
    places = []
    for sent in parse.sentences:
        toks = _words37(sent.tokens)
        for k in range(len(toks) - n + 1):
            if [t.lemma for t in toks[k:k + n]] == list(key) and not (span[0] <= toks[k].start < span[1]):
                places.append((toks[k].start, toks[k + n - 1].end, sent.start, sent.end))
    named = sorted((m.start, m.end, a) for a in actors if a.type == "person" for m in a.mentions)
    found: dict[str, tuple[Actor, int]] = {}
    for start, end, s_start, s_end in places:
        # the first person named in the nominative after the title, in its sentence
        nxt = next(((ms, a) for ms, me, a in named if end < ms and ms - end <= TITLE_CHARS37 and me <= s_end and
                    _nominative37(text, ms, me)), None)
        if nxt is not None and _verb_between37(parse, end, nxt[0]):
            nxt = None
        # the person named right before ", <head> <body>"
        prv = next(((ms, a) for ms, me, a in reversed(named) if me <= start and s_start <= ms and
                    re.fullmatch(r",\s*[\w-]+\s*", text[me:start]) is not None), None)
        for hit in (nxt, prv):
            if hit is not None:
                found.setdefault(hit[1].name, (hit[1], hit[0]))
    if not found:
        return None
    speaking = [v for v in found.values() if any(b.speaker_name == v[0].name for b in out)]
    pool = speaking or list(found.values())
    ahead = [v for v in pool if v[1] < span[0]]
    return max(ahead, key=lambda v: v[1])[0] if ahead else min(pool, key=lambda v: v[1])[0]


def _body_heads37(text: str, parse: RuParse, out: list[Attribution], table: SourceTable, actors: Sequence[Actor],
                  mentions: SpanIndex) -> list[Attribution]:
    result = []
    for a in out:
        if a.speaker is not None:
            tokens = parse.tokens_in(a.speaker.start, a.speaker.end)
            here = {i for *_, i in mentions.inside(a.speaker.start, a.speaker.end)}
            key = _body_key37(tokens)
            if tokens and tokens[0].lemma in HEADS37 and len(key) >= 2 and \
                    not any(actors[i].type == "person" for i in here):
                person = _titled_person37(text, parse, key, (a.speaker.start, a.speaker.end), actors, out)
                if person is not None:
                    typed = _typed37([t.lemma for t in tokens], (a.source_type or "person", a.source_country,
                                                                 a.state_affiliated, True, person.name))
                    a = _retyped37(a, typed)
        result.append(a)
    return result


def _role_titled37(text: str, role: str, actors: Sequence[Actor], before: int) -> Actor | None:
    """The last person named before ``before`` with the occupation ``role`` right before the name ("публицист
    Егор Холмогоров")."""
    best: tuple[int, Actor] | None = None
    for a in actors:
        if a.type != "person":
            continue
        for m in a.mentions:
            if m.start >= before:
                continue
            words = re.findall(r"[\w-]+", re.split(r"[.!?;:()«»\"\n—–]", text[max(0, m.start - 80):m.start])[-1])
            if words and lemma(words[-1]) == role and (best is None or m.start > best[0]):
                best = (m.start, a)
    return best[1] if best else None


def _named_before37(text: str, actors: Sequence[Actor], at: int) -> Actor | None:
    """The last person named in the nominative from the start of the paragraph before ``at`` up to ``at``."""
    here = _paragraph_start37(text, at)
    j = here - 1
    while j > 0 and text[j - 1] in "\n \t":
        j -= 1
    lo = text.rfind("\n", 0, max(0, j)) + 1 if here else 0
    named = [(m.start, a) for a in actors if a.type == "person" for m in a.mentions
             if lo <= m.start and m.end <= at and _nominative37(text, m.start, m.end)]
    return max(named, key=lambda x: x[0])[1] if named else None


def _roles37(text: str, parse: RuParse, out: list[Attribution], table: SourceTable, actors: Sequence[Actor],
             mentions: SpanIndex) -> list[Attribution]:
    result: list[Attribution] = []
    for a in out:
        if a.speaker is not None:
            tokens = _words37(parse.tokens_in(a.speaker.start, a.speaker.end))
            here = {i for *_, i in mentions.inside(a.speaker.start, a.speaker.end)}
            heads = [t for t in tokens if t.lemma in OCCUPATION_LEMMAS and t.pos in ("NOUN", None)]
            if heads and len(tokens) <= ROLE_TOKENS37 and heads[0].feats.get("Number", "Sing") == "Sing" and \
                    heads[0].text.lower() in (heads[0].lemma, heads[0].lemma.replace("е", "ё")) and \
                    not any(actors[i].type not in ("location", "country") for i in here):
                # no one named in it, no body ("корреспондент «<outlet>»" is the outlet's)
                person = _role_titled37(text, heads[0].lemma, actors, a.speaker.start)
                fallback = person is None and len(tokens) > 1 and a.source_type != "media"
                if fallback:
                    person = _named_before37(text, actors, a.speaker.start)  # "Российский ученый, уроженец X"
                if person is not None:
                    typed = _person_typed37(text, person, result + out, parse, table, actors, mentions)
                    if fallback and typed[0] not in ("person", "academic"):
                        result.append(a)
                        continue  # "военный эксперт" after a minister named: no one of that occupation
                    # the person gives the name; the phrase's own type and country stand (typing by the person
                    # lowered a held-out set's type: backed out)
                    typed = (a.source_type or "person", a.source_country, a.state_affiliated, True, typed[4])
                    a = _retyped37(a, typed)
        result.append(a)
    return result


def _research37(lemmas: Sequence[str]) -> bool:
    """Whether a phrase names a research body: an institute, a university, the Academy, a research centre."""
    if any(lem in RESEARCH_BODIES37 for lem in lemmas):
        return True
    return any(lem == "центр" and k > 0 and lemmas[k - 1] in RESEARCH_ADJECTIVES37 for k, lem in enumerate(lemmas))


def _typed37(lemmas: Sequence[str], typed: _Typed37) -> _Typed37:
    """A head of a research body academic (of Russia with the Russian Academy), an association's chair a person."""
    source_type, country, _, named, name = typed
    if source_type == "government" and lemmas and lemmas[0] in HEADS37 and \
            not any(lem in STATE_BODIES37 for lem in lemmas[1:]):
        if _research37(lemmas) or any(lem == "центр" and RESEARCH_TOPICS37 & set(lemmas[k + 1:k + 4])
                                      for k, lem in enumerate(lemmas[1:3], start=1)):
            russian = "ран" in lemmas or any(lemmas[k:k + 3] == ["российский", "академия", "наука"]
                                             for k in range(len(lemmas)))
            return "academic", "RU" if russian else country, False, named, name
        if any(lem in ASSOCIATIONS37 and lemmas[k - 1] not in STATE_UNIONS37
               for k, lem in enumerate(lemmas[1:4], start=1)):
            return "person", country, False, named, name
    return typed


def _centre37(tokens: Sequence[RuToken], typed: _Typed37, inside_org: bool) -> _Typed37:
    """"работники центра", "сотрудники торгового центра": "центр" alone is no academic body."""
    lemmas = [t.lemma for t in tokens]
    if typed[0] != "academic" or "центр" not in lemmas:
        return typed
    academic = {"университет", "институт", "академия", "профессор", "ученый", "исследователь", "политолог",
                "экономист"}
    if any(lem in academic for lem in lemmas) or _research37(lemmas):
        return typed
    for k, t in enumerate(tokens):
        if t.lemma != "центр":
            continue
        bare = k + 1 >= len(tokens) or not re.search(r"\w|«", tokens[k + 1].text)
        if bare or (k > 0 and lemmas[k - 1] in NONRESEARCH_ADJECTIVES37):
            return ("organization" if inside_org else "person"), typed[1], False, typed[3], typed[4]
    return typed


def _retype37(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
              mentions: SpanIndex) -> list[Attribution]:
    result = []
    for a in out:
        if a.speaker is not None and a.source_type is not None:
            tokens = _words37(parse.tokens_in(a.speaker.start, a.speaker.end))
            here = {i for *_, i in mentions.inside(a.speaker.start, a.speaker.end)}
            typed: _Typed37 = (a.source_type, a.source_country, a.state_affiliated, a.named, a.speaker_name)
            new = _typed37([t.lemma for t in tokens], typed)
            new = _centre37(tokens, new, any(actors[i].type == "organization" for i in here))
            if new != typed:
                a = _retyped37(a, new)
        result.append(a)
    return result


def round37_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 37's pass over the typed attributions (the module's docstring)."""
    mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)
    out = _retype37(text, parse, _relatives37(text, parse, out, table, actors, mentions), actors, mentions)
    out = _interviews37(text, parse, out, table, actors, mentions)
    out = _body_heads37(text, parse, out, table, actors, mentions)
    return _roles37(text, parse, out, table, actors, mentions)
