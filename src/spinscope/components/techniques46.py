"""Round 44, helper 46 (issue 15): Exaggeration on a plain superlative of fact, and Causal_Oversimplification with
no cause in its words.

Two of the tagger's labels are wrong on 2016 US political news wherever they were hand-marked (tech41's 30-article
PolNeAR sample, ``scripts/tech41`` .. ``scripts/tech46``):

- **Exaggeration-Minimisation on a superlative of plain fact.** A superlative of size, wealth, rank or order ("the
  largest", "the wealthiest", "the most powerful nation", "the first") states a measurable fact; the tagger reads it
  as exaggeration. Where the words also overstate (an evaluative superlative such as "the most unqualified", "ever",
  "in history", "by far", "enormous", "won't even be close") the finding is the technique and stays. "Record" is
  not among the fact words: SemEval-2023's validation gold marks two "record" spans as Exaggeration.
- **Causal_Oversimplification without a cause, in a report.** The tagger gives the label to whole sentences that
  name no cause (a vote called a mistake, a party unconcerned by a change of strategy): all 21 marked findings of the
  label on the sample were wrong. An oversimplified cause needs words that give a cause, an effect or a condition
  (:data:`CAUSAL_CUE_46`: "because", "due to", "led to", "reason", "blame", "so", "if", "as", "when" ...). Only
  in an article ``genre.v1`` calls reporting: on the validation split, removing such spans from every article lowers
  PTC SI (most overlap a gold span of another label), in reports it does not.

``techniques_gate46.v1`` runs after ``techniques_gate45.v1`` in English articles and removes, among the tagger's
spans and the paragraph labels it shows on a sentence (evidence ``techniques.v1:<model>``, ``...:sentence`` or
``...:head-sentence``: :func:`tagger_or_shown_evidence`), the findings :func:`plain_fact_superlative` marks (any
genre) and, in a report, those :func:`causeless_causal` marks. The lexicon, the rules, other labels and the
paragraph labels (``techniques.paragraph_labels``) are untouched; nothing is added in a removed finding's place.

``spinscope predict ptc`` / ``predict semeval2023`` run ``techniques.v1`` alone and ``spinscope eval techniques``
reads the tagger without the pipeline's gates: their outputs and figures do not change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document
from ..pipeline import register
from ..result import Technique
from ..settings import ENGLISH
from . import multilingual

EXAGGERATION_46 = "Exaggeration-Minimisation"
CAUSAL_46 = "Causal_Oversimplification"

#: Measurable adjectives whose "most" form states a fact ("the most powerful nation", "the most populous state").
_FACT_MOST_46 = (r"powerful|populous|populated|expensive|progressive|regressive|senior|visited|valuable|common"
                 r"|frequent|profitable|competitive|diverse|densely")

#: A superlative of plain fact: size, wealth, rank, age or order, or a record.
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

#: Words that give a cause, an effect or a condition.
CAUSAL_CUE_46 = re.compile(
    r"\b(?:because|reasons?|why|so|thus|therefore|hence|if|unless|when|as|due\s+to|owing\s+to|thanks\s+to"
    r"|lead(?:s|ing)?\s+to|led\s+to|cause[sd]?|causing|result(?:s|ed|ing)?\s+(?:in|from)|blam(?:e|es|ed|ing)"
    r"|fault|responsib(?:le|ility)|make|makes|made|means|driv(?:e|es|en|ing)|drove|fuel(?:s|ed|led|ing)?"
    r"|trigger(?:s|ed|ing)?|spark(?:s|ed|ing)?)\b",
    re.IGNORECASE)


def tagger_or_shown_evidence(evidence: str) -> bool:
    """Is ``evidence`` the tagger's span (``techniques.v1:<model>``) or a paragraph label it shows on a sentence
    (``...:sentence``, ``...:head-sentence``), not the lexicon, a rule or a frame?

    >>> [tagger_or_shown_evidence(e) for e in ('techniques.v1:m', 'techniques.v1:m:sentence',
    ...  'techniques.v1:m:head-sentence', 'techniques.v1:lexicon:x', 'techniques.v1:rule:x')]
    [True, True, True, False, False]
    """
    parts = evidence.split(":")
    if len(parts) < 2 or parts[0] != "techniques.v1" or parts[1] in ("lexicon", "rule"):
        return False
    return len(parts) == 2 or (len(parts) == 3 and parts[2] in ("sentence", "head-sentence"))


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


def causeless_causal(words: str, label: str) -> bool:
    """Is ``words``, a finding of ``label``, a Causal_Oversimplification finding with no word that gives a cause
    or an effect (:data:`CAUSAL_CUE_46`)?

    >>> causeless_causal('The council was not worried about the new plan.', 'Causal_Oversimplification')
    True
    >>> causeless_causal('Prices rose because the council printed money.', 'Causal_Oversimplification')
    False
    >>> causeless_causal('The council was not worried about the new plan.', 'Doubt')
    False
    """
    return label == CAUSAL_46 and CAUSAL_CUE_46.search(words) is None


def gated_46(words: str, label: str, report: bool) -> bool:
    """Does round 44's gate remove a finding of ``label`` on ``words``? A plain superlative of fact in any article;
    a Causal_Oversimplification finding with no cause only in a report (``report``: ``genre.v1`` says reporting).

    >>> gated_46('The council was not worried about the new plan.', 'Causal_Oversimplification', False)
    False
    >>> gated_46('The council was not worried about the new plan.', 'Causal_Oversimplification', True)
    True
    >>> gated_46('the largest employer in the state', 'Exaggeration-Minimisation', False)
    True
    """
    return plain_fact_superlative(words, label) or (report and causeless_causal(words, label))


def without_gated_46(text: str, found: Sequence[Technique], report: bool) -> list[Technique]:
    """``found`` less the tagger's spans and shown sentences that :func:`gated_46` marks."""
    return [t for t in found if not (tagger_or_shown_evidence(t.evidence)
                                     and gated_46(text[t.start:t.end], t.label, report))]


@register("techniques_gate46.v1", requires=("text", "techniques", "genre"), assigns=("techniques",))
class TechniquesGate46:
    """Removes Exaggeration on a plain superlative of fact, and a report's Causal_Oversimplification with no cause."""

    name = "techniques_gate46.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        report = doc.genre is not None and doc.genre.label == "reporting"
        doc.techniques = without_gated_46(doc.text, doc.techniques, report)
        return doc
