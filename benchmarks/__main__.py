"""Run the benchmark suite and write its table into docs/BENCHMARKS.md.

    python -m benchmarks [--articles 100] [--runs 3] [--no-write]

Measures, on this machine: cold start of `spinscope analyze` on one article (a fresh process),
wall time of one `spinscope analyze` call over N generated articles, warm per-article latency
(p50/p95) and per-component time in-process, and peak memory (RSS).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .generate import articles

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "BENCHMARKS.md"
BEGIN, END = "<!-- benchmarks:analyze:begin -->", "<!-- benchmarks:analyze:end -->"
SPINSCOPE = [sys.executable, "-m", "spinscope"]


def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + ("+dirty" if dirty else "")
    except OSError:
        return "unknown"


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"benchmark command failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return elapsed


def measure(n_articles: int, runs: int) -> dict[str, object]:
    sample = ROOT / "examples" / "sample-article.txt"
    cold = [timed([*SPINSCOPE, "analyze", str(sample), "--format", "json", "--output", os.devnull])
            for _ in range(runs)]
    docs = articles(n_articles)
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        batch_time = timed([*SPINSCOPE, "analyze", str(batch), "--format", "jsonl",
                            "--output", str(Path(tmp) / "out.jsonl")])

    from spinscope import load_pipeline
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document

    pipeline = load_pipeline()
    pipeline(ArticleInput(text=docs[0]["text"]))  # warm-up
    latencies: list[float] = []
    timings: dict[str, float] = {}
    sentences = 0
    for d in docs:
        started = time.perf_counter()
        doc = pipeline.run(make_document(ArticleInput(text=d["text"])), timings=timings)
        latencies.append(time.perf_counter() - started)
        sentences += len(doc.sentences)
    total = sum(latencies)
    q = statistics.quantiles(latencies, n=20)
    return {
        "cold_start_s": statistics.median(cold),
        "batch_articles": n_articles,
        "batch_wall_s": batch_time,
        "warm_articles_per_s": n_articles / total,
        "warm_sentences_per_s": sentences / total,
        "warm_p50_ms": statistics.median(latencies) * 1000,
        "warm_p95_ms": q[18] * 1000,
        "components_s": {name: t for name, t in timings.items()},
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "words_per_article": statistics.mean(len(d["text"].split()) for d in docs),
        "components": pipeline.names,
    }


def table(m: dict[str, object], command: str) -> str:
    comps = m["components_s"]
    assert isinstance(comps, dict)
    total = sum(comps.values()) or 1.0
    rows = [
        f"Measured {dt.date.today().isoformat()} at commit `{commit()}` on {os.cpu_count()} cores "
        f"({platform.processor() or platform.machine()}), Python {platform.python_version()}, "
        f"with `{command}`. Components: {', '.join(m['components'])}.",  # type: ignore[arg-type]
        "",
        "| measure | value |",
        "|---|---|",
        f"| cold start, `spinscope analyze examples/sample-article.txt` (fresh process, median) | "
        f"{m['cold_start_s']:.2f} s |",
        f"| one `spinscope analyze` call over {m['batch_articles']} generated articles "
        f"(~{m['words_per_article']:.0f} words each), wall | {m['batch_wall_s']:.1f} s |",
        f"| warm throughput, in-process | {m['warm_articles_per_s']:.1f} articles/s, "
        f"{m['warm_sentences_per_s']:.0f} sentences/s |",
        f"| warm latency per article p50 / p95 | {m['warm_p50_ms']:.0f} ms / {m['warm_p95_ms']:.0f} ms |",
        f"| peak memory (RSS) of the in-process run | {m['peak_rss_mb']:.0f} MB |",
        "",
        "| component | share of warm time | seconds |",
        "|---|---|---|",
    ]
    rows += [f"| {name} | {t / total:.0%} | {t:.2f} |" for name, t in comps.items()]
    return "\n".join(rows)


def write(section: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    block = f"{BEGIN}\n{section}\n{END}"
    if BEGIN in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n## Analyze: cold start, batch, warm latency\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print the table, leave docs/ alone")
    args = parser.parse_args()
    command = "python -m benchmarks" + (f" --articles {args.articles}" if args.articles != 100 else "")
    section = table(measure(args.articles, args.runs), command)
    print(section)
    if not args.no_write:
        write(section)
        print(f"\nwrote {DOC}")


if __name__ == "__main__":
    main()
