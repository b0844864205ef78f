"""Round 38 (issue 19): Russian shapes of fresh SemEval-2023 RU articles (tests/test_ru38.py), one pass over the
typed attributions, after round 37's:

- a speaker the parse left out: a titled name in the nominative right before the cue verb ("В то же время
  экс-президент X отметил, что ..."), where the parser hung the name on the reported clause;
- a relative clause's cue ("..., в том числе и сам X, который ... осудил и заявил, что ..."): the speaker is the
  antecedent of "который", not the subject of the main clause;
- a topic put first ("О несогласии с Y заявил и генпрокурор X"): the "О ..." phrase is X's report; a prosecutor
  ("генпрокурор", "прокурор") is a state official (government);
- a document's words after a colon ("В постановлении суда говорится: «...»") are the owner's, as "Как уточнялось
  на сайте суда, Z" makes Z the owner's (round 33's "сообщается на сайте X");
- a court's ruling after a colon ("суда, который ... вынес решение: Z") is the court's;
- a quotation split mid-sentence by its cue ("«A, – пишет газета, – B»") is the outlet's, twice (round 36's split
  quotation, the second part with no cue); reports nested in it are no attributions of their own; a quotation
  standing alone right after "Z, отмечает X." in the same paragraph is X's (round 36's "<sentence>, полагает
  эксперт. <sentence>");
- a quotation a paper printed as its headline ("«Q» – под таким заголовком газета X опубликовала статью") is the
  paper's;
- the head of a company named by one of these passes ("глава компании X Y заявил") is a person, not government;
- outlets: a speaker in quotation marks that the article names as a paper, a weekly, a magazine or a channel
  ("итальянская газета «X»", "еженедельник «Y»") is media, of the country of its nationality adjective; "газета"
  alone is the last paper named;
- "– заявил он" after a descriptor that round 37 resolved to a person: the person's name;
- "X, мол, <clause>": the clause is X's report (cue "мол"), not after a verb or a conjunction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import _alpha2, _closing_mark36, _trim, type_source
from .lexicon import CUE_VERBS, DOCUMENT_NOUNS, PASSIVE_CUES
from .nlp import RuParse, RuSentence, RuToken, SpanIndex
from .round37 import STATE_BODIES37, _relative37

_Typed38 = tuple[str, str | None, bool, bool, str | None]

EVIDENCE38 = "attributions_ru.v1"
#: Nouns of a company: its head speaks as a person of it.
COMPANIES38 = frozenset({"компания", "концерн", "корпорация", "фирма", "холдинг"})
#: Prepositions of a topic put first ("О несогласии с решением ... заявил X").
TOPIC_PREPOSITIONS38 = frozenset({"о", "об", "обо"})
#: Words between the cue and a topic's speaker that are not the speaker ("заявил и генпрокурор X").
SPEAKER_FILLERS38 = frozenset({"и", "также", "тоже", "уже", "вновь", "снова", "даже"})
#: Words after "о" that refer back, no topic ("Об этом сообщил X", "О том же говорил Y").
BACK_REFERENCES38 = frozenset({"этот", "это", "тот", "то", "он", "она", "они", "оно", "все", "всё", "что", "чем",
                               "сей", "такой", "последний"})
#: Offices of a state's prosecution: government.
PROSECUTORS38 = frozenset({"генпрокурор", "прокурор", "генпрокуратура", "прокуратура"})
#: Documents whose words a passive cue reports, besides round 26's DOCUMENT_NOUNS (a court's ruling, a decree).
RULINGS38 = frozenset({"постановление", "решение", "приговор", "указ", "резолюция", "заключение", "определение"})
#: "Как уточнялось на сайте суда, Z": an impersonal verb, a site or document, its owner, then the content.
AS_ON_SITE38 = re.compile(r"Как\s+(?P<verb>уточня(?:ется|лось)|сообща(?:ется|лось)|говорится|говорилось|"
                          r"отмеча(?:ется|лось)|указыва(?:ется|лось)|поясня(?:ется|лось))\s+(?:на|в|во)\s+"
                          r"(?:официальном\s+)?(?:сайте|сообщении|заявлении|релизе|пресс-релизе|документе|"
                          r"telegram-канале|Telegram-канале)\s+(?P<owner>[^,\n]{2,60}?),\s+(?P<content>[^\n]+)")
#: "вынес решение: Z": a court's ruling and its words after the colon.
RULING38 = re.compile(r"(?P<verb>вынес(?:ла|ли|ло)?\s+(?:решение|приговор|вердикт|постановление))\s*:\s*"
                      r"(?P<content>[^\n]+)")
#: Nouns of a court whose ruling "вынес решение" reports.
COURTS38 = frozenset({"суд", "трибунал", "коллегия", "судья", "кассация"})
#: "«A, – пишет газета, – B»": a quotation that opens a paragraph, split mid-sentence by its cue.
SPLIT_MID38 = re.compile(r"(?m)^[ \t]*(?P<open>«)(?P<a>[^\n»]{3,300}?),\s[—–-]\s(?P<verb>[а-яё]+)\s"
                         r"(?P<speaker>[^\n,.!?—–«»]{2,80}|«[^»\n]{1,40}»),\s[—–-]\s(?P<b>\S)")
#: "«Q» – под таким заголовком газета X опубликовала статью".
HEADLINE_QUOTE38 = re.compile(r"«(?P<q>[^\n»]{5,300})»\s*[—–-]\s*под\s+(?:таким|этим|подобным)\s+заголовком\s+"
                              r"(?P<speaker>[^\n,.!?—–]{2,80}?)\s+(?P<verb>опубликовал[аио]?|напечатал[аио]?|"
                              r"поместил[аио]?|вышл[аио]|вышел)\b")
#: An outlet introduced by its kind: "итальянская газета «X»", "еженедельник «Y»".
OUTLET38 = re.compile(r"(?:(?P<adj>[А-Яа-яЁё-]+)\s+)?(?P<noun>газет[аыеуой]|газетой|еженедельник[а-я]*|"
                      r"ежедневник[а-я]*|журнал[а-я]*|издани[еяюи][а-я]*|телеканал[а-я]*|радиостанци[яиюей]|"
                      r"таблоид[а-я]*|агентств[оау][а-я]*)\s+«(?P<name>[^»\n]{1,40})»")
#: The bare nouns of an outlet that refer back to the last one named ("пишет газета").
OUTLET_NOUNS38 = frozenset({"газета", "еженедельник", "ежедневник", "журнал", "издание", "таблоид"})
#: Pronoun speakers that take the name of the person a descriptor before them was resolved to.
PRONOUNS38 = frozenset({"он", "она"})
#: "X, мол, <clause>": the subject that opens the sentence, "мол" between commas, the clause.
MOL38 = re.compile(r"[ \t]*(?P<speaker>[^\W\d][^,.!?:;«»\n]{1,60}?),\s+(?P<cue>мол),\s+(?P<content>\S)")
#: Words that open no subject of "мол" (conjunctions, pronouns, adverbs of a clause).
NOT_SUBJECTS38 = BACK_REFERENCES38 | frozenset({"и", "а", "но", "что", "если", "как", "когда", "я", "ты", "мы", "вы",
                                                 "да", "нет", "ну", "вот", "мол", "дескать", "так", "тогда", "потом"})
#: Endings of an infinitive, the dictionary form of a verb ("спрашивать"): a verb opens no subject of "мол".
VERB_LEMMA_ENDINGS38 = ("ть", "ться", "ти", "тись", "чь", "чься")
#: The longest run of words taken as a speaker before a cue the parse gave no subject.
SUBJECT_TOKENS38 = 6


def _sentence38(parse: RuParse, at: int) -> RuSentence | None:
    return next((s for s in parse.sentences if s.start <= at < s.end), None)


def _company_head38(parse: RuParse, speaker: tuple[int, int] | None, typed: _Typed38) -> _Typed38:
    """"глава компании X Алекс Горски": a company's head speaks as a person (sources round 35), not as a state
    official, unless a state body is named in the phrase too."""
    lemmas = {t.lemma for t in parse.tokens_in(*speaker)} if speaker is not None else set()
    if typed[0] == "government" and lemmas & COMPANIES38 and not lemmas & STATE_BODIES37:
        return "person", typed[1], False, typed[3], typed[4]
    return typed


def _typed_new38(text: str, parse: RuParse, table: SourceTable, actors: Sequence[Actor], mentions: SpanIndex,
                 kind: str, speaker: tuple[int, int] | None, cue: tuple[int, int] | None,
                 content: tuple[int, int], rule: str, score: float = 0.7) -> Attribution:
    """A new attribution, its speaker typed as :func:`attributions.type_source` types any speaker phrase."""
    source_type, country, state, named, name = _company_head38(parse, speaker, type_source(
        text, speaker, parse, table, dict(table.countries), actors, mentions))
    ev = f"{EVIDENCE38}:{rule}"
    lo = min(content[0], *(s[0] for s in (speaker, cue) if s is not None))
    hi = max(content[1], *(s[1] for s in (speaker, cue) if s is not None))
    return Attribution(
        start=lo, end=hi, label=kind, score=score, evidence=ev, kind=kind,  # type: ignore[arg-type]
        speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=score, evidence=ev) if speaker else None,
        cue=Span(start=cue[0], end=cue[1], label="cue", score=score, evidence=ev) if cue else None,
        content=Span(start=content[0], end=content[1], label="content", score=score, evidence=ev),
        source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state, named=named)


def _respeak38(text: str, parse: RuParse, table: SourceTable, actors: Sequence[Actor], mentions: SpanIndex,
               a: Attribution, speaker: tuple[int, int]) -> Attribution:
    """``a`` with another speaker span, typed anew."""
    source_type, country, state, named, name = _company_head38(parse, speaker, type_source(
        text, speaker, parse, table, dict(table.countries), actors, mentions))
    ev = a.speaker.evidence if a.speaker is not None else a.evidence
    return a.model_copy(update={
        "speaker": Span(start=speaker[0], end=speaker[1], label="speaker", score=a.score, evidence=ev),
        "start": min(a.start, speaker[0]), "end": max(a.end, speaker[1]), "source_type": source_type,
        "source_country": country, "state_affiliated": state, "named": named, "speaker_name": name})


def _overlaps38(out: Sequence[Attribution], span: tuple[int, int]) -> bool:
    return any(a.content.start < span[1] and span[0] < a.content.end for a in out)


def _cue_index38(sent: RuSentence, a: Attribution) -> int | None:
    assert a.cue is not None
    return next((n for n, t in enumerate(sent.tokens) if t.start >= a.cue.start and t.lemma in CUE_VERBS), None)


def _agrees38(noun: RuToken, verb: RuToken) -> bool:
    return all(not verb.feats.get(f) or not noun.feats.get(f) or verb.feats[f] == noun.feats[f]
               for f in ("Number", "Gender"))


def _subject_before38(text: str, parse: RuParse, out: list[Attribution], table: SourceTable,
                      actors: Sequence[Actor], mentions: SpanIndex) -> list[Attribution]:
    """"экс-президент США X отметил, что ...": no speaker found, a titled name in the nominative right before the
    cue verb (a person or body named in it) is the speaker."""
    result = []
    for a in out:
        if a.speaker is None and a.cue is not None and a.content.start > a.cue.end:
            sent = _sentence38(parse, a.cue.start)
            k = _cue_index38(sent, a) if sent is not None else None
            if sent is not None and k is not None and sent.tokens[k].pos == "VERB" and \
                    sent.tokens[k].feats.get("Tense") == "Past":
                toks = sent.tokens
                lo = k
                while lo > 0 and k - lo < SUBJECT_TOKENS38 and toks[lo - 1].pos in ("NOUN", "PROPN", "ADJ"):
                    lo -= 1
                while lo < k and not (toks[lo].pos in ("NOUN", "PROPN") and toks[lo].feats.get("Case") == "Nom"):
                    lo += 1
                named = lo < k and any(actors[i].type in ("person", "organization", "media")
                                       for *_, i in mentions.inside(toks[lo].start, toks[k - 1].end))
                if named and toks[k - 1].feats.get("Case") == "Nom" and _agrees38(toks[lo], toks[k]):
                    a = _respeak38(text, parse, table, actors, mentions, a, (toks[lo].start, toks[k - 1].end))
        result.append(a)
    return result


def _relative_cue38(text: str, parse: RuParse, out: list[Attribution], table: SourceTable,
                    actors: Sequence[Actor], mentions: SpanIndex) -> list[Attribution]:
    """"..., и сам X, который ... осудил и заявил, что ...": the cue stands in a relative clause (no comma between
    "который" and it) after the speaker found, or none was found; the speaker is the antecedent of "который"."""
    result = []
    for a in out:
        if a.cue is not None and a.content.start > a.cue.end:
            sent = _sentence38(parse, a.cue.start)
            k = _cue_index38(sent, a) if sent is not None else None
            if sent is not None and k is not None:
                rel = None
                for j in range(k - 1, 0, -1):
                    t = sent.tokens[j]
                    if t.text in (",", ";", ":", "—", "–"):
                        break
                    if t.lemma == "который" and t.feats.get("Case") == "Nom" and sent.tokens[j - 1].text == ",":
                        rel = t
                        break
                before = a.speaker.end if a.speaker is not None else sent.start
                if rel is not None and before <= rel.start:
                    probe = a.model_copy(update={"speaker": Span(start=rel.start, end=rel.end, label="speaker",
                                                                 score=a.score, evidence=a.evidence)})
                    ante = _relative37(text, parse, probe)
                    if ante is not None and ante[0] >= before:
                        a = _respeak38(text, parse, table, actors, mentions, a, ante)
        result.append(a)
    return result


def _topic_first38(text: str, parse: RuParse, out: list[Attribution], table: SourceTable,
                   actors: Sequence[Actor], mentions: SpanIndex) -> list[Attribution]:
    """"О несогласии с решением суда заявил и генпрокурор X, ...": the topic phrase that opens the sentence is the
    report of the noun phrase after the cue verb."""
    added: list[Attribution] = []
    for sent in parse.sentences:
        toks = [t for t in sent.tokens if re.search(r"\w", t.text)]
        if len(toks) < 4 or toks[0].text.lower() not in TOPIC_PREPOSITIONS38 or toks[1].pos in ("PRON", "DET") or \
                toks[1].lemma in BACK_REFERENCES38:
            continue  # "Об этом сообщил X" refers back (round 26's rule), no topic
        v = next((n for n, t in enumerate(toks) if n >= 2 and t.lemma in CUE_VERBS and t.text.endswith(
            ("л", "ла", "ло", "ли"))), None)
        if v is None or any(t.text in (",", ";", ":") for t in sent.tokens if toks[0].start < t.start < toks[v].start):
            continue
        after = [t for t in sent.tokens if t.start > toks[v].start]
        while after and after[0].text.lower() in SPEAKER_FILLERS38:
            after = after[1:]
        run: list[RuToken] = []
        for t in after:
            if not re.search(r"\w", t.text):
                break
            run.append(t)
        if not run or len(run) > 8 or not any(t.pos in ("NOUN", "PROPN") for t in run):
            continue
        content = (toks[0].start, toks[v - 1].end)
        if _overlaps38(out + added, content):
            continue
        added.append(_typed_new38(text, parse, table, actors, mentions, "indirect", (run[0].start, run[-1].end),
                                  (toks[v].start, toks[v].end), content, "topic-first38"))
    return sorted(out + added, key=lambda a: a.content.start) if added else out


def _prosecutors38(parse: RuParse, out: list[Attribution]) -> list[Attribution]:
    """A prosecutor ("генпрокурор США X") speaks as a state official: government, not a private person."""
    result = []
    for a in out:
        if a.speaker is not None and a.source_type == "person" and \
                any(t.lemma in PROSECUTORS38 for t in parse.tokens_in(a.speaker.start, a.speaker.end)):
            a = a.model_copy(update={"source_type": "government", "state_affiliated": True})
        result.append(a)
    return result


def _document_colon38(text: str, parse: RuParse, out: list[Attribution], table: SourceTable,
                      actors: Sequence[Actor], mentions: SpanIndex) -> list[Attribution]:
    """"В постановлении суда (сухо) говорится: «...»": the words after the colon are the document's owner's."""
    added: list[Attribution] = []
    for sent in parse.sentences:
        toks = [t for t in sent.tokens if t.text.strip()]
        if len(toks) < 5 or toks[0].text.lower() not in ("в", "во") or \
                toks[1].lemma not in DOCUMENT_NOUNS | RULINGS38:
            continue
        v = next((n for n, t in enumerate(toks) if n >= 2 and t.lemma in PASSIVE_CUES), None)
        if v is None or v + 1 >= len(toks) or toks[v + 1].text != ":":
            continue
        owner = [t for t in toks[2:v] if t.pos != "ADV" and not t.text.endswith("о")]
        if not owner or any(not re.search(r"\w", t.text) for t in owner):
            continue
        content = _trim(text, toks[v + 1].end, sent.end)
        content = (content[0], content[1] - 1) if text[content[1] - 1] == "." else content
        if content[1] - content[0] < 8 or _overlaps38(out + added, content):
            continue
        kind = "direct" if text[content[0]] in "«\"“" else "indirect"
        added.append(_typed_new38(text, parse, table, actors, mentions, kind, (owner[0].start, owner[-1].end),
                                  (toks[v].start, toks[v].end), content, "document-colon38"))
    for m in AS_ON_SITE38.finditer(text):
        opening = _sentence38(parse, m.start())
        if opening is None or text[opening.start:m.start()].strip():
            continue  # "Как ..." opens the sentence
        end = min(opening.end, m.end("content"))
        content = _trim(text, m.start("content"), end)
        content = (content[0], content[1] - 1) if text[content[1] - 1] == "." else content
        if content[1] - content[0] < 8 or _overlaps38(out + added, content):
            continue
        added.append(_typed_new38(text, parse, table, actors, mentions, "indirect", m.span("owner"), m.span("verb"),
                                  content, "as-on-site38"))
    return sorted(out + added, key=lambda a: a.content.start) if added else out


def _ruling38(text: str, parse: RuParse, out: list[Attribution], table: SourceTable, actors: Sequence[Actor],
              mentions: SpanIndex) -> list[Attribution]:
    """"... суда, который в 1973 году вынес решение: Z": Z is the court's ruling, the court the last one named
    before the verb in the sentence."""
    added: list[Attribution] = []
    for m in RULING38.finditer(text):
        sent = _sentence38(parse, m.start())
        if sent is None:
            continue
        courts = [t for t in sent.tokens if t.end <= m.start() and t.lemma in COURTS38]
        if not courts:
            continue
        court = courts[-1]
        k = sent.tokens.index(court)
        lo = k
        while lo > 0 and sent.tokens[lo - 1].text[:1].isalpha() and sent.tokens[lo - 1].lemma.endswith(
                ("ый", "ий", "ой")):
            lo -= 1  # "Верховного суда", "Окружного суда"
        content = _trim(text, m.start("content"), min(sent.end, m.end("content")))
        content = (content[0], content[1] - 1) if text[content[1] - 1] == "." else content
        if content[1] - content[0] < 8 or _overlaps38(out + added, content):
            continue
        added.append(_typed_new38(text, parse, table, actors, mentions, "indirect",
                                  (sent.tokens[lo].start, court.end), m.span("verb"), content, "ruling38"))
    return sorted(out + added, key=lambda a: a.content.start) if added else out


def _split_mid38(text: str, parse: RuParse, out: list[Attribution], table: SourceTable,
                 actors: Sequence[Actor], mentions: SpanIndex) -> list[Attribution]:
    """"«A, – пишет газета, – B ... »" opening a paragraph: A (with the cue) and B (no cue) are the speaker's;
    reports inside the quotation are the speaker's words, no attributions of their own."""
    for m in SPLIT_MID38.finditer(text):
        verb = next(iter(parse.tokens_in(m.start("verb"), m.end("verb"))), None)
        if verb is None or verb.lemma not in CUE_VERBS:
            continue
        para_end = text.find("\n", m.start("open"))
        close = _closing_mark36(text, m.start("open"), len(text) if para_end < 0 else para_end)
        if close is None or close < m.start("b"):
            continue
        first = _trim(text, m.start("a"), m.end("a"))
        second = _trim(text, m.start("b"), close)
        span = (m.start("open"), close + 1)
        out = [a for a in out if not ((a.cue is not None and span[0] <= a.cue.start < span[1]) or
                                      span[0] <= a.content.start < span[1])]
        speaker = m.span("speaker")
        a = _typed_new38(text, parse, table, actors, mentions, "direct", speaker, m.span("verb"), first,
                         "split-mid38")
        b = _typed_new38(text, parse, table, actors, mentions, "direct", speaker, None, second, "split-mid38")
        out = sorted([*out, a, b], key=lambda x: x.content.start)
    return out


def _quote_after_closing38(text: str, out: list[Attribution]) -> list[Attribution]:
    """"Z, отмечает X. «Q»" with Q running to the paragraph's end: Q is X's too (direct, no cue)."""
    added: list[Attribution] = []
    for a in out:
        if a.speaker is None or a.cue is None or a.cue.start < a.content.end or a.speaker.start < a.cue.end:
            continue
        m = re.match(r"[ \t]*\.[ \t]+«", text[a.speaker.end:a.speaker.end + 8])
        if m is None:
            continue
        opened = a.speaker.end + m.end() - 1
        para_end = text.find("\n", opened)
        para_end = len(text) if para_end < 0 else para_end
        close = _closing_mark36(text, opened, para_end)
        if close is None or text[close + 1:para_end].strip(" \t.") or close - opened < 20:
            continue
        content = (opened + 1, close)
        if any(b.cue is not None and opened <= b.cue.start < close for b in out) or _overlaps38(out + added, content):
            continue
        added.append(a.model_copy(update={
            "kind": "direct", "label": "direct", "cue": None, "evidence": f"{EVIDENCE38}:quote-after-closing38",
            "content": Span(start=content[0], end=content[1], label="content", score=a.score,
                            evidence=f"{EVIDENCE38}:quote-after-closing38"),
            "start": min(a.speaker.start, content[0]), "end": max(a.speaker.end, content[1])}))
    return sorted(out + added, key=lambda x: x.content.start) if added else out


def _headline_quote38(text: str, parse: RuParse, out: list[Attribution], table: SourceTable,
                      actors: Sequence[Actor], mentions: SpanIndex) -> list[Attribution]:
    """"«Q» – под таким заголовком газета X опубликовала статью": Q is the paper's."""
    added: list[Attribution] = []
    for m in HEADLINE_QUOTE38.finditer(text):
        content = m.span("q")
        if _overlaps38(out + added, content):
            continue
        added.append(_typed_new38(text, parse, table, actors, mentions, "direct", m.span("speaker"), m.span("verb"),
                                  content, "headline-quote38"))
    return sorted(out + added, key=lambda a: a.content.start) if added else out


def _outlets38(text: str, actors: Sequence[Actor], mentions: SpanIndex, table: SourceTable) -> \
        list[tuple[int, str, str | None]]:
    """(offset, name, country) of each outlet the article introduces by its kind; the country from a nationality
    adjective before the kind ("итальянская газета")."""
    country_of = dict(table.countries)
    found: list[tuple[int, str, str | None]] = []
    for m in OUTLET38.finditer(text):
        country: str | None = None
        if m.group("adj"):
            code = next((actors[i].code for *_, i in mentions.inside(m.start("adj"), m.end("adj"))
                         if actors[i].type == "country" and actors[i].code), None)
            country = _alpha2(code, actors, table, country_of) if code is not None else None
        found.append((m.start("name"), m.group("name"), country))
    return found


def _media38(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor], mentions: SpanIndex,
             table: SourceTable) -> list[Attribution]:
    """An outlet named as one ("газета «X»", then «X» or "газета" alone) speaks as media, of its country."""
    outlets = _outlets38(text, actors, mentions, table)
    if not outlets:
        return out
    country: dict[str, str | None] = {}
    for _, outlet, c in outlets:
        country[outlet] = country.get(outlet) or c
    result = []
    for a in out:
        if a.speaker is not None and a.source_type in ("organization", "media", "person", "anonymous", None):
            phrase = text[a.speaker.start:a.speaker.end]
            quoted = re.search(r"«([^»]{1,40})»", phrase)
            lemmas = [t.lemma for t in parse.tokens_in(a.speaker.start, a.speaker.end) if re.search(r"\w", t.text)]
            name: str | None = None
            if quoted is not None and quoted.group(1) in country:
                name = quoted.group(1)
            elif len(lemmas) == 1 and lemmas[0] in OUTLET_NOUNS38:
                before = [o for o in outlets if o[0] < a.speaker.start]
                name = before[-1][1] if before else None
            if name is not None:
                a = a.model_copy(update={"source_type": "media", "source_country": country[name] or a.source_country,
                                         "speaker_name": a.speaker_name if quoted is not None else name})
        result.append(a)
    return result


def _body_country38(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                    mentions: SpanIndex, table: SourceTable) -> list[Attribution]:
    """A state body named by its noun alone ("на сайте суда") after the article named it with a country
    ("Верховный суд США"): that country."""
    country_of = dict(table.countries)
    result = []
    for a in out:
        if a.speaker is not None and a.source_type == "government" and a.source_country is None:
            words = [t for t in parse.tokens_in(a.speaker.start, a.speaker.end) if re.search(r"\w", t.text)]
            if len(words) == 1 and words[0].pos in ("NOUN", None, ""):
                for sent in reversed([s for s in parse.sentences if s.start < a.speaker.start]):
                    toks = sent.tokens
                    hit = next((toks[n + 1] for n in range(len(toks) - 1) if toks[n].lemma == words[0].lemma and
                                toks[n].end <= a.speaker.start), None)
                    if hit is None:
                        continue
                    code = next((actors[i].code for *_, i in mentions.inside(hit.start, hit.end)
                                 if actors[i].type == "country" and actors[i].code), None)
                    if code is not None:
                        a = a.model_copy(update={"source_country": _alpha2(code, actors, table, country_of)})
                    break
        result.append(a)
    return result


def _pronoun_named38(text: str, out: list[Attribution]) -> list[Attribution]:
    """"Российский ученый, уроженец X, заявил ..." resolved to the person (round 37), then "– заявил он": the
    pronoun takes the person's name, not the descriptor's words."""
    resolved: dict[str, str] = {}
    result = []
    for a in out:
        if a.speaker is not None:
            phrase = text[a.speaker.start:a.speaker.end]
            if phrase.lower() in PRONOUNS38 and a.speaker_name in resolved:
                a = a.model_copy(update={"speaker_name": resolved[a.speaker_name or ""]})
            elif a.speaker_name and a.speaker_name != phrase and "," in phrase:
                resolved[phrase] = a.speaker_name
        result.append(a)
    return result


def _mol38(text: str, parse: RuParse, out: list[Attribution], table: SourceTable, actors: Sequence[Actor],
           mentions: SpanIndex) -> list[Attribution]:
    """"X, мол, <clause>": the clause is X's report (cue "мол"), X the noun phrase that opens the sentence."""
    added: list[Attribution] = []
    for sent in parse.sentences:
        m = MOL38.match(text, sent.start, sent.end)
        if m is None:
            continue
        words = [t for t in parse.tokens_in(*m.span("speaker")) if re.search(r"\w", t.text)]
        # unparsed sentences (no cue lemma) carry lemmas only: a noun by its part of speech where there is one
        if not 1 <= len(words) <= SUBJECT_TOKENS38 or \
                not any(t.pos in ("NOUN", "PROPN") or (not t.pos and t.lemma not in NOT_SUBJECTS38) for t in words) or \
                words[0].pos in ("PRON", "SCONJ", "CCONJ", "ADP", "VERB") or words[0].lemma in NOT_SUBJECTS38 or \
                words[0].lemma.endswith(VERB_LEMMA_ENDINGS38):
            continue  # "Спрашиваешь, мол, ...": a verb (its dictionary form an infinitive), no subject
        content = _trim(text, m.start("content"), sent.end)
        content = (content[0], content[1] - 1) if text[content[1] - 1] in ".!?" else content
        if content[1] - content[0] < 10 or _overlaps38(out + added, content):
            continue
        added.append(_typed_new38(text, parse, table, actors, mentions, "indirect", m.span("speaker"), m.span("cue"),
                                  content, "mol38"))
    return sorted(out + added, key=lambda a: a.content.start) if added else out


def round38_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 38's pass over the typed attributions (the module's docstring)."""
    mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) for m in a.mentions)
    out = _subject_before38(text, parse, out, table, actors, mentions)
    out = _relative_cue38(text, parse, out, table, actors, mentions)
    out = _topic_first38(text, parse, out, table, actors, mentions)
    out = _prosecutors38(parse, out)
    out = _ruling38(text, parse, _document_colon38(text, parse, out, table, actors, mentions), table, actors, mentions)
    out = _split_mid38(text, parse, out, table, actors, mentions)
    out = _quote_after_closing38(text, out)
    out = _headline_quote38(text, parse, out, table, actors, mentions)
    out = _body_country38(text, parse, out, actors, mentions, table)
    out = _mol38(text, parse, _pronoun_named38(text, out), table, actors, mentions)
    return _media38(text, parse, out, actors, mentions, table)
