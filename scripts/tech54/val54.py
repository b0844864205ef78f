"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) and R54 (``techniques_gate54``):
``python scripts/tech54/val54.py SCORES.npz [--json OUT]`` with the scores of ``python scripts/tech40/val_scores.py
SCORES.npz``. ``evaluate`` reads the tagger without the pipeline's gates, so its figures are main's by construction
("main"). The side check applies ``measured_superlative`` to what ``evaluate`` keeps (tech51's ``val51.py`` way; R54
reads no genre, so none is computed), on the whole split and its two ``fold_of``-parity halves, with the spans it
removes and how many a gold span of their own label, or of any SI label, overlaps. Counts only."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques43 import quoted_ranges
from spinscope.components.techniques54 import EXAGGERATION_54, measured_superlative
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
main_fragments = T._without_fragments42
HALVES = [[x for x in st3 if T.fold_of(x.id) % 2 == h] for h in (0, 1)]


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


def side() -> tuple[dict, dict, list[dict]]:
    removed: Counter[str] = Counter()

    def gated(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        spans = main_fragments(text, spans)
        x = by_text[text]
        sentences, quoted = split_sentences(text), quoted_ranges(text)
        kept = []
        for s, e, t in spans:
            if t == EXAGGERATION_54:
                removed[f"{t} spans seen"] += 1
            if measured_superlative(text, s, e, t, sentences, quoted):
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
out["gate54"], out["gate54_removed"], out["gate54_halves"] = side()
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
