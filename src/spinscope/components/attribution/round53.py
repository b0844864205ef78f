"""Attributions, round 53 (issue 16): speakers, source types and false cues from the lead's reading of SemEval
articles (no gold of this round: each rule has test sentences written for the test, `tests/test_attr53.py`).

Two passes, each called once from ``extract_attributions``:

``round53_candidates`` (right after round 50's candidates; on a merge with round 52, after round 52's call):

- false cues, each counted on PolNeAR's tuning half first (`scripts/attr53/census.txt`: none of these is a gold cue
  there): "decided that" (a decision, no statement), a participle "knowing that" ("residents can sleep better knowing
  that ..."), "contradicts" with a noun phrase only ("a report that contradicts the official story"), and a question
  to the reader ("Do you believe that ...?": "you" is no source);
- a noun cue's that-clause that runs on into the main clause's predicate ("The X's claim that he had never seen the
  letter has proven false"): the content ends before the verdict ("has proven false");
- a speaker that is a body part after "by the" ("dragged by the hair ... while yelling"): no agent; the
  relative clause's antecedent ("a man who ...") speaks, else nobody named;
- "X is accused by Y of ...": the by-agent Y is the source;
- "A, he said, but B": a mid-sentence "he said" whose parse made it the content of the clause's verb: the clause
  before it is the content, the pronoun the speaker;
- a headline "Evidence shows X: Expert": the label after the colon speaks the whole headline (not "Evidence");
- "As Outlet reports:" ending a paragraph: the next unquoted paragraph is the outlet's (round 50's "He told
  Outlet:" rule, with this lead-in).

``round53_attributions`` (at the end, on the finished attributions):

- "the Pope's" typed a body: a person, country VA (as "the Pope" is);
- "the Syrian" (the, then one singular demonym of the source table's countries): a person of that country;
- "the information", "data" (as speakers) typed a person: a report;
- "the witness", "the eyewitness" with no name: the one named person the article introduced as having seen it
  ("a man by the name of X", or the only named speaker of a verb of seeing before it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...document import Document
from ...result import Attribution, Span
from .cues import RULE_SCORES, Candidate
from .round46 import _head_of
from .round47 import _verbless
from .round50 import _offset_of, _told_colon
from .rules import NAME
from .sources import POPE_PHRASE, SourceTable

# ------------------------------------------------------------------------------------------ false cues

#: "decided that": a decision, not a statement (PolNeAR's tuning half: no gold cue).
DECIDED_THAT_53 = re.compile(r"decid(?:e|es|ed)")
#: Openers of a question put to the reader ("Do you believe that ...?").
READER_QUESTION_53 = re.compile(r"(?:^|[.!?]\s+|\n)(?:So\s+|And\s+|But\s+|Now\s+)?(?:Do|Don['’]t|Would|Can|Could|Did)"
                                r"\s+you$", re.IGNORECASE)


def _after(text: str, end: int, pattern: str) -> bool:
    return re.match(pattern, text[end:end + 40]) is not None


def _false_cue_53(text: str, doc: Document, c: Candidate) -> bool:
    if c.cue is None:
        return False
    cue = text[c.cue[0]:c.cue[1]]
    low = cue.lower()
    if DECIDED_THAT_53.fullmatch(low) and _after(text, c.cue[1], r"\s+that\b"):
        return True
    if low == "knowing" and _after(text, c.cue[1], r"\s+that\b"):
        return True  # "sleep better knowing that ...": a feeling of safety, no statement
    if low.startswith("contradict") and _verbless(doc, c.content):
        return True  # "a report that contradicts the official story": a noun phrase, no proposition
    if c.speaker is not None and text[c.speaker[0]:c.speaker[1]].lower() == "you":
        line = text[max(0, c.speaker[0] - 60):c.speaker[1]]
        end = text.find("\n", c.cue[1])
        sentence_end = re.search(r"[.!?]", text[c.cue[1]:end if end >= 0 else len(text)])
        if READER_QUESTION_53.search(line) and sentence_end is not None and sentence_end.group() == "?":
            return True  # "Do you believe that investigators ...?": a question to the reader
    return False


# ------------------------------------------------------------------------------------------ a noun cue's run-on

#: Noun cues whose that-clause the parser may run on into the main clause ("The X's claim that ... has proven").
CLAIM_NOUNS_53 = frozenset({"claim", "claims", "assertion", "assertions", "allegation", "allegations", "insistence",
                            "contention", "statement", "story", "account", "suggestion", "promise", "denial"})
#: The main clause's verdict on the claim, inside the content: where the content ends.
VERDICT_53 = re.compile(r"\s+(?:(?:has|have|had)\s+(?:now\s+|since\s+|already\s+|long\s+)?(?:been\s+)?"
                        r"(?:proven|proved|shown|turned\s+out|debunked|disproven|refuted|exposed)"
                        r"|(?:is|was|were|are)\s+(?:now\s+|since\s+|clearly\s+)?(?:been\s+)?"
                        r"(?:proven|shown|debunked|disproven|refuted|exposed|false|untrue|baseless|a\s+lie)"
                        r"|(?:proved|turned\s+out)\s+(?:to\s+be\s+)?(?:false|untrue|wrong|a\s+lie|baseless))\b")


def _noun_run_on(text: str, c: Candidate) -> Candidate:
    if c.cue is None or text[c.cue[0]:c.cue[1]].lower() not in CLAIM_NOUNS_53 or c.cue[1] > c.content[0]:
        return c
    if not re.fullmatch(r"\s+that\s+", text[c.cue[1]:c.content[0]]):
        return c
    m = VERDICT_53.search(text, c.content[0], c.content[1])
    if m is None or m.start() - c.content[0] < 8:
        return c
    return replace(c, content=(c.content[0], m.start()), evidence=f"{c.evidence}:run-on-cut-53")


# ------------------------------------------------------------------------------------------ no agent

#: Body parts and clothes: "pulled by the hair" names no agent.
BODY_PARTS_53 = frozenset({"hair", "arm", "arms", "neck", "head", "throat", "collar", "leg", "legs", "hand", "hands",
                           "shoulder", "shoulders", "ear", "ears", "foot", "feet", "face", "shirt", "clothes",
                           "jacket", "wrist", "wrists", "ankle", "ankles", "beard", "scruff", "scarf", "headscarf"})
#: A relative clause's antecedent before the body part: "a man who ...".
WHO_ANTECEDENT_53 = re.compile(r"\b(?:an?|the|two|three|several)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+(?:who|that)\b")


def _body_part_speaker(text: str, doc: Document, c: Candidate) -> Candidate:
    if c.speaker is None:
        return c
    words = text[c.speaker[0]:c.speaker[1]].lower().split()
    if not words or words[-1] not in BODY_PARTS_53 or not re.search(r"\bby\s+$", text[max(0, c.speaker[0] - 4):
                                                                                      c.speaker[0]]):
        return c
    start = max(text.rfind("\n", 0, c.speaker[0]) + 1, text.rfind(". ", 0, c.speaker[0]) + 1)
    found = list(WHO_ANTECEDENT_53.finditer(text, start, c.speaker[0]))
    if not found:
        return replace(c, speaker=None, speaker_head=None, anonymous=True, evidence=f"{c.evidence}:no-agent-53")
    m = found[-1]
    span = (m.start(), m.start("noun") + len(m.group("noun")))
    return replace(c, speaker=span, speaker_head=_head_of(doc, *span), anonymous=False,
                   evidence=f"{c.evidence}:antecedent-53")


# ------------------------------------------------------------------------------------------ "accused by Y of"

ACCUSED_BY_53 = re.compile(r"[^\S\n]+by[^\S\n]+(?P<agent>[^,.;:\n]{2,80}?)[^\S\n]+(?:of|for)\b")


def _accused_by(text: str, doc: Document, c: Candidate) -> Candidate:
    if c.cue is None or c.speaker is not None or text[c.cue[0]:c.cue[1]].lower() not in ("accused", "charged"):
        return c
    m = ACCUSED_BY_53.match(text, c.cue[1])
    if m is None:
        return c
    span = (m.start("agent"), m.end("agent"))
    return replace(c, speaker=span, speaker_head=_head_of(doc, *span), anonymous=False,
                   evidence=f"{c.evidence}:by-agent-53")


# ------------------------------------------------------------------------------------------ "A, he said, but B"

#: A mid-sentence "he said" between commas, then a coordinated clause.
MID_SAID_53 = re.compile(r",[^\S\n]+(?P<sp>he|she|they|He|She|They)[^\S\n]+(?P<cue>said|says|added|explained),"
                         r"[^\S\n]+(?:but|and|yet|though)\b")


def _mid_said(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for m in MID_SAID_53.finditer(text):
        if any(c.cue == (m.start("cue"), m.end("cue")) for c in candidates):
            continue  # the cascade read it already
        start = max(text.rfind("\n", 0, m.start()) + 1,
                    max((k.end() for k in re.finditer(r"[.!?][”\"’']?\s+", text[:m.start()])), default=0))
        if len(text[start:m.start()].split()) < 4:
            continue
        said = (m.start("sp"), m.end("cue"))
        out = [c for c in out if not (said[0] <= c.content[0] and c.content[1] <= said[1] + 1)]
        sp = (m.start("sp"), m.end("sp"))
        out.append(Candidate(kind="indirect", content=(start, m.start()), speaker=sp, cue=(m.start("cue"),
                             m.end("cue")), score=0.65, evidence=f"{NAME}:mid-said-53",
                             speaker_head=_head_of(doc, *sp),
                             offset=_offset_of(doc, sp[0])))
    return out


# ------------------------------------------------------------------------------------------ "...: Expert" headline

#: A headline ending with a speaker label after a colon ("... shows X: Expert").
HEADLINE_LABEL_53 = re.compile(r":[^\S\n]+(?P<label>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Za-z][\w’'.-]*){0,2})[^\S\n]*$")
#: Verbs of showing whose thing subject the headline's label speaks through.
SHOW_CUES_53 = re.compile(r"(?:shows?|showed|proves?|proved|reveals?|revealed|confirms?|confirmed)")


def _headline_label_53(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    if not doc.paragraphs:
        return candidates
    head = doc.paragraphs[0]
    line_end = text.find("\n", head.start, head.end)
    end = line_end if line_end >= 0 else head.end
    while end > head.start and text[end - 1] in " \t":
        end -= 1
    m = HEADLINE_LABEL_53.search(text, head.start, end)
    if m is None:
        return candidates
    shows = [c for c in candidates if c.cue is not None and head.start <= c.cue[0] < m.start() and
             SHOW_CUES_53.fullmatch(text[c.cue[0]:c.cue[1]].lower()) and c.content[1] >= m.start()]
    if not shows:
        return candidates
    c = shows[0]
    label = (m.start("label"), m.end("label"))
    return [x for x in candidates if x not in shows] + [replace(
        c, kind="indirect", content=(head.start, m.start()), speaker=label, cue=(m.start(), m.start() + 1),
        score=RULE_SCORES["headline-label"], speaker_head=None, anonymous=False,
        evidence=f"{NAME}:headline-label-53")]


# ------------------------------------------------------------------------------------------ "As Outlet reports:"

#: "As the Daily Courier reports:" ending a paragraph (the block quote's marks lost in the copy).
AS_REPORTS_53 = re.compile(
    r"(?m)(?:^|(?<=[.!?][ ]))As[^\S\n]+(?P<sp>(?:the[^\S\n]+)?[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){0,3})[^\S\n]+"
    r"(?P<cue>reports|reported|writes|wrote|notes|noted|explains|explained)(?P<to>)[^\S\n]*:[^\S\n]*$")


def round53_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 53's fixes (see the module's notes), in their order."""
    kept = [_accused_by(text, doc, _body_part_speaker(text, doc, _noun_run_on(text, c)))
            for c in candidates if not _false_cue_53(text, doc, c)]
    kept = _headline_label_53(text, doc, _mid_said(text, doc, kept))
    return _told_colon(text, doc, kept, pattern=AS_REPORTS_53)


# ------------------------------------------------------------------------------------------ source types

#: Speakers that are a body of facts, not a person ("According to the information currently available").
INFO_NOUNS_53 = frozenset({"information", "data", "figures", "statistics", "numbers", "records", "documents"})
#: A singular demonym: "the Syrian", "the Iraqi" (collective ones, "the Dutch", "the French", are left alone).
SINGULAR_DEMONYM_53 = re.compile(r"[Tt]he[^\S\n]+(?P<word>[A-Z][a-z]+(?:an|i))")
#: Names in the country table that end like a demonym but are places or bodies.
NOT_DEMONYMS_53 = frozenset({"Vatican", "Pentagon", "Kremlin", "Taiwan", "Oman", "Iran", "Japan", "Sudan", "Bhutan",
                             "Afghanistan", "Pakistan", "Jordan", "Yemeni", "Azerbaijan", "Kazakhstan", "Haiti",
                             "Mali", "Malawi", "Brunei", "Fiji", "Delhi", "Riyadh", "Tbilisi", "Helsinki", "Beijing"})
#: Nominals for a witness that stand for the one named witness.
WITNESS_NOUNS_53 = frozenset({"witness", "eyewitness", "eye-witness", "eye witness"})
#: How the article introduces its named witness.
NAMED_WITNESS_53 = re.compile(r"\bby[^\S\n]+the[^\S\n]+name[^\S\n]+of[^\S\n]+(?P<name>[A-Z][\w’'.-]+(?:[^\S\n]+"
                              r"[A-Z][\w’'.-]+){0,2})")
SEEING_CUES_53 = frozenset({"saw", "see", "sees", "seen", "witnessed", "watched", "noticed", "spotted"})


def _typed_53(text: str, a: Attribution, table: SourceTable) -> Attribution:
    name = a.speaker_name or ""
    phrase = text[a.speaker.start:a.speaker.end] if a.speaker else ""
    if a.source_type not in ("person", None) and (POPE_PHRASE.fullmatch(name) or POPE_PHRASE.fullmatch(
            re.sub(r"[’']s$", "", phrase.strip()))):
        return a.model_copy(update={"source_type": "person", "source_country": "VA", "state_affiliated": False,
                                    "evidence": f"{a.evidence}:pope-53"})
    m = SINGULAR_DEMONYM_53.fullmatch(phrase.strip())
    if m is not None and a.source_type == "government" and m.group("word") not in NOT_DEMONYMS_53:
        country = table.countries.get(m.group("word"))
        if country is not None:
            return a.model_copy(update={"source_type": "person", "source_country": country,
                                        "state_affiliated": False, "evidence": f"{a.evidence}:demonym-person-53"})
    words = re.sub(r"^(?:the|this|that|these|new|latest|official)\s+", "", phrase.lower()).split()
    if a.source_type == "person" and words and any(w in INFO_NOUNS_53 for w in words[:2]) and not a.named:
        return a.model_copy(update={"source_type": "report", "evidence": f"{a.evidence}:information-53"})
    return a


def witness_names_53(text: str, out: list[Attribution], k: int, at: int) -> set[str]:
    """The persons the text names as witnesses before ``at`` ("witness X"), and the named persons of the attributions
    before the ``k``-th whose cue is a verb of seeing."""
    names = {m.group("name") for m in NAMED_WITNESS_53.finditer(text, 0, at)}
    names |= {b.speaker_name for b in out[:k] if b.named and b.source_type == "person" and b.cue and
              b.speaker_name and text[b.cue.start:b.cue.end].lower() in SEEING_CUES_53}
    return {n for n in names if n}


def resolve_witnesses(text: str, out: list[Attribution], *,
                      names: Callable[[str, list[Attribution], int, int], set[str]] = witness_names_53,
                      tag: str = "witness-53") -> list[Attribution]:
    """An unnamed "the witness" speaker given the one person ``names`` finds for it (none or several: left as it
    is); ``tag`` marks the evidence. Round 55 passes its own ``names`` (witnesses named in an apposition too)."""
    result: list[Attribution] = []
    for k, a in enumerate(out):
        phrase = text[a.speaker.start:a.speaker.end].lower() if a.speaker else ""
        noun = re.sub(r"^(?:the|this|that|our)\s+", "", phrase)
        if a.speaker is not None and noun in WITNESS_NOUNS_53 and not a.named:
            found = names(text, out, k, a.speaker.start)
            if len(found) == 1:
                name = found.pop()
                at = text.rfind(name, 0, a.speaker.start)
                a = a.model_copy(update={
                    "speaker_name": name, "named": True, "source_type": "person",
                    "resolved_from": Span(start=at, end=at + len(name), label="antecedent", score=a.score,
                                          evidence=f"{NAME}:{tag}") if at >= 0 else a.resolved_from,
                    "evidence": f"{a.evidence}:{tag}"})
        result.append(a)
    return result


def round53_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """The finished attributions with round 53's output rules (the pope, a demonym, information, the witness)."""
    del doc  # the same signature as the other rounds' output passes
    return resolve_witnesses(text, [_typed_53(text, a, table) for a in attributions])
