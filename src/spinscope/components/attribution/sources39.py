"""Source typing, round 39 (issue 16, branch ``sources39``): what the article says about a named person once.

``sources39_speakers`` is called once from ``extract_attributions``, after round 40's passes; it runs four passes
over the finished attributions (and their ``sources``), changing only the type, name or country of speakers typed
a private ``person`` or an unnamed body, and the country of reports:

- ``role_before_name_39``: a person whom the article introduces with a role noun right before the full name
  ("theology professor Lena Marsh", "the Dutch historian, Pieter Aalst", "podcast host Mia Crane", "TikTok
  personality Dev Rao") speaks in that role under every mention (surname, pronoun resolved to the name): a
  scholar is ``academic``, a journalist, host or a platform's personality ``media``; "author X writes" is a
  writer of the outlet (``media``) only when the author writes. A platform that only carries the person's videos
  ("YouTube", "TikTok") gives no country: the platform's company is no employer.
- ``body_chief_39``: "the WHO chief", "the IOC president" (a title one person holds, round 38's convention 6)
  is the person the article names with that body and title ("HDA Director-General Mirela Kostadin", "Mirela
  Kostadin, the HDA's chief"): the person's name, named, a ``person`` (round 35's named officer of a non-state
  body). Only a phrase typed an unnamed organization or person changes (a state's, a party's, an outlet's chief
  keeps the older rules); none when the article names no one, or two people, so.
- ``described_place_39``: a person the article describes once by a body located in a place ("Ana Ruiz is the
  pastor of a chapel located in Tulsa, Oklahoma"), or as a place's man, woman or resident ("Tom Vance, a Vermont
  man"), takes the place's country when the person has none (the conventions' private people: "only where the
  article says so").
- ``story_reports_39``: a report with no country in an article whose places point to one country takes it.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource
from .sources import SourceTable
from .sources42 import _each, _phrase, _update

#: Platforms whose users are no staff: a role after one ("YouTube conspiracy theorist") is the user's own.
PLATFORM_39 = re.compile(r"\b(?:YouTube|YouTuber|Twitter|Facebook|Instagram|TikTok|Rumble|BitChute|Substack)\b")
#: Role nouns and the type they give ("personality", "conspiracy theorist", "star" only after a platform).
ROLE_TYPES_39 = {"professor": "academic", "theologian": "academic", "scholar": "academic",
                 "researcher": "academic", "scientist": "academic", "lecturer": "academic", "historian": "academic",
                 "columnist": "media", "journalist": "media", "reporter": "media", "correspondent": "media",
                 "editor": "media", "commentator": "media", "host": "media", "anchor": "media",
                 "youtuber": "media", "podcaster": "media", "broadcaster": "media",
                 "conspiracy theorist": "media", "personality": "media", "star": "media",
                 "author": "media", "writer": "media"}
PLATFORM_ONLY_39 = frozenset({"conspiracy theorist", "personality", "star"})
WRITER_ONLY_39 = frozenset({"author", "writer"})
#: A role phrase ending right before a name: up to three modifiers, the role, "of theology", a comma.
ROLE_BEFORE_39 = re.compile(
    r"(?:[A-Za-z][\w.’'-]*\s+){0,3}?(?P<role>" + "|".join(sorted(ROLE_TYPES_39, key=len, reverse=True)) +
    r")(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?,?\s+$", re.IGNORECASE)
#: A written cue ("writes", "wrote", "has written").
WRITE_CUE_39 = re.compile(r"\b(?:writes|wrote|written|writing)\b")
#: How far before a name the role phrase may start (characters).
ROLE_REACH_39 = 70


def _role_of(text: str, name: str) -> tuple[str, bool] | None:
    """The type that a role phrase right before ``name`` gives, and whether a platform opens the phrase (the first
    such phrase in the text), or None."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        window = text[max(0, m.start() - ROLE_REACH_39):m.start()]
        window = re.split(r"[.;:!?\n(\"“”]", window)[-1]  # the name's own sentence and clause
        role = ROLE_BEFORE_39.search(window)
        if role is None:
            continue
        noun = role.group("role").lower()
        platform = PLATFORM_39.search(window[role.start():]) is not None or noun == "youtuber"
        if noun in PLATFORM_ONLY_39 and not platform:
            continue
        return ROLE_TYPES_39[noun] + (":writer" if noun in WRITER_ONLY_39 else ""), platform
    return None


def role_before_name_39(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Each attribution with a person's type from the role the article puts before the full name (see the
    module's docstring); the others as they are."""
    roles: dict[str, tuple[str, bool] | None] = {}
    writes = {a.speaker_name for a in attributions if a.cue is not None and a.speaker_name and
              WRITE_CUE_39.search(text[a.cue.start:a.cue.end])}

    def typed(name: str | None, kind: str | None, country: str | None,
              speaker: tuple[int, int] | None) -> tuple[str | None, str | None]:
        if not name or kind != "person" or len(name.split()) < 2:
            return kind, country
        if name not in roles:
            roles[name] = _role_of(text, name)
        found = roles[name]
        if found is None:
            return kind, country
        role, platform = found
        if role.endswith(":writer"):
            if name not in writes:
                return kind, country
            role = role.partition(":")[0]
        if platform and speaker is not None and PLATFORM_39.search(text[speaker[0]:speaker[1]]):
            country = None  # "YouTube conspiracy theorist X": the platform's country is not X's
        return role, country

    def change(s: Attribution | AttributionSource) -> Attribution | AttributionSource:
        span = (s.speaker.start, s.speaker.end) if s.speaker is not None else None
        kind, country = typed(s.speaker_name, s.source_type, s.source_country, span)
        return s if (kind, country) == (s.source_type, s.source_country) else \
            _update(s, source_type=kind, source_country=country)
    return _each(attributions, change)


#: "X is the pastor of a chapel located in Tulsa, Oklahoma": the described body's place (after the name).
LOCATED_39 = re.compile(r"\s+(?:is|was)\s+(?:the|a|an)\s+[^.;\n]{0,80}?\b(?:located|based|headquartered)\s+in\s+"
                        r"(?P<place>[^.;\n]{0,50})")
#: "X, a Vermont man": a place's man, woman, resident or native (after the name).
PLACE_PERSON_39 = re.compile(r",\s+an?\s+(?:[\d-]+-year-old\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+"
                             r"(?:man|woman|resident|native)\b")


def _place_country(text: str, name: str, table: SourceTable) -> str | None:
    """The one country of the places the article describes ``name`` by (see the module's docstring), or None."""
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        for pattern in (LOCATED_39, PLACE_PERSON_39):
            d = pattern.match(text, m.end())
            if d is None:
                continue
            place = d.group("place")
            pattern_c, forms = table._pattern("countries")
            found |= {forms[p.group(0)] for p in pattern_c.finditer(place)}  # type: ignore[misc]
    return found.pop() if len(found) == 1 else None


def described_place_39(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each attribution with a person's country from the place the article describes the person by (see the
    module's docstring); the others as they are."""
    places: dict[str, str | None] = {}

    def country_of(name: str | None, kind: str | None, country: str | None) -> str | None:
        if country is not None or kind != "person" or not name or len(name.split()) < 2:
            return country
        if name not in places:
            places[name] = _place_country(text, name, table)
        return places[name]

    def change(s: Attribution | AttributionSource) -> Attribution | AttributionSource:
        country = country_of(s.speaker_name, s.source_type, s.source_country)
        return s if country == s.source_country else _update(s, source_country=country)
    return _each(attributions, change)


#: Titles that one person holds in a body.
CHIEF_TITLES_39 = (r"(?:chief|head|boss|director[- ]general|Director[- ]General|director|leader|president|chair(?:man|"
                   r"woman)?|secretary[- ]general|Secretary[- ]General)")
#: "the WHO chief": the body (capitalised words or initials) and its title.
BODY_CHIEF_39 = re.compile(rf"[Tt]he\s+(?P<body>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}}?)(?:[’']s)?\s+"
                           rf"{CHIEF_TITLES_39}")
#: A person's name: two to four capitalised words.
PERSON_NAME_39 = r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,3})"


def _body_chief_name(text: str, body: str) -> str | None:
    """The one person the article names as ``body``'s chief ("HDA Director-General Mirela Kostadin", "Mirela
    Kostadin, the HDA's chief"), or None."""
    b = re.escape(body)
    before = re.compile(rf"(?<![\w-]){b}(?:[’']s)?\s+(?:[A-Za-z-]+\s+)?{CHIEF_TITLES_39}\s+{PERSON_NAME_39}")
    after = re.compile(rf"{PERSON_NAME_39},\s+(?:the\s+)?{b}(?:[’']s)?\s+(?:[A-Za-z-]+\s+)?{CHIEF_TITLES_39}\b")
    names = {" ".join(m.group("name").split()) for pattern in (before, after) for m in pattern.finditer(text)}
    return names.pop() if len(names) == 1 else None


def body_chief_39(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Each attribution of "the <body> <title>" given to the person the article names so (see the module's
    docstring); the others as they are."""
    out: list[Attribution] = []
    for a in attributions:
        if a.speaker is not None and not a.named and a.source_type in ("organization", "person", None):
            m = BODY_CHIEF_39.fullmatch(_phrase(text, a))
            name = _body_chief_name(text, m.group("body")) if m is not None else None
            if name is not None:
                a = a.model_copy(update={"speaker_name": name, "named": True, "source_type": "person",
                                         "affiliation": a.affiliation or m.group("body")})  # type: ignore[union-attr]
        out.append(a)
    return out


#: The story's country: the one named most, in this many mentions at least and this share of all.
STORY_MENTIONS_39, STORY_SHARE_39 = 3, 0.6


def story_country_39(text: str, table: SourceTable) -> str | None:
    """The country the article's places and country words point to (see ``story_reports_39``), or None."""
    pattern, forms = table._pattern("countries")
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        code = str(forms[m.group(0)])
        counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    total = sum(counts.values())
    return best if counts[best] >= STORY_MENTIONS_39 and counts[best] >= STORY_SHARE_39 * total else None


def story_reports_39(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A report with no country ("the report said", "court records showed"), in an article whose places point to
    one country (three mentions at least, 60% of all), is that country's: the golds give a document the country of
    the story it is part of. People and bodies keep the older rules (the golds disagree on unnamed officials)."""
    if not any(a.source_country is None and a.source_type == "report" for a in attributions):
        return attributions
    story = story_country_39(text, table)
    if story is None:
        return attributions
    return [a.model_copy(update={"source_country": story})
            if a.source_country is None and a.source_type == "report" else a for a in attributions]


def sources39_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 39's passes: a role before the name, a body's chief by name, the place the person is described by,
    the story's country for reports."""
    out = described_place_39(text, body_chief_39(text, role_before_name_39(text, attributions)), table)
    return story_reports_39(text, out, table)
