"""Round 58 (speed59): time and profile the four rule layers (attributions.v1, claims.v1, actors.v1, events.v1).

    PYTHONPATH=TREE/src python scripts/speed59/layers.py [--articles 20] [--runs 1] [--profile N] [--sample PATH]

The upstream layers (language, segment, entities, and sentence vectors, which claims.v1 reads) run on every
article of ``benchmarks.generate.articles`` (and the ``--sample`` file, when given) before each run, outside the
timing, so no per-document cache of one run helps the next; then the four layers run in pipeline order and each
one's seconds (wall clock, and the process's CPU time, steadier on a shared machine) are summed over the articles.
One line of JSON a run: ``{"tree": ..., "run": i, "attributions.v1": s, ..., "cpu attributions.v1": s, ...}``.
``--profile N`` prints cProfile's top N functions (by own CPU time, with call counts) of the four layers only, over
the last run (the first one compiles the lazy patterns and loads the models); ``--dump`` keeps that profile;
``--sampled N`` uses pyinstrument instead (no per-call overhead, wall clock).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path

UPSTREAM = ("language.v1", "segment.v1", "entities.v1", "sentence-vectors.v1")
LAYERS = ("attributions.v1", "claims.v1", "actors.v1", "events.v1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--sample", default="")
    parser.add_argument("--sampled", type=int, default=0,
                        help="instead of cProfile, pyinstrument's top N functions by own time (no per-call overhead)")
    parser.add_argument("--dump", default="", help="also write the cProfile stats to this file (pstats)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.generate import articles

    import spinscope
    from spinscope.document import ArticleInput, Document
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline

    texts = [a["text"] for a in articles(max(30, args.articles))[: args.articles]]
    if args.sample:
        texts.append(Path(args.sample).read_text(encoding="utf-8"))
    pipeline = Pipeline.from_names(UPSTREAM + LAYERS)
    pairs = list(zip(pipeline.specs, pipeline.components, strict=True))
    upstream, layers = pairs[: len(UPSTREAM)], pairs[len(UPSTREAM):]

    def first(text: str) -> Document:
        doc = make_document(ArticleInput(text=text))
        for _spec, component in upstream:
            doc = component(doc)
        return doc

    profiler = cProfile.Profile(time.process_time) if args.profile else None
    sampler = None
    if args.sampled:
        from pyinstrument import Profiler

        sampler = Profiler(interval=0.0005)
    tree = str(Path(spinscope.__file__).resolve().parents[2])
    for run in range(args.runs):
        docs = [first(text) for text in texts]
        seconds, cpu_seconds = dict.fromkeys(LAYERS, 0.0), dict.fromkeys(LAYERS, 0.0)
        for doc in docs:
            for spec, component in layers:
                if profiler is not None and run == args.runs - 1:
                    profiler.enable()
                if sampler is not None and run == args.runs - 1:
                    sampler.start()
                started, cpu = time.perf_counter(), time.process_time()
                doc = component(doc)
                seconds[spec.name] += time.perf_counter() - started
                cpu_seconds[spec.name] += time.process_time() - cpu
                if profiler is not None and run == args.runs - 1:
                    profiler.disable()
                if sampler is not None and run == args.runs - 1:
                    sampler.stop()
        print(json.dumps({"tree": tree, "run": run} | {k: round(v, 4) for k, v in seconds.items()}
                         | {f"cpu {k}": round(v, 4) for k, v in cpu_seconds.items()}), flush=True)
    if sampler is not None and sampler.last_session is not None:
        totals: dict[str, float] = {}
        stack = [sampler.last_session.root_frame()]
        while stack:  # as benchmarks/profiling.py folds it: [self] and built-in frames count to their caller
            frame = stack.pop()
            if frame is None:
                continue
            real = [c for c in frame.children if not c.is_synthetic and not (c.file_path or "<").startswith("<")]
            stack.extend(real)
            if frame.is_synthetic or (frame.file_path or "<").startswith("<"):
                stack.extend(c for c in frame.children if c not in real)
                continue
            own = frame.time - sum(c.time for c in real)
            where = "/".join(Path(frame.file_path or "<>").parts[-2:])
            key = f"{frame.function} ({where}:{frame.line_no})"
            totals[key] = totals.get(key, 0.0) + own
        for key, own in sorted(totals.items(), key=lambda kv: -kv[1])[: args.sampled]:
            print(f"{own:8.3f}  {key}")
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())
        if args.dump:
            profiler.dump_stats(args.dump)


if __name__ == "__main__":
    main()
