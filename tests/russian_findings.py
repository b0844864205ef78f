"""The Russian attribution layer run on one text, and what it finds as text: shared by the test files of the
Russian real-article rounds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spinscope.document import ArticleInput, Document
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline

GOLD = Path(__file__).resolve().parent / "gold"
#: The source types a Russian gold attribution may carry.
SOURCE_TYPES = ("government", "politician", "person", "organization", "media", "academic", "anonymous", "report")

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


def typed(doc: Document) -> list[tuple[str, str | None, str | None]]:
    """(speaker, source type, source country) of every attribution; "" where there is no speaker."""
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", a.source_type, a.source_country)
            for a in doc.attributions]


def typed_named(doc: Document) -> list[tuple[str, str | None, str | None, str | None]]:
    """(speaker, source type, source country, speaker's name) of every attribution; "" where there is no speaker."""
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", a.source_type, a.source_country,
             a.speaker_name) for a in doc.attributions]


def gold_records(name: str) -> list[dict[str, Any]]:
    """The records of one Russian attribution gold file under tests/gold."""
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]


def assert_gold_form(name: str, path_prefix: str, articles: int = 3) -> None:
    """A gold file holds ``articles`` records drawn from ``path_prefix``, each with its sha256, every attribution
    with a kind, a content and a known source type."""
    records = gold_records(name)
    assert len(records) == articles
    for rec in records:
        assert rec["path"].startswith(path_prefix)
        assert len(rec["sha256"]) == 64
        for a in rec["attributions"]:
            assert a["kind"] in ("direct", "indirect", "mixed") and a["content"]
            assert a["source_type"] in SOURCE_TYPES


def assert_halves_disjoint(stem: str) -> None:
    """No article stands in both the development and the held-out part of ``stem`` (e.g. "attributions_ru_real32")."""
    def paths(name: str) -> set[str]:
        return {rec["path"] for rec in gold_records(name)}
    assert not paths(f"{stem}.jsonl") & paths(f"{stem}_heldout.jsonl")
