"""Attributions, round 74 (issue 16): the PolNeAR tuning half's misses by pattern, second pass.

One pass, ``round74_attributions``, called once from ``extract_attributions`` after ``round72_attributions`` (the
last pass on this branch's base; attr73's ``round73`` is written in parallel and goes in the same place: this pass
only adds records where no finished record has its cue or covers its content, so the lead may order the two
either way). The error table is ``scripts/attr74/errors_tune.tsv`` (offsets and pattern labels only); each rule has
invented tests in ``tests/test_attr74.py``.

- **A zero relative clause whose verb proposes, promotes or pledges the noun it modifies** ("the top rate he has
  proposed for families", "some pills she has promoted", "the target it pledged to reach", "the best plan I know
  of"): the noun phrase is what the clause's subject proposed, promoted, pledged or knows of; PolNeAR annotates it
  as an attribution (source: the clause's subject; cue: the verb; content: the noun phrase, with its clause in 2 of
  the tuning half's 4, without in 2: the record's content is the noun phrase without the clause, which covers each
  gold content by 0.4 or more). The tuning half holds 4 such clauses outside a quotation, all four annotated, none
  found on main. The same shape inside a quotation ("the things he is proposing", "people he knows") is never
  annotated (a nested report PolNeAR leaves to the quotation's record): a clause inside a quotation (an odd count
  of quotation marks before it in its paragraph, or a direct record's content) is left alone; inside a
  paraphrase's content it is read (PolNeAR nests it there: "far lower than the rate he proposed" inside a "called
  for" record). Only where the clause's own subject opens it right after the noun (no "that", "which" or "who":
  those are other rules'), the verb has no object or clause of its own (the noun fills its object), and it is not
  negated ("anything it does not already know" is not annotated); "know" only as "know of". "need" and "want" are
  left out ("the information they need", "the number I need to save": not annotated); "say" too (the small parser
  reads "everything X says" as a main clause, so the shape is not seen there). "the pills she's promoted": the
  parser may take the contracted "has" for a passive's auxiliary; with an active subject it is read as "has". A
  record that read the verb as "proposed for <object>" inside the clause gives way (the object was not proposed).
  A pronoun subject is left unresolved (the nearest earlier speaker is often someone else).
- **Backed out: ", <participle> ..." holding a report of its own ends a paraphrase** ("a camera shows that A,
  contradicting the sheriff's claim that B": PolNeAR ends the first content at the comma in 5 of 5 such tuning
  clauses, keeps 6 of 7 cue-less participle clauses inside). Cutting there moved two tuning contents to the gold's
  extent but no figure (both already matched); the case it was for loses its second record to the parser (a
  curly "’s" read as a verb), so the rule did not improve the tuning half and was taken out.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...document import Document
from ...result import Attribution, Span
from .round69 import PRONOUNS_69, RELATIVES_69, _np_span
from .rules import NAME
from .sources import SourceTable, _type_source

#: Verbs whose zero relative clause reports the noun it modifies as proposed, promoted, pledged or known of.
RELATIVE_CUES_74 = frozenset({"propose", "promote", "pledge", "promise", "advocate", "recommend", "endorse",
                              "champion", "tout", "know"})
#: The finite and participle tags of the clause's verb (a bare infinitive is no report).
FINITE_74 = frozenset({"VBD", "VBZ", "VBP", "VBN"})
#: "has" and its contractions, which the parser sometimes takes for a passive's auxiliary ("the pills he's
#: promoted": "'s" read as "is").
HAVE_74 = frozenset({"has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d"})
#: The score of a record this pass adds (the parser's relative reading is not always right).
RELATIVE_SCORE_74 = 0.45


def _relative_report(verb: Token) -> tuple[Token, Token] | None:
    """(the noun, the clause's subject) where ``verb`` heads a zero relative clause that reports its noun (see the
    module's notes), else None."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in RELATIVE_CUES_74 or verb.tag_ not in FINITE_74:
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PRON", "NUM") or noun.i > verb.i or noun.lower_ in RELATIVES_69:
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "ccomp", "neg", "nsubjpass", "attr", "oprd", "dative") for c in kids):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" or (c.dep_ == "auxpass" and c.lower_ in HAVE_74)
                                      for c in kids):
        return None  # "the rate proposed for families": a participle, no clause with a subject
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.lower_ in RELATIVES_69 or subj.left_edge.i != verb.left_edge.i:
        return None
    noun_end = max(t.i for t in noun.subtree if t.i < verb.left_edge.i)
    if verb.left_edge.i != noun_end + 1:
        return None  # the clause's subject opens it right after the noun phrase
    if verb.lemma_.lower() == "know" and (verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].lower_ != "of"):
        return None  # "the one I know of": "know" without "of" and without an object is some other reading
    return noun, subj


def _in_clause(a: Attribution, off: int, verb: Token) -> bool:
    """Whether ``a``'s content lies inside ``verb``'s clause (a prepositional reading of the relative's verb)."""
    return off + verb.idx < a.content.start and a.content.end <= off + verb.right_edge.idx + len(verb.right_edge.text)


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation of its paragraph (an odd count of quotation marks before it)."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return (sum(before.count(q) for q in '"“”') + before.count("''")) % 2 == 1


def _relative_reports(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Records for the zero relative clauses that report their noun (see the module's notes)."""
    cues = {a.cue.start for a in out if a.cue is not None}
    result = list(out)
    for para in doc.parsed:
        off = para.offset
        for verb in para.doc:
            found = _relative_report(verb)
            if found is None:
                continue
            v_start, v_end = off + verb.idx, off + verb.right_edge.idx + len(verb.right_edge.text)
            # "the rate he proposed for large firms" read as "proposed for <content>": the noun is what was proposed
            kept = [a for a in result if a.cue is None or a.cue.start != v_start or not _in_clause(a, off, verb)]
            if v_start in cues and len(kept) == len(result):
                continue  # the verb is a finished record's cue already
            noun, subj = found
            c_start = off + noun.left_edge.idx
            last = max(t for t in noun.subtree if t.i < verb.left_edge.i)  # the noun phrase without its clause
            c_end = off + last.idx + len(last.text)
            while c_end > c_start and text[c_end - 1] in " ,;:.":
                c_end -= 1
            if _quoted(text, c_start) or any(c_start <= a.content.start < v_end or (
                    a.kind == "direct" and a.content.start <= c_start < a.content.end) for a in kept):
                continue  # inside a quotation (a nested report PolNeAR leaves to the quotation), or one already there
            result = kept
            s_start, s_end = _np_span(off, subj, text)
            evidence = f"{NAME}:stance-verb:{verb.lemma_.lower()}:relative-object-74"
            phrase = text[s_start:s_end]
            fields: dict[str, object] = {"named": False}
            if phrase.lower() not in PRONOUNS_69:  # a pronoun is left unresolved: the nearest speaker is often not it
                sentence = para.text[verb.sent.start_char:verb.sent.end_char]
                source_type, country, state, affiliation = _type_source(phrase, subj, table, anonymous=False,
                                                                        context=sentence)
                fields = {"speaker_name": re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE),
                          "source_type": source_type, "source_country": country, "state_affiliated": state,
                          "affiliation": affiliation, "named": phrase[:1].isupper()}
            new = Attribution(
                start=c_start, end=max(c_end, s_end, v_start + len(verb.text)), label="indirect",
                score=RELATIVE_SCORE_74, evidence=evidence, kind="indirect",
                speaker=Span(start=s_start, end=s_end, label="speaker", score=RELATIVE_SCORE_74, evidence=evidence),
                cue=Span(start=v_start, end=v_start + len(verb.text), label="cue",
                         score=RELATIVE_SCORE_74, evidence=evidence),
                content=Span(start=c_start, end=c_end, label="content", score=RELATIVE_SCORE_74, evidence=evidence),
                **fields)  # type: ignore[arg-type]
            at = next((k for k, b in enumerate(result) if b.start > new.start), len(result))
            result.insert(at, new)
    return result


def round74_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 74's rules (see the module's notes) over the finished attributions."""
    return _relative_reports(text, doc, attributions, table)


__all__ = ["NAME", "round74_attributions"]
