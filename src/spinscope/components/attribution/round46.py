"""Attributions, round 46 (issue 16): the open leads of rounds 41-44.

One pass, ``round46_rules``, called once from ``extract_attributions`` after round 43's false cues:

- "We know that X have called upon Y to ...": the writer's "know" over a call, an urging or a demand is X's report,
  with X as the speaker, the calling verb as the cue and what follows it as the content;
- "police responded to a call from X that Y": X made the call (the police only answered it);
- "..., the Secretary-General, who said at the summit on Friday," with the quote in the next paragraph: the
  relative pronoun's report is the quote, not the sentence before the antecedent (only where such a quote
  paragraph follows);
- "The ministry disputed that claim, contending that ...": a content that only points back at a claim (a
  determiner and a noun of saying) is no statement of its own where the speaker goes on in the same sentence with a
  report of its own; that report is the dispute's content. A bare "X denied those claims" stays (it names X as a
  source).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...document import Document
from .cues import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token


def _head_of(doc: Document, start: int, end: int) -> Token | None:
    """The syntactic head of the text span ``start:end`` in its parsed paragraph (None where it is not parsed)."""
    for para in doc.parsed:
        if para.offset <= start and end <= para.offset + len(para.text):
            span = para.doc.char_span(start - para.offset, end - para.offset, alignment_mode="expand")
            return span.root if span is not None and len(span) else None
    return None


# ------------------------------------------------------------------------------------------ the writer's "know"

#: The writer's verbs of knowing over a reported call ("We know that X have called upon ...").
WRITER_KNOW_CUES = frozenset({"know", "knew", "understand"})
#: The first person as the writer's speaker.
WRITER_PRONOUNS_46 = frozenset({"we", "i"})
#: "X (have) called upon/on Y to", "X (have) urged Y to": a call reported inside the writer's knowledge.
KNOWN_CALL = re.compile(
    r"(?P<speaker>[^\n]{2,120}?)[^\S\n]+(?:(?:have|has|had)[^\S\n]+(?:(?:repeatedly|openly|long|also|already)"
    r"[^\S\n]+)?)?(?P<cue>called[^\S\n]+(?:up)?on|urged|exhorted|implored|incited)[^\S\n]+(?=\S)")


def _writer_knows_a_call(text: str, doc: Document, c: Candidate) -> Candidate:
    if c.speaker is None or c.cue is None:
        return c
    if text[c.speaker[0]:c.speaker[1]].strip().lower() not in WRITER_PRONOUNS_46 or \
            text[c.cue[0]:c.cue[1]].lower() not in WRITER_KNOW_CUES:
        return c
    m = KNOWN_CALL.match(text, c.content[0], c.content[1])
    if m is None or re.search(r"[.!?;:\"“”]|\b(?:that|which|who)\b", m.group("speaker")):
        return c
    if m.group("speaker").split()[0].lower() in WRITER_PRONOUNS_46 | {"you", "he", "she", "it", "they"}:
        return c  # "we know that they called on ...": a pronoun is resolved elsewhere, left as it is
    content_end = c.content[1]
    if m.end() >= content_end:
        return c
    return replace(c, speaker=(m.start("speaker"), m.end("speaker")),
                   speaker_head=_head_of(doc, m.start("speaker"), m.end("speaker")),
                   cue=(m.start("cue"), m.end("cue")), content=(m.end(), content_end),
                   evidence=f"{c.evidence}:known-call")


# ------------------------------------------------------------------------------------------ "a call from X that"

#: "responded to a (911) call from X that ...": the stretch between the responders' cue and the content.
CALL_FROM = re.compile(
    r"[^\S\n]+to[^\S\n]+an?[^\S\n]+(?:\d{3}[^\S\n]+|emergency[^\S\n]+|phone[^\S\n]+)?"
    r"(?P<call>call)[^\S\n]+from[^\S\n]+(?P<caller>[^\n,.;]{2,80}?)[^\S\n]+that[^\S\n]*")


def _caller_speaks(text: str, doc: Document, c: Candidate) -> Candidate:
    if c.speaker is None or c.cue is None or not text[c.cue[0]:c.cue[1]].lower().startswith("respond"):
        return c
    m = CALL_FROM.fullmatch(text, c.cue[1], c.content[0])
    if m is None:
        return c
    return replace(c, speaker=(m.start("caller"), m.end("caller")),
                   speaker_head=_head_of(doc, m.start("caller"), m.end("caller")),
                   cue=(m.start("call"), m.end("call")), evidence=f"{c.evidence}:call-from")


# ------------------------------------------------------------------------------------------ "..., who said ...,"

#: A speaker span that ends in a relative pronoun ("Antonio X, the Secretary-General, who").
RELATIVE_SPEAKER = re.compile(r"(?:^|[\s,])who$", re.IGNORECASE)


def _relative_before(text: str, c: Candidate) -> bool:
    """Is the content the main clause before the relative pronoun's antecedent ("The remarks contrast with the view
    of X, who said ...": not X's words)?"""
    if c.speaker is None or c.cue is None or c.content[0] >= c.speaker[0] or c.content[1] > c.speaker[1] or \
            c.cue[0] < c.speaker[1]:
        return False
    if not RELATIVE_SPEAKER.search(text[c.speaker[0]:c.speaker[1]].rstrip()):
        return False
    return "\n" not in text[c.content[0]:c.cue[1]]


def _relative_reports(text: str, candidates: list[Candidate]) -> list[Candidate]:
    held = {c.closer: c for c in candidates if c.closer is not None}
    drop: set[int] = set()
    out: list[Candidate] = []
    for c in candidates:
        if not _relative_before(text, c):
            out.append(c)
            continue
        assert c.cue is not None
        run = held.get(c.cue) or next(  # the next paragraph's quote, read as going on from this speaker
            (d for d in candidates if d.speaker == c.speaker and d.cue is None and d.content[0] >= c.cue[1]
             and d.evidence.endswith(":quote-continues-previous")), None)
        if run is None:
            out.append(c)  # no quote paragraph after it: left as it was (polnear_dev's tuning half matches one
            continue  # such content, with another speaker, to a report of the sentence before)
        drop.add(id(run))
        out.append(replace(c, kind="direct", content=run.content, evidence=f"{c.evidence}:relative-quote"))
    return [c for c in out if id(c) not in drop]


# ------------------------------------------------------------------------------------------ "disputed that claim"

#: Nouns of saying that a determiner points back with ("that claim", "the allegations").
POINTER_NOUNS_46 = frozenset({"claim", "claims", "allegation", "allegations", "accusation", "accusations",
                              "charge", "charges", "assertion", "assertions", "suggestion", "suggestions",
                              "characterization", "characterisation", "contention", "argument", "statement",
                              "statements", "notion", "report", "reports", "account", "version", "figure",
                              "figures", "estimate", "finding", "findings", "conclusion", "premise", "idea",
                              "view", "theory"})
POINTER_DETERMINERS_46 = frozenset({"that", "this", "these", "those", "such", "the", "both", "either"})


def _points_back(text: str, c: Candidate) -> bool:
    """Is the content a determiner and a noun of saying, nothing more ("disputed that claim", "denied the
    allegations"), or that noun alone right after such a determiner?"""
    if c.cue is None:
        return False
    words = text[c.content[0]:c.content[1]].strip(" .,;:!?\"“”'’").lower().split()
    if len(words) == 1 and words[0] in POINTER_NOUNS_46:
        before = text[max(0, c.content[0] - 12):c.content[0]].lower().split()
        return bool(before) and before[-1] in POINTER_DETERMINERS_46
    return len(words) == 2 and words[0] in POINTER_DETERMINERS_46 and words[1] in POINTER_NOUNS_46


def _own_clause_after(text: str, c: Candidate, candidates: list[Candidate]) -> bool:
    """Does the pointing candidate's speaker go on, in the same sentence, with a report of its own ("disputed that
    claim, contending that ...")? Only then is the pointer left out: a bare "Moscow has denied those claims" is
    still the one place that names Moscow as a source (sources_real26 counts it)."""
    if c.cue is None or c.speaker is None:
        return False
    for d in candidates:
        if d is c or d.cue is None or d.speaker is None or d.cue[0] <= c.cue[1] or _points_back(text, d):
            continue
        if d.speaker[0] < c.speaker[1] and c.speaker[0] < d.speaker[1] and \
                not re.search(r"[.!?;]\s|\n", text[c.cue[1]:d.cue[0]]):
            return True
    return False


# ------------------------------------------------------------------------------------------ the pass


def round46_rules(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 46's rules applied (see the module's notes), in their order."""
    out = [_caller_speaks(text, doc, _writer_knows_a_call(text, doc, c)) for c in candidates
           if not (_points_back(text, c) and _own_clause_after(text, c, candidates))]
    return _relative_reports(text, out)
