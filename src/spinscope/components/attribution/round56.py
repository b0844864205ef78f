"""Attributions, round 56 (issue 16): false cues, quote continuations, speakers and source types from the lead's
reading of SemEval-2023 articles (no gold of this round: each rule has test sentences written for the test,
`tests/test_attr56.py`; PolNeAR's tuning half holds none of these cases, `scripts/attr56/census.txt`).

Two passes, each called once from ``extract_attributions``:

``round56_candidates`` (right after round 53's candidates; attr54's and attr55's rounds are ordered at the merge):

- a yes/no question whose subject is the would-be speaker ("Does the company think it knows better?", "Do they
  not know that ...?") and "Who knows ..." are no reports (a question to the reader, "Do you believe ...?", is
  round 53's and attr55's);
- the writer's "what ... are we talking about?" and a generic "you" in a conditional ("If you accept that, you
  probably think X") are no reports;
- false cues: "assaulted" (a physical attack), "deny" with two objects ("denying them their liberty": withheld),
  a failed telling ("she fails ... to tell us how"), a law's "recognizes/guarantees" ("the Second Amendment
  recognizes the right"), and an event's participle ("The purge happened at noon, implying that ...");
- a quote continued from the writer ("..., as we've pointed out before, ..." then a third party's quoted words):
  the writer is never continued; the sentence's subject before the quote speaks ("These critics also “...”"),
  else nobody;
- a name right before a quote and "mantra/slogan/line" ("the Trump, “...” mantra"): the name is its speaker;
- a paragraph opening with a quotation mark and closed by its tag ('“...,” X, co-founder of Y, explained.'): the
  paragraph's quote is X's (not the previous paragraph's speaker's);
- "According to X:" ending a paragraph and list paragraphs after it: each item is X's (round 50's "He told
  Outlet:" rule with this lead-in, then the items while the list goes on).

``round56_attributions`` (at the end, on the finished attributions):

- "the group", "the organization" still unnamed: the organisation the article cited by name last before it;
- "they" resolved to a thing ("the facts") or to one named person: unresolved (a pronoun's speaker is an agent
  and agrees in number);
- the president of an association or a company ("AMA Immediate Past President X") typed government: a person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from ...result import Attribution, Span
from .cues import RULE_SCORES, Candidate
from .round46 import _head_of
from .round50 import _offset_of, _told_colon, _with_blocks
from .round52 import FIRST_PERSON_52
from .rules import NAME
from .sources import SourceTable

# ------------------------------------------------------------------------------------------ sentences


def _sentence_bounds(text: str, pos: int) -> tuple[int, int, str]:
    """The start and end of the sentence around ``pos`` (a line is at most one paragraph) and its final mark."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    ends = [m.end() for m in re.finditer(r"[.!?][”\"’']?\s+", text[line_start:pos])]
    start = line_start + (ends[-1] if ends else 0)
    end_m = re.search(r"[.!?]", text[pos:line_end])
    end = pos + end_m.end() if end_m else line_end
    return start, end, end_m.group() if end_m else ""


# ------------------------------------------------------------------------------------------ questions, false cues

#: An auxiliary opening a yes/no question.
AUX_56 = (r"(?:Does|Do|Did|Doesn['’]t|Don['’]t|Didn['’]t|Is|Are|Was|Were|Will|Won['’]t|Would|Can|Could|Should|"
          r"Has|Have|Hasn['’]t|Haven['’]t)")
#: The question up to its verb: the auxiliary, the subject, then "not"/"really" and the like.
QUESTION_SUBJECT_56 = re.compile(r"\s*(?:(?:And|But|So|Now|Then|Or)\s+)?" + AUX_56 +
                                 r"\s+(?P<subj>[^,;:.!?\n“”\"]{1,60}?)\s+(?:(?:not|really|even|actually|"
                                 r"honestly|seriously|truly)\s+)*$")
#: Words a subject of these questions never is: the reader (round 53, attr55) and the writer.
NOT_QUESTION_SUBJECTS_56 = frozenset({"you", "you all", "you guys", "i", "we"})
#: Cues of talking about something: in the writer's question ("what kind of X are we talking about?") no report.
TALK_CUES_56 = re.compile(r"talk(?:ing|s|ed)?(?:\s+about)?")
#: A conditional addressed to a generic reader before the cue: "If you accept that, you (likely) ...".
IF_YOU_56 = re.compile(r"\s*(?:(?:And|But|So|Now)\s+)?If\s+you\b[^.!?\n]*,\s*$")
#: The participle of an inference after a comma or a dash, and the events that never make one.
INFERENCE_CUES_56 = frozenset({"implying", "suggesting", "indicating", "signaling", "signalling", "meaning"})
EVENT_NOUNS_56 = frozenset({
    "purge", "move", "attack", "raid", "strike", "storm", "ban", "crackdown", "decision", "change", "shift",
    "shooting", "explosion", "blast", "incident", "event", "removal", "deletion", "shutdown", "timing", "delay",
    "outage", "crash", "collapse", "surge", "drop", "rise", "fall", "increase", "decline", "spike", "closure",
    "arrest", "arrests", "purges", "bans", "attacks", "raids", "strikes", "takedown", "suspension", "cancellation"})
#: A law as a speaker of "recognizes" ("the Second Amendment recognizes the right"): a right it holds, no statement.
LAW_SPEAKER_56 = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:Amendment|Constitution|Bill\s+of\s+Rights|Charter|"
                            r"[Ss]tatute|[Ll]aw|Act|[Tt]reaty|[Cc]onvention)", re.IGNORECASE)
LAW_CUES_56 = frozenset({"recognizes", "recognises", "recognized", "recognised", "recognize", "recognise",
                         "guarantees", "guaranteed", "protects", "protected", "grants", "granted", "enshrines",
                         "enshrined", "affirms", "secures"})
#: "deny" with two objects ("denying them their liberty", "denied her access"): withheld, nothing said.
DENY_CUES_56 = re.compile(r"den(?:y|ies|ied|ying)")
DENY_TWO_OBJECTS_56 = re.compile(r"\s+(?:them|him|her|us|me|you|people|citizens|residents|voters|patients|women|"
                                 r"children|men|Americans)\s+(?:their|his|her|our|my|your|the|a|an|any|access|"
                                 r"entry|service|care|bail|justice)\b")
#: A failed telling before the cue: "she fails, like the rest, to tell us ...".
#: ("fail", then an aside in commas or a short phrase such as "in her essay", then "to": no verb between)
FAILED_TELLING_56 = re.compile(r"\bfail(?:s|ed|ing)?(?:\s*,[^,.;!?\n]{1,60},\s*|\s+(?:[a-z]+\s+){0,3}?)to\s+$")
FAILED_CUES_56 = frozenset({"tell", "say", "explain", "mention", "disclose", "reveal", "show"})


def _question_56(text: str, c: Candidate) -> bool:
    """A yes/no question with the would-be speaker as its subject, or "Who knows ...": no report."""
    assert c.cue is not None
    start, _, mark = _sentence_bounds(text, c.cue[0])
    cue = text[c.cue[0]:c.cue[1]].lower()
    if cue in ("knows", "know") and re.fullmatch(r"\s*(?:(?:And|But|So)\s+)?Who\s+", text[start:c.cue[0]]):
        return True  # "Who knows exactly what they mean by X."
    if mark != "?":
        return False
    m = QUESTION_SUBJECT_56.fullmatch(text, start, c.cue[0])
    if m is None or m.group("subj").lower() in NOT_QUESTION_SUBJECTS_56:
        return False
    # a speaker elsewhere is not this question's subject
    return c.speaker is None or m.start("subj") <= c.speaker[0] < m.end("subj") + 1


def _false_cue_56(text: str, doc: Document, c: Candidate) -> bool:
    if c.cue is None:
        return False
    cue = text[c.cue[0]:c.cue[1]].lower()
    speaker = text[c.speaker[0]:c.speaker[1]] if c.speaker is not None else ""
    if _question_56(text, c):
        return True
    if TALK_CUES_56.fullmatch(cue) and speaker.lower() in ("we", "you", "i"):
        _, _, mark = _sentence_bounds(text, c.cue[0])
        if mark == "?":
            return True  # "what sort of measures are we talking about?": the writer's question
    if speaker.lower() == "you" and c.speaker is not None:
        start, _, _ = _sentence_bounds(text, c.speaker[0])
        if IF_YOU_56.fullmatch(text, start, c.speaker[0]):
            return True  # "If you accept that, you likely think X": a generic reader, no source
    if cue.startswith("assault"):
        return True  # "a man who assaulted teachers": a physical attack, no stance
    if DENY_CUES_56.fullmatch(cue) and DENY_TWO_OBJECTS_56.match(text, c.cue[1]):
        return True  # "denying them their liberty": withheld, nothing denied in words
    if cue in FAILED_CUES_56 and FAILED_TELLING_56.search(text, max(0, c.cue[0] - 120), c.cue[0]):
        return True  # "she fails ... to tell us exactly how": a telling that did not happen states nothing
    if cue in LAW_CUES_56 and speaker and LAW_SPEAKER_56.fullmatch(speaker.strip()):
        return True  # "the Second Amendment recognizes the right": a law holds a right, it makes no statement
    if cue in INFERENCE_CUES_56 and re.search(r"[,—–-]\s*$", text[max(0, c.cue[0] - 4):c.cue[0]]) and \
            c.speaker is not None:
        head = _head_of(doc, *c.speaker)
        word = head.lower_ if head is not None else speaker.lower().split()[-1]
        if word in EVENT_NOUNS_56 and (head is None or head.pos_ == "NOUN"):
            return True  # "The purge happened at noon, implying that ...": the writer's inference from an event
    return False


# ------------------------------------------------------------------------------------------ the writer never continued

#: Pronouns that are the writer outside quotation marks.
WRITER_56 = frozenset({"we", "i", "us", "me"})
#: The sentence's subject right before a quote it governs with no verb ("These critics also “...”").
SUBJECT_BEFORE_QUOTE_56 = re.compile(r"\s*(?P<sp>(?:(?:These|Those|The|Such|Some|Many|Other)\s+)?[A-Za-z][\w’'-]*"
                                     r"(?:\s+[A-Za-z][\w’'-]*){0,2}?)\s+(?:also|too|even|again|then|now|still|"
                                     r"simply|just)\s*$")


def _writer_not_continued(text: str, doc: Document, c: Candidate) -> Candidate:
    if not c.evidence.endswith(":quote-continues-previous") or c.speaker is None:
        return c
    if text[c.speaker[0]:c.speaker[1]].lower() not in WRITER_56:
        return c
    quotes = doc.cache.get("attributions.quotes")
    if quotes is not None and quotes.containing(c.speaker[0]) is not None:
        return c  # a quoted "we": the quoted speaker's, who may go on
    opening = c.content[0] - 1
    start, _, _ = _sentence_bounds(text, opening)
    m = SUBJECT_BEFORE_QUOTE_56.fullmatch(text, start, max(start, opening))
    if m is not None and m.group("sp").split()[0].lower() not in WRITER_56 | {"you", "it", "this", "that"}:
        span = (m.start("sp"), m.end("sp"))
        return replace(c, kind="mixed", speaker=span, speaker_head=None,
                       evidence=f"{c.evidence}:subject-not-writer-56")
    return replace(c, speaker=None, speaker_head=None, anonymous=True, score=RULE_SCORES["quote-no-speaker"],
                   evidence=f"{NAME}:quote-no-speaker:writer-not-continued-56")


# ------------------------------------------------------------------------------------------ "the X, “...” mantra"

#: A name, then a quote, then the noun of a repeated phrase ("the Trump, “take the guns first” mantra").
SLOGAN_56 = re.compile(r"\b(?:the|a|that|this|his|her|their)[^\S\n]+(?P<name>[A-Z][\w.’'-]+(?:[^\S\n]+[A-Z][\w.’'-]+)"
                       r"{0,2}),?[^\S\n]+[“\"](?P<q>[^”\"\n]{3,200}?)[”\"][^\S\n]+(?:mantra|slogan|line|motto|"
                       r"refrain|catchphrase|battle\s+cry|rallying\s+cry)s?\b")


def _slogans(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for m in SLOGAN_56.finditer(text):
        name = (m.start("name"), m.end("name"))
        for k, c in enumerate(out):
            if m.start("q") <= c.content[0] and c.content[1] <= m.end("q") and c.speaker != name:
                out[k] = replace(c, speaker=name, speaker_head=_head_of(doc, *name), anonymous=False, cue=None,
                                 evidence=f"{c.evidence}:slogan-speaker-56")
    return out


# ------------------------------------------------------------------------------------- '“...,” X, of Y, explained.'

#: A paragraph's closing tag after its quote: '...,” Name[, role], explained.'
CLOSING_TAG_56 = re.compile(r"(?P<close>[,.!?…]?[”\"])[^\S\n]+"
                            r"(?P<sp>[A-Z][\w.’'-]+(?:[^\S\n]+[A-Z][\w.’'-]+){1,3})"
                            r"(?:,[^\S\n]*(?P<role>[^,\n“”\"]{2,90}?),?)?[^\S\n]+(?P<cue>explained|said|added|noted|"
                            r"wrote|stated|continued|recalled|insisted|argued|told[^\S\n]+[\w.]+)[^\S\n]*\.[^\S\n]*$")
#: The score of such a paragraph's attribution (a cue and a named speaker: a quote-before verb's).
CLOSING_TAG_SCORE_56 = 0.8


#: A tag inside the paragraph's quote: a closing mark after a comma or stop, then a tag ('A,” she said, “B').
INNER_TAG_56 = re.compile(r"[,.!?][”\"][^\S\n]+(?:[a-z]|[A-Z][\w.’'-]+(?:[^\S\n]+[A-Z][\w.’'-]+)*[^\S\n]+"
                          r"(?:said|says|added|explained|wrote|noted)\b)")


def _broken_by_tag(c: Candidate, start: int, close: int, cue: tuple[int, int]) -> bool:
    """A candidate the paragraph's tag replaces: no cue (a continuation) or the tag's own cue, or a speaker
    across the closing mark, for content inside the paragraph's quote."""
    if not start <= c.content[0] < close + 1 and c.cue != cue:
        return False
    return c.cue is None or c.cue == cue or (c.speaker is not None and c.speaker[0] < close < c.speaker[1])


def _closing_tag_paragraphs(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for para in doc.paragraphs:
        body = text[para.start:para.end]
        if body[:1] not in ("“", '"'):
            continue
        end = para.end
        while end > para.start and text[end - 1] in " \t":
            end -= 1
        m = CLOSING_TAG_56.search(text, para.start, end)
        if m is None or m.end() != end:
            continue
        content = (para.start + 1, m.start("close") + (1 if text[m.start("close")] in "!?…" else 0))
        cue = (m.start("cue"), m.end("cue"))
        if content[1] - content[0] < 20:
            continue
        if any(c.cue == cue and c.speaker is not None and c.speaker[0] == m.start("sp") and
               abs(c.content[0] - content[0]) <= 2 for c in out):
            continue  # the cascade read it already
        if INNER_TAG_56.search(text, content[0], content[1]):
            continue  # '“A,” she said, “B,” X explained.': two quotes, each with its own tag
        span = (m.start("sp"), m.end("role")) if m.group("role") else (m.start("sp"), m.end("sp"))
        out = [c for c in out if not _broken_by_tag(c, para.start, m.start("close"), cue)]
        out.append(Candidate(kind="direct", content=content, speaker=span, cue=cue, score=CLOSING_TAG_SCORE_56,
                             evidence=f"{NAME}:closing-tag-56", speaker_head=_head_of(doc, m.start("sp"),
                                                                                      m.end("sp")),
                             offset=_offset_of(doc, m.start("sp"))))
    return out


# ------------------------------------------------------------------------------------------ "According to X:" lists

#: "According to the mayors:" ending a paragraph (the list after it lost its marks).
ACCORDING_COLON_56 = re.compile(r"(?m)(?:^|(?<=[.!?][ ]))(?P<cue>According[^\S\n]+to)[^\S\n]+"
                                r"(?P<sp>[^\n:,;“”\"]{2,60}?)(?P<to>)[^\S\n]*:[^\S\n]*$")
#: How a list item ends while the list goes on: a semicolon, a colon, "and"/"or" after either.
ITEM_GOES_ON_56 = re.compile(r"(?:[;:]|[;,][^\S\n]*(?:and|or)|\band|\bor)[^\S\n]*$")


def _according_lists(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    told = _told_colon(text, doc, candidates, pattern=ACCORDING_COLON_56)
    firsts = [c for c in told if c.evidence.endswith(":told-colon-50") and c not in candidates and c.cue is not None
              and text[c.cue[0]:c.cue[1]].startswith("According")]
    if not firsts:
        return told
    added: list[Candidate] = []
    paras = doc.paragraphs
    for c in firsts:
        k = next((i for i, p in enumerate(paras) if p.start <= c.content[0] < p.end), None)
        if k is None:
            continue
        goes_on = ITEM_GOES_ON_56.search(text[paras[k].start:c.content[1]].rstrip()) is not None
        for p in paras[k + 1:]:
            body = text[p.start:p.end].strip()
            if not body or body[0] in "\"“‘'":
                break
            item = ITEM_GOES_ON_56.search(body) is not None
            if not (goes_on or item):
                break  # the list closed on a full stop, and this paragraph is no item: the writer's prose again
            if FIRST_PERSON_52.search(body) or "?" in body or (
                    len(re.findall(r"[.!?]\s+[A-Z]", body)) >= 1 and not re.match(r"[A-Z][a-z]+ing\b", body)):
                break  # the writer's prose ("I think ...", a question, sentences not opened by an item's verb)
            goes_on = item
            end = p.end
            while end > p.start and text[end - 1] in " \t":
                end -= 1
            added.append(replace(c, content=(p.start, end), evidence=f"{NAME}:according-colon-list-56"))
    kept = [replace(c, evidence=f"{c.evidence}:according-colon-56") if c in firsts else c for c in told]
    if not added:
        return kept
    return _with_blocks(kept, added)


def round56_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 56's fixes (see the module's notes), in their order."""
    kept = [_writer_not_continued(text, doc, c) for c in candidates if not _false_cue_56(text, doc, c)]
    kept = _closing_tag_paragraphs(text, doc, _slogans(text, doc, kept))
    return _according_lists(text, doc, kept)


# ------------------------------------------------------------------------------------------ "the group" named before

#: Generic nouns of a body that point back at the organisation cited last.
GROUP_NOUNS_56 = frozenset({"group", "organization", "organisation", "association", "coalition", "alliance"})
#: How far back, in characters, the organisation cited last may be.
GROUP_BACK_56 = 6000


def _group_named_before(text: str, out: list[Attribution]) -> list[Attribution]:
    result: list[Attribution] = []
    for k, a in enumerate(out):
        words = text[a.speaker.start:a.speaker.end].lower().split() if a.speaker is not None else []
        if a.speaker is not None and len(words) == 2 and words[0] == "the" and words[1] in GROUP_NOUNS_56 and \
                (not a.named or (a.speaker_name or "").lower() == words[1]):
            bodies = [b for b in out[:k] if b.named and b.source_type == "organization" and b.speaker is not None
                      and b.speaker_name and b.speaker_name.lower() not in GROUP_NOUNS_56 and
                      a.speaker.start - b.speaker.start <= GROUP_BACK_56]
            if bodies:
                b = bodies[-1]
                at = b.resolved_from if b.resolved_from is not None else b.speaker
                assert at is not None
                a = a.model_copy(update={
                    "speaker_name": b.speaker_name, "named": True, "source_type": "organization",
                    "source_country": b.source_country, "state_affiliated": b.state_affiliated,
                    "resolved_from": Span(start=at.start, end=at.end, label="antecedent", score=a.score,
                                          evidence=f"{NAME}:group-named-before-56"),
                    "evidence": f"{a.evidence}:group-named-before-56"})
        result.append(a)
    return result


# ------------------------------------------------------------------------------------------ "they" agrees

#: Things that never speak: "The facts refute their arguments. ... they tell you".
THING_NOUNS_56 = frozenset({"facts", "fact", "statistics", "stats", "data", "numbers", "figures", "arguments",
                            "argument", "records", "results", "evidence", "truth", "claims", "lies", "policies",
                            "laws", "rules", "rights", "guns", "weapons", "measures", "proposals", "ideas"})
#: A single person's name: one to three capitalised words, no "and" (one word ending in "s" may be a people's).
ONE_NAME_56 = re.compile(r"(?:[A-Z][\w.’'-]+)(?:\s+[A-Z][\w.’'-]+){0,2}")


def _they_agrees(text: str, out: list[Attribution]) -> list[Attribution]:
    result: list[Attribution] = []
    for a in out:
        phrase = text[a.speaker.start:a.speaker.end].lower() if a.speaker is not None else ""
        if phrase in ("they", "them") and a.resolved_from is not None:
            source = text[a.resolved_from.start:a.resolved_from.end].strip()
            last = re.sub(r"^(?:the|these|those|their|its|our)\s+", "", source.lower()).split()
            thing = bool(last) and last[-1] in THING_NOUNS_56
            one = a.source_type == "person" and ONE_NAME_56.fullmatch(source) is not None and \
                (len(source.split()) >= 2 or not source.endswith("s")) and \
                ONE_NAME_56.fullmatch(a.speaker_name or "") is not None
            if thing or one:
                a = a.model_copy(update={"speaker_name": None, "named": False, "source_type": "anonymous",
                                         "source_country": None, "state_affiliated": False, "resolved_from": None,
                                         "evidence": f"{a.evidence}:they-{'thing' if thing else 'one'}-56"})
        result.append(a)
    return result


# ------------------------------------------------------------------------------------------ a body's president

#: The president (chair, CEO) of an association or company before the name: "AMA Immediate Past President X",
#: "American Dental Association President X".
BODY_PRESIDENT_56 = re.compile(
    r"(?P<body>[A-Z]{2,6}|(?:[A-Z][\w&.’'-]+\s+){0,5}(?:Association|Society|Foundation|Institute|Company|Corporation|"
    r"Inc\.?|Corp\.?|League|Federation|College|Academy|Club|Alliance|Chamber\s+of\s+Commerce))\s+"
    r"(?:(?:Immediate|Former|Past|Vice|Acting|Interim|Incoming|Outgoing|Executive)[\s-]+)*"
    r"(?:President|Chair|Chairman|Chairwoman|Chairperson|CEO|Director)\b")
#: The same after the name: "X, president of the American Medical Association".
PRESIDENT_OF_BODY_56 = re.compile(
    r",\s+(?:(?:immediate|former|past|vice|acting|interim|executive)[\s-]+)*(?:president|chair|chairman|chairwoman|"
    r"CEO|director)\s+of\s+the\s+(?:[A-Z][\w&.’'-]+\s+){0,5}(?:Association|Society|Foundation|Institute|Company|"
    r"Corporation|League|Federation|College|Academy|Club|Alliance)\b", re.IGNORECASE)


def _body_president(text: str, a: Attribution, table: SourceTable) -> Attribution:
    if a.source_type != "government" or a.speaker is None:
        return a
    phrase = text[a.speaker.start:a.speaker.end]
    m = BODY_PRESIDENT_56.search(phrase) or PRESIDENT_OF_BODY_56.search(phrase)
    if m is None:
        return a
    body = m.groupdict().get("body")
    if body is not None and re.fullmatch(r"[A-Z]{2,6}", body):
        found = table.find_source(body)
        if body in table.countries or (found is not None and found[0].type == "government"):
            return a  # "US President X", "EPA Director X": a government's office after all
    return a.model_copy(update={"source_type": "person", "state_affiliated": False,
                                "evidence": f"{a.evidence}:body-president-56"})


def round56_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """The finished attributions with round 56's output rules ("the group" named before, "they" agrees, a body's
    president)."""
    del doc  # the same signature as the other rounds' output passes
    out = _they_agrees(text, _group_named_before(text, attributions))
    return [_body_president(text, a, table) for a in out]
