"""Round 44's backed-out half of ``techniques_gate46.v1`` (issue 15, scripts/tech46): Exaggeration-Minimisation on a
superlative of plain fact. Not in the pipeline: on tech41's 30-article sample it removed three wrong findings (one of
the marked ten, one of tech45's and one of tech46's held-out fives) and one right finding of tech44's older held-out
five, so it failed the brief's rule 3. Kept here, with its validation side check (``val46.py``), for the next round
to judge on a fresh sample.

A superlative of size, wealth, rank or order ("the largest", "the wealthiest", "the most powerful nation", "the
first") states a measurable fact; where the words also overstate (an evaluative superlative such as "the most
unqualified", "ever", "in history", "by far", "enormous", "even") the finding would stay. "Record" is not a fact
word: SemEval-2023's validation gold marks two "record" spans as Exaggeration.
"""

from __future__ import annotations

import re

EXAGGERATION_46 = "Exaggeration-Minimisation"

#: Measurable adjectives whose "most" form states a fact ("the most powerful nation", "the most populous state").
_FACT_MOST_46 = (r"powerful|populous|populated|expensive|progressive|regressive|senior|visited|valuable|common"
                 r"|frequent|profitable|competitive|diverse|densely")

#: A superlative of plain fact: size, wealth, rank, age or order.
FACT_SUPERLATIVE_46 = re.compile(
    r"\b(?:largest|biggest|smallest|wealthiest|richest|poorest|oldest|youngest|highest|lowest|tallest|longest"
    r"|shortest|fastest|slowest|heaviest|busiest|cheapest|first"
    r"|most\s+(?:" + _FACT_MOST_46 + r"))\b",
    re.IGNORECASE)

#: Words that overstate beyond the fact: an evaluative superlative ("most" before any other word, "greatest",
#: "best", "worst"), "ever" / "never" / "in history" / "of all time", "by far", "even", totals and intensifiers.
OVERSTATEMENT_46 = re.compile(
    r"\bmost\s+(?!(?:" + _FACT_MOST_46 + r")\b)[a-z]+"
    r"|\b(?:greatest|best|worst|ever|never|history|all[- ]time|by\s+far|even|entire(?:ly)?|total(?:ly)?"
    r"|complete(?:ly)?|absolute(?:ly)?|utter(?:ly)?|enormous|huge|massive|tremendous|incredible|unbelievable"
    r"|unprecedented|astonishing|staggering|extraordinary|nothing|everything|everyone|everybody|nobody|always"
    r"|literally|unimaginable|unparalleled|unmatched)\b",
    re.IGNORECASE)


def plain_fact_superlative(words: str, label: str) -> bool:
    """Is ``words``, a finding of ``label``, an Exaggeration-Minimisation finding whose only superlative states a
    plain fact (:data:`FACT_SUPERLATIVE_46`) with no word that overstates (:data:`OVERSTATEMENT_46`)?

    >>> plain_fact_superlative('the largest employer in the state', 'Exaggeration-Minimisation')
    True
    >>> plain_fact_superlative('the most unqualified man to ever run', 'Exaggeration-Minimisation')
    False
    >>> plain_fact_superlative('the biggest cut, by far', 'Exaggeration-Minimisation')
    False
    >>> plain_fact_superlative('the largest employer in the state', 'Loaded_Language')
    False
    """
    return (label == EXAGGERATION_46 and FACT_SUPERLATIVE_46.search(words) is not None
            and OVERSTATEMENT_46.search(words) is None)
