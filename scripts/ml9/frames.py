"""Round-9 frames (ST2) check: the nested estimate of scripts/multilingual_round8.py (outer folds by article over
all articles; C, threshold, global or per-language thresholds chosen inside by ``train_multilabel_head``) for
frame recipes reading the lead, the mean of all paragraph vectors, or both.

    python scripts/ml9/frames.py lead,mean,lead+mean [--json OUT]
"""
from __future__ import annotations

import json
import sys

from common import arg, load_items

from multilingual_round8 import nested_multilabel, predict_frames, summarize
from spinscope.training.data import FRAMES
from spinscope.training.multilingual import micro_f1

if __name__ == "__main__":
    items = load_items(arg("--caches"), arg("--store") or "/tmp/ml9/items23.pkl")
    rows = [it for it in items if it.frames is not None]
    scored = [it for it in items if it.language != "en"]
    out = {}
    for recipe in sys.argv[1].split(","):
        pred = nested_multilabel("frames", FRAMES, recipe, rows, lambda it: it.frames or [], micro_f1, predict_frames)
        out[recipe] = summarize("st2", scored, pred)
        print(recipe, json.dumps(out[recipe]), flush=True)
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1)
