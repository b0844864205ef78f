"""Round 13 (narr13): nested estimates of `spinscope train narratives`'s procedure (every choice by
select_narratives inside each outer training part) with extra article features, on one partition.

Partitions: r4 (round 4's outer folds, training/semeval2025.py:_folds), fresh (sha1("roles9:" + id) % 5),
val (train on the non-validation articles, test on the 72 validation ones).
Variants: base; both:FILE:W (the features of FILE, times W, appended to the dense row: narrative, domain and Other
classifiers read them); narr:FILE:W (all but the Other classifier); other:FILE:W (the Other classifier alone).
Env LW: the label weight of "base" (default: the training grid's). TMAX: the threshold grid of the search runs
up to this value (default: training/semeval2025.py's).
FILE: an npz of ids and feats (scripts/narr13/transfer_feats.py); columns are standardised on all 319 articles
(no labels read).
Usage: python scripts/narr13/narr_nested.py PARTITION VARIANT..."""
import hashlib
import os
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components import narratives as N
from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
arts_all, _ = S.load_task(DATA)
arts = [a for a in arts_all.values() if a.narratives]
S.embed(arts, cache=Path("/tmp/semeval2025-cache"))
labels = S.label_vectors()
#: The shipped procedure's label weight (round 13: 0.05, the standardised label similarities); "base" is that
#: procedure, the variants append to its dense rows (run at the parent commit, label weight 0, for round 12's).
LABEL_WEIGHT = float(os.environ.get("LW", S.NARRATIVE_GRID["label_weight"][0]))
S.NARRATIVE_GRID = {**S.NARRATIVE_GRID, "label_weight": (LABEL_WEIGHT,)}
texts, base_dense = S.narrative_rows(arts, labels, LABEL_WEIGHT)
ids = [a.id for a in arts]
OTHER_EXTRA: dict[str, np.ndarray] = {}
OTHER_DIM: list[int] = []  # "narr" variants: the Other classifier reads only this many dense columns
_orig_other_features = S._other_features


def _own_dense(dense):
    return dense[:, :OTHER_DIM[0]] if OTHER_DIM else dense


def _extra_block(texts_):
    return np.stack([OTHER_EXTRA[t] for t in texts_]) if OTHER_EXTRA else None


def _other_features(texts_, dense, weight, vectorizer=None):
    extra, dense = _extra_block(texts_), _own_dense(dense)
    return _orig_other_features(texts_, dense if extra is None else np.hstack([dense, extra]), weight, vectorizer)


def _model_other_features(self, texts_, dense):
    vectorizer = self.bundle.get("other_vectorizer")
    if vectorizer is None:
        return None
    extra, dense = _extra_block(texts_), _own_dense(N.without_label_columns(self.bundle, dense))
    return stack_features({"vectorizer": vectorizer, "dense_weight": self.bundle.get("dense_weight", 1.0)},
                          texts_, dense if extra is None else np.hstack([dense, extra]))


S._other_features = _other_features
if os.environ.get("TMAX"):
    S.THRESHOLDS = tuple(float(round(t, 2)) for t in np.arange(0.10, float(os.environ["TMAX"]) + 0.01, 0.05))
N.NarrativeModel.other_features = _model_other_features


def load_extra(path, weight):
    data = np.load(path)
    table = dict(zip(data["ids"].tolist(), data["feats"], strict=True))
    block = np.stack([table[i] for i in ids]).astype(np.float64)
    block = (block - block.mean(0)) / np.maximum(block.std(0), 1e-9)
    return (block * weight).astype(np.float32)


def outer_folds(partition):
    if partition == "r4":
        return S._folds(ids)
    if partition == "fresh":
        fold = np.array([int(hashlib.sha1(f"roles9:{i}".encode()).hexdigest(), 16) % 5 for i in ids])
        return [(np.where(fold != k)[0], np.where(fold == k)[0]) for k in range(5)]
    val = np.array([S.is_validation(i) for i in ids])
    return [(np.where(~val)[0], np.where(val)[0])]


def nested(partition, dense):
    pred = [None] * len(arts)
    test = []
    for tr, te in outer_folds(partition):
        tr_arts, tr_texts = [arts[i] for i in tr], [texts[i] for i in tr]
        params, thresholds, per_label, _ = S.select_narratives(tr_texts, {LABEL_WEIGHT: dense[tr]}, tr_arts, labels,
                                                               lambda _m: None)
        bundle = S._fit_chosen(tr_texts, dense[tr], tr_arts, params, thresholds, per_label, labels)
        for i, found in zip(te, S.predict_narratives(bundle, [texts[i] for i in te], dense[te]), strict=True):
            pred[i] = found
        test.extend(te.tolist())
        print(f"  fold: C {params['C']} thr {thresholds} cue {params.get('cue_threshold')} other "
              f"{params.get('other_C')}@{params.get('other_threshold')}", flush=True)
    return S.score_narratives([arts[i] for i in test], [pred[i] for i in test]), {ids[i]: pred[i] for i in test}


def main():
    partition = sys.argv[1]
    for variant in sys.argv[2:]:
        OTHER_EXTRA.clear()
        OTHER_DIM.clear()
        dense = base_dense
        if variant != "base":
            kind, path, weight = variant.split(":")
            block = load_extra(path, float(weight))
            if kind in ("both", "narr"):
                dense = np.hstack([base_dense, block])
                if kind == "narr":
                    OTHER_DIM.append(base_dense.shape[1])
            else:
                OTHER_EXTRA.update({t: block[k] for k, t in enumerate(texts)})
        t0 = time.time()
        scores, pred = nested(partition, dense)
        tmax = os.environ.get("TMAX", "")
        print(f"{partition} {variant} (TMAX {tmax}): {scores} ({time.time() - t0:.0f} s)", flush=True)
        name = variant.replace("/", "_").replace(":", "_")
        out = Path("/tmp/narr13") / f"pred_{partition}{tmax}_{name}.tsv"
        out.write_text("".join(f"{k}\t{';'.join(c)}\t{';'.join(f)}\n" for k, (c, f) in pred.items()))


if __name__ == "__main__":
    main()
