"""Round 46, helper tech51 (issue 15): the tagger's Appeal_to_Authority spans on the writer's own unquoted sentence.

The technique tagger learned SemEval-2023's Appeal_to_Authority sentences (an expert or body cited to settle a claim)
and on news pages it gives the label to a writer's plain sentence that names a study, a journal, a scientist's post
or a debate among researchers: reporting who said what, not leaning on anyone's standing. Every Appeal_to_Authority
finding marked so far was wrong: tech41's marked ten (16 of 16, before its reported-frame rule), tech47's marked-new
and held-out fives (1 and 1) and tech51's marked three news pages (5 of 5, every one a sentence with no quotation
mark: a new paper's warning, a scientist's job and record, researchers' warnings as news, a debate among
scientists, a study's finding).

``techniques_gate51.v1`` runs after ``techniques_gate47.v1`` and, in an English article of any genre, removes the
tagger's Appeal_to_Authority spans (evidence exactly ``techniques.v1:<model>``) that :func:`unquoted_authority_span`
marks: the span holds no quotation mark (straight or curly double quotes, guillemets) and none of
``techniques43.quoted_ranges``' quoted stretches overlaps it, i.e. it is the writer's own words, not a quoted
speaker's. Kept: spans in or around a quotation, every other label, paragraph labels shown on a sentence, the lexicon
and the rules; nothing is added in a removed span's place.

``spinscope predict ptc`` / ``predict semeval2023`` run ``techniques.v1`` alone and ``spinscope eval techniques``
reads the tagger without the pipeline's gates: their outputs and figures do not change.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Document
from ..pipeline import register
from ..result import Technique
from ..settings import ENGLISH
from . import multilingual
from .techniques43 import quoted_ranges, tagger_evidence

#: The label this gate reads.
AUTHORITY_LABEL_51 = "Appeal_to_Authority"

#: Quotation marks whose presence in a span keeps it (a quoted speaker's words may appeal to authority).
QUOTE_MARKS_51 = frozenset('"\u201c\u201d\u00ab\u00bb\u201e')


def unquoted_authority_span(text: str, start: int, end: int, label: str,
                            quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Is ``text[start:end]``, a span of ``label``, an Appeal_to_Authority span in the writer's own unquoted words?

    >>> t = 'A new study in a medical journal finds the drug works. "Experts agree," she said.'
    >>> unquoted_authority_span(t, 0, 53, 'Appeal_to_Authority')
    True
    >>> unquoted_authority_span(t, 55, 80, 'Appeal_to_Authority')
    False
    >>> unquoted_authority_span(t, 0, 53, 'Doubt')
    False
    """
    if label != AUTHORITY_LABEL_51 or end <= start:
        return False
    if any(c in QUOTE_MARKS_51 for c in text[start:end]):
        return False
    return not any(s < end and start < e for s, e in quoted)


def without_unquoted_authority(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's Appeal_to_Authority spans that :func:`unquoted_authority_span` marks."""
    quoted = quoted_ranges(text)
    return [t for t in found if not (tagger_evidence(t.evidence)
                                     and unquoted_authority_span(text, t.start, t.end, t.label, quoted))]


@register("techniques_gate51.v1", requires=("text", "techniques"), assigns=("techniques",))
class TechniquesGate51:
    """Removes the tagger's Appeal_to_Authority spans in the writer's own unquoted words (English only)."""

    name = "techniques_gate51.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        doc.techniques = without_unquoted_authority(doc.text, doc.techniques)
        return doc
