"""Source typing, round 41 (issue 16, branch ``sources41``): documents by named bodies, speakers in capitals, a
client's lawyer.

``sources41_speakers`` is called once from ``extract_attributions``, after round 53's passes; it changes only the
type, name, ``named`` flag or country of finished attributions (and their ``sources``), never a span, so no
attribution is added or dropped (scripts/sources41/README.md has the conventions):

- ``document_by_body_41``: a document that a named body wrote or carried ("a report in The Weekly Prospector",
  "research by the Riverbend Climate Research Center") speaks as the body (round 40's convention 1, for bodies the
  source table does not know): an outlet's name (a newspaper word in it) is ``media`` after "in", "by", "from" or
  "at"; a research body's name (University, Institute, Research Center, ...) is ``academic`` and another body's
  (Foundation, Group, Network, ...) an ``organization`` after "by" or "from" only. Named, under the body's name,
  of the country a place after it gives ("... Center in Ohio"), else none: an unplaced site has no country (the
  story's country that round 39 gave the report is not the outlet's). A person's report, a place ("a report in the
  Pentagon") and a body of the state keep their type.
- ``caps_speakers_41``: a speaker written in capitals ("THEIR LAWYER ARGUED ...", a shouted headline or a quoted
  caption) is read as its lower-case words would be: "THEIR LAWYER" is a private person's own lawyer (round 38's
  ``OWN_COUNSEL``: ``anonymous``, unnamed), and "HE", "SHE" or "THEY" is the speaker of the attribution before it in
  the same paragraph (the speaker quoted last), not a name.
- ``client_counsel_41``: "the lawyer for the suspects", "the attorney for the family" (unnamed counsel of private
  people named by a common noun) is ``anonymous``, as "their lawyer" is (round 38); counsel for a body ("the lawyer
  for the county") keeps its type.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource
from .sources import OWN_COUNSEL, SourceTable

#: "a report in X", "research by the X", "an article from X": a document noun, a preposition, then a capitalised
#: name (up to six words, "of"/"and"/"for"/"the" inside), perhaps a place after it ("in Ohio").
DOCUMENT_BY_BODY_41 = re.compile(
    r"^(?:(?:(?i:an?|the|this|that|one)|new|latest|recent|[a-z]+ly|\d{4})\s+)*(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<doc>(?i:report|reports|article|articles|story|stories|piece|study|studies|research|analysis|survey|"
    r"paper|column|editorial|op-ed|post|investigation|review|findings|data|poll))\s+"
    r"(?P<prep>in|by|from|at|of)\s+(?:the\s+|The\s+)?"
    r"(?P<body>[A-Z][\w&’'.-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)*[A-Z][\w&’'.-]*){0,5})"
    r"(?:\s+(?:in|of|at|based\s+in)\s+(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))?[\s,.]*$")
#: Words of an outlet's name ("The Weekly Prospector", "the Coastal Ledger", "Daily Sheeple").
OUTLET_WORDS_41 = frozenset({"daily", "weekly", "times", "post", "news", "herald", "journal", "tribune", "gazette",
                             "magazine", "telegraph", "guardian", "chronicle", "express", "mail", "examiner",
                             "observer", "ledger", "courier", "dispatch", "bulletin", "register", "inquirer",
                             "sentinel", "star", "record", "beacon", "insider", "monitor", "standard",
                             "independent", "wire", "press", "review", "digest", "report", "today",
                             "blaze", "caller", "federalist", "intercept", "mirror", "sun", "globe", "advocate",
                             "enquirer", "clarion", "argus", "echo", "citizen", "leader", "voice", "pioneer"})
#: Words of a research body's name.
ACADEMIC_WORDS_41 = frozenset({"university", "college", "institute", "academy", "laboratory", "laboratories",
                               "observatory", "school", "polytechnic"})
#: Words of another body's name (a non-state body: NGOs, think tanks, companies, networks).
BODY_WORDS_41 = frozenset({"foundation", "group", "network", "association", "society", "project", "fund", "trust",
                           "coalition", "alliance", "watch", "league", "federation", "union", "center",
                           "centre", "forum", "initiative", "campaign", "partners", "inc", "inc.", "ltd", "llc",
                           "corporation", "company", "collective", "movement"})
#: Words of a state body's name: left to the rules before (a government's report is typed there).
STATE_WORDS_41 = frozenset({"department", "ministry", "office", "agency", "bureau", "commission", "committee",
                            "congress", "senate", "parliament", "police", "army", "navy", "service", "court",
                            "administration", "government", "pentagon", "house", "state", "county", "city"})


def _body_kind_41(body: str, prep: str) -> str | None:
    """The type of a body named after a document noun and ``prep``, by the words of its name; None for no body."""
    words = [w.lower().strip(".,’'") for w in body.split()]
    if any(w in STATE_WORDS_41 for w in words):
        return None
    if any(w in OUTLET_WORDS_41 for w in words) and prep in ("in", "by", "from", "at"):
        return "media"
    if prep not in ("by", "from"):
        return None
    if any(w in ACADEMIC_WORDS_41 for w in words) or ("research" in words and
                                                      any(w in ("center", "centre") for w in words)):
        return "academic"
    if any(w in BODY_WORDS_41 for w in words):
        return "organization"
    return None


def document_by_body_41(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each document that a named body wrote or carried given to the body (see the module's docstring)."""

    def body_of(phrase: str, kind: str | None, named: bool) -> tuple[str, str | None, str] | None:
        if kind not in ("report", "organization", "person", None) or named:
            return None
        m = DOCUMENT_BY_BODY_41.match(" ".join(phrase.split()))
        if m is None:
            return None
        body = m.group("body").rstrip(".,")
        if table.find_person(body) is not None:
            return None
        hit = table.find_source(body)
        if hit is not None:
            return None  # a body the table knows: round 40's report_by_body_40 types it
        body_kind = _body_kind_41(body, m.group("prep"))
        if body_kind is None:
            return None
        place = m.group("place")
        country = table.countries.get(place) if place else None
        return body_kind, country, re.sub(r"^[Tt]he\s+", "", body) if body_kind != "media" else body

    def name_of(phrase: str, body: str) -> str:
        """The outlet's name as the text gives it, "The" kept where the text writes it so."""
        return f"The {body}" if f"The {body}" in phrase else body

    out: list[Attribution] = []
    for a in attributions:
        if a.speaker is not None:
            phrase = text[a.speaker.start:a.speaker.end]
            found = body_of(phrase, a.source_type, a.named)
            if found is not None:
                kind, country, body = found
                a = a.model_copy(update={"source_type": kind, "source_country": country, "named": True,
                                         "speaker_name": name_of(phrase, body) if kind == "media" else body,
                                         "state_affiliated": False})
        out.append(a)
    return out


#: Pronouns that a speaker in capitals may be.
CAPS_PRONOUNS_41 = frozenset({"he", "she", "they"})
#: How far back (characters) the attribution a pronoun in capitals stands for may start.
CAPS_REACH_41 = 400


def _caps(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def caps_speakers_41(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Each speaker written in capitals read as its lower-case words (see the module's docstring)."""
    out: list[Attribution] = []
    for a in attributions:
        speaker = a.speaker
        if speaker is not None and not a.sources and _caps(phrase := text[speaker.start:speaker.end]):
            flat = " ".join(phrase.lower().split())
            if OWN_COUNSEL.fullmatch(flat):
                a = a.model_copy(update={"source_type": "anonymous", "source_country": None, "named": False,
                                         "speaker_name": None, "state_affiliated": False, "affiliation": None})
            elif flat in CAPS_PRONOUNS_41:
                start = speaker.start
                before = next((b for b in reversed(out) if b.speaker is not None and
                               start - CAPS_REACH_41 <= b.speaker.start < start and
                               "\n" not in text[b.speaker.start:start]), None)
                if before is not None:
                    a = a.model_copy(update={"source_type": before.source_type,
                                             "source_country": before.source_country, "named": before.named,
                                             "speaker_name": before.speaker_name,
                                             "state_affiliated": before.state_affiliated,
                                             "affiliation": before.affiliation})
        out.append(a)
    return out


#: "the lawyer for the suspects": unnamed counsel of private people, named by a common noun.
CLIENT_COUNSEL_41 = re.compile(
    r"(?:the|a|an)\s+(?:defen[cs]e\s+)?(?:lawyers?|attorneys?|counsel|solicitors?|barristers?)\s+"
    r"(?:for|of|representing)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|both\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<client>suspects?|defendants?|accused|family|families|victims?|plaintiffs?|man|woman|men|women|couple|"
    r"boy|girl|teenagers?|teens?|mother|father|parents|brothers|sisters|siblings|driver|students?|migrants?|"
    r"detainees?|prisoners?|inmates?|protesters?|workers?|children|widow|clients?|accusers?|survivors?)",
    re.IGNORECASE)


def client_counsel_41(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Each unnamed lawyer of private people typed ``anonymous`` (see the module's docstring)."""

    def counsel(s: Attribution | AttributionSource) -> bool:
        return s.speaker is not None and not s.named and s.source_type == "person" and \
            CLIENT_COUNSEL_41.fullmatch(" ".join(text[s.speaker.start:s.speaker.end].split())) is not None

    out: list[Attribution] = []
    for a in attributions:
        if counsel(a):
            a = a.model_copy(update={"source_type": "anonymous"})
        sources = [s.model_copy(update={"source_type": "anonymous"}) if counsel(s) else s for s in a.sources]
        if sources != a.sources:
            a = a.model_copy(update={"sources": sources})
        out.append(a)
    return out


def sources41_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 41's passes: documents by named bodies, speakers in capitals, a client's lawyer."""
    out = document_by_body_41(text, attributions, table)
    out = caps_speakers_41(text, out)
    return client_counsel_41(text, out)
