"""Attributions, round 75 (issue 16): three leads of PolNeAR's tuning half, third pass.

One pass, ``round75_attributions``, called once from ``extract_attributions`` right after round 73's pass and
before the lead's ``lead44`` pass (attr76's ``round76`` works in parallel at the same place: the lead orders the two
at the merge). Each rule is narrow and has its own invented test (``tests/test_attr75.py``); the counts behind each
are in ``scripts/attr75/`` and docs/EVALUATION.md ("PolNeAR tuning-half misses, third pass, round 44").

- **"Everything X says" is X's statement, its content the pronoun.** "Everything the mayor says is spin",
  "nothing she says adds up", "whatever he says": a free relative whose verb of saying has no object of its own
  (the pronoun before is it). PolNeAR marks the pronoun as the content, the subject as the source and the verb as
  the cue; the parser reads "says" as the main verb and no record is made. Only outside quotations (PolNeAR does
  not nest reports inside a quotation: a tuning-half "whatever he says" inside one is not annotated), and only
  where no record has its cue on that verb already.
- **"<the amount> <experts> say it <costs>" is the experts' figure.** "the $5 million analysts say it takes to
  win", "the minimum sum experts say it needs": a zero relative clause of saying whose own clause has "it" / "they"
  as the subject; the noun phrase and the clause are the content, the clause's subject the source, "say" the cue
  (attr74's open lead; one tuning-half miss, found nowhere on main). Outside quotations only; a plain or plural
  common noun of experts or a capitalised name as the subject.
- **"In a statement announcing X, <body> ..." is the statement's.** A participle of saying right after "in a
  statement / letter / release" hangs on the document, not on the main clause's subject: PolNeAR's source is the
  statement ("a statement"), the subject of the main clause saying something else. The record the main clause's
  subject took gets the statement's noun phrase as its speaker. "X said in a statement that ..." (the cue the main
  verb) is left alone: PolNeAR's source there is X.
- **A markup attribute's value is no quotation.** Pages that keep an embedded post's markup in their text
  ('<tweet tweet-author="..." tweet-date="...">') put the post's words between the quotation marks of an attribute;
  a speakerless, cue-less quotation record opened right after ``<name>=`` is the markup's, not a statement (the
  tuning half: two such records, both unannotated; the post's words stay where the page shows them as prose).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution, Span
from ._shared import with_added
from .round56 import _sentence_bounds
from .round68 import with_speaker_68
from .rules import NAME
from .sources import SourceTable, _type_source

#: The free relative's pronoun, its subject (a name of one to three capitalised words, a title and a noun, or a
#: personal pronoun) and its verb of saying.
EVERYTHING_SAYS_75 = re.compile(
    r"\b(?P<what>[Ee]verything|[Aa]nything|[Nn]othing|[Ww]hatever)\s+"
    r"(?P<who>(?:[Tt]he\s+[a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|he|she|they))\s+"
    r"(?P<cue>says|said|claims|claimed|writes|wrote|tweets|tweeted)\b(?!\s+(?:that|to|about|of|on|in)\b)")
#: Subject words that are no speaker even when capitalised (sentence openers and the like).
NOT_SPEAKERS_75 = frozenset({"The", "This", "That", "It", "He", "She", "They", "We", "I", "You", "There", "Here"})
#: "<det> <up to four words> <experts> say it <verb>": a zero relative clause of saying around a figure or thing.
SAY_IT_75 = re.compile(
    r"\b(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w$%.-]+(?:,\d+)*\s+){0,4}?)"
    r"(?P<who>(?:experts?|analysts?|economists?|officials?|observers?|strategists?|researchers?|scientists?|"
    r"advocates?|critics?|estimates?|[A-Z][a-z]+))\s+"
    r"(?P<cue>say|says|said|estimate|estimates|estimated)\s+(?:it|they)\s+"
    r"(?:costs?|needs?|needed|takes?|took|requires?|required)\b")
#: "in a statement / letter / release" right before a participle cue.
IN_DOCUMENT_75 = re.compile(
    r"\b[Ii]n\s+(?P<doc>(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+)?"
    r"(?:statement|letter|release|news\s+release|press\s+release|memo|email|e-mail|filing|tweet|post))\s+$")
#: The participles of saying such a document takes.
DOCUMENT_CUES_75 = frozenset({"announcing", "saying", "declaring", "stating", "explaining", "noting", "claiming",
                              "confirming", "warning", "urging", "calling"})
#: A markup attribute's name and equals sign right before a quotation's opening mark ('tweet-author="').
ATTRIBUTE_75 = re.compile(r"\b[a-z]+(?:-[a-z]+)*=[\"“]\s*$")
OPEN_QUOTES_75 = "“"
CLOSE_QUOTES_75 = "”"
PATTERN_SCORE_75 = 0.6


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation of its paragraph (typeset marks unbalanced, or an odd count of
    straight double quotation marks, before it)."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    typeset = sum(before.count(q) for q in OPEN_QUOTES_75) - sum(before.count(q) for q in CLOSE_QUOTES_75)
    return typeset > 0 or before.count('"') % 2 == 1 or before.count("''") % 2 == 1


def _cue_taken(attributions: list[Attribution], start: int, end: int) -> bool:
    return any(a.cue is not None and a.cue.start < end and start < a.cue.end for a in attributions)


def _new_record(text: str, speaker: tuple[int, int], cue: tuple[int, int], content: tuple[int, int],
                table: SourceTable, tag: str) -> Attribution:
    evidence = f"{NAME}:{tag}"
    phrase = " ".join(text[speaker[0]:speaker[1]].split())
    sent_start, sent_end, _ = _sentence_bounds(text, cue[0])
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=False,
                                                            context=text[sent_start:sent_end])
    start, end = min(speaker[0], content[0]), max(cue[1], content[1])
    return Attribution(
        start=start, end=end, label="indirect", score=PATTERN_SCORE_75, evidence=evidence, kind="indirect",
        speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=PATTERN_SCORE_75, evidence=evidence),
        cue=Span(start=cue[0], end=cue[1], label="cue", score=PATTERN_SCORE_75, evidence=evidence),
        content=Span(start=content[0], end=content[1], label="content", score=PATTERN_SCORE_75, evidence=evidence),
        source_type=source_type, speaker_name=phrase, source_country=country, state_affiliated=state,
        named=phrase[:1].isupper() and not phrase.lower().startswith("the "), affiliation=affiliation)


def _everything_says(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"Everything X says" (module's notes): one record each, the pronoun the content."""
    added: list[Attribution] = []
    for m in EVERYTHING_SAYS_75.finditer(text):
        who = m.group("who")
        if who.split()[0] in NOT_SPEAKERS_75 and who not in ("He", "She", "They"):
            continue
        if _inside_quotation(text, m.start()) or _cue_taken(attributions, m.start("cue"), m.end("cue")):
            continue
        added.append(_new_record(text, m.span("who"), m.span("cue"), m.span("what"), table, "everything-says-75"))
    return added


def _say_it(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"the sum experts say it takes" (module's notes): the noun phrase and clause the content."""
    added: list[Attribution] = []
    for m in SAY_IT_75.finditer(text):
        if m.group("who") in NOT_SPEAKERS_75 or _inside_quotation(text, m.start()):
            continue
        if _cue_taken(attributions, m.start("cue"), m.end("cue")):
            continue
        _, sent_end, _ = _sentence_bounds(text, m.end())
        end = sent_end
        while end > m.end() and text[end - 1] in " \t\n.!?,;:":
            end -= 1
        stop = re.search(r"[,;:]|\s[-—–]\s", text[m.end():end])
        if stop is not None:
            end = m.end() + stop.start()
        added.append(_new_record(text, m.span("who"), m.span("cue"), (m.start("np"), end), table, "say-it-75"))
    return added


def _statement_speaker(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """A participle of saying after "in a statement" (module's notes): the statement is the speaker."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() not in DOCUMENT_CUES_75:
        return a
    m = IN_DOCUMENT_75.search(text, max(0, a.cue.start - 40), a.cue.start)
    if m is None:
        return a
    span = m.span("doc")
    if a.speaker is not None and (a.speaker.start, a.speaker.end) == span:
        return a
    phrase = " ".join(text[span[0]:span[1]].split())
    return with_speaker_68(a, span, phrase, table, "statement-speaker-75", named=False, context=phrase)


def _attribute_value(text: str, a: Attribution) -> bool:
    """A cue-less, speakerless quotation record opened right after a markup attribute's '=' (module's notes)."""
    if a.cue is not None or a.speaker is not None or ":quote-" not in (a.evidence or ""):
        return False
    return ATTRIBUTE_75.search(text, max(0, a.content.start - 40), a.content.start) is not None


def round75_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 75's rules (see the module's notes) over the finished attributions."""
    del doc
    out = [_statement_speaker(text, a, table) for a in attributions if not _attribute_value(text, a)]
    added = _everything_says(text, out, table) + _say_it(text, out, table)
    return with_added(out, added)


__all__ = ["NAME", "round75_attributions"]
