"""Attributions, round 79 (issue 16): PolNeAR tuning-half misses, fourth pass.

One pass, ``round79_attributions``, called once from ``extract_attributions`` right after round 77's pass (round
78's pass, written in parallel, goes at the same place; the lead orders the two at the merge) and before the lead's
round 44 pass. Each rule is narrow and has its own invented test (``tests/test_attr79.py``); the counts behind each
are in ``scripts/attr79/census.txt`` and the README there.

- **"<place or law>, (also) known as <name>"**: a name given in apposition to a place ("the republic, also known
  as ...") or to a law, bill, plan or treaty ("the bill, known as the <title> Act") is a sourceless attribution of
  the name: cue "(also) known as", content the name (a quoted title to its closing mark, else a run of capitalised
  words). PolNeAR annotates both uses on its tuning half (2 of 2, no source), main had neither. The real golds'
  development files code a person's or a group's alias ("X, also known as <nickname>") in none of four uses, so the
  rule leaves persons, groups and any noun not naming a place or a document alone; "better / widely known as" and
  "known as" with no comma before it (attr62's backed-out form, a held-half false cue) are not read; nor a use
  inside a quotation or inside another record's content (PolNeAR does not nest).
- **No statement**: a record whose content is only a transcript's stage direction ("(CROSSTALK.)", "[LAUGHTER]",
  "(APPLAUSE)") is taken out (1 on the tuning half, unannotated; such a direction is no one's words); an "according
  to" record whose source is a measure ("according to his body mass index", "by the agency's definition" is not
  read) is taken out (1 on the tuning half, unannotated: a scale classifies, it reports nothing). Neither shape is
  in the real golds' development files.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...document import Document
from ...result import Attribution, Span
from ._shared import landed
from .rules import NAME
from .sources import SourceTable
from .speakers import _inside_quote

if TYPE_CHECKING:
    from spacy.tokens import Token

#: ", known as" / ", also known as" after a word, then the name.
KNOWN_AS_79 = re.compile(r"(?P<head>[\w’'.-]+)\s*,\s+(?P<cue>(?:also\s+)?known\s+as)\s+")
#: The name: a quoted title to its closing mark, or "the" and a run of capitalised words (with "of", "the", "and",
#: "for", "on", "to" inside, and a hyphen or a digit in a word).
NAME_79 = re.compile(r"(?:the\s+)?[“\"][^”\"\n]{2,120}[”\"]|(?:the\s+)?[A-Z][\w’'.-]*"
                     r"(?:\s+(?:(?:of|the|and|for|on|to|de)\s+)*[A-Z0-9][\w’'.-]*)*")
#: Entity types of a place (the name given to a country, a region, a city) or a law.
PLACE_OR_LAW_79 = frozenset({"GPE", "LOC", "LAW"})
#: Nouns that name a document or a plan (the head before the comma).
DOCUMENT_NOUNS_79 = frozenset({
    "bill", "law", "act", "legislation", "measure", "program", "programme", "plan", "treaty", "accord",
    "agreement", "pact", "rule", "regulation", "resolution", "initiative", "policy", "amendment", "statute",
    "ordinance", "doctrine", "provision", "proposal", "deal",
})
#: A transcript's stage direction in brackets: the whole content of a record that is no statement.
STAGE_DIRECTION_79 = re.compile(r"[(\[](?:crosstalk|laughter|applause|inaudible|unintelligible|cheers|cheering|booing|"
                                r"boos|commercial break|end video clip|begin video clip)\.?[)\]]\.?", re.IGNORECASE)
#: Head nouns of a measure after "according to": a scale or a definition, no source.
MEASURE_79 = re.compile(r"(?:index|scale|standards?|definitions?|formula|chart|metrics?|criteria|yardstick|"
                        r"benchmark)", re.IGNORECASE)
#: The score of a record read from this pattern (sourceless and low: the shape is a convention, not a statement).
KNOWN_AS_SCORE_79 = 0.3


def _token_at(doc: Document, start: int, end: int) -> Token | None:
    """The parsed token over ``text[start:end]`` (None where that place is not parsed)."""
    for para in doc.parsed:
        if para.offset <= start < para.offset + len(para.text):
            for t in para.doc:
                if para.offset + t.idx == start and len(t.text) == end - start:
                    return t
            return None
    return None


def _names_place_or_document(doc: Document, start: int, end: int) -> bool:
    tok = _token_at(doc, start, end)
    if tok is None:
        return False
    if tok.ent_type_:
        return tok.ent_type_ in PLACE_OR_LAW_79
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in DOCUMENT_NOUNS_79


def _known_as(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """"<place or law>, (also) known as <name>" (module's notes)."""
    out = list(attributions)
    for m in KNOWN_AS_79.finditer(text):
        if _inside_quote(text, m.start("cue")):
            continue
        if any(a.content.start <= m.start("cue") < a.content.end or
               (a.cue is not None and a.cue.start < m.end("cue") and m.start("cue") < a.cue.end) for a in out):
            continue
        if not _names_place_or_document(doc, m.start("head"), m.end("head")):
            continue
        name = NAME_79.match(text, m.end())
        if name is None:
            continue
        end = name.end()
        while end > name.start() and text[end - 1] in ".,":  # a sentence's full stop is no part of the name
            end -= 1
        if end - name.start() < 2:
            continue
        evidence = f"{NAME}:known-as-79"

        def span(a: int, b: int, label: str, ev: str = evidence) -> Span:
            return Span(start=a, end=b, label=label, score=KNOWN_AS_SCORE_79, evidence=ev)

        out.append(Attribution(
            start=m.start("cue"), end=end, label="indirect", score=KNOWN_AS_SCORE_79, evidence=evidence,
            kind="indirect", speaker=None, cue=span(m.start("cue"), m.end("cue"), "cue"),
            content=span(name.start(), end, "content"), source_type="anonymous", speaker_name=None,
            named=False))
    return out


def _no_statement(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Records that report nothing: a stage direction's content, a measure after "according to" (module's notes)."""
    out = []
    for a in attributions:
        content = text[a.content.start:a.content.end].strip(" \"“”'‘’")
        if STAGE_DIRECTION_79.fullmatch(content):
            continue
        if a.kind == "according_to" and a.speaker is not None and a.cue is not None and \
                "according" in text[a.cue.start:a.cue.end].lower():
            words = text[a.speaker.start:a.speaker.end].split()
            if words and MEASURE_79.fullmatch(words[-1].strip(".,;:")):
                continue
        out.append(a)
    return out


def round79_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 79's rules (see the module's notes) over the finished attributions."""
    out = _known_as(text, doc, attributions)
    out = _no_statement(text, out)
    return landed(out, attributions)


__all__ = ["NAME", "round79_attributions"]
