"""Attributions, round 55 (issue 16): the open leads of rounds 51-53 (no gold of this round: each rule has test
sentences written for the test, `tests/test_attr55.py`; the conventions counted on PolNeAR's tuning half,
`scripts/attr55/census.txt`).

Two passes, each called once from ``extract_attributions``:

``round55_candidates`` (right after round 53's candidates; on a merge with round 54, after round 54's call):

- a question put to the reader in the middle of a sentence ("..., but do you honestly believe that they would ...?",
  "Why would you trust that ...?"): an auxiliary right before "you", the sentence ending with a question mark. Round
  53 dropped it only where the question opens the sentence. PolNeAR's tuning half: no gold cue of this form (2
  inside a gold content, none left out as an attribution of its own); verbs of a view only (believe, think, trust
  ...): "How do you know when ...?" stays (dropping it lost a found attribution on the tuning half);
- "X made clear that ...": the parser reads "made" as the verb and "clear" as its content, so the same cue gave
  two attributions ("clear" and the clause); the one with the adjective alone is dropped and the other's cue is
  "made clear" (PolNeAR's tuning half: the gold cue is "made it clear", 1 of 1 outside a content). "made it clear
  that X" is one attribution already (round 16's stance, content from "it"): left as it is.

Settled and not acted on (`scripts/attr55/README.md`): "noted" + noun phrase is a PolNeAR cue and is output already;
"They noted the page, which says ..." keeps the page's report (round 21, step 5); nested reports inside a quotation
stay out (PolNeAR's tuning half: 0 of 1,060 gold attributions nested); "thanked X for" stays a cue (1 gold cue of
1); "approve" (no gold cue) is left as it is.

``round55_attributions`` (at the end, on the finished attributions, after round 53's):

- "the witness", "the eyewitness" with no name: the one named person the article introduces as a witness in an
  apposition ("Jeff Hollis, a witness, said ...", "a witness, Jeff Hollis, ...", "An eyewitness, Dana Frey, told
  ..."), together with round 53's introductions ("by the name of", a verb of seeing); two or more such people: left
  alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from ...result import Attribution
from .cues import Candidate
from .round53 import resolve_witnesses, witness_names_53

# ------------------------------------------------------------------------------------------ a question to the reader

#: An auxiliary right before the reader's "you" ("do you believe", "why would you trust", "don't you think").
READER_AUX_55 = re.compile(r"\b(?:do|does|did|don['’]t|didn['’]t|would|wouldn['’]t|could|couldn['’]t|can|can['’]t|"
                           r"will|won['’]t|should|shouldn['’]t)[^\S\n]+$", re.IGNORECASE)
#: The cues of a view the reader is asked to hold ("know" is left: "How do you know when ...?" counts in PolNeAR).
READER_VIEWS_55 = frozenset({"believe", "think", "imagine", "trust", "expect", "suppose", "reckon", "agree", "accept"})
#: What may stand between "you" and the cue ("do you honestly believe").
READER_ADVERBS_55 = re.compile(r"[^\S\n]+(?:(?:really|honestly|seriously|actually|truly|still|even|now)[^\S\n]+){0,2}")


def _reader_question_55(text: str, c: Candidate) -> bool:
    if c.cue is None or c.speaker is None or text[c.speaker[0]:c.speaker[1]].lower() != "you":
        return False
    if text[c.cue[0]:c.cue[1]].lower() not in READER_VIEWS_55:
        return False
    if READER_AUX_55.search(text, max(0, c.speaker[0] - 14), c.speaker[0]) is None:
        return False
    if READER_ADVERBS_55.fullmatch(text, c.speaker[1], c.cue[0]) is None:
        return False
    line_end = text.find("\n", c.cue[1])
    sentence_end = re.search(r"[.!?]", text[c.cue[1]:line_end if line_end >= 0 else len(text)])
    return sentence_end is not None and sentence_end.group() == "?"


# ------------------------------------------------------------------------------------------ "made clear that"

#: "made (it) clear/plain" read as the verb "made" with a content starting at "clear" or "it clear".
MADE_VERBS_55 = frozenset({"made", "make", "makes", "making"})
MADE_CLEAR_55 = re.compile(r"(?:it[^\S\n]+)?(?:abundantly[^\S\n]+|very[^\S\n]+|quite[^\S\n]+)?(?:clear|plain)"
                           r"(?:[^\S\n]+that\b)?[^\S\n]*")


def _made_clear_55(text: str, candidates: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in candidates:
        if c.cue is None or text[c.cue[0]:c.cue[1]].lower() not in MADE_VERBS_55:
            out.append(c)
            continue
        between = re.match(r"[^\S\n]+(?P<adj>" + MADE_CLEAR_55.pattern + ")", text[c.cue[1]:c.content[0]])
        if between is not None and between.end() == c.content[0] - c.cue[1]:
            word = re.search(r"(?:clear|plain)", between.group("adj"))
            assert word is not None
            out.append(replace(c, cue=(c.cue[0], c.cue[1] + between.start("adj") + word.end()),
                               evidence=f"{c.evidence}:made-clear-55"))
            continue  # "made clear that X": the clause is the content already, the cue is "made clear"
        m = MADE_CLEAR_55.match(text, c.content[0], c.content[1])
        if m is None or not re.fullmatch(r"[^\S\n]+", text[c.cue[1]:c.content[0]]):
            out.append(c)
        elif m.end() < c.content[1] - 1 or not any(o.cue == c.cue and o is not c for o in candidates):
            out.append(c)  # "made it clear that X" as one content: round 16's stance, kept as it is
        # else the content is the adjective alone and the same "made clear" has its clause in another candidate
    return out


def round55_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 55's fixes (see the module's notes), in their order."""
    kept = [c for c in candidates if not _reader_question_55(text, c)]
    del doc  # the same signature as the other rounds' candidate passes
    return _made_clear_55(text, kept)


# ------------------------------------------------------------------------------------------ the witness

_NAME_55 = r"[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){1,2}"
_WITNESS_55 = r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:eye-?)?witness"
#: A person introduced as a witness in an apposition: "Jeff Hollis, a witness," / "a witness, Jeff Hollis,".
APPOSITIVE_WITNESS_55 = re.compile(rf"(?P<a>{_NAME_55}),[^\S\n]+{_WITNESS_55}\b(?![-\w])"
                                   rf"|\b{_WITNESS_55},[^\S\n]+(?P<b>{_NAME_55})[^\S\n]*[,.]")


def _witness_names_55(text: str, out: list[Attribution], k: int, at: int) -> set[str]:
    """Round 53's witnesses, and a person introduced as a witness in an apposition."""
    names: set[str] = set()
    for m in APPOSITIVE_WITNESS_55.finditer(text, 0, at):
        name = m.group("a") or m.group("b")
        if name.split()[0] not in ("An", "A", "The", "Another", "One"):
            names.add(" ".join(name.split()))
    return {n for n in names if n} | witness_names_53(text, out, k, at)


def round55_attributions(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """The finished attributions with round 55's output rule (the witness named in an apposition)."""
    del doc  # the same signature as the other rounds' output passes
    return resolve_witnesses(text, attributions, names=_witness_names_55, tag="witness-55")
