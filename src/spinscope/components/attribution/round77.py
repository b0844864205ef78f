"""Attributions, round 77 (issue 16): two open leads of rounds 75 and 76, counted on PolNeAR's tuning half.

One pass, ``round77_attributions``, called once from ``extract_attributions`` right after round 76's pass and before
the lead's round 44 pass. Each rule is narrow and has its own invented test (``tests/test_attr77.py``);
``scripts/attr77/census.txt`` counts each shape on PolNeAR's tuning half.

- **"<Name> — who's called for A — <participle> B"**: an aside between dashes after a name is a report of its own
  (cue inside the aside, speaker the name and "who"), and its content stops at the closing dash; the participle
  after that dash ("lambasting", "criticizing", "praising" ...) is the name's own report, its content the noun
  phrase up to the clause's end (a colon, a semicolon, a dash or the sentence's end). PolNeAR annotates both on
  its tuning half (1 of 1); main ran the aside's content over the dash and had no participle record.
- **"<subject> didn't know what <VP>"**: a negated "know" with a wh-clause, outside quotations, is a report of the
  subject's (lack of) knowledge: PolNeAR marks the shape (cue "didn't know", content the wh-clause) in 1 of 1 uses
  outside quotations on its tuning half (the one inside a quotation is nested, not annotated, and left alone
  here). Round 71's negated-report drop covers "had not <discovered | known> that" (a that-clause), not a
  wh-clause, so the two do not meet. The subject is the phrase between the sentence's start (or its last comma)
  and the auxiliary, a few words with no verb of their own.
"""

from __future__ import annotations

import re
from typing import Literal

from ...result import Attribution, Span
from ._shared import landed
from .round56 import _sentence_bounds
from .rules import NAME
from .sources import SourceTable, _type_source
from .speakers import _inside_quote

#: A name, a dash, "who" (with "'s", "has", "had", "is", "was"), the aside, a closing dash, then a participle cue.
DASH_ASIDE_77 = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+[—–]\s+(?P<who>who)(?:[’']s|\s+has|\s+had|\s+is|\s+was)?"
    r"\s+(?P<aside>[^—–\n]{3,200}?)\s+[—–]\s+"
    r"(?P<cue>lambasting|criticizing|criticising|attacking|slamming|blasting|praising|accusing|denouncing|"
    r"decrying|condemning|dismissing|mocking|questioning|rejecting|deriding|ridiculing|chastising|berating|"
    r"applauding|hailing|touting)\s+")
#: Where a participle's noun-phrase content stops: a colon, a semicolon, a dash, a line's end or a sentence's end.
PHRASE_END_77 = re.compile(r"\s*(?:[:;—–\n]|[.!?](?=[”\"’']?(?:\s|$)))")
#: "didn't / did not / don't / doesn't know" before a wh-word.
NOT_KNOW_77 = re.compile(r"\b(?P<cue>(?:didn[’']t|did\s+not|don[’']t|do\s+not|doesn[’']t|does\s+not)\s+know)\s+"
                         r"(?=(?:what|who|how|whether|why|where|which)\b)")
#: The subject of the negated "know": a few words, no verb or clause of its own.
SUBJECT_77 = re.compile(r"[\w’'.-]+(?:\s+[\w’'.-]+){0,6}")
SUBJECT_VERB_77 = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|who|which|that|if|when|because|but)\b",
                             re.IGNORECASE)
#: A sentence's end that is no abbreviation's full stop ("Mr. Clarke").
CLAUSE_END_77 = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
                           r"[.!?](?=[”\"’']?(?:\s|$))|[;:\n]|\s[—–]\s")
#: The score of the records this round reads from a pattern.
PATTERN_SCORE_77 = 0.5


def _record(text: str, subj: tuple[int, int], cue: tuple[int, int], content: tuple[int, int], evidence: str,
            table: SourceTable, context: str) -> Attribution:
    phrase = " ".join(text[subj[0]:subj[1]].split())
    kind: Literal["mixed", "indirect"] = "mixed" if re.search(r"[\"“”]", text[content[0]:content[1]]) else \
        "indirect"
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=False, context=context)
    return Attribution(
        start=min(subj[0], content[0]), end=max(subj[1], content[1]), label=kind, score=PATTERN_SCORE_77,
        evidence=evidence, kind=kind,
        speaker=Span(start=subj[0], end=subj[1], label="speaker", score=PATTERN_SCORE_77, evidence=evidence),
        cue=Span(start=cue[0], end=cue[1], label="cue", score=PATTERN_SCORE_77, evidence=evidence),
        content=Span(start=content[0], end=content[1], label="content", score=PATTERN_SCORE_77, evidence=evidence),
        source_type=source_type, speaker_name=phrase, source_country=country, state_affiliated=state,
        named=phrase[:1].isupper() and not phrase.lower().startswith("the "), affiliation=affiliation)


def _cue_at(attributions: list[Attribution], start: int, end: int) -> bool:
    return any(a.cue is not None and start <= a.cue.start < end for a in attributions)


def _dash_aside(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<Name> — who's called for A — <participle> B" (module's notes)."""
    out = list(attributions)
    for m in DASH_ASIDE_77.finditer(text):
        aside_end = m.end("aside")
        # the aside's own record: its content stops at the closing dash
        for i, a in enumerate(out):
            if a.cue is None or not m.end("who") <= a.cue.start < aside_end:
                continue
            if a.content.start < aside_end < a.content.end:
                content = a.content.model_copy(update={"end": aside_end})
                out[i] = a.model_copy(update={"content": content, "end": max(aside_end, a.cue.end,
                                                                                  a.speaker.end if a.speaker else 0)})
        if _cue_at(out, m.start("cue"), m.end("cue")):
            continue
        stop = PHRASE_END_77.search(text, m.end())
        end = len(text) if stop is None else stop.start()
        if end - m.end() < 3:
            continue
        sent = _sentence_bounds(text, m.start())
        out.append(_record(text, (m.start("name"), m.end("name")), (m.start("cue"), m.end("cue")), (m.end(), end),
                           f"{NAME}:dash-aside-participle-77", table, text[sent[0]:sent[1]]))
    return out


def _not_know(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<subject> didn't know what <VP>" outside quotations (module's notes)."""
    out = list(attributions)
    for m in NOT_KNOW_77.finditer(text):
        if _inside_quote(text, m.start()) or _cue_at(out, m.start("cue"), m.end("cue")):
            continue
        sent_start = _sentence_bounds(text, m.start())[0]
        head = text[sent_start:m.start()]
        subj_start = sent_start + (head.rfind(", ") + 2 if ", " in head else 0)
        subject = text[subj_start:m.start()].rstrip()
        if not subject or not SUBJECT_77.fullmatch(subject) or SUBJECT_VERB_77.search(subject):
            continue
        stop = CLAUSE_END_77.search(text, m.end())
        end = len(text) if stop is None else stop.start()
        if end - m.end() < 8 or any(a.content.start <= m.end() < a.content.end for a in out):
            continue
        out.append(_record(text, (subj_start, subj_start + len(subject)), (m.start("cue"), m.end("cue")),
                           (m.end(), end), f"{NAME}:not-know-wh-77", table, text[sent_start:end]))
    return out


def round77_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 77's rules (see the module's notes) over the finished attributions."""
    out = _dash_aside(text, attributions, table)
    out = _not_know(text, out, table)
    return landed(out, attributions)


__all__ = ["NAME", "round77_attributions"]
