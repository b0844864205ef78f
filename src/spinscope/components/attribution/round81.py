"""Attributions, round 81 (issue 16): PolNeAR tuning-half misses, fifth pass ("want to" and relative speakers).

One pass, ``round81_attributions``, called once from ``extract_attributions`` right after ``sources80_speakers``
and before the lead's round 44 pass (attr80's ``round80`` goes to the same place in parallel; the lead orders the
two at the merge). Counts behind each rule: ``scripts/attr81/census.txt`` and the README there.

- **"<agents> that (may not) want to <VP>" hung on the wrong noun**: the parser often hangs a relative clause on
  the head of "<noun> of <agents> that ..." ("the support of unions that may not want to sign"), so the stance pass
  reads the non-agentive head as the subject and drops the report. When an intention verb ("want", "plan", "hope",
  "intend") of a relative clause whose pronoun ("that", "which") directly follows the object of "of", and that
  object is agentive, has an infinitive and no record of its own, a record is made: speaker the object's noun
  phrase with the pronoun (PolNeAR's source is the pronoun), cue the verb with its modal and negation, content the
  infinitive. PolNeAR's tuning half: the only top-level "want to" main missed (7 of 7 top-level uses annotated).
- **A relative pronoun is the speaker's last word**: a record whose speaker is the antecedent of "that" / "which"
  and whose cue follows that pronoun with at most an auxiliary, a modal, a negation or an adverb between ("farmers
  that back the levy") gets the pronoun into its speaker span, as main already does for "who"
  (PolNeAR's tuning half gives the bare pronoun as the source of five records: three "that", two "which").
- **"welcome" a person is a greeting**: a record whose cue is "welcome" with a person, a body or a group of
  guests as its object ("welcomed the forty delegates", "welcomed the mayor, a long-time ally") reports no
  view: it is taken out (PolNeAR's tuning half: both such records of main's unannotated; "welcomed the ruling"
  keeps its record).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...document import Document
from ...result import Attribution
from .cues import _agentive
from .round56 import _sentence_bounds
from .round77 import _record
from .sources import SourceTable
from .speakers import _inside_quote

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Intention verbs read in a misattached relative clause.
INTENTION_81 = frozenset({"want", "plan", "hope", "intend", "wish"})
#: Words that may stand between a relative pronoun and its verb (auxiliaries, modals, negation, a few adverbs).
BETWEEN_81 = frozenset({
    "do", "does", "did", "may", "might", "can", "could", "will", "would", "shall", "should", "must", "have", "has",
    "had", "not", "n't", "never", "also", "still", "now", "already", "often", "really", "is", "are", "was", "were",
})
#: A relative pronoun right after a speaker span, and the words up to the cue.
RELATIVE_81 = re.compile(r"\s+(?:that|which)\b")


#: Nouns of people received as guests (the object of a greeting "welcome").
GUEST_NOUNS_81 = frozenset({
    "guest", "visitor", "crowd", "audience", "delegate", "delegation", "participant", "attendee", "newcomer", "fan",
    "family", "player", "team", "crew", "student", "pilgrim", "tourist", "refugee", "migrant", "immigrant",
})


def _cue_on(attributions: list[Attribution], start: int, end: int) -> bool:
    return any(a.cue is not None and a.cue.start < end and start < a.cue.end for a in attributions)


def _in_quotation(doc: Document, text: str, pos: int) -> bool:
    quotes = doc.cache.get("attributions.quotes")
    if quotes is not None:
        return quotes.containing(pos) is not None
    return _inside_quote(text, pos)


def _np_start(tok: Token) -> int:
    return int(tok.left_edge.idx)


def _misattached_relatives(text: str, doc: Document, attributions: list[Attribution],
                           table: SourceTable) -> list[Attribution]:
    """"<noun> of <agents> that (may not) want to <VP>" (module's notes)."""
    out = list(attributions)
    for para in doc.parsed:
        for verb in para.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in INTENTION_81 or verb.dep_ != "relcl":
                continue
            rel = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
                        and c.lower_ in ("that", "which")), None)
            if rel is None or verb.head.i >= rel.i or _agentive(verb.head):
                continue
            agent = para.doc[rel.i - 1] if rel.i > 0 else None
            if agent is None or agent.dep_ != "pobj" or agent.head.lower_ != "of" or not _agentive(agent):
                continue
            if agent.pos_ == "PRON" or agent.head.head.i != verb.head.i:
                continue
            if any(t.lower_ not in BETWEEN_81 for t in para.doc[rel.i + 1:verb.i]):
                continue
            inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
            if inf is None:
                continue
            off = para.offset
            cue = (off + para.doc[rel.i + 1].idx if rel.i + 1 < verb.i else off + verb.idx, off + verb.idx + len(verb))
            if _cue_on(out, off + verb.idx, off + verb.idx + len(verb)) or _in_quotation(doc, text, cue[0]):
                continue
            content = (off + inf.left_edge.idx, off + inf.right_edge.idx + len(inf.right_edge))
            while content[1] > content[0] and text[content[1] - 1] in ".,;:":
                content = (content[0], content[1] - 1)
            if content[1] - content[0] < 3:
                continue
            speaker = (off + _np_start(agent), off + rel.idx + len(rel))
            sent = _sentence_bounds(text, cue[0])
            out.append(_record(text, speaker, cue, content, "attributions.v1:relative-of-81", table,
                               text[sent[0]:sent[1]]))
    return out


def _relative_speakers(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A relative pronoun between the speaker and the cue joins the speaker span (module's notes)."""
    out = []
    for a in attributions:
        if a.speaker is not None and a.cue is not None and a.cue.start > a.speaker.end:
            m = RELATIVE_81.match(text, a.speaker.end)
            if m is not None:
                between = text[m.end():a.cue.start].lower().replace("n’t", " n't").replace("n't", " n't").split()
                if len(between) <= 3 and all(w in BETWEEN_81 for w in between):
                    speaker = a.speaker.model_copy(update={"end": m.end()})
                    a = a.model_copy(update={"speaker": speaker, "start": min(a.start, speaker.start),
                                             "end": max(a.end, speaker.end)})
        out.append(a)
    return out


def _cue_token(doc: Document, start: int) -> Token | None:
    for para in doc.parsed:
        if para.offset <= start < para.offset + len(para.text):
            return next((t for t in para.doc if para.offset + t.idx == start), None)
    return None


def _greeted(verb: Token) -> bool:
    """The object of ``verb`` ("welcome") is a person (a name, a pronoun, a role noun such as "the governor") or
    guests: its parsed object, else (the parser lost it: "When she welcomed the delegates, X ...") the first
    noun after the verb past determiners, numbers and adjectives."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        nxt = verb.i + 1
        while nxt < len(verb.doc) and verb.doc[nxt].pos_ in ("DET", "NUM", "ADJ"):
            nxt += 1
        if nxt < len(verb.doc) and verb.doc[nxt].pos_ in ("NOUN", "PROPN"):
            obj = verb.doc[nxt]
    if obj is None or obj.i < verb.i:
        return False
    return (obj.lemma_.lower() in GUEST_NOUNS_81 or obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them")
            or (obj.pos_ == "NOUN" and not obj.ent_type_ and _agentive(obj)))


def _greetings(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """"welcome" with a person or guests as its object is a greeting, no view (module's notes)."""
    out = []
    for a in attributions:
        if a.cue is not None and text[a.cue.start:a.cue.end].lower().startswith("welcom"):
            tok = _cue_token(doc, a.cue.start)
            if tok is not None and tok.lemma_.lower() == "welcome" and _greeted(tok):
                continue
        out.append(a)
    return out


def round81_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 81's rules (see the module's notes) over the finished attributions."""
    out = _misattached_relatives(text, doc, attributions, table)
    out = _relative_speakers(text, out)
    out = _greetings(text, doc, out)
    if len(out) == len(attributions) and all(a is b for a, b in zip(out, attributions, strict=True)):
        return attributions
    return sorted(out, key=lambda a: (a.content.start, a.content.end))


__all__ = ["round81_attributions"]
