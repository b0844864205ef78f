"""Attributions, round 68 (issue 16): shapes from round 68's fresh propaganda-site development gold.

One pass, ``round68_attributions``, called once from ``extract_attributions`` after the last finished pass
(``sources46_speakers``). Each rule is narrow and has its own invented test (``tests/test_attr68.py``); the PolNeAR
counts quoted are the tuning half's (``scripts/attr68/census.txt``: gold cue / inside a content / left out / other):

- **Stance verbs with a bare object** ("X hates <NP>", "defends <NP>", "advocates <NP>", "targeted <NP>",
  "shared <NP>"): no report (PolNeAR: hate 0/4/2, defend 0/1/2, advocate 0/2/2, targeted 0/2/4, shared 0/1/0).
  Dropped unless the content is a clause ("that ...") or holds a quotation (the first form dropped a headline
  "X Defends Y: "<quotation>"", one real38 development match).
- **Decisions and realisations** ("decided to <VP>", "realized <clause>", "her realization that", "saw it
  <adjective>"): a state of mind the writer ascribes, not a report (PolNeAR: decide to 0/3/0, realize 0/2/0,
  saw it 0/1/0). Dropped. "decided <clause>" stays: PolNeAR annotates it ("administrators decided she should
  ...": the first form, every "decided", lost that match on the tuning half).
- **A title-case cue mid-sentence in a cited headline** ("Judge Rejects Bid to Dismiss Immigrant's Lawsuit, Outlet,
  Month d, yyyy" inside a paragraph): not a report. Dropped when the cue starts with a capital right after a word of
  the same sentence, the line is not the article's first (PolNeAR annotates its own headlines: "Obama Says ...")
  and ", Outlet, Month d, yyyy" follows on the line; indirect records only (a quotation in title case stays: the
  first form lost one real38 development match).
- **"<NP> stressed that A and, according to X, B"**: the "according to" record whose content begins with the outer
  report's subject and verb ("The senators stressed that ...") is the outer report's: PolNeAR annotates no report
  nested inside another's content. Its speaker becomes the noun phrase, its cue the verb, its content the clause
  after "that" to the sentence's end.
- **Cues with an object, not a report**: "explained more about <NP>", "expressed a <adjective> view of <NP>",
  "tweeted a photo", "the writing on the wall" (PolNeAR: explained 5 gold, expressed 2, none of these shapes).
- **'"A," <Name> whines.'**: a quotation closed by a name and a present-tense verb the cue list lacks took the
  previous quotation's speaker ("He"): the name is the speaker and the verb the cue.
- **"<NP> submitted a letter (to Y) (from Z) saying ..."**: the participle belongs to the document, not to the
  clause's subject: the speaker becomes "a letter ... from Z" (round 62 types documents).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution, Span
from .round56 import _sentence_bounds
from .rules import NAME
from .sources import SourceTable, _type_source

#: Stance verbs that report nothing with a bare noun-phrase object.
STANCE_68 = frozenset({"hate", "hates", "hated", "defend", "defends", "advocate", "advocates", "advocated",
                       "advocating", "targeted", "targets", "shared"})
#: Lead, round 42 at the merge: a view that "shared" hands on is said ("shared her concerns about ...").
SHARED_VIEW_L42 = re.compile(r"(?:(?:his|her|their|its|our|my|your|the|a|an|some|many)\s+)?(?:[\w-]+\s+){0,2}"
                             r"(?:concerns?|views?|thoughts?|opinions?|beliefs?|worry|worries|fears?|hopes?|"
                             r"feelings?|vision|assessment|perspective|sentiments?|frustrations?|doubts?)\b",
                             re.IGNORECASE)
#: Decisions and realisations: states of mind, no report.
MIND_68 = frozenset({"realize", "realizes", "realized", "realise", "realises",
                     "realised", "realization", "realisation"})
#: Cues whose content is an object, not a report ("explained more about X", "expressed a dim view of X", "tweeted
#: a photo", "the writing on the wall").
NO_CLAUSE_68 = {
    "explained": re.compile(r"more\s+about\b", re.IGNORECASE),
    "expressed": re.compile(r"an?\s+(?:\w+\s+)?view\s+of\b", re.IGNORECASE),
    "tweeted": re.compile(r"an?\s+(?:photo|photograph|picture|image|video|clip)\b", re.IGNORECASE),
    "writing on": re.compile(r"the\s+wall\b", re.IGNORECASE),
}
#: A quotation closed by '," <Name> <verb>s.' with a verb the cue list lacks ("whines").
CLOSER_68 = re.compile(r"\s*[,.!?]?[\"”]\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+([a-z]{3,}s)\.")
#: A cited headline's tail: ", Outlet, Month day, year".
CITED_68 = re.compile(r",\s+[A-Z][^,\n]{1,60},\s+(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December)\s+\d{1,2},\s+\d{4}")
#: "decided to <VP>" (PolNeAR annotates "decided <clause>": 1 gold cue).
DECIDE_68 = frozenset({"decide", "decides", "decided"})
#: "saw it unjust": a short object complement after "saw".
SAW_68 = re.compile(r"^(?:it|them|this|that)\s+\w+$", re.IGNORECASE)
#: An outer report at the start of an "according to" record's content.
OUTER_68 = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[\w'’-]+)\s+(stressed|said|says|noted|argued|"
                      r"warned|added|insisted|claimed|stated|wrote|emphasized|emphasised|explained)\s+that\s+")
#: A document right before a participle of saying ("a letter to him from ICE saying").
DOC_68 = re.compile(r"\b((?:a|an|the)\s+(?:letter|memo|memorandum|note|email|e-mail|statement)"
                    r"(?:\s+to\s+(?:him|her|them|[A-Z][\w'’-]*))?(?:\s+from\s+(?:the\s+)?[A-Z][\w'’.-]*"
                    r"(?:\s+[A-Z][\w'’.-]*){0,3})?)\s+$")


def _content_is_clause(text: str, a: Attribution) -> bool:
    head = text[a.content.start:a.content.start + 6]
    if re.search(r"[\"“”]", text[a.content.start:a.content.end]):
        return True  # "X Defends Y: "<quotation>"" (a headline, real38): the quotation is reported
    return bool(re.match(r"that\b", head, re.IGNORECASE)) or head[:1] in "\"“'‘" or a.kind != "indirect"


def _drop(text: str, a: Attribution) -> bool:
    """True for the records the module's first four rules drop."""
    if a.cue is None:
        return False
    cue = text[a.cue.start:a.cue.end]
    low = cue.lower()
    if low in STANCE_68 and low not in ("hate", "hates", "hated"):  # lead, round 42: "hated X" stays (round 5's test)
        if low == "shared" and SHARED_VIEW_L42.match(text, a.content.start):
            return False  # lead, round 42 at the merge: "shared her concerns about X" (PolNeAR: "share ... thoughts")
        return not _content_is_clause(text, a)
    if low in MIND_68:
        return True
    if low in DECIDE_68:
        return re.match(r"\s+to\s", text[a.cue.end:a.cue.end + 4]) is not None  # "decided she should" stays
    if low == "saw" and SAW_68.match(text[a.content.start:a.content.end].strip()):
        return True
    if NO_CLAUSE_68.get(low) is not None:
        return NO_CLAUSE_68[low].match(text, a.content.start) is not None
    if cue[:1].isupper() and not cue.isupper() and low != "according to" and a.kind == "indirect":
        return _cited_title(text, a)  # a quotation's title-case cue stays (real38: a quoted headline phrase)
    return False


def _cited_title(text: str, a: Attribution) -> bool:
    """A title-case cue mid-sentence in a headline cited with its outlet and date (module's notes)."""
    assert a.cue is not None
    line_start = text.rfind("\n", 0, a.cue.start) + 1
    line_end = text.find("\n", a.cue.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[:line_start].strip() == "":
        return False  # the article's own headline (PolNeAR annotates "Obama Says ...")
    start = _sentence_bounds(text, a.cue.start)[0]
    before = text[start:a.cue.start].rstrip()
    if not before or not before[-1:].isalpha():
        return False
    return CITED_68.search(text, a.cue.end, line_end) is not None


def _outer_report(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """An "according to" record that begins with '<NP> stressed that': the outer report's (module's notes)."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() != "according to" or a.cue.start < a.content.end:
        return a
    m = OUTER_68.match(text, a.content.start)
    if m is None or m.group(1).split()[0].lower() in ("it", "this", "that", "there"):
        return a
    sent_start, sent_end, _ = _sentence_bounds(text, a.content.start)
    if sent_start != a.content.start or not a.cue.start < sent_end:
        return a
    stop = sent_end - 1 if text[sent_end - 1:sent_end] in ".!?" else sent_end
    phrase = re.sub(r"^(?:the|a|an)\s+", "", m.group(1), flags=re.IGNORECASE)
    sentence = text[sent_start:sent_end]
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=False, context=sentence)
    evidence = f"{a.evidence}:outer-report-68"
    return a.model_copy(update={
        "kind": "indirect", "start": min(a.start, m.start(1)), "end": max(a.end, stop),
        "speaker": Span(start=m.start(1), end=m.end(1), label="speaker", score=a.score, evidence=evidence),
        "cue": Span(start=m.start(2), end=m.end(2), label="cue", score=a.score, evidence=evidence),
        "content": Span(start=m.end(), end=stop, label="content", score=a.score, evidence=evidence),
        "speaker_name": phrase, "source_type": source_type, "source_country": country, "state_affiliated": state,
        "affiliation": affiliation, "named": phrase[:1].isupper(), "resolved_from": None, "evidence": evidence})


def _document_speaker(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """"<NP> submitted a letter ... saying": the letter as the speaker (module's notes)."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() not in ("saying", "stating"):
        return a
    line_start = text.rfind("\n", 0, a.cue.start) + 1
    m = DOC_68.search(text, max(line_start, a.cue.start - 80), a.cue.start)
    if m is None or (a.speaker is not None and m.start(1) <= a.speaker.start < m.end(1)):
        return a
    sentence = text[slice(*_sentence_bounds(text, a.cue.start)[:2])]
    return with_speaker_68(a, m.span(1), m.group(1), table, "document-participle-68", named=False, context=sentence)


def with_speaker_68(a: Attribution, span: tuple[int, int], phrase: str, table: SourceTable, tag: str, *,
                    named: bool, context: str = "") -> Attribution:
    """``a`` with the speaker ``span`` named ``phrase``, typed from the phrase (in ``context``), its evidence
    tagged ``tag`` (rounds 68, 70 and 71 move a speaker so)."""
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=False, context=context)
    evidence = f"{a.evidence}:{tag}"
    return a.model_copy(update={
        "start": min(a.start, span[0]),
        "speaker": Span(start=span[0], end=span[1], label="speaker", score=a.score, evidence=evidence),
        "speaker_name": phrase, "source_type": source_type, "source_country": country, "state_affiliated": state,
        "affiliation": affiliation, "named": named, "resolved_from": None, "evidence": evidence})


def _named_closer(text: str, a: Attribution) -> Attribution:
    """A cue-less quotation closed by '," <Name> <verb>s.': the name as speaker, the verb as cue (module's notes)."""
    if a.cue is not None or a.kind != "direct":
        return a
    m = CLOSER_68.match(text, a.content.end)
    if m is None or m.group(1).split()[0] in ("He", "She", "They", "It", "The", "This", "That", "I", "We"):
        return a
    if a.speaker is not None and text[a.speaker.start:a.speaker.end] == m.group(1):
        return a
    evidence = f"{a.evidence}:named-closer-68"
    return a.model_copy(update={
        "end": max(a.end, m.end(2)),
        "speaker": Span(start=m.start(1), end=m.end(1), label="speaker", score=a.score, evidence=evidence),
        "cue": Span(start=m.start(2), end=m.end(2), label="cue", score=a.score, evidence=evidence),
        "speaker_name": m.group(1), "named": True, "resolved_from": None, "evidence": evidence})


def round68_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 68's rules (see the module's notes) over the finished attributions."""
    del doc
    return [_named_closer(text, _document_speaker(text, _outer_report(text, a, table), table)) for a in attributions
            if not _drop(text, a)]


__all__ = ["NAME", "round68_attributions"]
