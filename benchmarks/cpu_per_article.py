"""CPU time per article of the default pipeline in one warm process: the steadiest speed figure on a shared machine.

    python -m benchmarks.cpu_per_article                 # 30 generated articles, two passes
    SPINSCOPE_PRECISION=fp32 python -m benchmarks.cpu_per_article --articles 10

Prints, for each pass over the same generated articles (benchmarks.generate, seeded), the process's CPU
milliseconds per article and its resident memory. Used to compare two versions of the code one after the other
(docs/BENCHMARKS.md); run it with ``OMP_NUM_THREADS=1`` so that a busy machine does not inflate CPU time.
"""

from __future__ import annotations

import argparse
import random
import time

from spinscope import load_pipeline
from spinscope.budget import resident_mb
from spinscope.ingest.clean import make_document
from spinscope.ingest.readers import ArticleInput

from .generate import article


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cpu_per_article", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    pipeline = load_pipeline()
    rng = random.Random(args.seed)
    texts = [article(rng)["text"] for _ in range(args.articles)]
    pipeline.run(make_document(ArticleInput(text=texts[0])))  # warm: models loaded, first shapes built
    for n in range(args.passes):
        started = time.process_time()
        for text in texts:
            pipeline.run(make_document(ArticleInput(text=text)))
        per_article = (time.process_time() - started) / len(texts) * 1000
        print(f"pass {n + 1}: {per_article:.0f} ms of CPU per article, resident {resident_mb():.0f} MB", flush=True)


if __name__ == "__main__":
    main()
