"""Round 24 (issue 19): what the Russian layers find on every Russian article of ../shared (SemEval-2025 RU raw
documents, SemEval-2023 ru subtask-2 articles), written as JSON lines for a diff between two versions of ``src``.

    PYTHONPATH=<src> python scripts/ru24/wide_check.py OUT.jsonl

Each line: the article, its headline statements (cue ":"), its direct contents of several sentences, its actors
that are no places, and its events (actor, label, CAMEO, target, trigger). No gold is read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
FOLDERS = [DATA / "semeval2025_task10" / "RU" / "raw-documents",
           DATA / "semeval2023_task3" / "ru" / "train-articles-subtask-2"]
NAMES = ["language.v1", "segment_ru.v1", "actors_ru.v1", "attributions_ru.v1", "events_ru.v1"]


def record(name: str, doc: Any) -> dict[str, Any]:
    """What the layers found in one article."""
    t = doc.text

    def cut(s: Any) -> str | None:
        return t[s.start:s.end] if s is not None else None

    def actor(i: int | None) -> str | None:
        return doc.actors[i].name if i is not None else None

    return {
        "article": name,
        "headlines": [[cut(a.speaker), cut(a.content), a.kind] for a in doc.attributions
                      if a.cue is not None and cut(a.cue) == ":"],
        "long_quotes": [[cut(a.speaker), cut(a.content)] for a in doc.attributions
                        if a.kind == "direct" and (cut(a.content) or "").count(". ") >= 1],
        "attributions": len(doc.attributions),
        "actors": sorted(f"{a.aliases[0]}|{a.name}|{a.type}" for a in doc.actors if a.type != "location"),
        "events": sorted(f"{actor(e.actor)}|{e.label}|{e.cameo}|{actor(e.target)}|"
                         f"{t[e.trigger.start:e.trigger.end] if e.trigger else ''}" for e in doc.events),
    }


def main() -> None:
    pipeline = Pipeline.from_names(NAMES)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for folder in FOLDERS:
            for path in sorted(folder.glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
                out.write(json.dumps(record(path.name, doc), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
