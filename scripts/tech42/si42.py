"""ST3 / PTC SI / TC on the validation split (the figures of ``spinscope eval techniques``, from saved tagger scores:
``python scripts/tech40/val_scores.py /tmp/tech42/val_scores.npz``) without and with round 42's fragment rule
(``techniques42.fragment_fix``, which ``training.techniques.evaluate`` applies as techniques.v1 does), on the whole
split and its two ``fold_of``-parity halves; and how many of the tagger's spans (after round 41's rule) and of the
sentences showing paragraph labels are fragments, dropped or trimmed, per part and label, and how many a gold span
of their own label overlaps. ``python scripts/tech42/si42.py SCORES.npz [--json OUT]``. Counts only, no text."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spinscope.training.techniques as T
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.techniques41 import reported_frame
from spinscope.components.techniques42 import crosses_closing_quote, fragment_fix
from spinscope.training.data import TECHNIQUES, load_semeval2023, split_articles

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
for name, rule in (("tech41", lambda _t, s, e: (s, e)), ("rule42", fragment_fix)):
    T.fragment_fix = rule  # type: ignore[assignment]
    out[name] = {"all": figures(st3), "half0": figures(halves[0]), "half1": figures(halves[1])}
thr = T.span_thresholds(TECHNIQUES, config["span_thresholds"])
hits: Counter[str] = Counter()
for x in st3:
    found = [(s, e, TECHNIQUES[k]) for s, e, k, _ in
             T.extract_spans(x.text, scores[x.id], TECHNIQUES, thr,
                             one_word_thresholds=T.one_word_thresholds(TECHNIQUES, thr),
                             sentence_labels=T.sentence_level(TECHNIQUES))]
    found = [f for f in found if not reported_frame(x.text, *f)]
    added = T.lexicon_additions(x.text, [(p.start, p.end) for p in x.lines],
                                T.lexicon_parts(config.get("lexicon", False)), found)
    rule = T.incitement_additions(x.text, [(p.start, p.end) for p in x.lines], found + added)
    sentences = T.label_sentences(x, scores[x.id], config, found + added + rule)
    for part, spans in (("tagger", found), ("sentence", sentences)):
        for s, e, label in spans:
            hits[f"{part} spans"] += 1
            fixed = fragment_fix(x.text, s, e)
            if fixed == (s, e):
                continue
            kind = "a" if crosses_closing_quote(x.text, s, e) else "b"
            action = "dropped" if fixed is None else "trimmed"
            right = any(g.technique == label and g.start < e and s < g.end for g in x.spans)
            hits[f"{part} {kind} {action}"] += 1
            hits[f"{part} {kind} {action} right"] += right
            hits[f"{part} {label} {action}"] += 1
out["articles"] = [len(st3), len(halves[0]), len(halves[1])]
out["fragments"] = dict(sorted(hits.items()))
print(json.dumps(out, indent=1))
if a.json:
    a.json.write_text(json.dumps(out, indent=1) + "\n")
