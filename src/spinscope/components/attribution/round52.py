"""Attributions, round 52 (issue 16): the open leads of rounds 48-50 and of sources39.

Two passes, each called once from ``extract_attributions``:

``round52_candidates`` (after round 50's candidates):

- cue misses: "X has referred to Y as “...”" (the quotation is X's), "X gave the only answer he could: “...”" (the
  quotation after the colon is X's, not the questioner's), "X laid out three tests that ..." (X's, the object its
  content), "what the Trust called a “reckless” video" (the quoted words are the Trust's), and a line that is only
  "Name said." right after a quotation with no speaker (the quotation is Name's; it had none, and the "He added"
  after it went to the person quoted before);
- "He decried, “Look.\nNobody ...” He also spoke of X": the quotation run over lines took the next sentence's
  cue; the verb right before its opening mark is its cue;
- false cues: "admitting radical preachers into the country" (round 50's rule looked for "into" after the content
  only; here it stands inside it); "talked, and handed them the facts that they are keen to ignore and deny"
  (a relative clause far after an intransitive verb of speaking is no content of it);
- "He told Outlet:" (round 50 gave the next paragraph only): the paragraphs after that one go on in the speaker's
  voice while each is unquoted, speaks in the first person ("I", "we", "my", ...) and holds no report of its own;
  the article's own prose speaks of the speaker in the third person, so the first person marks the block.

``round52_attributions`` (on the finished attributions):

- "He says that he ..." right after a sentence whose subject is "the pope" (unnamed) is the pope, not a cardinal
  named earlier: the pronoun is the pope, named by the "Pope Name" the article gives, else "pope", of the Holy See
  (country ``VA``, as the source table gives "Pope Francis");
- a "Name said." line's surname spelt one letter off the name of a speaker quoted before ("Morphonious said." after
  "Jake Morphonios") is that speaker, and so are the pronouns resolved to it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...document import Document
from ...result import Attribution, Span
from .cues import RULE_SCORES, Candidate, _np_range
from .round47 import _verbless
from .round50 import ADMITTED_PEOPLE_50, TOLD_COLON_SCORE_50, _para_token, _with_blocks
from .round50 import _offset_of as _offset
from .rules import NAME

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A proper name of two to four capitalised words.
PROPER_NAME_52 = re.compile(r"[A-Z][\w.’'-]+(?:[^\S\n]+[A-Z][\w.’'-]+){1,3}")


def _subject_span(doc: Document, pos: int) -> tuple[int, int] | None:
    """The subject noun phrase of the verb that starts at ``pos``; an appositive name stands for its title noun ("The
    President of the club, Omar Delgado, has referred ...": "Omar Delgado")."""
    found = _para_token(doc, pos)
    if found is None:
        return None
    para, verb = found
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    names = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    start, end = _np_range(para, names[0] if names else subj)
    last = doc.text[start:end].rsplit(", ", 1)
    if len(last) == 2 and PROPER_NAME_52.fullmatch(last[1]):
        start = end - len(last[1])  # "The President of the club, Omar Delgado": the name after its title
    return start, end


def _quote_after(text: str, pos: int) -> tuple[int, int] | None:
    """The inside of the quotation that opens at ``pos`` (a curly or straight double mark), closed in its line."""
    if pos >= len(text) or text[pos] not in "“\"":
        return None
    close = text.find("”" if text[pos] == "“" else "\"", pos + 1)
    if close < 0 or "\n" in text[pos:close]:
        line_end = text.find("\n", pos)
        if close < 0 or line_end < 0 or close > line_end:
            return None
    end = close
    while end > pos + 1 and text[end - 1] in ".,!?;: ":
        end -= 1
    return (pos + 1, end) if end > pos + 1 else None


def _give_quote(candidates: list[Candidate], quote: tuple[int, int], speaker: tuple[int, int],
                cue: tuple[int, int], evidence: str, doc: Document) -> list[Candidate]:
    """The candidates with the quotation ``quote`` given to ``speaker`` (each candidate inside it takes the speaker
    and the cue; where none is, a new direct candidate)."""
    out: list[Candidate] = []
    given = False
    for c in candidates:
        if quote[0] - 1 <= c.content[0] and c.content[1] <= quote[1] + 1 and (
                c.cue is None or not quote[0] <= c.cue[0] < quote[1]):
            c = replace(c, speaker=speaker, cue=cue, kind="direct", anonymous=False, score=RULE_SCORES["verb:surface"],
                        evidence=f"{c.evidence}:{evidence}", speaker_head=_speaker_head(doc, speaker))
            given = True
        out.append(c)
    if not given:
        out.append(Candidate(kind="direct", content=quote, speaker=speaker, cue=cue, score=RULE_SCORES["verb:surface"],
                             evidence=f"{NAME}:{evidence}", speaker_head=_speaker_head(doc, speaker),
                             offset=_offset(doc, speaker[0])))
    return out


def _speaker_head(doc: Document, span: tuple[int, int]) -> Token | None:
    for para in doc.parsed:
        if para.offset <= span[0] and span[1] <= para.offset + len(para.text):
            piece = para.doc.char_span(span[0] - para.offset, span[1] - para.offset, alignment_mode="expand")
            return piece.root if piece is not None and len(piece) else None
    return None


# ------------------------------------------------------------------------------------------ cue misses

#: "has referred to Y as “...”": the verb, then the quotation's opening mark.
REFERRED_AS_52 = re.compile(r"\b(?P<cue>referred|refers)[^\S\n]+to[^\S\n]+[^“\"\n.;]{1,80}?[^\S\n]as[^\S\n]+"
                            r"(?P<q>[“\"])")
#: "gave the only answer he could: “...”": a verb of giving an answer, a colon, the quotation.
ANSWER_COLON_52 = re.compile(r"\b(?P<cue>gave|gives|offered|offers)[^\S\n]+(?:the|an?|his|her|their)[^\S\n]+"
                             r"(?:[\w-]+[^\S\n]+){0,2}(?:answer|reply|response)\b[^:\n“\"]{0,40}:[^\S\n]*(?P<q>[“\"])")
#: "X laid out three tests ...": a plan's or an argument's statement, its object the content.
LAID_OUT_52 = re.compile(r"\b(?P<cue>laid|lays)[^\S\n]+out\b")
#: "what the Trust called a “reckless” video": the quoted words are the named body's.
WHAT_CALLED_52 = re.compile(r"\bwhat[^\S\n]+(?P<sp>(?:the[^\S\n]+)?[A-Z][\w.&’'-]*(?:[^\S\n]+[A-Z][\w.&’'-]*){0,4})"
                            r"[^\S\n]+(?P<cue>called|calls|termed|dubbed)[^\S\n]+(?:(?:an?|the)[^\S\n]+)?(?P<q>[“\"])")
#: A line that is only "Name said." (or "said Name.") after a quotation.
NAME_SAID_LINE_52 = re.compile(r"[^\S\n]*(?:(?P<sp>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})[^\S\n]+"
                               r"(?P<cue>said|says|added|wrote)|(?P<cue2>said|added)[^\S\n]+"
                               r"(?P<sp2>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2}))\.[^\S\n]*")
#: Words that begin a line like a name and are none ("He said.", "She added.").
NOT_NAMES_52 = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "the", "who"})


def _referred_and_answers(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    for pattern, evidence in ((REFERRED_AS_52, "referred-as-52"), (ANSWER_COLON_52, "answer-colon-52")):
        for m in pattern.finditer(text):
            quote = _quote_after(text, m.start("q"))
            speaker = _subject_span(doc, m.start("cue"))
            if quote is None or speaker is None or text[speaker[0]:speaker[1]].lower() in NOT_NAMES_52 - {"he", "she"}:
                continue
            candidates = _give_quote(candidates, quote, speaker, (m.start("cue"), m.end("cue")), evidence, doc)
    return candidates


def _what_called(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    for m in WHAT_CALLED_52.finditer(text):
        quote = _quote_after(text, m.start("q"))
        if quote is None or len(text[quote[0]:quote[1]].split()) > 12:
            continue
        cue = (m.start("cue"), m.end("cue"))
        kept = [c for c in candidates if c.cue != cue]  # "the Trust called a “reckless” video ...": the words only
        if any(c.content == quote and c.speaker is not None for c in kept):
            continue
        candidates = _give_quote(kept, quote, (m.start("sp"), m.end("sp")), cue, "what-called-52", doc)
    return candidates


def _laid_out(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    cues = {c.cue[0] for c in candidates if c.cue is not None}
    out = list(candidates)
    for m in LAID_OUT_52.finditer(text):
        if m.start() in cues:
            continue
        found = _para_token(doc, m.start("cue"))
        speaker = _subject_span(doc, m.start("cue"))
        if found is None or speaker is None or text[speaker[0]:speaker[1]].lower() in NOT_NAMES_52 - {"he", "she"}:
            continue
        para, verb = found
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i]
        if not objects:
            continue
        last = verb.sent[-1]  # the object and what the sentence lists after it ("four tests ...: A, B and C")
        start = para.offset + next(iter(objects[0].subtree)).idx
        end = para.offset + last.idx + len(last.text)
        while end > start and text[end - 1] in ".,;: ":
            end -= 1
        if len(text[start:end].split()) < 3:
            continue
        out = [c for c in out if not (start <= c.content[0] and c.content[1] <= end and c.cue is not None and
                                      start <= c.cue[0] < end)]  # "tests voters can use to judge X": inside it
        out.append(Candidate(kind="indirect", content=(start, end), speaker=speaker, cue=(m.start(), m.end()),
                             score=RULE_SCORES["verb:surface"], evidence=f"{NAME}:laid-out-52",
                             speaker_head=_speaker_head(doc, speaker), offset=para.offset))
    return out


def _name_said_line(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """A paragraph that is only "Name said." after a quotation paragraph: the speakerless quotation candidates that
    end in the paragraph before (and those of a quotation run over paragraphs into it) are Name's."""
    paras = doc.paragraphs
    for k in range(1, len(paras)):
        m = NAME_SAID_LINE_52.fullmatch(text, paras[k].start, paras[k].end)
        if m is None:
            continue
        sp = (m.start("sp"), m.end("sp")) if m.group("sp") else (m.start("sp2"), m.end("sp2"))
        cue = (m.start("cue"), m.end("cue")) if m.group("cue") else (m.start("cue2"), m.end("cue2"))
        if text[sp[0]:sp[1]].split()[0].lower() in NOT_NAMES_52:
            continue
        prev = paras[k - 1]
        if text[prev.start:prev.end].rstrip()[-1:] not in "”\"":
            continue
        lo = prev.start
        run = [c for c in candidates if c.speaker is None and c.cue is None and lo <= c.content[1] <= prev.end]
        if not run:
            continue
        while True:  # the paragraphs of the same quotation before it
            earlier = [c for c in candidates if c.speaker is None and c.cue is None and c not in run and
                       c.content[1] <= lo and not text[c.content[1]:lo].strip(" \t\n”\"")]
            if not earlier:
                break
            run += earlier
            lo = min(c.content[0] for c in earlier)
        head = _speaker_head(doc, sp)
        candidates = [replace(c, speaker=sp, cue=cue, anonymous=False, kind="direct", score=RULE_SCORES["verb:surface"],
                              evidence=f"{c.evidence}:name-said-line-52", speaker_head=head) if c in run else c
                      for c in candidates]
    return candidates


#: "He decried, “": a subject and a past-tense verb with a comma right before a quotation's opening mark.
VERB_COMMA_QUOTE_52 = re.compile(r"(?P<sp>\b(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+))[^\S\n]+(?P<cue>[a-z]{3,}ed),[^\S\n]*$")


def _cue_before_quote(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """"He decried, “Look.\nNobody ...” He also spoke of X": the quotation took the cue of the sentence after it
    (its closing mark ends no sentence the parser sees); the verb before the opening mark is its cue."""
    out = []
    for c in candidates:
        if c.cue is not None and c.speaker is not None and c.cue[0] >= c.content[1] and \
                text[c.content[0] - 1:c.content[0]] in ("“", "\""):
            line_start = text.rfind("\n", 0, c.content[0] - 1) + 1
            m = VERB_COMMA_QUOTE_52.search(text, line_start, c.content[0] - 1)
            if m is not None and (m.start("sp") <= c.speaker[0] < m.end("sp") or c.speaker[0] >= c.content[1]):
                sp = (m.start("sp"), m.end("sp"))  # (the next sentence's "He" took it with its cue)
                c = replace(c, cue=(m.start("cue"), m.end("cue")), speaker=sp, speaker_head=_speaker_head(doc, sp),
                            evidence=f"{c.evidence}:cue-before-quote-52")
        out.append(c)
    return out


# ------------------------------------------------------------------------------------------ false cue

def _admitted_into(text: str, doc: Document, c: Candidate) -> bool:
    """"admitting radical preachers into the country without checks": people let into a place, no statement."""
    if c.cue is None or not re.fullmatch(r"admit(?:s|ted|ting)?", text[c.cue[0]:c.cue[1]].lower()):
        return False
    content = text[c.content[0]:c.content[1]]
    m = re.search(r"[^\S\n]into\b", content)
    if m is None or content.lower().startswith("that"):
        return False
    before = content[:m.start()].split()
    return bool(before) and before[-1].lower().strip(".,;:") in ADMITTED_PEOPLE_50 and \
        _verbless(doc, (c.content[0], c.content[0] + m.start()))


#: Intransitive verbs of speaking, whose content a relative clause far after them cannot be.
TALK_CUES_52 = frozenset({"talk", "talks", "talked", "speak", "speaks", "spoke", "talking", "speaking"})


#: Nouns whose "that" clause is their complement, no relative clause ("the fact that prices rose").
CLAUSE_NOUNS_52 = frozenset({"fact", "claim", "idea", "notion", "belief", "view", "news", "report", "rumor", "rumour",
                             "allegation", "assertion", "argument", "suggestion", "possibility", "hope", "fear",
                             "concern", "sense", "evidence", "question", "point", "message", "warning", "promise",
                             "statement", "assurance", "charge", "accusation", "theory", "thought", "feeling"})


def _relative_content(text: str, doc: Document, c: Candidate) -> bool:
    """"came, and talked, and handed them a hard look at the facts that they are keen to ignore": the clause is
    a relative clause on "the facts", no content of "talked"."""
    if c.cue is None or text[c.cue[0]:c.cue[1]].lower() not in TALK_CUES_52 or c.content[0] <= c.cue[1]:
        return False
    root = _speaker_head(doc, c.content)
    if root is None or root.head.lower_ in CLAUSE_NOUNS_52:  # (singular: "the facts that they ignore" is relative)
        return False  # "talked about the fact that prices rose": a noun's complement clause may be the content
    return root.dep_ in ("relcl", "acl") and root.head.pos_ in ("NOUN", "PROPN") and \
        not c.cue[0] <= root.head.idx + _offset(doc, c.content[0]) < c.cue[1]


# ------------------------------------------------------------------------------------------ "He told Outlet:" blocks

#: The first person outside quotation marks: the speaker's own voice in a block quote that lost its marks.
FIRST_PERSON_52 = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|we|We|my|My|our|Our|me|us)\b")


def _told_colon_block(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    paras = doc.paragraphs
    for c in candidates:
        if not c.evidence.endswith(":told-colon-50") or c.speaker is None:
            continue
        k = next((i for i, p in enumerate(paras) if p.start <= c.content[0] < p.end), None)
        if k is None:
            continue
        for p in paras[k + 1:]:
            body = text[p.start:p.end].strip()
            if not body or body[0] in "\"“‘'" or len(body.split()) < 4 or FIRST_PERSON_52.search(body) is None:
                break
            if any(o.cue is not None and p.start <= o.cue[0] < p.end and o.speaker is not None and
                   text[o.speaker[0]:o.speaker[1]].lower() not in ("i", "we") for o in candidates):
                break  # a report of its own: the article's prose again
            end = p.end
            while end > p.start and text[end - 1] in " \t":
                end -= 1
            added.append(replace(c, content=(p.start, end), evidence=f"{NAME}:told-colon-block-52",
                                 score=TOLD_COLON_SCORE_50))
    if not added:
        return candidates
    return _with_blocks(candidates, added)


def round52_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 52's fixes (see the module's notes)."""
    kept = [c for c in candidates if not _admitted_into(text, doc, c) and not _relative_content(text, doc, c)]
    kept = _what_called(text, doc, _referred_and_answers(text, doc, kept))
    kept = _name_said_line(text, doc, _laid_out(text, doc, _cue_before_quote(text, doc, kept)))
    return _told_colon_block(text, doc, kept)


# ------------------------------------------------------------------------------------------ "the pope ... He says"

#: "the pope" (unnamed) as a mention.
THE_POPE_52 = re.compile(r"\bthe[^\S\n]+(?:pope|Pope|Holy[^\S\n]+Father)\b(?![^\S\n]+[A-Z])")
#: The pope's name where the article gives it ("Pope Francis").
POPE_NAME_52 = re.compile(r"\bPope[^\S\n]+(?P<name>[A-Z][a-z]+(?:[^\S\n]+[XVI]+)?)\b")
#: How far back, in characters, "the pope" is looked for before the pronoun.
POPE_BACK_52 = 400


def _pope_pronoun(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    out = []
    for a in attributions:
        if a.speaker is not None and a.resolved_from is not None and \
                text[a.speaker.start:a.speaker.end].lower() == "he" and \
                "pope" not in (a.speaker_name or "").lower() and a.resolved_from.end < a.speaker.start:
            lo = max(a.resolved_from.end, a.speaker.start - POPE_BACK_52)
            popes = [m for m in THE_POPE_52.finditer(text, lo, a.speaker.start)
                     if (t := _para_token(doc, m.end() - len(m.group().split()[-1]))) is not None and
                     t[1].dep_ in ("nsubj", "nsubjpass")]
            if popes:
                m = popes[-1]
                named = POPE_NAME_52.search(text)
                name = f"Pope {named.group('name')}" if named else "pope"
                a = a.model_copy(update={
                    "speaker_name": name, "source_type": "person", "named": named is not None,
                    "source_country": "VA", "state_affiliated": False, "affiliation": None,
                    "resolved_from": Span(start=m.start(), end=m.end(), label="antecedent", score=a.score,
                                          evidence=f"{NAME}:the-pope-52"),
                    "evidence": f"{a.evidence}:the-pope-52"})
        out.append(a)
    return out


# ------------------------------------------------------------------------------------------ a misspelt surname

def _near(a: str, b: str) -> bool:
    """Whether two surnames differ by one letter changed, added or dropped ("Morphonios" / "Morphonious" differ by
    one added), both of six letters or more and with the same first three."""
    if a == b or min(len(a), len(b)) < 6 or a[:3] != b[:3] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _misspelt_names(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A "Name said." line's lone surname that the article spells once ("Morphonious said." after "Jake Morphonios"):
    the speaker named earlier with the surname one letter off, with his name, type and country; the pronouns resolved
    to the misspelt surname follow."""
    fixes: dict[str, Attribution] = {}
    for a in attributions:
        name = a.speaker_name or ""
        if ":name-said-line-52" not in a.evidence or " " in name or not name[:1].isupper() or any(
                (b.speaker_name or "").split()[-1:] == [name] and " " in (b.speaker_name or "") for b in attributions):
            continue  # (a surname the article gives with a first name somewhere is no misspelling)
        earlier = [b for b in attributions if b.speaker is not None and a.speaker is not None and
                   b.speaker.start < a.speaker.start and " " in (b.speaker_name or "") and
                   _near(name, (b.speaker_name or "").split()[-1])]
        if earlier:
            fixes[name] = earlier[-1]
    if not fixes:
        return attributions
    out = []
    for a in attributions:
        if (good := fixes.get(a.speaker_name or "")) is not None:
            a = a.model_copy(update={
                "speaker_name": good.speaker_name, "source_type": good.source_type, "named": good.named,
                "source_country": good.source_country, "state_affiliated": good.state_affiliated,
                "affiliation": good.affiliation, "evidence": f"{a.evidence}:misspelt-name-52"})
        out.append(a)
    return out


def round52_attributions(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """The finished attributions with round 52's output rules ("the pope ... He says"; a misspelt surname)."""
    return _misspelt_names(text, _pope_pronoun(text, doc, attributions))
