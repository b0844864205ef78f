"""Attributions, round 78 (issue 16): shapes of the development errors on round 78's fresh gold (one SemEval-2023
opinion piece and two Lee wire stories; ``scripts/attr78/README.md``).

One pass, ``round78_attributions``, called once from ``extract_attributions`` right after round 77's pass and before
the lead's round 44 pass. Each rule is narrow and has its own invented test (``tests/test_attr78.py``);
``scripts/attr78/census.txt`` counts each shape on PolNeAR's tuning half.

- **"<content>, Staff-Insp. Jo Bloggs said."**: a trailing speaker whose title is an abbreviation with a full stop
  (the sentence splitter breaks after it, so the verb lost its clause): where no record has its cue on the verb, a
  new record, content from the sentence's start to the comma; a report nested in that content (a cue inside it)
  goes (the golds' nesting rule).
- **"what <NP> calls "<words>""** and **"<Name>-described as (being) "<words>""**: a quotation opened right after
  such an introducer is the NP's / the name's (main gave it to the previous quotation's speaker).
- **"the words of <NP>: "<words>""**: the quotation after the colon is the NP's, with no cue (main gave it to the
  clause's subject and a cue of that clause).
- **"Thanks to <Name> (at <outlet>), it was revealed that <clause>"**: the agentless passive's source is the name.
- **"<clause part> — (just) as <subject> <verb>ed — <rest of the clause>"**: an as-clause aside between dashes
  interrupts the clause it reports, so its content runs on past the closing dash to the clause's end.
- **"are considering <V>ing"**: a plan, no report: the stance record "consider" with a gerund for content goes
  (PolNeAR's tuning half: 2 uses, no cue on either).
- **"hoping / hopes to <VP>"**: the content is the infinitive (to the clause's end), not a later clause the parse
  hung on the verb (PolNeAR's tuning half: 1 use, a cue).
- **"won't get to say / never got to say"**: an unrealized saying, no report: the record goes.
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from ._shared import landed
from .round56 import _sentence_bounds
from .round77 import _record  # the same pattern record (score 0.5, typed from the phrase)
from .rules import NAME
from .sources import SourceTable, _type_source
from .sources43 import place_country_s43

#: ", <Abbrev.> <Name> said." at a sentence's end: a title abbreviation with a full stop (a hyphenated rank too).
ABBREV_SAID_78 = re.compile(
    r",\s+(?P<src>(?:[A-Z][a-z]+-)?[A-Z][a-z]{1,5}\.\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))\s+"
    r"(?P<cue>said|says|added|explained|noted)\s*\.")
#: An abbreviated police rank before a name ("Staff-Insp.", "Det. Sgt.", "Supt.", "Insp.", "Const.", "Staff-Sgt.").
POLICE_ABBREV_78 = re.compile(r"^(?:Staff-|Det\.\s+|Det-|Detective\s+)?(?:Insp|Supt|Sgt|Const|Cst|Cpl|Det|Sup)\.\s+"
                              r"[A-Z][\w’'-]+")
#: "what <NP> call(s/ed) “" / "<Name>-described as (being) “" right before a quotation's opening mark.
QUOTE_INTRO_78 = (
    re.compile(r"\bwhat\s+(?P<src>[\w’']+(?:\s+[\w’']+){0,4}?)\s+(?P<cue>calls|call|called|dubs|dubbed|terms|termed)"
               r"\s+[“\"]$"),
    re.compile(r"(?P<src>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,2})-(?P<cue>described|dubbed|branded|labeled|labelled|"
               r"called)\s+as\s+(?:being\s+)?[“\"]$"),
)
#: "the words of <NP>:" right before a quotation.
WORDS_OF_78 = re.compile(r"\bthe\s+words\s+of\s+(?P<src>(?:an?|the|this|that|his|her|their|one)\s+[\w’'-]+"
                         r"(?:\s+[\w’'-]+){0,2}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}):\s*[“\"]?$")
#: A paragraph's last sentence that hands the next quotation paragraphs to a name: "... came from <Name>, <...>."
CAME_FROM_78 = re.compile(r"\b(?:came|comes)\s+from\s+(?P<src>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,3})"
                          r"(?:,[^\n.!?]*)?[.:][^\S\n]*(?=\n)")
#: A quotation paragraph with its own speaker after the closing mark ("...," she said).
SAID_AFTER_QUOTE_78 = re.compile(r"[”\"],?\s+(?:[\w’'.-]+\s+){1,5}(?:said|says|added|told|wrote|explained)\b|"
                                 r"[”\"],?\s+(?:said|says|added|told|wrote|explained)\b")
#: A text whose words are quoted ("the words of a prayer"): a ``report`` source, as a document is.
TEXT_NOUN_78 = re.compile(r"\b(?:prayer|hymn|song|poem|psalm|verse|motto|slogan|anthem|proverb|saying|creed|"
                          r"oath|scripture|letter|book|report|statement|sign|banner)s?$", re.IGNORECASE)
#: "Thanks to <Name> (over at / at / of <outlet>)," right before "it was revealed".
THANKS_TO_78 = re.compile(r"\b[Tt]hanks\s+to\s+(?P<src>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                          r"(?:\s+(?:over\s+)?(?:at|of|from|with)\s+[^,.;:\n]{1,60})?,\s*(?:it\s+(?:was|has\s+been|is)\s+)?$")
#: The closing dash of an aside right after an as-clause cue.
ASIDE_CLOSE_78 = re.compile(r"\s*[—–]\s*")
#: Where a clause stops: a dash, a semicolon, a colon, a line's end or a sentence's end.
CLAUSE_STOP_78 = re.compile(r"\s*(?:[—–;:\n]|[.!?](?=[”\"’']?(?:\s|$)))")
#: Where an infinitive content stops: a comma too.
INFINITIVE_STOP_78 = re.compile(r"\s*(?:[,—–;:\n]|[.!?](?=[”\"’']?(?:\s|$)))")
#: "won't / will not / never / didn't (likely) get / got to" right before a say cue.
UNREALIZED_SAY_78 = re.compile(r"\b(?:won[’']t|will\s+not|never|didn[’']t|did\s+not|not)\s+(?:\w+ly\s+)?"
                               r"(?:get|got|gets)\s+to\s+$")


def _respeak(text: str, a: Attribution, src: tuple[int, int], cue: tuple[int, int] | None, evidence: str,
             table: SourceTable) -> Attribution:
    """``a`` with the speaker at ``src`` (typed afresh) and the cue at ``cue`` (None: no cue)."""
    phrase = " ".join(text[src[0]:src[1]].split())
    sent = _sentence_bounds(text, src[0])
    anonymous = phrase.lower().split()[0] in {"someone", "somebody", "some", "many", "one", "a", "an"}
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=anonymous,
                                                            context=text[sent[0]:sent[1]])
    ev = f"{a.evidence}:{evidence}"
    return a.model_copy(update={
        "speaker": Span(start=src[0], end=src[1], label="speaker", score=a.score, evidence=ev),
        "cue": None if cue is None else Span(start=cue[0], end=cue[1], label="cue", score=a.score, evidence=ev),
        "evidence": ev, "speaker_name": phrase, "source_type": source_type, "source_country": country,
        "state_affiliated": state, "affiliation": affiliation, "resolved_from": None, "sources": [],
        "named": phrase[:1].isupper() and not phrase.lower().startswith(("the ", "a ", "an ", "someone")),
        "start": min(src[0], a.content.start), "end": max(src[1], a.content.end)})


def _abbrev_said(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<content>, Staff-Insp. Jo Bloggs said." (module's notes)."""
    out = list(atts)
    for m in ABBREV_SAID_78.finditer(text):
        if any(a.cue is not None and a.cue.start < m.end("cue") and m.start("cue") < a.cue.end for a in out):
            continue
        start = _sentence_bounds(text, m.start())[0]
        if m.start() - start < 20 or "\n" in text[start:m.start()]:
            continue
        content = (start, m.start())
        out = [a for a in out if not (a.cue is not None and content[0] <= a.cue.start < content[1]
                                      and content[0] <= a.content.start < content[1])]
        rec = _record(text, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), content,
                      f"{NAME}:abbrev-title-said-78", table, text[start:m.end()])
        out.append(rec.model_copy(update={"speaker_name": " ".join(m.group("name").split())}))
    return out


def _police_abbrev(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A person named with an abbreviated police rank ("Staff-Insp. X", "Det. Sgt. X", "Supt. X") is the police's
    officer: ``government``, every mention of the surname, of the story's one country where no rule gave one
    (round 43's ``police_rank_s43`` reads the ranks spelt out)."""
    surnames = {(a.speaker_name or "").split()[-1] for a in atts
                if a.speaker is not None and a.speaker_name and a.source_type == "person"
                and POLICE_ABBREV_78.match(" ".join(text[a.speaker.start:a.speaker.end].split()))}
    if not surnames:
        return atts
    country = place_country_s43(text, table)
    out = []
    for a in atts:
        if a.speaker is not None and a.source_type == "person" and (a.speaker_name or "").split()[-1:] and \
                (a.speaker_name or "").split()[-1] in surnames:
            a = a.model_copy(update={"source_type": "government", "state_affiliated": True,
                                     **({"source_country": country} if a.source_country is None else {})})
        out.append(a)
    return out


def _quote_intro(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"what <NP> calls “...”", "<Name>-described as “...”", "the words of <NP>: “...”" (module's notes)."""
    out = []
    for a in atts:
        head = text[max(0, a.content.start - 120):a.content.start]
        base = a.content.start - len(head)
        m = next((x for pat in QUOTE_INTRO_78 if (x := pat.search(head)) is not None), None)
        if m is not None and (a.speaker is None or a.speaker.start != base + m.start("src")):
            a = _respeak(text, a, (base + m.start("src"), base + m.end("src")),
                         (base + m.start("cue"), base + m.end("cue")), "quote-introducer-78", table)
        elif m is None and a.kind in ("direct", "mixed") and (w := WORDS_OF_78.search(head)) is not None:
            a = _respeak(text, a, (base + w.start("src"), base + w.end("src")), None, "words-of-78", table)
            if TEXT_NOUN_78.search(text[a.speaker.start:a.speaker.end] if a.speaker else ""):
                a = a.model_copy(update={"source_type": "report", "named": False})  # a prayer's, a song's words
        out.append(a)
    return out


def _thanks_to(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"Thanks to <Name>, it was revealed that ..." (module's notes)."""
    out = []
    for a in atts:
        if a.speaker is None and a.cue is not None and a.kind == "indirect":
            head = text[max(0, a.cue.start - 120):a.cue.start]
            m = THANKS_TO_78.search(head)
            if m is not None:
                base = a.cue.start - len(head)
                a = _respeak(text, a, (base + m.start("src"), base + m.end("src")), (a.cue.start, a.cue.end),
                             "thanks-to-78", table)
        out.append(a)
    return out


def _as_aside(text: str, atts: list[Attribution]) -> list[Attribution]:
    """"X is — as Y believed — Z": the content runs on past the aside (module's notes)."""
    out = []
    for a in atts:
        if a.cue is not None and a.evidence.split(":")[-1] == "as-clause" and a.content.end <= a.cue.start:
            close = ASIDE_CLOSE_78.match(text, a.cue.end)
            between = text[a.content.end:a.speaker.start if a.speaker else a.cue.start]
            if close is not None and re.fullmatch(r"\s*[—–]\s*(?:just\s+|exactly\s+)?as\s+", between):
                stop = CLAUSE_STOP_78.search(text, close.end())
                end = len(text) if stop is None else stop.start()
                if end - close.end() >= 3:
                    a = a.model_copy(update={"content": a.content.model_copy(update={"end": end}),
                                             "end": max(a.end, end), "evidence": f"{a.evidence}:aside-78"})
        out.append(a)
    return out


def _lemma_of(a: Attribution) -> str:
    parts = a.evidence.split(":")
    return parts[2] if len(parts) > 2 else ""


def _drops_and_infinitives(text: str, atts: list[Attribution]) -> list[Attribution]:
    """"considering <V>ing", "hoping to <VP>", "won't get to say" (module's notes)."""
    out = []
    for a in atts:
        ev = a.evidence
        if ev.startswith(f"{NAME}:stance-verb:consider:dobj") and re.match(r"[a-z]+ing\b", text[a.content.start:]):
            continue
        if a.cue is not None and ":reporting-verb:say:" in ev and UNREALIZED_SAY_78.search(
                text[max(0, a.cue.start - 40):a.cue.start]):
            continue
        if a.cue is not None and ":hope:" in ev and (m := re.match(r"\s+(to\s+[a-z]+)", text[a.cue.end:])):
            start = a.cue.end + m.start(1)
            stop = INFINITIVE_STOP_78.search(text, start + 3)
            end = len(text) if stop is None else stop.start()
            if a.content.start != start and end - start > 5:
                a = a.model_copy(update={"content": a.content.model_copy(update={"start": start, "end": end}),
                                         "start": min(a.start, start), "end": max(a.end, end),
                                         "evidence": f"{ev}:infinitive-78"})
        out.append(a)
    return out


def _came_from(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"The best take came from <Name>, <apposition>." then quotation paragraphs: each is the name's (module's
    notes)."""
    out = list(atts)
    for m in CAME_FROM_78.finditer(text):
        pos = m.end()
        while pos < len(text):
            if text[pos] == "\n":
                pos += 1
                continue
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            opening = re.match(r"\s*[“\"]\s*", line)
            if opening is None or SAID_AFTER_QUOTE_78.search(line):
                break
            start, end = pos + opening.end(), line_end
            while end > start and text[end - 1] in " ”\"":
                end -= 1
            if end - start >= 20:
                out = [a for a in out if not (start <= a.content.start < line_end and (
                    a.speaker is None or start <= a.speaker.start < line_end or "no-speaker" in a.evidence))]
                rec = _record(text, (m.start("src"), m.end("src")), (0, 0), (start, end), f"{NAME}:came-from-78",
                              table, text[m.start():m.end()])
                out.append(rec.model_copy(update={"cue": None, "kind": "direct", "label": "direct"}))
            pos = line_end
    return out


def round78_attributions(text: str, atts: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 78's rules (see the module's notes) over the finished attributions."""
    out = _abbrev_said(text, atts, table)
    out = _police_abbrev(text, out, table)
    out = _came_from(text, out, table)
    out = _quote_intro(text, out, table)
    out = _thanks_to(text, out, table)
    out = _as_aside(text, out)
    out = _drops_and_infinitives(text, out)
    return landed(out, atts)


__all__ = ["NAME", "round78_attributions"]
