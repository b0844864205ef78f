"""Lead, round 46 (issue 19): a stated belief after its clause, ", уверен политик.", and the speaker it refers to.

Round 28's gold counts "<clause>, уверен X." as X's report (round 29 settled "Он уверен, что ..." as one, and the
base reads it only with a "что" clause): a Russian news sentence often puts the belief after the claim, as it puts
"..., считает эксперт." (the base's final-clause rule reads the verb, not the short adjective). Rule
(``lead46_beliefs``), after the last finished pass: in a finished sentence, a short adjective of belief ("уверен",
"уверена", "уверены", "убеждён" ...) right after a comma, with no record on it and not negated, is a report:

- its content the sentence from its start to that comma (quotation marks kept out, at least ``MIN_CONTENT_L46``
  characters);
- its speaker the words after the adjective to the sentence's end (a noun phrase of at most four words);
- typed as the base types a speaker phrase; a role noun the article uses for the last named speaker before it
  ("уверен советник" after "советник ... Олег Крючков": ``FOLLOW_UP_L46``) is that speaker,
  with his name, type and country, as the base reads "добавил собеседник" after a named speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import type_source
from .nlp import RuParse, SpanIndex

EVIDENCE_L46 = "attributions_ru.v1:lead46-belief-after"
SCORE_L46 = 0.65
MIN_CONTENT_L46 = 15
#: ", уверен политик." at a sentence's end: the adjective and a speaker of one to four words.
BELIEF_AFTER_L46 = re.compile(r",\s+(?P<cue>уверен[аоы]?|убежд[её]н[аоы]?)\s+(?P<speaker>[^\W\d_][\w.-]*"
                              r"(?:\s+[\w.«»\"-]+){0,3}?)\s*[.!]?\s*$", re.IGNORECASE)
#: Role nouns that, alone, refer back to the last named speaker ("уверен советник", "уверен собеседник"); a bare
#: "политик" keeps its own type (round 32's convention, tests/test_ru32.py).
FOLLOW_UP_L46 = frozenset({"советник", "собеседник", "специалист", "дипломат", "чиновник", "депутат", "сенатор",
                           "министр", "глава"})


def lead46_beliefs(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                   table: SourceTable) -> list[Attribution]:
    """The module's rule over the finished records."""
    mentions = SpanIndex((m.start, m.end, n) for n, a in enumerate(actors) for m in a.mentions)
    result = list(out)
    for sent in parse.sentences:
        m = BELIEF_AFTER_L46.search(text, sent.start, sent.end)
        if m is None or text[m.end():sent.end].strip():
            continue
        cue = (m.start("cue"), m.end("cue"))
        speaker = (m.start("speaker"), m.end("speaker"))
        while speaker[1] > speaker[0] and not text[speaker[1] - 1].isalnum() and text[speaker[1] - 1] != "»":
            speaker = (speaker[0], speaker[1] - 1)
        start, end = sent.start, m.start()
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end - start < MIN_CONTENT_L46 or re.search(r"\bне\s*$", text[sent.start:cue[0]]):
            continue
        if any(a.cue is not None and a.cue.start < cue[1] and cue[0] < a.cue.end for a in result) or any(
                a.content is not None and a.content.start < end and start < a.content.end for a in result):
            continue
        source_type, country, state, named, name = type_source(
            text, speaker, parse, table, dict(table.countries), actors, mentions)
        words = text[speaker[0]:speaker[1]].lower().split()
        if len(words) == 1 and words[0] in FOLLOW_UP_L46:
            last = max((a for a in result if a.named and a.speaker is not None and a.speaker.end <= start),
                       key=lambda a: a.speaker.end if a.speaker else 0, default=None)
            if last is not None:
                source_type, country, state, named, name = (last.source_type or source_type, last.source_country,
                                                            last.state_affiliated, True, last.speaker_name)
            else:
                named = False
        spans = [speaker, cue, (start, end)]
        result.append(Attribution(
            start=min(s[0] for s in spans), end=max(s[1] for s in spans), label="indirect", score=SCORE_L46,
            evidence=EVIDENCE_L46, kind="indirect",
            speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE_L46, evidence=EVIDENCE_L46),
            cue=Span(start=cue[0], end=cue[1], label="cue", score=SCORE_L46, evidence=EVIDENCE_L46),
            content=Span(start=start, end=end, label="content", score=SCORE_L46, evidence=EVIDENCE_L46),
            source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state,
            named=named))
    return sorted(result, key=lambda a: (a.start, a.end)) if len(result) != len(out) else result
