"""Attributions, round 92 (helper round 49, issue 16): PolNeAR tuning-half misses, eighth pass
(``scripts/attr92/README.md``; the census in ``scripts/attr92/census_base.txt``).

One shape, counted on the tuning half: a quotation with no cue of its own that goes on the statement right before
it, by the same speaker, across the tag's full stop: '"A," X said Monday. "B"' or 'A, X said. "B"'. The quotation
reader gives B a record of its own (``quote-continues-previous``); PolNeAR annotates the pair as one attribution with
a discontinuous content, so B's record takes nothing and the scorer counts it spurious (or it takes the match and
leaves A's spurious). Between the two contents stand only A's speaker and cue, at most ``MAX_TAG_WORDS_R92`` other
words (a day, "on Twitter", "in an interview"; no participle: "X said, going on to ..." is attr89's cue of its own)
and the full stop. Merged: A's content runs on to B's end (kind ``mixed`` when A was indirect, evidence
``...:across-tag-92``), B's record goes. Only where B's record is the next record after A's, both have a speaker and
it is the same (name or text), and A is no dash signature or dash quote.

Convention: PolNeAR's. attr72 (round 42) backed the same merge out because the older real golds (rounds 31-33)
split such pairs; the brief of round 49 settles conventions on PolNeAR's side, and the real golds' records this
merge costs are listed in docs/EVALUATION.md (attr92).
**Backed out** (``scripts/attr92/RULE.md``, criterion 2): the same merge for a quotation left open at its
paragraph's end and going on in the next paragraph (PolNeAR's one record, 3 tuning-half merges): the older real
golds give each paragraph a record of its own (12 of 14 merges on their development parts; ``fires_dev_r1.txt``).
Called once from ``extract_attributions`` after the other rounds' passes (the lead orders them at the merge; this
pass reads no other round's records by name). Tests: ``tests/test_attr92.py`` (invented sentences).
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round89 import _rule

#: The evidence suffix of a merged record.
EVIDENCE_TAG_R92 = ":across-tag-92"
#: At most this many words of the tag besides its speaker and cue ("said on Monday", "told reporters").
MAX_TAG_WORDS_R92 = 3
#: Rule families whose record is no statement a quotation goes on (a signature under a letter, a dash aside).
NOT_CONTINUED_R92 = ("dash-signature", "dash-quote")
#: The end of the tag: its full stop and the next quotation's opening mark.
TAG_END_R92 = re.compile(r"[.][ \t\u00a0]+(?:[“\"‘]|'')\s*$")
#: The closing marks and comma between the first quotation and its tag.
TAG_OPEN_R92 = re.compile(r"^[,.!?]?\s*(?:[”\"’]|'')?\s*,?\s*")
#: One word of the tag's remainder.
WORD_R92 = re.compile(r"[A-Za-z][\w’'.-]*")


def _same_speaker(text: str, a: Attribution, b: Attribution) -> bool:
    if a.speaker is None or b.speaker is None:
        return False
    if a.speaker_name and b.speaker_name and a.speaker_name.casefold() == b.speaker_name.casefold():
        return True
    return text[a.speaker.start:a.speaker.end].casefold() == text[b.speaker.start:b.speaker.end].casefold()


def _across_tag(text: str, first: Attribution, second: Attribution) -> bool:
    end, start = first.content.end, second.content.start
    cue, speaker = first.cue, first.speaker
    if cue is None or speaker is None or not (end <= cue.start and cue.end <= start):
        return False
    gap = text[end:start]
    if "\n" in gap or TAG_END_R92.search(gap) is None:
        return False
    chars = list(gap)
    for span in (cue, speaker):
        for i in range(max(span.start, end), min(span.end, start)):
            chars[i - end] = " "
    rest = TAG_END_R92.sub("", TAG_OPEN_R92.sub("", "".join(chars), count=1), count=1)
    if re.search(r"[,;:()“”\"]", rest) or re.search(r"[.!?]\s", rest):
        return False  # a clause or a sentence of its own between the tag and the quotation ("The crowd cheered.")
    words = WORD_R92.findall(rest)
    return len(words) <= MAX_TAG_WORDS_R92 and not any(w.lower().endswith("ing") for w in words)


def round92_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Merge a continuing quotation's record into the statement it goes on (see the module's notes); the records
    keep their order."""
    out = list(attributions)
    for second in sorted(attributions, key=lambda a: (a.content.start, a.content.end)):
        if _rule(second) != "quote-continues-previous" or second.speaker is None or all(a is not second for a in out):
            continue
        before = [a for a in out if a is not second and a.content.end <= second.content.start]
        if not before:
            continue
        first = max(before, key=lambda a: (a.content.end, a.content.start))
        if any(a is not first and a is not second and first.content.end <= a.content.start < second.content.start
               for a in out) or _rule(first) in NOT_CONTINUED_R92 or not _same_speaker(text, first, second) \
                or not _across_tag(text, first, second):
            continue
        merged = first.model_copy(update={
            "content": first.content.model_copy(update={"end": second.content.end}),
            "start": min(first.start, second.start), "end": max(first.end, second.end),
            "kind": "mixed" if first.kind == "indirect" else first.kind,
            "evidence": first.evidence + EVIDENCE_TAG_R92})
        out = [merged if a is first else a for a in out if a is not second]
    return out
