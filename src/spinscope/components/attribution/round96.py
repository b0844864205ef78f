"""Attributions, round 96 (helper round 50, issue 16): PolNeAR tuning-half misses, ninth pass
(``scripts/attr96/README.md``; the census in ``scripts/attr96/census_base.txt``, the rule in ``RULE.md``).

One shape: a view held in the narrative voice by "I", "we" or "you" ("I doubt the plan will work", "we recognize
the danger that ...", "you would need to save more"). Main's stance rules leave a first- or second-person subject
out on purpose (the author's own view, not a report of someone's); PolNeAR annotates these views as attributions
with the pronoun as source, in opinion pieces, letters and advice columns alike. On the tuning half 13 of the 18
such uses outside quotations are gold records (main finds 7 through other rules), above F1's break-even.

Read: a verb of view, belief or intention (``STANCE_OBJECT_VERBS``, ``BELIEF_VERBS``, ``INTENTION_VERBS``; not the
plain communication verbs of ``REPORTING_VERBS`` such as "write" or "tell", nor ``NOT_STANCE_VERBS``) whose own
subject is "I", "we" or "you", with a clause, a to-infinitive or a noun object after it (as main's stance rule
reads them), and a stance adjective after a copula ("we are convinced (that) ...", ``STANCE_ADJECTIVES``) with its
clause or infinitive. Left alone: a verb inside a quotation or inside another record's content (a speaker's "we"
is the speaker's), a question, a relative clause ("the sum I need"), a verb that already carries a record's cue, a
pronoun object other than "what" / "that" / "this", a condition ("if you want to ..."), "we'll see", "I mean",
and a verb of perception or finding with no clause ("we have seen images of ...", "you can find ... here"). The
record's speaker is the pronoun, its cue the verb.

Called once from ``extract_attributions`` after the other rounds' passes (the lead orders them at the merge; this
pass reads no other round's records by name). Tests: ``tests/test_attr96.py`` (invented sentences).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...document import Document
from ...result import Attribution
from .quotes import QuoteIndex
from .round77 import _record
from .rules import (
    BELIEF_VERBS,
    INTENTION_VERBS,
    NOT_STANCE_VERBS,
    REPORTING_VERBS,
    STANCE_ADJECTIVES,
    STANCE_OBJECT_VERBS,
)
from .sources import SourceTable

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The record's evidence.
EVIDENCE_R96 = "attributions.v1:stance-verb:first-second-person-96"
#: Subjects read: the author's or the reader's voice.
PERSONS_R96 = frozenset({"i", "we", "you"})
#: Verbs of view, belief or intention (not plain communication: "I wrote to her", "we told them").
VIEW_VERBS_R96 = (STANCE_OBJECT_VERBS | BELIEF_VERBS | INTENTION_VERBS) - (REPORTING_VERBS - BELIEF_VERBS) \
    - NOT_STANCE_VERBS - {"mean"}  # "I mean ...", "I mean no disrespect": a turn of phrase, no view
#: Pronoun objects that stand for a proposition.
PROPOSITION_PRONOUNS_R96 = frozenset({"what", "that", "this", "nothing", "something"})
#: Verbs of perception or finding: with a noun object what the subject meets or reads, not a view ("we have seen
#: images of ...", "you can find the church here", "you could read this to say"); with a clause they stay read.
PERCEPTION_VERBS_R96 = frozenset({"see", "find", "read", "watch", "hear", "notice", "witness", "remember"})
#: Verb positions that are no view of the subject's own (a relative clause, a modifier, an auxiliary).
SKIPPED_DEPS_R96 = frozenset({"relcl", "amod", "aux", "auxpass", "acl", "csubj"})


def _verb_lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{lemma} {particle}" if particle and f"{lemma} {particle}" in VIEW_VERBS_R96 else lemma


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened in its paragraph (from ``start``) or in its block of lines
    (from the last blank line: a source with one sentence a line breaks a quotation over lines)."""
    block = text.rfind("\n\n", 0, pos)
    for before in (text[start:pos], text[block + 2 if block >= 0 else 0:pos]):
        if (before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
                or before.count("''") % 2 == 1 or before.rfind("‘‘") > before.rfind("’’")):
            return True
    return False


def _complement(verb: Token) -> tuple[Token, Token] | None:
    """The verb's complement (its first and last tokens): a clause, a to-infinitive or a noun object."""
    for dep in ("ccomp", "xcomp", "dobj"):
        comp = next((c for c in verb.children if c.i > verb.i and c.dep_ == dep), None)
        if comp is None:
            continue
        if dep == "xcomp" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in comp.children):
            continue
        if dep == "dobj" and comp.pos_ == "PRON" and comp.lower_ not in PROPOSITION_PRONOUNS_R96:
            return None
        last = comp.right_edge
        if dep == "dobj":  # "see the plan as a way to ...", "consider it a mistake"
            extra = [c for c in verb.children if c.i > comp.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ == "as"))]
            if extra:
                last = max(extra, key=lambda c: c.right_edge.i).right_edge
        return comp.left_edge, last
    return None


def round96_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """First- and second-person views in the narrative voice (see the module's notes); new records are added at
    the end."""
    out = list(attributions)
    for para in doc.parsed:
        off = para.offset
        for tok in para.doc:
            adjective = tok.dep_ == "acomp" and tok.lower_ in STANCE_ADJECTIVES  # "we are convinced (that) ..."
            if not adjective and (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in SKIPPED_DEPS_R96
                                  or _verb_lemma(tok) not in VIEW_VERBS_R96):
                continue
            if adjective and tok.head.dep_ in SKIPPED_DEPS_R96:
                continue
            subj = next((c for c in (tok.head if adjective else tok).children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ not in PERSONS_R96:
                continue
            pos = off + tok.idx
            quotes = doc.cache.get("attributions.quotes")
            if _quoted(text, off, pos) or (isinstance(quotes, QuoteIndex) and quotes.containing(pos) is not None):
                continue
            if any(a.content.start <= pos < a.content.end or (
                    a.cue is not None and a.cue.start <= pos < a.cue.end) for a in out):
                continue
            if any(c.dep_ == "mark" and c.lower_ == "if" for c in (tok.head if adjective else tok).children):
                continue  # a condition ("if you want to see ..."), no view held
            if _verb_lemma(tok) == "see" and any(c.dep_ == "aux" and c.lower_ in ("'ll", "’ll", "will")
                                                  for c in tok.children):
                continue  # "we'll see how it turns out": wait and see, no view
            sent = tok.sent
            if sent.text.rstrip().rstrip("”\"’'").endswith("?"):
                continue
            span = _complement(tok)
            if span is None or (_verb_lemma(tok) in PERCEPTION_VERBS_R96 and not any(
                    c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)):
                continue
            first, last = span
            if first.dep_ == "mark" and first.lower_ == "that":  # the content starts after the complementiser
                first = first.doc[first.i + 1]
            start, end = off + first.idx, off + last.idx + len(last)
            end = min(end, off + sent.end_char)
            while end > start and text[end - 1] in ".,;: ":
                end -= 1
            if end - start < 3 or any(
                    2 * (min(end, a.content.end) - max(start, a.content.start)) >= end - start for a in out):
                continue  # another record already holds the content
            subj_span = (off + subj.idx, off + subj.idx + len(subj))
            out.append(_record(text, subj_span, (pos, pos + len(tok)), (start, end), EVIDENCE_R96, table,
                               sent.text))
    return out
