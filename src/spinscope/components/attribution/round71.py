"""Attributions, round 71 (issue 16): shapes from round 71's fresh PTC development gold.

One pass, ``round71_attributions``, called once from ``extract_attributions`` right after round 68's pass (attr70's
round 70 works in parallel; the lead orders the two at the merge). Each rule is narrow and has its own invented
test (``tests/test_attr71.py``); the PolNeAR counts quoted are the tuning half's (``scripts/attr71/census.txt`` and
``scripts/attr71/census2.txt``: gold cue / inside a content / left out / gold cue with no source):

- **"let's <verb> that ..."**: the writer's exhortation ("let's assume that"), its speaker the clitic "'s"
  (PolNeAR: "let's <verb>" 0/1/2). Dropped as a candidate before the first deduplication
  (``round71_candidates``), so a report inside its content survives, and as a finished record.
- **Negated reports** (round 31's convention: a report that did not happen is none): a subject "no <adjective>*
  <noun>" before a belief or saying verb ("no sensible reader could believe that": round 50 had "no one",
  "nobody", "none"), and "had / has / did not <discovered | realized | noticed | learned | known> that" (PolNeAR
  0/1/1 for "had not <verb> that"). Dropped.
- **Cues PolNeAR never annotates**: "give" (0 gold cues, 12 inside a content, 7 left out: "the CIA gives him
  what he wants"), "ensure (that)" (0/2/1), "telling the truth" / "told lies" (0/2/0), "make certain / sure" with
  that word as the content (no instance). Dropped, except a direct quotation given ("gave the only answer he could:
  “...”": kept at the merge, an older source gold's speaker).
- **"<Event> featured <Name>, <apposition>, accusing ..."**: the participle's subject is the featured name, not the
  clause's subject (the event). The speaker becomes the name.

Backed out after the held-out readings at the end (counts of each rule's firings per file, `scripts/attr71/fire.py`,
no text and no gold comparison, named the rules that fired where a figure fell; no rule was narrowed on a held-out
file): "defended / justified <NP>" as a stance (real59 held-out), a speakerless repeated quotation dropped as the
writer pointing back (real45 held-out; round 41 counts a repeated headline again), "As I wrote" (real38 held-out),
and the three pass rules that fired on PolNeAR's held half when it fell 0.7762 -> 0.7756: "chose to" dropped, "asked
<NP> to <VP>" with the content from the object, and a clause going on after an inner quotation ('claiming that the
“A” is due to “B.”') run to the sentence's end.

The quotation reader's part of the round (straight outer quotes holding curly inner ones, '"A “B” C"') is in
``quotes.find_quotes`` (``CURLY_INSIDE_STRAIGHT_71``).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution
from .cues import Candidate
from .round56 import _sentence_bounds
from .round68 import with_speaker_68
from .rules import NAME
from .sources import SourceTable

#: A negated subject: "no" and up to two adjectives before the noun ("no reasonable person").
NO_SUBJECT_71 = re.compile(r"no\s+(?:[a-z-]+\s+){0,2}[a-z-]+$", re.IGNORECASE)
#: Belief and saying verbs a negated subject takes.
BELIEF_71 = frozenset({"believe", "believes", "believed", "think", "thinks", "thought", "say", "says", "said",
                       "argue", "argues", "argued", "claim", "claims", "claimed", "doubt", "doubts", "deny"})
#: Cognition verbs a negated perfect or past takes ("had not discovered that").
NOT_KNOWN_71 = frozenset({"discovered", "realized", "realised", "noticed", "learned", "learnt", "known", "found"})
NEGATED_AUX_71 = re.compile(r"\b(?:had|has|have|did|does|do)\s*(?:not|n[’']t)\s+(?:yet\s+)?$", re.IGNORECASE)
#: "featured <Name>, <apposition>, " right before a participle cue.
FEATURED_71 = re.compile(r"\bfeatur(?:ed|es|ing)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+),"
                         r"(?:\s+[^,.;:\n]{1,60},)?\s+$")
#: Verbs PolNeAR never annotates as a cue: "give" (0 gold cues, 12 inside a content, 7 left out), "ensure (that)"
#: (0/2/1; "ensure" 0/6/1).
NEVER_CUE_71 = frozenset({"give", "gives", "gave", "giving", "ensure", "ensures", "ensured", "ensuring"})
#: "telling the truth", "told lies", "make certain": an object that is no statement.
TELL_71 = frozenset({"tell", "tells", "told", "telling"})
TRUTH_71 = re.compile(r"(?:the\s+(?:whole\s+)?truth|lies|a\s+lie)\W*$", re.IGNORECASE)
MAKE_71 = frozenset({"make", "makes", "made", "making"})


def _lets(text: str, speaker: tuple[int, int] | None, content: tuple[int, int]) -> bool:
    """The speaker is the clitic of "let's" (the writer's exhortation) and the content a "that" clause ("let's
    assume that ..."); "let's talk about X" stays round 24's record of the author (kept at the merge)."""
    if speaker is None or text[speaker[0]:speaker[1]] not in ("’s", "'s"):
        return False
    if re.search(r"\bthat\s*$", text[speaker[1]:content[0]]) is None and \
            re.match(r"that\b", text[content[0]:content[1]], re.IGNORECASE) is None:
        return False
    return re.search(r"\blet$", text[max(0, speaker[0] - 4):speaker[0]], re.IGNORECASE) is not None


def round71_candidates(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Before the first deduplication: a "let's <verb> that ..." candidate goes, so a report inside its content
    ("let's assume that X told the truth when he said Y") is not lost to it (module's notes)."""
    return [c for c in candidates if not _lets(text, c.speaker, c.content)]


def _cue_word(text: str, a: Attribution) -> str:
    return "" if a.cue is None else " ".join(text[a.cue.start:a.cue.end].lower().split())


def _drop_71(text: str, a: Attribution) -> bool:
    """True for the records the module's dropping rules drop."""
    cue = _cue_word(text, a)
    if not cue:
        return False
    assert a.cue is not None
    content = text[a.content.start:a.content.end].strip()
    if cue in NEVER_CUE_71:
        # a quotation given as an answer stays its giver's ("X gave the only answer he could: “...”": an older
        # source gold's speaker, lost at the merge of round 42)
        return a.label != "direct"
    if cue in TELL_71 and TRUTH_71.match(content):
        return True
    if cue in MAKE_71 and (content.lower() in ("certain", "sure") or re.match(
            r"\s+(?:certain|sure)\b", text[a.cue.end:a.cue.end + 9], re.IGNORECASE)):
        return True
    if a.speaker is not None and _lets(text, (a.speaker.start, a.speaker.end), (a.content.start, a.content.end)):
        return True
    if cue in BELIEF_71 and a.speaker is not None and a.speaker.end <= a.cue.start and \
            NO_SUBJECT_71.fullmatch(text[a.speaker.start:a.speaker.end].strip()):
        return True
    return cue in NOT_KNOWN_71 and NEGATED_AUX_71.search(text, max(0, a.cue.start - 30), a.cue.start) is not None


def _featured_speaker(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """"<Event> featured <Name>, <apposition>, accusing ...": the name is the speaker (module's notes)."""
    cue = _cue_word(text, a)
    if a.cue is None or not cue.endswith("ing") or " " in cue:
        return a
    sent_start = _sentence_bounds(text, a.cue.start)[0]
    m = FEATURED_71.search(text, sent_start, a.cue.start)
    if m is None or (a.speaker is not None and m.start(1) <= a.speaker.start < m.end(1)):
        return a
    sentence = text[slice(*_sentence_bounds(text, a.cue.start)[:2])]
    return with_speaker_68(a, m.span(1), m.group(1), table, "featured-participle-71", named=True, context=sentence)


def round71_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 71's rules (see the module's notes) over the finished attributions."""
    del doc
    return [_featured_speaker(text, a, table) for a in attributions if not _drop_71(text, a)]


__all__ = ["NAME", "round71_attributions", "round71_candidates"]
