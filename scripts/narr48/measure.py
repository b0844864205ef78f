"""narr48 step 1: per language, subtask-2 samples-F1 (official semantics of ../shared/eval/score.py st25-2) and the
precision / recall balance of a prediction file, on every article and on the validation split alone
(``training.semeval2025.is_validation``: the articles the multilingual heads were not fitted on).

    python scripts/narr48/measure.py PRED_DIR PREFIX    # reads PRED_DIR/PREFIX<L>.txt for L in EN BG PT RU HI
"""

import sys
from pathlib import Path

from spinscope.training.semeval2025 import is_validation

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "semeval2025_task10"
LANGS = ("EN", "BG", "PT", "RU", "HI")


def load(path):
    d = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = line.split("\t")
        d[r[0]] = tuple({x.strip() for x in (r[i] if len(r) > i else "").split(";") if x.strip()} for i in (1, 2))
    return d


def figures(gold, pred, names, level):
    """samples F1, P, R (empty/empty = 1), labels a document predicted / gold, share predicted Other / gold Other."""
    f1s, ps, rs, npred, ngold, po, go = [], [], [], 0, 0, 0, 0
    for k in names:
        g, p = gold[k][level], pred.get(k, (set(), set()))[level]
        tp = len(g & p)
        if not g and not p:
            f1, pr, rc = 1.0, 1.0, 1.0
        else:
            pr = tp / len(p) if p else 0.0
            rc = tp / len(g) if g else 0.0
            f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        f1s.append(f1)
        ps.append(pr)
        rs.append(rc)
        npred += len(p)
        ngold += len(g)
        po += p == {"Other"}
        go += g == {"Other"}
    n = len(names)
    return (f"F1 {sum(f1s) / n:.4f} P {sum(ps) / n:.4f} R {sum(rs) / n:.4f} labels/doc pred {npred / n:.2f} "
            f"gold {ngold / n:.2f} Other pred {po / n:.3f} gold {go / n:.3f}")


def main(pred_dir, prefix):
    for lang in LANGS:
        path = Path(pred_dir) / f"{prefix}{lang}.txt"
        if not path.exists():
            continue
        gold = load(DATA / lang / "subtask-2-annotations.txt")
        pred = load(path)
        every = sorted(gold)
        val = [k for k in every if is_validation(k)]
        for part, names in (("all", every), ("validation", val)):
            for level, name in ((0, "coarse"), (1, "fine")):
                print(f"{lang} {part:10s} n={len(names):3d} {name:6s} {figures(gold, pred, names, level)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
