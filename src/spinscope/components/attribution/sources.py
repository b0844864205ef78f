"""The source table (``resources/sources.toml``) and the typing of a speaker phrase."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

from ..core import GEORGIA_US_AFTER, GEORGIA_US_BEFORE
from .rules import DOCUMENT_NOUNS, SOURCE_TYPE_KEYWORDS, SOURCES_FILE, STATE_DESCRIPTIONS, TITLE_WORDS

# ------------------------------------------------------------------------------------------ source table


@dataclass(frozen=True)
class SourceEntry:
    name: str
    type: str
    country: str | None = None
    state_affiliated: bool = False
    aliases: tuple[str, ...] = ()
    #: who owns or controls the source and who says so (for state-affiliated entries)
    evidence: str | None = None


@dataclass(frozen=True)
class PersonEntry:
    name: str
    country: str | None
    role: str
    aliases: tuple[str, ...] = ()


@dataclass
class SourceTable:
    """The bundled table plus the user's: outlets and bodies, people known by title, country words.

    Lookups use one compiled alternation per kind (built on first use), so their cost grows with the text and not
    with the number of entries times the text.
    """

    sources: list[SourceEntry] = field(default_factory=list)
    people: list[PersonEntry] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)
    _compiled: dict[str, tuple[re.Pattern[str], dict[str, object]]] = field(default_factory=dict, repr=False)

    def _pattern(self, kind: str) -> tuple[re.Pattern[str], dict[str, object]]:
        if kind not in self._compiled:
            forms: dict[str, object] = {}
            if kind == "sources":
                for entry in self.sources:
                    for form in (entry.name, *entry.aliases):
                        forms.setdefault(form, entry)
                left, right = r"(?<![\w-])", r"(?![\w-])"
            elif kind == "people":
                for person in self.people:
                    for form in (person.name, *person.aliases):
                        forms.setdefault(form, person)
                left, right = r"\b", r"\b"
            else:
                forms = dict(self.countries)
                left, right = r"(?<![\w.])", r"(?!\w)"
            alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!)"
            self._compiled[kind] = (re.compile(f"{left}(?:{alternation}){right}"), forms)
        return self._compiled[kind]

    def find_source(self, text: str) -> tuple[SourceEntry, str] | None:
        """The longest table name or alias found as whole words in ``text``, with the form that matched. A name
        the table writes with "The" is found after a lowercase "the" too ("the Intercept reported" is the outlet
        listed as "The Intercept"); the form returned is the table's."""
        pattern, forms = self._pattern("sources")
        found = [m.group(0) for m in pattern.finditer(text)]
        if "the " in text:
            # "the" -> "The" keeps every offset; only forms that begin with "The" gain from it
            found += [f for m in pattern.finditer(re.sub(r"\bthe(?= [A-Z])", "The", text))
                      if (f := m.group(0)).startswith("The ")]
        best = max(found, key=len, default=None)
        return (forms[best], best) if best is not None else None  # type: ignore[return-value]

    def source_at(self, text: str, pos: int) -> int | None:
        """The end of the longest table name or alias that starts at ``pos`` in ``text``, or None."""
        pattern, _ = self._pattern("sources")
        m = pattern.match(text, pos)
        return m.end() if m else None

    def find_person(self, text: str) -> PersonEntry | None:
        pattern, forms = self._pattern("people")
        m = pattern.search(text)
        return forms[m.group(0)] if m else None  # type: ignore[return-value]

    def country_in(self, text: str) -> str | None:
        """The country named or described first in ``text`` (longest form at that place), leaving out a country
        that is only the subject of an office ("the coordinator for Iran deal implementation", "envoy on Syria
        policy"): the office holder is no citizen of it."""
        pattern, forms = self._pattern("countries")
        for m in pattern.finditer(text):
            if m.group(0) == "Georgia" and (GEORGIA_US_AFTER.match(text, m.end()) or
                                            GEORGIA_US_BEFORE.search(text[max(0, m.start() - 12):m.start()])):
                return "US"  # "Georgia Gov. Brian Kemp", "Sen. Jon Ossoff (D-Georgia)": the US state
            if SIDE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "an outspoken backer of the Ukrainian war effort" is no Ukrainian
            if not (TOPIC_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                    and re.match(r"\s+[a-z]", text[m.end():])):
                return forms[m.group(0)]  # type: ignore[return-value]
        return None


#: A preposition that makes the country after it the subject of an office when a noun follows the country.
TOPIC_BEFORE = re.compile(r"\b(?:for|to|on|over|towards?|against|about)\s+(?:the\s+)?$")
#: A side taken on a country's cause: the country after it is what the speaker backs or opposes, not theirs.
SIDE_BEFORE = re.compile(r"\b(?:backer|supporter|critic|opponent|advocate|proponent|champion|sceptic|skeptic|"
                         r"defender|friend|foe|enemy|ally)s?\s+of\s+(?:the\s+)?$", re.I)


def load_source_table(extra: Sequence[str | Path] = ()) -> SourceTable:
    """The bundled table plus extra TOML files (``SPINSCOPE_SOURCES`` and ``extra``), later files overriding."""
    paths: list[Path] = [SOURCES_FILE]
    env = os.environ.get("SPINSCOPE_SOURCES")
    if env:
        paths += [Path(p) for p in env.split(os.pathsep) if p]
    paths += [Path(p) for p in extra]
    return _load_tables(tuple(str(p) for p in paths))


@lru_cache(maxsize=8)
def _load_tables(paths: tuple[str, ...]) -> SourceTable:
    table = SourceTable()
    by_name: dict[str, SourceEntry] = {}
    people: dict[str, PersonEntry] = {}
    for path in paths:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ValueError(f"source table {path}: {exc}") from exc
        for item in data.get("source", []):
            entry = SourceEntry(name=item["name"], type=item.get("type", "media"), country=item.get("country"),
                                state_affiliated=bool(item.get("state_affiliated", False)),
                                aliases=tuple(item.get("aliases", ())),
                                evidence=item.get("evidence") or item.get("reference"))
            by_name[entry.name] = entry
        for item in data.get("person", []):
            person = PersonEntry(name=item["name"], country=item.get("country"), role=item.get("role", "official"),
                                 aliases=tuple(item.get("aliases", ())))
            people[person.name] = person
        table.countries.update(data.get("countries", {}))
    table.sources, table.people = list(by_name.values()), list(people.values())
    return table


#: Common nouns of evidence and documents that "show", "suggest" or "say" (typed report, not person).
EVIDENCE_NOUNS = frozenset({
    *DOCUMENT_NOUNS, "data", "datum", "figure", "record", "slide", "video", "footage", "audio", "photo", "photograph",
    "image", "picture", "chart", "graph", "map", "email", "e-mail", "memo", "brief", "filing", "transcript",
    "recording", "tape", "book", "tweet", "average", "estimate", "statistic", "research", "evidence", "finding",
    "result", "model", "projection", "tally", "count", "return", "poll", "survey", "census", "index", "story",
    "website", "page", "message", "text", "letter", "presentation", "review", "audit", "investigation",
    "alert", "notification", "notice", "advisory", "bulletin", "memorandum", "cable", "circular", "warning",
    "indictment", "complaint", "affidavit", "lawsuit", "ruling", "verdict", "judgment", "judgement", "subpoena",
    "warrant", "testimony", "deposition", "motion", "petition", "suit", "constitution", "charter", "treaty",
    "encyclopedia", "encyclopaedia", "dossier", "factsheet", "leaflet", "pamphlet", "brochure", "manual",
    # "according to the redacted version", "a search of his computer showed": a text or a search, no person
    "version", "draft", "copy", "search", "analysis", "log", "logs", "file", "files", "application", "records",
    "probe", "inquiry", "enquiry", "forecast", "prediction"})
#: Where the description of a speaker ends and a relative clause or an alias begins.
RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|whom|whose|which|that)\s"
                             r"|,?\s+(?:formally|also|better|officially)\s+known\s+as\b")
#: Common nouns for states ("the two countries").
#: ("the judiciary said": a state's courts as the head noun; not "the Senate Judiciary Committee", a legislature's)
STATE_NOUNS = frozenset({"country", "nation", "state", "government", "regime", "capital", "intelligence",
                         "judiciary"})
#: Common nouns for bodies that are not people ("an arbitration panel").
BODY_NOUNS = frozenset({"panel", "board", "bureau", "authority", "company", "firm", "corporation", "bank", "union",
                        "association", "organization", "organisation", "group", "coalition", "campaign", "court",
                        "tribunal", "jury", "network", "school", "church", "club", "team", "fund", "foundation",
                        "charity", "startup", "start-up", "business", "manufacturer", "retailer", "maker", "airline",
                        "institute", "university", "hospital", "laboratory", "lab",
                        # a body's management and an event's organisers speak for it, not for themselves
                        "management", "organizer", "organiser"})
#: A business by what it is ("the bar announced", "the restaurant said"): a body, no one person, and one that
#: "they" can mean ("the bar announced ... On their Facebook page, they wrote").
BUSINESS_NOUNS = frozenset({"bar", "pub", "restaurant", "nightclub", "nightspot", "cafe", "café", "shop", "store",
                            "brewery", "hotel", "venue", "company", "firm", "corporation", "chain", "retailer"})
BODY_NOUNS = BODY_NOUNS | BUSINESS_NOUNS


#: The last words of companies' names ("Cox Automotive", "Delta Air Lines"): a body, whatever the tagger says.
COMPANY_NAME_HEADS = frozenset({"automotive", "motors", "airlines", "airways", "holdings", "industries",
                                "technologies", "pharmaceuticals", "inc", "inc.", "corp", "corp.", "ltd", "ltd.",
                                "llc", "plc", "gmbh", "analytics", "insights", "securities", "bancorp", "ratings"})
#: Titles of clergy before a name ("Pope Pius VI", "Cardinal X"): a person, whatever the tagger says.
CLERGY_TITLE = re.compile(r"(?:Pope|Cardinal|Archbishop|Bishop|Patriarch|Metropolitan|Rabbi|Imam|Ayatollah|"
                          r"Father|Rev\.|Reverend)\s+[A-Z]")
#: A site's name written as its address ("Bloomberg.com", "Breitbart.com"): an outlet.
SITE_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]*\.(?:com|net|co\.uk|news|tv)")
#: What a body puts online: "the group's website", "the website of the organisation" speak for the body.
ONLINE_NOUNS = frozenset({"website", "site", "webpage", "homepage"})

#: The last words of bodies' names ("Youth Voices Network", "Clean Air Alliance"), not of places or state bodies.
BODY_NAME_HEADS = frozenset({"network", "foundation", "association", "union", "league", "alliance", "federation",
                             "society", "coalition", "fund", "group", "company", "corporation", "project",
                             "campaign", "initiative", "watch", "trust", "club", "collective", "movement"})


def surname_like_outlet(head: Token | None, form: str) -> bool:
    """Is a table outlet's one-word name (``form``) the surname of a person the tagger names in full at ``head``
    ("Former Mayor Michael Bloomberg announced": a person, not the agency)?"""
    if head is None or " " in form.strip() or head.ent_type_ != "PERSON" or head.text != form.strip():
        return False
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    return ent is not None and len(ent) > 1


#: A company's or a lobby's office for dealing with governments ("government affairs", "public policy").
LOBBY_OFFICE = re.compile(r"\b(?:government|governmental|public|regulatory|legislative)\s+(?:affairs|relations)\b")


#: A state's office named after "the country's" ("The country's health chief X", "the nation's top prosecutor"):
#: an official of the country the text named last.
COUNTRY_OFFICE = re.compile(r"\b(?:[Tt]he\s+)?(?:country|nation)['’]s\s+(?:(?:top|chief|new|former|deputy|senior|"
                            r"health|finance|defen[cs]e|foreign|interior|security|army|police|intelligence|spy|"
                            r"trade|economy|energy|education|justice|election|electoral|military)\s+){0,3}"
                            r"(?:chief|head|boss|tsar|czar|minister|prosecutor|spokes(?:man|woman|person)|official)\b")

#: Last words of the names of bodies of members (not "Union": the European Union is a union of states).
MEMBERS_BODY_HEADS = frozenset({"association", "federation", "club", "society", "guild", "foundation"})
#: The press as a whole by its reports ("Media reports", "press reports"): unnamed outlets.
MEDIA_REPORTS = re.compile(r"(?:[Ss]ome\s+|[Tt]he\s+)?(?:[Mm]edia|[Pp]ress|[Nn]ews)\s+reports")
#: A company by the service it runs, before its name ("French rail operator SNCF", "airport operator Aena").
OPERATOR_COMPANY = re.compile(r"\b(?:rail(?:way)?|airport|airline|network|grid|telecoms?|mobile|port|pipeline|power|"
                              r"nuclear|train|bus|ferry|tour|satellite|cable|utility|energy|gas|water|motorway|"
                              r"toll[- ]road|transmission|metro|subway|tram|casino|hotel)\s+operator\s+[A-Z]")
#: A spokesman's office named by the press it speaks to ("the press secretary", "a press officer"): no outlet's.
PRESS_OFFICE = re.compile(r"\bpress\s+(?:secretary|secretaries|officer|office|attach[eé])\b")


#: Last words of the names of texts (treaties, laws, charters): "the Paris Agreement", "the Fourth Amendment".
TEXT_NAME_HEADS = frozenset({"agreement", "treaty", "accord", "accords", "amendment", "constitution", "act",
                             "charter", "convention", "protocol", "declaration", "resolution", "code", "pact"})


#: Lead, round 37: a word of alignment before a speaker's common noun ("pro-Kremlin bloggers", "anti-Kremlin
#: activists", "pro-Russian separatists"): it says whose side they take, not whose body they belong to. Before a
#: capitalised word it is part of a name ("the Anti-Defamation League") and stays.
ALIGNED_TO_37 = re.compile(r"\b(?:pro|anti)[-\u2010\u2011]\w[\w-]*(?=\s+(?-i:[a-z]))", re.IGNORECASE)


@lru_cache(maxsize=4)
def _keyword_patterns_44(table: tuple[tuple[str, tuple[str, ...]], ...]
                         ) -> tuple[tuple[str, re.Pattern[str] | None], ...]:
    """Each label of ``table`` with one compiled pattern for its words less "agency" (round 43, speed44): a
    whole-word match of any one of the words, which ``_type_source`` used to compile per word and per phrase
    (114 patterns, past the ``re`` cache). An alternation ``\b(?:w1|w2|...)\b`` matches somewhere iff one of the
    words does (the engine tries every alternative at every position); None for a label with no word left."""
    out = []
    for label, words in table:
        kept = [re.escape(w) for w in words if w != "agency"]
        out.append((label, re.compile(rf"\b(?:{'|'.join(kept)})\b") if kept else None))
    return tuple(out)


def _type_source(phrase: str, head: Token | None, table: SourceTable, *, anonymous: bool,
                 context: str) -> tuple[str, str | None, bool, str | None]:
    """(source type, country, state-affiliated, affiliation) of a speaker phrase.

    A relative clause or an alias in the phrase tells what the speaker did or what a thing is called, not who
    the speaker is: "Sen. X, the Ohio Republican who opposed the Iran deal" is no Iranian, so it is left out.
    """
    phrase = RELATIVE_CLAUSE.split(phrase, maxsplit=1)[0]
    if (aligned := ALIGNED_TO_37.sub(" ", phrase)).strip():
        phrase = aligned  # lead, round 37: "pro-Kremlin bloggers", "anti-Kremlin activists" are no Kremlin
    # "vice president for government affairs at X", "head of government relations": a company's or a lobby's
    # office that deals with governments, no government's own
    lower = LOBBY_OFFICE.sub(" ", f" {phrase.lower()} ")
    entry = table.find_source(phrase)
    if entry is not None and surname_like_outlet(head, entry[1]):
        entry = None  # "Michael Bloomberg", not the Bloomberg agency
    country = table.country_in(phrase)
    state = bool(STATE_DESCRIPTIONS.search(phrase))
    affiliation = None
    if entry is not None:
        src, form = entry
        affiliation = src.name
        country = country or src.country
        state = state or src.state_affiliated
        head_in_entry = head is not None and head.text in form
        if head_in_entry or head is None:
            return src.type, country, state, None
    if anonymous and OFFICIALS_AT_PLACE.fullmatch(" ".join(phrase.split())):
        # "Officials at the hospital" (round 38): officials of a public place named by its common noun, the state's
        # (round 36's gold), no anonymous people
        return "government", country, True, affiliation
    if anonymous and entry is not None and entry[0].type == "organization" and (head is None or head.text not in
                                                                            entry[1]):
        country = table.country_in(phrase)  # "many users of Facebook": of no company's country (round 38)
    if anonymous:
        return "anonymous", country, state, affiliation
    if entry is None and (body := member_body(head)) is not None:
        # "experts at the World Economic Forum in Davos", "a World Health Organization doctor": unnamed people of
        # a named body speak for it; typed as the body (an organization where nothing else types it), of the
        # body's country, not of the place where they spoke
        body_type, body_country, body_state, _ = _type_source(body.text, body.root, table, anonymous=False,
                                                               context="")
        if body.root.lower_ in LEGISLATURES:
            body_type = "politician"  # "a former Senate staffer": legislators' staff
        elif body_type in (None, "person"):
            body_type = "organization"
        return body_type, body_country, body_state, re.sub(r"^the\s+", "", body.text, flags=re.IGNORECASE)
    source_type: str | None = None
    head_word = head.lemma_.lower() if head is not None else ""
    if source_type is None and head is not None and head.lower_ == "agencies" and not re.search(
            r"\b(?:news|press|wire|photo|media|advertising|talent|travel|aid|relief)\b", lower):
        source_type = "government"  # "the agencies involved", "the agencies refused": a state's, no newsrooms
    if entry is not None and head_word == "agency" and entry[0].type != "media":
        source_type = entry[0].type  # "the UN refugee agency": the body's agency, no news agency
    if (entry is None or entry[0].type == "government") and head is not None and head.pos_ == "PROPN" and \
            head.lower_ in MEMBERS_BODY_HEADS and head.i > 0 and \
            (head.doc[head.i - 1].pos_ == "PROPN" or head.doc[head.i - 1].text in ("'", "’", "'s", "’s")) and \
            phrase.rstrip().endswith(head.text):
        # "the White House Correspondents’ Association", "the Police Federation": a body of people who work for or
        # beside a state, named by the state's words, no state body (an outlet's "News Foundation" stays an outlet)
        source_type = "organization"
    if STATES_GROUP_MEMBERS.fullmatch(" ".join(phrase.split())):
        # "G20 members", "Members of the G7", "NATO member countries": the states of a group of states speak, of
        # no one country (the group's staff are an organization's: "NATO officials")
        return "government", None, True, None
    if MEDIA_REPORTS.fullmatch(" ".join(phrase.split())):
        source_type = "media"  # "Media reports have suggested ...": the press, unnamed, no document
    if source_type is None and RATING_AGENCY.search(phrase):
        source_type = "organization"  # "the credit rating agency Moody's", "Fitch Ratings": a company, no newsroom
    for label, words in SOURCE_TYPE_KEYWORDS:  # the head noun first ("a study by the Institute" is a report)
        if source_type is None and head_word in words:
            source_type = label
            break
    if source_type == "media" and entry is None and NAMED_AGENCY.search(phrase) and not NEWS_AGENCY_WORDS.search(
            phrase):
        # "The International Energy Agency", "the Environmental Protection Agency": a body named an agency is no news
        # agency; one of states together is an organization, one of a state's government
        source_type = "organization" if INTERNATIONAL_BODY.search(phrase) else "government"
    if source_type is None and head is not None and head.pos_ == "NOUN":
        if head_word in EVIDENCE_NOUNS:  # "video shows", "the data", "one slide says": evidence, not a person
            source_type = "report"
        elif head_word in STATE_NOUNS:  # "the two countries signed ..."
            source_type = "government"
        elif head_word in BODY_NOUNS and head.lower_ != "authorities":  # "an arbitration panel found ..." (the
            # plural "the authorities" is a state's, found by the keywords below)
            source_type = "organization"
    if source_type == "organization" and head_word == "coalition" and head is not None and (
            STATE_LED.search(phrase)) and \
            not PARTY_COALITION.search(phrase):
        # "the Saudi-led coalition", "The U.S. coalition in Syria": states' forces, no body of members
        source_type = "government"
    if source_type is None and head is None and phrase.split() and phrase.split()[-1].lower() in BUSINESS_NOUNS:
        source_type = "organization"  # "the bar" that a "they" stands for, typed with no parse: a business
    if source_type is None and OPERATOR_COMPANY.search(phrase):
        source_type = "organization"  # "Spanish airport operator Aena", tagged a person: a company
    if source_type is None and COUNTRY_OFFICE.search(phrase):
        source_type = "government"  # "The country's health chief X": the state's office, whatever its noun
    if source_type is None and PRESS_OFFICE.search(lower):
        source_type = "government"  # "X, the press secretary": a state's spokesman, no journalist ("press")
    for label, keywords in _keyword_patterns_44(SOURCE_TYPE_KEYWORDS):
        # "agency" types a phrase only as its head ("the Tasnim agency"): "the lawyer for the state's environmental
        # protection agency" is no outlet
        if source_type is None and keywords is not None and keywords.search(lower):
            source_type = label
    if source_type is None and HEAD_STAFF_TITLE.search(phrase):
        source_type = "government"  # "Ukraine's presidential chief of staff X": the head of state's own staff
    if source_type is None and re.search(r"\bsite\s+(?:[A-Z]|the\s+[A-Z])", phrase):
        source_type = "media"  # "the open-source intelligence site X": a site named, not the site of an event
    bare_name = re.sub(r"^the\s+", "", " ".join(phrase.split()))
    if source_type is None and newsroom_name(bare_name):
        source_type = "media"  # "9 News Australia reported", "Sky News Arabia": a newsroom by its name
    if source_type is None and CALL_SIGN.fullmatch(bare_name):
        source_type = "media"  # "KENS5 reported", "WFAA-TV", "News4SA": a broadcaster by its call sign
    if source_type in (None, "person") and head_word in ("affiliate", "station", "channel") and (
            (entry is not None and entry[0].type == "media") or NETWORK_NAME.search(phrase)):
        source_type = "media"  # "the San Antonio CBS affiliate reported": the network's station, a newsroom
    if source_type is None and NEWSPAPER_NAME.fullmatch(" ".join(phrase.split())):
        source_type = "media"  # "The Durango Herald reported": a newspaper the table does not list
    if source_type in (None, "report") and SITE_NAME.search(phrase) and head is not None and \
            SITE_NAME.fullmatch(head.text):
        source_type = "media"  # "Bloomberg.com": a site named by its address
    if source_type == "media" and head is not None and head.lemma_.lower() in ONLINE_NOUNS and any(
            (c.dep_ == "poss" and c.lower_ not in ("its", "their")) or (
                c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ != "PROPN"
                                                             for o in c.children)) for c in head.children):
        # "the group's website", "the website of the organisation": the body's own voice, not an outlet
        source_type = "organization"
    if source_type is None and head is not None and head.pos_ == "PROPN" and head.lower_ in COMPANY_NAME_HEADS and \
            head.i > head.sent.start and head.doc[head.i - 1].pos_ == "PROPN":
        source_type = "organization"  # "Cox Automotive said", tagged a person: a company by its name's last word
    if source_type in (None, "organization") and CLERGY_TITLE.match(phrase.strip()):
        source_type = "person"  # "Pope Pius VI", tagged a body: a cleric by his title
    if source_type is None and head is None and phrase.strip() in table.countries:
        source_type, country = "government", country or table.countries[phrase.strip()]
    bare = re.sub(r"^the\s+", "", phrase.strip())
    if source_type is None and (sport := SPORT_BODY.fullmatch(bare)) is not None and \
            sport.group("place") in table.countries:
        # "Tennis Australia", "Rugby Canada": a sport's national body, no government
        return "organization", table.countries[sport.group("place")], False, None
    if source_type is None and head is not None and bare in table.countries and bare[:1].isupper():
        # "Kiev hopes ...", "Kyiv said": a country or its capital, typed as its government even where the tagger
        # took the city for a person
        source_type, country = "government", country or table.countries[bare]
    if source_type is None and head is not None and head.pos_ == "PROPN" and head.lower_ in TEXT_NAME_HEADS and \
            head.i > head.sent.start and head.doc[head.i - 1].is_title:
        # "the Paris Agreement", "The Fourth Amendment" says: a text, whatever the tagger made of it, and no text
        # of the city it is named after
        return "report", None, False, None
    if source_type in (None, "person") and head is not None and head.ent_type_ == "PERSON" and journalist_title(
            phrase, table):
        source_type = "media"  # "CNN anchor X", "Fox News host X": a journalist, his outlet his affiliation
    if source_type is None and head is not None and head.pos_ == "PROPN" and entry is not None and \
            entry[0].type == "media" and head.text not in entry[1] and re.search(
                rf"{re.escape(entry[1])}(?:['’]s|(?<=s)['’])\s+[A-Z][\w.'’-]*\s+{re.escape(head.text)}\b", phrase):
        source_type = "media"  # "The American Mirror's Kyle X", tagged a body with the outlet: its journalist
    if source_type in (None, "person") and DESCRIBED_BODY.fullmatch(" ".join(phrase.split())):
        source_type = "organization"  # "advocacy group J Street", "conservation group Save The Reef": a body named
        # after the common noun that says what it is, whatever the tagger made of its name
    if source_type in (None, "person") and head is not None and head.lower_ == "host" and (
            show := SHOW_HOST.search(" ".join(phrase.split()))) is not None and not table.country_in(show.group(1)):
        source_type = "media"  # "the Real Time host": a show's host, unnamed, a journalist (not "the summit host")
    if source_type is None and head is not None:
        if head.ent_type_ == "PERSON" and head.lower_ in ("center", "centre", "service") and head.i > head.sent.start \
                and head.doc[head.i - 1].pos_ == "PROPN":
            # "The NOAA Space Weather Prediction Center forecasts ...", tagged a person: a body by its name's last
            # word, of the body the table lists inside the name
            source_type = entry[0].type if entry is not None else "organization"
        elif head.ent_type_ == "PERSON":
            source_type = "person"
        elif head.ent_type_ in ("GPE", "NORP") or head.text in table.countries:
            source_type = "government"
            country = country or table.country_in(head.text)
        elif head.ent_type_ == "ORG":
            source_type = "organization"
        elif head.ent_type_ == "LAW" or (head.pos_ == "PROPN" and head.lemma_.lower() in EVIDENCE_NOUNS):
            source_type = "report"  # "according to the Constitution": a text, however capitalised
        elif head.lower_ in ("he", "she", "i"):
            source_type = "person"
        elif head.lower_ in ("we", "they"):
            source_type = "anonymous"
        elif head.pos_ == "PROPN" and re.fullmatch(r"[A-Z]{2,6}", head.text) and any(
                t.is_alpha and t.is_lower for t in head.sent):
            source_type = "organization"  # an acronym in a sentence not in capitals ("HMRC published ..."): a body
    if source_type is None and head is not None and head.pos_ == "PROPN" and head.lower_ in BODY_NAME_HEADS and \
            head.i > head.sent.start and head.doc[head.i - 1].pos_ == "PROPN":
        source_type = "organization"  # "the Youth Voices Network said", untagged: a body by its name's last word
    if source_type in (None, "person") and US_PARTY_TAG.search(phrase):
        source_type = "politician"  # "Sen. X (D-VA)", "Chuck Roe (R-IA), the former chair ...": a US legislator
    if source_type in (None, "person") and head is not None and head.ent_type_ == "PERSON" and (
            by_body := appositive_body(phrase, head, table)) is not None:
        # a named person stays a person (issue 16: "named people typed organization" is an error), speaking for
        # the body he serves: its name is his affiliation, its country his where the phrase gives none
        return "person", country or by_body[0], False, affiliation or by_body[1]
    if source_type == "government" and head is not None and head.ent_type_ == "PERSON" and entry is None and \
            not STATE_DESCRIPTIONS.search(phrase) and (by_body := appositive_body(phrase, head, table)) is not None \
            and not STATE_BODY_WORDS.search(by_body[1]):
        # "X, vice president for government affairs at the Beef Association", "X, head of government relations at
        # Acme": the title's "president" or "head of" is the body's office, and the body is no state's
        return "person", country or by_body[0], False, affiliation or by_body[1]
    if source_type == "government" and LEGISLATIVE_LEADER.search(phrase) and not STATE_DESCRIPTIONS.search(phrase):
        source_type = "politician"  # "Senate Minority Leader X", "the opposition leader": a legislature's leader
    if source_type == "politician" and head is not None and head.ent_type_ == "PERSON" and not US_PARTY_TAG.search(
            phrase) and not any(
            re.search(rf"\b{w}\b", lower) for w in ("politician", "lawmaker", "senator", "deputy", "party", "mp",
                                                 "congressman", "congresswoman", "legislator", "mep", "candidate")):
        source_type = "person"
    if source_type == "government":
        state = True
    if entry is not None:
        source_type = source_type or entry[0].type
        state = state or entry[0].state_affiliated
    if source_type == "government" and not STATE_DESCRIPTIONS.search(phrase) and (
            officer_of := officer_body(phrase.strip(), table)) is not None:
        # "coalition president Tim Lambert", "Nation of Islam leader X": a body's officer, no state's
        source_type, state = "politician" if PARTY_BODY.search(officer_of) else "person", False
        affiliation = affiliation or (officer_of if officer_of[:1].isupper() else None)
    if source_type == "government" and FORMER_OFFICE.search(phrase) and not STATE_DESCRIPTIONS.search(phrase):
        # "a former State Department spokesman", "who served as director of the Budget Office": a person who
        # speaks for no state now (the office stays as the affiliation)
        source_type, state = "person", False
    if source_type in ("government", "person") and FORMER_ELECTED.search(phrase) and not CENTRAL_BANK.search(phrase):
        # "Former New York City Mayor X", "the former governor": an elected office held once, a politician (as
        # "Former Vice President X" is), no state's voice now; not a central bank's governor
        source_type, state = "politician", False
    if source_type == "government" and PERSONAL_LAWYER.search(phrase) and not STATE_DESCRIPTIONS.search(phrase):
        # "The president's lawyer, X", "Trump's attorney, X": a leader's own counsel, who speaks for his client, no
        # state (a "State's Attorney" is a prosecutor and stays one)
        source_type, state = "person", False
    if source_type in (None, "person") and country is None and POPE_PHRASE.fullmatch(" ".join(phrase.split())):
        country = "VA"  # "The Pope", "Pope Francis": the Holy See's sovereign, a cleric (typed a person)
    source_type, country, state = _round35_types(phrase, head, table, source_type, country, state)
    source_type, state = _round36_types(phrase, head, table, source_type, state)
    source_type, state = _round37_types(phrase, table, source_type, state)
    source_type, country, state = _round38_types(phrase, head, table, source_type, country, state)
    return source_type or "person", country, state, affiliation


#: A body named right after the common noun that says what it is ("advocacy group J Street", "the liberal activist
#: group MoveOn.org", "rights charity Open Door"): up to three words before the noun, the name's words capitalised.
DESCRIBED_BODY = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|charity|nonprofit|non-profit|NGO|"
    r"think[- ]tank|lobby|coalition|movement|network|campaign|alliance|association|foundation)\s+"
    r"[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w.&'’-]*){0,5}")
#: An agency named in title case ("the International Energy Agency", "the Federal Emergency Management Agency"), and
#: the words that make one a news agency ("Tasnim News Agency", "Agence France-Presse", "the Xinhua agency" has none
#: and is left to the outlet dictionary).
NAMED_AGENCY = re.compile(r"\b[A-Z][\w'’-]+\s+Agency\b")
NEWS_AGENCY_WORDS = re.compile(r"\b(?:News|Press|Wire|Information|Telegraph(?:ic)?|Media|Photo|Newswire|"
                               r"Broadcasting)\b")
#: Words of a body of several states ("International", "European", "UN"): an organization, no one state's.
INTERNATIONAL_BODY = re.compile(r"\b(?:International|European|World|Global|Intergovernmental|UN|United\s+Nations|"
                                r"African|Asian|Arab|Inter-American|Pan-American|Nordic|Baltic)\b")

#: A credit rating company by its trade ("the credit rating agency", "ratings firm X") or its name ("Fitch Ratings").
RATING_AGENCY = re.compile(r"\b(?:credit[- ])?ratings?\s+(?:agency|agencies|firm|company|service)\b|"
                           r"\b[A-Z][\w&'’-]*\s+Ratings\b")
#: A show named before its host ("the Real Time host", "Night Desk host"): group 1 is the show's last word.
SHOW_HOST = re.compile(r"\b([A-Z][\w'’-]*)\s+(?:co-?)?host$")
#: A leader's own lawyer ("the president's lawyer, X", "Trump's personal attorney"), no state's law officer.
PERSONAL_LAWYER = re.compile(r"\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Gg]overnor|[Cc]hancellor|[Mm]ayor|"
                             r"(?!State\b)[A-Z][a-z]+)['’]s\s+(?:personal\s+|longtime\s+|own\s+|private\s+)?"
                             r"(?:lawyer|attorney|counsel)\b")


#: A leader in a legislature or of the opposition, no head of state ("Senate Minority Leader X", "House Majority Whip
#: X", "the opposition leader").
LEGISLATIVE_LEADER = re.compile(r"\b(?:(?:Senate|House)\s+)?(?:[Mm]ajority|[Mm]inority)\s+(?:[Ll]eader|[Ww]hip)\b|"
                                r"\b(?:Senate|House)\s+(?:Leader|Whip)\b|\b[Oo]pposition\s+[Ll]eader\b")
#: A coalition led by or named after a state ("the Saudi-led coalition", "the U.S. coalition"): states' forces.
STATE_LED = re.compile(r"(?:\b[A-Z][\w.]*-led|\b(?:U\.S\.|US|American|Saudi|Russian|British|French|Western|Arab))\s+"
                       r"(?:military\s+|international\s+)?coalition\b")
#: A coalition of parties, no state's forces ("the ruling coalition", "the opposition coalition").
PARTY_COALITION = re.compile(r"\b(?:ruling|governing|opposition|party|parties|electoral|coalition government)\b",
                             re.IGNORECASE)

#: The Pope by his title, named or not ("the Pope", "Pope Francis", "Pope Benedict XVI").
POPE_PHRASE = re.compile(r"(?:[Tt]he\s+)?Pope(?:\s+[A-Z][\w.'’-]*){0,2}")


#: The staff of a head of state or government by their office before the name ("presidential chief of staff X",
#: "White House press secretary X", "Kremlin aide X", "the prime minister's adviser X"): state officials.
HEAD_STAFF_TITLE = re.compile(
    r"\b(?:[Pp]residential|White House|Kremlin|Downing Street|Elysee|Élysée|(?:[Pp]resident|[Pp]rime [Mm]inister|"
    r"[Pp]remier|[Cc]hancellor)\s*['’]s)\s+(?:deputy\s+|senior\s+|top\s+)?(?:chief of staff|press secretary|"
    r"spokes(?:man|woman|person)|(?:national security |foreign policy |economic )?advis[eo]r|aide)\b"
    # "National Security Adviser X": the head of state's or government's own adviser, whoever names him
    r"|\b(?<![Ff]ormer )(?<![Ee]x-)(?:[Dd]eputy\s+)?[Nn]ational\s+[Ss]ecurity\s+[Aa]dvis[eo]r\b")

#: Offices that speak for a body, after a name and a comma ("X, CEO of Y", "X, the director of Y") or before the
#: name with the body first ("Turning Point USA founder X").
BODY_OFFICES = (r"(?:CEO|chief executive(?: officer)?|(?:co-)?founder|chair(?:man|woman|person)?|president|"
                r"(?:executive |managing )?director|head|leader|spokes(?:man|woman|person)|secretary[- ]general|"
                r"owner|(?:general )?manager)")
BODY_NAME = r"(?P<body>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w&.'’-]*)*)"
APPOSITIVE_BODY = re.compile(rf",\s+(?:the\s+|an?\s+|its\s+)?(?:(?:former|acting|interim|deputy|vice|co-)\s*)?"
                             rf"{BODY_OFFICES}(?:\s+(?:of|for)\s+[a-z][a-z ]{{2,40}}?)?\s+(?:of|at|for)\s+{BODY_NAME}")
#: Words of a state's own bodies: a person who speaks for one of them is the state's voice.
STATE_BODY_WORDS = re.compile(r"\b(?:senate|house|congress|committee|assembly|duma|bureau|agency|party|legislature|"
                              r"parliament|ministry|department|council|commission|cabinet|administration|army|"
                              r"forces|police|court|government|office|navy|guard)\b", re.I)
PREFIX_BODY = re.compile(rf"^(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*\s+(?:(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&.'’-]*\s+)"
                         rf"{{0,4}}?){BODY_OFFICES}\s+[A-Z]")
#: A body named by a common noun before its officer ("coalition president X", "union leader X"): the body's officer,
#: no state's.
COMMON_BODY_OFFICER = re.compile(
    rf"^(?:the\s+)?(?P<body>(?:[a-z-]+\s+)?(?:coalition|association|union|club|company|firm|foundation|charity|group|"
    rf"network|campaign|alliance|federation|league|society|church|school|hospital|bank|team|institute|council of "
    rf"churches))\s+{BODY_OFFICES}\s+[A-Z]")
#: Words of parties' names: the officer of a party is a politician.
PARTY_BODY = re.compile(r"\b(?:[Pp]arty|Labour|Tory|Tories|Conservatives?|Democrats?|Republicans?|Liberals?|Greens|"
                        r"SNP|GOP|Reform UK)\b")


#: Words that qualify a title, not a body ("Former president X", "Acting director X").
TITLE_MODIFIERS = frozenset({"former", "then", "ex", "ex-", "acting", "deputy", "vice", "interim", "late", "outgoing",
                             "incoming", "new", "newly", "current", "sitting", "longtime", "first", "second", "third",
                             "founding", "executive", "senior", "assistant", "associate", "co", "honorary"})


def officer_body(phrase: str, table: SourceTable) -> str | None:
    """The body, no state's, whose office a title before a name gives: "Nation of Islam leader X" -> "Nation of
    Islam", "coalition president X" -> "coalition"; None where the title's body is a state's ("Kremlin leader X",
    "Senate Majority Leader X") or where no body comes before the office."""
    m = PREFIX_BODY.match(phrase) or COMMON_BODY_OFFICER.match(phrase)
    if m is None and (bare := OFFICE_EPITHET.sub(r"\1 ", phrase)) != phrase:
        # "Nation of Islam leader and prominent critic X": an epithet between the office and the name
        m = PREFIX_BODY.match(bare) or COMMON_BODY_OFFICER.match(bare)
    if m is None:
        return None
    body = m.group("body").strip()
    if not body or body.split()[0].lower() in TITLE_MODIFIERS or \
            (STATE_BODY_WORDS.search(body) and not PARTY_BODY.search(body)) or table.country_in(body) or \
            table.find_source(body) is not None or _type_source(body, None, table, anonymous=False,
                                                                 context="")[0] == "government":
        return None
    return body


def appositive_body(phrase: str, head: Token | None, table: SourceTable) -> tuple[str | None, str] | None:
    """(country, body) of a named person who speaks for a body by his office: "X, CEO of Y", "X, director of
    Zhejiang Lab", "Y founder X". The person stays the speaker, his name the name and his type a person's (issue 16
    lists named people typed organization as an error); the body is his affiliation, its country his where his
    own phrase gives none. None when the phrase holds no such office or the speaker is no named person."""
    if head is None or not (head.ent_type_ == "PERSON" or head.pos_ == "PROPN"):
        return None
    phrase = RELATIVE_CLAUSE.split(phrase, maxsplit=1)[0]
    m = APPOSITIVE_BODY.search(phrase) or PREFIX_BODY.match(phrase.strip())
    if m is None or not m.group("body").strip():
        return None
    body = m.group("body").strip()
    if re.search(r"[’']s$", body) or re.match(r"[’']s\b", phrase[m.end("body"):]) or \
            re.sub(r"^the\s+", "", body) in table.countries:
        return None  # "chairman of the Russian parliament's committee", "president of Russia": no body named
    if re.search(r"\bLab(?:oratory|s)?$", body):
        country = table.country_in(body)
    else:
        country = _type_source(body, None, table, anonymous=False, context="")[1]
    return country, re.sub(r"^the\s+", "", body)


#: Legislatures by name: their staff work for legislators ("a former Senate staffer").
LEGISLATURES = frozenset({"senate", "house", "congress", "parliament", "duma", "assembly", "bundestag", "knesset",
                          "commons", "lords", "rada", "sejm", "storting", "riksdag", "diet"})
#: Common nouns for unnamed people who work for a body named with them ("experts at X", "a X doctor").
MEMBER_NOUNS = frozenset({"expert", "analyst", "researcher", "specialist", "staffer", "employee", "doctor",
                          "scientist", "economist", "engineer", "worker"})


def member_body(head: Token | None) -> SpacySpan | None:
    """The named body an unnamed speaker works for: "experts at the World Economic Forum (in Davos)", "researchers
    from Acme Labs", "a World Health Organization doctor". None for a named person, for a noun of no such body, or
    for a body given by a common noun ("experts at the university", "the environmental protection expert" even
    where the tagger calls a lowercase word a proper noun)."""
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in MEMBER_NOUNS or \
            any(t.ent_type_ == "PERSON" for t in head.subtree):
        return None
    for child in head.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.text[:1].isupper() and child.i < head.i:
            return head.doc[child.left_edge.i:child.i + 1]
        if child.dep_ == "prep" and child.lower_ in ("at", "from", "of", "with") and child.i > head.i:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.text[:1].isupper():
                    return head.doc[obj.left_edge.i:obj.i + 1]
    return None


#: A sport's national body named by the sport and the country ("Tennis Australia", "Cycling Ireland").
SPORT_BODY = re.compile(
    r"(?:Tennis|Rugby|Cricket|Football|Soccer|Hockey|Swimming|Athletics|Cycling|Golf|Netball|Basketball|Rowing|"
    r"Sailing|Gymnastics|Volleyball|Baseball|Boxing|Judo|Skiing|Skating|Triathlon|Badminton|Squash|Sport|Sports|"
    r"Equestrian|Archery|Softball|Surfing|Diving|Wrestling|Fencing)\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")

#: Titles of journalists: a named person with one is an outlet's voice, typed ``media`` ("CNN anchor X", "X, a
#: reporter", "X, publisher of Y.news"); not "press secretary" (an official's office).
JOURNALIST_TITLE = re.compile(
    r"\b(?:anchor(?:man|woman)?|newsreader|presenter|reporter|correspondent|journalist|columnist|"
    r"editor(?:-in-chief)?|publisher|commentator|(?:talk[- ]show|radio|TV|television|podcast|show|news) host)\b",
    re.IGNORECASE)


def journalist_title(phrase: str, table: SourceTable) -> bool:
    """Does a speaker phrase give its person a journalist's title ("CNN anchor X", "Fox News host X", "X, a
    reporter")? "host" counts after an outlet the table lists ("the host country" is no journalist) or as the
    title right before the name ("host Tom X", its outlet outside the phrase: "EpochTV host Tom X"); an outlet's
    possessive right before the name makes its journalist too ("The American Mirror's Kyle X", not "CNN's chief
    executive X")."""
    phrase = RELATIVE_CLAUSE.split(phrase, maxsplit=1)[0]
    if JOURNALIST_TITLE.search(phrase) or re.match(r"(?:co-?)?host\s+[A-Z][\w.'’-]*\s+[A-Z]", phrase.strip()):
        return True
    if (show := re.search(r"\b([A-Z][\w'’-]*)\s+(?:co-?)?host\s+[A-Z][\w.'’-]*\s+[A-Z]", phrase)) is not None and \
            not table.country_in(show.group(1)):
        return True  # "Real Time host X", "Night Desk host X": a show's host, its outlet unnamed
    entry = table.find_source(phrase)
    return entry is not None and entry[0].type == "media" and re.search(
        rf"{re.escape(entry[1])}(?:\s+(?:[a-z]+\s+)?host\b|(?:['’]s|(?<=s)['’])\s+[A-Z][\w.'’-]*\s+[A-Z])",
        phrase) is not None


#: A party-and-state tag after a US legislator's name: "(D-VA)", "(R-Iowa)".
US_PARTY_TAG = re.compile(r"\((?:D|R|I)-[A-Z][A-Za-z.]{1,12}\)")

#: A broadcaster's call sign ("KENS5", "WFAA-TV", "KTVU 2") or a station's brand with a channel number ("News4SA").
CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT)|\s?\d{1,2})|News\s?\d{1,2}[A-Z]{0,4}")

#: Broadcast networks whose local stations call themselves their affiliates ("the San Antonio CBS affiliate").
NETWORK_NAME = re.compile(r"\b(?:ABC|CBS|NBC|Fox|CNN|PBS|NPR|CW|Univision|Telemundo|BBC|ITV|Sky)\b")

#: A newsroom's name with "News" inside it ("9 News Australia", "Sky News Arabia", "NBC News").
NEWS_NAME = re.compile(r"(?:[A-Z0-9][\w.&'’-]*\s+)*News(?:\s+[A-Z][\w.&'’-]*)*")


def newsroom_name(name: str) -> bool:
    """Is ``name`` a newsroom's by the word "News" inside it ("9 News Australia"), not one it opens ("News Corp"
    may be a company, "News of ..." no name)?"""
    return NEWS_NAME.fullmatch(name) is not None and not name.startswith("News")

#: The last words of newspapers' names ("The Denver Post", "the Cincinnati Enquirer").
MASTHEAD_WORDS = ("Herald", "Times", "Post", "Gazette", "Tribune", "Journal", "Chronicle", "Courier", "Observer",
                  "Telegraph", "Examiner", "Inquirer", "Sentinel", "Ledger", "Enquirer", "Dispatch", "Bulletin",
                  "Daily", "Standard", "Argus")
#: The name of a newspaper the table does not list: a few capitalised words ending in a masthead word.
NEWSPAPER_NAME = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s+){{1,3}}(?:{'|'.join(MASTHEAD_WORDS)})")


#: A government office held in the past: "former (State Department) spokesman", "served as director".
FORMER_OFFICE = re.compile(
    r"\b(?:(?:former|ex-|onetime|one-time|retired)\s+(?:[A-Z][\w.&'’-]*\s+){0,5}|served as\s+(?:an?\s+|the\s+)?)"
    r"(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|minister|official|director|secretary|ambassador|president|head|"
    r"chief|adviser|advisor|aide|diplomat|officer|general|governor|mayor|senator|chairman|prime minister|premier|"
    r"chancellor|envoy|administrator|commissioner|deputy|coordinator|negotiator|representative)\b", re.IGNORECASE)


#: An elected executive office held in the past, the place's name between ("Former New York City Mayor X", "the
#: ex-governor", "a former lieutenant governor"): a politician.
FORMER_ELECTED = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Oo]netime|[Oo]ne-time)\s*(?:[A-Z][\w.&'’-]*\s+){0,4}"
                            r"(?:(?:[Ll]ieutenant|[Dd]eputy)\s+)?(?:[Mm]ayor|[Gg]overnor)\b")
#: A central bank's board, whose governors are appointed ("former Bank of England governor X").
CENTRAL_BANK = re.compile(r"\b(?:bank|reserve|fed|monetary)\b", re.IGNORECASE)
#: Groups whose members are states (no body with staff of its own speaking: "G20 members", "NATO allies").
STATES_GROUP = r"(?:G-?\d{1,2}|NATO|EU|European Union|BRICS|ASEAN|OPEC\+?|African Union|Arab League|Quad)"
STATES_GROUP_MEMBERS = re.compile(
    rf"(?:[Tt]he\s+|[Oo]ther\s+|[Ss]ome\s+|[Ss]everal\s+|[Mm]ost\s+|[Aa]ll\s+)*{STATES_GROUP}\s+(?:member\s+)?"
    rf"(?:members|states|countries|nations|allies|partners|governments)"
    rf"|(?:[Tt]he\s+|[Oo]ther\s+|[Ss]ome\s+|[Ss]everal\s+|[Mm]ost\s+|[Aa]ll\s+)*(?:[Mm]embers|[Mm]ember\s+states|"
    rf"[Mm]ember\s+countries)\s+of\s+the\s+{STATES_GROUP}")


# ------------------------------------------------------------------------------------------ round 35 (issue 16)

#: An epithet written between a body's office and the officer's name ("Nation of Islam leader and prominent critic
#: X", "union president, activist and author X"): lowercase words after "and" or a comma, up to the name.
OFFICE_EPITHET = re.compile(rf"\b({BODY_OFFICES})(?:,?\s+and|,)\s+(?:[a-z][\w-]*,?\s+){{1,3}}(?=[A-Z])")
#: A news agency named right after its common noun ("the state news agency Mehr", "semi-official news agency X"):
#: an outlet, whatever the tagger made of the name (the table's entry may carry "News Agency" in its name only).
NAMED_NEWS_AGENCY = re.compile(r"\b(?:news|press|wire)\s+(?:agency|service)\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z]"
                               r"[\w.&'’-]*){0,2})$")
#: Words that make a news agency's owner the state ("state", "semi-official", "official", "government-run").
STATE_AGENCY_WORDS = re.compile(r"\b(?:state|semi-official|official|government(?:-run)?)\s+(?:[a-z-]+\s+)?"
                                r"(?:news|press)\s+agency\b", re.IGNORECASE)
#: Presidents of the United States by surname: "the Trump administration", "Obama's administration" are the US
#: executive (an administration named after a president is a US idiom; others are found through the people table).
US_PRESIDENTS = ("Biden", "Trump", "Obama", "Bush", "Clinton", "Reagan", "Carter", "Ford", "Nixon", "Johnson",
                 "Kennedy", "Eisenhower", "Truman", "Roosevelt")
NAMED_ADMINISTRATION = re.compile(r"\b(?P<name>[A-Z][\w-]+)(?:['’]s)?\s+(?:[Aa]dministration|[Gg]overnment|"
                                  r"[Rr]egime|White House)\b")
#: A judge or a court's justice, unnamed or by title ("a Chilean judge", "Judge X", "the trial judge"): a state's
#: officer (courts are the state's; round 26's conventions). Not a contest's judges.
JUDGE_TITLE = re.compile(r"\b(?:[Jj]udges?|[Jj]ustices?(?=\s+[A-Z])(?!\s+(?:Department|Ministry|Democrats|League|"
                         r"Party|Cent(?:er|re)|Institute|Project|Initiative|Foundation|Coalition|Network))|"
                         r"[Mm]agistrates?)\b")
CONTEST_WORDS = re.compile(r"\b(?:contest|competition|show|pageant|panel of|talent|cook|bake|idol|x factor|"
                           r"former|retired|ex-)\b", re.IGNORECASE)
#: Unnamed officials with no body named and no country ("officials", "health officials", "senior officials"): a
#: state's people speaking unnamed, typed ``government`` (round 26's conventions: officials are the state's),
#: where the tagger's anonymous head left them ``anonymous``; a company's or a team's officials name their body.
#: Plural only: one unnamed official ("An official said") stays an anonymous source (rounds 31-32).
STATE_OFFICIALS = re.compile(
    r"(?:(?:[Tt]he|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Mm]any|[Oo]ther)\s+)?(?:(?:[Ss]enior|[Tt]op|"
    r"[Hh]igh-ranking|[Ll]ocal|[Ff]ederal|[Hh]ealth|[Pp]ublic\s+health|[Gg]overnment|[Ss]ecurity|[Ii]ntelligence|"
    r"[Mm]ilitary|[Dd]efen[cs]e|[Ee]lection|[Bb]order|[Cc]ustoms|[Ii]mmigration|[Pp]olice|[Aa]dministration|"
    r"[Mm]inistry|[Ff]oreign|[Ss]tate)\s+){0,2}(?:[Oo]fficials|[Dd]iplomats)")

#: A researcher of a body that is no university or institute ("a researcher with the organisation", "an analyst at
#: the campaign group"): a named body's staff, typed as its officers are (a person).
NON_ACADEMIC_RESEARCHER = re.compile(r"\b(?:researcher|analyst)s?\s+(?:with|at|for|of)\s+(?:the|an?|this)\s+"
                                     r"(?:[a-z-]+\s+)?(?:organi[sz]ation|group|charity|campaign|company|firm|union|"
                                     r"party|NGO|movement|network)\b")


def _judge_title(phrase: str) -> bool:
    """A judge's title or noun in the phrase: "judge" in lowercase, or "Judge"/"Justice" as a title before a name;
    not a surname ("Kavanaugh friend Mark Judge")."""
    for m in JUDGE_TITLE.finditer(phrase):
        if m.group(0)[0].islower():
            return True
        if re.match(r"\s+[A-Z]", phrase[m.end():]) and not re.search(r"[A-Z][\w.'’-]*\s+$", phrase[:m.start()]):
            return True
    return False


def _round35_types(phrase: str, head: Token | None, table: SourceTable, source_type: str | None,
                   country: str | None, state: bool) -> tuple[str | None, str | None, bool]:
    """Round 35's typing of a speaker phrase, after the rules above: a news agency named after its noun, a country
    for an administration named after its leader, a judge as the state's officer."""
    flat = " ".join(phrase.split())
    if source_type in (None, "person", "government", "organization") and NAMED_NEWS_AGENCY.search(flat):
        # "Iran’s semi-official state news agency Mehr": an outlet (the state's where the phrase says so), of the
        # country the phrase names
        source_type, state = "media", state or STATE_AGENCY_WORDS.search(flat) is not None
    if source_type == "government" and country is None and (m := NAMED_ADMINISTRATION.search(flat)) is not None:
        leader = m.group("name")
        if leader in US_PRESIDENTS:
            country = "US"  # "the Trump administration": the US executive
        elif (person := table.find_person(leader)) is not None and person.role in (
                "head_of_state", "head_of_government"):
            country = person.country  # "the Putin government": the leader's state
    if source_type in (None, "person") and _judge_title(flat) and not CONTEST_WORDS.search(flat) and (
            head is None or head.lemma_.lower() in ("judge", "justice", "magistrate") or head.ent_type_ == "PERSON"):
        source_type, state = "government", True  # "A Chilean judge found ...": a court's officer, the state's
    if source_type == "academic" and NON_ACADEMIC_RESEARCHER.search(flat):
        source_type = "person"  # "a researcher with the organisation, X": a body's staff, no scholar (the officer rule)
    return source_type, country, state


#: A police officer's title before a name ("Officer Dave Newton", "Sgt. Ann Lee", "Detective Ray Cole").
POLICE_TITLE = re.compile(r"^(?:(?:[Pp]olice|[Pp]atrol)\s+)?(?:Officer|Sgt\.?|Sergeant|Detective|Det\.|Trooper|"
                          r"Constable|Patrolman|Patrolwoman|(?:Deputy\s+)?Sheriff)\s+[A-Z]")
#: What may follow an outlet's name in its speaker phrase: its edition's country and a year ("The Express UK in 2016").
OUTLET_AND_PLACE = re.compile(r"(?:\s+(?:UK|U\.K\.|US|U\.S\.|USA|Online|online))?(?:\s+in\s+\d{4})?")
#: "A team of experts": unnamed people of no body, as "experts" are.
TEAM_OF_PEOPLE = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:international|small|large|new)\s+)?"
                            r"(?:team|group|panel)\s+of\s+(?:\w+\s+)?(?:experts|scientists|researchers|doctors|specialists|analysts)")
#: "the deputy representative of Unicef": an office of the body after "of", no legislator's seat.
REPRESENTATIVE_OF = re.compile(r"\brepresentatives?\s+(?:of|to|for|at)\s+(?P<body>(?:the\s+)?[A-Z][\w&.'’-]*"
                               r"(?:\s+[A-Z][\w&.'’-]*)*)")


def _round36_types(phrase: str, head: Token | None, table: SourceTable, source_type: str | None,
                   state: bool) -> tuple[str | None, bool]:
    """Round 36's typing of a speaker phrase, after the rules above: a police officer by title (the state's), an
    outlet with its edition's place, a team of experts (anonymous) and a body's representative (no legislator)."""
    flat = " ".join(RELATIVE_CLAUSE.split(phrase, maxsplit=1)[0].split())
    if source_type in (None, "person") and POLICE_TITLE.match(flat):
        return "government", True  # "Officer Dave Newton": the police's, the state's
    if source_type in (None, "government", "person", "organization") and (
            found := table.find_source(flat)) is not None and found[0].type == "media" and OUTLET_AND_PLACE.fullmatch(
                flat[flat.find(found[1]) + len(found[1]):]) and flat.lower().startswith(
                    ("the " + found[1].lower(), found[1].lower())) and (head is None or head.text not in found[1]):
        return "media", found[0].state_affiliated  # "says The Express UK in 2016": the outlet, its edition's place
    if source_type in (None, "organization", "person") and TEAM_OF_PEOPLE.fullmatch(flat):
        return "anonymous", False  # "A team of experts have warned": unnamed people of no body
    if source_type == "politician" and (m := REPRESENTATIVE_OF.search(flat)) is not None and (
            found := table.find_source(m.group("body"))) is not None and found[0].type == "organization":
        # "X, the deputy representative of Unicef": the body's officer (a person, round 35's convention)
        return ("person" if head is not None and head.ent_type_ == "PERSON" else "organization"), False
    return source_type, state


#: Unnamed people of a force ("investigators", "the officers", "an officer", "police detectives", "Swedish
#: investigators"): a state's (a town's, a county's, a federal or a foreign force), whose country only the phrase gives
#: (round 37's convention, scripts/sources37/README.md). Capitalised words are checked against the country table.
UNNAMED_FORCE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]ome|[Ss]everal|[Oo]ther|[Mm]any|[Tt]hose|[Tt]hese)\s+)?"
    r"(?P<mods>(?:(?:[Pp]olice|[Ff]ederal|[Ss]tate|[Cc]ounty|[Ll]ocal|[Ss]enior|[Ll]ead|[Hh]omicide|[Aa]rson|"
    r"[Cc]riminal|[Bb]order|[Cc]ustoms|[Ff]ire|[A-Z][a-z]+)\s+){0,2})"
    r"(?:[Ii]nvestigators?|[Oo]fficers?|[Dd]etectives?|[Tt]roopers?)")


def unnamed_force(phrase: str, table: SourceTable) -> bool:
    """Is the speaker phrase unnamed people of a force ("investigators", "the officers", "an officer")? A
    capitalised modifier must be a country word ("Swedish investigators"), else the phrase names a body."""
    flat = " ".join(RELATIVE_CLAUSE.split(phrase, maxsplit=1)[0].split())
    m = UNNAMED_FORCE.fullmatch(flat)
    if m is None:
        return False
    return all(w in table.countries for w in m.group("mods").split() if w[:1].isupper() and w.lower() not in (
        "police", "federal", "state", "county", "local", "senior", "lead", "homicide", "arson", "criminal", "border",
        "customs", "fire"))


def _round37_types(phrase: str, table: SourceTable, source_type: str | None, state: bool) -> tuple[str | None, bool]:
    """Round 37's typing of a speaker phrase, after the rules above: unnamed people of a force are the state's."""
    if source_type in (None, "person", "anonymous") and unnamed_force(phrase, table):
        return "government", True  # "investigators revealed", "the officers who ...": the state's, unnamed
    return source_type, state


#: Officials of a public place named by its common noun ("Officials at the hospital", "officials from the county
#: jail"): the state's voice, as "officials" are (round 37's convention 1); a named body is left to the rules above.
OFFICIALS_AT_PLACE = re.compile(
    r"(?:[Tt]he\s+|[Ss]ome\s+|[Ss]enior\s+|[Ll]ocal\s+)*(?:[Oo]fficials?|[Aa]uthorities)\s+(?:at|from|of|with)\s+the\s+"
    r"(?:(?:local|county|city|state|regional|district|public|main)\s+)?(?:hospital|clinic|school|prison|jail|airport|"
    r"port|county|city|district|base|court(?:house)?|morgue|shelter|border crossing|detention centre|detention center)")
#: Unnamed staff and members whose body is named beside them ("a Google spokesman", "members of AAA", "the company's
#: representative"): the head nouns (round 38's convention 1, scripts/sources38/README.md).
BODY_STAFF_HEADS = frozenset({"member", "aide", "spokesman", "spokeswoman", "spokesperson", "representative",
                              "official", "executive", "staffer", "employee", "volunteer", "organizer", "organiser"})
#: An unnamed private person's own counsel or acquaintance ("his lawyer", "her attorney", "their friends"): a person
#: of no body, unnamed (``anonymous``, as "a friend" is in every gold since round 26).
OWN_COUNSEL = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+|longtime\s+|former\s+|personal\s+|family\s+)?"
                         r"(?:lawyers?|attorneys?|friends?|neighbou?rs?|relatives?|colleagues?)")
#: Titles that take "the" before them ("the Queen", "the Emir"): a person, no business.
SOVEREIGN_TITLES = frozenset({"queen", "king", "prince", "princess", "duke", "duchess", "emperor", "empress",
                              "sultan", "emir", "pontiff", "ayatollah", "rev", "rev.", "reverend", "dalai", "shah",
                              "tsar", "czar", "kaiser", "pharaoh", "sheikh", "crown"})
#: A place or a business named with "the" ("the Grand Palace", "the Bellagio"): no person is named so.
THE_PROPER_NAME = re.compile(r"[Tt]he\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}")


def staff_body(head: Token | None) -> SpacySpan | None:
    """The named body that an unnamed staff member or member speaks for: "a Google spokesman" -> Google, "members
    of AAA" -> AAA, "Acme's representative" -> Acme. None for a named person (a PERSON in the phrase), for a head of
    no such noun, or for a body given only by a common noun."""
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in BODY_STAFF_HEADS or \
            any(t.ent_type_ == "PERSON" for t in head.subtree):
        return None
    for child in head.children:
        if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN" and child.text[:1].isupper() and \
                child.i < head.i:
            return head.doc[child.left_edge.i:child.i + 1]
        if child.dep_ == "prep" and child.lower_ in ("at", "from", "of", "for") and child.i > head.i:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.text[:1].isupper():
                    return head.doc[obj.left_edge.i:obj.i + 1]
    return None


def staff_body_type(head: Token | None, table: SourceTable) -> tuple[str, str | None, bool] | None:
    """(type, country, state-affiliated) of the named body an unnamed staff member speaks for (``staff_body``): the
    body's type, an organization where nothing else types it; a legislature's staff are a politician's. None when
    the phrase names no such body."""
    body = staff_body(head)
    if head is not None and STATES_GROUP_MEMBERS.fullmatch(" ".join(head.doc[head.left_edge.i:head.right_edge.i + 1]
                                                                   .text.split())):
        return None  # "G20 members": states, typed above
    if body is None or body.root.ent_type_ in ("PERSON", "NORP", "GPE") or table.find_person(body.text) is not None \
            or body.text in table.countries or body.root.text in US_PRESIDENTS:
        return None  # "a Trump aide", "Russian officials": a person's staff or a state's, left to the rules above
    body_type, body_country, body_state, _ = _type_source(body.text, body.root, table, anonymous=False, context="")
    if body.root.lower_ in LEGISLATURES:
        return "politician", body_country, False
    if body_type in (None, "person", "anonymous"):
        return "organization", body_country, False
    return body_type, body_country, body_state


def _round38_types(phrase: str, head: Token | None, table: SourceTable, source_type: str | None,
                   country: str | None, state: bool) -> tuple[str | None, str | None, bool]:
    """Round 38's typing of a speaker phrase, after the rules above: unnamed staff of a named body speak as the body,
    a private person's own lawyer or friend is anonymous, a name with "the" is no person."""
    flat = " ".join(RELATIVE_CLAUSE.split(phrase, maxsplit=1)[0].split())
    if source_type in (None, "person") and (by_body := staff_body_type(head, table)) is not None:
        return by_body[0], country or by_body[1], by_body[2]  # "a Google spokesman", "members of AAA"
    if source_type in (None, "person") and OWN_COUNSEL.fullmatch(flat) and (
            head is None or not any(t.ent_type_ == "PERSON" for t in head.subtree)):
        return "anonymous", country, False  # "his lawyer warned him": an unnamed person of no body
    if source_type in (None, "person") and THE_PROPER_NAME.fullmatch(flat) and head is not None and \
            head.pos_ == "PROPN" and not CLERGY_TITLE.search(flat) and table.find_person(flat[4:]) is None and \
            not POPE_PHRASE.fullmatch(flat) and flat.split()[1].lower() not in TITLE_WORDS and \
            flat.split()[1].lower() not in SOVEREIGN_TITLES:
        return "organization", country, state  # "It was reported by the Mandalay": a business, no person
    return source_type, country, state


#: A site's one-word name in mixed case ("Zapblog", "DEFnews", "InfoHub"): capitals then lower case, or words run
#: together; no surname's prefix ("McCarthy", "DeSantis", "LeBron", "MacArthur", "VanHorn", "DiMaggio").
MIXED_CASE_NAME = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)[A-Z])"
                             r"(?:[A-Z]{2,}[a-z]{2,}\w*|[A-Z][a-z]+(?:[A-Z][a-z]+)+)")
#: Last parts of sites' names run together ("Zapblog", "Newshub", "Truthfeed", "Infowire").
SITE_TAIL = re.compile(r"[A-Z]\w+(?:blog|hub|feed|wire|plan|news|post|times|report|watch|daily|insider|beacon|"
                       r"digest|press)", re.IGNORECASE)
#: Report verbs of an outlet ("reported", "wrote").
OUTLET_CUES = frozenset({"reported", "reports", "wrote", "writes", "published", "publishes"})


def blog_name(phrase: str, cue: str) -> bool:
    """Is a one-word speaker that reports or writes a site by its name ("SHTFplan reported", "Zapblog wrote")?
    Mixed case or a site's last part run into the name; no table entry is needed (round 38's lead: blog names)."""
    flat = re.sub(r"^the\s+", "", " ".join(phrase.split()), flags=re.IGNORECASE)
    return cue.lower() in OUTLET_CUES and " " not in flat and bool(
        MIXED_CASE_NAME.fullmatch(flat) or (SITE_TAIL.fullmatch(flat) and flat[1:].lower() == flat[1:]))
