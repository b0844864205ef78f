"""narr49: the cross-fitted estimate of scripts/narr49/RULE.md (Hindi narrative heads that see Hindi in training),
and the shipped heads' fit.

    python scripts/narr49/crossfit.py estimate joint|own LEADS_DIR MAIN_PRED.txt   # the three outer draws
    python scripts/narr49/crossfit.py final joint|own LEADS_DIR OUT.npz              # the heads to ship

LEADS_DIR: `embed_leads.py`'s hi_lead.npz (and bg/en/pt/ru_lead.npz for joint). MAIN_PRED.txt: main's `predict
semeval2025 --subtask 2` file for HI (the base: every article Other). The decoding and scoring tables are narr48's
(`scripts/narr48/crossfit.py` on branch narr48, class `Tables`), copied here with the grid of the rule.
"""

import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.narrative_domains import names_domain
from spinscope.training.multilingual import fit_multilabel
from spinscope.training.semeval2025 import is_validation

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / ".." / "shared" / "data" / "semeval2025_task10"
CONFIG = ROOT / "src" / "spinscope" / "resources" / "models" / "multilingual" / "config.json"
NEVER = 1.01
COARSE_GRID = [round(0.05 + 0.01 * i, 2) for i in range(56)] + [NEVER]
FINE_GRID = [round(0.05 + 0.01 * i, 2) for i in range(56)]
REF = (0.25, 0.20)
C_COARSE, C_FINE = 0.003, 0.01
SALTS = ("narr49", "narr49b", "narr49c")
INNER = ("narr49in", 3)


def load_tsv(path):
    d = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = line.split("\t")
            d[r[0]] = tuple(frozenset(x.strip() for x in (r[i] if len(r) > i else "").split(";")
                                      if x.strip() and x.strip() != "Other") for i in (1, 2))
    return d


def f1(gold, pred):
    if not gold and not pred:
        return 1.0
    tp = len(gold & pred)
    return 2 * tp / (len(gold) + len(pred)) if tp else 0.0


def fold_of(names, salt, k):
    return np.array([int(hashlib.sha1(f"{salt}:{n}".encode()).hexdigest(), 16) % k for n in names])


class Tables:
    """Per article: coarse F1 for each t_c and fine F1 for each (t_c, t_f) (narr48's, "Other" as the empty set)."""

    def __init__(self, names, cp, fp, flags, gold, cl, fl):
        n = len(names)
        self.coarse = np.zeros((n, len(COARSE_GRID)))
        self.fine = np.zeros((n, len(COARSE_GRID), len(FINE_GRID)))
        self.decided = {}
        fine_of = {label: [k for k in range(len(fl)) if fl[k].startswith(label + ": ")] for label in cl}
        for i, name in enumerate(names):
            best = int(np.argmax(cp[i]))
            domain = cl[best].split(":", 1)[0].strip()
            named = flags[i][domain]
            order = [int(k) for k in np.argsort(-cp[i])]
            g = gold[name]
            memo = {}
            for a, tc in enumerate(COARSE_GRID):
                kept = tuple(cl[k] for k in order if cp[i][k] >= tc and cl[k].startswith(domain + ":")) if named else ()
                self.coarse[i, a] = f1(g[0], frozenset(kept))
                if kept not in memo:
                    row = []
                    for tf in FINE_GRID:
                        subs = set()
                        for label in kept:
                            under = {fl[k] for k in fine_of[label] if fp[i][k] >= tf}
                            subs |= under or {f"{label}: Other"}
                        row.append(f1(g[1], frozenset(subs)))
                    memo[kept] = row
                self.fine[i, a] = memo[kept]

    def choose(self):
        total = self.coarse.sum(axis=0)[:, None] + self.fine.sum(axis=0)
        best = total.max()
        cands = [(abs(COARSE_GRID[a] - REF[0]) + abs(FINE_GRID[b] - REF[1]), COARSE_GRID[a], FINE_GRID[b], a, b)
                 for a, b in zip(*np.where(total >= best - 1e-9), strict=True)]
        _, _, _, a, b = min(cands)
        return int(a), int(b)


class Data:
    def __init__(self, leads, candidate):
        hi = np.load(Path(leads) / "hi_lead.npz")
        self.names = [str(x) for x in hi["names"]]
        self.x = hi["lead"].astype(np.float64)
        self.gold = load_tsv(DATA / "HI" / "subtask-2-annotations.txt")
        self.flags = []
        for name in self.names:
            text = (DATA / "HI" / "raw-documents" / name).read_text(encoding="utf-8")
            self.flags.append({d: names_domain(text, d, "hi") for d in ("URW", "CC")})
        heads = json.loads(CONFIG.read_text(encoding="utf-8"))["heads"]
        cl, fl = list(heads["narratives"]["labels"]), list(heads["subnarratives"]["labels"])
        cl += sorted({c for g in self.gold.values() for c in g[0]} - set(cl))
        fl += sorted({f for g in self.gold.values() for f in g[1]} - set(fl))
        self.cl, self.fl = cl, fl
        self.yc = np.array([[lab in self.gold[n][0] for lab in cl] for n in self.names], dtype=int)
        self.yf = np.array([[lab in self.gold[n][1] for lab in fl] for n in self.names], dtype=int)
        self.ox = np.zeros((0, self.x.shape[1]))
        self.oyc = np.zeros((0, len(cl)), dtype=int)
        self.oyf = np.zeros((0, len(fl)), dtype=int)
        if candidate == "joint":
            xs, ycs, yfs = [], [], []
            for lang in ("bg", "en", "pt", "ru"):
                d = np.load(Path(leads) / f"{lang}_lead.npz")
                gold = load_tsv(DATA / lang.upper() / "subtask-2-annotations.txt")
                for name, vec in zip(d["names"], d["lead"], strict=True):
                    aid = str(name)
                    if aid not in gold or is_validation(aid):  # the id is the file name, as load_task gives it
                        continue
                    xs.append(vec)
                    ycs.append([lab in gold[aid][0] for lab in cl])
                    yfs.append([lab in gold[aid][1] for lab in fl])
            self.ox, self.oyc, self.oyf = np.array(xs, dtype=np.float64), np.array(ycs, int), np.array(yfs, int)
        print(f"   {candidate}: {len(self.names)} HI rows, {len(self.ox)} other-language rows, "
              f"{len(cl)} coarse / {len(fl)} fine labels", flush=True)

    def fit(self, rows):
        x = np.vstack([self.ox, self.x[rows]])
        c = fit_multilabel(x, np.vstack([self.oyc, self.yc[rows]]), C_COARSE)
        f = fit_multilabel(x, np.vstack([self.oyf, self.yf[rows]]), C_FINE)
        return c, f

    def probs(self, heads, rows):
        c, f = heads
        z = self.x[rows]
        return 1 / (1 + np.exp(-(z @ c.weight.T + c.bias))), 1 / (1 + np.exp(-(z @ f.weight.T + f.bias)))

    def tables(self, rows, cp, fp):
        return Tables([self.names[r] for r in rows], cp, fp, [self.flags[r] for r in rows], self.gold, self.cl, self.fl)

    def thresholds(self, rows, salt=INNER[0], k=INNER[1]):
        """(t_c, t_f) grid indices chosen on k-fold out-of-fold probabilities of ``rows``."""
        fold = fold_of([self.names[r] for r in rows], salt, k)
        cp = np.zeros((len(rows), len(self.cl)))
        fp = np.zeros((len(rows), len(self.fl)))
        for j in range(k):
            heads = self.fit(rows[fold != j])
            cp[fold == j], fp[fold == j] = self.probs(heads, rows[fold == j])
        return self.tables(rows, cp, fp).choose()


def bootstrap(gain, draws=2000, seed=49):
    rng = np.random.default_rng(seed)
    n = len(gain)
    means = np.array([gain[rng.integers(0, n, n)].mean() for _ in range(draws)])
    return float(np.quantile(means, 0.05)), float(np.quantile(means, 0.95))


def estimate(candidate, leads, main_path):
    d = Data(leads, candidate)
    main_pred = load_tsv(main_path)
    base_c = np.array([f1(d.gold[n][0], main_pred[n][0]) for n in d.names])
    base_f = np.array([f1(d.gold[n][1], main_pred[n][1]) for n in d.names])
    print(f"== {candidate}: base (main) coarse / fine {base_c.mean():.4f} / {base_f.mean():.4f}", flush=True)
    rows = np.arange(len(d.names))
    val = np.array([is_validation(n) for n in d.names])
    for s, salt in enumerate(SALTS):
        started = time.time()
        fold = fold_of(d.names, salt, 5)
        oc, of = np.zeros(len(rows)), np.zeros(len(rows))
        chosen = []
        for k in range(5):
            train, test = rows[fold != k], rows[fold == k]
            a, b = d.thresholds(train)
            cp, fp = d.probs(d.fit(train), test)
            t = d.tables(test, cp, fp)
            oc[test], of[test] = t.coarse[:, a], t.fine[:, a, b]
            chosen.append((COARSE_GRID[a], FINE_GRID[b]))
        gc, gf = oc - base_c, of - base_f
        per_fold = [float((gc[fold == k] + gf[fold == k]).sum() / len(rows)) for k in range(5)]
        print(f"   draw {salt}: cross-fitted {oc.mean():.4f} / {of.mean():.4f}; gain coarse {gc.mean():+.4f} "
              f"fine {gf.mean():+.4f}; pairs chosen {chosen} ({time.time() - started:.0f}s)", flush=True)
        print(f"      per-fold (coarse + fine) gain, share of the total: {[round(x, 4) for x in per_fold]}; "
              f"folds >= 0: {sum(x >= 0 for x in per_fold)}", flush=True)
        print(f"      diagnostic: the {val.sum()} validation-split articles {oc[val].mean():.4f} / {of[val].mean():.4f}"
              f" (base {base_c[val].mean():.4f} / {base_f[val].mean():.4f})", flush=True)
        if s == 0:
            lo, hi = bootstrap((gc + gf) / 2)
            print(f"   draw 1: per-article gain (coarse + fine) / 2 mean {((gc + gf) / 2).mean():+.4f}, "
                  f"90% bootstrap [{lo:+.4f}, {hi:+.4f}]", flush=True)


def final(candidate, leads, out):
    d = Data(leads, candidate)
    rows = np.arange(len(d.names))
    a, b = d.thresholds(rows, "narr49", 5)
    c, f = d.fit(rows)
    cp, fp = d.probs((c, f), rows)
    t = d.tables(rows, cp, fp)
    print(f"   final {candidate}: thresholds ({COARSE_GRID[a]}, {FINE_GRID[b]}); in-sample {t.coarse[:, a].mean():.4f}"
          f" / {t.fine[:, a, b].mean():.4f} (diagnostic)", flush=True)
    np.savez(out, cw=c.weight, cb=c.bias, fw=f.weight, fb=f.bias, cl=np.array(d.cl), fl=np.array(d.fl),
             tc=COARSE_GRID[a], tf=FINE_GRID[b])


if __name__ == "__main__":
    if sys.argv[1] == "estimate":
        estimate(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        final(sys.argv[2], sys.argv[3], sys.argv[4])
