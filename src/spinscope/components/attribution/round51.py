"""Attributions, round 51 (issue 16): misses and false cues of the SemEval-2025 EN development articles.

One pass, ``round51_candidates``, called once from ``extract_attributions`` right after round 50's candidates:

- a headline whose quotation stands before its speaker and cue, with a dash after the cue ('The rich are “taking
  our homes,” critics warn - a new tax is coming.'): the quotation is the content, not the words after the dash
  (the parser reads the dash as the cue's clause);
- an agentless passive "SUBJECT has/have been (adverb) reported" with no "by" and no clause of its own: a report
  with no source, its subject the content ("Thefts and fires have been widely reported in the area").

Tried and backed out:

- "citing sources familiar with the case" (a participle whose object is only the people relied on) dropped as no
  report: round 36's convention (``tests/test_attr36.py``) gives "according to X, citing two people familiar with
  the plan" to X with the people as content;
- "approved X" / "approves X" as a stance verb with a noun-phrase object dropped as an act ("the agency approved two
  firms to sell ..."): it fired once on PolNeAR's held-out half at the one reading at the end and lowered its
  speaker accuracy (0.9158 -> 0.9157; it never fired on the tuning half);
- "reportedly" on a verb no cue claims ("..., reportedly cutting costs by half") as a report with no source:
  real36's and real45's golds leave three such adverbs out (3 spurious there), PolNeAR's tuning half has none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...document import Document
from .cues import RULE_SCORES, Candidate
from .rules import NAME

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...document import ParsedParagraph

#: A headline line: a quotation (at least ten characters before it on the line) closed by ',”' right before a short
#: speaker and a reporting verb in the present, then a dash.
HEADLINE_QUOTE_FIRST_51 = re.compile(
    r"(?m)^(?P<content>[^\n]{10,300}?,[\"”])[^\S\n]+"
    r"(?P<sp>(?:[A-Za-z][\w’'.-]*[^\S\n]+){0,2}[A-Za-z][\w’'.-]*)[^\S\n]+"
    r"(?P<cue>warns?|says?|claims?|insists?|admits?|argues?|reveals?|fears?)[^\S\n]+[-–—][^\S\n]")

#: The lowest share of a sourceless report's score (as round 20's anonymous passives).
PASSIVE_REPORTED_SCORE_51 = RULE_SCORES["anonymous-passive"]
#: The fewest words a passive's subject must have to be a report's content (not "it", "this", "two").
PASSIVE_SUBJECT_MIN_WORDS_51 = 3


def _headline_quote_first(text: str, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for m in HEADLINE_QUOTE_FIRST_51.finditer(text):
        cue = (m.start("cue"), m.end("cue"))
        for k, c in enumerate(out):
            if c.cue == cue and c.content[0] >= cue[1]:
                out[k] = replace(c, kind="mixed" if text[m.start()] not in "\"“" else "direct",
                                 content=(m.start("content"), m.end("content")),
                                 evidence=f"{c.evidence}:headline-quote-first-51")
    return out


def _span(para: ParsedParagraph, tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return para.offset + start, para.offset + end


def _covered(pos: int, candidates: list[Candidate]) -> bool:
    return any(c.cue is not None and c.cue[0] <= pos < c.cue[1] for c in candidates) or \
        any(c.content[0] <= pos < c.content[1] for c in candidates)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n.,;:":
        end -= 1
    return start, end


def _passive_reported(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    for para in doc.parsed:
        for tok in para.doc:
            pos = para.offset + tok.idx
            if tok.lemma_.lower() == "report" and tok.tag_ == "VBN" and not _covered(pos, candidates):
                deps = {ch.dep_ for ch in tok.children}
                subj = [ch for ch in tok.children if ch.dep_ == "nsubjpass"]
                if not subj or not any(ch.dep_ == "auxpass" for ch in tok.children) or \
                        deps & {"agent", "ccomp", "xcomp", "advcl"}:
                    continue
                words = list(subj[0].subtree)
                if len(words) < PASSIVE_SUBJECT_MIN_WORDS_51 or subj[0].pos_ == "PRON":
                    continue
                content = _trimmed(text, *_span(para, words))
                added.append(Candidate(kind="indirect", content=content, speaker=None,
                                       cue=(pos, pos + len(tok.text)), score=PASSIVE_REPORTED_SCORE_51,
                                       evidence=f"{NAME}:passive-reported-51", anonymous=True, offset=para.offset))
    return candidates + added


def round51_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 51's fixes (see the module's notes)."""
    return _passive_reported(text, doc, _headline_quote_first(text, candidates))
