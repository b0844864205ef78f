"""Round 12 (roles12): CPU time of roles.v1 per article on real articles (the SemEval-2025 English ones with
subtask-1 labels, the first N by name), beside the pipeline that feeds it, in one warm process.

Usage: OMP_NUM_THREADS=1 python scripts/roles12/roles_cost.py [N] [DATA_DIR]
Prints the ms of CPU per article of roles.v1 and of the whole run, and how many actors got a role.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from spinscope.document import ArticleInput, Document
from spinscope.pipeline import Pipeline
from spinscope.training import semeval2025 as S


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/work/shared/data")
    articles, mentions = S.load_task(data)
    texts = [articles[a].text for a in sorted({m.article for m in mentions})[:n]]
    pipeline = Pipeline.from_names(("segment.v1", "entities.v1", "sentence-vectors.v1", "actors.v1", "roles.v1"))
    pipeline.run(Document(text=texts[0], meta=ArticleInput(text=texts[0]), language="en"))  # warm
    timings: dict[str, float] = {}
    cast = 0
    started = time.process_time()
    for text in texts:
        doc = pipeline.run(Document(text=text, meta=ArticleInput(text=text), language="en"), timings=timings)
        cast += sum(bool(a.roles) for a in doc.actors)
    total = (time.process_time() - started) / len(texts) * 1000
    print(f"{len(texts)} articles: roles.v1 {timings['roles.v1'] / len(texts) * 1000:.0f} ms (wall) per article, "
          f"whole run {total:.0f} ms of CPU per article; {cast} actors with a role")


if __name__ == "__main__":
    main()
