"""narr48: the per-language threshold choice of scripts/narr48/RULE.md and its cross-fitted estimate.

    python scripts/narr48/crossfit.py hi48 HI PROBS.npz MAIN_PRED.txt
    python scripts/narr48/crossfit.py recal48 BG PROBS.npz MAIN_PRED.txt

PROBS.npz: `dump_probs.py`'s file for the language; MAIN_PRED.txt: main's `predict semeval2025 --subtask 2` file
(the base of hi48; for recal48 it is only checked against the shipped thresholds' decisions).
"""

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from spinscope.training.semeval2025 import is_validation

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / ".." / "shared" / "data" / "semeval2025_task10"
CONFIG = ROOT / "src" / "spinscope" / "resources" / "models" / "multilingual" / "config.json"
NEVER = 1.01
COARSE_GRID = [round(0.05 + 0.01 * i, 2) for i in range(56)] + [NEVER]
FINE_GRID = [round(0.05 + 0.01 * i, 2) for i in range(56)]
SALTS = ("narr48", "narr48b")


def load_tsv(path):
    d = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = line.split("\t")
            d[r[0]] = tuple(frozenset(x.strip() for x in (r[i] if len(r) > i else "").split(";") if x.strip())
                            for i in (1, 2))
    return d


def f1(gold, pred):
    if not gold and not pred:
        return 1.0
    tp = len(gold & pred)
    return 2 * tp / (len(gold) + len(pred)) if tp else 0.0


class Tables:
    """Per article: coarse F1 for each t_c, fine F1 for each (t_c, t_f), and the decided label sets."""

    def __init__(self, probs, gold):
        self.names = [str(x) for x in probs["names"]]
        cl, fl = [str(x) for x in probs["coarse_labels"]], [str(x) for x in probs["fine_labels"]]
        n = len(self.names)
        self.coarse = np.zeros((n, len(COARSE_GRID)))
        self.fine = np.zeros((n, len(COARSE_GRID), len(FINE_GRID)))
        self.sets = {}
        self.kept = []
        for i, name in enumerate(self.names):
            cp, fp = probs["cp"][i], probs["fp"][i]
            best = int(np.argmax(cp))
            domain = cl[best].split(":", 1)[0].strip()
            named = bool(probs["urw"][i] if domain == "URW" else probs["cc"][i])
            order = [int(k) for k in np.argsort(-cp)]
            g = gold[name]
            memo = {}
            self.kept.append([])
            for a, tc in enumerate(COARSE_GRID):
                kept = tuple(cl[k] for k in order if cp[k] >= tc and cl[k].startswith(domain + ":")) if named else ()
                self.kept[i].append(kept)
                cset = frozenset(kept) or frozenset({"Other"})
                self.coarse[i, a] = f1(g[0], cset)
                if kept not in memo:
                    row = []
                    for tf in FINE_GRID:
                        subs = set()
                        for label in kept:
                            under = {fl[k] for k in range(len(fl)) if fp[k] >= tf and fl[k].startswith(label + ": ")}
                            subs |= under or {f"{label}: Other"}
                        fset = frozenset(subs) or frozenset({"Other"})
                        row.append(f1(g[1], fset))
                        self.sets[(i, kept, tf)] = (cset, fset)
                    memo[kept] = row
                self.fine[i, a] = memo[kept]

    def decided(self, i, a, b):
        """(coarse set, fine set) of article ``i`` at the pair of grid indices (a, b)."""
        return self.sets[(i, self.kept[i][a], FINE_GRID[b])]

    def choose(self, rows, ref):
        """(t_c index, t_f index) maximising coarse + fine over ``rows``; ties by distance to ``ref``, then lower."""
        total = self.coarse[rows].sum(axis=0)[:, None] + self.fine[rows].sum(axis=0)
        best = total.max()
        cands = [(abs(COARSE_GRID[a] - ref[0]) + abs(FINE_GRID[b] - ref[1]), COARSE_GRID[a], FINE_GRID[b], a, b)
                 for a, b in zip(*np.where(total >= best - 1e-9), strict=True)]
        _, _, _, a, b = min(cands)
        return int(a), int(b)

    def at(self, rows, a, b):
        return self.coarse[rows, a], self.fine[rows, a, b]

    def index(self, tc, tf):
        return COARSE_GRID.index(tc), FINE_GRID.index(tf)


def folds(names, salt):
    return np.array([int(hashlib.sha1(f"{salt}:{n}".encode()).hexdigest(), 16) % 5 for n in names])


def crossfit(t, rows, salt, ref):
    """Out-of-fold per-article coarse and fine F1 over ``rows`` and the pair chosen for each fold."""
    fold = folds([t.names[r] for r in rows], salt)
    oc, of = np.zeros(len(rows)), np.zeros(len(rows))
    chosen = []
    for k in range(5):
        train, test = rows[fold != k], np.where(fold == k)[0]
        a, b = t.choose(train, ref)
        oc[test], of[test] = t.at(rows[test], a, b)
        chosen.append((COARSE_GRID[a], FINE_GRID[b]))
    return oc, of, chosen, fold


def bootstrap(gain, draws=2000, seed=48):
    rng = np.random.default_rng(seed)
    n = len(gain)
    means = np.array([gain[rng.integers(0, n, n)].mean() for _ in range(draws)])
    return float(np.quantile(means, 0.05)), float(np.quantile(means, 0.95))


def main(mode, lang, probs_path, main_path):
    probs = np.load(probs_path)
    gold = load_tsv(DATA / lang / "subtask-2-annotations.txt")
    t = Tables(probs, gold)
    main_pred = load_tsv(main_path)
    heads = json.loads(CONFIG.read_text(encoding="utf-8"))["heads"]
    code = lang.lower()
    shipped = (heads["narratives"]["language_thresholds"].get(code, heads["narratives"]["threshold"]),
               heads["subnarratives"]["language_thresholds"].get(code, heads["subnarratives"]["threshold"]))
    if mode == "hi48":
        rows = np.arange(len(t.names))
        ref = (0.25, 0.20)
        base_c = np.array([f1(gold[n][0], main_pred[n][0]) for n in t.names])
        base_f = np.array([f1(gold[n][1], main_pred[n][1]) for n in t.names])
        base_name = "main (English model)"
    else:
        rows = np.array([i for i, n in enumerate(t.names) if is_validation(n)])
        ref = shipped
        a, b = t.index(*shipped)
        base_c, base_f = t.at(rows, a, b)
        base_name = f"shipped thresholds {shipped}"
        # the shipped thresholds' decisions against main's file (every article of the language)
        differ = [n for i, n in enumerate(t.names) if t.decided(i, a, b) != main_pred[n]]
        print(f"   reproduction: shipped thresholds vs main's file, {len(differ)} of {len(t.names)} articles differ")
    print(f"== {mode} {lang}: {len(rows)} articles; base = {base_name}")
    print(f"   base coarse / fine {base_c.mean():.4f} / {base_f.mean():.4f}")
    gains1 = None
    for salt in SALTS:
        oc, of, chosen, fold = crossfit(t, rows, salt, ref)
        gc, gf = oc - base_c, of - base_f
        per_fold = [float((gc[fold == k] + gf[fold == k]).sum() / len(rows)) for k in range(5)]
        print(f"   draw {salt}: cross-fitted {oc.mean():.4f} / {of.mean():.4f}; gain coarse {gc.mean():+.4f} "
              f"fine {gf.mean():+.4f}; pairs chosen {chosen}")
        print(f"      per-fold (coarse + fine) gain, share of the total: {[round(x, 4) for x in per_fold]}; "
              f"folds >= 0: {sum(x >= 0 for x in per_fold)}")
        if gains1 is None:
            gains1 = (gc + gf) / 2
    lo, hi = bootstrap(gains1)
    print(f"   draw 1: per-article gain (coarse + fine) / 2 mean {gains1.mean():+.4f}, "
          f"90% bootstrap [{lo:+.4f}, {hi:+.4f}]")
    a, b = t.choose(rows, ref)
    c, f = t.at(rows, a, b)
    print(f"   chosen on all {len(rows)}: ({COARSE_GRID[a]}, {FINE_GRID[b]}) in-sample {c.mean():.4f} / {f.mean():.4f}"
          " (diagnostic)")
    for label, pair in (("global (0.25, 0.2)", (0.25, 0.2)), ("english (0.33, 0.48)", (0.33, 0.48)),
                        (f"shipped {shipped}", shipped)):
        if pair[1] in FINE_GRID and pair[0] in COARSE_GRID:
            c, f = t.at(rows, *t.index(*pair))
            print(f"   diagnostic at {label}: {c.mean():.4f} / {f.mean():.4f}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
