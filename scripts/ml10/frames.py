"""Round-10 frames (ST2) check: the nested estimate of scripts/ml9/frames.py (outer folds by article over all
articles; C, threshold, global or per-language thresholds chosen inside by ``train_multilabel_head``) for the
procedure that also chooses the recipe inside: in each outer training part a head is trained per recipe and the
one with the higher out-of-fold score (``report["cv_score"]``, the score that chooses C) predicts the outer fold.

    python scripts/ml10/frames.py lead,mean --store /tmp/ml10/items23.pkl [--json OUT]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import arg, load_items, outer_folds
from multilingual_round8 import predict_frames, quiet, summarize

from spinscope.components.multilingual import features
from spinscope.training.data import FRAMES
from spinscope.training.multilingual import train_multilabel_head

if __name__ == "__main__":
    items = load_items(arg("--caches"), arg("--store") or "/tmp/ml10/items23.pkl")
    rows = [it for it in items if it.frames is not None]
    scored = [it for it in items if it.language != "en"]
    recipes = sys.argv[1].split(",")
    folds = outer_folds([f"{it.language}:{it.id}" for it in rows])
    preds: dict[str, dict[str, Any]] = {r: {} for r in [*recipes, "auto"]}
    chosen = []
    for f in range(5):
        train = [it for it, k in zip(rows, folds, strict=True) if k != f]
        test = [it for it, k in zip(rows, folds, strict=True) if k == f]
        y = np.array([[lab in (it.frames or []) for lab in FRAMES] for it in train])
        g, la = [it.id for it in train], [it.language for it in train]
        trained = {r: train_multilabel_head("frames", FRAMES, r, np.vstack([features(r, it.vectors) for it in train]),
                                            y, g, la, log=quiet) for r in recipes}
        for r, t in trained.items():
            preds[r].update(predict_frames(t.head, test))
        pick = max(recipes, key=lambda r: float(trained[r].report["cv_score"]))
        preds["auto"].update(predict_frames(trained[pick].head, test))
        chosen.append({"pick": pick, **{r: trained[r].report["cv_score"] for r in recipes}})
        print(f"  outer fold {f}: {chosen[-1]}", file=sys.stderr, flush=True)
    out = {r: summarize("st2", scored, p) for r, p in preds.items()}
    for r, v in out.items():
        print(r, json.dumps(v), flush=True)
    out["chosen"] = chosen  # type: ignore[assignment]
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1)
