"""narr51: the cross-fitted estimate of scripts/narr51/RULE.md (Hindi narrative recall: a top-label floor and a
Hindi domain-word gate, decoding changes of narr49's joint heads), and the shipped values.

    python scripts/narr51/crossfit.py estimate LEADS_DIR            # five draws, every candidate, paired gains
    python scripts/narr51/crossfit.py final CANDIDATE LEADS_DIR     # t_c, t_o, t_f (and word lists) to ship

LEADS_DIR: narr49's lead vectors (`scripts/narr49/embed_leads.py`; sha256 in `scripts/narr49/inputs.sha256`). The fits,
their nesting and the base decoding are narr49's (`scripts/narr49/crossfit.py`, imported).
"""

import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr49"))
import crossfit as n49

from spinscope.training.semeval2025 import is_validation

SALTS = ("narr49", "narr49b", "narr49c", "narr51d", "narr51e")
TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")
WORDS, MIN_DF = 25, 0.15
CANDIDATES = ("hi49", "hi51floor", "hi51gate", "hi51both")
CG, FG = n49.COARSE_GRID, n49.FINE_GRID
FLOOR_GRID = [round(0.05 + 0.01 * i, 2) for i in range(56)]


def tokens(text):
    return frozenset(t for t in TOKEN.findall(text.lower()) if len(t) >= 2)


def word_lists(rows, toks, gold, names):
    """Per domain, the WORDS words of highest df_P/|P| - df_O/|O| (P: rows with a label of the domain, O: rows with no
    label), among those with df_P/|P| >= MIN_DF and score > 0; ties by the word."""
    out = {}
    other = [r for r in rows if not gold[names[r]][0]]
    for domain in ("URW", "CC"):
        pos = [r for r in rows if any(c.startswith(domain + ":") for c in gold[names[r]][0])]
        dp = Counter(w for r in pos for w in toks[r])
        do = Counter(w for r in other for w in toks[r])
        scored = []
        for w, c in dp.items():
            fp = c / max(len(pos), 1)
            s = fp - do.get(w, 0) / max(len(other), 1)
            if fp >= MIN_DF and s > 0:
                scored.append((-s, w))
        out[domain] = sorted(w for _, w in sorted(scored)[:WORDS])
    return out


def flags_of(rows, toks, lists):
    return [{d: bool(toks[r] & set(lists[d])) for d in ("URW", "CC")} for r in rows]


class Scores:
    """Per article, summed-ready F1 tables: base coarse [n, a], base fine [n, a, b], and the floor's single top label
    (coarse [n], fine [n, b]), the empty answer [n]; the top probability [n]."""

    def __init__(self, d, rows, cp, fp, flags):
        t = n49.Tables([d.names[r] for r in rows], cp, fp, flags, d.gold, d.cl, d.fl)
        self.coarse, self.fine = t.coarse, t.fine
        n = len(rows)
        self.ptop = cp.max(axis=1)
        self.top_c, self.top_f = np.zeros(n), np.zeros((n, len(FG)))
        self.empty = np.array([1.0 if not d.gold[d.names[r]][0] else 0.0 for r in rows])
        self.empty_f = np.array([1.0 if not d.gold[d.names[r]][1] else 0.0 for r in rows])
        fine_of = {label: [k for k in range(len(d.fl)) if d.fl[k].startswith(label + ": ")] for label in d.cl}
        self.named = np.ones(n, dtype=bool)
        for i, r in enumerate(rows):
            g = d.gold[d.names[r]]
            top = d.cl[int(np.argmax(cp[i]))]
            domain = top.split(":", 1)[0].strip()
            if not flags[i][domain]:
                self.named[i] = False
                self.top_c[i], self.top_f[i] = self.empty[i], self.empty_f[i]
                continue
            self.top_c[i] = n49.f1(g[0], frozenset([top]))
            for b, tf in enumerate(FG):
                under = {d.fl[k] for k in fine_of[top] if fp[i][k] >= tf}
                self.top_f[i, b] = n49.f1(g[1], frozenset(under or {f"{top}: Other"}))

    def decide(self, a, o, b):
        """Per-article coarse and fine F1 at grid indices (a, o, b); o None = no floor."""
        above = self.ptop >= CG[a]
        c = self.coarse[:, a].copy()
        f = self.fine[:, a, b].copy()
        if o is not None:
            floor = ~above & (self.ptop >= FLOOR_GRID[o])
            c[floor], f[floor] = self.top_c[floor], self.top_f[floor, b]
        return c, f

    def others(self, a, o):
        """How many articles come out Other (no coarse label kept) at (a, o), the gate included."""
        kept = self.ptop >= CG[a]
        if o is not None:
            kept |= self.ptop >= FLOOR_GRID[o]
        return int((~(kept & self.named)).sum())

    def choose(self, floor):
        """narr51's choice: max summed coarse + fine; ties: no floor, then the higher floor, then narr49's tie."""
        total = self.coarse.sum(axis=0)[:, None] + self.fine.sum(axis=0)  # [a, b], no floor
        cands = [(total[a, b], 0, 0.0, -(abs(CG[a] - n49.REF[0]) + abs(FG[b] - n49.REF[1])), -CG[a], -FG[b], a, None, b)
                 for a in range(len(CG)) for b in range(len(FG))]
        if floor:
            base_f = self.fine.sum(axis=0)  # [a, b]
            for a in range(len(CG)):
                below = self.ptop < CG[a]
                for o, to in enumerate(FLOOR_GRID):
                    if to >= CG[a]:
                        break
                    fl = below & (self.ptop >= to)
                    dc = (self.top_c[fl] - self.coarse[fl, a]).sum()
                    df = (self.top_f[fl] - self.fine[fl, a, :]).sum(axis=0)
                    tot = self.coarse[:, a].sum() + dc + base_f[a] + df
                    for b in range(len(FG)):
                        cands.append((tot[b], -1, to, -(abs(CG[a] - n49.REF[0]) + abs(FG[b] - n49.REF[1])),
                                      -CG[a], -FG[b], a, o, b))
        best = max(c[0] for c in cands)
        tied = [c for c in cands if c[0] >= best - 1e-9]
        pick = max(tied, key=lambda c: c[1:6])
        return pick[6], pick[7], pick[8]


def setup(leads):
    d = n49.Data(leads, "joint")
    toks = []
    for name in d.names:
        toks.append(tokens((n49.DATA / "HI" / "raw-documents" / name).read_text(encoding="utf-8")))
    return d, toks


def fold_scores(d, toks, train, test, gate):
    """Scores of ``test`` decoded by heads fitted on ``train`` (flags: the gate's lists from ``train`` or none)."""
    cp, fp = d.probs(d.fit(train), test)
    flags = flags_of(test, toks, word_lists(train, toks, d.gold, d.names)) if gate else [d.flags[r] for r in test]
    return cp, fp, flags


def estimate(leads):
    d, toks = setup(leads)
    rows = np.arange(len(d.names))
    val = np.array([is_validation(n) for n in d.names])
    results = {}
    for salt in SALTS:
        started = time.time()
        fold = n49.fold_of(d.names, salt, 5)
        out = {c: (np.zeros(len(rows)), np.zeros(len(rows))) for c in CANDIDATES}
        others = {c: 0 for c in CANDIDATES}
        chosen = {c: [] for c in CANDIDATES}
        for k in range(5):
            train, test = rows[fold != k], rows[fold == k]
            inner = n49.fold_of([d.names[r] for r in train], n49.INNER[0], n49.INNER[1])
            parts = []
            for j in range(n49.INNER[1]):
                itr, ite = train[inner != j], train[inner == j]
                cp, fp = d.probs(d.fit(itr), ite)
                gflags = flags_of(ite, toks, word_lists(itr, toks, d.gold, d.names))
                parts.append((ite, cp, fp, gflags))
            order = np.concatenate([p[0] for p in parts])
            icp, ifp = np.vstack([p[1] for p in parts]), np.vstack([p[2] for p in parts])
            cp, fp = d.probs(d.fit(train), test)
            tflags = flags_of(test, toks, word_lists(train, toks, d.gold, d.names))
            for cand in CANDIDATES:
                gate = cand in ("hi51gate", "hi51both")
                floor = cand in ("hi51floor", "hi51both")
                iflags = [f for p in parts for f in p[3]] if gate else [d.flags[r] for r in order]
                a, o, b = Scores(d, order, icp, ifp, iflags).choose(floor)
                s = Scores(d, test, cp, fp, tflags if gate else [d.flags[r] for r in test])
                c, f = s.decide(a, o, b)
                out[cand][0][test], out[cand][1][test] = c, f
                others[cand] += s.others(a, o)
                chosen[cand].append((CG[a], None if o is None else FLOOR_GRID[o], FG[b]))
        bc, bf = out["hi49"]
        print(f"== draw {salt} ({time.time() - started:.0f}s)", flush=True)
        for cand in CANDIDATES:
            c, f = out[cand]
            gc, gf = c - bc, f - bf
            per_fold = [float((gc[fold == k] + gf[fold == k]).sum() / len(rows)) for k in range(5)]
            print(f"   {cand:10s} {c.mean():.4f} / {f.mean():.4f}; gain {gc.mean():+.4f} / {gf.mean():+.4f}; Other "
                  f"{others[cand]} (gold 82); folds >= 0: {sum(x >= 0 for x in per_fold)} "
                  f"{[round(x, 4) for x in per_fold]};"
                  f" validation split {c[val].mean():.4f} / {f[val].mean():.4f}; chosen {chosen[cand]}", flush=True)
            if salt == SALTS[0] and cand != "hi49":
                lo, hi = n49.bootstrap((gc + gf) / 2, seed=51)
                print(f"      bootstrap 90% of (coarse + fine) / 2 gain [{lo:+.4f}, {hi:+.4f}]", flush=True)
            results.setdefault(cand, []).append((c.mean(), f.mean(), gc.mean(), gf.mean()))
    print("== summary (mean over draws)")
    for cand, rs in results.items():
        r = np.array(rs)
        print(f"   {cand:10s} {r[:, 0].mean():.4f} / {r[:, 1].mean():.4f}; gain {r[:, 2].mean():+.4f} / "
              f"{r[:, 3].mean():+.4f}; (c + f) / 2 {((r[:, 2] + r[:, 3]) / 2).mean():+.4f}", flush=True)


def final(cand, leads):
    d, toks = setup(leads)
    rows = np.arange(len(d.names))
    gate = cand in ("hi51gate", "hi51both")
    floor = cand in ("hi51floor", "hi51both")
    fold = n49.fold_of(d.names, "narr49", 5)
    cp, fp = np.zeros((len(rows), len(d.cl))), np.zeros((len(rows), len(d.fl)))
    flags = [None] * len(rows)
    for j in range(5):
        tr, te = rows[fold != j], rows[fold == j]
        cp[te], fp[te] = d.probs(d.fit(tr), te)
        fl = flags_of(te, toks, word_lists(tr, toks, d.gold, d.names)) if gate else [d.flags[r] for r in te]
        for r, f in zip(te, fl, strict=True):
            flags[r] = f
    a, o, b = Scores(d, rows, cp, fp, flags).choose(floor)
    print(f"final {cand}: t_c {CG[a]}, t_o {None if o is None else FLOOR_GRID[o]}, t_f {FG[b]}")
    if gate:
        print("word lists (all 290):", word_lists(rows, toks, d.gold, d.names))


if __name__ == "__main__":
    if sys.argv[1] == "estimate":
        estimate(sys.argv[2])
    else:
        final(sys.argv[2], sys.argv[3])
