"""Attributions, the lead's reading of round 36 (issue 16): a finding reported by a person.

``evidence_under_report`` (called once from ``extract_attributions``, before the deduplication): "The scandal shows
that the ministry is slipping, said Lind." holds two readings of one sentence, the inner "the scandal shows that
..." (a thing as the source, the verb one of showing, not saying) and the outer "..., said Lind" (a person's report
whose content covers the inner cue and its subject). The deduplication kept the inner one, as the better scored
(a parenthetical "said X" scores lower), and gave a person's statement to "scandal". A thing that shows something
is evidence the speaker cites, not a second speaker: the inner reading is dropped, so the person's report stays.
A person or body as the inner subject ("the minister suggested that ..., the spokesman said") is a report within
a report and is kept.

``but_clause_goes_on`` (after round 50's candidates): "X said A, but B" where B goes on with the statement
(:func:`_goes_on_to`): the content runs to B's end.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...document import Document
from .cues import Candidate
from .round50 import _token_at
from .rules import AGENT_NOUNS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of showing: their subject is evidence, not a speaker, when a person's report covers the clause.
SHOWING_VERBS = frozenset({"show", "suggest", "indicate", "signal", "prove", "demonstrate", "reveal", "mean",
                           "confirm"})
#: The outer reports that take the sentence: verbs of saying (and "according to").
SAYING_VERBS = frozenset({"say", "tell", "add", "state", "explain", "claim", "insist", "note", "warn", "argue",
                          "write", "conclude", "according-to"})


def _verb(cand: Candidate) -> str | None:
    parts = cand.evidence.split(":")
    if len(parts) > 2 and parts[1] == "reporting-verb":
        return parts[2]
    return "according-to" if len(parts) > 1 and parts[1] == "according-to" else None


def _thing(cand: Candidate) -> bool:
    """The candidate's subject is a thing: a common noun that names no person, body or outlet."""
    head = cand.speaker_head
    if head is None or head.pos_ != "NOUN" or head.ent_type_:
        return False
    # (a report, study, survey or poll is a source of its own: an agent noun)
    return head.lemma_.lower() not in AGENT_NOUNS


def evidence_under_report(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop a showing verb's reading whose subject is a thing where a person's report covers it (module doc)."""
    outer = [c for c in candidates if c.speaker is not None and c.cue is not None and _verb(c) in SAYING_VERBS]
    if not outer:
        return candidates

    def covered(inner: Candidate) -> bool:
        assert inner.speaker is not None and inner.cue is not None
        lo = min(inner.speaker[0], inner.cue[0])
        return any(o is not inner and o.content[0] <= lo and inner.cue[1] <= o.content[1]
                   and not (o.content[0] <= o.speaker[0] < o.content[1])  # type: ignore[index]
                   and "\n" not in text[min(o.content[0], o.cue[0]):max(o.content[1], o.cue[1])]  # type: ignore[index]
                   for o in outer)

    return [c for c in candidates if not (
        c.speaker is not None and c.cue is not None and _verb(c) in SHOWING_VERBS and _thing(c) and covered(c))]


# ------------------------------------------------------------------------------------ "said A, but B"

#: Conjunctions that join a second clause to the reporting verb ("X said A, but B").
GOES_ON_CC = frozenset({"but", "and", "while", "although", "though", "yet"})
#: Verbs of saying whose that-clause may go on past a comma ("said", "told", "argued" ...).
GOES_ON_VERBS = frozenset({"say", "tell", "add", "state", "argue", "claim", "insist", "warn", "note", "explain"})
#: Personal pronouns: a clause with one of these as its subject is the writer's narration of the speaker ("X said A,
#: but he did not elaborate"), not more of what was said.
NARRATION_SUBJECTS = frozenset({"he", "she", "i", "we", "they", "you", "it"})


def _goes_on_to(text: str, verb: Token, content_end: int, offset: int) -> int | None:
    """The end of a second clause joined to the reporting verb after the content that goes on with the statement:
    "X said A, but the ministry should rethink B": its own nominal subject (no pronoun), a verb of no report, in
    the past or with a modal (the backshift of reported speech), in the same sentence, with no quotation mark or
    line break before its end."""
    ccs = [t for t in verb.children if t.dep_ == "cc" and t.lower_ in GOES_ON_CC and offset + t.idx >= content_end]
    if not ccs:
        return None
    conj = next((t for t in verb.children if t.dep_ == "conj" and t.i > ccs[0].i and t.pos_ in ("VERB", "AUX")),
                None)
    if conj is None or conj.lemma_.lower() in REPORTING_VERBS or conj.sent != verb.sent:
        return None
    subject = next((t for t in conj.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in NARRATION_SUBJECTS:
        return None
    backshifted = conj.tag_ == "VBD" or any(t.dep_ in ("aux", "auxpass") and (t.tag_ in ("MD", "VBD"))
                                           for t in conj.children)
    if not backshifted:
        return None
    last = max(t.i for t in conj.subtree)
    while last > conj.i and conj.doc[last].is_punct:
        last -= 1
    end = offset + conj.doc[last].idx + len(conj.doc[last].text)
    seg = text[content_end:end]
    if "\n" in seg or any(q in seg for q in "“”\""):
        return None
    return end


def but_clause_goes_on(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Round 36 (lead): "Petrov said the farmers needed help, but the ministry should rethink its quotas":
    the parser hangs the second clause on "said", so the content stopped at "help" and covered too little of the
    statement to be found. Such a clause goes on with the content (see :func:`_goes_on_to`) unless another
    candidate's cue stands in it."""
    cues = sorted(c.cue[0] for c in candidates if c.cue is not None)
    out: list[Candidate] = []
    for cand in candidates:
        parts = cand.evidence.split(":")
        if cand.cue is None or cand.speaker is None or len(parts) < 4 or parts[1] != "reporting-verb" or \
                parts[2] not in GOES_ON_VERBS or parts[3] != "ccomp" or cand.cue[0] > cand.content[0]:
            out.append(cand)
            continue
        verb = _token_at(doc, cand.cue[0])
        para = next((p for p in doc.parsed if p.offset <= cand.cue[0] < p.offset + len(p.text)), None)
        end = _goes_on_to(text, verb, cand.content[1], para.offset) if verb is not None and para else None
        if end is None or any(cand.content[1] <= c < end for c in cues):
            out.append(cand)
            continue
        out.append(replace(cand, content=(cand.content[0], end)))
    return out
