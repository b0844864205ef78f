"""Count how the older actors golds treat a country named only as a place (round 62, issue 17, part 3).

    PYTHONPATH=SRC python scripts/actors62/count_places.py tests/gold/actors_real*.jsonl   (development files only)

For each article, every country actor the given code predicts whose every mention is a place after "in" / "at" /
"inside" (optionally "the"), or the same after a lowercase noun ("institutions in X", "an office in X"), is counted as
listed or not listed by the gold (a gold actor of that code with a mention overlapping one of its mentions, or any
gold actor of that code). Prints the counts and one line a case (article id, country code, listed or not).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training.actor_eval import ACTOR_COMPONENTS, read_real_gold

PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|inside)\s+(?:[Tt]he\s+)?)$")
NOUN_BEFORE = re.compile(r"\b[a-z]+s?\s+(?:in|at|inside)\s+(?:[Tt]he\s+)?$")


def main() -> None:
    pipeline = Pipeline.from_names(list(ACTOR_COMPONENTS))
    counts = {"place_listed": 0, "place_unlisted": 0, "noun_place_listed": 0, "noun_place_unlisted": 0}
    for name in sys.argv[1:]:
        if "heldout" in name:
            continue
        for item in read_real_gold(Path(name), Path("../shared")):
            doc = pipeline.run(make_document(ArticleInput(text=item["text"], input_format="jsonl")))
            text = doc.text
            for actor in doc.actors:
                if actor.type != "country":
                    continue
                befores = [text[max(0, m.start - 40):m.start] for m in actor.mentions]
                if not all(PLACE_BEFORE.search(b) for b in befores):
                    continue
                noun = all(NOUN_BEFORE.search(b) for b in befores)
                code = actor_code(actor)
                listed = any(g["code"] == code for g in item["actors"])
                kind = ("noun_place_" if noun else "place_") + ("listed" if listed else "unlisted")
                counts[kind] += 1
                surfaces = [text[m.start:m.end] for m in actor.mentions]
                print(f"{Path(name).stem}\t{item['id']}\t{code}\t{kind}\t{surfaces}")
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
