"""Round 24 (narr24): explicit cues mined from the training articles' labelled narratives (scripts/narr24/RULE.md),
judged by round 17's two-stage nested choice (scripts/narr17/levers.py) on a fold cache of the shipped procedure
(scripts/narr22/cache_n22.py OUTER ship). Only the ``cued`` matrix of each inner and outer part changes; the cues of
a part are mined from that part's training articles alone.

Variants: base (the cache as is: hand cues), union (hand OR mined), union+cueover (union, and round 17's cueover
override offered in the second stage), mined (mined alone; a diagnostic).
Saves per-article rows (base = the shipped rule on the cache as is, var = the variant) for scripts/narr16/pooled.py
and prints per fold and per release batch.
Usage: python scripts/narr24/cues.py CACHE.pkl VARIANT OUT.npz
       python scripts/narr24/cues.py --show CACHE.pkl [validated]   (the cues mined from all the cache's articles)"""

import dataclasses
import pickle
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
import levers as L
from cache_n22 import batch
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
MIN_POS, MIN_PREC, MIN_BATCHES, MAX_CUES = 3, 0.6, 2, 40
TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*")
BREAK = re.compile(r"[.!?;:\n]")


def phrases(text):
    """The article's word 2-4-grams (not crossing a sentence break) with a content word at each end."""
    out = set()
    for chunk in BREAK.split(text.lower()):
        toks = TOKEN.findall(chunk)
        for n in (2, 3, 4):
            for i in range(len(toks) - n + 1):
                if toks[i] not in ENGLISH_STOP_WORDS and toks[i + n - 1] not in ENGLISH_STOP_WORDS:
                    out.add(" ".join(toks[i:i + n]))
    return out


def domain_of_id(article_id):
    return "CC" if article_id.startswith("EN_CC_") else "URW"


def mine(train, ids, grams, gold):
    """``{narrative: [cue, ...]}`` from the articles ``train`` (RULE.md)."""
    cues = {}
    for dom in ("URW", "CC"):
        members = [i for i in train if domain_of_id(ids[i]) == dom]
        every = Counter(g for i in members for g in grams[i])
        labels = sorted({n for i in members for n in gold[i] if n.startswith(dom + ":")})
        for lab in labels:
            pos = [i for i in members if lab in gold[i]]
            count = Counter(g for i in pos for g in grams[i])
            batches = defaultdict(set)
            for i in pos:
                for g in grams[i]:
                    batches[g].add(batch(ids[i]))
            found = [(c, c / (every[g] + 1), g) for g, c in count.items()
                     if c >= MIN_POS and c / (every[g] + 1) >= MIN_PREC and len(batches[g]) >= MIN_BATCHES]
            found.sort(key=lambda t: (-t[0], -t[1], t[2]))
            if found:
                cues[lab] = [g for _, _, g in found[:MAX_CUES]]
    return cues


def validated(train, ids, grams, gold, min_right=2, min_prec=0.5):
    """The mined cues of ``train`` (:func:`mine`) that hold on release batches their mining did not see
    (RULE.md, addendum): per batch b of ``train``, cues mined without b are matched on b's articles."""
    cues = mine(train, ids, grams, gold)
    hits, right = Counter(), Counter()
    groups = defaultdict(list)
    for i in train:
        groups[batch(ids[i])].append(i)
    for b, members in groups.items():
        rest = [i for i in train if batch(ids[i]) != b]
        for lab, found in mine(rest, ids, grams, gold).items():
            found = set(found)
            for i in members:
                for g in grams[i] & found:
                    hits[(lab, g)] += 1
                    right[(lab, g)] += lab in gold[i]
    return {lab: kept for lab, found in cues.items()
            if (kept := [g for g in found if right[(lab, g)] >= min_right
                         and right[(lab, g)] >= min_prec * hits[(lab, g)]])}


def mined_cued(a, test, cues, grams):
    """The part's cued matrix from the mined cues (columns: the part's coarse labels)."""
    out = np.zeros((len(test), len(a.coarse_labels)), dtype=bool)
    for j, lab in enumerate(a.coarse_labels):
        wanted = set(cues.get(lab, ()))
        if wanted:
            out[:, j] = [bool(grams[i] & wanted) for i in test]
    return out


def with_cued(arrays, cued):
    a, dom = arrays
    return (dataclasses.replace(a, cued=cued), dom)


def load(ids):
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in ids]
    return [phrases(a.text) for a in arts], [set(a.narratives) for a in arts]


def swap(arrays, train, test, ids, grams, gold, variant):
    a = arrays[0]
    assert a.cued.shape[0] == len(test)
    if variant == "base":
        return arrays
    cues = validated(train, ids, grams, gold) if variant == "validated" else mine(train, ids, grams, gold)
    m = mined_cued(a, test, cues, grams)
    return with_cued(arrays, m if variant == "mined" else a.cued | m)


def main():
    if sys.argv[1] == "--show":
        data = pickle.loads(Path(sys.argv[2]).read_bytes())
        ids = data["ids"]
        grams, gold = load(ids)
        pick = validated if sys.argv[3:] == ["validated"] else mine
        for lab, cues in pick(list(range(len(ids))), ids, grams, gold).items():
            print(f"{lab} ({len(cues)}): {'; '.join(cues)}")
        return
    cache, variant, out = sys.argv[1], sys.argv[2], sys.argv[3]
    assert variant in ("base", "union", "union+cueover", "mined", "validated")
    lever = "cueover" if variant.endswith("cueover") else "base"
    cue_variant = variant.split("+")[0]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    grams, gold = load(ids)
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    cued_share = []
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        splits = S._folds([ids[i] for i in tr])
        assert len(splits) == len(fold["inner"])
        inner_base = [L.prepare(x, "base") for x in fold["inner"]]
        inner_var = [L.prepare(swap(x, tr[itr], tr[ite], ids, grams, gold, cue_variant), lever)
                     for x, (itr, ite) in zip(fold["inner"], splits, strict=True)]
        outer_base = L.prepare(fold["outer"], "base")
        outer_var = L.prepare(swap(fold["outer"], tr, te, ids, grams, gold, cue_variant), lever)
        cued_share.append((outer_base.a.cued.any(axis=1).mean(), outer_var.a.cued.any(axis=1).mean()))
        _, (_, shipped) = L.choose(inner_base, "base")
        (_, chosen), _ = L.choose(inner_var, lever)
        bc, bf = L.outer_rows(outer_base, shipped)
        vc, vf = L.outer_rows(outer_var, chosen)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        groups = "+".join(sorted({batch(ids[i]) for i in te}))
        print(f"  fold {k} ({groups}, {len(te)}): shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / "
              f"{vf.mean():.4f}; cued articles {cued_share[-1][0]:.2f} -> {cued_share[-1][1]:.2f}; chosen "
              f"{chosen} (shipped {shipped}) {time.time() - t0:.0f} s", flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    for g, idx in sorted(by.items()):
        idx = np.array(idx)
        print(f"  {g}: {len(idx)} shipped {rows['base_c'][idx].mean():.4f} / {rows['base_f'][idx].mean():.4f} -> "
              f"{rows['var_c'][idx].mean():.4f} / {rows['var_f'][idx].mean():.4f}")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(24)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} {variant} {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
