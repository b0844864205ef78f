"""How each component's time grows with the length of an article: a real article repeated to each size.

    python -m benchmarks.component_growth 300 600                      # sizes in kB, the attribution stages
    python -m benchmarks.component_growth 300 600 --components all     # the whole default pipeline
    python -m benchmarks.component_growth 150 300 --components all --generated   # generated news (long_inputs)

Prints the wall seconds of each component per size; a component whose time more than doubles when the text
doubles is superlinear (docs/RELIABILITY.md). ``--cpu`` prints CPU seconds of the process instead (steadier on a
shared machine) and the growth of resident memory after each component. Runs without a time or memory budget.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from spinscope import load_pipeline
from spinscope.budget import Budget, resident_mb
from spinscope.ingest.clean import make_document
from spinscope.ingest.readers import ArticleInput
from spinscope.pipeline import Pipeline

from .long_inputs import news_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT.parent / "shared" / "examples" / "sample-opinion-article.txt"
FALLBACK_ARTICLE = ROOT / "examples" / "sample-article.txt"
ATTRIBUTION_STAGES = ["language.v1", "segment.v1", "entities.v1", "attributions.v1", "claims.v1"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.component_growth", description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="+", type=int, help="article sizes in kB")
    parser.add_argument("--components", default="attributions", help="'attributions' (default) or 'all'")
    parser.add_argument("--article", type=Path, default=None, help="the article to repeat")
    parser.add_argument("--generated", action="store_true",
                        help="generated news articles concatenated (benchmarks.long_inputs) instead of one repeated")
    parser.add_argument("--cpu", action="store_true", help="CPU seconds and resident memory growth per component")
    args = parser.parse_args(argv)
    article = args.article or (DEFAULT_ARTICLE if DEFAULT_ARTICLE.is_file() else FALLBACK_ARTICLE)
    base = article.read_text(encoding="utf-8")
    pipeline = load_pipeline() if args.components == "all" else Pipeline.from_names(ATTRIBUTION_STAGES)
    for kb in args.sizes:
        text = news_text(kb * 1000) if args.generated else "\n\n".join([base] * max(1, kb * 1000 // len(base)))
        doc = make_document(ArticleInput(text=text))
        if args.cpu:
            start_mb, row = resident_mb(), []
            for spec, component in zip(pipeline.specs, pipeline.components, strict=True):
                started = time.process_time()
                doc = component(doc)
                row.append(f"{spec.name}={time.process_time() - started:.1f}s/{resident_mb() - start_mb:+.0f}MB")
            print(f"{kb} kB", " ".join(row), flush=True)
            continue
        timings: dict[str, float] = {}
        pipeline.run(doc, timings=timings, budget=Budget())
        print(f"{kb} kB", " ".join(f"{name}={seconds:.1f}s" for name, seconds in timings.items()), flush=True)


if __name__ == "__main__":
    main()
