"""Round 16 (docs/EVALUATION.md, "Techniques, round 16"): how often do the tagger's spans over gold
Appeal_to_Fear-Prejudice come out as Loaded_Language, and would relabelling by the span's own fear word score fix
it? Held-out findings of rounds 9-15 (span thresholds fitted on the other half, Doubt's offset on), both splits.

    python scripts/tech16/fear_spans.py --scores /tmp/tech16/val_scores.pkl
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech10"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))

from repetition_round10 import Cache
from si_round9 import Bench

from spinscope.training.data import TECHNIQUES

FEAR, LOADED = TECHNIQUES.index("Appeal_to_Fear-Prejudice"), TECHNIQUES.index("Loaded_Language")


def span_scores(a: Any, scores: Any, s: int, e: int) -> np.ndarray:
    best = np.zeros(len(TECHNIQUES))
    for para in scores:
        if para.end <= s or para.start >= e or not len(para.words):
            continue
        inside = (para.words[:, 0] < e) & (para.words[:, 1] > s)
        if inside.any():
            best = np.maximum(best, para.word_probs[inside].max(axis=0))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path, required=True)
    args = ap.parse_args()
    b = Bench(args.scores, None)
    c = Cache(b, offsets=True)
    rows = []  # (predicted, gold techniques overlapping, fear/loaded ratio)
    for (_, _, aid), found in c.held.items():
        a = next(x for x in b.val if x.id == aid)
        for s, e, t, source in found:
            if source != "model":
                continue
            gold = {g.technique for g in a.spans if g.start < e and g.end > s}
            sc = span_scores(a, b.scores[aid], s, e)
            rows.append((t, gold, sc[FEAR] / max(1e-6, sc[LOADED])))
    fear_gold = [r for r in rows if "Appeal_to_Fear-Prejudice" in r[1]]
    print("model spans (both splits)", len(rows), "over gold fear", len(fear_gold),
          collections.Counter(r[0] for r in fear_gold).most_common(6))
    only_ll = [r for r in fear_gold if r[0] == "Loaded_Language"]
    print("  of them Loaded_Language", len(only_ll), "also over gold Loaded_Language",
          sum("Loaded_Language" in r[1] for r in only_ll))
    for ratio in (0.2, 0.3, 0.5, 0.7, 1.0):
        right_before = right_after = changed = 0
        for t, gold, q in rows:
            if not gold:
                continue
            new = "Appeal_to_Fear-Prejudice" if t == "Loaded_Language" and q >= ratio else t
            changed += new != t
            right_before += t in gold
            right_after += new in gold
        print(f"relabel LL -> fear at fear/LL word score >= {ratio}: {changed} spans changed, spans over gold with "
              f"a right label {right_before} -> {right_after}")


if __name__ == "__main__":
    main()
