"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) and round 43's gate
(``techniques_gate44``): ``python scripts/tech44/val44.py SCORES.npz [--json OUT]`` with the scores of
``python scripts/tech40/val_scores.py SCORES.npz``. ``evaluate`` reads the tagger without the pipeline's gates, so
its figures are main's by construction ("main"); "gate" applies ``names_no_group`` to the tagger's spans of every
article, as the pipeline does, on the whole split and its two ``fold_of``-parity halves, with the spans it removes
and how many a gold span of their own label, or of any SI label, overlaps. Counts only, no text."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.techniques44 import names_no_group
from spinscope.training.data import SEMEVAL2023_TO_PTC, load_semeval2023, split_articles

ap = argparse.ArgumentParser()
ap.add_argument("scores", type=Path)
ap.add_argument("--json", type=Path)
a = ap.parse_args()
_, val = split_articles(load_semeval2023(Path("../shared/data")))
st3 = [x for x in val if x.paragraph_labels is not None]
by_text = {x.text: x for x in st3}
scores = T.load_scores(a.scores)
tagger = TechniqueSpans().tagger
assert tagger is not None
config = tagger.config
removed: Counter[str] = Counter()
main_fragments = T._without_fragments42


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


def gated(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = main_fragments(text, spans)
    x = by_text[text]
    kept = []
    for s, e, t in spans:
        if names_no_group(text, s, e, t):
            removed[f"{x.genre or 'none'}"] += 1
            removed["own label gold"] += any(g.technique == t and g.start < e and s < g.end for g in x.spans)
            removed["any SI gold"] += any(g.technique in SEMEVAL2023_TO_PTC and g.start < e and s < g.end
                                          for g in x.spans)
            removed["all"] += 1
        else:
            kept.append((s, e, t))
    return kept


halves = [[x for x in st3 if T.fold_of(x.id) % 2 == h] for h in (0, 1)]
out: dict = {"articles": len(st3), "main": figures(st3), "main_halves": [figures(h) for h in halves]}
# evaluate() calls _without_fragments42 twice per article (tagger spans, shown sentences); sentences carry the
# tagger's paragraph labels, not its spans, so the gate is applied to the first call only
calls: Counter[str] = Counter()


def first_only(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    calls[text] += 1
    return gated(text, spans) if calls[text] % 2 == 1 else main_fragments(text, spans)


T._without_fragments42 = first_only  # type: ignore[assignment]
out["gate"] = figures(st3)
out["gate_removed"] = dict(sorted(removed.items()))
out["gate_halves"] = [figures(h) for h in halves]
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
