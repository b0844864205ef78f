"""Source typing, round 46 (issue 16, branch ``sources46``): fresh Lee wire gold (scripts/sources46/README.md).

Two entry points, called once each from ``extract_attributions``: ``sources46_candidates`` after round 61's
``round61_candidates`` (two cues the cascade misses: they add attributions, PolNeAR measured), and
``sources46_speakers`` after the last finished pass (round 63's ``round63_attributions``): names, types and
countries only.

- ``ruled_out_s46``: "the Federal Government (has) ruled out <what>" reports the government's decision (round 44's
  convention 7): a candidate with the government as speaker and the rest of the sentence as content.
- ``role_said_s46``: a sentence that ends "... <time> (<time>) hospital spokeswoman <Name> said." with no comma
  before the speaker phrase (round 43's development miss): the sentence before it is the content.
- ``hospital_spokes_s46``: "hospital spokeswoman <Name>" typed ``government`` is a ``person`` (round 43's gold:
  a local body's officer).
- ``federal_government_s46``: "the Federal Government" speaking is no proper name (rounds 27 and 44: named False,
  no name).

- ``central_bank_s46``: a central bank speaking ("The Reserve Bank says", "the Federal Reserve said", "the Bank of
  England") is a state agency, ``government`` (round 26's convention: agencies are ``government``), not a company;
  its country is the one its name gives ("of New Zealand", "Federal Reserve": US), and a bare "Reserve Bank" is
  Australia's where the article names Australia (or an Australian place) and no other country with a Reserve Bank.
  Every mention named like it ("The bank says", named "Reserve Bank" by the older back-reference pass) follows.
- ``name_punct_s46``: a speaker name read with an apposition's comma before it (", Wali Jan") loses it.
- ``surname_alone_s46``: a speaker left under a lone surname ("He" read as "Jan" after "Mr Jan said") is the one
  speaker named in full with that surname: its name, and its office's type and country (a governor's spokesman).
- ``relative_head_s46``: "<Role> <First Last>, who is ... in place of <role> <Other Name> says" named after the
  name inside the relative clause is the head before ", who".
- ``story_places_s46``: round 45's own-story reading (the speaker's sentence and the two either side; two
  mentions, twice any other country's) for every country, not Australia only, and for named office holders
  (``government``) as well as private people and bodies; the window also counts places the source table leaves
  out (Afghan cities of the 2001 war, a US "Town, State") and Australia's banks (an Australian bank's economist is
  of its country).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution, AttributionSource
from .cues import Candidate
from .round46 import _head_of
from .round50 import _offset_of as _offset46
from .sources import SourceTable
from .sources42 import _all as _all46
from .sources42 import _countries_found, _each, _names_updated, _update
from .sources42 import _phrase as _phrase46
from .sources43 import AU_PLACES_S43, US_TOWN_STATE_S43
from .sources45 import AU_MORE_S45, STORY_REACH_S45, _index45, _sentences45
from .speakers import country_counts

Speaker = Attribution | AttributionSource


# ------------------------------------------------------------------------------------------ central banks

#: A central bank's name as a whole speaker phrase.
CENTRAL_BANK_S46 = re.compile(r"(?:[Tt]he\s+)?(?P<bank>Reserve\s+Bank(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|"
                              r"Federal\s+Reserve(?:\s+Board)?|US\s+Federal\s+Reserve|European\s+Central\s+Bank|"
                              r"Bank\s+of\s+(?:England|Japan|Canada|France|Italy|Korea|Thailand|Israel))")
#: The country a central bank's name gives.
BANK_COUNTRY_S46 = {"Federal Reserve": "US", "Federal Reserve Board": "US", "US Federal Reserve": "US",
                    "Bank of England": "GB", "Bank of Japan": "JP", "Bank of Canada": "CA", "Bank of France": "FR",
                    "Bank of Italy": "IT", "Bank of Korea": "KR", "Bank of Thailand": "TH", "Bank of Israel": "IL",
                    "Reserve Bank of Australia": "AU", "Reserve Bank of New Zealand": "NZ",
                    "Reserve Bank of India": "IN", "Reserve Bank of Fiji": "FJ", "Reserve Bank of Zimbabwe": "ZW",
                    "Reserve Bank of Malawi": "MW", "Reserve Bank of South Africa": "ZA"}
#: Countries other than Australia with a central bank called "Reserve Bank" (named anywhere: a bare "Reserve Bank"
#: may be theirs).
OTHER_RESERVE_S46 = re.compile(r"\b(?:New\s+Zealand|India|Indian|Fiji|Zimbabwe|Malawi|South\s+Africa|"
                               r"South\s+African)\b")
#: Australia or an Australian place named in the article.
AUSTRALIA_S46 = re.compile(r"\bAustralia(?:n|ns|['’]s)?\b")


def _bare_reserve46(text: str) -> str | None:
    """AU where the article names Australia (or an Australian place) and no other country of a "Reserve Bank"."""
    if OTHER_RESERVE_S46.search(text):
        return None
    return "AU" if AUSTRALIA_S46.search(text) or AU_PLACES_S43.search(text) or AU_MORE_S45.search(text) else None


def central_bank_s46(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A central bank speaking is ``government`` of the country its name gives (see the module's docstring)."""
    banks: dict[str, str | None] = {}
    for s in _all46(attributions):
        if s.speaker is None or s.source_type not in ("organization", "person", "anonymous", "government"):
            continue
        m = CENTRAL_BANK_S46.fullmatch(_phrase46(text, s))
        if m is None:
            continue
        bank = " ".join(m.group("bank").split())
        country = BANK_COUNTRY_S46.get(bank)
        if bank == "Reserve Bank":
            country = _bare_reserve46(text)
        banks[bank] = country
        if s.speaker_name:
            banks.setdefault(str(s.speaker_name), country)
    if not banks:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type not in ("organization", "person", "anonymous", "government"):
            return s
        if s.source_type == "government" and s.source_country is not None:
            return s
        m = CENTRAL_BANK_S46.fullmatch(_phrase46(text, s))
        key = " ".join(m.group("bank").split()) if m is not None else s.speaker_name
        if key not in banks:
            return s
        return _update(s, source_type="government", source_country=s.source_country or banks[str(key)])
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ a lone surname

#: Types whose office gives a lone surname's mention its type.
OFFICE_TYPES_S46 = frozenset({"government", "politician"})


def surname_alone_s46(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A speaker named by a lone surname is the one speaker named in full with it (see the module's docstring)."""
    full: dict[str, set[str]] = {}
    fields: dict[str, Speaker] = {}
    for s in _all46(attributions):
        if s.speaker is None or not s.named or not s.speaker_name:
            continue
        words = str(s.speaker_name).split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue  # a person's "First Last", not a body's "US Mission in China" (whose last word is a country)
        full.setdefault(words[-1], set()).add(str(s.speaker_name))
        best = fields.get(str(s.speaker_name))
        if best is None or (best.source_type not in OFFICE_TYPES_S46 and s.source_type in OFFICE_TYPES_S46):
            fields[str(s.speaker_name)] = s
    if not full:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or not s.named or not s.speaker_name or " " in str(s.speaker_name):
            return s
        names = full.get(str(s.speaker_name))
        if not names or len(names) != 1:
            return s
        name = next(iter(names))
        other = fields[name]
        update: dict[str, object] = {"speaker_name": name}
        if s.source_type in ("person", "anonymous") and other.source_type in OFFICE_TYPES_S46:
            update["source_type"] = other.source_type
        if s.source_country is None and other.source_country is not None:
            update["source_country"] = other.source_country
        if s.affiliation is None and other.affiliation is not None:
            update["affiliation"] = other.affiliation
        return _update(s, **update)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ a relative clause

#: A capitalised name of two words or more at the end of the words before ", who".
HEAD_NAME_S46 = re.compile(r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)+)\s*$")


def relative_head_s46(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A speaker phrase "<Name>, who ... <Other Name>" named after the clause's name is <Name> (the longest tail of
    the capitalised words before ", who" that names another speaker, else those words without a hyphenated
    common noun: "Leg-spinner")."""
    known = {str(s.speaker_name) for s in _all46(attributions) if s.speaker is not None and s.named and s.speaker_name}

    def head(words: list[str]) -> str | None:
        for i in range(len(words) - 1):
            if " ".join(words[i:]) in known:
                return " ".join(words[i:])
        kept = [w for w in words if not re.search(r"-[a-z]", w)]
        return " ".join(kept) if len(kept) > 1 else None

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or not s.named or not s.speaker_name:
            return s
        phrase = _phrase46(text, s)
        cut = phrase.find(", who ")
        if cut < 0:
            return s
        before, after = phrase[:cut], phrase[cut:]
        m = HEAD_NAME_S46.search(before)
        name = str(s.speaker_name)
        if m is None or name in before or name not in after:
            return s
        chosen = head(m.group("name").split())
        return s if chosen is None else _update(s, speaker_name=chosen)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ the own story's places

#: Places of Afghanistan the source table leaves out (wire copy of the 2001 war names them alone).
AF_PLACES_S46 = re.compile(r"\b(?:Kandahar|Jalalabad|Kunduz|Mazar-e-Sharif|Mazar-i-Sharif|Herat|Bagram|Baghram|"
                           r"Tora\s+Bora|Spin\s+Boldak|Khost|Gardez)\b")
#: Australia's banks (a bank's economist in a story of rates is of its country).
AU_BANKS_S46 = re.compile(r"\b(?:Westpac|ANZ|Commonwealth\s+Bank|National\s+Australia\s+Bank|NAB|St\s+George\s+Bank|"
                          r"Macquarie\s+Bank)\b")
#: A bare "Reserve Bank" (counted for Australia where ``_bare_reserve46`` gives it Australia's).
BARE_RESERVE_S46 = re.compile(r"\bReserve\s+Bank\b(?!\s+of)")
#: The types a story's country is given to here: Australia's (the wire's home: private people and bodies as round
#: 45 did, office holders as well); another country's only to its office holders (a private speaker or an
#: international body in a foreign story is often of another country: the WHO's head in a Madagascar story).
STORY_TYPES_S46 = frozenset({"person", "organization", "government"})
FOREIGN_STORY_TYPES_S46 = frozenset({"government"})


def _story_counts46(window: str, table: SourceTable, reserve_au: bool) -> dict[str, int]:
    counts = country_counts(window, table)
    au = len(AU_PLACES_S43.findall(window)) + len(AU_MORE_S45.findall(window)) + len(AU_BANKS_S46.findall(window))
    if reserve_au:
        au += len(BARE_RESERVE_S46.findall(window))
    if au:
        counts["AU"] = counts.get("AU", 0) + au
    extra = {"AF": len(AF_PLACES_S46.findall(window)), "US": len(US_TOWN_STATE_S43.findall(window))}
    for code, n in extra.items():
        if n:
            counts[code] = counts.get(code, 0) + n
    return counts


def story_places_s46(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Named speakers of no country take their own story's one country (see the module's docstring)."""
    sentences = _sentences45(text)
    memo: dict[int, str | None] = {}
    reserve_au = _bare_reserve46(text) == "AU"

    def story(pos: int) -> str | None:
        i = _index45(sentences, pos)
        if i not in memo:
            a = sentences[max(0, i - STORY_REACH_S45)][0]
            b = sentences[min(len(sentences) - 1, i + STORY_REACH_S45)][1]
            ranked = sorted(_story_counts46(text[a:b], table, reserve_au).items(), key=lambda kv: -kv[1])
            top = ranked[0] if ranked else ("", 0)
            memo[i] = top[0] if top[1] >= 2 and (len(ranked) < 2 or top[1] >= 2 * ranked[1][1]) else None
        return memo[i]

    found: dict[str, str] = {}
    clash: set[str] = set()
    for s in _all46(attributions):
        if s.speaker is None or s.source_country is not None or not s.named or not s.speaker_name or \
                s.source_type not in STORY_TYPES_S46:
            continue
        code = story(s.speaker.start)
        if code is None or (code != "AU" and s.source_type not in FOREIGN_STORY_TYPES_S46):
            continue
        name = str(s.speaker_name)
        if found.setdefault(name, code) != code:
            clash.add(name)
    for name in clash:
        del found[name]
    if not found:
        return attributions
    return _countries_found(attributions, found, STORY_TYPES_S46)


# ------------------------------------------------------------------------------------------ a name's stray comma

#: Punctuation left before or after a name ("Governor X, Y" read with its comma: ", Y").
STRAY_PUNCT_S46 = re.compile(r"^[\s,;:]+|[\s,;:]+$")


def name_punct_s46(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A speaker name read with the comma of an apposition before it (", Wali Jan") is the name alone."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or not s.speaker_name:
            return s
        name = STRAY_PUNCT_S46.sub("", str(s.speaker_name))
        return s if name == s.speaker_name or not name else _update(s, speaker_name=name)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ candidates

#: "the Federal Government (has) ruled out <what>".
RULED_OUT_S46 = re.compile(r"\b(?P<sp>[Tt]he[^\S\n]+(?:Federal[^\S\n]+|State[^\S\n]+|[A-Z][a-z]+[^\S\n]+)?"
                           r"Government)[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?(?P<cue>ruled[^\S\n]+out)"
                           r"[^\S\n]+(?P<what>[^.!?\n\"“”]{3,200}?)[.!?]")
#: "... <no comma> <lowercase role> <First Last> said." at a sentence's end.
ROLE_SAID_S46 = re.compile(r"(?<=[\w)])[^\S\n]+(?P<sp>(?:[a-z]+[^\S\n]+){0,2}(?:spokes(?:man|woman|person)|"
                           r"official|superintendent|inspector)[^\S\n]+[A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+)+)"
                           r"[^\S\n]+(?P<cue>said|says)[.]")
#: A sentence's start before a position: after a stop (and a closing mark) and a space, or a line's start.
SENTENCE_START_S46 = re.compile(r"[.!?][\"”’']?\s+")


def _sentence_start46(text: str, pos: int) -> int:
    line = text.rfind("\n", 0, pos) + 1
    return max(line, max((m.end() for m in SENTENCE_START_S46.finditer(text, line, pos)), default=line))


def sources46_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Round 46's two cues (see the module's docstring), where no candidate holds the cue already."""
    cues = {c.cue[0] for c in candidates if c.cue is not None}
    taken = [c.content for c in candidates]
    out = list(candidates)
    for m in RULED_OUT_S46.finditer(text):
        what = (m.start("what"), m.end("what"))
        if m.start("cue") in cues or any(a <= what[0] < b for a, b in taken):
            continue
        sp = (m.start("sp"), m.end("sp"))
        out.append(Candidate(kind="indirect", content=what, speaker=sp, cue=(m.start("cue"), m.end("cue")),
                             score=0.6, evidence="attribution:ruled-out-s46", speaker_head=_head_of(doc, *sp),
                             offset=_offset46(doc, sp[0])))
    for m in ROLE_SAID_S46.finditer(text):
        start = _sentence_start46(text, m.start())
        content = (start, m.start())
        if m.start("cue") in cues or len(text[start:m.start()].split()) < 4 or \
                any(a <= content[0] < b or content[0] <= a < content[1] for a, b in taken):
            continue
        sp = (m.start("sp"), m.end("sp"))
        out.append(Candidate(kind="indirect", content=content, speaker=sp, cue=(m.start("cue"), m.end("cue")),
                             score=0.6, evidence="attribution:role-said-s46", speaker_head=_head_of(doc, *sp),
                             offset=_offset46(doc, sp[0])))
    out.sort(key=lambda c: (c.content[0], c.content[1]))
    return out


# ------------------------------------------------------------------------------------------ "the Federal Government"

#: "the Federal Government" as a whole speaker phrase.
FEDERAL_GOVERNMENT_S46 = re.compile(r"(?:[Tt]he\s+)?(?:Federal|federal|Commonwealth)\s+[Gg]overnment")


def federal_government_s46(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"The Federal Government" speaking is unnamed (rounds 27 and 44's golds)."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "government" or not s.named:
            return s
        if not FEDERAL_GOVERNMENT_S46.fullmatch(_phrase46(text, s)):
            return s
        return _update(s, named=False, speaker_name=None)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ a hospital's spokesman

#: "hospital spokeswoman <Name>": a hospital's officer (round 43's gold: a local body's, ``person``).
HOSPITAL_SPOKES_S46 = re.compile(r"(?:[Aa]\s+|[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)*[Hh]ospital\s+"
                                 r"spokes(?:man|woman|person)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+)")


def hospital_spokes_s46(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A hospital's named spokesman typed ``government`` is a ``person`` (every mention of the name)."""
    names = set()
    for s in _all46(attributions):
        if s.speaker is not None and s.source_type == "government":
            m = HOSPITAL_SPOKES_S46.fullmatch(_phrase46(text, s))
            if m is not None and m.group("name") == s.speaker_name:
                names.add(m.group("name"))
    if not names:
        return attributions
    return _names_updated(attributions, names, ("government",), source_type="person")


def sources46_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 46's passes (see the module's docstring), in this order."""
    out = name_punct_s46(text, attributions)
    out = central_bank_s46(text, out)
    out = federal_government_s46(text, out)
    out = hospital_spokes_s46(text, out)
    out = relative_head_s46(text, out)
    out = surname_alone_s46(text, out)
    return story_places_s46(text, out, table)
