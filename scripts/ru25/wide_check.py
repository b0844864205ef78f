"""Round 25 (issue 19): every attribution (speaker, cue, kind, source type, state affiliation, content), actor and
event the Russian layers find on every Russian article of ../shared (SemEval-2025 RU raw documents, SemEval-2023
ru subtask-2 articles), as JSON lines for a diff between two versions of ``src``. No gold is read.

    PYTHONPATH=<src> python scripts/ru25/wide_check.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from typing import Any

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1] / "ru24"))
from wide_check import FOLDERS, NAMES


def record(name: str, doc: Any) -> dict[str, Any]:
    t = doc.text

    def cut(s: Any) -> str | None:
        return t[s.start:s.end] if s is not None else None

    def actor(i: int | None) -> str | None:
        return doc.actors[i].name if i is not None else None

    return {
        "article": name,
        "attributions": [f"{cut(a.speaker)}|{cut(a.cue)}|{a.kind}|{a.source_type}|{a.state_affiliated}|"
                         f"{(cut(a.content) or '')[:60]}" for a in doc.attributions],
        "actors": sorted(f"{a.aliases[0]}|{a.name}|{a.type}|{a.code}|{a.country}" for a in doc.actors
                         if a.type != "location"),
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
