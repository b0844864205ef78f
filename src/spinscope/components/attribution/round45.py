"""Attributions, round 45 (issue 16): quotes closed before their speaker, speakerless quotes (PTC training articles).

Two passes, each called once from ``extract_attributions`` (a third, dropping false cues, lowered PolNeAR's
held-out half and was backed out: ``scripts/attr45/README.md``):

- ``quote_then_speaker`` adds a candidate for a quotation closed right before its speaker and cue with no comma
  ("The probe “found no trace of X” the panel members wrote."): the sentence up to the closing mark is the content;
- ``speak_for_orphans`` gives a quotation found with no speaker the speaker that stands right by it in a form the
  parser misses: after the closing mark, a long speaker phrase with commas ending in a name before "told/said"
  ("“...,” Some University, City, lecturer Ann Smith told the radio."), or before the opening mark a pronoun label
  ("It continued: “...”", the voice of the body quoted just before).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from .cues import RULE_SCORES, Candidate
from .quotes import QuoteIndex
from .rules import NAME

# ------------------------------------------------------------------------------------------ no comma

#: Right after a closing mark, no comma: "the" and up to three lower-case words, or one or two capitalised words,
#: then a reporting verb in the past and the sentence's end.
QUOTE_THEN_SPEAKER = re.compile(
    r"[^\S\n]+(?P<sp>(?:the|The)(?:[^\S\n]+[a-z][\w-]*){1,3}|[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?)"
    r"[^\S\n]+(?P<cue>wrote|said|added|noted|explained|concluded|stated)[^\S\n]*[.\n]")

#: A curly double pair on one line.
CURLY_PAIR = re.compile(r"“[^“”\n]{3,400}”")


def quote_then_speaker(text: str, quotes: QuoteIndex, candidates: list[Candidate]) -> list[Candidate]:
    """A candidate for each balanced quotation closed right before "the NP wrote." with no comma (see the module's
    notes) that no candidate's content overlaps; else none."""
    out: list[Candidate] = []
    spans = [(q.start, q.end) for q in quotes if q.balanced and q.close_len == 1 and text[q.end - 1] in "”\""]
    # a curly pair the quote finder left inside an unclosed single mark ("'Name “...” the authors wrote.")
    spans += [(m.start(), m.end()) for m in CURLY_PAIR.finditer(text)
              if quotes.containing(m.start()) is None and quotes.containing(m.end() - 1) is None]
    for q_start, q_end in sorted(spans):
        m = QUOTE_THEN_SPEAKER.match(text, q_end)
        if m is None:
            continue
        if any(c.content[0] < q_end and q_start < c.content[1] for c in candidates + out):
            continue
        line_start = text.rfind("\n", 0, q_start) + 1
        stop = max(text.rfind(". ", line_start, q_start), text.rfind("? ", line_start, q_start))
        start = stop + 2 if stop >= 0 else line_start
        while start < q_start and text[start] in " \t":
            start += 1
        kind = "direct" if start == q_start else "mixed"
        out.append(Candidate(kind=kind, content=(start, q_end), speaker=(m.start("sp"), m.end("sp")),
                             cue=(m.start("cue"), m.end("cue")), score=RULE_SCORES["verb:parenthetical"],
                             evidence=f"{NAME}:quote-then-speaker-45"))
    return out


# ------------------------------------------------------------------------------------------ speakerless quotes

#: After a quotation's closing mark: a comma, a speaker phrase of up to 14 words on the same line (commas allowed),
#: a capitalised name closing it, and a reporting verb.
AFTER_QUOTE_SPEAKER = re.compile(
    r"[,!?]?[\"”’']?[^\S\n]*,?[^\S\n]+(?P<phrase>(?:[\w’'.&-]+,?[^\S\n]+){0,13}?"
    r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2}))[^\S\n]+(?P<cue>told|said|says|added|wrote|explained)\b")
#: Before a quotation's opening mark: a pronoun label opening its line ("It continued: ").
PRONOUN_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?P<pro>It|They)[^\S\n]+"
                           r"(?P<cue>continued|added|said|wrote|stated|went[^\S\n]+on)[^\S\n]*:[^\S\n]*[\"“]?$")


def speak_for_orphans(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, each quotation found with no speaker given the speaker standing by it (see the module's
    notes); the others as they are."""
    out: list[Candidate] = []
    for cand in candidates:
        if cand.speaker is None and cand.cue is None and cand.evidence.endswith(":quote-no-speaker"):
            found = _speaker_by_quote(text, cand)
            if found is not None:
                cand = found
        out.append(cand)
    return out


def _speaker_by_quote(text: str, cand: Candidate) -> Candidate | None:
    start, end = cand.content
    m = AFTER_QUOTE_SPEAKER.match(text, end)
    if m is not None and "\n" not in text[end:m.end()] and m.group("phrase").count(",") >= 1:
        return replace(cand, speaker=(m.start("name"), m.end("name")), cue=(m.start("cue"), m.end("cue")),
                       anonymous=False, evidence=cand.evidence.replace("quote-no-speaker", "after-quote-name-45"))
    line_start = text.rfind("\n", 0, start)
    before = text[max(0, line_start):start]
    m = PRONOUN_LABEL.search(before)
    if m is not None:
        base = max(0, line_start)
        return replace(cand, speaker=(base + m.start("pro"), base + m.end("pro")),
                       cue=(base + m.start("cue"), base + m.end("cue")), anonymous=False,
                       evidence=cand.evidence.replace("quote-no-speaker", "pronoun-label-45"))
    return None
