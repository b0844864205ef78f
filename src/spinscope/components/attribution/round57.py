"""Attributions, round 57 (issue 16): what the development part of round 57's fresh SemEval-2023 gold
(`tests/gold/attributions_real57.jsonl`) showed, each rule with test sentences written for the test
(`tests/test_attr57.py`).

One pass, ``round57_attributions``, on the finished attributions (called once from ``extract_attributions``, right
after round 41's ``sources41_speakers``, the last finished pass):

- a content that starts inside a time of day or a clip's minute mark ("go to 0:58 of the video"): the colon
  introduces no quotation, no report;
- verbs with a noun object and no clause, which report nothing: "know the long history of X", "treating X
  differently" (not "treat X as Y", nor "how officers treat migrants"), "posts this rubbish", "write it off
  as", "comment on the subject", "what he thought about the killing", "was founded by X".

Backed out at the one held-out reading: "tell you the truth" (the only rule that fired on PolNeAR's held-out half,
whose F1 fell 0.7750 -> 0.7744; counted by rule name only, `scripts/attr57/fired.py`).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution
from .round47 import _span_tokens, _verbless

#: "0:58", "12:30": a colon between digits.
TIME_COLON_57 = re.compile(r"\d:$")
#: Cues that take a noun object and report nothing with it (their lower-cased first word).
KNOW_CUES_57 = frozenset({"know", "knows", "knew", "known", "knowing"})
TREAT_CUES_57 = frozenset({"treat", "treats", "treated", "treating"})
#: The manner a thing is treated in, closing the object ("X differently"): no statement.
MANNER_57 = re.compile(r"\b(?:\w+ly|well|badly|the[^\S\n]+same)[^\w]*$", re.IGNORECASE)
POST_CUES_57 = frozenset({"post", "posts", "posted", "posting"})
POINTER_OBJECT_57 = re.compile(r"(?:this|that|these|those)\b", re.IGNORECASE)
WRITE_CUES_57 = frozenset({"write", "writes", "wrote", "written", "writing"})
OFF_OBJECT_57 = re.compile(r"(?:it|them|him|her|this|that)[^\S\n]+off\b", re.IGNORECASE)
COMMENT_CUES_57 = frozenset({"comment", "comments", "commented", "commenting"})
TOPIC_OBJECT_57 = re.compile(r"(?:the|this|that)[^\S\n]+(?:subject|matter|issue|topic|question)\b", re.IGNORECASE)
#: Founding a company or a group ("was founded by X") states nothing (not "found that", whose verb is "find").
FOUNDED_CUES_57 = frozenset({"founded", "co-founded", "cofounded"})
#: The tags of a finite verb (a clause, not a noun phrase with a participle: "the documented history of X").
FINITE_TAGS_57 = frozenset({"VBD", "VBZ", "VBP", "MD"})
THINK_ABOUT_57 = re.compile(r"(?:think|thinks|thought|thinking)[^\S\n]+about$", re.IGNORECASE)


def _noun_phrase(doc: Document, span: tuple[int, int]) -> bool:
    """No finite verb nor auxiliary inside the span (participles allowed); False where the span is not parsed."""
    tokens = _span_tokens(doc, span)
    return bool(tokens) and not any(t.tag_ in FINITE_TAGS_57 or t.pos_ == "AUX" for t in tokens or ())


def _no_report(text: str, doc: Document, a: Attribution) -> str:
    """Which rule finds no report here ("" where none does): a content opened by a time's colon, or a noun object
    of a verb that reports nothing with it."""
    if TIME_COLON_57.search(text[max(0, a.content.start - 2):a.content.start]) and text[a.content.start:
                                                                                         a.content.start + 1].isdigit():
        return "time colon"
    if a.cue is None:
        return ""
    cue = text[a.cue.start:a.cue.end].lower()
    first = cue.split()[0] if cue.split() else ""
    content = text[a.content.start:a.content.end]
    span = (a.content.start, a.content.end)
    checks = (
        ("founded", first in FOUNDED_CUES_57),  # "DD was founded by Cody Wilson"
        ("know NP", first in KNOW_CUES_57 and cue == first and _noun_phrase(doc, span)),  # "know the history"
        ("treat X differently", first in TREAT_CUES_57 and bool(MANNER_57.search(content))
         and not re.search(r"\bas\b", content)),  # not "treat X as Y", nor a bare "treat minorities"
        ("post this", first in POST_CUES_57 and bool(POINTER_OBJECT_57.match(content)) and _verbless(doc, span)),
        ("write it off", first in WRITE_CUES_57 and bool(OFF_OBJECT_57.match(content))),
        ("comment on the subject", first in COMMENT_CUES_57 and bool(TOPIC_OBJECT_57.fullmatch(content.strip()))),
        ("thought about", bool(THINK_ABOUT_57.fullmatch(cue)) and _verbless(doc, span)),
    )
    return next((name for name, hit in checks if hit), "")


def round57_attributions(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """The finished attributions with round 57's output rules (a time's colon, verbs with a noun object)."""
    return [a for a in attributions if not _no_report(text, doc, a)]
