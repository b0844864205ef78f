"""PTC SI and ST3 on the validation split from saved tagger scores (``val_scores.py``), the figures of
``spinscope eval techniques`` (``training.techniques.evaluate``), with the model's config:
``python scripts/tech40/si_check.py /tmp/tech40/val_scores.npz [--json OUT]``. Also counts how many of the 446
labelled English articles (train and validation) have a single scored paragraph (where round 40's rule can fire)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from spinscope.components.persuasion import TechniqueSpans
from spinscope.training.data import load_semeval2023, split_articles
from spinscope.training.techniques import evaluate, load_scores

ap = argparse.ArgumentParser()
ap.add_argument("scores", type=Path)
ap.add_argument("--json", type=Path)
a = ap.parse_args()
train, val = split_articles(load_semeval2023(Path("../shared/data")))
st3 = [x for x in val if x.paragraph_labels is not None]
tagger = TechniqueSpans().tagger
assert tagger is not None
report = evaluate(st3, load_scores(a.scores), tagger.config)
labelled = [x for x in train + val if x.paragraph_labels is not None]
one = sum(1 for x in labelled if len([p for p in x.lines if p.end > p.start]) <= 1)
out = {"st3_micro": report["st3"]["micro"], "ptc_si": report["ptc_si"], "ptc_tc": report["ptc_tc"]["micro"],
       "sentence_findings": report["span_precision"]["sentence"], "model_spans": report["span_precision"]["model"],
       "single_paragraph_articles_of_446": [one, len(labelled)]}
print(json.dumps({k: out[k] for k in ("st3_micro", "ptc_si", "ptc_tc", "single_paragraph_articles_of_446")}))
if a.json:
    a.json.write_text(json.dumps(out, indent=1))
