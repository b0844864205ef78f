"""Attributions, round 73 (issue 16): shapes from round 73's fresh SemEval-2025 development gold.

One pass, ``round73_attributions``, called once from ``extract_attributions`` right after round 72's pass (the last
finished pass on main; attr74's round 74 works in parallel after round 72 too: the lead orders the two at the
merge). Each rule is narrow and has its own invented test (``tests/test_attr73.py``). PolNeAR's tuning half has no
instance of any of these shapes ("as quoted by", a promotion line between quotation paragraphs, "which appears to
prove", "as <subject> fears <object>": ``scripts/attr73/census.txt``), so the conventions are the real golds' (rounds
31-71): a relayed report is its speaker's, a quotation run on over paragraphs keeps its speaker.

- **'"A," X said, as quoted by <outlet>'**: the outlet only relays X's statement (round 41's "according to X" over
  an inner report: the inner report is the attribution). The outlet's "quoted" record (an ``as``-clause reading
  whose content holds X's quotation and cue, or ends right before X's cue) goes; a cue-less quotation that went on
  the outlet's record ('... Bloomberg. "B."') takes X as its speaker.
- **A quotation run on over paragraphs past a promotion line**: tabloid pages put a line with no lower-case letter
  ("MORE ON THIS STORY") between the paragraphs of one speaker's quotation; every paragraph opens with a quotation
  mark and only the last closes it (the open paragraph end says the quotation goes on). A speakerless quotation
  paragraph whose previous record is a direct quotation with a speaker, left open at its paragraph's end, with only
  such lines (or none) between, is that speaker's; a chain of them follows one another.
- **"<NP> which / that appears / seems to prove / show / confirm <clause>"**: the relative clause's noun is the
  source of the report (the data that appear to prove it), the cue the verb group; the clause's own record had no
  speaker (or a passive stance cue of its own, "has been treated").
- **"as <subject> fears / hopes <object>"**: "as" there is a conjunction (while, because) and the verb has its own
  object; it is no parenthetical "as X said" over the clause before. An ``as``-clause record whose cue verb is
  followed by a noun phrase (no comma, stop, "it" or preposition) goes.
- **"<subject> is / are seen <verb>ing" and "seen to be"**: what a picture or a witness shows ("the men are seen
  holding the ladder"), a perception, no report; the passive stance record goes ("it was seen that <clause>", an
  unnamed report, stays).
- **A noun's "that"-clause cut at its own subject**: "suggestions that drugs to treat it may have ...": the parse
  ends the content after the clause's subject when an auxiliary follows; the content runs on to the sentence's end.
  Only where the content has no verb of its own (no auxiliary, modal or "-ed" form): "the claim that the world
  would end in May was a hoax" is a whole clause followed by the main verb, left alone (real31's development file).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution, Span
from .round68 import with_speaker_68
from .rules import NAME
from .sources import SourceTable

#: "as quoted by <outlet>" right at an ``as``-clause record's cue.
AS_QUOTED_73 = re.compile(r"\bas\s+(?:(?:was|were)\s+)?quoted\s+(?:by|in)\s+$", re.IGNORECASE)
#: The speaker fields a relayed quotation's continuation takes from the statement it continues.
SPEAKER_FIELDS_73 = ("speaker", "speaker_name", "source_type", "source_country", "state_affiliated", "named",
                     "affiliation", "resolved_from", "sources")
#: A line between quotation paragraphs that is no prose: no lower-case letter (a promotion or section line).
PROMO_LINE_73 = re.compile(r"[^a-z\n]*")
OPEN_QUOTE_73 = re.compile(r"\s*(?:[\"“]|'')\s*$")
CLOSE_QUOTE_73 = re.compile(r"[\"”]|''")
#: "which appears to prove" right before a record's content.
RELATIVE_REPORT_73 = re.compile(r"\b(which|that)\s+((?:appears?|appeared|seems?|seemed)\s+to\s+"
                                r"(?:prove|show|confirm|suggest|indicate|demonstrate)s?)\s+(?:that\s+)?$",
                                re.IGNORECASE)
#: Words that may follow the cue of a true "as X said" clause: a pronoun object of "put it", particles, prepositions,
#: time words.
AS_CLAUSE_NEXT_73 = frozenset({
    "it", "out", "up", "in", "on", "at", "to", "from", "for", "of", "by", "with", "about", "during", "before", "after",
    "earlier", "later", "last", "this", "yesterday", "today", "recently", "previously", "repeatedly", "often", "once",
    "again", "also", "too", "so", "here", "there", "when", "while", "since", "then", "now", "privately", "publicly",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "but", "or", "that", "the",
    "a", "an", "his", "her", "their", "its", "our", "my", "your", "into", "over", "under", "through",
})
#: Verbs of a mind state whose "as X <verb>s <object>" reads as a conjunction clause.
AS_FEAR_73 = frozenset({"fear", "fears", "feared", "hope", "hopes", "hoped", "eye", "eyes", "eyed", "face", "faces",
                        "faced", "weigh", "weighs", "weighed", "seek", "seeks", "sought", "plan", "plans",
                        "planned", "want", "wants", "wanted", "expect", "expects", "expected"})


#: "seen" then a gerund or "to be" (an adverb between): a perception.
SEEN_DOING_73 = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ing\b|to\s+be\b)")
#: A clause's own auxiliary or modal right after a noun record's content: the content stopped at the subject.
CLAUSE_GOES_ON_73 = re.compile(r"\s+(?:may|might|could|would|will|can|should|must|has|have|had|is|are|was|were|"
                               r"did|does|do)\b")
#: A finite verb inside a "that"-clause content: the clause is whole.
OWN_VERB_73 = re.compile(r"\b(?:may|might|could|would|will|can|should|must|has|have|had|is|are|was|were|did|does|do|"
                         r"[a-z]+ed)\b", re.IGNORECASE)
SENTENCE_STOP_73 = re.compile(r"[.!?](?=[\"”'’]?(?:\s|$))|\n")


def _ev(a: Attribution) -> str:
    return a.evidence or ""


def _relays(text: str, outlet: Attribution, inner: Attribution) -> bool:
    """Whether ``outlet`` (an "as quoted by" record) only relays ``inner``'s statement (module's notes)."""
    if inner is outlet or inner.cue is None or outlet.cue is None or inner.speaker is None:
        return False
    if not outlet.content.start <= inner.cue.start < outlet.cue.start:
        return False
    between = text[inner.cue.end:outlet.cue.start]
    return "\n" not in between and len(between) <= 80 and not re.search(r"[.!?]\s", between)


def _as_quoted(text: str, atts: list[Attribution]) -> list[Attribution]:
    out = list(atts)
    dropped: set[int] = set()
    moved: dict[tuple[int, int], Attribution] = {}
    for i, a in enumerate(out):
        if a.cue is None or a.speaker is None or ":as-clause" not in _ev(a):
            continue
        if AS_QUOTED_73.search(text, max(0, a.cue.start - 20), a.cue.end + 4) is None:
            continue
        if text[a.cue.start:a.cue.end].lower() != "quoted":
            continue
        inner = [b for b in out if _relays(text, a, b)]
        if not inner:
            continue
        dropped.add(i)
        moved[(a.speaker.start, a.speaker.end)] = max(inner, key=lambda b: b.cue.start if b.cue else 0)
    for j, b in enumerate(out):
        if j in dropped or b.speaker is None or "quote-continues-previous" not in _ev(b):
            continue
        src = moved.get((b.speaker.start, b.speaker.end))
        if src is None or src.content.end > b.content.start:
            continue
        update = {f: getattr(src, f) for f in SPEAKER_FIELDS_73}
        update["evidence"] = f"{_ev(b)}:relayed-73"
        out[j] = b.model_copy(update=update)
    return [a for k, a in enumerate(out) if k not in dropped]


def _left_open(text: str, a: Attribution) -> bool:
    """Whether ``a``'s quotation paragraph ends with no closing quotation mark after its content."""
    line_end = text.find("\n", a.content.end)
    rest = text[a.content.end:len(text) if line_end < 0 else line_end]
    return CLOSE_QUOTE_73.search(rest) is None


def _only_promo_lines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (from a paragraph's end to the next quotation's opening mark) holds only
    lines with no lower-case letter."""
    gap = text[start:end]
    m = OPEN_QUOTE_73.search(gap)
    if m is None or "\n" not in gap:
        return False
    lines = gap[:m.start()].split("\n")[1:]
    return all(PROMO_LINE_73.fullmatch(line) is not None for line in lines)


def _run_on_paragraphs(text: str, atts: list[Attribution]) -> list[Attribution]:
    out = list(atts)
    order = sorted(range(len(out)), key=lambda k: (out[k].content.start, out[k].content.end))
    for pos, j in enumerate(order):
        b = out[j]
        if b.speaker is not None or b.kind != "direct" or "no-speaker" not in _ev(b):
            continue
        prev = [out[k] for k in order[:pos] if out[k].content.end <= b.content.start]
        if not prev:
            continue
        a = max(prev, key=lambda x: x.content.end)
        if a.speaker is None or a.kind != "direct" or not _left_open(text, a):
            continue
        line_end = text.find("\n", a.content.end)
        if line_end < 0 or not _only_promo_lines(text, line_end, b.content.start):
            continue
        update = {f: getattr(a, f) for f in SPEAKER_FIELDS_73}
        update["evidence"] = f"{_ev(b)}:run-on-73"
        out[j] = b.model_copy(update=update)
    return out


def _relative_source(doc: Document, start: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``start`` stands for ("bombshell data which ..."), from the parse."""
    for para in doc.parsed:
        if not para.offset <= start < para.offset + len(para.text):
            continue
        tok = next((t for t in para.doc if para.offset + t.idx == start), None)
        if tok is None:
            return None
        verb = tok.head
        noun = verb.head if verb.dep_ == "relcl" else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        first = min((t for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod")),
                    key=lambda t: t.i, default=noun)
        return para.offset + first.idx, para.offset + noun.idx + len(noun.text)
    return None


def _relative_report(text: str, doc: Document, a: Attribution, table: SourceTable) -> Attribution:
    if a.speaker is not None and (a.cue is None or "passive" not in _ev(a)):
        return a
    m = RELATIVE_REPORT_73.search(text, max(0, a.content.start - 60), a.content.start)
    if m is None:
        return a
    span = _relative_source(doc, m.start(1))
    if span is None:
        return a
    phrase = text[span[0]:span[1]]
    b = with_speaker_68(a, span, phrase, table, "relative-report-73", named=False, context=phrase)
    cue = Span(start=m.start(2), end=m.end(2), label="cue", score=a.score, evidence=b.evidence)
    return b.model_copy(update={"cue": cue, "kind": "indirect" if a.kind == "according_to" else a.kind})


def _as_conjunction(text: str, a: Attribution) -> bool:
    """An ``as``-clause record whose verb takes its own object: "as the ruler fears a coup" (module's notes)."""
    if a.cue is None or ":as-clause" not in _ev(a):
        return False
    if text[a.cue.start:a.cue.end].lower() not in AS_FEAR_73:
        return False
    m = re.match(r"[ \t]+([A-Za-z][\w’'-]*)", text[a.cue.end:a.cue.end + 40])
    return m is not None and m.group(1).lower() not in AS_CLAUSE_NEXT_73


def _seen_doing(text: str, a: Attribution) -> bool:
    """A passive "seen" whose complement is a gerund or "to be" (module's notes)."""
    if a.cue is None or ":see:passive" not in _ev(a) or text[a.cue.start:a.cue.end].lower() != "seen":
        return False
    return SEEN_DOING_73.match(text, a.cue.end) is not None


def _noun_clause_on(text: str, a: Attribution) -> Attribution:
    """A stance noun's "that"-clause content cut before its own verb group runs on to the sentence's end."""
    if ":stance-noun:" not in _ev(a) or not text.startswith("that ", a.content.start):
        return a
    if CLAUSE_GOES_ON_73.match(text, a.content.end) is None:
        return a
    if OWN_VERB_73.search(text, a.content.start + 5, a.content.end) is not None:
        return a
    stop = SENTENCE_STOP_73.search(text, a.content.end)
    end = len(text) if stop is None else stop.start()
    if end - a.content.end > 300:
        return a
    content = a.content.model_copy(update={"end": end})
    return a.model_copy(update={"content": content, "end": max(a.end, end), "evidence": f"{_ev(a)}:clause-on-73"})


def round73_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 73's rules (see the module's notes) over the finished attributions."""
    out = [a for a in attributions if not _as_conjunction(text, a) and not _seen_doing(text, a)]
    out = _as_quoted(text, out)
    out = _run_on_paragraphs(text, out)
    return [_noun_clause_on(text, _relative_report(text, doc, a, table)) for a in out]


__all__ = ["NAME", "round73_attributions"]
