"""Round 23 (narr23): (a) and (b) of scripts/narr23/RULE.md for one candidate. The candidate's rows
(scripts/narr23/pair_c.py: OUTDIR/P_CAND.npz) are paired with the shipped procedure's rows of round 22 on the same
partition (lobo: /tmp/narr22/lobo_ginner.npz, ctrl K: /tmp/narr22/ctrlK.npz, n15 / n19 / n20:
/tmp/narr22/P_ginner.npz; their "base" rows) and written as OUTDIR/P_CAND_paired.npz for scripts/narr16/pooled.py.
Usage: python scripts/narr23/decide.py CAND [OUTDIR]"""

import sys
from pathlib import Path

import numpy as np

CTRL = ["ctrl", "ctrl2", "ctrl3", "ctrl4", "ctrl5", "ctrl6"]
RANDOM = ["n15", "n19", "n20"]
BASE = {"lobo": "lobo_ginner", **{c: c for c in CTRL}, **{p: f"{p}_ginner" for p in RANDOM}}


def paired(part, cand, outdir):
    base = np.load(f"/tmp/narr22/{BASE[part]}.npz")
    var = np.load(outdir / f"{part}_{cand}.npz")
    assert base["ids"].tolist() == var["ids"].tolist()
    rows = {
        "ids": base["ids"],
        "gold_other": base["gold_other"],
        "base_c": base["base_c"],
        "base_f": base["base_f"],
        "base_o": base["base_o"],
        "var_c": var["base_c"],
        "var_f": var["base_f"],
        "var_o": var["base_o"],
    }
    np.savez(outdir / f"{part}_{cand}_paired.npz", **rows)
    return rows


def main():
    cand = sys.argv[1]
    outdir = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/narr23")
    gains = {}
    for part in ["lobo", *CTRL, *RANDOM]:
        if not (outdir / f"{part}_{cand}.npz").exists():
            print(f"{part}: not measured")
            continue
        r = paired(part, cand, outdir)
        g = (r["var_c"] - r["base_c"], r["var_f"] - r["base_f"])
        gains[part] = (g[0].mean(), g[1].mean())
        rng = np.random.default_rng(23)
        draws = rng.integers(0, len(g[0]), size=(2000, len(g[0])))
        ci = [np.percentile(x[draws].mean(axis=1), [2.5, 97.5]) for x in g]
        print(
            f"{part}: shipped {r['base_c'].mean():.4f} / {r['base_f'].mean():.4f} -> {cand} {r['var_c'].mean():.4f} / "
            f"{r['var_f'].mean():.4f}; gain {g[0].mean():+.4f} [{ci[0][0]:+.4f}, {ci[0][1]:+.4f}] / "
            f"{g[1].mean():+.4f} [{ci[1][0]:+.4f}, {ci[1][1]:+.4f}]; called Other {r['base_o'].mean():.3f} -> "
            f"{r['var_o'].mean():.3f} (gold {r['gold_other'].mean():.3f})"
        )
    ctrl = np.array([gains[c] for c in CTRL if c in gains])
    if "lobo" in gains and len(ctrl) == len(CTRL):
        bar = np.maximum(0.005, 2 * ctrl.std(axis=0, ddof=1))
        lobo = np.array(gains["lobo"])
        print(
            f"(a) lobo gain {lobo[0]:+.4f} / {lobo[1]:+.4f}; bar (max(0.005, 2 sd of the six control gains)) "
            f"{bar[0]:.4f} / {bar[1]:.4f}; control gains mean {ctrl[:, 0].mean():+.4f} / {ctrl[:, 1].mean():+.4f}; "
            f"(a) {'passes' if (lobo > bar).all() else 'fails'}"
        )
    else:
        print("(a) unmeasured")
    print("(b): python scripts/narr16/pooled.py " + " ".join(str(outdir / f"{p}_{cand}_paired.npz") for p in RANDOM))


if __name__ == "__main__":
    main()
