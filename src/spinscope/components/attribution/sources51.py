"""Source typing, round 51 (issue 16, branch ``sources51``; gold ``sources_real51``): SemEval-2025 news articles
and round 50's open leads.

One entry point, ``sources51_speakers``, called once from ``extract_attributions`` right after round 50's
``sources50_speakers`` (and before round 68's pass): names, types and countries only (no span moves, so no
attribution is added or dropped).

- ``outlet_anaphor_s51``: an unnamed ``media`` speaker "the outlet" / "the publication" / "the newspaper" / "the
  paper" / "the site" is the named outlet that spoke last before it (within 600 characters, no other named outlet
  between): its name, country and ``named`` ("..., according to <Outlet>. X said ..., the outlet reported").
- ``principal_spokesperson_s51``: "a spokesperson for X" (and its later "the spokesperson", which the code already
  names "spokesperson for X") where X is a named speaker of the text typed ``person`` / ``politician`` /
  ``government`` speaks for X: X's type and country, still unnamed (the golds: "an Obama spokeswoman" is
  ``politician``, "A spokesman for <Attorney General>" ``government``). A body's spokesperson is left as it is
  (round 35: it speaks as the body, ``organization``).
- ``body_apposition_s51``: a named speaker typed ``person`` right after whose name the text says what body it is
  (", a nonprofit ...", ", a think tank ...", ", a charity ...", ", an NGO ...") is that body: ``organization``,
  every mention (round 35: NGOs are ``organization``).
- ``topic_compound_s51``: a named speaker whose country comes only from a country word in the topic of his
  expertise ("an expert on US-European diplomacy", "a specialist in Sino-Russian ties"; round 44's
  ``TOPIC_BEFORE`` handles "on Iran policy" but not the hyphenated compound) has no country from it: ``None``,
  every mention.
- ``regional_head_s51``: a named speaker typed ``person`` whom his own phrase calls a region's head ("X, the
  regional president of <Region>", "regional governor X", "the premier of <Region>") holds a state office:
  ``government``, of the country his phrase names, else of the story's one country (``story_country``), every
  mention.
- ``government_anaphor_s51``: a named ``government`` speaker whose phrase ties him to a bare "the government"
  ("counsel for the government departments") and who got a country his phrase does not name is of the
  government the text named last before him with its country ("The British Government has ..."); every mention.
- ``inquiry_chair_s51``: the named chair of a public inquiry ("the <Name> Inquiry chaired by Lord X", "X, the
  chairman of the inquiry") typed ``person`` is an officer of the state holding it (a judge's office: round 35's
  courts): ``government``, of the government the text named last before the inquiry with its country; every
  mention, his pronouns included (they carry his name).
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource
from .sources import SourceTable
from .sources42 import _all as _all51
from .sources42 import _each, _names_updated, _update
from .sources42 import _phrase as _phrase51
from .speakers import story_country

Speaker = Attribution | AttributionSource


# ------------------------------------------------------------------------------------------ "the outlet reported"

#: An unnamed outlet anaphor.
OUTLET_ANAPHOR_51 = re.compile(r"(?:the|The)\s+(?:outlet|publication|newspaper|paper|site|website|broadcaster)")


def outlet_anaphor_s51(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"the outlet reported" is the named outlet that spoke last before it (see the module's docstring)."""
    speakers = sorted((s for s in _all51(attributions) if s.speaker is not None),
                      key=lambda s: s.speaker.start if s.speaker is not None else 0)
    found: dict[int, Speaker] = {}
    for i, s in enumerate(speakers):
        assert s.speaker is not None
        if s.named or s.source_type != "media" or not OUTLET_ANAPHOR_51.fullmatch(_phrase51(text, s)):
            continue
        for prev in reversed(speakers[:i]):
            assert prev.speaker is not None
            if s.speaker.start - prev.speaker.end > 600:
                break
            if prev.source_type == "media" and prev.named and prev.speaker_name:
                found[s.speaker.start] = prev
                break
    if not found:
        return attributions

    def change(s: Speaker) -> Speaker:
        prev = found.get(s.speaker.start) if s.speaker is not None else None
        if prev is None or s.named:
            return s
        return _update(s, speaker_name=prev.speaker_name, source_country=prev.source_country, named=True,
                       state_affiliated=prev.state_affiliated)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ a person's spokesperson

#: The name the code gives "a spokesperson for X" (and the later "the spokesperson").
SPOKESPERSON_FOR_51 = re.compile(r"spokes(?:person|man|woman)\s+for\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)$")
PRINCIPAL_TYPES_51 = ("person", "politician", "government")


def principal_spokesperson_s51(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """An unnamed "spokesperson for X" of a named person speaker X speaks with X's type and country."""
    principals: dict[str, Speaker] = {}
    for s in _all51(attributions):
        if s.speaker is None or not s.named or not s.speaker_name or s.source_type not in PRINCIPAL_TYPES_51:
            continue
        if SPOKESPERSON_FOR_51.search(s.speaker_name):
            continue
        for word in (s.speaker_name, s.speaker_name.split()[-1]):
            principals.setdefault(word, s)
    if not principals:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.named or not s.speaker_name:
            return s
        m = SPOKESPERSON_FOR_51.search(s.speaker_name)
        who = principals.get(m.group("who")) if m else None
        if who is None:
            return s
        return _update(s, source_type=who.source_type, source_country=who.source_country,
                       state_affiliated=who.state_affiliated)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ "X, a nonprofit"

#: What a body is, said right after its name.
BODY_APPOSITION_51 = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:non-?profit|charity|think[- ]tank|NGO|"
                                r"non-governmental organi[sz]ation|advocacy group|watchdog group|campaign group|"
                                r"pressure group|foundation)\b", re.IGNORECASE)


def body_apposition_s51(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A named ``person`` speaker that the text calls a nonprofit, a think tank, a charity... is that body."""
    names = set()
    for s in _all51(attributions):
        if s.speaker is None or not s.named or not s.speaker_name or s.source_type != "person":
            continue
        if BODY_APPOSITION_51.match(text, s.speaker.end):
            names.add(s.speaker_name)
    if not names:
        return attributions
    return _names_updated(attributions, names, ("person",), source_type="organization")


# ------------------------------------------------------------------------------------------ "an expert on US-..."

#: A country word that opens a hyphenated compound in the topic of an expertise ("an expert on US-European
#: diplomacy"); ``country`` is filled in from the table's forms.
EXPERT_TOPIC_51 = r"\b(?:expert|specialist|authority|scholar|analyst|researcher)\s+(?:on|in|of)\s+(?:the\s+)?"


def topic_compound_s51(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A named speaker's country that only the topic of his expertise gives is no country of his."""
    pattern, forms = table._pattern("countries")
    names = set()
    for s in _all51(attributions):
        if s.speaker is None or not s.named or not s.speaker_name or s.source_country is None:
            continue
        phrase = _phrase51(text, s)
        hits = [m for m in pattern.finditer(phrase) if forms.get(m.group(0)) == s.source_country]
        if hits and all(re.search(EXPERT_TOPIC_51 + r"$", phrase[:m.start()]) and
                        re.match(r"-[A-Z]\w*\s+[a-z]", phrase[m.end():]) for m in hits):
            names.add(s.speaker_name)
    if not names:
        return attributions
    return _names_updated(attributions, names, None, source_country=None)


# ------------------------------------------------------------------------------------------ a region's head

#: A region's head in the speaker's own phrase.
REGIONAL_HEAD_51 = re.compile(r"\b(?:regional\s+(?:president|premier|governor|leader|head)|"
                              r"(?:president|premier|governor|head)\s+of\s+the\s+region)\b", re.IGNORECASE)


def regional_head_s51(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A named ``person`` whom his phrase calls a region's head is ``government`` (see the module's docstring)."""
    names: dict[str, str | None] = {}
    story = None
    for s in _all51(attributions):
        if s.speaker is None or not s.named or not s.speaker_name or s.source_type != "person":
            continue
        phrase = _phrase51(text, s)
        if REGIONAL_HEAD_51.search(phrase) and phrase.startswith(s.speaker_name):
            if story is None:
                story = story_country(text, table) or ""
            names[s.speaker_name] = table.country_in(phrase) or story or None
    if not names:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.speaker_name not in names or s.source_type != "person":
            return s
        return _update(s, source_type="government", source_country=s.source_country or names[s.speaker_name])
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ "the government"

#: A government named with its country ("The British Government", "the Russian government").
NAMED_GOVERNMENT_51 = re.compile(r"\b(?:[Tt]he\s+)?(?P<adj>[A-Z][\w-]+)\s+(?:[Gg]overnment|GOVERNMENT)\b")
#: A bare "the government" in a speaker's phrase.
BARE_GOVERNMENT_51 = re.compile(r"\bthe\s+government\b")


def _last_government51(text: str, pos: int, table: SourceTable) -> str | None:
    """The country of the government the text names last before ``pos`` with its country word."""
    _, forms = table._pattern("countries")
    country = None
    for m in NAMED_GOVERNMENT_51.finditer(text, 0, pos):
        code = forms.get(m.group("adj")) or forms.get(m.group("adj").title())
        if isinstance(code, str):
            country = code
    return country


def government_anaphor_s51(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A named ``government`` speaker tied to a bare "the government" is of the last government the text named
    with its country."""
    names: dict[str, str] = {}
    for s in _all51(attributions):
        if s.speaker is None or not s.named or not s.speaker_name or s.source_type != "government":
            continue
        phrase = _phrase51(text, s)
        if not BARE_GOVERNMENT_51.search(phrase) or table.country_in(phrase) is not None:
            continue
        country = _last_government51(text, s.speaker.start, table)
        if country is not None and country != s.source_country:
            names[s.speaker_name] = country
    if not names:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.speaker_name not in names or s.source_type != "government":
            return s
        return _update(s, source_country=names[s.speaker_name])
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ an inquiry's chair

#: "the <Name> Inquiry chaired by Lord X" / "X, the chairman of the inquiry".
INQUIRY_CHAIR_51 = re.compile(r"\b[Ii]nquiry,?\s+(?:chaired|led|headed)\s+by\s+(?:(?:Lord|Lady|Sir|Dame|Judge|"
                              r"Justice|Baroness|Baron)\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def inquiry_chair_s51(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """The named chair of a public inquiry typed ``person`` is ``government`` (see the module's docstring)."""
    chairs: dict[str, str | None] = {}
    for m in INQUIRY_CHAIR_51.finditer(text):
        surname = m.group("name").split()[-1]
        chairs[surname] = _last_government51(text, m.start(), table)
    if not chairs:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or not s.named or not s.speaker_name or s.source_type != "person":
            return s
        surname = s.speaker_name.split()[-1]
        if surname not in chairs:
            return s
        return _update(s, source_type="government", source_country=s.source_country or chairs[surname])
    return _each(attributions, change)


def sources51_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 51's passes (see the module's docstring), in this order."""
    out = outlet_anaphor_s51(text, attributions)
    out = principal_spokesperson_s51(text, out)
    out = body_apposition_s51(text, out)
    out = topic_compound_s51(text, out, table)
    out = regional_head_s51(text, out, table)
    out = government_anaphor_s51(text, out, table)
    return inquiry_chair_s51(text, out, table)
