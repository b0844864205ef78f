"""sentence-vectors.v1: the frozen MiniLM vectors of the article's sentences, computed once for every layer that
reads them (genre, frames, claims, roles, narratives).

The vectors are an intermediate result, not a finding: they live on ``Document.sentence_vectors`` and never reach
the result. A layer that needs them and runs without this component computes them itself (the same function,
:func:`spinscope.components.persuasion.sentence_vectors`), so a shorter pipeline still works; with it, the cost of
the encoder pass shows under its own name in the timings instead of under whichever layer happened to run first.
"""

from __future__ import annotations

from ..document import Document
from ..pipeline import register

NAME = "sentence-vectors.v1"
#: Languages whose layers read these (English) MiniLM vectors: for any other the pass would be wasted.
VECTOR_LANGUAGES = frozenset({"en"})


@register(NAME, requires=("text", "sentences"), assigns=("sentence_vectors",))
class SentenceVectors:
    """MiniLM vectors of the sentences, shared by the layers that read them (not part of the result)."""

    name = NAME

    def __call__(self, doc: Document) -> Document:
        if doc.language not in VECTOR_LANGUAGES or not doc.text.strip():
            return doc
        from .persuasion import sentence_vectors

        sentence_vectors(doc)
        return doc
