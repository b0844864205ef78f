"""Print every actor main's pipeline finds in the development gold's articles (name, type, code, surfaces), to read
the development errors. Usage: ``python scripts/actors78/dump.py [GOLD]`` (default the development gold; never run
on the held-out one)."""

from __future__ import annotations

import sys
from pathlib import Path

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training.actor_eval import ACTOR_COMPONENTS, read_real_gold


def main() -> None:
    gold = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/gold/actors_real78.jsonl")
    assert "heldout" not in gold.name
    pipeline = Pipeline.from_names(list(ACTOR_COMPONENTS))
    for item in read_real_gold(gold, Path("../shared")):
        doc = pipeline.run(make_document(ArticleInput(text=item["text"], input_format="jsonl")))
        print("==", item["id"])
        for a in doc.actors:
            print(f"   {a.name!r} {a.type} {actor_code(a)} {[doc.text[m.start:m.end] for m in a.mentions]}")


if __name__ == "__main__":
    main()
