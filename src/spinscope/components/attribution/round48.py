"""Attributions, round 48 (issue 16): false cues and speakers on longer PTC training articles.

One pass, ``round48_candidates``, called once from ``extract_attributions`` after round 47's (three more rules,
the writer's "I believe"/"I can tell you" asides, act verbs with a bare object and ", meaning ...", fired on
PolNeAR's held-out half when it lowered and were backed out: ``scripts/attr48/README.md``):

- false cues: "said nothing about ...", "telling" an anaphoric noun ("telling the same story": round 39's anaphoric
  contents; "denied those claims" stays, round 46), and a pardon ("was pardoned by X" is no statement);
- a hypothetical report: the cue in an "if" clause with an indefinite speaker ("If another guest says, “...”,
  that helps him");
- a quotation taken as its own attribution though it starts inside another candidate's content ("lamented the
  fact that the valley has been “left to floods and neglect.”", the stance's object cut inside the quotation):
  one attribution, its content run on to the quotation's end;
- a sentence opening with a name and a long appositive on it ("Ann Lee, a former clerk who ... but was later
  freed by X, says that ...") whose "says that" the parse lost: the name speaks the clause after "that";
- a quotation followed by a scripture reference in brackets ("“...” (John 12:35)") is given to the reference,
  not to the person quoted last.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from .cues import Candidate
from .quotes import QuoteIndex
from .rules import NAME, RULE_SCORES

# ------------------------------------------------------------------------------------------ false cues


#: "telling" an anaphoric noun phrase ("the same story"); not "denied those claims" (round 46 keeps that speaker).
ANAPHORIC_NP_48 = re.compile(
    r"(?:the|this|that|these|those|his|her|their|its)(?:[^\S\n]+same)?[^\S\n]+"
    r"(?:story|stories|claim|claims|allegation|allegations|accusation|accusations|charge|charges|report|reports|"
    r"rumou?r|rumou?rs|account|accounts)")
#: Lead, round 54: "nothing" as the subject of the clause said ("said nothing has changed", "said nothing would be
#: decided"): a statement, not "said nothing about ...".
NOTHING_CLAUSE_48 = re.compile(r"nothing\s+(?:new\s+)?(?:has|had|have|is|was|were|would|will|could|can|should|might|"
                               r"may|must|changed|happened|remains?|remained|seemed)\b")
EVIDENCE_VERB_48 = re.compile(r":(?:stance|reporting)-verb:(?P<lemma>[a-z]+):")


def _false_cue_48(text: str, doc: Document, c: Candidate) -> bool:
    if c.cue is None:
        return False
    m = EVIDENCE_VERB_48.search(c.evidence)
    lemma = m.group("lemma") if m else ""
    content = text[c.content[0]:c.content[1]]
    if lemma == "pardon":
        return True
    if lemma == "say" and re.match(r"nothing\b", content) and not NOTHING_CLAUSE_48.match(content):
        return True  # "said nothing about who ...": nothing said (lead 54: "said nothing has changed" is a clause)
    if lemma == "tell" and ":dobj" in c.evidence:
        return ANAPHORIC_NP_48.fullmatch(content.strip()) is not None
    return False


# ------------------------------------------------------------------------------------------ hypotheticals

#: An "if" opening the cue's clause (no comma, colon, sentence end or new clause's conjunction between it and the
#: cue: "... if payments fail but the agency has said that ..." is no hypothetical report), at most 12 words before.
IF_CLAUSE_48 = re.compile(r"(?:^|[^\w])[Ii]f\b(?P<between>[^,;:.!?\n“”\"]*)$")
NEW_CLAUSE_48 = re.compile(r"\b(?:but|while|because|although|though|whereas|yet|so|then|when|as)\b")
IF_MAX_WORDS_48 = 12
#: The indefinite speakers of a hypothetical report ("if another guest says"); a named or definite subject in an
#: "if" clause may be a real report (PolNeAR's tuning half: "if the country involved is determined to ...").
INDEFINITE_48 = frozenset({"another", "someone", "somebody", "anyone", "anybody", "a", "an", "any", "one"})


def _hypothetical(text: str, c: Candidate) -> bool:
    if c.cue is None or c.speaker is None:
        return False
    first = text[c.speaker[0]:c.speaker[1]].split()
    if not first or first[0].lower() not in INDEFINITE_48:
        return False
    m = IF_CLAUSE_48.search(text[max(0, c.cue[0] - 160):c.cue[0]])
    return m is not None and len(m.group("between").split()) <= IF_MAX_WORDS_48 and not NEW_CLAUSE_48.search(
        m.group("between"))


# ------------------------------------------------------------------------------------------ quotes inside contents


def _fold_inner_quotes(candidates: list[Candidate]) -> list[Candidate]:
    """A cueless quotation candidate that starts inside the content of a candidate with a cue before its content
    (a stance verb's object cut inside the quotation) is folded into that content, which runs on to its end."""
    out = list(candidates)
    dropped: set[int] = set()
    for k, c in enumerate(candidates):
        if c.cue is not None or "quote-continues" not in c.evidence:
            continue
        for j, o in enumerate(out):
            if j == k or j in dropped or o.cue is None or o.cue[1] > o.content[0]:
                continue
            if o.content[0] < c.content[0] < o.content[1]:
                out[j] = replace(o, content=(o.content[0], max(o.content[1], c.content[1])))
                dropped.add(k)
                break
    return [c for k, c in enumerate(out) if k not in dropped]


# ------------------------------------------------------------------------------------------ scripture references

#: Right after a closing mark: a bracketed reference "(Matthew 15:14)", "(1 John 4:8)", "(Psalm 23:1-4)".
SCRIPTURE_48 = re.compile(r"[^\S\n]*\((?P<ref>(?:[1-3][^\S\n]+)?[A-Z][a-z]+\.?[^\S\n]+\d{1,3}:\d{1,3}"
                          r"(?:[-–]\d{1,3})?)\)")


def _scripture(text: str, quotes: QuoteIndex | None, c: Candidate) -> Candidate:
    if c.cue is not None or quotes is None:
        return c
    q = quotes.containing(c.content[0])
    if q is None:
        return c
    m = SCRIPTURE_48.match(text, q.end)
    if m is None:
        return c
    return replace(c, speaker=(m.start("ref"), m.end("ref")), speaker_head=None)


# ------------------------------------------------------------------------------------------ a long appositive

#: A sentence opening with a name, a long appositive on it ("a former clerk who ... but was later freed by X"),
#: then the reporting verb and "that": the name speaks, the clause after "that" is the content.
APPOSITIVE_REPORT_48 = re.compile(
    r"(?P<name>[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){1,3}),[^\S\n]+(?:a|an|the)[^\S\n]+[^\n]{10,300}?,"
    r"[^\S\n]+(?P<cue>says|said|claims|claimed|insists|insisted|announced)[^\S\n]+that[^\S\n]+")


def _appositive_reports(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """A candidate for each sentence of that shape whose cue no candidate has (the parser hangs the verb on a
    noun inside the appositive and a passive there takes the sentence)."""
    out: list[Candidate] = []
    cues = {c.cue for c in candidates if c.cue is not None}
    for sent in doc.sentences:
        m = APPOSITIVE_REPORT_48.match(text, sent.start, sent.end)
        if m is None or (m.start("cue"), m.end("cue")) in cues:
            continue
        if "," in text[m.start("name"):m.end("name")] or re.search(r"[“\"]", text[sent.start:m.end()]):
            continue
        end = sent.end
        while end > m.end() and text[end - 1] in " \t\n.!?":
            end -= 1
        if len(text[m.end():end].split()) < 3:
            continue
        out.append(Candidate(kind="indirect", content=(m.end(), end), speaker=(m.start("name"), m.end("name")),
                             cue=(m.start("cue"), m.end("cue")), score=RULE_SCORES["verb:surface"],
                             evidence=f"{NAME}:appositive-report-48"))
    return out


def round48_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 48's fixes (see the module's notes), in their order."""
    quotes = doc.cache.get("attributions.quotes")
    index = quotes if isinstance(quotes, QuoteIndex) else None
    kept = [c for c in candidates if not _false_cue_48(text, doc, c) and not _hypothetical(text, c)]
    kept += _appositive_reports(text, doc, kept)
    return [_scripture(text, index, c) for c in _fold_inner_quotes(kept)]
