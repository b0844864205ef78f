"""ST3 / PTC SI / TC on the validation split (the figures of ``spinscope eval techniques``, from saved tagger scores:
``python scripts/tech40/val_scores.py /tmp/tech41/val_scores.npz``) with and without round 41's rule
(``techniques41.reported_frame``, which ``training.techniques.evaluate`` applies as techniques.v1 does):
``python scripts/tech41/si_rule.py /tmp/tech41/val_scores.npz [--json OUT]``. Also SI on the two halves of the split
(``fold_of`` parity), and per label the tagger spans the rule removes, how many a gold span of their own label
overlaps (right) and how many any PTC gold span overlaps; and the same for Doubt, which the rule keeps. Counts and
figures only, no text."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.techniques41 import REPORTED_SPEECH_41, reported_frame
from spinscope.training.data import SEMEVAL2023_TO_PTC, TECHNIQUES, load_semeval2023, split_articles

ap = argparse.ArgumentParser()
ap.add_argument("scores", type=Path)
ap.add_argument("--json", type=Path)
a = ap.parse_args()
_, val = split_articles(load_semeval2023(Path("../shared/data")))
st3 = [x for x in val if x.paragraph_labels is not None]
scores = T.load_scores(a.scores)
tagger = TechniqueSpans().tagger
assert tagger is not None
config = tagger.config


def figures(articles: list) -> dict:
    r = T.evaluate(articles, scores, config)
    return {"st3": r["st3"]["micro"]["f1"], "si": r["ptc_si"]["f1"], "si_p": r["ptc_si"]["precision"],
            "si_r": r["ptc_si"]["recall"], "tc": r["ptc_tc"]["micro"]["f1"]}


out: dict = {}
halves = [[x for x in st3 if T.fold_of(x.id) % 2 == h] for h in (0, 1)]
for name, rule in (("main", lambda *_: False), ("rule", reported_frame)):
    T.reported_frame = rule  # type: ignore[assignment]
    out[name] = {"all": figures(st3), "half0": figures(halves[0]), "half1": figures(halves[1])}
thr = T.span_thresholds(TECHNIQUES, config["span_thresholds"])
removed: Counter[str] = Counter()
for x in st3:
    for s, e, k, _ in T.extract_spans(x.text, scores[x.id], TECHNIQUES, thr,
                                      one_word_thresholds=T.one_word_thresholds(TECHNIQUES, thr),
                                      sentence_labels=T.sentence_level(TECHNIQUES)):
        label = TECHNIQUES[k]
        if not (reported_frame(x.text, s, e, label) or (label == "Doubt" and REPORTED_SPEECH_41.search(x.text[s:e]))):
            continue
        removed[f"{label} spans"] += 1
        removed[f"{label} right"] += any(g.technique == label and g.start < e and s < g.end for g in x.spans)
        removed[f"{label} any PTC gold"] += any(g.technique in SEMEVAL2023_TO_PTC and g.start < e and s < g.end
                                                for g in x.spans)
out["articles"] = [len(st3), len(halves[0]), len(halves[1])]
out["reported_speech_spans"] = dict(sorted(removed.items()))
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
