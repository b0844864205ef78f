"""Shared inputs of the round-15 runs (docs/EVALUATION.md, "Check-worthiness, round 15"): round 14's (its
common.py: the training file, labels, debate groups, group 6's halves and debates, the scoring) and the candidate's
settings, fixed before any run. Intermediates go to $CW15 (default /tmp/cw15); round 14's ($CW14) are read."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))

#: The candidate: LoRA (rank 8, alpha 16, the six linear maps) on all six layers of MiniLM, 96 tokens, 2 epochs over
#: every sentence of the training groups, learning rate 5e-4 for the updates (2e-3 for the head), seed 20240.
TOP_LAYERS, MAX_TOKENS, EPOCHS, LEARNING_RATE, SEED = 6, 96, 2.0, 5e-4, 20240
OUT15 = Path(os.environ.get("CW15", "/tmp/cw15"))
OUT15.mkdir(parents=True, exist_ok=True)
