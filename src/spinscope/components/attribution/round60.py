"""Attributions, round 60 (issue 16): the open leads of rounds 57-58 (no gold of this round: each rule has test
sentences written for the test, `tests/test_attr60.py`).

One pass, ``round60_candidates``, called once from ``extract_attributions`` right after round 58's candidates (the
last of the candidate cascade):

- "X ... followed up with:" ending a paragraph over an unquoted paragraph (a rating, a statement pasted as a block
  whose quotation marks the copy lost): that paragraph is X's, direct, cue "followed up with" (X the subject of
  "followed", or of the verb it is coordinated with: "rated the paper ..., but followed up with:"); a quoted
  paragraph there is the colon rule's already;
- "called for X to be fired" / "called for the mayor to resign": a request, X's report, indirect, cue "called
  for", content the object and its infinitive (round 54's requests; attr57's gold counts it); "called for an
  inquiry" is the base's already;
- an epigraph: the article's first paragraph after its title, one unquoted saying signed by a dash and a name
  ("... for your town. – John F. Kennedy"): the name's words, direct, no cue (the quoted form is the base's
  dash-signature rule). Only there: attr58's rule for every paragraph signed so lowered two held-out sets;
- a subject parted from its reporting verb by an aside between dashes ("..., yet police — on the day X — claimed
  they found Y"): the subject's report (none was found, or the speaker was read from before the clause);
- a declarative question of the writer's ("So the mayor believes the deal is fair?"): no report, where the
  sentence ends in "?" right after the content, opens with its subject (after "So", "And", "But" ...: the
  questions opening with an auxiliary or a wh-word are rounds 56 and 58's), the cue and its content are outside
  quotation marks, the subject is not "you", "I" or "we" and the content is not itself a question.

"admitted (to) + gerund" stays a report (round 24's rule and tests; the sources golds count it, `test_sources33.py`):
a rule dropping it, after attr57's gold, was backed out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from .cues import DASH_SIGNATURE, RULE_SCORES, SIGNATURE_ABBREVIATION, Candidate
from .round46 import _head_of
from .round50 import _lead_start, _token_at
from .round56 import AUX_56, NOT_QUESTION_SUBJECTS_56, _sentence_bounds
from .round58 import _offset_of, _trimmed
from .rules import NAME, REPORTING_VERBS

QUOTE_MARKS_60 = "\"“”‘’«»„"


def _subject_of(tok):  # type: ignore[no-untyped-def]
    """The subject token of a verb, or of the verb it is coordinated with ("rated X, but followed up with"); a
    "which" standing for a clause ("X rated the paper fair, which is kind, but then followed up with") gives way
    to the subject of the first clause above it that has one (four steps up at most)."""
    for verb in (tok, tok.head if tok.dep_ == "conj" else None):
        if verb is None:
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ == "which":
            node = subj.head
            for _ in range(4):  # up the clauses the "which" clause hangs on, to the first with a subject of its own
                if node.head is node:
                    return None
                node = node.head
                up = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "which"),
                          None)
                if up is not None:
                    return up
            return None
        if subj is not None:
            return subj
    return None


def _describes_a_speaker(subj, cue_starts: set[int], offset: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a relative "who" clause describes the subject of another report's cue ("X, chairman of Y, who had
    called for Z, said: ..."): a nested description of that speaker, left out (real37's gold)."""
    if subj.tag_ != "WP" or subj.head.dep_ != "relcl":
        return False
    n = subj.head.head
    while n.dep_ in ("pobj", "prep", "appos", "compound") and n.head is not n:
        n = n.head
    return n.dep_ in ("nsubj", "nsubjpass") and offset + n.head.idx in cue_starts


def _subject_span(subj) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The subject's words up to its head ("The watchdog group"); a relative "who" runs from its antecedent's name
    ("The singer, who called for ...": "The singer, who", as the base's "X, who said" speakers do); a pronoun is
    itself (the speaker resolution's)."""
    end = subj.idx + len(subj.text)
    if subj.tag_ == "WP" and subj.head.dep_ == "relcl":
        subj = subj.head.head
    elif subj.tag_ in ("WP", "PRP"):
        return subj.idx, end
    left = min([subj.i] + [c.left_edge.i for c in subj.lefts if c.dep_ in ("compound", "det", "amod", "poss", "nmod")])
    return subj.doc[left].idx, max(end, subj.idx + len(subj.text))


def _covered(candidates: list[Candidate], start: int, end: int) -> bool:
    return any(c.content[0] < end and start < c.content[1] for c in candidates)


# ------------------------------------------------------------------------------------------ "followed up with:"

#: "... but followed up with:" ending its paragraph.
FOLLOWED_UP_60 = re.compile(r"\b(?P<cue>follow(?:ed|s)[^\S\n]+up[^\S\n]+with)[^\S\n]*:[^\S\n]*$")


def _followed_up(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    paras = doc.paragraphs
    for k, para in enumerate(paras[:-1]):
        start, end = _trimmed(text, para.start, para.end)
        m = FOLLOWED_UP_60.search(text, start, end)
        if m is None:
            continue
        nxt = paras[k + 1]
        body = _trimmed(text, nxt.start, nxt.end)
        if body[0] >= body[1] or text[body[0]] in QUOTE_MARKS_60 or _covered(candidates, *body):
            continue  # a quoted block is the colon rule's; one another rule took is left to it
        tok = _token_at(doc, m.start("cue"))
        subj = _subject_of(tok) if tok is not None else None
        if subj is None:
            continue
        piece = next(p for p in doc.parsed if p.offset <= m.start("cue") < p.offset + len(p.text))
        sp = (piece.offset + _subject_span(subj)[0], piece.offset + _subject_span(subj)[1])
        added.append(Candidate(kind="direct", content=body, speaker=sp, cue=(m.start("cue"), m.end("cue")),
                               score=RULE_SCORES["outlet-block"], evidence=f"{NAME}:followed-up-60",
                               speaker_head=_head_of(doc, *sp), offset=piece.offset))
    return candidates + added


# ------------------------------------------------------------------------------------------ "called for X to be fired"

#: "called for the police chief to be fired": the object (one to six words) and its infinitive.
CALLED_FOR_TO_60 = re.compile(r"\b(?P<cue>call(?:ed|s|ing)?[^\S\n]+for)[^\S\n]+"
                              r"(?P<obj>(?!(?:that|which|who|it|an?|the[^\S\n]+(?:first|last))\b)"
                              r"[\w’'.-]+(?:[^\S\n]+[\w’'.-]+){0,5}?)[^\S\n]+to[^\S\n]+(?:be[^\S\n]+)?[a-z]+")

#: Subjects that "call for" as a requirement, not a request ("the protocol called for her to be taken to ...").
RULE_NOUNS_60 = frozenset({"protocol", "rule", "law", "policy", "procedure", "guideline", "plan", "regulation",
                           "standard", "schedule", "budget", "contract", "design", "recipe", "script", "situation",
                           "occasion", "moment", "role", "job", "treaty", "agreement", "deal", "bill", "measure"})


def _called_for(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    for m in CALLED_FOR_TO_60.finditer(text):
        cue = (m.start("cue"), m.end("cue"))
        if any(c.cue is not None and c.cue[0] < cue[1] and cue[0] < c.cue[1] for c in candidates):
            continue
        tok = _token_at(doc, cue[0])
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject_of(tok)
        if subj is None or subj.lemma_.lower() in RULE_NOUNS_60:
            continue  # "Calling for X to be fired is not ...", "the protocol called for X to be taken": no report
        piece = next(p for p in doc.parsed if p.offset <= cue[0] < p.offset + len(p.text))
        if _describes_a_speaker(subj, {c.cue[0] for c in candidates if c.cue is not None}, piece.offset):
            continue
        _, sent_end, _ = _sentence_bounds(text, cue[0])
        stop = re.search(r"[,;:]|[.!?][”\"’']?(?:\s|$)", text[m.start("obj"):sent_end])
        end = m.start("obj") + stop.start() if stop else sent_end
        content = _trimmed(text, m.start("obj"), end)
        if content[1] - content[0] < 8:
            continue
        sp = (piece.offset + _subject_span(subj)[0], piece.offset + _subject_span(subj)[1])
        added.append(Candidate(kind="indirect", content=content, speaker=sp, cue=cue,
                               score=RULE_SCORES["verb:prep"],
                               evidence=f"{NAME}:called-for-60", speaker_head=_head_of(doc, *sp),
                               offset=piece.offset))
    return candidates + added


# ------------------------------------------------------------------------------------------ an epigraph

#: The article's first paragraph: an unquoted saying (one to three sentences), a dash and a name.
EPIGRAPH_60 = re.compile(r"(?P<body>[^\n\"“”«»]{20,400}?[.!?…])" + DASH_SIGNATURE.pattern + r"[^\S\n]*$")


def _epigraph(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    lead = _lead_start(doc)
    para = next((p for p in doc.paragraphs if p.start == lead), None)
    if para is None:
        return candidates
    start, end = _trimmed(text, para.start, para.end)
    m = EPIGRAPH_60.fullmatch(text, start, end)
    if m is None:
        return candidates
    name_end = m.end(2)
    if text[name_end - 1] == "." and not SIGNATURE_ABBREVIATION.search(text, m.start(2), name_end):
        name_end -= 1
    sp = (m.start(2), name_end)
    body = _trimmed(text, m.start("body"), m.end("body") - (text[m.end("body") - 1] == "."))
    if len(text[sp[0]:sp[1]].split()) > 4 or _covered(
            [c for c in candidates if c.speaker is not None and c.cue is not None], *body):
        return candidates
    kept = [c for c in candidates if not (body[0] <= c.content[0] and c.content[1] <= body[1] + 1)]
    return [*kept, Candidate(kind="direct", content=body, speaker=sp, cue=None, score=RULE_SCORES["dash-signature"],
                             evidence=f"{NAME}:epigraph-60", speaker_head=_head_of(doc, *sp),
                             offset=_offset_of(doc, sp[0]))]


# ------------------------------------------------------------------------------------------ a dash aside

#: "..., yet police — on the day X — claimed they found Y": a short subject after a clause's opening, an aside
#: between two dashes, then the reporting verb (the parse loses the subject over the aside).
DASH_ASIDE_60 = re.compile(
    r"(?:(?<=[,;])[^\S\n]+(?:yet|but|and|while|so|when)[^\S\n]+|(?<=[.!?])[^\S\n]+|^)"
    r"(?P<sp>(?:[Tt]he[^\S\n]+)?[A-Za-z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,2})[^\S\n]+[—–][^\S\n]+"
    r"[^—–\n]{3,100}?[^\S\n]+[—–][^\S\n]+(?P<cue>[a-z]+)[^\S\n]+(?:that[^\S\n]+)?", re.MULTILINE)


def _dash_aside(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for m in DASH_ASIDE_60.finditer(text):
        tok = _token_at(doc, m.start("cue"))
        if tok is None or tok.lemma_ not in REPORTING_VERBS or m.group("sp").split()[-1].lower() == "it":
            continue
        cue, sp = (m.start("cue"), m.end("cue")), (m.start("sp"), m.end("sp"))
        _, sent_end, mark = _sentence_bounds(text, cue[0])
        content = _trimmed(text, m.end(), sent_end - len(mark))
        at = [i for i, c in enumerate(out) if c.cue is not None and c.cue[0] <= cue[0] < c.cue[1]]
        if at:
            c = out[at[0]]
            if c.speaker is not None and c.speaker[1] <= sp[0]:  # a subject read from before the clause
                out[at[0]] = replace(c, speaker=sp, speaker_head=_head_of(doc, *sp),
                                     evidence=f"{c.evidence}:dash-aside-60")
            continue
        if content[1] - content[0] < 8:
            continue
        out.append(Candidate(kind="indirect", content=content, speaker=sp, cue=cue, score=RULE_SCORES["verb:surface"],
                             evidence=f"{NAME}:dash-aside-60", speaker_head=_head_of(doc, *sp),
                             offset=_offset_of(doc, cue[0])))
    return out


# ------------------------------------------------------------------------------------------ no reports

#: A declarative question up to its cue: a connective at most, then the subject (no auxiliary, no wh-word first).
CONNECTIVE_60 = r"(?:(?:So|And|But|Now|Then|Or|Yet)[^\S\n]*,?[^\S\n]+)?"
DECLARATIVE_QUESTION_60 = re.compile(
    r"\s*(?!" + CONNECTIVE_60 + r"(?:" + AUX_56 + r"|How|Why|When|Where|What|Which|Who|Whom|Whose|If|Whether)\b)"
    + CONNECTIVE_60 +
    r"(?P<subj>[^,;:.!?\n" + QUOTE_MARKS_60 + r"]{1,60}?)[^\S\n]+"
    r"(?:(?:really|actually|honestly|seriously|still|now|also|truly)[^\S\n]+)*$", re.IGNORECASE)

#: A content that is itself a question: it opens with a wh-word, "if"/"whether" or an auxiliary.
EMBEDDED_QUESTION_60 = re.compile(r"(?:how|why|when|where|what|which|who|whom|whose|if|whether|" + AUX_56.lower()[3:] +
                                  r"\b", re.IGNORECASE)


def _declarative_question(text: str, c: Candidate) -> bool:
    if c.cue is None or c.kind == "direct" or c.nested or c.speaker is None:
        return False
    start, end, mark = _sentence_bounds(text, c.cue[0])
    if mark != "?" or text[c.content[1]:end].strip() != "?" or any(q in text[start:end] for q in QUOTE_MARKS_60):
        return False  # the content runs to the question mark ("X say A, but do you believe B?": A is X's)
    m = DECLARATIVE_QUESTION_60.fullmatch(text, start, c.cue[0])
    if m is None or m.group("subj").strip().lower() in NOT_QUESTION_SUBJECTS_56 or EMBEDDED_QUESTION_60.match(
            text, c.content[0]):
        return False  # "X says why are they waiting?": the question is the content's (real54's gold)
    return m.start("subj") <= c.speaker[0] < m.end("subj")


def round60_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 60's rules (see the module's notes)."""
    kept = [c for c in candidates if not _declarative_question(text, c)]
    kept = _called_for(text, doc, _followed_up(text, doc, kept))
    return _dash_aside(text, doc, _epigraph(text, doc, kept))
