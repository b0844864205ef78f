"""Round 24 (narr24), a diagnostic that decides nothing: how explicit the cues are on articles their mining never
saw. Per outer fold of a fold cache, the hand-written cues (the cache's outer ``cued`` matrix) and the cues mined
from the outer training part (scripts/narr24/cues.py, RULE.md) are matched on the outer test articles; pooled over
the folds, per cue source (also the validated cues of RULE.md's addendum): cued (article, narrative) pairs per
article, their precision (the article's gold holds the narrative), the recall of gold narratives, and the share of
cued pairs on gold-Other articles.
With --per-narrative: the hand-written cues alone, per narrative, over every outer test article of the cache
(fixed cues: no mining involved), with their precision per release batch.
Usage: python scripts/narr24/cue_quality.py [--per-narrative] CACHE.pkl..."""

import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cues as C


def per_narrative(cache):
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    rows = {}
    for fold in data["folds"]:
        a = fold["outer"][0]
        for j, lab in enumerate(a.coarse_labels):
            for r, i in enumerate(fold["test"]):
                if a.cued[r, j] or a.gold_coarse[r, j]:
                    rows.setdefault(lab, []).append((C.batch(ids[i]), bool(a.cued[r, j]), bool(a.gold_coarse[r, j])))
    for lab, found in sorted(rows.items()):
        cued = [(b, g) for b, c, g in found if c]
        right = sum(g for _, g in cued)
        gold = sum(g for _, _, g in found)
        per = {}
        for b, g in cued:
            per.setdefault(b, []).append(g)
        batches = " ".join(f"{b} {sum(v)}/{len(v)}" for b, v in sorted(per.items()))
        print(f"{lab}: cued {len(cued)}, precision {right / max(len(cued), 1):.2f}, recall {right}/{gold}; {batches}")


def main():
    if sys.argv[1] == "--per-narrative":
        for cache in sys.argv[2:]:
            per_narrative(cache)
        return
    for cache in sys.argv[1:]:
        data = pickle.loads(Path(cache).read_bytes())
        ids = data["ids"]
        grams, gold = C.load(ids)
        # per cue source: cued pairs, right ones, those on gold-Other articles, gold pairs
        tally = {k: np.zeros(4) for k in ("hand", "mined", "union", "validated", "hand+validated")}
        articles = 0
        for fold in data["folds"]:
            tr, te = fold["train"], fold["test"]
            a = fold["outer"][0]
            mined = C.mined_cued(a, te, C.mine(tr, ids, grams, gold), grams)
            valid = C.mined_cued(a, te, C.validated(tr, ids, grams, gold), grams)
            truth = a.gold_coarse[:, :-1]  # the fold's coarse labels; the last column is Other
            other = a.gold_coarse[:, -1]
            for name, cued in (("hand", a.cued), ("mined", mined), ("union", a.cued | mined), ("validated", valid),
                               ("hand+validated", a.cued | valid)):
                tally[name] += [cued.sum(), (cued & truth).sum(), cued[other].sum(), truth.sum()]
            articles += len(te)
        for name, (n, right, on_other, positives) in tally.items():
            print(f"{Path(cache).stem} {name}: {n / articles:.2f} cued narratives per article, precision "
                  f"{right / max(n, 1):.3f}, recall {right / max(positives, 1):.3f}, on gold-Other articles "
                  f"{on_other / max(n, 1):.3f}")


if __name__ == "__main__":
    main()
