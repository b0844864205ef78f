"""Round-11 frames (ST2) check: scripts/ml10/frames.py (nested over all articles, C, threshold and global or
per-language thresholds chosen inside by ``train_multilabel_head``, the recipe chosen inside by its out-of-fold score)
with the block ``meanxl``: the mean vector's first K principal components (fitted on every frame article's mean
vector, no labels) in the slot of the article's language.

    python scripts/ml11/frames.py mean,mean+meanxl [--k 16] [--store /tmp/ml10/items23.pkl] [--json OUT]
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
from multilingual_round8 import quiet, summarize

from spinscope.components.multilingual import features
from spinscope.training.data import FRAMES
from spinscope.training.multilingual import train_multilabel_head, vector_projection


def predict(head: Any, items: list[Any]) -> dict[str, set[str]]:
    out = {}
    for it in items:
        probs = head.scores(head.rows(it.vectors))[0]
        out[f"{it.language}:{it.id}"] = {head.labels[k] for k in head.chosen(probs, it.language)}
    return out


if __name__ == "__main__":
    items = load_items(None, arg("--store") or "/tmp/ml10/items23.pkl")
    for it in items:  # the round-10 store predates ArticleVectors.language
        it.vectors.language = it.language
    rows = [it for it in items if it.frames is not None]
    scored = [it for it in items if it.language != "en"]
    recipes = sys.argv[1].split(",")
    projection = vector_projection(np.stack([it.vectors.mean for it in rows]), int(arg("--k") or 16))
    folds = outer_folds([f"{it.language}:{it.id}" for it in rows])
    preds: dict[str, dict[str, Any]] = {r: {} for r in [*recipes, "auto"]}
    chosen = []
    for f in range(5):
        train = [it for it, k in zip(rows, folds, strict=True) if k != f]
        test = [it for it, k in zip(rows, folds, strict=True) if k == f]
        y = np.array([[lab in (it.frames or []) for lab in FRAMES] for it in train])
        g, la = [it.id for it in train], [it.language for it in train]
        trained = {}
        for r in recipes:
            proj = projection if "meanxl" in r.split("+") else None
            trained[r] = train_multilabel_head("frames", FRAMES, r, np.vstack([features(r, it.vectors, proj)
                                                                              for it in train]), y, g, la, log=quiet)
            trained[r].head.projection = proj
            preds[r].update(predict(trained[r].head, test))
        pick = max(recipes, key=lambda r: float(trained[r].report["cv_score"]))
        preds["auto"].update(predict(trained[pick].head, test))
        chosen.append({"pick": pick, **{r: trained[r].report["cv_score"] for r in recipes}})
        print(f"  outer fold {f}: {chosen[-1]}", file=sys.stderr, flush=True)
    out = {r: summarize("st2", scored, p) for r, p in preds.items()}
    for r, v in out.items():
        print(r, json.dumps(v), flush=True)
    out["chosen"] = chosen  # type: ignore[assignment]
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1)
