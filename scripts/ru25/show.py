"""Print spinscope's Russian attributions (speaker, cue, type, state, content) and actors for the articles of a
gold file whose split is given (development by default), beside the gold attributions.

    python scripts/ru25/show.py tests/gold/russian_written5.jsonl [--split development] [--ids ru57,ru63]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.settings import DEFAULT_COMPONENTS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--split", default="development")
    parser.add_argument("--ids", default="")
    args = parser.parse_args()
    names = [n for n in DEFAULT_COMPONENTS if n in ("language.v1", "segment_ru.v1", "actors_ru.v1",
                                                     "attributions_ru.v1")]
    pipeline = Pipeline.from_names(names)
    wanted = set(filter(None, args.ids.split(",")))
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["split"] != args.split or (wanted and item["id"] not in wanted):
            continue
        doc = pipeline.run(make_document(ArticleInput(text=item["text"], input_format="jsonl")))
        print("==", item["id"])
        for g in item["attributions"]:
            print(f"  gold {g['speaker']!r} | {g['cue']} | {g['source_type']} {g['state_affiliated']} | "
                  f"{g['content'][:50]}")
        for a in doc.attributions:
            sp = doc.text[a.speaker.start:a.speaker.end] if a.speaker else None
            cue = doc.text[a.cue.start:a.cue.end] if a.cue else None
            print(f"  pred {sp!r} | {cue} | {a.source_type} {a.state_affiliated} | "
                  f"{doc.text[a.content.start:a.content.end][:50]}")
        for actor in doc.actors:
            print(f"  actor {actor.name} ({actor_code(actor)}, {actor.type}) {actor.aliases}")


if __name__ == "__main__":
    main()
