"""How each component's time grows with the length of an article: a real article repeated to each size.

    python -m benchmarks.component_growth 300 600                      # sizes in kB, the attribution stages
    python -m benchmarks.component_growth 300 600 --components all     # the whole default pipeline

Prints the wall seconds of each component per size; a component whose time more than doubles when the text
doubles is superlinear (docs/RELIABILITY.md). Runs without a time or memory budget.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spinscope import load_pipeline
from spinscope.budget import Budget
from spinscope.ingest.clean import make_document
from spinscope.ingest.readers import ArticleInput
from spinscope.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT.parent / "shared" / "examples" / "sample-opinion-article.txt"
FALLBACK_ARTICLE = ROOT / "examples" / "sample-article.txt"
ATTRIBUTION_STAGES = ["language.v1", "segment.v1", "entities.v1", "attributions.v1", "claims.v1"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.component_growth", description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="+", type=int, help="article sizes in kB")
    parser.add_argument("--components", default="attributions", help="'attributions' (default) or 'all'")
    parser.add_argument("--article", type=Path, default=None, help="the article to repeat")
    args = parser.parse_args(argv)
    article = args.article or (DEFAULT_ARTICLE if DEFAULT_ARTICLE.is_file() else FALLBACK_ARTICLE)
    base = article.read_text(encoding="utf-8")
    pipeline = load_pipeline() if args.components == "all" else Pipeline.from_names(ATTRIBUTION_STAGES)
    for kb in args.sizes:
        copies = max(1, kb * 1000 // len(base))
        doc = make_document(ArticleInput(text="\n\n".join([base] * copies)))
        timings: dict[str, float] = {}
        pipeline.run(doc, timings=timings, budget=Budget())
        print(f"{kb} kB", " ".join(f"{name}={seconds:.1f}s" for name, seconds in timings.items()), flush=True)


if __name__ == "__main__":
    main()
