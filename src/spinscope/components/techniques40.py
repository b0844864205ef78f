"""Round 40 (issue 15): technique findings on a body whose line breaks were lost (wire copy, pasted text).

The tagger's paragraph thresholds, the paragraph-only sentence findings and the article prior are all fitted on
SemEval-2023 lines, which are paragraphs of one to three sentences for most of them (7,622 lines of the 359 English
training articles: 3,862 of one sentence, 1,777 of two, 829 of three). A body that reaches the techniques layer as a
single paragraph of several sentences (a news-wire file on one line, text pasted without its breaks) is read as one
such "line": the paragraph label is then a verdict on the whole article shown on one sentence, and the article
prior (the mean of the article's paragraph probabilities) is the paragraph's own probabilities added to themselves.
None of the 446 labelled English articles has a single paragraph, so no SemEval or PTC figure can move.

:func:`wire_units` gives such a body's sentences as the units to score, as the one-sentence paragraphs of wire copy
are: each is then read as the SemEval lines the thresholds were fitted on, and the article prior is a mean over them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..result import Technique

#: A single paragraph of at least this many sentences is scored sentence by sentence.
WIRE_MIN_SENTENCES_40 = 3


def wire_units(paragraphs: Sequence[tuple[int, int]], sentences: Sequence[tuple[int, int]],
               every: Sequence[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The sentences of the body's only paragraph, when the body (``every`` non-empty paragraph, ``paragraphs``
    those the tagger reads) is one paragraph of at least WIRE_MIN_SENTENCES_40 sentences; else None.

    >>> wire_units([(0, 30)], [(0, 10), (11, 20), (21, 30)], [(0, 30)])
    [(0, 10), (11, 20), (21, 30)]
    >>> wire_units([(0, 20)], [(0, 10), (11, 20)], [(0, 20)]) is None
    True
    >>> wire_units([(0, 30), (31, 40)], [(0, 10), (11, 20), (21, 30), (31, 40)], [(0, 30), (31, 40)]) is None
    True
    """
    if len(every) != 1 or list(paragraphs) != list(every):
        return None
    start, end = every[0]
    inside = [(s, e) for s, e in sentences if s >= start and e <= end and e > s]
    return inside if len(inside) >= WIRE_MIN_SENTENCES_40 else None


def without_line_labels(found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the paragraph-only findings (a paragraph label shown on its best sentence, evidence ending in
    ":sentence" or ":paragraph"): on :func:`wire_units` each sentence is scored as a line the writer never made, so
    a label no span of the tagger shows is a guess about a line, not a finding of the text."""
    return [t for t in found if not t.evidence.endswith((":sentence", ":paragraph"))]


def agreed(found: Sequence[Technique], other: Sequence[Technique]) -> list[Technique]:
    """The findings of ``found`` that a finding of ``other`` with the same label overlaps. A body that lost its
    line breaks is read twice, sentence by sentence and as one paragraph (how a laid-out article would be read
    cannot be known); a finding both readings give stands, one that only the sentence alone or only the whole text
    gives is the reading's artefact."""
    return [t for t in found if any(o.label == t.label and o.start < t.end and t.start < o.end for o in other)]
