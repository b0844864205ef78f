"""The actors a pipeline finds in one text, as the actor tests of rounds 33b and 34 read them."""

from __future__ import annotations

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code

#: Non-location actors by name: (type, code, the surfaces of their mentions).
Actors = dict[str, tuple[str, str | None, list[str]]]


def actors_of(pipeline: Pipeline, text: str) -> Actors:
    """Non-location actors by name: (type, code, surfaces)."""
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return {a.name: (a.type, actor_code(a), [doc.text[m.start:m.end] for m in a.mentions])
            for a in doc.actors if a.type != "location"}


def surfaces(actors: Actors) -> str:
    """Every mention's surface, joined with " | "."""
    return " | ".join(s for _, _, found in actors.values() for s in found)


def surface_set(actors: Actors) -> set[str]:
    """Every mention's surface, as a set."""
    return {s for _, _, found in actors.values() for s in found}


def codes_of(actors: Actors, surface: str) -> set[str | None]:
    """The codes of the actors a mention with this surface belongs to."""
    return {code for _, code, found in actors.values() if surface in found}
