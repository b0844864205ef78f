"""The validation split (87 SemEval-2023 articles, ``spinscope eval techniques``) with the splitter's round-48 joins
on, off, or one kind at a time: ``python scripts/tech48/val48.py SCORES.npz [--json OUT]`` with the scores of
``python scripts/tech40/val_scores.py SCORES.npz`` (the tagger's paragraph scores: no sentence is read there, so
one file serves every variant). ``evaluate`` widens the tagger's sentence-level spans and the sentences showing
paragraph labels with ``split_sentences``, so a join changes its figures. Variants: "main" (no join); "branch"
(every join of ``techniques48.joins_name48`` in an article of the courtesy-title house style,
``courtesy_style48``); "every_article" (the same joins in every article, the first design); and on every article
"titles" (a person's title), "place_titles" ("St.", "Mt." ...), "months_numbers", "initials" (one kind only),
"no_place_titles", "no_months" (every kind but one), "titles_initials". Whole split and its two
``fold_of``-parity halves; also how many joins each kind makes in the split's text. Counts only."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import spinscope.components.persuasion_models as PM
import spinscope.components.techniques48 as T48
import spinscope.training.techniques as T
from spinscope.components.persuasion import TechniqueSpans
from spinscope.training.data import load_semeval2023, split_articles

ap = argparse.ArgumentParser()
ap.add_argument("scores", type=Path)
ap.add_argument("--json", type=Path)
a = ap.parse_args()
_, val = split_articles(load_semeval2023(Path("../shared/data")))
st3 = [x for x in val if x.paragraph_labels is not None]
scores = T.load_scores(a.scores)
tagger = TechniqueSpans().tagger
assert tagger is not None
HALVES = [[x for x in st3 if T.fold_of(x.id) % 2 == h] for h in (0, 1)]
JOIN = T48.joins_name48
#: The abbreviations of TITLES_48 that stand before a place's name ("St. Louis", "Mt. Vernon"), not a person's.
PLACE_TITLES = {"St", "Ste", "Mt", "Ft"}


def kind(line: str, stop_end: int, quotes_end: int, next_start: int) -> str | None:
    """Which kind of join ``joins_name48`` makes here, or None."""
    if not JOIN(line, stop_end, quotes_end, next_start):
        return None
    word, _ = T48._word_before48(line, stop_end)
    if word in T48.MONTHS_48 or word in T48.NUMBERS_48:
        return "months_numbers"
    if len(word) == 1:
        return "initials"
    return "place_titles" if word.title() in PLACE_TITLES else "titles"


def variant(kinds: set[str]) -> Callable[[str, int, int, int], bool]:
    return lambda line, s, q, n: kind(line, s, q, n) in kinds


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, tagger.config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


joins: Counter[str] = Counter()  # on every article
for x in st3:
    for line in x.text.split("\n"):
        for m in PM._SENTENCE_END.finditer(line):
            k = kind(line, m.start(), m.end(1), m.end())
            if k:
                joins[k] += 1
ALL = {"titles", "place_titles", "months_numbers", "initials"}
#: name: (the join kinds, on every article (True) or in the courtesy-title house style only (False))
VARIANTS = {"main": (set(), True), "branch": (ALL, False), "every_article": (ALL, True),
            "titles": ({"titles"}, True), "place_titles": ({"place_titles"}, True),
            "months_numbers": ({"months_numbers"}, True), "initials": ({"initials"}, True),
            "no_place_titles": (ALL - {"place_titles"}, True), "no_months": (ALL - {"months_numbers"}, True),
            "titles_initials": ({"titles", "initials"}, True)}
STYLE = PM.courtesy_style48
out: dict = {"joins_in_split": dict(joins), "house_style_articles": sum(STYLE(x.text) for x in st3)}
for name, (kinds, everywhere) in VARIANTS.items():
    PM.joins_name48 = variant(kinds)  # type: ignore[assignment]
    PM.courtesy_style48 = (lambda text: True) if everywhere else STYLE  # type: ignore[assignment]
    out[name] = {"all": figures(st3), "half0": figures(HALVES[0]), "half1": figures(HALVES[1])}
    print(name, json.dumps(out[name]["all"]), "halves SI", out[name]["half0"]["si"], out[name]["half1"]["si"])
PM.courtesy_style48 = STYLE
PM.joins_name48 = JOIN
print("joins in the split's text:", dict(joins))
if a.json:
    a.json.write_text(json.dumps(out, indent=1))
