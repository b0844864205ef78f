"""Run the benchmark suite and write its table into docs/BENCHMARKS.md.

    python -m benchmarks [--articles 100] [--sizes 10,100,1000] [--runs 3] [--compare 20] [--dask 40]
                         [--profile 20] [--no-write]

Measures, on this machine, in one run: cold start of `spinscope analyze` on one article (a fresh process),
the wall time of one `spinscope analyze` call over each of --sizes generated articles (how throughput
grows with the batch), warm per-article latency (p50/p95) and per-component time in-process over
--articles, peak memory (RSS), and, on the first --compare articles, the ratios against the floor
(spaCy parse + one MiniLM pass) and an XLM-R-large-class encoder. --dask N times the analysis of N articles on
a Dask LocalCluster with 1 and with 2 workers (start-up apart). --profile N lists the top costs of N warm
articles (pyinstrument, when installed).
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

from spinscope.encoder import inference_precision

from .generate import articles

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "BENCHMARKS.md"
SPINSCOPE = [sys.executable, "-m", "spinscope"]


def commit() -> str:
    """The checkout's short commit, ``+dirty`` with uncommitted changes to tracked files."""
    from spinscope.training.common import current_commit

    return current_commit(ROOT)


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory (RSS, MB) of one command, run in a child process of its own."""
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(child.pid, 0)  # the child's own rusage: its peak RSS, not the largest so far
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            stderr.seek(0)
            tail = stderr.read().decode("utf-8", errors="replace")[-2000:]
            raise SystemExit(f"benchmark command failed ({child.returncode}): {' '.join(cmd)}\n{tail}")
    return elapsed, usage.ru_maxrss / 1024


def batch_wall(docs: list[dict[str, str]]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one `spinscope analyze` call over the articles."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        return timed([*SPINSCOPE, "analyze", str(batch), "--format", "jsonl", "--output", str(Path(tmp) / "out.jsonl")])


def measure(n_articles: int, runs: int, sizes: list[int], compare: int, dask: int, profile_articles: int = 0
            ) -> dict[str, object]:
    sample = ROOT / "examples" / "sample-article.txt"
    cold = [timed([*SPINSCOPE, "analyze", str(sample), "--format", "json", "--output", os.devnull])[0]
            for _ in range(runs)]
    docs = articles(max([n_articles, *sizes]))
    scaling = {n: batch_wall(docs[:n]) for n in sizes}
    dask_texts = [d["text"] for d in docs[:dask]]
    docs = docs[:n_articles]

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
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the baselines load
    profile: list[tuple[str, float, float]] = []
    if profile_articles:
        from . import profiling

        if profiling.available():
            profile = profiling.top_costs(lambda d: pipeline(ArticleInput(text=d["text"])), docs[:profile_articles])
    ratios: dict[str, float] = {}
    if compare:
        from .compare import floor_seconds, xlmr_large_seconds

        subset = [d["text"] for d in docs[:compare]]
        pipeline_s = sum(latencies[:compare])
        floor_s, _ = floor_seconds(subset)
        xlmr_s = xlmr_large_seconds(subset)
        ratios = {"articles": compare, "pipeline_s": pipeline_s, "floor_s": floor_s, "xlmr_s": xlmr_s,
                  "vs_floor": pipeline_s / floor_s, "xlmr_vs_pipeline": xlmr_s / pipeline_s,
                  "xlmr_vs_floor": xlmr_s / floor_s}
    dask_runs: dict[str, tuple[float, float]] = {}
    if dask:
        from .dask_scaling import dask_seconds

        # one worker using every core; one worker on one core; two workers on one core each (the runner's way)
        dask_runs = {"1 worker, all cores": dask_seconds(dask_texts, 1),
                     "1 worker, 1 core": dask_seconds(dask_texts, 1, threads=1),
                     "2 workers, 1 core each": dask_seconds(dask_texts, 2)}
    return {
        "cold_start_s": statistics.median(cold),
        "scaling": scaling,
        "dask": dask_runs,
        "dask_articles": dask,
        "ratios": ratios,
        "warm_articles_per_s": n_articles / total,
        "warm_sentences_per_s": sentences / total,
        "warm_p50_ms": statistics.median(latencies) * 1000,
        "warm_p95_ms": q[18] * 1000,
        "components_s": {name: t for name, t in timings.items()},
        "peak_rss_mb": peak_rss_mb,
        "words_per_article": statistics.mean(len(d["text"].split()) for d in docs),
        "components": pipeline.names,
        "profile": profile,
        "profile_articles": profile_articles,
    }


def table(m: dict[str, object], command: str) -> str:
    comps = m["components_s"]
    assert isinstance(comps, dict)
    total = sum(comps.values()) or 1.0
    rows = [
        f"Measured {dt.date.today().isoformat()} at commit `{commit()}` on {os.cpu_count()} cores "
        f"({platform.processor() or platform.machine()}), Python {platform.python_version()}, "
        f"encoder precision {inference_precision()} (floor and XLM-R too), with `{command}`. "
        f"Components: {', '.join(m['components'])}.",  # type: ignore[arg-type]
        "",
        "| measure | value |",
        "|---|---|",
        f"| cold start, `spinscope analyze examples/sample-article.txt` (fresh process, median) | "
        f"{m['cold_start_s']:.2f} s |",
        *[f"| one `spinscope analyze` call over {n:,} generated articles (~{m['words_per_article']:.0f} words "
          f"each), wall; peak RSS | {wall:.1f} s ({n / wall:.2f} articles/s); {rss:.0f} MB |"
          for n, (wall, rss) in m["scaling"].items()],  # type: ignore[attr-defined]
        f"| warm throughput, in-process | {m['warm_articles_per_s']:.1f} articles/s, "
        f"{m['warm_sentences_per_s']:.0f} sentences/s |",
        f"| warm latency per article p50 / p95 | {m['warm_p50_ms']:.0f} ms / {m['warm_p95_ms']:.0f} ms |",
        f"| peak memory (RSS) of the in-process run | {m['peak_rss_mb']:.0f} MB |",
        *ratio_rows(m),
        "",
        "| component | share of warm time | seconds |",
        "|---|---|---|",
    ]
    rows += [f"| {name} | {t / total:.0%} | {t:.2f} |" for name, t in comps.items()]
    profile = m.get("profile")
    if profile:
        assert isinstance(profile, list)
        rows += ["", f"Top costs, warm, {m['profile_articles']} articles (pyinstrument, self time; time in C "
                     "extensions counts to the Python function calling them):", "",
                 "| function | seconds | share |", "|---|---|---|"]
        rows += [f"| `{name}` | {seconds:.2f} | {share:.0%} |" for name, seconds, share in profile]
    return "\n".join(rows)


def ratio_rows(m: dict[str, object]) -> list[str]:
    rows = []
    r = m["ratios"]
    if r:
        assert isinstance(r, dict)
        rows += [
            f"| floor on the first {r['articles']} articles: spaCy parse + one MiniLM pass | {r['floor_s']:.1f} s |",
            f"| full pipeline on the same articles, warm | {r['pipeline_s']:.1f} s "
            f"(**{r['vs_floor']:.2f}x the floor**) |",
            f"| XLM-R-large-class encoder on the same paragraphs | {r['xlmr_s']:.1f} s "
            f"(**the pipeline is {r['xlmr_vs_pipeline']:.1f}x faster**) |",
            f"| XLM-R against the floor: the most any pipeline that pays the floor can gain | "
            f"{r['xlmr_vs_floor']:.1f}x |",
        ]
    d = m["dask"]
    if d:
        assert isinstance(d, dict)
        two = d["2 workers, 1 core each"][1]
        rows.append(f"| Dask LocalCluster start-up (spawn, load models), 1 / 2 workers | "
                    f"{d['1 worker, all cores'][0]:.1f} s / {d['2 workers, 1 core each'][0]:.1f} s |")
        rows += [f"| Dask LocalCluster, {m['dask_articles']} articles once started, {name} | {t:.1f} s"
                 + ("" if name.startswith("2") else f" (**2 workers: {t / two:.2f}x the throughput**)") + " |"
                 for name, (_, t) in d.items()]
    return rows


def replace_section(doc: Path, name: str, section: str, *, heading: str) -> None:
    """Put ``section`` between the ``<!-- name:begin -->`` and ``<!-- name:end -->`` markers of ``doc``,
    appending it under ``heading`` when the markers are not there yet."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"# {doc.stem.title()}\n"
    block = f"{begin}\n{section}\n{end}"
    if begin in text:
        head, rest = text.split(begin, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + f"\n\n## {heading}\n\n" + block + "\n"
    doc.write_text(text, encoding="utf-8")


def write(section: str) -> None:
    replace_section(DOC, "benchmarks:analyze", section, heading="Analyze: cold start, batch, warm latency")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100, help="articles for the warm in-process run")
    parser.add_argument("--sizes", default="10,100,1000", help="batch sizes for `spinscope analyze` wall time")
    parser.add_argument("--runs", type=int, default=3, help="cold starts to take the median of")
    parser.add_argument("--compare", type=int, default=20, help="articles for the floor/XLM-R ratios (0: skip)")
    parser.add_argument("--dask", type=int, default=0, help="articles for the Dask 1-vs-2-worker run (0: skip)")
    parser.add_argument("--profile", type=int, default=0,
                        help="articles to profile warm with pyinstrument, if installed (0: skip)")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave docs/ alone")
    args = parser.parse_args()
    command = " ".join(["python -m benchmarks", *sys.argv[1:]])
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    section = table(measure(args.articles, args.runs, sizes, args.compare, args.dask, args.profile), command)
    print(section)
    if not args.no_write:
        write(section)
        print(f"\nwrote {DOC}")


if __name__ == "__main__":
    main()
