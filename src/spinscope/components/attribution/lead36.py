"""Attributions, the lead's reading of round 36 (issue 16): a finding reported by a person.

``evidence_under_report`` (called once from ``extract_attributions``, before the deduplication): "The scandal shows
that the ministry is slipping, said Lind." holds two readings of one sentence, the inner "the scandal shows that
..." (a thing as the source, the verb one of showing, not saying) and the outer "..., said Lind" (a person's report
whose content covers the inner cue and its subject). The deduplication kept the inner one, as the better scored
(a parenthetical "said X" scores lower), and gave a person's statement to "scandal". A thing that shows something
is evidence the speaker cites, not a second speaker: the inner reading is dropped, so the person's report stays.
A person or body as the inner subject ("the minister suggested that ..., the spokesman said") is a report within
a report and is kept.
"""

from __future__ import annotations

from .cues import Candidate
from .rules import AGENT_NOUNS

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
