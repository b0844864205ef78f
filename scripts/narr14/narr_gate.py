"""Round 14 (narr14): Other decisions searched inside the inner folds of a fully nested run, on the arrays of
scripts/narr14/cache_folds.py. Every option of a variant is offered to the inner CV beside the shipped rule (its
grid holds the shipped rule's), chosen by the inner out-of-fold objective (coarse + fine samples-F1), then scored on
the outer test articles.

Variants:
  base   the shipped rule: coarse, fine and cue thresholds, Other C and threshold (lift 1.5)
  floor  + t_floor: an article the Other classifier does not veto gets its most probable narrative when that is at
         least t_floor, even under the coarse threshold (the Other decision apart from how many narratives)
  cap    + at most k narratives per article (k 1-3)
  more   + t_more: once a narrative passes the coarse threshold, further narratives are reported from t_more (under
         it): how many narratives an article gets apart from whether it gets any
  dom    + the Other threshold per domain (URW, CC)
  gate   + a learned gate: logistic regression of "the article has a narrative" over the heads' score profile
         (logit P(Other), best and second narrative, their gap, entropy, count over 0.5, domain probability, cues,
         best sub-narrative), cross-fitted over the inner folds; when it says narrative, the best narrative is
         reported with those over the coarse threshold; its threshold by the inner CV
  Variants join with "+" (floor+cap).
Usage: python scripts/narr14/narr_gate.py CACHE.pkl VARIANT..."""
import itertools
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.training import semeval2025 as S

LIFT = 1.5
FLOORS = (None, 0.2, 0.3, 0.4, 0.5)
CAPS = (None, 1, 2, 3)
MORES = (None, 0.2, 0.3, 0.4, 0.5)
GATE_THRESHOLDS = tuple(float(round(t, 2)) for t in np.arange(0.3, 0.76, 0.05))
PROFILE_C = 1.0
#: The Other classifiers of the cache: its C values, or (C, weight) pairs (cache_folds.py with EXTRA).
OTHER_KEYS: list = []


@dataclass
class Part:
    """One fold's arrays as the decision reads them."""

    a: S._FoldArrays
    lifted: np.ndarray
    urw: np.ndarray  # the row's predicted domain is URW
    profile: dict[float, np.ndarray]  # per Other C: the gate's features
    gate: dict[float, np.ndarray]  # per Other C: the gate's P(narrative), filled by fit_gates


def _logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def profile_of(a, lifted, domain_p):
    """The heads' score profile per row and Other C (module docstring)."""
    masked = np.where(a.in_domain, lifted, 0.0)
    top = -np.sort(-masked, axis=1)
    p1, p2 = top[:, 0], top[:, 1] if top.shape[1] > 1 else np.zeros(len(top))
    share = masked / np.maximum(masked.sum(axis=1, keepdims=True), 1e-9)
    entropy = -(share * np.log(np.maximum(share, 1e-9))).sum(axis=1)
    fine_in = np.where((a.parent >= 0)[None, :] & a.in_domain[:, np.maximum(a.parent, 0)], a.fine, 0.0)
    fine_best = fine_in.max(axis=1) if fine_in.shape[1] else np.zeros(len(top))
    base = np.stack([_logit(p1), _logit(p2), p1 - p2, entropy, (masked >= 0.5).sum(axis=1),
                     _logit(domain_p), (a.cued & a.in_domain).sum(axis=1), _logit(fine_best)], axis=1)
    return {c: np.hstack([base, _logit(a.other[c])[:, None]]) for c in a.other}


def part_of(arrays_domain):
    a, domain_p = arrays_domain
    lifted = S._lifted(a, LIFT)
    urw = (a.in_domain & np.array([lab.startswith("URW") for lab in a.coarse_labels])[None, :]).any(axis=1)
    return Part(a, lifted, urw, profile_of(a, lifted, domain_p), {})


def _gate_model(x, y):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=PROFILE_C, max_iter=1000)).fit(x, y)


def _target(part):
    return ~part.a.gold_coarse[:, -1]


def fit_gates(inner, outer):
    """Cross-fitted gate scores on the inner parts; the outer part's from a gate fitted on all inner rows."""
    for c in inner[0].profile:
        for k, part in enumerate(inner):
            rest = [p for j, p in enumerate(inner) if j != k]
            model = _gate_model(np.vstack([p.profile[c] for p in rest]), np.concatenate([_target(p) for p in rest]))
            part.gate[c] = model.predict_proba(part.profile[c])[:, 1]
        model = _gate_model(np.vstack([p.profile[c] for p in inner]), np.concatenate([_target(p) for p in inner]))
        outer.gate[c] = model.predict_proba(outer.profile[c])[:, 1]


def kept_of(part, s):
    """The reported narratives of each row under setting ``s``."""
    a, lifted = part.a, part.lifted
    if s.get("gate") is not None:
        kept = S._kept_coarse(a, lifted, s["tc"], {}, s["tq"], None, None, None)
        says = part.gate[s["gate_c"]] >= s["gate"]
        kept &= says[:, None]
        floor = 0.0
        allowed = says
    else:
        ot = s["ot"]
        if s.get("ot_cc") is not None:
            ot = None
        kept = S._kept_coarse(a, lifted, s["tc"], {}, s["tq"], s["oc"], ot, None)
        allowed = np.ones(len(lifted), dtype=bool)
        if s["oc"] is not None and s.get("ot_cc") is not None:
            row_t = np.where(part.urw, s["ot"], s["ot_cc"])
            allowed = a.other[s["oc"]] < row_t
            kept &= allowed[:, None]
        elif s["oc"] is not None and ot is not None:
            allowed = a.other[s["oc"]] < ot
        floor = s.get("floor")
    if floor is not None:
        masked = np.where(a.in_domain, lifted, -1.0)
        best = masked.argmax(axis=1)
        add = allowed & ~kept.any(axis=1) & (masked.max(axis=1) >= floor)
        kept[np.where(add)[0], best[add]] = True
    if s.get("more") is not None:
        has = kept.any(axis=1)
        kept |= has[:, None] & a.in_domain & (lifted >= s["more"])
    if s.get("cap") is not None:
        order = np.argsort(-np.where(kept, lifted, -1.0), axis=1)
        rank = np.empty_like(order)
        rank[np.arange(len(order))[:, None], order] = np.arange(order.shape[1])[None, :]
        kept &= rank < s["cap"]
    return kept


def settings(variant):
    """Every setting of the variant's grid, the shipped rule's first."""
    parts = set(variant.split("+"))
    others = [(None, None)] + [(c, t) for c in OTHER_KEYS for t in S.OTHER_THRESHOLDS if t is not None]
    out = []
    for tc, tq, (oc, ot) in itertools.product(S.THRESHOLDS, S.CUE_THRESHOLDS, others):
        floors = [f for f in FLOORS if f is None or f < tc] if "floor" in parts else [None]
        caps = CAPS if "cap" in parts else [None]
        mores = [m for m in MORES if m is None or m < tc] if "more" in parts else [None]
        ccs = [None] + ([t for t in S.OTHER_THRESHOLDS if t is not None] if "dom" in parts and oc is not None
                        else [])
        for floor, cap, ot_cc, more in itertools.product(floors, caps, ccs, mores):
            out.append({"tc": tc, "tq": tq, "oc": oc, "ot": ot, "floor": floor, "cap": cap, "ot_cc": ot_cc,
                        "more": more})
    if "gate" in parts:
        for tc, tq, c, g in itertools.product(S.THRESHOLDS, S.CUE_THRESHOLDS, OTHER_KEYS, GATE_THRESHOLDS):
            caps = CAPS if "cap" in parts else [None]
            out.extend({"tc": tc, "tq": tq, "gate_c": c, "gate": g, "cap": cap} for cap in caps)
    return out


def sums(parts, s, fine_thresholds):
    """Coarse F1 summed over the parts' rows, and fine F1 summed per fine threshold."""
    cs, fs = 0.0, np.zeros(len(fine_thresholds))
    for part in parts:
        kept = kept_of(part, s)
        cs += float(S._row_f1(part.a.gold_coarse, part.a.coarse_missing, S._with_none(kept)).sum())
        fs += S._fine_f1(part.a, kept, fine_thresholds).sum(axis=1)
    return cs, fs


def choose(inner, variant):
    """The setting (with its fine threshold) of the best inner out-of-fold objective; ties keep the earlier."""
    n = sum(len(p.lifted) for p in inner)
    fine_thresholds = np.asarray(S.THRESHOLDS)
    best = None
    for s in settings(variant):
        cs, fs = sums(inner, s, fine_thresholds)
        t = int(np.argmax(fs))
        objective = (cs + fs[t]) / n
        if best is None or objective > best[0] + 1e-9:
            best = (objective, {**s, "tf": S.THRESHOLDS[t]})
    return best


def run(cache, variant):
    folds = pickle.loads(Path(cache).read_bytes())["folds"]
    OTHER_KEYS[:] = list(folds[0]["outer"][0].other)
    total_c = total_f = 0.0
    n_total = 0
    rows = []
    for fold in folds:
        inner = [part_of(x) for x in fold["inner"]]
        outer = part_of(fold["outer"])
        if "gate" in variant:
            fit_gates(inner, outer)
        objective, s = choose(inner, variant)
        cs, fs = sums([outer], s, np.array([s["tf"]]))
        n = len(outer.lifted)
        total_c, total_f, n_total = total_c + cs, total_f + float(fs[0]), n_total + n
        chosen = {k: v for k, v in s.items() if v is not None}
        rows.append(f"    fold {len(rows) + 1}: {cs / n:.4f} / {fs[0] / n:.4f} (n {n}; inner {objective:.4f}) {chosen}")
    print(f"{cache} {variant}: {total_c / n_total:.4f} / {total_f / n_total:.4f}")
    print("\n".join(rows), flush=True)


if __name__ == "__main__":
    for v in sys.argv[2:]:
        run(sys.argv[1], v)
