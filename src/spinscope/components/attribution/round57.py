"""Attributions, round 57 (issue 16): what the development part of round 57's fresh SemEval-2023 gold
(`tests/gold/attributions_real57.jsonl`) showed, each rule with test sentences written for the test
(`tests/test_attr57.py`).

One pass, ``round57_attributions``, on the finished attributions (called once from ``extract_attributions``, right
after round 41's ``sources41_speakers``, the last finished pass):

- a content that starts inside a time of day or a clip's minute mark ("go to 0:58 of the video"): the colon
  introduces no quotation, no report;
- verbs with a noun object and no clause, which report nothing: "know the long history of X", "tell you the
  truth", "treating X differently" (not "treat X as Y", nor "how the police treat minorities"), "posts this
  rubbish", "write it off as", "comment on the subject", "what he thought about the killing", "was founded by X".
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution
from .round47 import _verbless

#: "0:58", "12:30": a colon between digits.
TIME_COLON_57 = re.compile(r"\d:$")
#: Cues that take a noun object and report nothing with it (their lower-cased first word).
KNOW_CUES_57 = frozenset({"know", "knows", "knew", "known", "knowing"})
TELL_CUES_57 = frozenset({"tell", "tells", "told", "telling"})
TRUTH_OBJECT_57 = re.compile(r"(?:you[^\S\n]+|us[^\S\n]+|them[^\S\n]+)?(?:the[^\S\n]+truth|lies|a[^\S\n]+lie)\b",
                             re.IGNORECASE)
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
    for para in doc.parsed:
        if not para.offset <= span[0] < para.offset + len(para.text):
            continue
        tokens = [t for t in para.doc if span[0] <= para.offset + t.idx < span[1]]
        return bool(tokens) and not any(t.tag_ in FINITE_TAGS_57 or t.pos_ == "AUX" for t in tokens)
    return False


def _no_report(text: str, doc: Document, a: Attribution) -> bool:
    """A content opened by a time's colon, or a noun object of a verb that reports nothing with it."""
    if TIME_COLON_57.search(text[max(0, a.content.start - 2):a.content.start]) and text[a.content.start:
                                                                                         a.content.start + 1].isdigit():
        return True
    if a.cue is None:
        return False
    cue = text[a.cue.start:a.cue.end].lower()
    first = cue.split()[0] if cue.split() else ""
    content = text[a.content.start:a.content.end]
    span = (a.content.start, a.content.end)
    if first in FOUNDED_CUES_57:
        return True  # "DD was founded by Cody Wilson"
    if first in KNOW_CUES_57 and cue == first and _noun_phrase(doc, span):
        return True  # "know the long history of the firm"
    if first in TELL_CUES_57 and TRUTH_OBJECT_57.match(content) and _verbless(doc, span):
        return True  # "will not tell you the truth"
    if first in TREAT_CUES_57 and MANNER_57.search(content) and not re.search(r"\bas\b", content):
        return True  # "treating X differently" (not "treat X as Y", nor a bare "treat minorities")
    if first in POST_CUES_57 and POINTER_OBJECT_57.match(content) and _verbless(doc, span):
        return True  # "posts this rubbish"
    if first in WRITE_CUES_57 and OFF_OBJECT_57.match(content):
        return True  # "write it off as a mistake"
    if first in COMMENT_CUES_57 and TOPIC_OBJECT_57.fullmatch(content.strip()):
        return True  # "comment on the subject"
    return bool(THINK_ABOUT_57.fullmatch(cue) and _verbless(doc, span))  # "what he thought about the killing"


def round57_attributions(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """The finished attributions with round 57's output rules (a time's colon, verbs with a noun object)."""
    return [a for a in attributions if not _no_report(text, doc, a)]
