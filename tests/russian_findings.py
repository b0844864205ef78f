"""The Russian attribution layer run on one text, and what it finds as text: shared by the test files of the
Russian real-article rounds."""

from __future__ import annotations

from collections.abc import Callable

from spinscope.document import ArticleInput, Document
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline

NAMES = ["language.v1", "segment_ru.v1", "actors_ru.v1", "attributions_ru.v1"]


def russian_runner() -> Callable[[str], Document]:
    """A function that runs the Russian attribution components over one text (the pipeline built once)."""
    pipeline = Pipeline.from_names(NAMES)
    return lambda text: pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))


def said(doc: Document) -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of every attribution, as text; "" where there is no speaker or cue."""
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "",
             t[a.cue.start:a.cue.end] if a.cue is not None else "", t[a.content.start:a.content.end])
            for a in doc.attributions]
