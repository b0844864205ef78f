"""Where the garbage collector's full passes land: per component, over the benchmark's generated articles.

    python scripts/countries28/gc_passes.py [--articles 30] [--no-freeze] [--bench]

Runs the pipeline in-process (warm, as ``python -m benchmarks`` does) and prints each component's wall seconds,
its own CPU seconds, and the number and wall seconds of the full (generation 2) collections that ran inside it.
--no-freeze turns spinscope.pipeline.freeze_loaded_heap off, to see the passes as they were before round 28.
--bench runs the in-process part of ``python -m benchmarks --articles N --sizes 10 --runs 1`` instead (its cold
start and batch subprocesses first, then the warm loop; the counts then include the warm-up article): where a
pass lands follows everything the process allocated before.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.generate import articles

import spinscope.pipeline as pipeline_module
from spinscope import load_pipeline
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--no-freeze", action="store_true")
    parser.add_argument("--bench", action="store_true")
    args = parser.parse_args()
    if args.no_freeze:
        pipeline_module.freeze_loaded_heap = lambda: None  # type: ignore[assignment]
    where: dict[str, str | float | None] = {"component": None, "started": 0.0}
    passes: dict[str | None, list[float]] = {}
    article = [0]  # articles begun (the first component's calls): 1 is the warm-up under --bench
    first_article: list[int] = []

    def on_collect(phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            where["started"] = time.perf_counter()
        else:
            passes.setdefault(where["component"], []).append(  # type: ignore[arg-type]
                time.perf_counter() - float(where["started"] or 0.0))
            first_article.append(article[0])

    docs = articles(args.articles)
    pipeline = load_pipeline()  # the benchmark's load_pipeline() returns this same pipeline
    if not args.bench:
        pipeline(ArticleInput(text=docs[0]["text"]))  # warm-up, as the benchmark
    cpu: dict[str, float] = {}
    for spec, component in zip(pipeline.specs, pipeline.components, strict=True):
        def timed(doc: object, _c: object = component, _n: str = spec.name) -> object:
            if _n == pipeline.specs[0].name:
                article[0] += 1
            where["component"], started = _n, time.thread_time()
            try:
                return _c(doc)  # type: ignore[operator]
            finally:
                cpu[_n] = cpu.get(_n, 0.0) + time.thread_time() - started
                where["component"] = None
        pipeline.components[pipeline.components.index(component)] = timed  # type: ignore[call-overload]
    gc.callbacks.append(on_collect)
    timings: dict[str, float] = {}
    if args.bench:
        from benchmarks.__main__ import measure

        timings = measure(args.articles, 1, [10], 0, 0)["components_s"]  # type: ignore[assignment]
    else:
        for d in docs:
            pipeline.run(make_document(ArticleInput(text=d["text"])), timings=timings)
    gc.callbacks.remove(on_collect)
    print(f"{'component':24s} {'wall s':>8s} {'cpu s':>8s} {'full GC':>8s} {'GC s':>7s}")
    for name, wall in timings.items():
        runs = passes.get(name, [])
        print(f"{name:24s} {wall:8.3f} {cpu.get(name, 0.0):8.3f} {len(runs):8d} {sum(runs):7.3f}")
    outside = passes.get(None, [])
    print(f"{'(between components)':24s} {'':8s} {'':8s} {len(outside):8d} {sum(outside):7.3f}")
    print(f"full passes in articles number {first_article} (under --bench, 1 is the warm-up)")
    started = time.perf_counter()
    gc.collect()
    print(f"one full pass now: {time.perf_counter() - started:.4f} s")
    print(f"total wall {sum(timings.values()):.2f} s over {len(docs)} articles; frozen objects {gc.get_freeze_count()}")


if __name__ == "__main__":
    main()
