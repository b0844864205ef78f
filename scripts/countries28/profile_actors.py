"""Time (and optionally cProfile) the actors layer on the benchmark's generated articles.

    python scripts/countries28/profile_actors.py [--articles 30] [--profile] [--top 25]

Runs the pipeline in-process (warm) over the benchmark's generated articles and prints the seconds per article of
each component; with --profile, the top functions (cumulative) under the actors component's run.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.generate import articles

from spinscope import load_pipeline
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    docs = articles(args.articles)
    started = time.perf_counter()
    pipeline = load_pipeline()
    pipeline(ArticleInput(text=docs[0]["text"]))  # warm-up
    print(f"load + warm-up {time.perf_counter() - started:.2f} s")
    timings: dict[str, float] = {}
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    for d in docs:
        pipeline.run(make_document(ArticleInput(text=d["text"])), timings=timings)
    if profiler:
        profiler.disable()
    for name, t in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"{name:28s} {t / len(docs):.3f} s/article")
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
