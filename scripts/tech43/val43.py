"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) and round 42's gate
(``techniques_gate43``): ``python scripts/tech43/val43.py SCORES.npz [--json OUT]`` with the scores of
``python scripts/tech40/val_scores.py SCORES.npz``. ``evaluate`` reads the tagger without genre, so its figures are
main's by construction (printed as "main"); "gate_gold_genre" applies the gate where the article's gold genre
(SemEval-2023 subtask 1) is reporting, standing in for ``genre.v1``, with the spans it removes and how many of them
a gold span of their own label overlaps. Counts only, no text."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.techniques43 import quoted_ranges, writers_word_span
from spinscope.training.data import load_semeval2023, split_articles

ap = argparse.ArgumentParser()
ap.add_argument("scores", type=Path)
ap.add_argument("--json", type=Path)
a = ap.parse_args()
_, val = split_articles(load_semeval2023(Path("../shared/data")))
st3 = [x for x in val if x.paragraph_labels is not None]
reporting = {x.text: x for x in st3 if x.genre == "reporting"}
scores = T.load_scores(a.scores)
tagger = TechniqueSpans().tagger
assert tagger is not None
config = tagger.config
removed: Counter[str] = Counter()


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


out: dict = {"articles": len(st3), "reporting_gold": len(reporting)}
out["main"] = figures(st3)
fragments = T._without_fragments42


def gated(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = fragments(text, spans)
    x = reporting.get(text)
    if x is None:
        return spans
    quoted = quoted_ranges(text)
    kept = []
    for s, e, t in spans:
        if writers_word_span(text, s, e, t, quoted):
            removed[t] += 1
            removed[f"{t} right"] += any(g.technique == t and g.start < e and s < g.end for g in x.spans)
        else:
            kept.append((s, e, t))
    return kept


T._without_fragments42 = gated  # type: ignore[assignment]
out["gate_gold_genre"] = figures(st3)
out["gate_gold_genre_removed"] = dict(sorted(removed.items()))
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
