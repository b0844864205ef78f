"""ci51: the segmenter reads the spaCy model's name and version once, not at every document (spaCy's
``Language.meta`` rebuilds its whole dict, every pipe's labels, at each read). Invented sentences."""

from __future__ import annotations

from spinscope.components.core import Segmenter
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document


class _CountingNLP:
    """The segmenter's spaCy pipeline, with its ``meta`` reads counted."""

    def __init__(self, nlp) -> None:  # type: ignore[no-untyped-def]
        self._nlp, self.meta_reads = nlp, 0

    @property
    def meta(self):  # type: ignore[no-untyped-def]
        self.meta_reads += 1
        return self._nlp.meta

    def pipe(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self._nlp.pipe(*args, **kwargs)


def test_the_model_name_is_the_loaded_packages_name_and_version() -> None:
    segment = Segmenter()
    meta = segment.nlp.meta
    doc = segment(make_document(ArticleInput(text="Mayor Ilse Varnow said the bridge would open in May.")))
    assert doc.models["spacy"] == f"{meta['name']}-{meta['version']}"


def test_documents_read_no_model_meta() -> None:
    segment = Segmenter()
    counting = _CountingNLP(segment.nlp)
    segment.nlp = counting  # type: ignore[assignment]
    texts = ["Mayor Ilse Varnow said the bridge would open in May.",
             "The council of Dorvel met on Tuesday.\n\nIts members voted to close the old ferry pier."]
    docs = [segment(make_document(ArticleInput(text=t))) for t in texts]
    assert counting.meta_reads == 0  # main read it twice a document
    assert all(d.models["spacy"] == segment.model_name for d in docs)
    assert all(d.sentences for d in docs)
