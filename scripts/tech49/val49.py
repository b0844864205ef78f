"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) and round 49's candidate rules:
``python scripts/tech49/val49.py SCORES.npz [--json OUT]`` with the scores of ``python scripts/tech40/val_scores.py
SCORES.npz`` (``genre.v1`` is run on the 87 articles once, about four minutes, and kept in ``genre_v1.json`` beside
the scores). ``evaluate`` reads the tagger without the pipeline's gates, so its figures are the base's by
construction ("main"). Side checks (tech47's ``val47.py`` way: a rule applied to what ``evaluate`` keeps, the
tagger's spans and the sentences it shows paragraph labels on) for the Causal_Oversimplification-in-opinion lead:
"causal_opinion" (every Causal_Oversimplification finding where ``genre.v1`` says opinion), "causal_not_report"
(where it does not say reporting), both backed out; for the quoted-speech lead, the tagger's Appeal_to_Fear
findings in a report ("fear_report"), those whose sentence holds a verb of saying ("fear_report_says", tech41's
``SAYS``), those over a quotation ("fear_report_quoted"), either ("fear_report_says_or_quoted"), and
Exaggeration's in a sentence of saying in a report ("exaggeration_report_says"), on the whole split and its two
``fold_of``-parity halves, with the spans removed by label and how many a gold span of their own label, or of any
SI label, overlaps. Counts only."""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.api import analyze
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques43 import quoted_ranges
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
GENRE_CACHE = a.scores.with_name("genre_v1.json")
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


SAYS = re.compile(r"\b(says?|said|saying|told|tells|according to|stated|added|argued?|claim(?:s|ed)?|insist(?:s|ed)?"
                  r"|warn(?:s|ed)?|wrote|writes)\b", re.IGNORECASE)


def says(text: str, s: int, e: int) -> bool:
    """Does a sentence the span touches hold a verb of saying (tech41's ``measure.SAYS``)?"""
    return any(SAYS.search(text[a:b]) for a, b in split_sentences(text, 0, len(text)) if a < e and s < b)


def quoted(text: str, s: int, e: int) -> bool:
    """Does the span overlap a quotation (``techniques43.quoted_ranges``)?"""
    return any(a < e and s < b for a, b in quoted_ranges(text))


def side(rule: Callable[[str, int, int, str, str | None], bool]) -> tuple[dict, dict, list[dict]]:
    removed: Counter[str] = Counter()

    def gated(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        spans = main_fragments(text, spans)
        x = by_text[text]
        kept = []
        for s, e, t in spans:
            if rule(text, s, e, t, genre_v1[text]):
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


CO = "Causal_Oversimplification"
out: dict = {"articles": len(st3), "genres": dict(Counter(by_id.values())), "main": figures(st3),
             "main_halves": [figures(h) for h in HALVES]}
AF, EX = "Appeal_to_Fear-Prejudice", "Exaggeration-Minimisation"
VARIANTS: tuple[tuple[str, Callable[[str, int, int, str, str | None], bool]], ...] = (
    ("causal_opinion", lambda x, s, e, t, g: t == CO and g == "opinion"),
    ("causal_not_report", lambda x, s, e, t, g: t == CO and g != "reporting"),
    ("fear_report", lambda x, s, e, t, g: t == AF and g == "reporting"),
    ("fear_report_says", lambda x, s, e, t, g: t == AF and g == "reporting" and says(x, s, e)),
    ("fear_report_quoted", lambda x, s, e, t, g: t == AF and g == "reporting" and quoted(x, s, e)),
    ("fear_report_says_or_quoted", lambda x, s, e, t, g: t == AF and g == "reporting" and (says(x, s, e)
                                                                                            or quoted(x, s, e))),
    ("exaggeration_report_says", lambda x, s, e, t, g: t == EX and g == "reporting" and says(x, s, e)))
for name, rule in VARIANTS:
    whole, n, halves = side(rule)
    out[name], out[f"{name}_removed"], out[f"{name}_halves"] = whole, n, halves
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
