"""Attributions, round 54 (issue 16): misses on the development part of round 54's fresh SemEval-2023 gold
(`tests/gold/attributions_real54.jsonl`; test sentences of our own in `tests/test_attr54.py`).

One pass, ``round54_candidates``, called once from ``extract_attributions`` right after round 53's candidates:

- an outlet's block after a sentence that names it at its end ("..., the Daily Courier reports:") and the writer's
  own earlier report ("As we previously reported:"): the next unquoted paragraph is the outlet's (the writer's), a
  direct attribution as round 45's outlet block is; the reports inside the block stay (the block is the outlet's
  text, the reports in it are the outlet's reports of others: both counted, as round 45 keeps them under
  "Reuters reports:");
- a quotation paragraph signed by a bare name after it ('"...." Jane Roe.'): the name is the speaker;
- a Q/A transcript whose first turns are labelled "NAME Q:" and "NAME A:": a later bare "Q:" or "A:" turn is the
  same party's, not a speaker called "Q" or "A" (and the labelled turns' speaker is the name, not "NAME Q");
- a title "Witness: X did Y" (a person's label, not an office's: round 44's rule with other head words): the label
  speaks the title;
- a clause with its records postposed (", bank records show — but ...", ", court filings showed."): the records are
  the source, the clause before them the content (PolNeAR's tuning half: "show" a gold cue 15 times, round 49).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from .cues import RULE_SCORES, Candidate
from .quotes import QuoteIndex
from .round44 import headline_office_label
from .round46 import _head_of
from .round50 import _offset_of
from .rules import NAME
from .sources import MASTHEAD_WORDS

# ------------------------------------------------------------------------------------------ an outlet's block

#: A paragraph ending "..., the Daily Courier reports:" (a sentence of the article's before the outlet).
OUTLET_AFTER_SENTENCE_54 = re.compile(
    r",[^\S\n]+(?P<sp>(?:the[^\S\n]+)?[A-Z][\w.&’'-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w.&’'-]*){0,4})[^\S\n]+"
    r"(?P<cue>reports|reported|writes|wrote|notes|noted)[^\S\n]*:[^\S\n]*$")
#: The writer's own earlier report over a reposted block: "As we previously reported:".
WE_REPORTED_54 = re.compile(
    r"(?m)(?:^|(?<=[.!?][ ]))As[^\S\n]+(?P<sp>we|I)[^\S\n]+(?:(?:previously|earlier|already|first|recently)[^\S\n]+)?"
    r"(?:have[^\S\n]+)?(?P<cue>reported|wrote|noted|explained)[^\S\n]*:[^\S\n]*$")
#: The last word of an outlet's name (a newspaper's masthead word, also after a hyphen: "Union-Tribune").
OUTLET_WORDS_54 = frozenset(MASTHEAD_WORDS) | frozenset({"News", "Press", "Star", "Beacon", "Record", "Register",
                                                         "Review", "Mail", "Mirror", "Express", "Guardian", "Wire"})


def _block_after(text: str, doc: Document, k: int) -> tuple[int, int] | None:
    """The next paragraph's span where it can be a reposted block (unquoted, four words or more)."""
    if k + 1 >= len(doc.paragraphs):
        return None
    nxt = doc.paragraphs[k + 1]
    if text[nxt.start:nxt.start + 1] in "\"“‘'" or len(text[nxt.start:nxt.end].split()) < 4:
        return None
    end = nxt.end
    while end > nxt.start and text[end - 1] in " \t":
        end -= 1
    return nxt.start, end


def _outlet_blocks_54(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    for k, para in enumerate(doc.paragraphs):
        end = para.end
        while end > para.start and text[end - 1] in " \t":
            end -= 1
        m = OUTLET_AFTER_SENTENCE_54.search(text, para.start, end)
        if m is not None:
            words = re.split(r"[\s-]+", text[m.start("sp"):m.end("sp")])
            if len(words) < 2 or words[-1] not in OUTLET_WORDS_54:
                m = None  # "..., the President writes:" is a person's, left to the cascade
        if m is None:
            m = WE_REPORTED_54.search(text, para.start, end)
        if m is None:
            continue
        block = _block_after(text, doc, k)
        if block is None or any(c.content == block for c in candidates):
            continue
        sp = (m.start("sp"), m.end("sp"))
        added.append(Candidate(kind="direct", content=block, speaker=sp, cue=(m.start("cue"), m.end("cue")),
                               score=RULE_SCORES["outlet-block"], evidence=f"{NAME}:outlet-block-54",
                               speaker_head=_head_of(doc, *sp),
                               offset=_offset_of(doc, sp[0])))
    return candidates + added


# ------------------------------------------------------------------------------------------ a signed quotation

#: A paragraph that is a quotation and then a bare name: '"...." Jane Roe.'
SIGNED_QUOTE_54 = re.compile(r"(?m)^[^\S\n]*(?P<q>[\"“])[^\n]{20,}?[.!?…][\"”][^\S\n]+"
                             r"(?P<sp>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2})\.[^\S\n]*$")


def _signed_quotes(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for m in SIGNED_QUOTE_54.finditer(text):
        inside = (m.start("q"), m.start("sp"))
        sp = (m.start("sp"), m.end("sp"))
        if any(c.speaker is not None and inside[0] <= c.content[0] < inside[1] and c.cue is None for c in out):
            continue
        touched = False
        for i, c in enumerate(out):
            if c.speaker is None and inside[0] <= c.content[0] and c.content[1] <= inside[1] + 1:
                out[i] = replace(c, speaker=sp, speaker_head=_head_of(doc, *sp), anonymous=False, kind="direct",
                                 evidence=f"{c.evidence}:signed-quote-54")
                touched = True
        if not touched and not any(inside[0] <= c.content[0] < inside[1] for c in out):
            end = m.start("sp")
            while end > inside[0] and text[end - 1] in " \t":
                end -= 1
            out.append(Candidate(kind="direct", content=(inside[0], end), speaker=sp, cue=None,
                                 score=RULE_SCORES["speaker-label"], evidence=f"{NAME}:signed-quote-54",
                                 speaker_head=_head_of(doc, *sp),
                                 offset=_offset_of(doc, sp[0])))
    return out


# ------------------------------------------------------------------------------------------ Q/A turns

#: "BACON Q:" / "GILANI A:": a party's name before the turn letter.
NAMED_TURN_54 = re.compile(r"(?m)(?:^|(?<=[.?!\"”][ ]))(?P<name>[A-Z][A-Z’'-]{2,}(?:[ ][A-Z][A-Z’'-]{2,})?)[ ]"
                           r"(?P<turn>[QA]):[ ]")


def _qa_turns(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    named = [(m.start("turn"), m.group("turn"), (m.start("name"), m.end("name"))) for m in NAMED_TURN_54.finditer(text)]
    if not named:
        return candidates
    out: list[Candidate] = []
    for c in candidates:
        own = next((span for at, _, span in named if c.speaker is not None and c.speaker[0] == span[0] and
                    c.speaker[1] == at + 1), None)
        if own is not None:  # "HALE Q" as the label: the name without its turn letter
            c = replace(c, speaker=own, speaker_head=_head_of(doc, *own), evidence=f"{c.evidence}:qa-turn-54")
        if c.speaker is not None and c.speaker[1] - c.speaker[0] == 1 and text[c.speaker[0]] in "QA" and \
                text[c.speaker[1]:c.speaker[1] + 1] == ":":
            earlier = [span for at, turn, span in named if at < c.speaker[0] and turn == text[c.speaker[0]]]
            if earlier:
                sp = earlier[-1]
                c = replace(c, speaker=sp, speaker_head=_head_of(doc, *sp), evidence=f"{c.evidence}:qa-turn-54")
        out.append(c)
    return out


# ------------------------------------------------------------------------------------------ ", records show"

#: A clause, then its source postposed: "..., bank records show — but ..." / "..., court filings showed."
RECORDS_SHOW_54 = re.compile(
    r",[^\S\n]+(?P<sp>(?:(?:the|bank|court|police|phone|call|public|financial|official|internal|tax|flight|"
    r"medical|[A-Z][\w.&’'-]*|\d{3})[^\S\n]+){0,3}(?:records|documents|filings|data|figures|emails|logs|statistics))"
    r"[^\S\n]+(?P<cue>show|showed|shows|indicate|indicated|reveal|revealed)(?=[^\S\n]*(?:[.;]|[—–]|--|,[^\S\n]+but\b))")


def _records_show(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for m in RECORDS_SHOW_54.finditer(text):
        cue = (m.start("cue"), m.end("cue"))
        if any(c.cue == cue for c in out):
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        start = line
        for k in re.finditer(r"[.!?][”\"’']?[^\S\n]+(?=[A-Z“\"])", text[line:m.start()]):
            start = line + k.end()
        if len(text[start:m.start()].split()) < 5:
            continue
        sp = (m.start("sp"), m.end("sp"))
        out = [c for c in out if not (start <= c.content[0] and c.content[1] <= m.end("cue") and c.cue is not None
                                      and sp[0] <= c.cue[0] < cue[1])]
        out.append(Candidate(kind="indirect", content=(start, m.start()), speaker=sp, cue=cue, score=0.6,
                             evidence=f"{NAME}:records-show-54", speaker_head=_head_of(doc, *sp),
                             offset=_offset_of(doc, sp[0])))
    return out


# ------------------------------------------------------------------------------------------ "Witness: ..." title

#: Head nouns of a person's label over a title ("Witness: X Wiretapped Her"), beside round 44's offices. Religious
#: titles are left out on purpose: this round's held-out part has one, and no rule may be fitted to it.
PERSON_LABEL_HEADS_54 = frozenset({"witness", "eyewitness", "insider", "whistleblower", "victim", "survivor",
                                   "doctor", "nurse", "veteran", "lawyer", "attorney", "scientist", "historian",
                                   "economist", "analyst", "activist", "teacher", "mother", "father", "widow"})


def _title_person_label(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    quotes = doc.cache.get("attributions.quotes")
    if not isinstance(quotes, QuoteIndex):
        return candidates
    return candidates + headline_office_label(text, doc, quotes, candidates, heads=PERSON_LABEL_HEADS_54)


def round54_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 54's rules (see the module's notes)."""
    kept = _title_person_label(text, doc, _qa_turns(text, doc, _signed_quotes(text, doc, candidates)))
    return _records_show(text, doc, _outlet_blocks_54(text, doc, kept))
