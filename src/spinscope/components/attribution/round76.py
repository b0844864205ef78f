"""Attributions, round 76 (issue 16): shapes from round 76's fresh SemEval-2023 development gold.

One pass, ``round76_attributions``, called once from ``extract_attributions`` right after round 73's pass and before
the lead's round 44 pass (attr75's round 75 works in parallel at the same place: the lead orders the two at the
merge; neither reads the other's records). Each rule is narrow and has its own invented test
(``tests/test_attr76.py``); ``scripts/attr76/census.txt`` counts each shape on PolNeAR's tuning half.

- **"<subject> is / are adamant / insistent / convinced / confident that <clause>"**: a conviction stated through a
  predicate adjective is a report of the subject's view (PolNeAR marks "came away convinced that" as a cue on the
  tuning half). The sentence's subject (a few words from its start, no verb of its own) is the source, the copula
  and adjective the cue, the clause to the sentence's end the content; only where no record already covers it.
- **"<Name>, whose <...>, says <clause>"**: a long relative clause between a name and its reporting verb leaves the
  verb without a subject in the parse, so the report was lost (its nested "he thought" and "oppose" records stayed).
  The name at the sentence's start is the source, the verb the cue, the clause to the sentence's end the content;
  only where no record has a cue on that verb.
- **"raise <money>"**: "raised $500,000", "raise money / funds" is fund-raising, not raising a point; the
  stance-verb record on "raise" whose content opens with an amount, a currency sign or "money / funds" goes
  (PolNeAR's tuning half marks none of its five "raise <amount>" as a cue).
- **"posted the article on Facebook"**: posting an item (an article, a video, a link) is no statement of content;
  the stance-verb record on "post" whose content is only such a noun phrase (no quotation, no clause) goes. The
  post's own words, quoted, stay with their speaker.
- **'<Document> asks ... . It says: "..."'**: a sentence-opening "It" of a reporting verb right before a colon
  quotation, when the previous sentence's subject is a document ("Another lesson", "The letter"), is that document:
  the speaker "It" is kept (it was left out as an expletive "it"), named after the document and typed ``report``.
"""

from __future__ import annotations

import re
from typing import Literal

from ...result import Attribution, Span
from ._shared import with_added
from .round56 import _sentence_bounds
from .round68 import with_speaker_68
from .round73 import SENTENCE_STOP_73, _ev
from .rules import NAME
from .sources import SourceTable, _type_source

#: "is adamant that": a copula (an adverb between) and an adjective of conviction, then "that".
CONVICTION_76 = re.compile(r"\b(?P<cue>(?:is|are|was|were|remains?|remained|came\s+away)\s+"
                           r"(?:(?:still|also|very|quite|equally|absolutely|firmly)\s+)?"
                           r"(?:adamant|insistent|convinced|confident))\s+that\s+")
#: The subject of a conviction report: the sentence's start, a few words, no verb or clause of its own.
SUBJECT_76 = re.compile(r"(?:[A-Z][\w’'.-]*|[Tt]he)(?:\s+[\w’'.-]+){0,6}")
#: Words that say the subject phrase holds a clause of its own (then the sentence's start is no subject).
SUBJECT_VERB_76 = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|who|which|that|if|when|because)\b",
                             re.IGNORECASE)
#: "<Name>, whose <...>, says <clause>" at a sentence's start.
WHOSE_SAYS_76 = re.compile(r"(?P<subj>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+whose\s+[^!?\n“”\"]{5,250}?,\s+"
                           r"(?P<cue>says|said|argues|argued|contends|contended|insists|insisted)\s+(?:that\s+)?")
#: What may stand right before a sentence's first word: a line's start, or a word's full stop (not an initial's).
SENT_START_76 = re.compile(r"(?:^|\n|[a-z]{2}[.!?][”\"’']?\s+)$")
#: A sentence's end after a clause: a stop before a space, a line's end or the text's end.
SENT_END_76 = SENTENCE_STOP_73
#: An amount or "money / funds" opening a "raise" record's content.
MONEY_76 = re.compile(r"(?:(?:nearly|about|almost|over|more\s+than|some|roughly|at\s+least)\s+)?"
                      r"(?:[$€£]\s?\d|\d[\d,.]*\s*(?:dollars|euros|pounds|million|billion)\b|(?:money|funds)\b)",
                      re.IGNORECASE)
#: A posted item with no content of its own: "the article (on Facebook)".
POSTED_ITEM_76 = re.compile(r"(?:the|a|an|his|her|their|its|this|that)\s+(?:\w+\s+)?"
                            r"(?:article|story|video|photo|photograph|picture|image|link|piece|clip|column|op-ed)"
                            r"(?:\s+(?:on|to)\s+[A-Z][\w.]*)?\s*", re.IGNORECASE)
#: A lone plural common noun (a capital only for the sentence's start).
PLURAL_PEOPLE_76 = re.compile(r"[A-Z][a-z]+s")
#: "It says:" opening a sentence, right before a colon quotation.
IT_SAYS_76 = re.compile(r"(?:^|(?<=[.!?”\"] )|(?<=\n))It\s+(?:says|said|reads|read|asks|asked|adds|added)\s*:\s*[“\"]$")
#: A document that can be "it" ("Another lesson asks ...", "The letter ends with ..."): a sentence's subject.
DOC_SUBJECT_76 = re.compile(r"(?:(?:The|A|An|Another|One|Its|Their|His|Her|This|That)\s+)(?:\w+\s+)?"
                            r"(?P<noun>lesson|report|letter|statement|study|document|book|memo|suit|lawsuit|complaint|"
                            r"post|poster|ad|advert|advertisement|billboard|sign|leaflet|flyer|note|message|email|"
                            r"textbook|worksheet|handout|page|passage|chapter|ruling|order|bill|law|policy|manual)\b")
#: The score of the records this round reads from a pattern.
PATTERN_SCORE_76 = 0.5


def _covered(attributions: list[Attribution], cue_start: int, cue_end: int, content_start: int) -> bool:
    return any(a.cue is not None and cue_start <= a.cue.start < cue_end for a in attributions) or \
        any(a.content.start <= content_start < a.content.end for a in attributions)


def _new_record(text: str, subj: tuple[int, int], cue: tuple[int, int], start: int, sent: tuple[int, int],
                evidence: str, table: SourceTable) -> Attribution | None:
    stop = sent[1]
    while stop > start and text[stop - 1] in " \t\n.":
        stop -= 1
    if stop - start < 10:
        return None
    content = text[start:stop]
    kind: Literal["mixed", "indirect"] = "mixed" if re.search(r"[\"“”]", content) else "indirect"
    phrase = " ".join(text[subj[0]:subj[1]].split())
    # a lone plural common noun at the sentence's start ("Supporters", "Parents"): unnamed people of no body
    anonymous = PLURAL_PEOPLE_76.fullmatch(phrase) is not None and table.find_source(phrase) is None
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=anonymous,
                                                            context=text[sent[0]:sent[1]])
    return Attribution(
        start=subj[0], end=stop, label=kind, score=PATTERN_SCORE_76, evidence=evidence, kind=kind,
        speaker=Span(start=subj[0], end=subj[1], label="speaker", score=PATTERN_SCORE_76, evidence=evidence),
        cue=Span(start=cue[0], end=cue[1], label="cue", score=PATTERN_SCORE_76, evidence=evidence),
        content=Span(start=start, end=stop, label="content", score=PATTERN_SCORE_76, evidence=evidence),
        source_type=source_type, speaker_name=phrase, source_country=country, state_affiliated=state,
        named=phrase[:1].isupper() and not anonymous and not phrase.lower().startswith("the "),
        affiliation=affiliation)


def _conviction_that(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<subject> is adamant that <clause>" (module's notes)."""
    added: list[Attribution] = []
    for m in CONVICTION_76.finditer(text):
        sent_start, sent_end, _ = _sentence_bounds(text, m.start())
        subject = text[sent_start:m.start()].rstrip()
        if not SUBJECT_76.fullmatch(subject) or SUBJECT_VERB_76.search(subject) or "\n" in subject:
            continue
        if _covered(attributions + added, m.start("cue"), m.end("cue"), m.end()):
            continue
        rec = _new_record(text, (sent_start, sent_start + len(subject)), (m.start("cue"), m.end("cue")), m.end(),
                          (sent_start, sent_end), f"{NAME}:conviction-that-76", table)
        if rec is not None:
            added.append(rec)
    return added


def _whose_says(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<Name>, whose <...>, says <clause>" (module's notes)."""
    added: list[Attribution] = []
    for m in WHOSE_SAYS_76.finditer(text):
        if SENT_START_76.search(text, max(0, m.start() - 6), m.start()) is None:
            continue
        stop = SENT_END_76.search(text, m.end())
        sent_end = len(text) if stop is None else stop.start()
        if _covered(attributions + added, m.start("cue"), m.end("cue"), m.end()):
            continue
        rec = _new_record(text, (m.start("subj"), m.end("subj")), (m.start("cue"), m.end("cue")), m.end(),
                          (m.start(), sent_end), f"{NAME}:whose-says-76", table)
        if rec is not None:
            added.append(rec)
    return added


def _raised_money(text: str, a: Attribution) -> bool:
    """A "raise" stance record whose content is an amount of money (module's notes)."""
    if a.cue is None or ":stance-verb:raise:" not in _ev(a):
        return False
    return MONEY_76.match(text, a.content.start, a.content.end) is not None


def _posted_item(text: str, a: Attribution) -> bool:
    """A "post" stance record whose content is only the posted item (module's notes)."""
    if a.cue is None or ":stance-verb:post:dobj" not in _ev(a):
        return False
    return POSTED_ITEM_76.fullmatch(text, a.content.start, a.content.end) is not None


def _it_document(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """'<Document> asks ... . It says: "..."': the left-out "It" is the document (module's notes)."""
    if a.speaker is not None or a.cue is None or "speaker-left-out" not in _ev(a):
        return a
    line_start = text.rfind("\n", 0, a.cue.start) + 1
    m = IT_SAYS_76.search(text, max(line_start, a.cue.start - 4), a.content.start)
    if m is None or m.start() > a.cue.start:
        return a
    prev_start, _, _ = _sentence_bounds(text, max(line_start, m.start() - 2))
    doc_m = DOC_SUBJECT_76.match(text, prev_start)
    if doc_m is None or prev_start >= m.start():
        return a
    phrase = text[doc_m.start():doc_m.end()]
    b = with_speaker_68(a, (m.start(), m.start() + 2), phrase, table, "it-document-76", named=False, context=phrase)
    return b.model_copy(update={"source_type": "report"})


def round76_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 76's rules (see the module's notes) over the finished attributions."""
    out = [_it_document(text, a, table) for a in attributions if not _raised_money(text, a) and
           not _posted_item(text, a)]
    added = _conviction_that(text, out, table)
    added += _whose_says(text, out + added, table)
    return with_added(out, added)


__all__ = ["NAME", "round76_attributions"]
