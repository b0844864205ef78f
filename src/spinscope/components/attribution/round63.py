"""Attributions, round 63 (issue 16): an expected announcement's speaker.

One pass, ``round63_attributions``, called once from ``extract_attributions`` right after round 62's:

- **"<subject> is expected to announce (that) ..."**: the announcement is the subject's, though nobody has made it
  yet; the extractor found the cue and the clause but gave them no speaker (anonymous). A sourceless attribution
  whose cue is a verb of saying (announce, say, confirm, reveal, ...) governed by a passive "expected" (or
  "anticipated") whose subject is a noun phrase takes that noun phrase as its speaker, typed as any speaker
  phrase is. PolNeAR's tuning half has no instance (``scripts/attr63/census.py``): the lead's reading decides.
- **"It is understood (that) ..."**: the writer's hedge, no report by anyone; a sourceless attribution whose cue is
  "understood" after "It is/was" near the sentence's opening is dropped (round 61's Lee gold leaves it out; PolNeAR's
  tuning half has no instance).

Not changed (the lead's other shapes), by PolNeAR's count (tuning half, ``census.txt``): "<a body> plans to <verb>"
stays an attribution (verb form: 3 gold cues, all with the subject as source, 1 left out; rounds 49 and 51 keep it),
and "met/gathered to discuss X" stays one (3 of 3 gold cues with the subject as source).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution, Span
from .round50 import _token_at
from .round56 import _sentence_bounds
from .rules import NAME
from .sources import SourceTable, _type_source

#: "It is understood (that)" near a sentence's opening (after at most 4 words: a time or place phrase).
UNDERSTOOD_63 = re.compile(r"\bit\s+(?:is|was|'s)\s+(?:also\s+|now\s+)?understood\b", re.IGNORECASE)
#: Verbs of saying that an expected announcement takes.
EXPECTED_SPEECH_63 = frozenset({"announce", "say", "confirm", "reveal", "unveil", "declare", "tell", "report"})
#: The passive participles that make the subject's future speech expected ("is expected to", "is anticipated to").
EXPECTED_63 = frozenset({"expected", "anticipated"})


def _expected_subject(doc: Document, a: Attribution,
                      heads: frozenset[str] = EXPECTED_63) -> tuple[int, int, str] | None:
    """The noun phrase whose speech is expected (see the module's notes), as (start, end, text), or None; ``heads``
    the passive participles read (round 65 passes its own: "is set / scheduled to announce")."""
    if a.cue is None:
        return None
    token = _token_at(doc, a.cue.start)
    if token is None or token.lemma_.lower() not in EXPECTED_SPEECH_63 or token.dep_ != "xcomp":
        return None
    head = token.head
    passive = head.lower_ in heads and any(c.dep_ == "auxpass" for c in head.children)
    if not passive:
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON" or subjects[0].lower_ in ("it", "there"):
        return None
    subject = subjects[0]
    left = min(t.i for t in subject.subtree if t.dep_ not in ("punct",))
    right = max(t.i for t in subject.subtree)
    sent = subject.doc[left:right + 1]
    offset = a.cue.start - token.idx
    return offset + sent.start_char, offset + sent.end_char, sent.text


def _expected_speakers(text: str, doc: Document, attributions: list[Attribution], table: SourceTable,
                       heads: frozenset[str] = EXPECTED_63, tag: str = "expected-speaker-63") -> list[Attribution]:
    out = []
    for a in attributions:
        found = _expected_subject(doc, a, heads) if a.speaker is None and not a.speaker_name else None
        if found is None:
            out.append(a)
            continue
        start, end, phrase = found
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
        token = _token_at(doc, end - len(phrase.split()[-1])) if phrase else None
        sentence = text[slice(*_sentence_bounds(text, a.cue.start)[:2])] if a.cue is not None else ""
        source_type, country, state, affiliation = _type_source(phrase, token, table, anonymous=False,
                                                                context=sentence)
        named = phrase[:1].isupper()
        kind: str | None = source_type
        if kind == "anonymous":
            kind = "organization" if named else None
        evidence = f"{a.evidence}:{tag}"
        out.append(a.model_copy(update={
            "start": min(a.start, start),
            "speaker": Span(start=start, end=end, label="speaker", score=a.score, evidence=evidence),
            "speaker_name": phrase, "source_type": kind, "source_country": country,
            "state_affiliated": state, "affiliation": affiliation, "named": named, "evidence": evidence}))
    return out


def _understood(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions less each sourceless "It is understood (that) ..." (see the module's notes)."""
    out = []
    for a in attributions:
        if a.speaker is None and not a.speaker_name and a.cue is not None:
            start = _sentence_bounds(text, a.cue.start)[0]
            m = UNDERSTOOD_63.search(text, start, a.cue.end)
            if m is not None and m.end() == a.cue.end and len(text[start:m.start()].split()) <= 4:
                continue
        out.append(a)
    return out


def round63_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 63's rules (see the module's notes) over the finished attributions."""
    return _understood(text, _expected_speakers(text, doc, attributions, table))


__all__ = ["NAME", "round63_attributions"]
