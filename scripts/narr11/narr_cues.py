"""Round 11 (narr11): the explicit cues as word-start matches, measured on the fold caches of round 8/9 (nested,
every threshold of the shipped rule chosen by the inner CV, lift 1.5 fixed): the caches' ``cued`` columns are
recomputed from the article texts with the cues as this checkout compiles them (``new``), as round 10 compiled
them (``old``: no word boundary, the cue file of git revision OLD_REV), or with no cue (``none``: no cue threshold).
Usage: python scripts/narr11/narr_cues.py FOLDS.pkl [fresh] old|new|none..."""
import json
import pickle
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "roles9"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import narr_decode as D
import narr_fast as F

from spinscope.components import narratives as N
from spinscope.training import semeval2025 as S

OLD_REV = "11f0e3a"
arts_all, _ = S.load_task(Path("/work/shared/data"))
arts = [a for a in arts_all.values() if a.narratives]
texts = [a.text for a in arts]


def counts(kind):
    if kind == "new":
        cues = N.narrative_cues()
    else:
        data = json.loads(subprocess.check_output(
            ["git", "show", f"{OLD_REV}:src/spinscope/resources/semeval2025_narrative_cues.json"]))
        cues = {lab: re.compile("|".join(f"(?:{p})" for p in data[lab]), re.IGNORECASE)
                for lab in N.narrative_taxonomy() if data.get(lab)}
    labels = list(cues)
    out = np.array([[bool(cues[lab].search(t)) for lab in labels] for t in texts])
    return labels, out


def set_cued(a, idx, labels, hits):
    col = {lab: j for j, lab in enumerate(labels)}
    a.cued = np.zeros((len(idx), len(a.coarse_labels)), dtype=bool)
    for j, lab in enumerate(a.coarse_labels):
        if lab in col:
            a.cued[:, j] = hits[idx, col[lab]]


def apply_cues(res, kind):
    labels, hits = counts("old" if kind == "none" else kind)
    print(kind, "articles with a cue:", int(hits.any(axis=1).sum()), "cue hits:", int(hits.sum()), flush=True)
    assert res["ids"] == [a.id for a in arts]
    parts = list(res["outer"]) + ([res["val"]] if "val" in res else [])
    for o in parts:
        tr = np.asarray(o["tr"])
        for (_, te), a in zip(S._folds([arts[i].id for i in tr]), o["inner"], strict=True):
            set_cued(a, tr[te], labels, hits)
        set_cued(o["test"], np.asarray(o["te"]), labels, hits)


if __name__ == "__main__":
    res = pickle.load(open(sys.argv[1], "rb"))
    args = sys.argv[2:]
    fresh = bool(args and args[0] == "fresh")
    for kind in args[1:] if fresh else args:
        apply_cues(res, kind)
        if kind == "none":
            F.select.__defaults__ = ((None,), None)
        D.run(res, "base", fresh)
        F.select.__defaults__ = (S.CUE_THRESHOLDS, None)
