"""Print every actor the pipeline on PYTHONPATH finds in a development gold's articles (name, type, code, surfaces),
optionally only the ids given, to read the development errors (round 79). Never run on a held-out gold.

    python scripts/actors79/dump.py tests/gold/actors_real77.jsonl [ID ...]
    python scripts/actors79/dump.py --text FILE      # an invented text
"""

from __future__ import annotations

import sys
from pathlib import Path

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training.actor_eval import ACTOR_COMPONENTS, read_real_gold


def main() -> None:
    pipeline = Pipeline.from_names(list(ACTOR_COMPONENTS))
    if sys.argv[1] == "--text":
        items = [{"id": name, "text": Path(name).read_text()} for name in sys.argv[2:]]
    else:
        gold = Path(sys.argv[1])
        assert "heldout" not in gold.name, "development golds only"
        items = [i for i in read_real_gold(gold, Path("../shared")) if len(sys.argv) < 3 or i["id"] in sys.argv[2:]]
    for item in items:
        doc = pipeline.run(make_document(ArticleInput(text=item["text"], input_format="jsonl")))
        print("==", item["id"])
        for a in doc.actors:
            print(f"   {a.name!r} {a.type} {actor_code(a)} {[doc.text[m.start:m.end] for m in a.mentions]}")


if __name__ == "__main__":
    main()
