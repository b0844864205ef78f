"""Attributions, round 61 (issue 16): misses of the fresh Lee news-wire gold of 1,400-2,499 characters (ABC
Australia, 2001; `tests/gold/attributions_real61.jsonl`, development part only), each with test sentences written for
the test (`tests/test_attr61.py`).

One pass, ``round61_candidates``, called once from ``extract_attributions`` right after round 60's candidates (the
last of the candidate cascade):

- **a run-over quotation closed by its own speaker** ('"A. "B," Mr Y said.' after a quotation of X's): round 59 gives
  every paragraph of a quotation run over lost paragraph breaks to the speaker of the quotation before it; where the
  run's last paragraph closes with a comma and a named speaker with a reporting verb, that name is the speaker of
  the run (syntax before recency). The last paragraph takes the name and its cue; an earlier paragraph keeps a
  speaker mention of the same surname ("Jo Y says ... "A. "B," Ms Y said.") and takes the name otherwise;
- **a report inside a quotation that stands alone** ('X says A. "I think the accounts will reveal that B."'): the
  parser's subject inside the quotation became the speaker of the whole quotation. A candidate whose speaker and
  cue both lie inside one quotation that no other candidate holds, whose speaker comes right after the quotation's
  opening "I/We think (that)" (the quotation's own stance), right after a report with a speaker (a stop between
  them), becomes that quotation, continuing the speaker before it (the report inside is nested). Without the "I
  think" condition it fired on PolNeAR's tuning half ("He showed ..." inside a quotation) and lost one match;
- **a relative clause of belief on a report's own content** ('X says he was hurt by the appeal, which he believes
  was unfair'): the "which he believes/thinks" report nested in X's content, with the same end, is no attribution of
  its own (PolNeAR's tuning half: 0 cue / 0 in a content / 1 left out; "which he said" is a cue there: kept);
- **"but is relieved (that) ..." after a report of the same speaker** ('X says he is yet to read it, but is relieved
  it is out'): the feeling is the report's second clause; the report's content runs on over it and the stance
  candidate goes;
- **"released its report into X"**: the release of a document (a noun phrase naming a report, findings or study) is
  no statement of its content (PolNeAR's tuning half: "released" 1 cue / 16 left out).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from .cues import RULE_SCORES, Candidate
from .quotes import QuoteIndex
from .round59 import run_pieces_59
from .rules import NAME

#: After a run's closing mark: a comma inside or outside it, a capitalised name of one to three words (a title
#: included) and a reporting verb ('," Mr Peel said', '," Professor Jane Roe added').
RUN_CLOSER_61 = re.compile(r'\s*,?\s*(?P<name>(?:[A-Z][\w\'-]+\.?\s+){0,2}[A-Z][\w\'-]+)\s+'
                           r'(?P<cue>said|says|added|told|explained|continued)\b')
PRONOUNS_61 = frozenset({"He", "She", "They", "It", "We", "I", "This", "That", "There", "But", "And"})
#: A relative clause of belief whose subject is a pronoun ("which he believes", "that she thinks").
RELATIVE_BELIEF_61 = re.compile(r",\s+(?:which|that)\s+(?:he|she|they)\s+$")
BELIEF_CUES_61 = frozenset({"believes", "believe", "believed", "thinks", "think", "thought"})
#: Inside a quotation: its speaker's own stance before the subject of a report ("I think the figures will show").
FIRST_PERSON_STANCE_61 = re.compile(r"(?:I|We)\s+(?:think|believe|expect|suspect|guess|reckon|feel)\s+(?:that\s+)?$")
#: ", but is relieved" / ", but was pleased" between a report's content and a stance cue of the same subject.
BUT_FEELING_61 = re.compile(r",?\s+but\s+(?:is|was|are|were)\s+(?:also\s+)?$")
#: A released document: the release is no statement of what the document says.
RELEASED_DOC_61 = re.compile(r"(?:its|their|his|her|the|a|an)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:report|reports|findings|study|review|results|figures)\b")


def _run_closing_speaker(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    changed: dict[int, Candidate] = {}
    for para in doc.paragraphs:
        start, end = para.start, min(para.end, len(text))
        runs: dict[int, list[tuple[int, int]]] = {}
        for p_start, p_end, first in run_pieces_59(text, start, end):
            runs.setdefault(first, []).append((p_start, p_end))
        for first, pieces in runs.items():
            last_end = pieces[-1][1]  # the closing mark of the run's last paragraph
            m = RUN_CLOSER_61.match(text, last_end + 1)
            if text[last_end - 1] != "," and not text.startswith(",", last_end + 1):
                continue  # the run ends its sentence: a name after it begins the next one
            if m is None or m.group("name").split()[0] in PRONOUNS_61:
                continue
            name = m.span("name")
            said = text[name[0]:name[1]]
            paragraphs = [(first + 1, pieces[0][0] - 1), *pieces]
            for i, c in enumerate(candidates):
                if c.speaker is None or c.cue is not None or c.kind != "direct":
                    continue
                for k, (p_start, p_end) in enumerate(paragraphs):
                    if not (p_start - 1 <= c.content[0] and c.content[1] <= p_end + 1):
                        continue
                    last = k == len(paragraphs) - 1
                    if not last and text[c.speaker[0]:c.speaker[1]].split()[-1:] == said.split()[-1:]:
                        break  # a mention of the same surname already speaks the paragraph
                    changed[i] = replace(c, speaker=name, speaker_head=None,
                                         cue=m.span("cue") if last else None,
                                         evidence=c.evidence + ":run-closer-61")
                    break
    if not changed:
        return candidates
    return [changed.get(i, c) for i, c in enumerate(candidates)]


def _report_inside_lone_quote(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    quotes = doc.cache.get("attributions.quotes")
    if not isinstance(quotes, QuoteIndex):
        return candidates
    out = list(candidates)
    for i, c in enumerate(candidates):
        if c.speaker is None or c.cue is None:
            continue
        q = quotes.containing(c.speaker[0])
        if q is None or not q.balanced or quotes.containing(c.cue[0]) is not q:
            continue
        inner = q.inner
        if not (inner[0] <= c.content[0] and c.content[1] <= inner[1]) or len(text[inner[0]:inner[1]].split()) < 8:
            continue
        if FIRST_PERSON_STANCE_61.fullmatch(text, inner[0], c.speaker[0]) is None:
            continue  # a person the quotation speaks of ("He showed ...") may well be a report's speaker
        if any(j != i and o.content[0] <= inner[0] + 1 and inner[1] - 1 <= o.content[1] for j, o in enumerate(out)):
            continue  # the quotation is someone's already
        before = [o for o in out if o.speaker is not None and o.content[1] <= q.start
                  and q.start - max(o.content[1], o.cue[1] if o.cue else 0, o.speaker[1]) <= 3
                  and text[max(o.content[1], o.cue[1] if o.cue else 0, o.speaker[1]):q.start].strip() in (".", "")]
        if not before:
            continue
        owner = max(before, key=lambda o: o.content[1])
        content = inner
        while content[1] > content[0] and text[content[1] - 1] in " ,":
            content = (content[0], content[1] - 1)
        out[i] = Candidate(kind="direct", content=content, speaker=owner.speaker, cue=None,
                           score=RULE_SCORES["continues-previous"], evidence=f"{NAME}:quote-alone-61",
                           speaker_head=owner.speaker_head, offset=owner.offset)
    return out


def _nested_relative_belief(text: str, candidates: list[Candidate]) -> list[Candidate]:
    dropped: set[int] = set()
    for i, c in enumerate(candidates):
        if c.cue is None or c.speaker is None:
            continue
        if RELATIVE_BELIEF_61.search(text, max(0, c.cue[0] - 16), c.cue[0]) is None:
            continue
        if text[c.speaker[0]:c.speaker[1]].lower() not in ("he", "she", "they"):
            continue
        if text[c.cue[0]:c.cue[1]].lower() not in BELIEF_CUES_61:
            continue  # "which he said were ...": PolNeAR's annotators keep a relative report of speech
        if any(j != i and o.speaker is not None and o.content[0] < c.cue[0] and c.content[1] == o.content[1]
               for j, o in enumerate(candidates)):
            dropped.add(i)
    return [c for i, c in enumerate(candidates) if i not in dropped]


def _but_feeling(text: str, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    dropped: set[int] = set()
    for i, c in enumerate(candidates):
        if c.cue is None or c.speaker is None or "stance-verb" not in c.evidence:
            continue
        for j, o in enumerate(candidates):
            if j == i or j in dropped or o.speaker != c.speaker or o.cue is None or "reporting-verb" not in o.evidence:
                continue
            if o.content[1] <= c.cue[0] and BUT_FEELING_61.fullmatch(text, o.content[1], c.cue[0]) is not None:
                out[j] = replace(out[j], content=(out[j].content[0], c.content[1]))
                dropped.add(i)
                break
    return [c for i, c in enumerate(out) if i not in dropped]


def _released_document(text: str, candidates: list[Candidate]) -> list[Candidate]:
    def released(c: Candidate) -> bool:
        return (c.cue is not None and text[c.cue[0]:c.cue[1]].lower() in ("released", "releases", "release")
                and RELEASED_DOC_61.match(text, c.content[0]) is not None)
    return [c for c in candidates if not released(c)]


def round61_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Round 61's candidate rules (see the module's docstring), in text order."""
    candidates = _run_closing_speaker(text, doc, candidates)
    candidates = _report_inside_lone_quote(text, doc, candidates)
    candidates = _nested_relative_belief(text, candidates)
    candidates = _but_feeling(text, candidates)
    candidates = _released_document(text, candidates)
    candidates.sort(key=lambda c: (c.content[0], c.content[1]))
    return candidates
