"""Attributions, round 66 (issue 16): four shapes from round 66's fresh Lee development gold.

One pass, ``round66_attributions``, called once from ``extract_attributions`` after round 63's (the last pass on
this branch's base; rounds 64 and 65 are on other branches). Each rule is narrow and has its own invented test
(``tests/test_attr66.py``):

- **"with <noun phrase> arguing / saying / ... that <clause>"**: an absolute clause's participle has no subject of
  its own, so the extractor took the main clause's subject ("he") as the speaker. The noun phrase right after "with"
  (at most four words) is the speaker, typed as any speaker phrase is.
- **"X admitted during questioning <clause>"**: "questioning" (or "interrogation") after "during / under / in" was
  read as the cue with the clause's subject as its object. The verb of saying before the phrase is the cue; the
  content runs from after the phrase to the sentence's end.
- **'"A. "B," he said.'**: a quotation run over a lost paragraph break closed by a pronoun: round 59 gave the last
  paragraph the run's earlier named speaker with no cue; PolNeAR's and our golds give the closing paragraph its own
  "he said" (source the pronoun, cue the verb). The speaker's name and type stay.
- **"reported on <noun phrase>"** and **"released details of ..."**: no report's content (round 61 dropped
  "released its report"; PolNeAR's tuning half has no "reported on" and no "released details" instance,
  ``scripts/attr66/census.txt``): dropped.
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution, Span
from .round56 import _sentence_bounds
from .rules import NAME
from .sources import SourceTable, _type_source

#: "with <NP of at most four words>" right before a participle cue (the absolute clause).
WITH_NP_66 = re.compile(r"\bwith\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+$", re.IGNORECASE)
#: Participles of saying an absolute clause takes ("with his lawyers arguing that ...").
WITH_CUES_66 = frozenset({"arguing", "saying", "claiming", "insisting", "warning", "maintaining", "predicting",
                          "suggesting", "complaining", "alleging"})
#: "<verb> during questioning" (the noun read as the cue).
QUESTIONING_66 = re.compile(r"\b(admitted|admits|said|says|told|confessed|revealed|claimed|conceded)\s+"
                            r"(?:during|under|in|after)\s+(?:police\s+)?(?:questioning|interrogation)\s+",
                            re.IGNORECASE)
#: A run's closing '," he said' after the last paragraph's content.
CLOSER_66 = re.compile(r"\s*[,.!?]?[\"”]\s+(he|she)\s+(said|says|added|adds|told\s+\w+|explained)\b")
#: "reported on <a day or a date> that ...": the report's time, then its content (sources_real28's "X reported on
#: Monday that ..."); "as I reported on <day>," with no clause stays no report.
WHEN_66 = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                     r"April|May|June|July|August|September|October|November|December|\d)\b")
#: Cue-less content kinds the "reported on" / "released details" rule drops.
NO_REPORT_66 = re.compile(r"^(?:reported\s+on|released)$", re.IGNORECASE)


def _with_speaker(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """The absolute clause's noun phrase as the speaker (see the module's notes), else ``a`` unchanged."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() not in WITH_CUES_66:
        return a
    line_start = text.rfind("\n", 0, a.cue.start) + 1
    m = WITH_NP_66.search(text, max(line_start, a.cue.start - 60), a.cue.start)
    if m is None or not re.search(r"\bthat\b|^\s*\w", text[a.cue.end:a.content.start + 1]):
        return a
    start, end = m.start(1), m.end(1)
    if a.speaker is not None and start <= a.speaker.start < end:
        return a
    phrase = re.sub(r"^(?:the|a|an)\s+", "", m.group(1), flags=re.IGNORECASE)
    sentence = text[slice(*_sentence_bounds(text, a.cue.start)[:2])]
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=False, context=sentence)
    evidence = f"{a.evidence}:with-clause-66"
    return a.model_copy(update={
        "start": min(a.start, start),
        "speaker": Span(start=start, end=end, label="speaker", score=a.score, evidence=evidence),
        "speaker_name": phrase, "source_type": source_type, "source_country": country, "state_affiliated": state,
        "affiliation": affiliation, "named": phrase[:1].isupper(), "resolved_from": None, "evidence": evidence})


def _questioning(text: str, a: Attribution) -> Attribution:
    """The verb before "during questioning" as the cue, the rest of the sentence as content (module's notes)."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() not in ("questioning", "interrogation"):
        return a
    line_start = text.rfind("\n", 0, a.cue.start) + 1
    hits = list(QUESTIONING_66.finditer(text, max(line_start, a.cue.start - 60), a.cue.end + 1))
    m = hits[-1] if hits else None
    if m is None or m.end() <= a.cue.start:
        return a
    _, end, _ = _sentence_bounds(text, m.end())
    stop = end - 1 if text[end - 1:end] in ".!?" else end
    if stop - m.end() < 12:
        return a
    evidence = f"{a.evidence}:during-questioning-66"
    return a.model_copy(update={
        "end": max(a.end, end),
        "cue": Span(start=m.start(1), end=m.end(1), label="cue", score=a.score, evidence=evidence),
        "content": Span(start=m.end(), end=stop, label="content", score=a.score, evidence=evidence),
        "evidence": evidence})


def _run_closer(text: str, a: Attribution) -> Attribution:
    """A run's last paragraph closed by '," he said': the pronoun as source, the verb as cue (module's notes)."""
    if a.cue is not None or a.kind != "direct" or "quote-run-line-59" not in a.evidence or a.speaker is None:
        return a
    m = CLOSER_66.match(text, a.content.end)
    if m is None or a.speaker.start >= a.content.start:
        return a
    evidence = f"{a.evidence}:pronoun-closer-66"
    verb_end = m.start(2) + len(m.group(2).split()[0])
    return a.model_copy(update={
        "end": max(a.end, m.end()),
        "speaker": Span(start=m.start(1), end=m.end(1), label="speaker", score=a.score, evidence=evidence),
        "cue": Span(start=m.start(2), end=verb_end, label="cue", score=a.score, evidence=evidence),
        "resolved_from": a.speaker, "evidence": evidence})


def _no_report(text: str, a: Attribution) -> bool:
    """True for "reported on <noun phrase>" and "released details of ..." (module's notes)."""
    if a.cue is None:
        return False
    cue = text[a.cue.start:a.cue.end]
    if cue.lower() == "reported" and re.match(r"\s+on\b", text[a.cue.end:a.cue.end + 4]):
        when = WHEN_66.match(text, a.cue.end)
        if when is not None and re.match(r"\s+that\b", text[when.end():when.end() + 6]):
            return False  # "reported on Monday that ...": a date and a clause, a report (lead, round 41)
        cue = "reported on"
    if not NO_REPORT_66.match(cue):
        return False
    content = text[a.content.start:a.content.end]
    if cue.lower() == "released":
        return re.match(r"(?:the\s+|further\s+|more\s+)?details\s+of\b", content, re.IGNORECASE) is not None
    return re.search(r"\b(?:that|is|are|was|were|has|have|had|will|would)\b", content) is None


def _enclosing_from_subject(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A report whose cue ends before a "<verb> during questioning" record's subject and whose content starts inside
    that record's content ("quoted officials as saying X admitted during questioning A"): its content starts
    right after its own cue (the parser cut it after the misread noun). The same verb's second record, whose content
    is the clause's tail only, goes."""
    nested = [(a, a.cue) for a in attributions if "during-questioning-66" in a.evidence and a.cue is not None]
    out = []
    for a in attributions:
        if any(a is not n and a.cue is not None and a.cue.start == n_cue.start
               and n.content.start <= a.content.start and a.content.end <= n.content.end for n, n_cue in nested):
            continue  # the same verb's record with the clause's tail only: the rewritten one covers it
        for n, n_cue in nested:
            if a is n or a.cue is None or not (n.content.start < a.content.start < n.content.end):
                continue
            gap = text[a.cue.end:n_cue.start]
            if a.cue.end <= n_cue.start and 0 < len(gap.split()) <= 4 and "." not in gap:
                start = a.cue.end + len(gap) - len(gap.lstrip())
                a = a.model_copy(update={"content": a.content.model_copy(update={"start": start})})
        out.append(a)
    return out


def round66_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 66's rules (see the module's notes) over the finished attributions."""
    out = []
    for a in attributions:
        if _no_report(text, a):
            continue
        out.append(_run_closer(text, _questioning(text, _with_speaker(text, a, table))))
    return _enclosing_from_subject(text, out)


__all__ = ["NAME", "round66_attributions"]
