"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) and RULE.md's candidates:
``python scripts/tech50/val50.py SCORES.npz [--json OUT]`` with the scores of ``python scripts/tech40/val_scores.py
SCORES.npz`` and ``genre.v1``'s labels of the 87 cached beside them as ``genre_v1.json`` (tech47's ``val47.py``
writes that file; this round copied tech47's). ``evaluate`` reads the tagger without the pipeline's gates, so its
figures are the base's ("main"). Side checks (tech47's / tech49's way): each candidate (and the shipped set) applied
to what ``evaluate`` keeps, the tagger's spans and the sentences it shows paragraph labels on, in the articles
``genre.v1`` calls reporting; ST3 / PTC SI / TC on the whole split and its two ``fold_of``-parity halves, and the
removed spans by label with how many a gold span of their own label, or of any SI label, overlaps. Counts only."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Collection
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques50 import removed_by50
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
by_id = json.loads(a.scores.with_name("genre_v1.json").read_text())
genre_v1 = {x.text: by_id[x.id] for x in st3}


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


def side(candidates: Collection[str]) -> tuple[dict, dict, list[dict]]:
    removed: Counter[str] = Counter()

    def gated(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        spans = main_fragments(text, spans)
        if genre_v1[text] != "reporting":
            return spans
        x = by_text[text]
        sents = split_sentences(text, 0, len(text))
        kept = []
        for s, e, t in spans:
            why = removed_by50(text, s, e, t, sents, candidates)
            if why:
                removed[f"{why} {t}"] += 1
                removed[f"{why} {t} own label gold"] += any(g.technique == t and g.start < e and s < g.end
                                                            for g in x.spans)
                removed[f"{why} {t} any SI gold"] += any(g.technique in SEMEVAL2023_TO_PTC and g.start < e
                                                         and s < g.end for g in x.spans)
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


out: dict = {"articles": len(st3), "genres": dict(Counter(by_id.values())), "main": figures(st3),
             "main_halves": [figures(h) for h in HALVES]}
for name, cands in (("R50a", {"R50a"}), ("R50b", {"R50b"}), ("R50c", {"R50c"}), ("R50a+R50c", {"R50a", "R50c"}),
                    ("all", {"R50a", "R50b", "R50c"})):
    whole, n, halves = side(cands)
    out[name], out[f"{name}_removed"], out[f"{name}_halves"] = whole, n, halves
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
