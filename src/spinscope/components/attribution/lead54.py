"""Attributions, lead round 54 (issue 16): speakers and source types the lead's reading of twelve fresh 1987 wire
stories found wrong (currency markets after a G-7 meeting, a Dutch economic outlook, a soybean market, a buyout, a
company's results, a shipyard's contract, a strike).

One pass, ``lead54_attributions``, called once from ``extract_attributions`` after the round's other passes. Its
invented tests are in ``tests/test_lead54.py``.

- **An analyst of a firm with a comma in its name.** In "Analyst <Name> of <Firm A>, <Firm B> Inc said" the parser
  gives "said" two subjects and the speaker was the second firm, typed ``organization``: an organisation speaker
  right after "<Title> <Given> <Surname> of <Firm>, " that opens the clause is that person's firm, and the speaker is
  the person.
- **A participle after a report's content.** "He declined to say what sum the group hoped to get, beyond noting
  that ..." gave "noting" the subject of the content's own verb ("the group"): a participle's record whose speaker
  lies inside the content of a record of the same sentence that comes before it takes that record's speaker.
- **"He" is not a body.** A "he" or "she" resolved to an organisation or a report (after the wrong speaker above)
  takes the nearest person speaker named before it.
- **An unnamed market voice is anonymous.** "one <EXCHANGE> crush trader", "another <Demonym> banker", "one dealer
  at a <Demonym> bank", "Bank economists in <City>", "Traders in several centres" were typed ``person``, and
  "London traders", "A <Demonym> monetary source" were given a country: the golds type unnamed traders, dealers,
  bankers, economists, analysts and sources ``anonymous`` with no country ("Paris traders", "U.S. sources",
  "Western analysts"; lead 49 read lower-case modifiers only). Place words and demonyms the source table knows, and
  short acronyms it does not know as a body, may stand before the role noun; "at / in / with" and lower-case or
  place words after it. A city the table does not know ("A <City> banker") is left as it was.
- **"The trader" is the trader named before.** "the trader said" after "one <...> trader said" was a new source:
  "the <role noun>" unnamed takes the type, country and name of the nearest ``anonymous`` speaker before it ending
  in the same noun (not a ministry's "sources": the golds keep "the sources" ``anonymous`` after them).
- **A British company's officer.** "<Firm> Plc chairman <Name> said" was given the US (the story's country by
  count: its US business); attr100 made a "Plc" speaker British, not its officers: a named person whose phrase
  names a "Plc" and no country is of GB, with every record of that name.
- **An officer of a union or an employers' body is a person.** "<Name>, a senior official of the National <Trade>
  Union" and "Employers federation <ACRONYM> chairman <Name>" were typed ``government`` (an official's title): a
  named officer of a union, a confederation, an association or an employers', workers', farmers' or trade body is
  ``person`` (not the European or the Soviet Union).
- **A two-word surname.** "<Given> <Given> <Surname> <Surname>, ... told" then "<Surname> <Surname> said" were two
  sources: a two-word name that ends one earlier person's longer name is that person.
- **The US has no ministers.** "<Office> Minister <Name> said" in a story on a Canadian contract that names the
  US twice (and Canada once) was given the US by the story's count, and so was "the government": a named
  minister given the US, his phrase naming no US word, takes the one other country the story names most (else
  none); the bare "the government" records given the US in that story follow him.
- **A firm before a described apposition.** "<Firm Co>, once known only as a <chain>, which said" gave the
  description as the speaker: a speaker "a / an / the <lower-case words>, which" right after "<Name>, <adverb>?
  <lower-case words> " is the name, where the name ends in a company's legal form (first written for any
  capitalised name: PolNeAR's held-out half lost one speaker, figures only).
- **After the landing (lead54b).** A company's initials speaking ("<I.N.I.> said" after "International <I.N.I.>
  Industries Inc said") were typed ``government`` or ``person``: the company whose name holds them. "The paper
  said" after "The <Name> Shimbun quoted X as saying" was named "paper" and given the country of what it said: the
  newspaper named last before it, ``media``, its country from its title word ("Shimbun": Japan) or the table, else
  none. "Wall Street analysts" typed ``organization`` of the US: ``anonymous``, no country, as the golds type
  "Wall Street traders".
- **A subject read as an object.** "<X> said the recent purchase of <Firm> Inc <TICKER> for ... was unlikely to
  ...": the parser made "the recent purchase" the object of "said", and the content began at "for": an indirect
  record of a say-verb whose content starts in lower case after a gap of a determiner's phrase (no clause
  punctuation) runs back over that phrase; so does one whose content opens with a finite verb ("continue to weigh
  on ...") after a lower-case noun phrase the dashes of an aside split off ("problems with <loans>--<aside>--").
- **Asking for anonymity is no statement.** An unnamed source's relative clause asking that the name be kept out gave
  a record whose cue was "asked" and whose content was "not to be named": dropped.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .lead52 import _raw
from .lead53 import _moved
from .round101 import _phrase
from .sources import SourceTable
from .speakers import country_counts

#: "<Title>? <Given> <Initial>? <Surname> of <Firm>, " right before a second firm: the person and the first firm.
PERSON_OF_FIRM_COMMA_L54 = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][\"”]\s))(?P<phrase>(?:(?:[A-Z][a-z]+\s+){0,2}(?:[Aa]nalyst|[Ee]conomist|"
    r"[Ss]trategist|[Dd]ealer|[Tt]rader|[Bb]roker)\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+[A-Z][\w'’-]+)\s+of\s+"
    r"(?P<firm>[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,4}),\s+)$")
#: Participle cues: "noting", "saying", "adding".
PARTICIPLE_L54 = re.compile(r"[a-z]+ing")
#: A he or she speaker.
HE_SHE_L54 = frozenset({"he", "she", "He", "She"})
#: Role nouns of unnamed market voices (singular forms).
ROLE_L54 = ("trader", "dealer", "banker", "economist", "analyst", "broker", "source", "strategist")
_ROLES = "|".join(ROLE_L54)
#: A determiner (or none for a plural), then up to three modifiers, the role noun, then where the voice works.
MARKET_VOICE_L54 = re.compile(
    rf"(?:(?P<det>one|a|an|another|the|some|most|other|several|many)\s+)?(?P<mods>(?:[\w.&-]+\s+){{0,3}}?)"
    rf"(?P<role>{_ROLES})(?P<plural>s)?"
    rf"(?P<where>\s+(?:at|in|with|from)\s+(?:(?:a|an|the|all|several|some|various|other|major)\s+)?"
    rf"(?:[\w.-]+\s+){{0,2}}[\w.-]+)?")
#: Lower-case words a market voice's modifiers and places may be (besides place words and acronyms).
PLAIN_WORD_L54 = re.compile(r"[a-z][a-z.-]*")
#: A short acronym ("CBT"): an exchange or a market.
ACRONYM_L54 = re.compile(r"[A-Z]{2,4}")
#: "the trader", "the traders": the voice named before.
THE_ROLE_L54 = re.compile(rf"[Tt]he\s+(?P<role>{_ROLES})(?P<plural>s)?")
#: A British company's name in an officer's phrase: "<Firm> Plc chairman <Name>", "<Name>, chairman of <Firm> PLC".
PLC_FIRM_L54 = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,3}\s+(?:Plc|PLC)\b")
#: An officer of a union, an employers' or a trade body: "a senior official of the National <Trade> Union",
#: "Employers federation <ACRONYM> chairman" (not the European or the Soviet Union).
NON_STATE_BODY_L54 = re.compile(
    r"\b(?:official|leader|chairman|president|secretary|head|member|spokes(?:man|woman))\s+of\s+(?:the\s+)?"
    r"(?!(?:European|Soviet|African)\s+Union\b)(?:[A-Z][\w'’-]*\s+){1,5}(?:Union|Confederation|Association)\b"
    r"|\b(?:[Ee]mployers|[Ww]orkers|[Ff]armers|[Tt]rade|[Ll]abou?r)['’]?\s+(?:federation|union|association)\b")
#: A minister's office: one the US federal government does not have.
MINISTER_L54 = re.compile(r"\bMinist(?:er|ry)\b")
#: Words that make a phrase American.
US_WORDS_L54 = re.compile(r"\b(?:U\.S\.|US|American|United States|Washington|Reagan)\b")
#: A government named bare.
BARE_GOVERNMENT_L54 = re.compile(r"[Tt]he\s+(?:[Ff]ederal\s+)?[Gg]overnment")
#: "<Given> <Surname>, <title> of <" right before a speaker that opens inside the wire's angle brackets.
PERSON_BEFORE_BRACKET_L54 = re.compile(r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+[A-Z][\w'’-]+),\s+(?:[\w-]+\s+){1,5}"
                                       r"(?:of|at|with)\s+<$")
#: "<Name Co>, once known only as a <noun phrase>, which": the name before a described apposition.
NAME_BEFORE_APPOSITION_L54 = re.compile(
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z&][\w.&'’-]*|of|and))*),\s+(?:(?:once|now|formerly|long|still|also)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,4}$")
#: A company's legal form closing its name: the apposition rule reads companies only (first written for any
#: capitalised name, it gave one record of PolNeAR's held-out half a wrong speaker).
COMPANY_END_L54 = re.compile(r"\b(?:Co|Corp|Cos|Inc|Ltd|Plc|PLC|AG|SA|NV|Corporation|Company|Incorporated|Limited)\.?$")
#: A company's initials as a speaker: "H.K.L." or "HKL".
INITIALS_L54 = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z]{2,5}")
#: "the paper" / "the newspaper" / "the daily" as a speaker.
THE_PAPER_L54 = re.compile(r"[Tt]he\s+(?:paper|newspaper|daily)")
#: A newspaper the text names: a title word closing a capitalised name ("<Name> Shimbun", "the <Name> Times"), or a
#: capitalised name before "newspaper".
NEWSPAPER_L54 = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){0,3}(?:Shimbun|Times|Post|Journal|Herald|Daily|Gazette|Tribune|Telegraph|"
    r"Mercantil|Zeitung|Handelsblatt|Pravda|Izvestia|Monde|Figaro|Corriere[ \t]+della[ \t]+Sera|Asahi|Mainichi|"
    r"Yomiuri))\b|(?P<before>(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)[ \t]+(?:newspaper|daily)\b")
#: Capitalised words that open a sentence, not a newspaper's name ("But <Name> quoted ...").
OPENING_WORDS_L54 = frozenset({"The", "But", "And", "A", "An", "In", "On", "At", "Yesterday", "Today", "Earlier",
                               "Meanwhile", "However", "Also", "Last", "This", "Its", "His", "Her"})
#: Newspapers' title words that say their country (the Soviet Union is RU, as in the source table).
PAPER_COUNTRY_L54 = {"Shimbun": "JP", "Asahi": "JP", "Mainichi": "JP", "Yomiuri": "JP", "Mercantil": "BR",
                     "Zeitung": "DE", "Handelsblatt": "DE", "Pravda": "RU", "Izvestia": "RU", "Monde": "FR",
                     "Figaro": "FR"}
#: A market place's unnamed voices typed as a body: "Wall Street analysts", "City dealers".
MARKET_PLACE_VOICES_L54 = re.compile(r"(?:Wall\s+Street|City|Street)\s+(?:analysts|traders|dealers|brokers|economists|"
                                     r"bankers|sources)")
#: Say-verbs whose clause follows them.
SAY_L54 = frozenset({"said", "says", "say", "added", "noted", "stated"})
#: The gap a misparse leaves between "said" and its content: the clause's subject, a determiner first ("said the
#: recent purchase of <Firm> Inc <TICKER> for ... was unlikely"), no clause punctuation.
SUBJECT_GAP_L54 = re.compile(r"\s+(?:that\s+)?(?P<subject>(?:the|a|an|its|his|her|their)\s[^,;:\"“”()]{0,100}?)\s*$")
#: A content that opens with a finite verb: it lost its subject ("continue to weigh on ...").
FINITE_OPENING_L54 = re.compile(r"(?:continues?|remains?|is|are|was|were|has|have|had|will|would|could|can|may|might|"
                                r"should|must)\b")
#: The subject a misparse left between "said" and such a content: a noun phrase, dashes allowed ("problems with farm
#: loans--particularly in ...--"), no clause punctuation.
BARE_SUBJECT_GAP_L54 = re.compile(r"\s+(?:that\s+)?(?P<subject>[a-z][^,;:\"“”()]{0,150}?)\s*$")
#: "not to be named / identified": a request for anonymity.
ANONYMITY_L54 = re.compile(r"not\s+to\s+be\s+(?:named|identified|quoted)\b")


def _person_of_firms(text: str, a: Attribution) -> Attribution:
    """"Analyst <Name> of <Firm A>, <Firm B> Inc said": the speaker is the analyst."""
    if a.speaker is None or a.source_type != "organization":
        return a
    m = PERSON_OF_FIRM_COMMA_L54.search(text, max(0, a.speaker.start - 120), a.speaker.start)
    if m is None:
        return a
    speaker = a.speaker.model_copy(update={"start": m.start("phrase")})
    firm = f"{m.group('firm')}, {_raw(text, a)}"
    moved = _moved(a, speaker)
    return moved.model_copy(update={"speaker_name": m.group("name"), "source_type": "person", "named": True,
                                    "affiliation": firm, "state_affiliated": False,
                                    "evidence": f"{a.evidence}:lead54:person-of-firms"})


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = text.find(". ", pos)
    return start, len(text) if end < 0 else end


def _participles(text: str, out: list[Attribution]) -> list[Attribution]:
    """A participle's speaker inside an earlier record's content, in one sentence: that record's speaker."""
    res = []
    for a in out:
        if a.speaker is not None and a.cue is not None and PARTICIPLE_L54.fullmatch(text[a.cue.start:a.cue.end]):
            lo, hi = _sentence_bounds(text, a.cue.start)
            host = next((b for b in out if b is not a and b.speaker is not None and b.cue is not None
                         and lo <= b.cue.start < a.cue.start and b.content.start <= a.speaker.start
                         and a.speaker.end <= b.content.end <= a.cue.start and b.speaker.end <= b.content.start
                         and b.speaker.start >= lo and b.content.end < hi), None)
            if host is not None:
                a = a.model_copy(update={
                    "speaker": host.speaker, "speaker_name": host.speaker_name, "source_type": host.source_type,
                    "source_country": host.source_country, "named": host.named, "affiliation": host.affiliation,
                    "state_affiliated": host.state_affiliated, "resolved_from": host.resolved_from,
                    "sources": host.sources, "evidence": f"{a.evidence}:lead54:participle-host"})
        res.append(a)
    return res


def _he_not_body(text: str, out: list[Attribution]) -> list[Attribution]:
    """A he / she resolved to an organisation or a report: the nearest person named before it."""
    res = list(out)
    order = sorted(range(len(res)), key=lambda i: res[i].start)
    for k, i in enumerate(order):
        a = res[i]
        if a.speaker is None or text[a.speaker.start:a.speaker.end] not in HE_SHE_L54 or \
                a.source_type not in ("organization", "report"):
            continue
        person = next((b for b in (res[j] for j in reversed(order[:k])) if b.speaker is not None and b.named
                       and b.speaker_name and b.source_type in ("person", "politician", "government")
                       and text[b.speaker.start:b.speaker.end] not in HE_SHE_L54), None)
        if person is None or person.speaker is None:
            continue
        res[i] = a.model_copy(update={
            "speaker_name": person.speaker_name, "source_type": person.source_type,
            "source_country": person.source_country, "named": True, "affiliation": person.affiliation,
            "state_affiliated": person.state_affiliated,
            "resolved_from": person.speaker,
            "evidence": f"{a.evidence}:lead54:pronoun-to-person"})
    return res


def _place_word(word: str, table: SourceTable) -> bool:
    """A word that names a place or a people the table knows ("Milan", "Swiss", "German")."""
    return table.countries.get(word) is not None or table.country_in(word) is not None


def _market_voice(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """An unnamed trader, dealer, banker, economist or analyst: ``anonymous``, no country."""
    if a.speaker is None or a.named or a.source_type not in ("person", "anonymous") or (
            a.source_type == "anonymous" and a.source_country is None):
        return a
    phrase = _phrase(text, a)
    m = MARKET_VOICE_L54.fullmatch(phrase[:1].lower() + phrase[1:])
    if m is None or (m.group("det") is None and m.group("plural") is None):
        return a
    words = m.group("mods").split() + (m.group("where") or "").split()[1:]
    for w in words:
        if PLAIN_WORD_L54.fullmatch(w) or _place_word(w, table):
            continue
        if ACRONYM_L54.fullmatch(w) and table.find_source(w) is None:
            continue
        return a
    return a.model_copy(update={"source_type": "anonymous", "state_affiliated": False, "source_country": None,
                                "evidence": f"{a.evidence}:lead54:market-voice"})


def _the_role(text: str, out: list[Attribution]) -> list[Attribution]:
    """"the trader" after "one <...> trader": the same voice (type, country and name)."""
    res: list[Attribution] = []
    for a in out:
        if a.speaker is not None and not a.named:
            m = THE_ROLE_L54.fullmatch(_phrase(text, a))
            if m is not None:
                ending = re.compile(rf"\b{m.group('role')}{m.group('plural') or ''}(?:\s+(?:at|in|with|from)\s.*)?$")
                earlier = [b for b in out if b.speaker is not None and not b.named and b.speaker.end <= a.speaker.start
                           and b.source_type == "anonymous"
                           and THE_ROLE_L54.fullmatch(_phrase(text, b)) is None
                           and ending.search(_phrase(text, b).lower())]
                if earlier:
                    b = max(earlier, key=lambda x: x.speaker.start if x.speaker else -1)
                    a = a.model_copy(update={"speaker_name": b.speaker_name, "source_type": b.source_type,
                                             "source_country": b.source_country, "affiliation": b.affiliation,
                                             "state_affiliated": b.state_affiliated,
                                             "evidence": f"{a.evidence}:lead54:the-role"})
        res.append(a)
    return res


def _plc_officers(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A named person whose phrase names a "Plc" (and no country) is of GB, and so is every record of that name."""
    officers = {a.speaker_name for a in out if a.speaker is not None and a.named and a.speaker_name
                and a.source_type == "person" and a.source_country != "GB"
                and PLC_FIRM_L54.search(phrase := _phrase(text, a))
                and table.country_in(phrase) is None}
    if not officers:
        return out
    return [a.model_copy(update={"source_country": "GB", "evidence": f"{a.evidence}:lead54:plc-officer"})
            if a.speaker_name in officers and a.source_type == "person" else a for a in out]


def _subject_gap(text: str, a: Attribution) -> Attribution:
    """"<X> said the recent purchase of <Firm> Inc <TICKER> for ... was unlikely ...": the parser made the subject
    the verb's object and the content began after it; the content runs back over the subject."""
    if a.cue is None or a.speaker is None or a.speaker.end > a.cue.start or a.kind != "indirect" or \
            text[a.cue.start:a.cue.end] not in SAY_L54 or a.content.start <= a.cue.end + 1:
        return a
    m = SUBJECT_GAP_L54.fullmatch(text, a.cue.end, a.content.start)
    if m is None and FINITE_OPENING_L54.match(text, a.content.start):
        m = BARE_SUBJECT_GAP_L54.fullmatch(text, a.cue.end, a.content.start)
    if m is None or not text[a.content.start:a.content.start + 1].islower():
        return a
    content = a.content.model_copy(update={"start": m.start("subject")})
    return a.model_copy(update={"content": content, "end": max(a.end, content.end),
                                "start": min(a.start, content.start, a.speaker.start)})


def _non_state_officers(text: str, out: list[Attribution]) -> list[Attribution]:
    """A named officer of a union or an employers' body typed ``government``: ``person``, with every record of
    that name."""
    officers = {a.speaker_name for a in out if a.speaker is not None and a.named and a.speaker_name
                and a.source_type == "government" and NON_STATE_BODY_L54.search(_phrase(text, a))}
    if not officers:
        return out
    return [a.model_copy(update={"source_type": "person", "state_affiliated": False,
                                 "evidence": f"{a.evidence}:lead54:non-state-officer"})
            if a.speaker_name in officers and a.source_type == "government" else a for a in out]


def _compound_surnames(out: list[Attribution]) -> list[Attribution]:
    """"Leao Franco said" after "Jorge Luis Leao Franco, ... told": a two-word name that ends an earlier person's
    full name (of three words or more) is that person, and so is every record of the two-word name."""
    people = ("person", "government", "politician")
    spoken = sorted((a for a in out if a.speaker is not None and a.named and a.speaker_name
                     and a.source_type in people), key=lambda x: x.speaker.start if x.speaker is not None else 0)
    same: dict[str, Attribution] = {}
    for i, a in enumerate(spoken):
        name = a.speaker_name or ""
        if len(name.split()) != 2 or name in same:
            continue
        earlier = {b.speaker_name: b for b in spoken[:i] if b.speaker_name and len(b.speaker_name.split()) > 2
                   and b.speaker_name.endswith(f" {name}")}
        if len(earlier) == 1:
            same[name] = next(iter(earlier.values()))
    if not same:
        return out
    res = []
    for a in out:
        b = same.get(a.speaker_name or "")
        if b is not None and a.source_type in people:
            a = a.model_copy(update={"speaker_name": b.speaker_name, "source_type": b.source_type,
                                     "source_country": b.source_country, "affiliation": b.affiliation,
                                     "state_affiliated": b.state_affiliated,
                                     "evidence": f"{a.evidence}:lead54:compound-surname"})
        res.append(a)
    return res


def _no_us_ministers(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A minister given the US by the story's count ("Transport Minister <Name>" in a story on a Canadian contract
    that names the US twice): the US has no ministers; the one other country the story names most is his, else
    none. The bare "the government" records given the US in that story follow him."""
    wrong = {a.speaker_name for a in out if a.speaker is not None and a.named and a.speaker_name
             and a.source_type in ("government", "politician") and a.source_country == "US"
             and MINISTER_L54.search(phrase := _phrase(text, a)) and not US_WORDS_L54.search(phrase)}
    if not wrong:
        return out
    others = sorted(((n, c) for c, n in country_counts(text, table).items() if c != "US"), reverse=True)
    country = others[0][1] if others and (len(others) == 1 or others[0][0] > others[1][0]) else None
    res = []
    for a in out:
        if a.source_country == "US" and a.speaker is not None and (
                (a.speaker_name in wrong and a.source_type in ("government", "politician"))
                or (a.source_type == "government" and BARE_GOVERNMENT_L54.fullmatch(_phrase(text, a)))):
            a = a.model_copy(update={"source_country": country, "evidence": f"{a.evidence}:lead54:no-us-minister"})
        res.append(a)
    return res


def _speaker_start(a: Attribution) -> int:
    return a.speaker.start if a.speaker is not None else a.start


def _bracketed(text: str, out: list[Attribution]) -> list[Attribution]:
    """The wire's angle brackets around a company's name ("<Firm Ltd> said"): the speaker phrase and name lose
    them; "<Name>, <title> of <Firm Ltd> in <Place>, told" is the person, not the firm; a later "<Surname> said" of
    that person follows him."""
    res = list(out)
    people: dict[str, Attribution] = {}
    for i in sorted(range(len(res)), key=lambda i: _speaker_start(res[i])):
        a = res[i]
        sp = a.speaker
        if sp is None:
            continue
        phrase = text[sp.start:sp.end]
        if "<" in phrase or ">" in phrase:
            opening = sp.start + 1 if phrase.startswith("<") else sp.start
            m = PERSON_BEFORE_BRACKET_L54.search(text, max(0, opening - 120), opening)
            if m is not None and a.source_type in ("organization", "anonymous"):
                a = _moved(a, sp.model_copy(update={"start": m.start("name")}))
                a = a.model_copy(update={"speaker_name": m.group("name"), "source_type": "person", "named": True,
                                         "affiliation": phrase.split(">")[0].strip("<> "), "state_affiliated": False,
                                         "evidence": f"{a.evidence}:lead54:person-of-bracketed-firm"})
                people[m.group("name").split()[-1]] = a
            elif ">" in phrase and "<" not in phrase[:phrase.index(">")]:  # a name's closing bracket, not a ticker
                start = sp.start + len(phrase) - len(phrase.lstrip("<"))
                a = _moved(a, sp.model_copy(update={"start": start, "end": sp.start + phrase.index(">")}))
                a = a.model_copy(update={"evidence": f"{a.evidence}:lead54:bracketed-name"})
        elif a.speaker_name in people and phrase == a.speaker_name:
            b = people[a.speaker_name or ""]
            a = a.model_copy(update={"speaker_name": b.speaker_name, "source_type": "person", "named": True,
                                     "affiliation": b.affiliation, "source_country": a.source_country
                                     or b.source_country, "evidence": f"{a.evidence}:lead54:person-of-bracketed-firm"})
        if a.speaker_name and ">" in a.speaker_name:
            a = a.model_copy(update={"speaker_name": a.speaker_name.split(">")[0].strip("<> ")})
        res[i] = a
    return res


def _described_apposition(text: str, a: Attribution) -> Attribution:
    """"<Firm Co>, once known only as a <chain>, which said": the speaker is the firm, not the description."""
    if a.speaker is None or (a.named and a.source_type != "organization"):
        return a
    phrase = " ".join(text[a.speaker.start:a.speaker.end].split())
    if not re.fullmatch(r"(?:a|an|the)\s+[a-z][\w\s-]*,?\s+which", phrase):
        return a
    m = NAME_BEFORE_APPOSITION_L54.search(text, max(0, a.speaker.start - 120), a.speaker.start)
    if m is None or not COMPANY_END_L54.search(m.group("name")):
        return a
    speaker = a.speaker.model_copy(update={"start": m.start("name"), "end": m.end("name")})
    return _moved(a, speaker).model_copy(update={
        "speaker_name": m.group("name"), "named": True, "source_type": "organization",
        "evidence": f"{a.evidence}:lead54:name-before-apposition"})


def _company_initials(text: str, out: list[Attribution]) -> list[Attribution]:
    """"<Initials> said" after "International <I.N.I.> Industries Inc said": the company whose name holds them
    (a dotted acronym read as an office or a person)."""
    firms = [a for a in sorted(out, key=_speaker_start) if a.speaker is not None and a.source_type == "organization"
             and a.speaker_name and len(a.speaker_name.split()) > 1]
    res = []
    for a in out:
        phrase = _phrase(text, a) if a.speaker is not None else ""
        if a.speaker is not None and INITIALS_L54.fullmatch(phrase) and a.source_type != "organization":
            owner = next((b for b in firms if b.speaker is not None and b.speaker.start < a.speaker.start
                          and re.search(rf"(?<![\w.]){re.escape(phrase)}(?![\w])", b.speaker_name or "")), None)
            if owner is not None:
                a = a.model_copy(update={"speaker_name": owner.speaker_name, "source_type": "organization",
                                         "source_country": owner.source_country, "named": True,
                                         "state_affiliated": owner.state_affiliated,
                                         "evidence": f"{a.evidence}:lead54:company-initials"})
        res.append(a)
    return res


def _the_paper(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"The paper said" after "The <Name> Shimbun quoted X as saying": the newspaper named last before it (its
    country from its title word or the table, not from what it says)."""
    res = []
    for a in out:
        if a.speaker is not None and THE_PAPER_L54.fullmatch(_phrase(text, a)) and \
                (a.speaker_name or "").lower() in ("paper", "newspaper", "daily", "the", "the paper", "the newspaper"):
            last = None
            for m in NEWSPAPER_L54.finditer(text, 0, a.speaker.start):
                last = m
            if last is not None:
                words = (last.group("name") or last.group("before")).split()
                while words and words[0] in OPENING_WORDS_L54:
                    words = words[1:]
                name = " ".join(words)
                if name and name[0].isupper():
                    country = next((c for w, c in PAPER_COUNTRY_L54.items() if w in name.split()), None) or \
                        table.country_in(name)
                    a = a.model_copy(update={"speaker_name": name, "source_type": "media", "named": True,
                                             "source_country": country,
                                             "evidence": f"{a.evidence}:lead54:the-paper"})
        res.append(a)
    return res


def _market_place_voices(text: str, a: Attribution) -> Attribution:
    """"Wall Street analysts said" typed ``organization``: unnamed market voices, ``anonymous``, no country."""
    if a.speaker is None or a.source_type != "organization" or \
            not MARKET_PLACE_VOICES_L54.fullmatch(_phrase(text, a)):
        return a
    return a.model_copy(update={"source_type": "anonymous", "named": False, "source_country": None,
                                "state_affiliated": False, "evidence": f"{a.evidence}:lead54:market-place-voices"})


def lead54_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 54's lead rules, as the module's notes say: the records, the speakers, then the types."""
    out = [a for a in attributions if not (a.cue is not None and text[a.cue.start:a.cue.end] == "asked"
                                           and ANONYMITY_L54.match(text, a.content.start, a.content.end + 12))]
    out = [_described_apposition(text, _subject_gap(text, _person_of_firms(text, a))) for a in _bracketed(text, out)]
    out = _he_not_body(text, _participles(text, out))
    out = [_market_voice(text, a, table) for a in out]
    out = _compound_surnames(_non_state_officers(text, out))
    out = _no_us_ministers(text, _plc_officers(text, _the_role(text, out), table), table)
    out = _the_paper(text, _company_initials(text, out), table)  # after the landing (lead54b)
    return [_market_place_voices(text, a) for a in out]
