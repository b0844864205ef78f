"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) and round 43's sentence gate
(``techniques_gate45``): ``python scripts/tech45/val45.py SCORES.npz [--json OUT]`` with the scores of
``python scripts/tech40/val_scores.py SCORES.npz``. ``evaluate`` reads the tagger without the pipeline's gates, so
its figures are the base's by construction ("main"). The side checks apply ``plain_report_sentence`` to the
sentences ``evaluate`` shows paragraph labels on (its second ``_without_fragments42`` call per article; the first
is the tagger's spans, left alone as the gate leaves them) where an article is a report: "gate_gold_genre" where
its gold SemEval-2023 genre is reporting (tech43's stand-in), "gate_genre_v1" where ``genre.v1`` calls it
reporting (as the pipeline does), and "gate_every_article" on every article (a stress check of the rule's
words, not the gate). Each with the whole split's ST3 / SI / TC, the two ``fold_of``-parity halves, the sentences
removed and how many a gold span of their own label, or of any SI label, overlaps. Counts only, no text."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.api import analyze
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.techniques45 import plain_report_sentence
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
GENRE = ["language.v1", "segment.v1", "sentence-vectors.v1", "genre.v1"]
genre_v1 = {}
for x in st3:
    g = analyze(x.text, components=GENRE).genre
    genre_v1[x.text] = g.label if g else None


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


def side(is_report: Callable[[str], bool]) -> tuple[dict, dict, list[dict]]:
    removed: Counter[str] = Counter()
    calls: Counter[str] = Counter()

    def second_only(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        spans = main_fragments(text, spans)
        calls[text] += 1
        if calls[text] % 2 == 1 or not is_report(text):
            return spans
        x = by_text[text]
        kept = []
        for s, e, t in spans:
            if plain_report_sentence(text, s, e, t):
                removed[t] += 1
                removed[f"{t} own label gold"] += any(g.technique == t and g.start < e and s < g.end for g in x.spans)
                removed[f"{t} any SI gold"] += any(g.technique in SEMEVAL2023_TO_PTC and g.start < e and s < g.end
                                                   for g in x.spans)
                removed[f"genre {x.genre or 'none'}"] += 1
            else:
                kept.append((s, e, t))
        return kept

    T._without_fragments42 = second_only  # type: ignore[assignment]
    try:
        whole = figures(st3)
        n = dict(sorted(removed.items()))
        halves = [figures(h) for h in HALVES]
    finally:
        T._without_fragments42 = main_fragments  # type: ignore[assignment]
    return whole, n, halves


HALVES = [[x for x in st3 if T.fold_of(x.id) % 2 == h] for h in (0, 1)]
out: dict = {"articles": len(st3), "reporting_gold": sum(x.genre == "reporting" for x in st3),
             "reporting_genre_v1": sum(g == "reporting" for g in genre_v1.values()),
             "main": figures(st3), "main_halves": [figures(h) for h in HALVES]}
for name, pick in (("gate_gold_genre", lambda t: by_text[t].genre == "reporting"),
                   ("gate_genre_v1", lambda t: genre_v1[t] == "reporting"),
                   ("gate_every_article", lambda t: True)):
    whole, n, halves = side(pick)
    out[name], out[f"{name}_removed"], out[f"{name}_halves"] = whole, n, halves
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
