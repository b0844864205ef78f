"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) and round 46's gate
(``techniques_gate51``): ``python scripts/tech51/val51.py SCORES.npz [--json OUT]`` with the scores of
``python scripts/tech40/val_scores.py SCORES.npz`` (``genre.v1``'s labels are read from ``genre_v1.json`` beside the
scores, computed when missing). ``evaluate`` reads the tagger without the pipeline's gates, so its figures are the
base's by construction ("main"). The side checks apply a rule to what ``evaluate`` keeps (tech47's ``val47.py``
way): "gate" (``unquoted_authority_span`` on every article, as the pipeline does), "gate_reports" (only where
``genre.v1`` calls the article reporting) and "all_authority" (every tagger Appeal_to_Authority span, quoted or not:
a wider design); on the whole split and its two ``fold_of``-parity halves, with the spans removed by label and how
many a gold span of their own label, or of any SI label, overlaps. Counts only."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.api import analyze
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.techniques43 import quoted_ranges
from spinscope.components.techniques51 import unquoted_authority_span
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
GENRE = ["language.v1", "segment.v1", "sentence-vectors.v1", "genre.v1"]
GENRE_CACHE = a.scores.with_name("genre_v1.json")  # genre.v1's label per article id, kept beside the scores
if GENRE_CACHE.exists():
    by_id = json.loads(GENRE_CACHE.read_text())
else:
    by_id = {}
    for x in st3:
        g = analyze(x.text, components=GENRE).genre
        by_id[x.id] = g.label if g else None
    GENRE_CACHE.write_text(json.dumps(by_id))
genre_v1: dict[str, str | None] = {x.text: by_id[x.id] for x in st3}


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


def side(rule: Callable[[str, int, int, str, bool], bool]) -> tuple[dict, dict, list[dict]]:
    removed: Counter[str] = Counter()

    def gated(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        spans = main_fragments(text, spans)
        x = by_text[text]
        kept = []
        for s, e, t in spans:
            if rule(text, s, e, t, genre_v1[text] == "reporting"):
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
VARIANTS: tuple[tuple[str, Callable[[str, int, int, str, bool], bool]], ...] = (
    ("gate", lambda x, s, e, t, r: unquoted_authority_span(x, s, e, t, quoted_ranges(x))),
    ("gate_reports", lambda x, s, e, t, r: r and unquoted_authority_span(x, s, e, t, quoted_ranges(x))),
    ("all_authority", lambda x, s, e, t, r: t == "Appeal_to_Authority"))
for name, rule in VARIANTS:
    whole, n, halves = side(rule)
    out[name], out[f"{name}_removed"], out[f"{name}_halves"] = whole, n, halves
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
