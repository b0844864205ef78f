"""Round 25 (narr25), part B of RULE.md: fine samples-F1 of the predict_article path at sub-narrative support bars,
from the records of scripts/narr25/support_cache.py. A sub-narrative whose best sentence scores under the bar is
dropped; a narrative left with none gets "<narrative>: Other" (as predict_article). Per bar: coarse / fine
samples-F1 (official samples_f1 per article), and the reported sub-narratives (not "<narrative>: Other") per article,
their precision and recall against the gold. With --rows BAR OUT.npz: per-article rows, base = SUPPORT_MIN 0.1 (the
shipped bar), var = BAR, for scripts/narr16/pooled.py.
Usage: python scripts/narr25/support_bar.py RECORDS.json... [--rows BAR OUT.npz]"""

import json
import sys
from pathlib import Path

import numpy as np

from spinscope.training.semeval2025 import samples_f1

BARS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
SHIPPED = 0.1


def decide(rec, bar):
    if rec.get("neither") or not rec["narratives"]:
        return ["Other"], ["Other"]
    fine = []
    for lab in rec["narratives"]:
        kept = [f for f, _, s in rec["subs"].get(lab, []) if s is None or s >= bar]
        fine += kept or [f"{lab}: Other"]
    return rec["narratives"], fine


def rows(records, ids, bar):
    c, f = [], []
    for i in ids:
        rec = records[i]
        pc, pf = decide(rec, bar)
        c.append(samples_f1([rec["gold_coarse"]], [pc]))
        f.append(samples_f1([rec["gold_fine"]], [pf]))
    return np.array(c), np.array(f)


def main():
    args = sys.argv[1:]
    rows_out = None
    if "--rows" in args:
        k = args.index("--rows")
        rows_out = (float(args[k + 1]), args[k + 2])
        args = args[:k] + args[k + 3 :]
    for path in args:
        data = json.loads(Path(path).read_text())
        records, ids = data["records"], data["ids"]
        for bar in BARS:
            c, f = rows(records, ids, bar)
            n = right = gold = 0
            for i in ids:
                _, pf = decide(records[i], bar)
                real = [x for x in pf if not x.endswith(": Other") and x != "Other"]
                g = [x for x in records[i]["gold_fine"] if not x.endswith(": Other") and x != "Other"]
                n += len(real)
                right += len(set(real) & set(g))
                gold += len(set(g))
            print(
                f"{Path(path).stem} bar {bar:.1f}: coarse {c.mean():.4f} fine {f.mean():.4f}; sub-narratives "
                f"reported {n / len(ids):.2f} per article, precision {right / max(n, 1):.3f}, recall "
                f"{right / max(gold, 1):.3f}"
            )
        if rows_out is not None:
            bar, out = rows_out
            bc, bf = rows(records, ids, SHIPPED)
            vc, vf = rows(records, ids, bar)
            d = vf - bf
            rng = np.random.default_rng(25)
            means = d[rng.integers(0, len(ids), size=(2000, len(ids)))].mean(axis=1)
            print(
                f"{Path(path).stem} bar {bar} against {SHIPPED}: fine {bf.mean():.4f} -> {vf.mean():.4f} gain "
                f"{d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, {np.percentile(means, 97.5):+.4f}]"
            )
            np.savez(out, ids=np.array(ids), base_c=bc, base_f=bf, var_c=vc, var_f=vf)


if __name__ == "__main__":
    main()
