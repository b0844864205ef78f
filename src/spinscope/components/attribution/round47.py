"""Attributions, round 47 (issue 16): false cues and nested sources from the lead's reading.

One pass, ``round47_candidates``, called once from ``extract_attributions`` after round 43's false cues:

- an "according to X" whose content runs before the cue only because an "As Outlet reported," clause or a "the
  fact that" stands there takes the clause after "according to X," (past a dash or "who" aside on X) as its content;
  a report whose content opened with that "according to" takes the same clause ("As the paper reported, according
  to officials -- who ... -- CONTENT": both have CONTENT);
- false cues: "refused to hand over the keys" (refuse or decline with the infinitive of a
  physical act), a
  document released or published and a campaign endorsed (not a person: PolNeAR's gold has "endorsed
  Clinton") where the content has no verb, "know" with an indefinite subject ("as if anyone didn't know"), and
  "naming X as Y" (a title line's "Report Naming Him As Abuser" is no statement);
- "the feud between A and B, who has called ...": the relative clause's antecedent B speaks, not the pair, and the
  content ends with the quotation the relative clause gives.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...document import Document
from .cues import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

# ------------------------------------------------------------------------------------------ "according to" content

#: The words before an "according to" that make the clause after it the content: an "As X reported/said" clause,
#: or a "that" (the complementiser of "the fact that", "is that").
AS_REPORTED_47 = re.compile(r"As\s[^,;:]{1,80}?\b(?:reported|reports|said|says|wrote|noted|announced|revealed)\b"
                            r"[^,;:]{0,40}[,\s]*$")
THAT_BEFORE_47 = re.compile(r"\bthat[,\s]*$")
#: An aside on the source after "according to X": between dashes, or a "who"/"which" clause between commas.
ASIDE_47 = re.compile(r"[^\S\n]*(?:(?:—|–|--)[^—–\n]{1,120}?(?:—|–|--)|,[^\S\n]*(?:who|which)\b[^,\n]{1,120},)")
#: Fewest words the clause after the source must have.
AFTER_MIN_WORDS_47 = 4


def _sentence_end(doc: Document, pos: int, text: str) -> int:
    for s in doc.sentences:
        if s.start <= pos < s.end:
            end = s.end
            break
    else:
        nl = text.find("\n", pos)
        end = nl if nl != -1 else len(text)
    while end > pos and text[end - 1] in " \t\n.":
        end -= 1
    return end


def _according_after(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for k, c in enumerate(candidates):
        if c.cue is None or c.speaker is None or text[c.cue[0]:c.cue[1]].lower() != "according to":
            continue
        if not c.content[0] < c.cue[0] or c.speaker[0] < c.cue[1]:
            continue
        before = text[c.content[0]:c.cue[0]]
        if "\n" in before or not (AS_REPORTED_47.match(before) or THAT_BEFORE_47.search(before)):
            continue
        pos = c.speaker[1]
        aside = ASIDE_47.match(text, pos)
        if aside is not None:
            pos = aside.end()
        m = re.compile(r"[^\S\n]*,?[^\S\n]*").match(text, pos)
        start = m.end() if m else pos
        if aside is None and "," not in text[c.speaker[1]:start]:
            continue  # "according to X CONTENT" with no comma: not this shape
        end = _sentence_end(doc, c.cue[0], text)
        if end <= start or len(text[start:end].split()) < AFTER_MIN_WORDS_47:
            continue
        content = (start, end)
        out[k] = replace(c, content=content)
        for j, other in enumerate(candidates):
            if j != k and other.content[0] == c.cue[0] and other.cue is not None and other.cue[1] <= c.cue[0]:
                out[j] = replace(other, content=content)  # "As the paper reported, according to ...": the paper's
    return out


# ------------------------------------------------------------------------------------------ false cues

#: Infinitives after "refuse"/"decline" that are physical acts, not statements withheld ("refused to hand over").
PHYSICAL_INFINITIVES_47 = frozenset({
    "hand", "leave", "move", "open", "close", "return", "pay", "vacate", "surrender", "unlock", "enter", "exit",
    "board", "stand", "sit", "wear", "remove", "shake", "drive", "eat", "drink", "evacuate", "disarm", "disperse"})
REFUSE_CUES_47 = re.compile(r"(?:refus|declin)(?:e|es|ed|ing)")
#: Cues whose object is a document or a thing, no statement ("released the report", "endorsed X's campaign").
RELEASE_CUES_47 = re.compile(r"(?:releas|publish)(?:e|es|ed|ing)")
ENDORSE_CUES_47 = re.compile(r"endors(?:e|es|ed|ing)")
DOCUMENTS_47 = frozenset({"report", "reports", "document", "documents", "video", "videos", "footage", "photo",
                          "photos", "photograph", "photographs", "image", "images", "recording", "recordings",
                          "record", "records", "file", "files", "data", "transcript", "transcripts", "map", "maps",
                          "list", "lists", "audio", "tape", "tapes", "picture", "pictures", "results", "figures"})
#: Objects of "endorse" that are a campaign, not a person (endorsing a person, "endorsed Clinton", "endorses the
#: governor", is a statement of support in PolNeAR's gold and an older test).
CAMPAIGNS_47 = frozenset({"campaign", "campaigns", "bid", "candidacy", "reelection", "re-election"})
#: A noun phrase's opening ("the report", "the senator's campaign", "a new video") up to its head word.
OBJECT_HEAD_47 = re.compile(r"(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|new|full|\w+[’']s?)"
                            r"[^\S\n]+){0,3}(?P<head>[a-z]+)\b")
#: Subjects of "know" that are no one in particular ("as if anyone didn't know").
INDEFINITE_47 = frozenset({"anyone", "anybody", "everyone", "everybody", "nobody", "no one", "someone", "somebody",
                           "no-one"})
KNOW_CUES_47 = re.compile(r"(?:know|knows|knew|known|knowing)")
NAMING_CUES_47 = re.compile(r"(?:nam)(?:e|es|ed|ing)", re.IGNORECASE)
NAMED_AS_47 = re.compile(r"[\w’'.-]+(?:[^\S\n]+[\w’'.-]+){0,3}[^\S\n]+as\b", re.IGNORECASE)


def _span_tokens(doc: Document, span: tuple[int, int]) -> list[Token] | None:
    """The parsed tokens that start inside the span, None where the span is not parsed (round 57 shares it)."""
    for para in doc.parsed:
        if para.offset <= span[0] < para.offset + len(para.text):
            return [t for t in para.doc if span[0] <= para.offset + t.idx < span[1]]
    return None


def _verbless(doc: Document, span: tuple[int, int]) -> bool:
    """No verb or auxiliary tagged inside the span (a noun phrase only); False where the span is not parsed."""
    tokens = _span_tokens(doc, span)
    return bool(tokens) and not any(t.pos_ in ("VERB", "AUX") for t in tokens or ())


def _false_cue(text: str, doc: Document, c: Candidate) -> bool:
    if c.cue is None:
        return False
    cue = text[c.cue[0]:c.cue[1]]
    low = cue.lower()
    content = text[c.content[0]:c.content[1]]
    if REFUSE_CUES_47.fullmatch(low):
        m = re.match(r"to\s+([a-z]+)", content)
        return m is not None and m.group(1) in PHYSICAL_INFINITIVES_47
    if RELEASE_CUES_47.fullmatch(low) or ENDORSE_CUES_47.fullmatch(low):
        m = OBJECT_HEAD_47.match(content)
        if m is None or not _verbless(doc, c.content):
            return False
        if RELEASE_CUES_47.fullmatch(low):
            return m.group("head") in DOCUMENTS_47
        return m.group("head") in CAMPAIGNS_47
    if KNOW_CUES_47.fullmatch(low):
        return c.speaker is not None and " ".join(text[c.speaker[0]:c.speaker[1]].lower().split()) in INDEFINITE_47
    if NAMING_CUES_47.fullmatch(cue):
        return NAMED_AS_47.match(content) is not None
    return False


# ------------------------------------------------------------------------------------------ "A and B, who ..."

#: A speaker span that is a pair with a relative clause on its second member: "A and B, who".
PAIR_WHO_47 = re.compile(r".+?\s+and\s+(?P<b>[A-Z][^,]*?)\s*,\s*who", re.DOTALL)


def _pair_who(text: str, c: Candidate) -> Candidate:
    if c.speaker is None:
        return c
    m = PAIR_WHO_47.fullmatch(text, c.speaker[0], c.speaker[1])
    before = text[max(0, c.speaker[0] - 20):c.speaker[0]]
    if m is None or "," in text[c.speaker[0]:m.start("b")] or not re.search(r"\bbetween\s+$", before):
        return c
    content = c.content
    tail = re.search(r"[\"”’'][^\S\n]*,", text[content[0]:content[1]])
    if tail is not None:
        content = (content[0], content[0] + tail.start() + 1)
    return replace(c, speaker=(m.start("b"), m.end("b")), speaker_head=None, content=content)


def round47_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 47's fixes (see the module's notes), in their order."""
    kept = [c for c in candidates if not _false_cue(text, doc, c)]
    return [_pair_who(text, c) for c in _according_after(text, doc, kept)]
