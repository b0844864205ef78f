"""Attributions, round 44 (issue 16): headline labels and false cues met in rounds 41-42.

Two passes, each called once from ``extract_attributions``:

- ``headline_office_label`` adds a candidate for a title line opened by an office's label ("Summit Chief: There Is
  No Basis For ...", "Election Board President: ..."): the label is the speaker, the colon the cue, the rest of the
  line the content (the mirror of round 40's closing label "...: Former Director-General of UNESCO");
- ``drop_false_cues_44`` removes candidates whose cue is no report: "reveal" with a hidden deed for its object
  ("her work would reveal the plot against X" is an investigation, not a statement), and an opening participle
  adjunct taken as content when the verb has none of its own ("Surprised by the decision, X went online to
  inform his readers"); and gives an "-ing" cue after a person's mention to that person when the clause's subject
  is no person ("The paper published video of the meeting, which showed the minister sounding angry, at one point
  telling aides: '...'": the minister speaks, not the paper).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from .cues import RULE_SCORES, TITLED_TAIL_HEADS, Candidate
from .quotes import QuoteIndex
from .rules import NAME

# ------------------------------------------------------------------------------------------ headline labels

#: "Summit Chief: ...": up to three capitalised words (or a word with digits, "COP28"), an office's head word, the
#: colon, then a capitalised or quoted content.
HEADLINE_OFFICE_LABEL = re.compile(
    r"[^\S\n]*((?:[A-Z0-9][\w’'.&-]*[^\S\n]+){0,3}(?P<head>[A-Z][\w’'-]*))[^\S\n]*:[^\S\n]+(?=[\"“'‘]?[A-Z0-9])")
#: Fewest words the label's content must have.
OFFICE_LABEL_MIN_WORDS = 3


def headline_office_label(text: str, doc: Document, quotes: QuoteIndex,
                          candidates: list[Candidate], heads: frozenset[str] | None = None) -> list[Candidate]:
    """A candidate for a title line "Office Head: content" (see the module's notes), when no other candidate has its
    cue in that line; else none. ``heads`` reads other head words (round 54: "Witness: ..."); the default is
    ``TITLED_TAIL_HEADS``."""
    if not doc.paragraphs or doc.paragraphs[0].start != 0 or not doc.title_in_text:
        return []
    first = doc.paragraphs[0]
    line_end = text.find("\n", first.start, first.end)
    end = line_end if line_end != -1 else first.end
    m = HEADLINE_OFFICE_LABEL.match(text, first.start, end)
    if m is None or m.group("head").lower() not in (TITLED_TAIL_HEADS if heads is None else heads):
        return []
    if any(c.cue is not None and first.start <= c.cue[0] < end for c in candidates):
        return []
    lo, hi = m.end(), end
    while hi > lo and text[hi - 1] in " \t.":
        hi -= 1
    if len(text[lo:hi].split()) < OFFICE_LABEL_MIN_WORDS:
        return []
    q = quotes.starting_at(lo)
    whole = q is not None and q.end >= hi
    content = q.inner if whole and q is not None else (lo, hi)
    colon = text.index(":", m.end(1))
    return [Candidate(kind="direct" if whole else "indirect", content=content, speaker=(m.start(1), m.end(1)),
                      cue=(colon, colon + 1), score=RULE_SCORES["headline-label"],
                      evidence=f"{NAME}:headline-office-label")]


# ------------------------------------------------------------------------------------------ false cues

#: Objects of "reveal" that are a hidden deed or fact uncovered, not something said ("revealed the plot").
REVEALED_DEEDS = frozenset({"plot", "plots", "scheme", "schemes", "conspiracy", "cover-up", "coverup", "crime",
                            "crimes", "murder", "poisoning", "identity", "identities", "whereabouts", "network",
                            "operation", "abuse", "abuses", "fraud", "scam", "scandal", "existence", "location"})
REVEAL_CUES = frozenset({"reveal", "reveals", "revealed", "revealing"})
#: An opening participle adjunct: one participle (optionally "aback"/"off guard"), then "by"/"at"/"with".
OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|en)(?:[^\S\n]+(?:aback|off[^\S\n]+guard))?[^\S\n]+(?:by|at|with)\b")
#: Pronouns that stand for a person (a subject the tagger does not mark as one).
SPEAKER_PRONOUNS_44 = frozenset({"he", "she", "they", "i", "we", "you", "who"})
#: A verb of a record that shows a person ("video ..., which included / showed X sounding angry").
SHOWING_VERBS_44 = re.compile(r"\b(?:includ|show|featur|captur|depict)(?:ed|es|ing|s|e)?\b")
#: An "-ing" cue ("..., at one point telling").
ING_CUE = re.compile(r"[a-z]+ing")


def drop_false_cues_44(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those whose cue is no report, with an "-ing" cue's speaker moved to the person it
    describes (see the module's notes), in their order."""
    out: list[Candidate] = []
    for c in candidates:
        if _reveals_a_deed(text, c) or _opening_participle_content(text, c):
            continue
        out.append(_participle_person(text, doc, c))
    return out


def _reveals_a_deed(text: str, c: Candidate) -> bool:
    if c.cue is None or text[c.cue[0]:c.cue[1]].lower() not in REVEAL_CUES:
        return False
    words = re.findall(r"[\w’'-]+", text[c.content[0]:c.content[1]].lower())[:3]
    if not words or words[0] not in ("the", "a", "an", "this", "that", "his", "her", "their", "its"):
        return False
    return len(words) > 1 and (words[1] in REVEALED_DEEDS or (len(words) > 2 and words[2] in REVEALED_DEEDS))


def _opening_participle_content(text: str, c: Candidate) -> bool:
    if c.speaker is None or c.content[1] > c.speaker[0]:
        return False
    if not re.fullmatch(r"[\s,]*", text[c.content[1]:c.speaker[0]]):
        return False
    return OPENING_PARTICIPLE.match(text, c.content[0]) is not None


def _participle_person(text: str, doc: Document, c: Candidate) -> Candidate:
    if c.speaker is None or c.cue is None or not ING_CUE.fullmatch(text[c.cue[0]:c.cue[1]]):
        return c
    if c.speaker[1] >= c.cue[0] or not re.search(r",[^\S\n]*(?:at[^\S\n]+one[^\S\n]+point[^\S\n]+)?$",
                                                 text[c.speaker[1]:c.cue[0]]):
        return c
    between: list[tuple[int, int]] = []
    speaker_is_person = False
    for para in doc.parsed:
        if not para.offset <= c.speaker[0] < para.offset + len(para.text):
            continue
        for e in para.doc.ents:
            s, t = para.offset + e.start_char, para.offset + e.end_char
            if e.label_ == "PERSON" and s < c.speaker[1] and t > c.speaker[0]:
                speaker_is_person = True
            elif e.label_ == "PERSON" and c.speaker[1] <= s and t <= c.cue[0]:
                between.append((s, t))
    stretch = text[c.speaker[1]:c.cue[0]]
    if speaker_is_person or len(between) != 1 or "\n" in stretch or re.search(r"[.!?][\s\"”]", stretch):
        return c
    if text[c.speaker[0]:c.speaker[1]].lower() in SPEAKER_PRONOUNS_44 or SHOWING_VERBS_44.search(
            text, c.speaker[1], between[0][0]) is None:
        return c  # "she made a claim on Twitter, stating ...": only a person the subject's record shows speaks
    return replace(c, speaker=between[0], speaker_head=None)
