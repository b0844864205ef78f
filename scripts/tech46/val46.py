"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) and round 44's gate
(``techniques_gate46``): ``python scripts/tech46/val46.py SCORES.npz [--json OUT]`` with the scores of
``python scripts/tech40/val_scores.py SCORES.npz`` (about four minutes: it runs ``genre.v1`` on the 87 articles).
``evaluate`` reads the tagger without the pipeline's gates, so its figures are the base's by construction ("main").
The side check "gate" applies ``causeless_causal`` where ``genre.v1`` calls the article reporting, as the pipeline
does, to what ``evaluate`` keeps: the tagger's spans (the first ``_without_fragments42`` call per article) and the
sentences it shows paragraph labels on (the second), on the whole split and its two ``fold_of``-parity halves, with
the findings it removes by label and how many a gold span of their own label, or of any SI label, overlaps.
Variants: "first_design" (with the backed-out superlative half, ``superlative46.py``, on every article),
"superlative_only" and "causal_every_article" (the Causal half on every article: it lowers SI). Counts only."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.api import analyze
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.techniques46 import causeless_causal
from spinscope.training.data import SEMEVAL2023_TO_PTC, load_semeval2023, split_articles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from superlative46 import plain_fact_superlative  # the backed-out half

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
main_fragments = T._without_fragments42
HALVES = [[x for x in st3 if T.fold_of(x.id) % 2 == h] for h in (0, 1)]
GENRE = ["language.v1", "segment.v1", "sentence-vectors.v1", "genre.v1"]
genre_v1: dict[str, str | None] = {}
for x in st3:
    g = analyze(x.text, components=GENRE).genre
    genre_v1[x.text] = g.label if g else None


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


def side(rule: Callable[[str, str, bool], bool]) -> tuple[dict, dict, list[dict]]:
    removed: Counter[str] = Counter()

    def gated(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        spans = main_fragments(text, spans)
        x = by_text[text]
        kept = []
        for s, e, t in spans:
            if rule(text[s:e], t, genre_v1[text] == "reporting"):
                removed[t] += 1
                removed[f"{t} own label gold"] += any(g.technique == t and g.start < e and s < g.end for g in x.spans)
                removed[f"{t} any SI gold"] += any(g.technique in SEMEVAL2023_TO_PTC and g.start < e and s < g.end
                                                   for g in x.spans)
            else:
                kept.append((s, e, t))
        return kept

    T._without_fragments42 = gated  # type: ignore[assignment]
    try:
        whole = figures(st3)
        n = dict(sorted(removed.items()))
        halves = [figures(h) for h in HALVES]
    finally:
        T._without_fragments42 = main_fragments  # type: ignore[assignment]
    return whole, n, halves


out: dict = {"articles": len(st3), "main": figures(st3), "main_halves": [figures(h) for h in HALVES]}
VARIANTS: tuple[tuple[str, Callable[[str, str, bool], bool]], ...] = (
    ("gate", lambda w, t, r: r and causeless_causal(w, t)),
    ("first_design", lambda w, t, r: plain_fact_superlative(w, t) or (r and causeless_causal(w, t))),
    ("superlative_only", lambda w, t, r: plain_fact_superlative(w, t)),
    ("causal_every_article", lambda w, t, r: causeless_causal(w, t)))
for name, rule in VARIANTS:
    whole, n, halves = side(rule)
    out[name], out[f"{name}_removed"], out[f"{name}_halves"] = whole, n, halves
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
