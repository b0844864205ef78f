"""Attributions, round 58 (issue 16): the open leads of rounds 54-56 (no gold of this round: each rule has test
sentences written for the test, `tests/test_attr58.py`).

Two passes, each called once from ``extract_attributions``:

``round58_candidates`` (right after round 56's candidates, the last of the candidate cascade):

- a letter quoted whole after "X responds to Y (Outlet):" ending a paragraph: each following unquoted paragraph in
  the first person is X's, direct (round 54's outlet block and round 56's "According to X:" with a letter's
  lead-in); the writer's own asides inside it ("I intend to ...") are no reports of the article's;
- "<Outlet> learned" (found, confirmed) between commas mid-sentence ("Though X suspected Y, the Times learned, Z"):
  the outlet reports the main clause (after the aside when a subordinate clause opens the sentence, else before);
- a wh-question whose subject is the would-be speaker ("How can the council claim the deal is fair?"): no report
  (round 56 drops the yes/no questions that open with their auxiliary).

``round58_attributions`` (at the end, on the finished attributions):

- the letter's first person: an "I"/"we" attribution inside a letter's paragraph is the letter writer's;
- a lawyer (attorney, spokesperson) introduced by role and named later ("Her lawyer called ... The lawyer, Jane
  Roe, said"): one speaker, the role's attribution resolved to the name;
- "The President of the X Club, NAME" typed government: a person (round 56's body-president rule with the title
  before "of the <body>").
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution, Span
from .cues import RULE_SCORES, Candidate
from .round46 import _head_of
from .round50 import _offset_of
from .round52 import FIRST_PERSON_52
from .round54 import OUTLET_WORDS_54
from .round56 import AUX_56, NOT_QUESTION_SUBJECTS_56, _sentence_bounds
from .rules import NAME
from .sources import SourceTable
from .speakers import voice_of_enclosing


def _trimmed(text: str, start: int, end: int, blanks: str = " \t") -> tuple[int, int]:
    """The span without the ``blanks`` at either end (round 59 passes line breaks too)."""
    while end > start and text[end - 1] in blanks:
        end -= 1
    while start < end and text[start] in blanks:
        start += 1
    return start, end


# ------------------------------------------------------------------------------------------ a letter quoted whole

#: "Bishop Mark Ellery responds to the audit (Valley Herald):" ending its paragraph.
LETTER_LEAD_58 = re.compile(
    r"(?m)(?:^|(?<=[.!?][ ]))(?P<sp>(?:[A-Z][\w.’'-]*[^\S\n]+){0,4}[A-Z][\w.’'-]*)[^\S\n]+"
    r"(?P<cue>responds|responded|replies|replied)[^\S\n]+to[^\S\n]+[^\n:]{2,160}?[^\S\n]*:[^\S\n]*$")
#: Paragraphs a letter runs over at most (where it ended is not marked in the text).
LETTER_MAX_PARAGRAPHS_58 = 30


def _letters(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    paras = doc.paragraphs
    for k, para in enumerate(paras[:-1]):
        start, end = _trimmed(text, para.start, para.end)
        m = LETTER_LEAD_58.search(text, start, end)
        if m is None:
            continue
        sp = (m.start("sp"), m.end("sp"))
        for p in paras[k + 1:k + 1 + LETTER_MAX_PARAGRAPHS_58]:
            body = text[p.start:p.end].strip()
            if not body or body[0] in "\"“‘'" or len(body.split()) < 4 or not FIRST_PERSON_52.search(body):
                break  # a quotation, a sign-off or the writer's prose in the third person: the letter has ended
            added.append(Candidate(kind="direct", content=_trimmed(text, p.start, p.end), speaker=sp,
                                   cue=(m.start("cue"), m.end("cue")), score=RULE_SCORES["outlet-block"],
                                   evidence=f"{NAME}:letter-58", speaker_head=_head_of(doc, *sp),
                                   offset=_offset_of(doc, sp[0])))
    if not added:
        return candidates
    inside = [a.content for a in added]

    def own_aside(c: Candidate) -> bool:
        return c.cue is not None and c.speaker is not None and any(s <= c.cue[0] < e for s, e in inside) and \
            FIRST_PERSON_52.fullmatch(text[c.speaker[0]:c.speaker[1]].strip()) is not None

    return [c for c in candidates if not own_aside(c) and c.content not in inside] + added


# ------------------------------------------------------------------------------------------ "<Outlet> learned"

#: ", the Times learned," (found, confirmed) between commas, mid-sentence.
OUTLET_LEARNED_58 = re.compile(
    r",[^\S\n]+(?P<sp>(?:[Tt]he[^\S\n]+)?[A-Z][\w.&’'-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w.&’'-]*){0,4})[^\S\n]+"
    r"(?P<cue>(?:has[^\S\n]+|had[^\S\n]+)?(?:learned|learnt|found|confirmed|established)),[^\S\n]+")
#: A subordinate clause opening the sentence: the outlet's report is the main clause after the aside.
SUBORDINATE_OPENING_58 = re.compile(r"[\"“]?(?:Though|Although|While|Whilst|When|As|After|Before|Because|Since|If|"
                                    r"Even\s+though|Despite)\b")


def _outlet_name(text: str, sp: tuple[int, int], table: SourceTable) -> bool:
    phrase = text[sp[0]:sp[1]]
    words = re.split(r"[\s-]+", phrase)
    if words[-1] in OUTLET_WORDS_54 and len(words) >= 2:
        return True
    found = table.find_source(re.sub(r"^[Tt]he\s+", "", phrase))
    return found is not None and found[0].type == "media" and len(found[1]) >= len(phrase) - 4


def _outlet_learned(text: str, doc: Document, candidates: list[Candidate], table: SourceTable) -> list[Candidate]:
    added: list[Candidate] = []
    for m in OUTLET_LEARNED_58.finditer(text):
        sp, cue = (m.start("sp"), m.end("sp")), (m.start("cue"), m.end("cue"))
        if not _outlet_name(text, sp, table):
            continue
        start, end, mark = _sentence_bounds(text, m.start())
        if mark not in (".", "!") or start >= m.start():
            continue
        # after the aside when a subordinate clause opens the sentence, else the clause before it
        subordinate = SUBORDINATE_OPENING_58.match(text, start) is not None
        content = _trimmed(text, *((m.end(), end - 1) if subordinate else (start, m.start())))
        if len(text[content[0]:content[1]].split()) < 3:
            continue
        if any(c.cue is not None and c.cue[0] < cue[1] and cue[0] < c.cue[1] for c in candidates):
            continue
        added.append(Candidate(kind="indirect", content=content, speaker=sp, cue=cue,
                               score=RULE_SCORES["according-to"], evidence=f"{NAME}:outlet-learned-58",
                               speaker_head=_head_of(doc, *sp), offset=_offset_of(doc, sp[0])))
    return candidates + added


# ------------------------------------------------------------------------------------------ "what X described as Y"

#: "what the union described as a campaign of fear": the union's words, the content what follows "as".
DESCRIBED_AS_58 = re.compile(
    r"\b[Ww]hat[^\S\n]+(?P<sp>(?:the[^\S\n]+|a[^\S\n]+|his[^\S\n]+|her[^\S\n]+|their[^\S\n]+|its[^\S\n]+)?"
    r"[\w.’'-]+(?:[^\S\n]+[\w.’'-]+){0,4}?)[^\S\n]+(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?"
    r"(?P<cue>described|characteri[sz]ed|portrayed|branded)[^\S\n]+as[^\S\n]+(?P<c>[^,;:.!?\n“”\"()]{3,200})")
#: Words the "what" clause's subject never is (a thing described, not a speaker).
NOT_DESCRIBERS_58 = frozenset({"is", "was", "are", "were", "had", "has", "been", "being", "could", "would", "be"})
#: Verbs of saying whose content may hold the clause: then it is a nested report, left out (the real golds' call).
SAYING_CUES_58 = frozenset({"said", "says", "say", "saying", "told", "tells", "tell", "stated", "states", "added",
                            "adds", "claimed", "claims", "announced", "announces", "wrote", "writes", "reported",
                            "reports", "according to"})


def _described_as(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    for m in DESCRIBED_AS_58.finditer(text):
        words = m.group("sp").lower().split()
        if any(w in NOT_DESCRIBERS_58 for w in words):
            continue  # "what was described as": passive, no speaker
        sp, cue = (m.start("sp"), m.end("sp")), (m.start("cue"), m.end("cue") + 3)
        content = _trimmed(text, m.start("c"), m.end("c"))
        if any(c.cue is not None and c.cue[0] < cue[1] and cue[0] < c.cue[1] for c in candidates):
            continue
        if any(c.cue is not None and c.content[0] <= m.start() < c.content[1] and
               text[c.cue[0]:c.cue[1]].lower() in SAYING_CUES_58 for c in candidates):
            continue  # "China said it found no trace of what the US described as X": nested in China's report
        added.append(Candidate(kind="indirect", content=content, speaker=sp, cue=cue,
                               score=RULE_SCORES["according-to"], evidence=f"{NAME}:described-as-58",
                               speaker_head=_head_of(doc, *sp), offset=_offset_of(doc, sp[0])))
    return candidates + added


# ------------------------------------------------------------------------------------------ wh-questions

#: A wh-question up to its verb: the wh-word, the auxiliary, the subject ("How can the council claim ...?").
WH_QUESTION_58 = re.compile(r"\s*(?:(?:And|But|So|Now|Then|Or)\s+)?(?:How|Why|When|Where|What|Which)"
                            r"(?:\s+on\s+earth|\s+else)?\s+" + AUX_56.replace("Does|Do|", "Does|Do|Must|May|Might|") +
                            r"\s+(?P<subj>[^,;:.!?\n“”\"]{1,60}?)\s+(?:(?:not|really|even|actually|honestly|"
                            r"seriously|truly|still|possibly|ever)\s+)*$", re.IGNORECASE)


def _wh_question(text: str, c: Candidate) -> bool:
    if c.cue is None:
        return False
    start, _, mark = _sentence_bounds(text, c.cue[0])
    if mark != "?":
        return False
    m = WH_QUESTION_58.fullmatch(text, start, c.cue[0])
    if m is None or m.group("subj").lower() in NOT_QUESTION_SUBJECTS_56:
        return False  # "How do you know when ...?" stays (PolNeAR counts it, round 56)
    return c.speaker is None or m.start("subj") <= c.speaker[0] < m.end("subj") + 1


def round58_candidates(text: str, doc: Document, candidates: list[Candidate],
                       table: SourceTable) -> list[Candidate]:
    """The candidates with round 58's rules (see the module's notes)."""
    kept = [c for c in candidates if not _wh_question(text, c)]
    kept = _described_as(text, doc, _outlet_learned(text, doc, kept, table))
    return _letters(text, doc, kept)


# ------------------------------------------------------------------------------------------ the letter's "I"


def _letter_voice(text: str, out: list[Attribution]) -> list[Attribution]:
    letters = [a for a in out if a.evidence.endswith(":letter-58") and a.speaker is not None]
    if not letters:
        return out

    def voice_at(a: Attribution) -> int | None:
        assert a.speaker is not None
        if not FIRST_PERSON_52.fullmatch(text[a.speaker.start:a.speaker.end].strip()):
            return None
        return a.cue.start if a.cue is not None else a.content.start

    return voice_of_enclosing(out, letters, voice_at, "letter-voice-58", own_score=True)


# ------------------------------------------------------------------------------------------ a role named later

#: Roles a speaker is introduced by before the article names them.
ROLE_NOUNS_58 = ("lawyer", "lawyers", "attorney", "attorneys", "counsel", "solicitor", "barrister", "spokesman",
                 "spokeswoman", "spokesperson")
#: An unnamed role: "her lawyer", "the family's attorney".
ROLE_UNNAMED_58 = re.compile(r"(?:the|his|her|their|its|[A-Z][\w’'-]*(?:’s|'s))\s+(?:defen[cs]e\s+|family\s+)?"
                             r"(?P<role>" + "|".join(ROLE_NOUNS_58) + r")", re.IGNORECASE)
#: The role named later: "The lawyer, Jane Roe", "lawyer Jane Roe", "Jane Roe, her lawyer".
ROLE_NAMED_58 = re.compile(
    r"(?:(?:the|her|his|their)\s+(?:defen[cs]e\s+|family\s+)?(?P<r1>" + "|".join(ROLE_NOUNS_58) + r"),?\s+"
    r"(?P<n1>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2})"
    r"|(?P<n2>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2}),\s+(?:the|her|his|their|a)\s+(?:defen[cs]e\s+|family\s+)?"
    r"(?P<r2>" + "|".join(ROLE_NOUNS_58) + r"))", re.IGNORECASE)
#: How far after the unnamed role the name may come.
ROLE_NAMED_WITHIN_58 = 1500


def _role_named_later(text: str, out: list[Attribution]) -> list[Attribution]:
    result = list(out)
    for k, a in enumerate(out):
        if a.speaker is None or a.named:
            continue
        m = ROLE_UNNAMED_58.fullmatch(text[a.speaker.start:a.speaker.end].strip())
        if m is None:
            continue
        role = m.group("role").lower().rstrip("s")
        later = []
        for b in out[k + 1:]:
            if b.speaker is None or not b.named or b.source_type != "person" or \
                    b.speaker.start - a.speaker.end > ROLE_NAMED_WITHIN_58 or b.speaker.start <= a.speaker.end:
                continue
            n = ROLE_NAMED_58.search(text[b.speaker.start:b.speaker.end])
            if n is not None and (n.group("r1") or n.group("r2")).lower().rstrip("s") == role:
                later.append(b)
        names = {b.speaker_name for b in later}
        if len(names) != 1:
            continue  # no lawyer named, or two: left as it is
        b = later[0]
        assert b.speaker is not None
        result[k] = a.model_copy(update={
            "speaker_name": b.speaker_name, "named": True, "source_type": b.source_type,
            "source_country": b.source_country, "state_affiliated": b.state_affiliated,
            "resolved_from": Span(start=b.speaker.start, end=b.speaker.end, label="antecedent", score=a.score,
                                  evidence=f"{NAME}:role-named-later-58"),
            "evidence": f"{a.evidence}:role-named-later-58"})
    return result


# ------------------------------------------------------------------------------------------ a club's president

#: "The President of the Harbor Rowing Club, X": the title before "of the <body>".
TITLE_OF_BODY_58 = re.compile(
    r"(?:the\s+)?(?:(?:immediate|former|past|vice|acting|interim|executive)[\s-]+)*(?:president|chair|chairman|"
    r"chairwoman|chairperson|head|secretary|treasurer|director)\s+of\s+the\s+(?:[A-Z][\w&.’'-]+\s+){0,5}"
    r"(?:Club|Association|Society|Foundation|League|Federation|Alliance|Guild)\b", re.IGNORECASE)


def _club_president(text: str, a: Attribution) -> Attribution:
    if a.source_type != "government" or a.speaker is None or not a.named:
        return a
    if TITLE_OF_BODY_58.match(text[a.speaker.start:a.speaker.end]) is None:
        return a
    return a.model_copy(update={"source_type": "person", "state_affiliated": False,
                                "evidence": f"{a.evidence}:club-president-58"})


def round58_attributions(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """The finished attributions with round 58's output rules (the letter's "I", a role named later, a club's
    president)."""
    del doc  # the same signature as the other rounds' output passes
    out = _role_named_later(text, _letter_voice(text, attributions))
    return [_club_president(text, a) for a in out]

