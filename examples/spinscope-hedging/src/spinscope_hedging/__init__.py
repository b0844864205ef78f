"""hedging.v1: hedges and unverified-claim markers, written to ``result.extensions["hedging"]``.

An example of a spinscope plugin layer: a word-list rule over the clean text, registered through the
``spinscope.components`` entry point exactly as the built-in components are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spinscope.document import Document
from spinscope.pipeline import register
from spinscope.result import Extension, LabelScore, Span

NAME = "hedging.v1"
#: The key of the layer in ``result.extensions``.
LAYER = "hedging"
#: Words and phrases that present a statement as unverified.
HEDGES = ("reportedly", "allegedly", "purportedly", "supposedly", "it is claimed", "it is alleged",
          "unconfirmed reports", "unverified reports", "according to some", "rumoured", "rumored")
#: Score of a word-list finding (a rule, not a model: one fixed confidence).
SCORE = 0.6
#: Hedges per 1,000 characters at which the whole article is labelled "hedged".
HEDGED_RATE = 1.0


def _pattern(words: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + r")\b",
                      re.IGNORECASE)


@register(NAME, requires=("text",), assigns=(f"extensions.{LAYER}",))
class HedgeFinder:
    """Hedges and unverified-claim markers ('reportedly', 'allegedly') as spans (example plugin)."""

    name = NAME

    def __init__(self, *, words: Sequence[str] = ()) -> None:
        self.pattern = _pattern((*HEDGES, *words))

    def __call__(self, doc: Document) -> Document:
        spans = [Span(start=m.start(), end=m.end(), label="hedge", score=SCORE, evidence=f"{NAME}:wordlist")
                 for m in self.pattern.finditer(doc.text)]
        rate = 1000 * len(spans) / max(1, len(doc.text))
        labels = [LabelScore(label="hedged", score=round(min(1.0, rate / HEDGED_RATE), 4))] if spans else []
        doc.extensions[LAYER] = Extension(component=NAME, spans=spans, labels=labels)
        return doc
