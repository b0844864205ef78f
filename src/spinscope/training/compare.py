"""Are two technique taggers' validation scores different beyond noise? A paired bootstrap over articles.

    python -m spinscope.training.compare MODEL_DIR_A MODEL_DIR_B [--resamples 200] [--data PATH]
    python -m spinscope.training.compare MODEL_DIR MODEL_DIR --lexicon-b [all|labels|loaded|off]  # the lexicon's effect

Both taggers score the same validation articles (the fixed split) with their own calibrated thresholds. The
validation articles are then resampled with replacement, the same resample for both, and each metric
(ST3 micro-F1, PTC SI F1, PTC TC micro-F1) is computed for A and B on every resample. The difference B - A
with its 95% interval says whether a retrained model reproduces a committed one: an interval that holds 0
means the two cannot be told apart on this split.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

METRICS = {"ST3 micro-F1": lambda m: m["st3"]["micro"]["f1"], "PTC SI F1": lambda m: m["ptc_si"]["f1"],
           "PTC TC micro-F1": lambda m: m["ptc_tc"]["micro"]["f1"]}


@dataclasses.dataclass
class Difference:
    metric: str
    a: float
    b: float
    low: float  # 2.5th percentile of B - A over the resamples
    high: float  # 97.5th percentile

    @property
    def within_noise(self) -> bool:
        return self.low <= 0.0 <= self.high


def paired_bootstrap(articles: Sequence[Any], scores_a: dict[str, Any], config_a: dict[str, Any],
                     scores_b: dict[str, Any], config_b: dict[str, Any], *, resamples: int = 200, seed: int = 0,
                     evaluate: Callable[..., dict[str, Any]] | None = None) -> list[Difference]:
    """Differences B - A of each metric, on all articles and as a 95% interval over article resamples."""
    if evaluate is None:
        from .techniques import evaluate
    assert evaluate is not None
    full_a, full_b = evaluate(articles, scores_a, config_a), evaluate(articles, scores_b, config_b)
    rng = random.Random(seed)
    deltas: dict[str, list[float]] = {name: [] for name in METRICS}
    for _ in range(resamples):
        picked = [rng.randrange(len(articles)) for _ in articles]
        # a resample repeats articles: each copy gets its own id, or the scorers would fold the copies together
        copies = [dataclasses.replace(articles[i], id=f"{articles[i].id}#{n}") for n, i in enumerate(picked)]
        sa = {c.id: scores_a[articles[i].id] for c, i in zip(copies, picked, strict=True)}
        sb = {c.id: scores_b[articles[i].id] for c, i in zip(copies, picked, strict=True)}
        ma, mb = evaluate(copies, sa, config_a), evaluate(copies, sb, config_b)
        for name, get in METRICS.items():
            deltas[name].append(get(mb) - get(ma))
    return [Difference(name, get(full_a), get(full_b), float(np.percentile(deltas[name], 2.5)),
                       float(np.percentile(deltas[name], 97.5))) for name, get in METRICS.items()]


def main() -> None:
    from ..components.persuasion_models import LEXICON_PARTS, TechniqueTagger
    from .data import load_semeval2023, split_articles
    from .techniques import score_articles

    parser = argparse.ArgumentParser(prog="python -m spinscope.training.compare", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model_a", type=Path, help="a techniques model folder (model.safetensors + config.json)")
    parser.add_argument("model_b", type=Path)
    parser.add_argument("--lexicon-b", nargs="?", const="all", default=None, choices=("off", *LEXICON_PARTS, "all"),
                        help="score B with this lexicon setting instead of its config's: both lists "
                             "(all, the default), one of them, or off")
    parser.add_argument("--resamples", type=int, default=200)
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default: ../shared/data)")
    args = parser.parse_args()
    taggers = []
    for folder in (args.model_a, args.model_b):
        try:
            taggers.append(TechniqueTagger(folder))
        except OSError as exc:
            parser.error(str(exc))
    _, val = split_articles(load_semeval2023(args.data))
    val = [a for a in val if a.paragraph_labels is not None]
    scores = [score_articles(t.model, val) for t in taggers]
    config_b = taggers[1].config if args.lexicon_b is None else {**taggers[1].config, "lexicon": args.lexicon_b}
    found = paired_bootstrap(val, scores[0], taggers[0].config, scores[1], config_b, resamples=args.resamples)
    lexicon = f" with the lexicon stage ({args.lexicon_b})" if args.lexicon_b else ""
    print(f"A = {args.model_a} ({taggers[0].model_id}), B = {args.model_b} ({taggers[1].model_id}){lexicon}; "
          f"{len(val)} validation articles, {args.resamples} paired resamples\n")
    print("| metric | A | B | B - A | 95% interval of B - A | within noise |")
    print("|---|---:|---:|---:|---|---|")
    for d in found:
        print(f"| {d.metric} | {d.a:.4f} | {d.b:.4f} | {d.b - d.a:+.4f} | [{d.low:+.4f}, {d.high:+.4f}] | "
              f"{'yes' if d.within_noise else 'no'} |")


if __name__ == "__main__":
    main()
