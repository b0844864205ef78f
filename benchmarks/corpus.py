"""Corpus benchmarks: ingest throughput, duplicate detection time and memory, search latency.

    python -m benchmarks.corpus --articles 100000 --workdir /tmp/corpus-bench

Uses the synthetic generator (spinscope.corpus.synthetic), so it runs without research data. Prints a
Markdown table to paste into docs/BENCHMARKS.md. Duplicate detection runs in a child process so its peak
memory is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def fill_store(db: Path, n: int, seed: int) -> tuple[int, float]:
    """Store n synthetic articles (cleaning only, no models), 1,000 per transaction."""
    from spinscope import load_pipeline
    from spinscope.corpus import Appearance, Store
    from spinscope.corpus.synthetic import generate
    from spinscope.document import ArticleInput

    corpus = generate(n, seed=seed)
    pipeline = load_pipeline([])
    started = time.perf_counter()
    with Store.open(db) as store:
        for i in range(0, len(corpus.records), 1000):
            with store.transaction():
                for r in corpus.records[i:i + 1000]:
                    result = pipeline(ArticleInput(text=r["text"], title=r["title"], outlet=r["outlet"],
                                                   published=r["published"], url=r["url"], source=r["id"]))
                    store.add(result, Appearance(source=r["id"], outlet=r["outlet"], url=r["url"],
                                                 published=r["published"]))
    return len(corpus.records), time.perf_counter() - started


def ingest_rate(workdir: Path, n: int, components: str) -> float:
    from spinscope.batch import run_local
    from spinscope.corpus.synthetic import generate

    source = generate(n, seed=99).write(workdir / f"ingest-{n}.jsonl.gz")
    db = workdir / f"ingest-{components or 'none'}.db"
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    names = [c for c in components.split(",") if c]
    run_local([source], db, components=names)  # warm: models load once, outside the timing
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    report = run_local([source], db, components=names)
    return report.stored / report.seconds


def dedup_child(db: str) -> None:
    from spinscope.corpus import Store

    started = time.perf_counter()
    with Store.open(db) as store:
        found = store.duplicates()
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "clusters": len(found.clusters),
                      "partials": len(found.partial_copies)}))


def search_latency(db: Path, queries: int = 100) -> dict[str, dict[str, float]]:
    """Latency per kind of query: one random word, two random words, and a phrase of the generator's
    sentence templates (which matches most of the synthetic corpus: the worst case)."""
    from spinscope.corpus import Store
    from spinscope.corpus.synthetic import _OBJECTS, _VOCAB

    rng = random.Random(1)
    kinds = {
        "one word": lambda: rng.choice(_VOCAB),
        "two words": lambda: f"{rng.choice(_VOCAB)} {rng.choice(_VOCAB)}",
        "template phrase (matches ~70% of articles)": lambda: f'"{rng.choice(_OBJECTS)}"',
    }
    out: dict[str, dict[str, float]] = {}
    with Store.open(db, readonly=True) as store:
        for kind, make in kinds.items():
            times = []
            for _ in range(queries):
                query = make()
                started = time.perf_counter()
                store.search(query, limit=20)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            out[kind] = {"p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * len(times)) - 1]}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workdir", default="/tmp/corpus-bench")
    parser.add_argument("--ingest-articles", type=int, default=2000)
    parser.add_argument("--pipeline-articles", type=int, default=100)
    parser.add_argument("--search-only", action="store_true", help="Only measure search on an existing store.")
    parser.add_argument("--dedup-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dedup_child:
        dedup_child(args.dedup_child)
        return
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    if args.search_only:
        db = workdir / f"synthetic-{args.articles}.db"
        for kind, latency in search_latency(db).items():
            print(f"| search over {args.articles:,}+ articles: {kind}, 100 queries, limit 20 | "
                  f"p50 {latency['p50_ms']:.1f} ms, p95 {latency['p95_ms']:.1f} ms |")
        return
    rate = ingest_rate(workdir, args.ingest_articles, "")
    rows.append(("ingest, store only (cleaning, no components), 1 process", f"{rate:.0f} articles/s"))
    rate = ingest_rate(workdir, args.ingest_articles, "language.v1")
    rows.append(("ingest, language.v1 only, 1 process", f"{rate:.0f} articles/s"))
    from spinscope.settings import DEFAULT_COMPONENTS

    rate = ingest_rate(workdir, args.pipeline_articles, ",".join(DEFAULT_COMPONENTS))
    rows.append((f"ingest, full default pipeline ({len(DEFAULT_COMPONENTS)} components), 1 process",
                 f"{rate:.1f} articles/s"))
    db = workdir / f"synthetic-{args.articles}.db"
    if not db.exists():
        stored, seconds = fill_store(db, args.articles, seed=7)
        rows.append((f"store {stored:,} synthetic articles (batched transactions)",
                     f"{stored / seconds:.0f} articles/s"))
    out = subprocess.run([sys.executable, "-m", "benchmarks.corpus", "--dedup-child", str(db)],
                         capture_output=True, text=True, check=True)
    dedup = json.loads(out.stdout.strip().splitlines()[-1])
    rows.append((f"duplicates over {args.articles:,} originals (+ chains and partial copies)",
                 f"{dedup['seconds']:.0f} s, peak {dedup['peak_mb']:.0f} MB RSS, {dedup['clusters']} clusters, "
                 f"{dedup['partials']} partial copies"))
    for kind, latency in search_latency(db).items():
        rows.append((f"search over {args.articles:,}+ articles: {kind}, 100 queries, limit 20",
                     f"p50 {latency['p50_ms']:.1f} ms, p95 {latency['p95_ms']:.1f} ms"))
    print("| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
