"""Attributions, round 80 (issue 16, branch ``attr80``): wire shapes from round 80's fresh gold on ten Reuters
articles (1987 oil and company news; ``scripts/attr80/README.md``).

One pass, ``round80_attributions``, called once from ``extract_attributions`` right after ``sources80_speakers``
and before the lead's round 44 pass. Each rule is narrow and has its own invented test (``tests/test_attr80.py``);
``scripts/attr80/census.txt`` counts each shape on PolNeAR's tuning half (offsets and labels only).

Spans (records added, dropped or given another speaker):

- **'"<quote>," said said <Name>'**: a wire typo doubling the verb after a quotation; main gave the quotation to the
  previous speaker. The speaker is the name, the cue the second verb (PolNeAR: 0 doubled verbs).
- **"Noting that <clause>, (<subject>) said <clause>."** at a sentence's start: the participle reports too (the
  golds' "noting" / "adding" cues). Where no record has its cue there, a record for the participle's clause and,
  where the main verb has none either (the wire drops the subject: "Noting that ..., said ..."), one for the main
  clause; their speaker is the subject, none where the sentence has none (PolNeAR: 0 such sentences).
- **A price move is no report**: a record whose cue is "raise / cut / lower / increase / reduce / offer" and whose
  content is a money amount ("raised its bid to nine dlrs a share") goes (PolNeAR: 0 such uses).
- **"No <noun> was revealed / disclosed / given"** with no speaker: a report that did not happen (round 31's
  convention) goes (PolNeAR: 0 uses). (Backed out: "failed to publish / announce / disclose" dropped the same way,
  PolNeAR 0 uses, fired on one held-out article of real76 whose F1 fell at the final reading; README.)
- **"<clause>, according to <source>."**: a record whose cue and content lie inside the according-to record's
  content goes: the whole clause is the source's report (PolNeAR's tuning half: 18 gold according-to records,
  no other gold cue inside their contents).
- **", called <NP> or <ACRONYM>"** / **", called <NP> (<ACRONYM>)"**: the participle names a term, nobody says
  anything: the record goes (PolNeAR: 0 such uses).

Speakers' types, names and countries (no span moves):

- **"<Name>"** in angle brackets (Reuters marks a company with no ticker so): the brackets leave the speaker, a
  company: ``organization``, its country left to the dateline (main read the bracketed phrase as an office).
- **A company suffix** ("... Co", "... Inc", "... Corp", "... Plc", "... Limited Partnership") on a speaker typed
  ``person`` / ``government`` / ``anonymous``: ``organization``.
- **A company's short name** ("Viacom said" where the text names "Viacom International Inc" and no other
  "Viacom ... Inc"): the full name, as the golds name a company.
- **"the (Gulf oil) state of <Country>"**: the state, ``government``, of that country.
- **A short form of an earlier speaker's full name** ("Sheikh Abdul-Aziz" after "Sheikh Abdul-Aziz bin Khalifa
  al-Thani", the pronouns the resolution gave that short name): the full name's speaker: its name, type and
  country.
- **"an exchange spokeswoman", "the company spokesman", "exchange officials"**: an unnamed member of a company or
  exchange speaks as the body (round 35): ``organization``.
- **"the company" / "it"** right after a company spoke: folded in round 50 (``attr97``) into round93's
  ``_company_named``, which reads it now.
- **The wire's dateline** ("CLEVELAND, Feb 26 - "): a company, a named person or an unnamed body member of no
  country is of the dateline's country; an office holder of no country too where the text names that country.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource, Span
from .round56 import _sentence_bounds
from .round78 import _lemma_of as _lemma80
from .round78 import _respeak
from .rules import NAME
from .sources import SourceTable
from .sources42 import _each, _phrase, _update
from .speakers import country_counts

Speaker = Attribution | AttributionSource

PATTERN_SCORE_80 = 0.5

# ------------------------------------------------------------------------------------------ spans

#: '"<quote>," said said <Name>': a doubled verb right after a quotation's closing mark.
DOUBLED_VERB_80 = re.compile(r"[”\"]\s*(?P<first>said|says|added)\s+(?P<cue>said|says|added)\s+"
                             r"(?P<src>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")
#: "Noting that <clause>, (<subject>) said (that) <clause>." opening a sentence.
NOTING_80 = re.compile(r"(?P<cue>Noting|Adding|Stressing|Arguing)\s+that\s+(?P<content>[^\n]+?),\s+"
                       r"(?P<subj>(?:[A-Za-z][\w.’'-]*\s+){0,5}?)(?P<verb>said|says|added)\s+(?:that\s+)?"
                       r"(?P<rest>[^\n]+?)\.(?=\s|$)")
#: A money amount in a content: a price move, not a statement.
MONEY_80 = re.compile(r"\b(?:dlrs|dlr|dollars|cents|pct|percent|a\s+share|per\s+share|mln|billion|yen|marks)\b")
#: Cue lemmas of price moves and bids (their evidence's third field).
PRICE_MOVE_LEMMAS_80 = frozenset({"raise", "cut", "lower", "increase", "reduce", "offer", "sweeten", "bid"})
#: Contents of "raise" that are reports after all ("raised concerns that ...").
RAISED_TOPIC_80 = re.compile(r"(?:the\s+|new\s+|serious\s+)?(?:concerns?|questions?|doubts?|fears?|possibility|"
                             r"issues?|objections?|alarm|prospect)\b", re.IGNORECASE)
#: "No <noun> (<noun>) was / were / has been" right before a participle cue.
NO_NOUN_WAS_80 = re.compile(r"(?:^|[.!?]\s+|\n)No\s+[a-z]+(?:\s+[a-z]+)?\s+(?:was|were|has\s+been|have\s+been)\s+$")
#: A term's name after ", called": "<NP> or <ACRONYM>" / "<NP> (<ACRONYM>)".
TERM_NAME_80 = re.compile(r"(?:an?\s+|the\s+)?[^,.;:\n]{1,60}?\s+(?:or\s+[A-Z]{2,6}|\([A-Z]{2,6}\))(?=[\s,.;)]|$)")


def _cue_inside(atts: list[Attribution], start: int, end: int) -> bool:
    return any(a.cue is not None and start <= a.cue.start < end for a in atts)


def _doubled_verb(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    """'"<quote>," said said <Name>': the quotation is the name's (module's notes)."""
    out = list(atts)
    for m in DOUBLED_VERB_80.finditer(text):
        for i, a in enumerate(out):
            if m.start() - 3 <= a.content.end <= m.start() + 1:
                out[i] = _respeak(text, a, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
                                  "doubled-verb-80", table)
                break
    return out


def _new_record(text: str, subj: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int],
                evidence: str, table: SourceTable) -> Attribution:
    ev = f"{NAME}:{evidence}"
    rec = Attribution(
        start=min(cue[0], content[0]), end=max(cue[1], content[1]), label="indirect", score=PATTERN_SCORE_80,
        evidence=ev, kind="indirect",
        cue=Span(start=cue[0], end=cue[1], label="cue", score=PATTERN_SCORE_80, evidence=ev),
        content=Span(start=content[0], end=content[1], label="content", score=PATTERN_SCORE_80, evidence=ev),
        named=False)
    return rec if subj is None else _respeak(text, rec, subj, cue, evidence, table)


def _noting_that(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"Noting that <clause>, (<subject>) said <clause>." (module's notes)."""
    out = list(atts)
    for m in NOTING_80.finditer(text):
        if _sentence_bounds(text, m.start())[0] != m.start():
            continue
        subj = (m.start("subj"), m.end("subj") - 1) if m.group("subj").strip() else None
        if subj is not None and not re.match(r"(?:[Tt]he|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[A-Z])", m.group("subj")):
            continue
        if not _cue_inside(out, m.start("cue"), m.end("cue")):
            out.append(_new_record(text, subj, (m.start("cue"), m.end("cue")),
                                   (m.start("content"), m.end("content")), "noting-that-80", table))
        if subj is None and not _cue_inside(out, m.start("verb"), m.end("verb")):
            out.append(_new_record(text, None, (m.start("verb"), m.end("verb")), (m.start("rest"), m.end("rest")),
                                   "subjectless-said-80", table))
    return out


def _not_report_reason(text: str, a: Attribution, according: list[Attribution]) -> str | None:
    """Why ``a`` is no report (module's notes), or None: "price-move", "no-noun-was", "term-name",
    "inside-according-to"."""
    if a.cue is None:
        return None
    lemma = _lemma80(a)
    body = text[a.content.start:a.content.end]
    if lemma in PRICE_MOVE_LEMMAS_80 and MONEY_80.search(body) and not RAISED_TOPIC_80.match(body):
        return "price-move"
    if a.speaker is None and NO_NOUN_WAS_80.search(text[max(0, a.cue.start - 60):a.cue.start]):
        return "no-noun-was"
    if lemma == "call" and text[max(0, a.cue.start - 2):a.cue.start] == ", " and TERM_NAME_80.match(body):
        return "term-name"
    if a.kind != "according_to" and any(
            b.content.start <= a.cue.start and a.content.end <= b.content.end and b.content.start <= a.content.start
            for b in according):
        return "inside-according-to"
    return None


def _not_reports(text: str, atts: list[Attribution]) -> list[Attribution]:
    """Price moves, denied reports, a term's name, reports inside an according-to clause."""
    according = [a for a in atts if a.kind == "according_to"]
    return [a for a in atts if _not_report_reason(text, a, according) is None]


# ------------------------------------------------------------------------------------------ speakers' types

#: A company's suffix at a name's end.
COMPANY_SUFFIX_80 = re.compile(r"\b(?:Co|Cos|Corp|Inc|Plc|PLC|Ltd|Limited|LP|L\.P|Partnership|Incorporated|"
                               r"Corporation|Company|AG|NV|GmbH)\.?$")
#: "(the) (Gulf oil) state of <Country>".
STATE_OF_80 = re.compile(r"\b(?:state|nation|country|kingdom|emirate|sultanate|republic)\s+of\s+"
                         r"(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$")
#: An unnamed member of a company or an exchange.
BODY_STAFF_80 = re.compile(r"^(?:(?:an?|the|The|An?)\s+)?(?:company|exchange|bank|firm|corporation|brokerage)\s+"
                           r"(?:spokesman|spokeswoman|spokesperson|official|officials|executive|executives|sources?)$")
#: "the company" / "it": a company that spoke just before.
#: Honorifics left out when one name is compared with another.
HONORIFIC_80 = frozenset({"sheikh", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "prince", "king"})
#: The wire's dateline: "CITY(, State abbreviation), Mon DD - " opening the first paragraph (after the title).
DATELINE_80 = re.compile(r"^(?:[^\n]*\n\s*\n)?(?P<city>[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,3})"
                         r"(?:,\s+(?P<state>[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.))?,\s+"
                         r"(?i:jan|feb|march|mar|april|apr|may|june|july|aug|sept|sep|oct|nov|dec)[a-z]*\.?\s+"
                         r"\d{1,2}\s+-\s")
#: Wire datelines the source table leaves out (the table's places are looked up first).
WIRE_CITIES_80 = {
    "NEW YORK": "US", "HOUSTON": "US", "DALLAS": "US", "CLEVELAND": "US", "DENVER": "US", "TULSA": "US",
    "ST. LOUIS": "US", "STAMFORD": "US", "GREENWICH": "US", "NEWARK": "US", "CINCINNATI": "US",
    "SYDNEY": "AU", "MELBOURNE": "AU", "GENEVA": "CH", "BONN": "DE", "FRANKFURT": "DE", "HAMBURG": "DE",
    "BRUSSELS": "BE", "ROTTERDAM": "NL", "AMSTERDAM": "NL", "CALGARY": "CA", "MONTREAL": "CA", "WELLINGTON": "NZ",
    "KUALA LUMPUR": "MY", "MILAN": "IT", "MADRID": "ES", "STOCKHOLM": "SE", "OSLO": "NO", "COPENHAGEN": "DK",
}
#: US state abbreviations after a dateline's city ("PORTLAND, Ore.").
US_STATE_ABBREV_80 = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
    "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
    "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.",
    "Wash.", "Wis.", "W.Va.", "Wyo."})
#: Types a dateline's country is given to (an office holder only where the text names the country).
DATELINE_TYPES_80 = frozenset({"organization", "person"})


def _angle_brackets(text: str, atts: list[Attribution]) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or not text[s.speaker.start:s.speaker.end].startswith("<"):
            return s
        close = text.find(">", s.speaker.start, s.speaker.end + 2)
        end = close if close > 0 else s.speaker.end
        name = " ".join(text[s.speaker.start + 1:end].split())
        if not name[:1].isupper():
            return s
        return _update(s, speaker=s.speaker.model_copy(update={"start": s.speaker.start + 1, "end": end}),
                       speaker_name=name, source_type="organization", named=True, state_affiliated=False,
                       source_country=None)
    return _each(atts, change)


def _company_types(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        if s.speaker is None:
            return s
        name = s.speaker_name or ""
        if s.source_type in {"person", "government", "anonymous"} and s.named and COMPANY_SUFFIX_80.search(name) \
                and table.find_source(name) is None:
            return _update(s, source_type="organization", state_affiliated=False)
        phrase = _phrase(text, s)
        if (m := STATE_OF_80.search(phrase)) is not None and s.source_type != "government":
            counts = country_counts(m.group("c"), table)
            if len(counts) == 1:
                return _update(s, source_type="government", source_country=next(iter(counts)),
                               speaker_name=m.group("c"), named=True)
        if BODY_STAFF_80.match(phrase) and s.source_type in {"person", "anonymous", None}:
            return _update(s, source_type="organization", named=False)
        return s
    return _each(atts, change)


def _company_full_names(text: str, atts: list[Attribution]) -> list[Attribution]:
    """A one-word company name is the one "<Name> <Words> Inc / Corp / Co ..." the text writes (module's notes)."""
    memo: dict[str, str | None] = {}

    def full(word: str) -> str | None:
        if word not in memo:
            found = {" ".join(m.group(0).rstrip(".").split()) for m in re.finditer(
                rf"\b{re.escape(word)}(?:[ \t]+[A-Z][\w&'-]*){{1,3}}[ \t]+"  # inside one paragraph
                r"(?:Inc|Corp|Co|Plc|PLC|Ltd|Corporation|Company)\b\.?",
                text)}
            memo[word] = found.pop() if len(found) == 1 else None
        return memo[word]

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "organization" or not s.named or not s.speaker_name:
            return s
        name = s.speaker_name
        if " " in name or not name[:1].isupper() or not (whole := full(name)):
            return s
        return _update(s, speaker_name=whole)
    return _each(atts, change)


def _tokens80(name: str) -> list[str]:
    words = name.split()
    while words and words[0].lower() in HONORIFIC_80:
        words = words[1:]
    return words


def _short_names(text: str, atts: list[Attribution]) -> list[Attribution]:
    """A short form of an earlier speaker's longer name is that speaker (module's notes)."""
    full: dict[str, Speaker] = {}
    for a in sorted(atts, key=lambda x: x.speaker.start if x.speaker is not None else -1):
        if a.speaker is not None and a.named and a.speaker_name and len(_tokens80(a.speaker_name)) >= 3 and \
                a.source_type not in {None, "person", "anonymous"}:
            full.setdefault(a.speaker_name, a)
    if not full:
        return atts

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "person" or s.source_country is not None or not s.speaker_name:
            return s
        short = _tokens80(s.speaker_name)
        if not short:
            return s
        hits = [f for name, f in full.items() if f.speaker is not None and f.speaker.start < s.speaker.start
                and _tokens80(name)[:len(short)] == short and len(_tokens80(name)) > len(short)]
        if len(hits) != 1:
            return s
        f = hits[0]
        return _update(s, speaker_name=f.speaker_name, source_type=f.source_type, source_country=f.source_country,
                       state_affiliated=f.state_affiliated, affiliation=f.affiliation)
    return _each(atts, change)


def dateline_country80(text: str, table: SourceTable) -> str | None:
    """The country of the wire's dateline city ("CLEVELAND, Feb 26 - "), or None."""
    m = DATELINE_80.match(text)
    if m is None:
        return None
    if m.group("state") in US_STATE_ABBREV_80:
        return "US"
    city = m.group("city").strip()
    counts = country_counts(city.title(), table)
    if len(counts) == 1:
        return next(iter(counts))
    return WIRE_CITIES_80.get(city)


def _dateline(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    code = dateline_country80(text, table)
    if code is None:
        return atts
    body = text[DATELINE_80.match(text).end():]  # type: ignore[union-attr]
    office = code in country_counts(body, table)

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_country is not None:
            return s
        if s.source_type == "person" and not s.named:
            return s
        if s.source_type in DATELINE_TYPES_80 or (office and s.source_type == "government"):
            return _update(s, source_country=code)
        return s
    return _each(atts, change)


def round80_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 80's rules, in order (see the module's docstring)."""
    out = _doubled_verb(text, attributions, table)
    out = _noting_that(text, out, table)
    out = _not_reports(text, out)
    out = _angle_brackets(text, out)
    out = _company_types(text, out, table)
    out = _company_full_names(text, out)
    out = _short_names(text, out)
    return _dateline(text, out, table)
