"""Attributions, lead round 53 (issue 16): speaker phrases the parser cut short or read wrongly on wire stories, from
the lead's reading of twelve fresh 1987 Reuters stories (a central bank's data, a grain outlook, sanctions, a
regulator's speech, a ministry's decree, company results and acquisitions).

One pass, ``lead53_attributions``, called once from ``extract_attributions`` after the round's other passes. Its
invented tests are in ``tests/test_lead53.py``. The US farm department's short names ("the Agriculture Department")
are aliases of its entry in the source table (``resources/sources.toml``).

- **A firm closing the sentence.** In "“...,” said <Name> of <Firm> Corp." the parser reads the abbreviation's
  period as the sentence's end and "Corp." as punctuation, so the speaker phrase stopped at "of" ("<Name> of"), or
  at "and" in "<Firm> and Co.": a speaker phrase that ends in a preposition or a conjunction runs on over the
  capitalised name that follows it.
- **The listener is not the statement.** "<Chairman> told the annual meeting" and "<Name> told shareholders" gave,
  beside the right record (its content the clause before the cue), a second one whose content was the listener: a
  stance reading of "tell"'s object that shares its cue with a reporting record is dropped.
- **A time word is not a speaker.** "<Name>, saying that A, today urged B ..." is parsed with "today" as the subject
  of "urged" (named "today", typed ``person``), or with "today urged B" as what "saying" says: the time word's
  record takes the speaker of the participle before it; the participle's record whose content opens with the time
  word and a verb becomes that verb's record.
- **Particles in a name.** "Secretary of State for the Economy <Given> de la <Surname> told" was named by the whole
  phrase: a phrase that ends in a name with particles (de, de la, van, von, ...) is named by that name.
- **An expert on a country is not of it.** "An <Body> authority on the USSR" was typed ``organization`` of the
  Soviet Union: a speaker "<words> authority / expert / specialist on <place>" takes the type and country of the
  body named before the noun, else no country.
- **A name inside a longer name.** "National Guardian Corp" took the country of the British newspaper "The
  Guardian" (a table alias inside the company's name): a company whose name holds an outlet's alias between
  other capitalised words keeps its name and loses the outlet's country; "the Japanese Agriculture Department" keeps its
  own words as its name rather than the US department's.
- **A company's chairman is a person.** "<Company Corp>'s results will show a loss, Chairman <Name> told the annual
  meeting" was typed ``government`` (a bare title reads as an office): in a sentence, or under a wire title, that
  names a company and no government body, "Chairman <Name>" is ``person``, as the golds type company officers.
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from .lead52 import DETERMINER_L52, _raw
from .sources import SourceTable

#: A speaker phrase left open by the parser: a preposition or a conjunction last.
DANGLING_L53 = re.compile(r"\s(?:of|at|for|from|with|and|&)$")
#: The capitalised name after it: words with a capital (initials and "Corp." with their periods), joined by
#: "and", "&", "of", "the"; it must end in a capitalised word.
NAME_AFTER_L53 = re.compile(r"\s+(?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|and|&|of|the)(?=\s|$|[,;:\"”])){0,6}")
#: A firm's closing word: the name ends there.
FIRM_ENDS_L53 = frozenset({"Corp", "Co", "Cos", "Inc", "Ltd", "Bros", "Plc", "PLC", "AG", "SA", "NV", "LP",
                           "Corporation", "Company", "Incorporated", "Limited"})
#: Time words the parser takes for a subject.
TIME_WORDS_L53 = frozenset({"today", "yesterday", "tonight", "tomorrow", "now", "later", "earlier", "also", "then"})
#: A time word and a past-tense verb opening a content: "today urged B".
TIME_VERB_L53 = re.compile(r"(?P<time>[A-Za-z]+)\s+(?P<verb>[a-z]+ed)\s+(?P<rest>\S)")
#: A sentence end between two offsets: a stop and a capital (or a quotation mark) after it.
SENTENCE_END_L53 = re.compile(r"[.!?][\"”’]?\s+[\"“]?[A-Z]")
#: A name with particles closing a phrase: one given name, the particles, the surname.
PARTICLE_NAME_L53 = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:de|del|della|da|das|do|dos|du|van|von|der|den|di|le|la|y|bin|"
                               r"ibn|al))+\s+[A-Z][\w'’-]+$")
#: A given name and particles right before a surname: "Luisa dos ".
PARTICLE_HEAD_L53 = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+(?:de|del|della|da|das|do|dos|du|van|von|der|den|di|"
                               r"le|la|y|bin|ibn|al))+\s+$")
#: "<words> authority on <place>": the noun and its topic.
TOPIC_NOUN_L53 = re.compile(r"\s(?:authority|expert|specialist|observer|watcher)\s+on\s+", re.IGNORECASE)
#: A bare chairman's title and a name: "Chairman <Name>", "Vice Chairman <Name>" (not "President <Name>": a
#: company story can quote a head of state).
BARE_OFFICER_L53 = re.compile(r"(?:[Tt]he\s+)?(?:(?:Vice|Deputy)\s+)?Chairman(?:\s+[A-Z][\w.'’-]*){1,4}")
#: A company's mark: a legal form, or a ticker in the wire's angle brackets.
COMPANY_MARK_L53 = re.compile(r"\b(?:Corp|Corporation|Inc|Co|Cos|Ltd|Plc|PLC)\b\.?|<[A-Z][A-Z.]{0,5}>")


def _moved(a: Attribution, speaker: Span) -> Attribution:
    """The record with a new speaker span, and the source of the old span moved with it."""
    old = a.speaker
    sources = [s.model_copy(update={"speaker": speaker}) if old is not None and s.speaker == old else s
               for s in a.sources]
    return a.model_copy(update={"speaker": speaker, "sources": sources})


def _dangling(text: str, a: Attribution) -> Attribution:
    """"said <Name> of <Firm> Corp.": the phrase runs on over the firm's name."""
    if a.speaker is None or not DANGLING_L53.search(_raw(text, a)):
        return a
    m = NAME_AFTER_L53.match(text, a.speaker.end)
    if m is None:
        return a
    words: list[str] = []
    for word in m.group(0).split():
        if words and word in {"The", "A", "An"}:
            break  # the next sentence's opening word after a firm's period
        words.append(word)
        if word.rstrip(".,") in FIRM_ENDS_L53:
            break
    while words and not words[-1][:1].isupper():
        words.pop()
    if not words:
        return a
    end = text.index(words[-1], a.speaker.end) + len(words[-1])
    if a.cue is not None and a.speaker.end <= a.cue.start < end:
        return a
    return _moved(a, a.speaker.model_copy(update={"end": end}))


def _listeners(out: list[Attribution]) -> list[Attribution]:
    """A stance reading of "tell"'s object ("told the annual meeting") that shares its cue with a reporting record
    (not "accused X of Y", whose object and its clause are the statement)."""
    reported = {(a.cue.start, a.cue.end) for a in out if a.cue is not None and ":reporting-verb:" in a.evidence}
    return [a for a in out if not (a.cue is not None and ":stance-verb:tell:dobj" in a.evidence
                                   and (a.cue.start, a.cue.end) in reported)]


def _same_sentence(text: str, start: int, end: int) -> bool:
    return SENTENCE_END_L53.search(text, start, end) is None


def _time_words(text: str, out: list[Attribution]) -> list[Attribution]:
    """"<Name>, saying that A, today urged B": the time word is no speaker; the participle's speaker is."""
    fields = ("speaker_name", "source_type", "source_country", "state_affiliated", "named", "affiliation")
    participles = [b for b in out if b.cue is not None and b.speaker is not None
                   and text[b.cue.start:b.cue.end].endswith("ing") and b.speaker.end <= b.cue.start]
    result: list[Attribution] = []
    for a in out:
        cue = text[a.cue.start:a.cue.end] if a.cue is not None else ""
        if a.speaker is not None and _raw(text, a).strip().lower() in TIME_WORDS_L53:
            b = next((b for b in reversed(participles) if b.cue is not None and b.cue.end <= a.speaker.start
                      and _same_sentence(text, b.cue.end, a.speaker.start)), None)
            if b is None or b.speaker is None:
                # no speaker to give it: the statement is kept with no speaker rather than one named "today"
                a = a.model_copy(update={"speaker": None, "speaker_name": None, "source_type": "anonymous",
                                         "source_country": None, "state_affiliated": False, "named": False,
                                         "affiliation": None, "sources": [], "resolved_from": None})
            else:
                a = _moved(a, b.speaker).model_copy(update={f: getattr(b, f) for f in fields})
        elif a.cue is not None and a.speaker is not None and cue.endswith("ing"):
            m = TIME_VERB_L53.match(text, a.content.start, a.content.end)
            if m is not None and m.group("time").lower() in TIME_WORDS_L53 and any(
                    b is not a and b.cue is not None and (b.cue.start, b.cue.end) == (a.cue.start, a.cue.end)
                    and b.content.end <= a.content.start for b in out):
                verb = m.start("verb")
                a = a.model_copy(update={
                    "cue": a.cue.model_copy(update={"start": verb, "end": verb + len(m.group("verb"))}),
                    "content": a.content.model_copy(update={"start": m.start("rest")}),
                    "evidence": f"{a.evidence.split(':', 1)[0]}:reporting-verb:{m.group('verb')}:main-clause"})
        result.append(a)
    return result


def _particle_name(text: str, a: Attribution) -> Attribution:
    """"Secretary of State for the Economy <Given> de la <Surname>": the name with its particles."""
    if a.speaker is None or not a.speaker_name:
        return a
    head = PARTICLE_HEAD_L53.search(text, max(0, a.speaker.start - 60), a.speaker.start)
    if head is not None and re.fullmatch(r"[A-Z][\w'’-]+", _raw(text, a)):
        # the parser kept only the surname ("... <Given> dos <Surname> told"): the span opens at the given name
        a = _moved(a, a.speaker.model_copy(update={"start": head.start()}))
    raw, name = " ".join(_raw(text, a).split()), a.speaker_name or ""
    m = PARTICLE_NAME_L53.search(raw)
    if m is None or a.speaker_name == m.group(0):
        return a
    if not (name == raw or m.group(0).endswith(" " + name)):
        return a  # a name of its own ("<Name>, ... of the <Body> de la <Place>")
    return a.model_copy(update={"speaker_name": m.group(0), "named": True})


def _topic(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """"An <Body> authority on the USSR": the body's type and country, not the topic's."""
    if a.speaker is None:
        return a
    raw = _raw(text, a)
    m = TOPIC_NOUN_L53.search(raw)
    if m is None:
        return a
    body, topic = raw[:m.start()], raw[m.end():]
    if a.source_country is None or table.country_in(topic) != a.source_country:
        return a
    found = table.find_source(body)
    if found is not None and found[0].type == "government":
        entry = found[0]
        return a.model_copy(update={"source_type": "government", "source_country": entry.country,
                                    "state_affiliated": True})
    return a.model_copy(update={"source_country": table.country_in(body)})


def _inside_name(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """A table alias inside a longer capitalised name: not that entry's country (or name)."""
    if a.speaker is None or not a.speaker_name:
        return a
    raw = " ".join(DETERMINER_L52.sub("", _raw(text, a)).split())
    found = table.find_source(raw)
    if found is None:
        return a
    entry, alias = found
    at = raw.find(alias)
    if at < 0:
        return a
    before, after = raw[:at].split(), raw[at + len(alias):].split()
    capital_before = bool(before) and before[-1][:1].isupper()
    if a.speaker_name == entry.name and a.source_country != entry.country and capital_before:
        # "the Japanese <Body>", "Japan's <Body>": another state's body of the same name, named by its words
        return a.model_copy(update={"speaker_name": raw})
    inside = capital_before and bool(after) and after[0][:1].isupper()
    if inside and a.source_type == "organization" and a.speaker_name != entry.name and \
            a.source_country == entry.country and entry.type == "media":
        # (not "Michael Bloomberg" nor "Bloomberg Philanthropies": a person or body named after the outlet's owner)
        return a.model_copy(update={"source_country": None})
    return a


def _sentence_of(text: str, start: int, end: int) -> str:
    """The text from the sentence start before ``start`` to the sentence end after ``end`` (a rough cut)."""
    ends = [m.end() - 1 for m in SENTENCE_END_L53.finditer(text, 0, start)]
    left = max([text.rfind("\n", 0, start) + 1, *ends])
    m = SENTENCE_END_L53.search(text, end)
    nl = text.find("\n", end)
    right = min(x for x in (m.start() + 1 if m else len(text), nl if nl >= 0 else len(text)))
    return text[left:right]


def _company_chairmen(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<Company Corp>'s results will show a loss, Chairman <Name> told the annual meeting" was ``government``: a
    speaker phrase of a bare "Chairman" (or "Vice Chairman") and a name, in a sentence or under a wire title that
    names a company (Corp, Inc, Co, Ltd, Plc, a ticker in angle brackets) and no government body of the table, is a
    company's officer, ``person``; so are the records resolved to him."""
    title = text[:max(text.find("\n"), 0)]
    officers: set[str] = set()
    for a in out:
        if a.speaker is None or a.source_type != "government" or not a.speaker_name:
            continue
        if BARE_OFFICER_L53.fullmatch(" ".join(_raw(text, a).split())) is None:
            continue
        sentence = _sentence_of(text, a.speaker.start, a.speaker.end)
        if COMPANY_MARK_L53.search(sentence) is None and COMPANY_MARK_L53.search(title) is None:
            continue
        found = table.find_source(sentence)
        if found is not None and found[0].type == "government":
            continue
        officers.add(a.speaker_name)
    return [a.model_copy(update={"source_type": "person", "state_affiliated": False})
            if a.speaker_name in officers and a.source_type == "government" else a for a in out]


def lead53_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 53's lead rules, as the module's notes say: the speaker's span, the records, then the names' typing."""
    out = _time_words(text, _listeners([_dangling(text, a) for a in attributions]))
    out = [_inside_name(text, _topic(text, _particle_name(text, a), table), table) for a in out]
    return _company_chairmen(text, out, table)

