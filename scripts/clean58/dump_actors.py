"""Every actor the actors pipeline finds on every article of the actors golds, written in full, so that two trees'
outputs can be diffed, not only their scores (clean58, round 57). Uses the `spinscope` on PYTHONPATH.

    python scripts/clean58/dump_actors.py OUTDIR tests/gold/actors_real*.jsonl

Writes OUTDIR/<stem>.jsonl: one line an article (its id and its actors, each with every field and mention).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.training.actor_eval import ACTOR_COMPONENTS, read_real_gold


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline.from_names(list(ACTOR_COMPONENTS))
    for name in sys.argv[2:]:
        path = Path(name)
        lines = []
        for item in read_real_gold(path, Path("../shared")):
            doc = pipeline.run(make_document(ArticleInput(text=item["text"], input_format="jsonl")))
            actors = [a.model_dump(mode="json") for a in doc.actors]
            lines.append(json.dumps({"id": item["id"], "actors": actors}, ensure_ascii=False, sort_keys=True))
        (out / f"{path.stem}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(path.stem, len(lines), flush=True)


if __name__ == "__main__":
    main()
