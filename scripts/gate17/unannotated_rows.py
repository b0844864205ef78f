"""Round 17b (gate17): the analyze path's candidates of the English SemEval-2025 articles WITHOUT subtask-1 labels.

The same as scripts/roles12/e2e_rows.py (segment.v1, entities.v1, actors.v1; each actor of a role type with a
mention gets roles.v1's rows: all its mentions as context, its first MAX_MENTIONS_SCORED scored), for the articles
the annotators gave no entity: as negatives of "an annotated actor gets cast" (issue 17: 96 of the 136 articles
whose narrative is "Other" have no annotated entity).

Usage: python scripts/gate17/unannotated_rows.py OUT.pkl [DATA_DIR] [EMBEDDING_CACHE]
Writes {"actors", "rows": {"actor"}} in e2e_rows.py's format (no gold mentions).
"""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

from spinscope.components.roles import MAX_MENTIONS_SCORED, ROLE_TYPES
from spinscope.components.semeval2025 import entity_rows
from spinscope.document import ArticleInput, Document
from spinscope.pipeline import Pipeline
from spinscope.training import semeval2025 as S


def main() -> None:
    out = Path(sys.argv[1])
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/work/shared/data")
    cache = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("/tmp/semeval2025-cache")
    t = time.time()
    articles, mentions = S.load_task(data)
    labelled = {m.article for m in mentions}
    used = sorted(a for a in articles if a not in labelled and a.startswith("EN_"))
    S.embed([articles[a] for a in used], cache=cache, progress=lambda s: None)
    pipeline = Pipeline.from_names(("segment.v1", "entities.v1", "actors.v1"))
    actors: dict[str, list[dict]] = {}
    rows: dict = {"actor": {}}
    for n, aid in enumerate(used, 1):
        art = articles[aid]
        doc = pipeline.run(Document(text=art.text, meta=ArticleInput(text=art.text, source=aid), language="en"))
        actors[aid] = [{"name": a.name, "type": a.type, "mentions": [(m.start, m.end) for m in a.mentions],
                        "main": False} for a in doc.actors]
        for i, a in enumerate(actors[aid]):
            ms = a["mentions"]
            if ms and a["type"] in ROLE_TYPES:
                rows["actor"][(aid, i)] = entity_rows(art.text, art.sentences, art.vectors, doc.parsed, ms,
                                                      ms[:MAX_MENTIONS_SCORED])
        if n % 20 == 0:
            print(f"{n}/{len(used)} articles, {time.time() - t:.0f} s", flush=True)
    with out.open("wb") as f:
        pickle.dump({"actors": actors, "rows": rows}, f)
    print(f"{len(used)} articles, {len(rows['actor'])} candidates, {time.time() - t:.0f} s")


if __name__ == "__main__":
    main()
