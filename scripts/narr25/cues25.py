"""Round 25 (narr25): the written cues of scripts/narr25/new_cues.json ADDED to the hand cues (RULE.md, part A),
judged by round 17's two-stage nested choice on a fold cache of the shipped procedure, as round 24's
scripts/narr24/cues.py (only the ``cued`` matrix of each inner and outer part changes; the cues are fixed, so no
part's training articles are read for them).
Variants: base (the cache as is), cues25 (both narratives' additions), inst, blame (one narrative's additions),
cues25w (RULE.md addendum 1: cues25 and scripts/narr25/new_cues_w.json).
Usage: python scripts/narr25/cues25.py CACHE.pkl VARIANT OUT.npz
       python scripts/narr25/cues25.py --quality CACHE.pkl [VARIANT]
       (precision of the new cues on the outer test articles)"""

import dataclasses
import json
import os
import pickle
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
import levers as L
from cache_n22 import batch

from spinscope.components.narratives import CUE_START
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
NEW = json.loads((Path(__file__).resolve().parent / "new_cues.json").read_text())
NEW_W = json.loads((Path(__file__).resolve().parent / "new_cues_w.json").read_text())  # addendum 1
NEW.update({k: v for k, v in NEW_W.items() if not k.startswith("_")})
WEST = "URW: Discrediting the West, Diplomacy"
DOWN = "CC: Downplaying climate change"
SCIENCE = "CC: Questioning the measurements and science"
INST = "CC: Criticism of institutions and authorities"
BLAME = "URW: Blaming the war on others rather than the invader"
VARIANTS = {
    "base": (),
    "cues25": (INST, BLAME),
    "inst": (INST,),
    "blame": (BLAME,),
    "cues25w": (INST, BLAME, WEST, DOWN, SCIENCE),
}


def patterns(labels):
    return {lab: re.compile("|".join(f"{CUE_START}(?:{p})" for p in NEW[lab]), re.IGNORECASE) for lab in labels}


def new_matches(texts, labels):
    """``{narrative: bool array over texts}``: a new cue of the narrative matches the text."""
    return {lab: np.array([bool(rx.search(t)) for t in texts]) for lab, rx in patterns(labels).items()}


def swap(arrays, test, hits):
    a, dom = arrays
    cued = a.cued.copy()
    for j, lab in enumerate(a.coarse_labels):
        if lab in hits:
            cued[:, j] |= hits[lab][test]
    return (dataclasses.replace(a, cued=cued), dom)


def quality(cache, variant=None):
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(DATA)
    texts = [arts_all[i].text for i in ids]
    gold = [set(arts_all[i].narratives) for i in ids]
    labels = VARIANTS[variant] if variant else (INST, BLAME)
    hits = new_matches(texts, labels)
    for lab in labels:
        test = np.concatenate([f["test"] for f in data["folds"]])
        m = [i for i in test if hits[lab][i]]
        right = [i for i in m if lab in gold[i]]
        per = defaultdict(list)
        for i in m:
            per[batch(ids[i])].append(lab in gold[i])
        pos = sum(lab in g for g in gold)
        print(
            f"{Path(cache).stem} {lab}: new cues match {len(m)}, precision {len(right) / max(len(m), 1):.2f}, "
            f"recall {len(right)}/{pos}; " + " ".join(f"{b} {sum(v)}/{len(v)}" for b, v in sorted(per.items()))
        )
        for k, p in enumerate(NEW[lab]):
            rx = re.compile(f"{CUE_START}(?:{p})", re.IGNORECASE)
            mm = [i for i in test if rx.search(texts[i])]
            print(f"    cue {k + 1}: {len(mm)} articles, {sum(lab in gold[i] for i in mm)} right")


def main():
    if sys.argv[1] == "--quality":
        args = sys.argv[2:]
        variant = args.pop() if args[-1] in VARIANTS else None
        for cache in args:
            quality(cache, variant)
        return
    cache, variant, out = sys.argv[1], sys.argv[2], sys.argv[3]
    labels = VARIANTS[variant]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(DATA)
    hits = new_matches([arts_all[i].text for i in ids], labels)
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        splits = S._folds([ids[i] for i in tr])
        assert len(splits) == len(fold["inner"])
        inner_base = [L.prepare(x, "base") for x in fold["inner"]]
        inner_var = [
            L.prepare(swap(x, tr[ite], hits), "base") for x, (_, ite) in zip(fold["inner"], splits, strict=True)
        ]
        outer_base = L.prepare(fold["outer"], "base")
        outer_var = L.prepare(swap(fold["outer"], te, hits), "base")
        share = (outer_base.a.cued.any(axis=1).mean(), outer_var.a.cued.any(axis=1).mean())
        _, (_, shipped) = L.choose(inner_base, "base")
        # FIXED=1 (a diagnostic, decides nothing): the variant keeps the shipped choice, so only the outer cues act
        _, (_, chosen) = (None, (None, shipped)) if os.environ.get("FIXED") else L.choose(inner_var, "base")
        bc, bf = L.outer_rows(outer_base, shipped)
        vc, vf = L.outer_rows(outer_var, chosen)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        groups = "+".join(sorted({batch(ids[i]) for i in te}))
        print(
            f"  fold {k} ({groups}, {len(te)}): shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / "
            f"{vf.mean():.4f}; cued articles {share[0]:.2f} -> {share[1]:.2f}; chosen {chosen} (shipped "
            f"{shipped}) {time.time() - t0:.0f} s",
            flush=True,
        )
    np.savez(out, ids=np.array(ids), **rows)
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    for g, idx in sorted(by.items()):
        idx = np.array(idx)
        print(
            f"  {g}: {len(idx)} shipped {rows['base_c'][idx].mean():.4f} / {rows['base_f'][idx].mean():.4f} -> "
            f"{rows['var_c'][idx].mean():.4f} / {rows['var_f'][idx].mean():.4f}"
        )
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(25)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(
            f"{cache} {variant} {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
            f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
            f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
