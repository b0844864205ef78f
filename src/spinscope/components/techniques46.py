"""Round 44, helper 46 (issue 15): a report's Causal_Oversimplification with no cause in its words.

The tagger gives Causal_Oversimplification to whole sentences that name no cause (a vote called a mistake, a party
unconcerned by a change of strategy): all 21 findings of the label hand-marked on tech41's 30-article sample of
2016 US political news (``scripts/tech41`` .. ``scripts/tech46``) were wrong. An oversimplified cause needs words
that give a cause, an effect or a condition (:data:`CAUSAL_CUE_46`: "because", "due to", "led to", "reason",
"blame", "so", "if", "as", "when" ...). ``techniques_gate46.v1`` runs after ``techniques_gate45.v1`` and, in an
English article ``genre.v1`` calls "reporting", removes the Causal_Oversimplification findings with none of them
(:func:`causeless_causal`) among the tagger's spans and the paragraph labels it shows on a sentence (evidence
``techniques.v1:<model>``, ``...:sentence`` or ``...:head-sentence``: :func:`tagger_or_shown_evidence`). Reports
only: on SemEval-2023's validation split, removing such spans from every article lowers PTC SI (most of them overlap
a gold span of another label); in the articles ``genre.v1`` calls reports it does not. The lexicon, the rules, other
labels, opinion articles and the paragraph labels (``techniques.paragraph_labels``) are untouched; nothing is added
in a removed finding's place.

Round 44 also measured a gate for Exaggeration-Minimisation on a superlative of plain fact ("the largest", "the
most powerful nation", "the first"): it removed three wrong findings of the sample and one right one of tech44's
older held-out five, so it was backed out (``scripts/tech46/superlative46.py`` keeps it for the next round).

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

CAUSAL_46 = "Causal_Oversimplification"

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


def without_causeless_causal(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's spans and shown sentences that :func:`causeless_causal` marks."""
    return [t for t in found if not (tagger_or_shown_evidence(t.evidence)
                                     and causeless_causal(text[t.start:t.end], t.label))]


@register("techniques_gate46.v1", requires=("text", "techniques", "genre"), assigns=("techniques",))
class TechniquesGate46:
    """Removes a report's Causal_Oversimplification findings with no word of cause, effect or condition."""

    name = "techniques_gate46.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        if doc.genre is None or doc.genre.label != "reporting":
            return doc
        doc.techniques = without_causeless_causal(doc.text, doc.techniques)
        return doc
