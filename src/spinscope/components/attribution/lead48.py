"""Attributions, lead round 48 (issue 16): a group's "they", a group named at a sentence's start, a headline's
"shows off" and a listener taken for what was said, from the lead's reading of four fresh 1987 wire stories and two
news pages.

One pass, ``lead48_attributions``, called once from ``extract_attributions`` after round 83's pass. Its invented
tests are in ``tests/test_lead48.py``.

- **A group's "they".** "X will do Y, ministry officials said. ... Z, they said.": the "they" is the officials, and
  the golds type such a "they" as its group (an unnamed ``government`` with the group's country). Where a "they"
  speaker is unnamed and the speaker of the statement before it (within ``THEY_WINDOW_L48`` characters, pronouns
  passed over) is an unnamed plural group ("ministry officials", "the officials", "analysts"), the "they" takes that
  group's name and type (not its country: the golds give a "they" none, as its own words name none). The
  resolution had typed it ``anonymous`` (or tied it to a body named inside the report, which round 56 then
  unresolved), so the sourcing profile listed "they" as a source of its own.
- **A group named at a sentence's start.** "Executives admitted ..." was typed ``person`` where "executives admitted
  ..." is ``anonymous`` (round 43's plural of common nouns reads lower-case words only): one capitalised plural
  noun of people in a role (``GROUP_NOUNS_L48``: a list, since an untagged surname such as "Haynes" looks the same)
  that opens its sentence and that no pass took for a name is typed as the lower-case one is.
- **A headline's "shows off".** "<Company> shows off <product>" is no report: "shows" is a headline cue ("Poll
  shows ...") only where "off" does not follow.
- **A listener is not what was said.** "<X> told a television interviewer, "<quotation>"": besides the quotation's
  record, the stance rule read "a television interviewer" as what was told. A ``stance-verb:tell:dobj`` record whose
  cue is the cue of another record is dropped.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .sources42 import _phrase

#: How far back (characters from the "they") the statement whose group a "they" continues may start.
THEY_WINDOW_L48 = 1500
#: Speaker phrases passed over when looking for the group a "they" continues.
PRONOUNS_L48 = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})
#: Types a group that a "they" continues may have (a document's "they" is rare, a person's plural impossible).
GROUP_TYPES_L48 = frozenset({"government", "organization", "anonymous", "academic", "politician", "media"})
#: An unnamed plural group: lower-case words, the first one's capital aside, the last a plural noun.
GROUP_PHRASE_L48 = re.compile(r"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Tt]wo|[Tt]hree)\s+)?"
                              r"(?:[A-Za-z][a-z-]*\s+){0,2}[a-z][a-z-]*[^s\W]s")
#: Plural nouns of people in a role, which open a sentence capitalised ("Executives admitted ..."); a list, since
#: a surname ending in "s" that no pass took for a name ("Haynes") looks the same.
GROUP_NOUNS_L48 = frozenset({
    "executives", "traders", "dealers", "analysts", "economists", "bankers", "brokers", "officials", "diplomats",
    "sources", "experts", "observers", "investors", "critics", "residents", "witnesses", "scientists", "researchers",
    "doctors", "lawyers", "activists", "campaigners", "protesters", "workers", "employees", "managers", "farmers",
    "growers", "producers", "exporters", "importers", "delegates", "negotiators", "organizers", "organisers",
    "engineers", "consumers", "shoppers", "teachers", "parents", "students", "voters", "users", "owners"})
#: A sentence's start before a speaker: the text's start, a line break, or a full stop and space.
SENTENCE_START_L48 = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)\s*$")


def _they_group(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A "they" after an unnamed plural group's statement takes the group's name, type and country."""
    order = sorted((a.speaker.start, i) for i, a in enumerate(attributions) if a.speaker is not None)
    out = list(attributions)
    for k, (start, i) in enumerate(order):
        a = attributions[i]
        if a.named or _phrase(text, a).lower() != "they":
            continue
        group = None
        for _, j in reversed(order[:k]):
            b = attributions[j]
            assert b.speaker is not None
            if start - b.speaker.start > THEY_WINDOW_L48:
                break
            phrase = _phrase(text, b)
            if phrase.lower() in PRONOUNS_L48:
                continue
            group = b
            break
        if group is None or group.named or group.source_type not in GROUP_TYPES_L48 or \
                not GROUP_PHRASE_L48.fullmatch(_phrase(text, group)):
            continue
        # the type and the name; the country stays the "they"'s own (the golds give a "they" the country its own
        # words give, none: a group's country comes from its phrase or the story)
        out[i] = a.model_copy(update={"speaker_name": group.speaker_name, "source_type": group.source_type,
                                      "state_affiliated": group.state_affiliated, "affiliation": group.affiliation})
    return out


def _capital_plural(text: str, a: Attribution) -> Attribution:
    """"Executives admitted ...": an unnamed ``person`` that is one capitalised plural word opening its sentence is
    ``anonymous``, as the same word in lower case is typed."""
    if a.speaker is None or a.named or a.source_type != "person":
        return a
    phrase = _phrase(text, a)
    if not (phrase[:1].isupper() and phrase.lower() in GROUP_NOUNS_L48) or \
            not SENTENCE_START_L48.search(text[max(0, a.speaker.start - 4):a.speaker.start]):
        return a
    return a.model_copy(update={"source_type": "anonymous"})


def _shows_off(text: str, a: Attribution) -> bool:
    """A headline record whose cue is "shows" / "show" followed by "off" ("<Company> shows off <product>")."""
    return a.cue is not None and a.evidence.endswith((":headline:shows", ":headline:show")) and \
        re.match(r"\s+off\b", text[a.cue.end:a.cue.end + 6]) is not None


def _listener_records(attributions: list[Attribution]) -> set[int]:
    """Indices of ``stance-verb:tell:dobj`` records whose cue is another record's cue: the listener of "told"."""
    cues: dict[tuple[int, int], int] = {}
    for a in attributions:
        if a.cue is not None:
            cues[(a.cue.start, a.cue.end)] = cues.get((a.cue.start, a.cue.end), 0) + 1
    return {i for i, a in enumerate(attributions) if a.cue is not None and a.evidence.endswith(
        ":stance-verb:tell:dobj") and cues[(a.cue.start, a.cue.end)] > 1}


def lead48_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 48's lead rules, as the module's notes say."""
    drop = _listener_records(attributions)
    out = [_capital_plural(text, a) for i, a in enumerate(attributions)
           if i not in drop and not _shows_off(text, a)]
    return _they_group(text, out)
