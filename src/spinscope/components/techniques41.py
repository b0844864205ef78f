"""Round 41 (issue 15): argument-shape technique spans on reported speech.

Three of the tagger's sentence-level techniques are recognised by the shape of a sentence: Appeal_to_Authority (a
named source behind a claim), Causal_Oversimplification (a claim with its one cause) and False_Dilemma-No_Choice
(an "if ... then" or "either ... or" with one way out). News writes most of its sentences in exactly those shapes
because it reports what people said: "X said ...", a quotation with its speaker, "... because ..., she added". The
tagger, fitted on SemEval-2023's opinion-heavy articles, reads the reporting frame as the technique: on 30 articles
of 2016 US political news (round 41's sample, scripts/tech41) every one of the 22 such spans on the ten marked
articles was wrong (16 Appeal_to_Authority, most on a reader's quotation followed by a dash and the reader's name;
6 Causal_Oversimplification / False_Dilemma on reported statements). On the validation split `spinscope eval
techniques` reads, 188 such spans hold a verb of saying or a quotation mark; removing them raises PTC SI from
0.4397 to 0.4462 (on both halves of the split, and for each of the three labels alone) and leaves ST3 and TC as
they are (paragraph labels and span classes do not read the findings).

:func:`reported_frame` says whether a tagger span of one of :data:`REPORTED_FRAME_LABELS_41` holds a verb of saying
or a quotation mark (:data:`REPORTED_SPEECH_41`); :func:`without_reported_frames` drops those spans from a list of
findings. Doubt stays: a speaker casting doubt is more often the technique itself (the validation split: 13 of 66
such Doubt spans carry a gold Doubt, against 18 of the 188 for the three labels; two of the sample's are right).
Paragraph labels, the sentence head, the lexicon and the rules are untouched: only tagger spans are dropped, after
every later stage has read them, so nothing is added in their place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..result import Technique

#: The sentence-level techniques whose span is dropped when it reports speech.
REPORTED_FRAME_LABELS_41 = frozenset({"Appeal_to_Authority", "Causal_Oversimplification",
                                      "False_Dilemma-No_Choice"})

#: A verb of saying (any person or tense of the common ones), "according to", or a quotation mark: straight or
#: curly double quotes, two single quotes or backticks (the New York Times' files), and the horizontal bar that
#: introduces a quoted person's name.
REPORTED_SPEECH_41 = re.compile(
    r"\b(?:says?|said|saying|told|tells|according to|stated|added|argued?|claim(?:s|ed)?|insist(?:s|ed)?"
    r"|warn(?:s|ed)?|wrote|writes)\b|[\"\u201c\u201d\u2015]|''|``",
    re.IGNORECASE)


def reported_frame(text: str, start: int, end: int, label: str) -> bool:
    """Is ``text[start:end]``, a span of ``label``, an argument-shape technique read from a reporting frame?

    >>> reported_frame('The mayor said the plan would fail.', 0, 34, 'Appeal_to_Authority')
    True
    >>> reported_frame('"We will win," he told the crowd.', 0, 33, 'Causal_Oversimplification')
    True
    >>> reported_frame('Experts agree the plan will fail.', 0, 32, 'Appeal_to_Authority')
    False
    >>> reported_frame('The mayor said the plan would fail.', 0, 34, 'Doubt')
    False
    """
    return label in REPORTED_FRAME_LABELS_41 and REPORTED_SPEECH_41.search(text[start:end]) is not None


def without_reported_frames(text: str, found: Sequence[Technique], evidence: str) -> list[Technique]:
    """``found`` less the tagger's spans (evidence exactly ``evidence``) that :func:`reported_frame` marks."""
    return [t for t in found if t.evidence != evidence or not reported_frame(text, t.start, t.end, t.label)]
