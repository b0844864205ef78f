"""Source typing, round 47 (issues 16 and 17, branch ``leads47``): outlets named after a town, fellows of think
tanks.

``sources47_speakers`` is called once from ``extract_attributions``, right after round 41's ``sources41_speakers``
(the last finished pass); it changes only the type, ``named`` flag, affiliation or country of finished attributions
(and their ``sources``), never a span, so no attribution is added or dropped (PolNeAR cannot move):

- ``town_outlets_47``: a speaker that is a newspaper named after a town the source table does not know ("The
  Millbrook Herald", "the Herald of Ashford", "Aldwick Gazette") is ``media`` and named (it was typed a person or a
  report by its capitalised words), of the country of the place where the article says the town is ("Millbrook, a
  village in Ohio", "in Durango, Colorado", "Ashford is a town in Scotland"); where the article places the town
  nowhere, the country stays as it was (none, unless an older rule gave one): never a guess from the town's name
  ("Durango" is a Mexican state's name too).
- ``body_fellows_47``: a named person described by an apposition as a fellow, scholar or researcher of a body that
  is no state's ("X, a senior fellow at the Atlantic Council", "X, a visiting fellow at the European Council on
  Foreign Relations") is typed by the body: a think tank's (an institute, institution, endowment, foundation, a
  council "on"/"for" a subject, a centre "for") is ``academic`` (round 35: a scholar of an institute), another
  non-state body's a ``person`` (round 35: a named officer of a non-state body), not ``government`` (the word
  "Council" made it so); the body is the affiliation (a table name inside it, "The Atlantic" in "the Atlantic
  Council", is not), and the country is the body's in the source table, else the one its name gives ("Russian"),
  else none; one the older rules typed ``academic`` has its affiliation and country so read ("a scholar at the
  European Council on Foreign Relations" is not of the table's "Council on Foreign Relations", US).
- ``state_speakers_47``: a state body's speaker named by role and body with no country in its words ("Mark Doe,
  a spokesman for the Interior Ministry") is ``government`` of the body's country: the one country its paragraph
  names before it, else the story's (round 37's convention for officials).

Outlets that read as a person's or a document's name ("the Drudge Report") are table entries
(``resources/sources.toml``, round 47 block), not a rule here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...result import Attribution, AttributionSource
from .sources import SourceTable
from .sources39 import story_country_39
from .sources42 import _each, _phrase, _update

#: The words a newspaper's name ends (or, with "of", begins) with.
#: (Not the words a state or party title ends with too: "the County Recorder", "the Medical Examiner", "the Party
#: Leader", "the Election Observer", "the White House Press".)
PAPER_WORDS_47 = (r"(?:Herald|Gazette|Tribune|Chronicle|Courier|Ledger|Sentinel|Register|Dispatch|Bulletin|Enquirer|"
                  r"Inquirer|Argus|Advertiser|Mercury|Clarion|Beacon|Messenger|Intelligencer|Courant|Gleaner|"
                  r"Post-Gazette|Times|Journal|Post|Telegraph)")
#: "The Millbrook Herald" (the town's words, then the paper's word).
TOWN_PAPER_47 = re.compile(rf"(?:[Tt]he\s+)?(?P<town>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){{0,2}}?)\s+"
                           rf"{PAPER_WORDS_47}")
#: "the Herald of Ashford".
PAPER_OF_TOWN_47 = re.compile(rf"(?:[Tt]he\s+)?{PAPER_WORDS_47}\s+of\s+(?P<town>[A-Z][a-z][\w'’-]*"
                              rf"(?:\s+[A-Z][a-z][\w'’-]*){{0,2}})")
#: Where the article says a town is, right after the town's name: "Millbrook, a farming town in western Kentucky",
#: "Ashford is a small town in Scotland", "Durango, Colorado".
TOWN_PLACED_47 = re.compile(
    r"(?:,\s+|\s+(?:is|was)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|hamlet|borough|suburb|"
    r"community|municipality|port|resort|county\s+seat)\s+(?:in|of|near|outside)\s+(?P<place>[^.;:\n]{1,50})"
    r"|,\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
#: Types that a newspaper's name is misread as.
MISREAD_PAPER_TYPES_47 = frozenset({"person", "report", "organization", "politician", "anonymous", None})



def _retyped(attributions: list[Attribution],
             typed: Callable[[Attribution | AttributionSource], dict[str, object] | None]) -> list[Attribution]:
    """Each attribution and each of its sources updated by ``typed`` (None: as it is)."""
    def change(s: Attribution | AttributionSource) -> Attribution | AttributionSource:
        update = typed(s)
        return s if update is None else _update(s, **update)
    return _each(attributions, change)

def _town_country(text: str, town: str, table: SourceTable, paper: tuple[int, int]) -> str | None:
    """The one country of the places the article puts ``town`` in (see the module's docstring), or None; the
    paper's own name is no placing."""
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(town)}(?![\w-])", text):
        if paper[0] <= m.start() < paper[1]:
            continue
        d = TOWN_PLACED_47.match(text, m.end())
        if d is None:
            continue
        country = table.country_in(d.group("place") or d.group("state"))
        if country is not None:
            found.add(country)
    return found.pop() if len(found) == 1 else None


def _paper(phrase: str) -> str | None:
    """The town a newspaper's name is named after, or None."""
    for pattern in (TOWN_PAPER_47, PAPER_OF_TOWN_47):
        m = pattern.fullmatch(phrase)
        if m is not None:
            return m.group("town")
    return None


def town_outlets_47(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each speaker that is a newspaper named after a town typed ``media``, of the country the article places the
    town in (see the module's docstring); the others as they are."""

    def typed(s: Attribution | AttributionSource) -> dict[str, object] | None:
        if s.speaker is None or not (s.source_type in MISREAD_PAPER_TYPES_47 or
                                     (s.source_type == "media" and s.source_country is None)):
            return None
        phrase = _phrase(text, s)
        town = _paper(phrase)
        if town is None or table.find_source(phrase) is not None:
            return None
        update: dict[str, object] = {}
        if s.source_type != "media":
            update.update(source_type="media", named=True, state_affiliated=False, affiliation=None,
                          speaker_name=s.speaker_name or re.sub(r"^[Tt]he\s+", "", phrase))
        if s.source_country is None:
            country = _town_country(text, town, table, (s.speaker.start, s.speaker.end))
            if country is not None:
                update["source_country"] = country
        return update or None

    return _retyped(attributions, typed)


#: "X, a senior fellow at the Atlantic Council": the role and the body of a named person's apposition.
FELLOW_47 = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?:a|an|the)\s+(?:(?:senior|junior|visiting|research|"
    r"resident|distinguished|non-?resident|adjunct|policy|former|associate|principal|postdoctoral)\s+){0,2}"
    r"(?P<role>fellow|scholar|researcher)\s+(?:at|with|of|for)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|on|for|of|and|the|&)){0,7})")
#: A think tank's name (the body of a scholar: ``academic``).
THINK_TANK_47 = re.compile(r"\b(?:Institute|Institution|Endowment|Foundation|Council\s+(?:on|for)|Cent(?:er|re)\s+for|"
                           r"Policy|Studies|Research|Atlantic\s+Council|Chatham\s+House|RAND|Think\s+Tank)\b")
#: A state's body: its fellows keep the older rules ("a fellow at the National Security Council").
STATE_BODY_47 = re.compile(r"\b(?:Ministry|Department|Government|Parliament|Senate|Congress|Security\s+Council|"
                           r"White\s+House|Pentagon|Army|Navy|Air\s+Force|Police|Agency|Bureau|Commission|Cabinet|"
                           r"Administration|Office|Treasury|Kremlin|Assembly|Court|Military)\b")


def body_fellows_47(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each named fellow or scholar of a non-state body typed by the body (see the module's docstring); the others
    as they are."""

    def typed(s: Attribution | AttributionSource) -> dict[str, object] | None:
        if s.speaker is None or not s.named or \
                s.source_type not in ("government", "person", "organization", "academic"):
            return None
        m = FELLOW_47.match(_phrase(text, s))
        if m is None:
            return None
        body = re.sub(r"(?:\s+(?:on|for|of|and|the|&))+$", "", m.group("body"))
        if STATE_BODY_47.search(body):
            return None
        kind = "academic" if THINK_TANK_47.search(body) else "person"
        if kind == "person" and s.source_type in ("person", "academic"):
            return None  # an NGO's researcher typed academic by the older rules keeps it
        known = table.find_source(body)
        entry = known[0] if known is not None and known[1] in (body, f"The {body}") else None
        country = entry.country if entry is not None else table.country_in(body)
        update: dict[str, object] = {"source_type": kind, "affiliation": entry.name if entry is not None else body,
                                     "source_country": country, "state_affiliated": False}
        return update if any(getattr(s, k) != v for k, v in update.items()) else None

    return _retyped(attributions, typed)


#: "X, a spokesman for the Interior Ministry": a state body's speaker named by role and body (the body's words).
STATE_SPEAKER_47 = re.compile(
    r"(?:(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+)?(?:a|an|the)\s+(?:(?:senior|chief|deputy|top|"
    r"official|press)\s+){0,2}(?:spokes(?:man|woman|person)|press\s+secretary|official|representative)\s+"
    r"(?:for|of|at|with)\s+the\s+(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Department|Office|Agency|Service|"
    r"Directorate|Bureau)(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)")


def _paragraph_country(text: str, pos: int, table: SourceTable) -> str | None:
    """The one country named or described in the paragraph before ``pos``, or None (none or two)."""
    start = text.rfind("\n", 0, pos) + 1
    pattern, forms = table._pattern("countries")
    found = {str(forms[m.group(0)]) for m in pattern.finditer(text, start, pos)}
    return found.pop() if len(found) == 1 else None


def state_speakers_47(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A state body's speaker named by role and body ("Mark Doe, a spokesman for the Interior Ministry") typed
    ``government`` with no country takes the body's country: the one country its paragraph names before it, else
    the story's (round 39's ``story_country_39``; round 37's convention gives officials the story's country); a
    body whose own words name a country has it already."""
    story: list[str | None] = []

    def typed(s: Attribution | AttributionSource) -> dict[str, object] | None:
        if s.speaker is None or s.source_type != "government" or s.source_country is not None:
            return None
        m = STATE_SPEAKER_47.fullmatch(_phrase(text, s))
        if m is None or table.country_in(m.group("body")) is not None:
            return None
        country = _paragraph_country(text, s.speaker.start, table)
        if country is None:
            if not story:
                story.append(story_country_39(text, table))
            country = story[0]
        return {"source_country": country} if country is not None else None

    return _retyped(attributions, typed)


def sources47_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 47's passes: outlets named after a town, fellows of think tanks, a state body's speaker's country."""
    out = body_fellows_47(text, town_outlets_47(text, attributions, table), table)
    return state_speakers_47(text, out, table)
