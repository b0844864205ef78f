"""Base figures of the round-18 harness: SI of the shipped findings on the 87 validation articles (thresholds
fitted on them) and fully cross-fitted (thresholds fitted on the other half), per split.

    python scripts/tech18/base.py --findings /tmp/tech18/findings.pkl
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

import numpy as np
from harness import f1, gold_spans, si_counts

from spinscope.training.data import load_semeval2023


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--findings", type=Path, default=Path("/tmp/tech18/findings.pkl"))
    args = ap.parse_args()
    cache = pickle.loads(args.findings.read_bytes())  # written by harness.py build
    arts = load_semeval2023(None)
    gold = {i: gold_spans(arts[i]) for i in cache["ids"]}
    tot = sum(si_counts([(s, e) for s, e, *_ in cache["shipped"][i]], gold[i]) for i in cache["ids"])
    print(f"shipped thresholds (fitted on all 87): SI {f1(tot):.4f} P {tot[0] / tot[1]:.4f} R {tot[2] / tot[3]:.4f}"
          f" spans {int(tot[1])}")
    for kind in ("eo", "h", "a", "b", "c"):
        pooled = np.zeros(4)
        for x in (0, 1):
            part = cache["splits"][(kind, x)]
            pooled += sum(si_counts([(s, e) for s, e, *_ in part["held"][i]], gold[i]) for i in part["held_ids"])
        print(f"split {kind}: cross-fitted SI {f1(pooled):.4f}")



def news_weighted(cache_path: Path = Path("/tmp/tech18/findings.pkl")) -> None:
    """Cross-fitted SI with each article weighted to the hidden set's genre mix (reporting 54/83), as rounds 5-17
    weigh ST3."""
    cache = pickle.loads(cache_path.read_bytes())
    arts = load_semeval2023(None)
    ids = cache["ids"]
    rep = [i for i in ids if arts[i].genre == "reporting"]
    w = {i: (54 / 83) / (len(rep) / len(ids)) if i in rep else (29 / 83) / (1 - len(rep) / len(ids)) for i in ids}
    for kind in ("eo", "h"):
        pooled = np.zeros(4)
        for x in (0, 1):
            part = cache["splits"][(kind, x)]
            pooled += sum(w[i] * si_counts([(s, e) for s, e, *_ in part["held"][i]], gold_spans(arts[i]))
                          for i in part["held_ids"])
        print(f"split {kind}: cross-fitted SI weighted to the news mix {f1(pooled):.4f}")


if __name__ == "__main__":
    main()
    news_weighted()
