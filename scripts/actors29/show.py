"""Print the actors ``actors.v1`` finds in one article (type, code, mention surfaces): error reading for round 29.

Usage: ``python scripts/actors29/show.py PATH`` (a text file).
"""

from __future__ import annotations

import sys
from pathlib import Path

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training.actor_eval import ACTOR_COMPONENTS


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: show.py PATH (an existing text file)", file=sys.stderr)
        return 2
    pipeline = Pipeline.from_names(list(ACTOR_COMPONENTS))
    doc = pipeline.run(make_document(ArticleInput(text=Path(argv[0]).read_text(encoding="utf-8"),
                                                  input_format="jsonl")))
    for actor in doc.actors:
        surfaces = sorted({doc.text[m.start:m.end] for m in actor.mentions})
        print(f"{actor.name} | {actor.type} | {actor_code(actor)} | {' / '.join(surfaces)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
