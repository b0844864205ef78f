"""Time ``attributions.v1`` alone on a "quote storm": words and unbalanced quotation marks with no paragraph breaks.

    python -m benchmarks.attribution_storm --sizes 40000,200000

The text (seeded) is parsed once by the components before ``attributions.v1``; only the attribution component is
timed, so the figure shows whether its own cost grows linearly with the text (issue 21, Medium 2).
"""

from __future__ import annotations

import argparse
import random
import time

WORDS = ["he", "said", "“", "the", "minister", "”", "warned", '"', "that", "prices", "rise", "«", "and", "»",
         "officials", "claimed", "„", "it", "was", "fine", ",", "according", "to", "experts"]


def storm(size: int, *, seed: int = 2) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        word = rng.choice(WORDS)
        out.append(word)
        n += len(word) + 1
    return " ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="40000,200000", help="characters, comma-separated")
    args = parser.parse_args()
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline

    upstream = Pipeline.from_names(("language.v1", "segment.v1", "entities.v1"))
    extractor = AttributionExtractor()
    for size in (int(s) for s in args.sizes.split(",")):
        doc = upstream.run(make_document(ArticleInput(text=storm(size))))
        started = time.perf_counter()
        doc = extractor(doc)
        elapsed = time.perf_counter() - started
        print(f"{size:>9,} chars: attributions.v1 {elapsed:6.2f} s, {len(doc.attributions)} attributions")


if __name__ == "__main__":
    main()
