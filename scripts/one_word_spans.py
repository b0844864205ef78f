"""How precise are the tagger's one-word spans that look like noise on straight news (hyphenated compounds such
as "long-term", lone Flag_Waving nouns such as "Americans"), and what does PTC SI do without them? Measured on
the 87 English validation articles (never trained on), fully cross-fitted as in docs/EVALUATION.md "Techniques,
round 9": span thresholds fitted on one half, the other half scored, both splits.

    python scripts/one_word_spans.py --build /tmp/persu4/val_scores.pkl   # cache the tagger's scores (about 1 min)
    python scripts/one_word_spans.py --scores /tmp/persu4/val_scores.pkl
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent / "tech9"))

from si_round9 import Bench, Finding, fsi, si_counts

from spinscope.training.data import SEMEVAL2023_TO_PTC
from spinscope.training.scorers import merge_spans


def build(out: Path, data: Path) -> None:
    from spinscope.components.persuasion_models import TechniqueTagger
    from spinscope.training.data import load_semeval2023, split_articles
    from spinscope.training.techniques import score_articles

    tagger = TechniqueTagger(Path(__file__).resolve().parents[1] / "src/spinscope/resources/models/techniques")
    _, val = split_articles(load_semeval2023(data))
    val = [a for a in val if a.paragraph_labels is not None]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pickle.dumps({"val_ids": [a.id for a in val], "scores": score_articles(tagger.model, val)}))


def kind(text: str, f: Finding) -> str | None:
    """The noise class of a model finding: "hyphen", "flag1", "one:<technique>", or None (not one word)."""
    s, e, technique, source = f
    word = text[s:e]
    if source != "model" or len(word.split()) != 1:
        return None
    if "-" in word.strip("-"):
        return "hyphen"
    return "flag1" if technique == "Flag_Waving" else f"one:{technique}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scores", type=Path, default=Path("/tmp/persu4/val_scores.pkl"))
    parser.add_argument("--build", type=Path, help="write the tagger's validation scores here and stop")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    if args.build:
        build(args.build, args.data)
        return
    bench = Bench(args.scores, args.data)
    held: list[dict[str, list[Finding]]] = []
    for split in bench.splits:
        found: dict[str, list[Finding]] = {}
        for fit, scored in ((0, 1), (1, 0)):
            cfg = bench.fitted(split[fit])
            found.update({a.id: bench.findings(a, cfg) for a in split[scored]})
        held.append(found)
    by_id = {a.id: a for a in bench.val}
    stats: dict[str, list[float]] = {}
    for found in held:
        for aid, findings in found.items():
            a = by_id[aid]
            gold = merge_spans([(x.start, x.end) for x in a.spans if x.technique in SEMEVAL2023_TO_PTC])
            for f in findings:
                k = kind(a.text, f)
                if k is None:
                    continue
                s, e, technique, _ = f
                row = stats.setdefault(k, [0.0, 0.0, 0.0])
                row[0] += 1
                row[1] += sum(max(0, min(e, ge) - max(s, gs)) for gs, ge in gold) / (e - s)
                row[2] += any(g.technique == technique and g.start < e and g.end > s for g in a.spans)
    print(f"{'one-word model spans':32s} {'per split':>9s} {'char precision':>14s} {'same technique':>14s}")
    for k, (n, chars, same) in sorted(stats.items(), key=lambda kv: -kv[1][0]):
        print(f"{k:32s} {n / 2:9.1f} {chars / n:14.2f} {same / n:14.2f}")

    def si(keep: Any) -> float:
        return float(np.mean([fsi(sum(si_counts(a, [f for f in found[a.id] if keep(a.text, f)])
                                      for a in bench.val)) for found in held]))

    base = si(lambda text, f: True)
    print(f"PTC SI fully cross-fitted {base:.4f}")
    variants = (("without hyphen", {"hyphen"}), ("without flag1", {"flag1"}), ("without both", {"hyphen", "flag1"}))
    for name, drop in variants:
        print(f"{name:16s} {si(lambda text, f, d=drop: kind(text, f) not in d) - base:+.4f}")


if __name__ == "__main__":
    main()
