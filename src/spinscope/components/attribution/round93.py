"""Attributions, round 93 (issue 16, branch ``attr93``): 1987 wire stories about companies, results, bids and
markets, from the development errors of eight fresh wekareuters stories (``tests/gold/attributions_real93.jsonl``).

One pass, ``round93_attributions``, called once from ``extract_attributions`` after the lead's round 49 pass. Its
invented tests are in ``tests/test_attr93.py``.

Records the parse never made:

- **"<Intro>, <Name>, which / who <...>, (also) said <clause>."** A name with a relative clause between an
  introductory phrase and the cue ("In a letter to its members, Acme, which is owned by ..., also said it ...")
  gave no record at all: the name is the speaker, the rest of the sentence the content.
- **"<Subject> (today) described <NP> as <...>."** with no record in the sentence: the subject is the speaker,
  the rest of the sentence the content (PolNeAR's tuning half marks all three of its "described ... as", the
  older real golds 6 of 9: ``scripts/attr93/census.txt``); unnamed people in a role are ``anonymous``. A record
  on "described" whose content is only a that-clause after the "as" phrase ("..., a sign that Z") starts at the
  object instead.
- **"(In <time>) <role words> <Name> told <listeners> that <clause>."** ("In early May group chairman X told
  reporters that ...") gave no record on some parses: the name with its role words is the speaker (a company's
  "group / company president" typed ``government`` is made a ``person`` by lead50's one officer rule, round 94).

Speakers:

- **"he / she said"** in the paragraph of an unnamed speaker's record ("An analyst who would not be named said
  ... "..., he said") is that unnamed speaker, not a named person further up.
- **"<Place> traders / dealers / analysts"** ("City dealers", "Wall Street traders") typed ``person``: unnamed
  people in a role, ``anonymous`` (lead49 read lower-case words only). Folded in round 50 (``attr97``) into
  lead49's ``_unnamed_role``, which reads them now.
- **"A report on <broadcaster>"** typed ``report``: the broadcaster speaks, ``media``, named by it; "the cable /
  television program" after it is the same outlet.
- **"the company" / "the group"** (and a company's own name) typed ``organization`` but not named: the company
  the story names, ``named`` (the golds' convention: "The company" is the firm, named).
- **A wire story's listing.** A 1987 wire story (a capitals title line) gives its company a ticker in angle
  brackets: a bare one ("<ABC>") is a US listing, a suffixed one the exchange's country ("<ABC.PA>" Paris). When
  the story has no dateline, a company, a person or a broadcaster that speaks with no country is of the story's
  first listing's country (the golds: a US company, its spokesman and its officers US; a Paris-listed group and its
  presidents FR; a company's officer still typed ``government`` here, "group chairman <Name>", is one of the
  company's people: lead50 types it ``person``); unnamed groups ("analysts", "traders") keep none.
- **The name before a ticker** (``COMPANY_BEFORE_TICKER_93``, ``company_before_ticker``): "the company" with no
  company speaking before it is the company named before the story's first ticker. lead50 reads the same pattern
  when the parser's speaker is a ticker's tail (one pattern since round 94, ``attr94``; "But it said" and a
  company's officer, once here too, are lead50's rules alone).

Records dropped:

- **"who wanted / asked for anonymity"**: a record whose content is the word "anonymity" alone.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource, Span
from .lead47 import DATELINE_L47
from .lead49 import ROLE_NOUNS_L49, UNNAMED_ROLE_L49
from .round56 import _sentence_bounds
from .round77 import _record
from .sources import SourceTable
from .sources42 import _each, _update

_PLURALS_93 = "|".join(sorted(ROLE_NOUNS_L49, key=len, reverse=True))
#: A subject's first word that leaves it unnamed: a quantifier or the role noun itself ("Dealers", "Some
#: analysts"; not "Russian officials", typed by their country).
_OPENERS_93 = frozenset({"some", "many", "several", "most", "other", "the"}) | ROLE_NOUNS_L49
#: An unnamed singular speaker: "an analyst", "one trader who asked ...", "the analyst".
UNNAMED_ONE_93 = re.compile(r"(?:an?|one|the|another)\s+(?:[a-z-]+\s+){0,2}[a-z]+(?:\s+(?:who|which)\b.*)?",
                            re.IGNORECASE | re.DOTALL)
#: A report on a broadcaster: "A report on Cable News Network", "a report by the X Network".
BROADCAST_REPORT_93 = re.compile(
    r"(?:an?|the)\s+(?:[a-z]+\s+)?report\s+(?:on|by|from|in)\s+(?P<outlet>(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}"
    r"(?:Network|Television|Radio|Broadcasting|Broadcasting\s+Corp|TV|News))$", re.IGNORECASE)
#: The outlet named again: "The cable program", "the television report".
OUTLET_AGAIN_93 = re.compile(r"the\s+(?:cable|television|TV|radio|network)\s+(?:program|programme|report|broadcast|"
                             r"network|channel|show)", re.IGNORECASE)
#: A company named by its role: "the company", "the group", "the firm".
COMPANY_ROLE_93 = re.compile(r"(?:the\s+)?(?:company|group|firm|concern|it|It)", re.IGNORECASE)
#: A ticker in angle brackets, with the exchange's suffix if any.
TICKER_93 = re.compile(r"<([A-Z][A-Z0-9]{0,6})(?:\.([A-Z]{1,2}))?>")
#: The company's name right before its ticker (or the ticker's "<"): capitalised words on one line, with "of",
#: "des", "&" between ("<Firm> Ltd <TICK.S>", "<Firm> Cie Generale <TICK.PA>"). The one pattern of the name before a
#: ticker: this round's "the company" and lead50's ticker tail as the parser's speaker both read it.
COMPANY_BEFORE_TICKER_93 = re.compile(
    r"(?<![\w&.'’-])([A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|and|&|de|des|du|la|le)[ \t]+)?[A-Z][\w&.'’-]*){0,5})"
    r"[ \t]*<?$")
#: The country (ISO alpha-2) of each exchange suffix the 1987 wire uses.
EXCHANGE_COUNTRY_93 = {"N": "US", "O": "US", "L": "GB", "T": "JP", "TO": "CA", "M": "CA", "PA": "FR", "F": "DE",
                       "AS": "NL", "MI": "IT", "Z": "CH"}
#: A company officer's role words in a speaker phrase: "group chairman <Name>" (lead50 types the holder ``person``).
COMPANY_OFFICER_93 = re.compile(r"\b(?:group|company|corporate)\s+(?:vice\s+)?(?:president|chairman|chief)\b")
#: "<Intro phrase>, <Name>, which / who <...>, (also) said (that) <clause>".
RELATIVE_SAID_93 = re.compile(
    r"(?:(?:In|On|At|Under|After|Before|Earlier|Later)\b[^,]{2,80},\s+)?"
    r"(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}),\s+(?:which|who)\s+[^\"“”]{3,200}?,\s+"
    r"(?:also\s+)?(?P<cue>said)\s+(?:that\s+)?")
#: "(In <time>) <role words> <Name> told <listeners> that <clause>".
TOLD_THAT_93 = re.compile(
    r"(?:(?:In|On|At|Earlier|Later)\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]+|today|yesterday|this\s+week|last\s+week)\s+)?"
    r"(?P<name>(?:(?:group|company|corporate|vice|deputy|executive|senior)\s+)*(?:president|chairman|chief|"
    r"director|spokesman|spokeswoman|manager)\s+(?:[A-Z][\w.'-]*(?:[\s-][A-Z][\w.'-]*){1,3}))\s+"
    r"(?P<cue>told)\s+(?:[a-z]+\s+){1,3}?that\s+")
#: "<Subject> (today) described <NP> as <...>": a short subject at the sentence's start (no comma).
DESCRIBED_AS_93 = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’&-]*)(?:\s+(?!described\b|today\b|yesterday\b|also\b|have\b|has\b)[\w.'’&-]+){0,4}?)"
    r"\s+(?:(?:today|yesterday|also|have|has|had)\s+)?(?P<cue>described)\s+(?!as\b)(?:[^,.;:\"“”\n]+?\s+)?as\s+")


def _spk(text: str, a: Attribution | AttributionSource) -> str:
    """A record's speaker phrase, its white space folded ("" with none); rounds 95, 98 and 99 use it too."""
    return " ".join(text[a.speaker.start:a.speaker.end].split()) if a.speaker is not None else ""


def _para_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _cue_in(out: list[Attribution], start: int, end: int) -> bool:
    return any(a.cue is not None and start <= a.cue.start < end for a in out)


def _covered(out: list[Attribution], pos: int) -> bool:
    return any(a.content.start <= pos < a.content.end for a in out)


def _missed_records(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """The two shapes the parse gave no record (module's notes)."""
    out = list(out)
    added: list[Attribution] = []
    starts = [m.end() for m in re.finditer(r"(?:^|\n|[.!?][\"”’']?[ \t]+)(?=[A-Z])", text)]
    for pattern in (RELATIVE_SAID_93, TOLD_THAT_93, DESCRIBED_AS_93):
        for s0 in starts:
            m = pattern.match(text, s0)
            if m is None or "\n" in m.group():
                continue
            start, end, mark = _sentence_bounds(text, m.start("cue"))
            if start != s0:
                continue  # only at the sentence's start
            if pattern is DESCRIBED_AS_93:
                own = [k for k, a in enumerate(out) if a.cue is not None and a.cue.start == m.start("cue")
                       and a.content.start >= m.end()]
                for k in own:  # "described X as Y, a sign that Z": the content is "X as Y ..." not "Z"
                    a = out[k]
                    body0 = m.end("cue") + 1
                    out[k] = a.model_copy(update={"content": a.content.model_copy(update={"start": body0}),
                                                  "start": min(a.start, body0)})
                if own:
                    continue
            if _cue_in(out + added, start, m.end("cue")) or _covered(out + added, m.start("cue")):
                continue
            content_end = end - len(mark) if mark == "." else end
            body = m.end() if pattern is not DESCRIBED_AS_93 else m.end("cue") + 1
            if content_end - body < 12:
                continue
            name = (m.start("name"), m.end("name"))
            rec = _record(text, name, (m.start("cue"), m.end("cue")), (body, content_end),
                          "attributions.v1:round93:missed-record", table, text[start:end])
            phrase = " ".join(text[name[0]:name[1]].split())
            same = next((b for b in out if b.speaker_name and b.named and
                         (b.speaker_name == phrase or b.speaker_name.split()[0] == phrase)), None)
            if same is not None:
                rec = rec.model_copy(update={"source_type": same.source_type, "speaker_name": same.speaker_name,
                                             "source_country": same.source_country, "named": True,
                                             "state_affiliated": same.state_affiliated})
            elif pattern is RELATIVE_SAID_93 and re.search(r",\s+which\s", m.group()) and \
                    rec.source_type in ("person", "anonymous", None):
                rec = rec.model_copy(update={"source_type": "organization", "named": True})
            if pattern is DESCRIBED_AS_93 and phrase.split()[0].lower() in _OPENERS_93 and \
                    UNNAMED_ROLE_L49.fullmatch(phrase[:1].lower() + phrase[1:]):
                rec = rec.model_copy(update={"source_type": "anonymous", "named": False, "source_country": None,
                                             "state_affiliated": False})
            elif pattern is DESCRIBED_AS_93 and rec.source_type == "person" and \
                    phrase.split()[-1].lower() in ROLE_NOUNS_L49:
                gov = phrase.split()[-1].lower() == "officials" and rec.source_country is not None
                rec = rec.model_copy(update={"source_type": "government" if gov else "anonymous", "named": False,
                                             "state_affiliated": gov,
                                             "source_country": rec.source_country if gov else None})
            if pattern is TOLD_THAT_93:
                person = re.search(r"[A-Z][\w.'-]*(?:[\s-][A-Z][\w.'-]*)+$", phrase)
                if person is not None:
                    rec = rec.model_copy(update={"speaker_name": person.group(), "named": True})
            added.append(rec)
    return out + added if added else out


def _pronoun_after_unnamed(text: str, out: list[Attribution]) -> list[Attribution]:
    """"he / she said" in the paragraph of an unnamed singular speaker's record is that speaker."""
    res = list(out)
    for i, a in enumerate(res):
        if a.speaker is None or _spk(text, a).lower() not in ("he", "she"):
            continue
        pstart, _ = _para_bounds(text, a.speaker.start)
        before = [b for b in res if b.speaker is not None and pstart <= b.speaker.start < a.speaker.start
                  and b is not a]
        if not before:
            continue
        model = max(before, key=lambda b: b.speaker.start if b.speaker is not None else -1)
        if model.named or model.source_type != "anonymous" or not UNNAMED_ONE_93.fullmatch(_spk(text, model)):
            continue
        assert model.speaker is not None
        res[i] = a.model_copy(update={
            "source_type": model.source_type, "speaker_name": model.speaker_name, "named": False,
            "source_country": model.source_country, "state_affiliated": model.state_affiliated,
            "affiliation": model.affiliation,
            "resolved_from": Span(start=model.speaker.start, end=model.speaker.end, label="antecedent", score=0.7,
                                  evidence="attributions.v1:round93:pronoun-after-unnamed")})
    return res


def _retype(text: str, out: list[Attribution]) -> list[Attribution]:
    res = []
    media: Attribution | None = None
    for a in sorted(out, key=lambda b: b.start):
        phrase = _spk(text, a)
        if a.speaker is not None and a.source_type == "report":
            m = BROADCAST_REPORT_93.fullmatch(phrase)
            if m is not None:
                outlet = re.sub(r"^the\s+", "", m.group("outlet"), flags=re.IGNORECASE)
                a = a.model_copy(update={"source_type": "media", "named": True, "speaker_name": outlet})
            elif media is not None and OUTLET_AGAIN_93.fullmatch(phrase):
                a = a.model_copy(update={"source_type": "media", "named": True, "speaker_name": media.speaker_name,
                                         "source_country": media.source_country})
        if a.source_type == "media" and a.named:
            media = a
        res.append(a)
    keep = {id(b): k for k, b in enumerate(sorted(out, key=lambda b: b.start))}
    return [res[keep[id(a)]] for a in out]


def company_before_ticker(text: str, end: int, reach: int = 120) -> tuple[int, str] | None:
    """The company named right before a ticker that starts at ``end`` (its "<" or its tail): the name's start and
    the name, or None."""
    m = COMPANY_BEFORE_TICKER_93.search(text, max(0, end - reach), end)
    return None if m is None else (m.start(1), m.group(1))


#: round80's anaphors of a company that spoke just before (any type): "the company / firm / corporation", "it".
COMPANY_ANAPHOR = re.compile(r"(?:[Tt]he\s+(?:company|firm|corporation)|[Ii]t)")


def _company_just_before(text: str, out: list[Attribution]) -> list[Attribution]:
    """round80's reach: "the company" / "it" (any type) whose nearest earlier speaker is a named ``organization``
    is that company, its name, type, country and affiliation, ``named`` (records and their sources alike)."""
    ordered = sorted((a for a in out if a.speaker is not None), key=lambda x: x.speaker.start)  # type: ignore
    chosen: dict[int, Attribution] = {}
    prev: Attribution | None = None
    for a in ordered:
        assert a.speaker is not None
        if COMPANY_ANAPHOR.fullmatch(_spk(text, a)) and prev is not None and \
                prev.source_type == "organization" and prev.named and prev.speaker_name:
            chosen[a.speaker.start] = prev
            continue
        prev = a

    def change(s: Attribution | AttributionSource) -> Attribution | AttributionSource:
        if s.speaker is None or s.speaker.start not in chosen or not COMPANY_ANAPHOR.fullmatch(_spk(text, s)):
            return s
        c = chosen[s.speaker.start]
        return _update(s, speaker_name=c.speaker_name, source_type=c.source_type, source_country=c.source_country,
                       state_affiliated=c.state_affiliated, affiliation=c.affiliation, named=True)
    return _each(out, change)


def _company_named(text: str, out: list[Attribution]) -> list[Attribution]:
    """"the company" / a company's own name typed organization, not named: the company that spoke just before
    (round80's rule, folded here in round 50), else the company the story names."""
    out = _company_just_before(text, out)
    named_orgs = [a for a in out if a.speaker is not None and a.named and a.source_type == "organization"
                  and a.speaker_name]
    names = {a.speaker_name for a in named_orgs}
    first = TICKER_93.search(text)
    res = []
    for a in out:
        sp = a.speaker
        if sp is not None and a.source_type == "organization" and not a.named:
            phrase = _spk(text, a)
            if a.speaker_name in names:
                a = a.model_copy(update={"named": True})
            elif COMPANY_ROLE_93.fullmatch(phrase):
                prior = [b for b in named_orgs if b.speaker is not None and b.speaker.start < sp.start]
                if prior:
                    last = max(prior, key=lambda b: b.speaker.start if b.speaker is not None else -1)
                    a = a.model_copy(update={"named": True, "speaker_name": last.speaker_name})
                elif first is not None and first.start() < sp.start:
                    head = company_before_ticker(text, first.start(), reach=first.start())
                    if head is not None:
                        a = a.model_copy(update={"named": True, "speaker_name": head[1]})
        res.append(a)
    return res


#: speed59: the last text asked about and its answer (the passes of rounds 93-106 ask about the same text for every
#: record): one entry, checked by identity, replaced as a whole (a tuple), so a thread reads a text's own answer.
_WIRE_TITLE_59: tuple[str | None, bool] = (None, False)


def _wire_title(text: str) -> bool:
    global _WIRE_TITLE_59
    last = _WIRE_TITLE_59
    if last[0] is text:
        return last[1]
    first, _, rest = text.partition("\n")
    letters = [c for c in first if c.isalpha()]
    found = bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters) and rest.startswith("\n")
    _WIRE_TITLE_59 = (text, found)
    return found


def _listing_country(text: str, out: list[Attribution]) -> list[Attribution]:
    """A dateline-less wire story's first listing gives its speakers with no country that country."""
    if not _wire_title(text):
        return out
    body = text.split("\n", 2)[2] if text.count("\n") >= 2 else ""
    if DATELINE_L47.match(body.lstrip("\n")):
        return out
    title = text.split("\n", 1)[0]
    m = TICKER_93.search(title) or TICKER_93.search(text)
    if m is None:
        return out
    country = "US" if m.group(2) is None else EXCHANGE_COUNTRY_93.get(m.group(2))
    if country is None:
        return out
    res = []
    for a in out:
        if a.speaker is not None and a.source_country is None and (
                a.source_type in ("organization", "person", "media")
                or (a.source_type == "government" and "federal" in _spk(text, a).lower() and country == "US")
                or (a.source_type == "government" and a.named and COMPANY_OFFICER_93.search(_spk(text, a)))):
            a = a.model_copy(update={"source_country": country})
        res.append(a)
    return res


def round93_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 93's rules, as the module's notes say."""
    out = [a for a in attributions
           if not re.fullmatch(r"\s*anonymity\s*", text[a.content.start:a.content.end], re.IGNORECASE)]
    out = _missed_records(text, out, table)
    out = _pronoun_after_unnamed(text, out)
    out = _retype(text, out)
    out = _company_named(text, out)
    return _listing_country(text, out)
