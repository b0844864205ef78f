"""Round 47 (narr47): step 1 and step 2 figures of scripts/narr47/RULE.md from `predict semeval2025 --subtask 2`
files of main. Usage: python scripts/narr47/measure.py PRED_DIR [SIDE_MIN] (PRED_DIR holds main_<L>.txt).
Prints labels and counts only, never article text."""

import sys
from collections import Counter
from pathlib import Path

import side47 as side

from spinscope.training.semeval2025 import samples_f1

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "semeval2025_task10"
if not DATA.exists():
    DATA = Path("/work/shared/data/semeval2025_task10")
LANGS = ["EN", "RU", "BG", "PT", "HI"]


def read(path):
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, coarse, fine = line.split("\t")
            out[name] = ([c for c in coarse.split(";") if c], [f for f in fine.split(";") if f])
    return out


def gate(text, coarse, fine):
    c, f = side.side_gate(text, coarse), side.side_gate(text, fine)
    if c == coarse:
        return coarse, fine
    return (c, f) if c else (["Other"], ["Other"])


def main():
    pred_dir = Path(sys.argv[1])
    if len(sys.argv) > 2:
        side.SIDE_MIN = int(sys.argv[2])
    pooled = {"g": [], "gf": [], "b": [], "bf": [], "a": [], "af": []}
    removed_true = removed_false = 0
    for lang in LANGS:
        pfile = pred_dir / f"main_{lang}.txt"
        if not pfile.exists():
            print(lang, "no predictions")
            continue
        pred, gold = read(pfile), read(DATA / lang / "subtask-2-annotations.txt")
        names = sorted(gold)
        false_side, true_side, gold_of_false = Counter(), Counter(), Counter()
        fired = 0
        rows = {"g": [], "gf": [], "b": [], "bf": [], "a": [], "af": []}
        for n in names:
            gc, gf = gold[n]
            pc, pf = pred[n]
            gold_side = {c for c in gc if c in side.PRO_RUSSIAN}
            for c in pc:
                if c in side.PRO_RUSSIAN:
                    if gold_side:
                        true_side[c] += 1
                    else:
                        false_side[c] += 1
            if not gold_side and any(c in side.PRO_RUSSIAN for c in pc):
                gold_of_false.update(set(gc))  # the gold repeats a narrative once per sub-narrative
            text = (DATA / lang / "raw-documents" / n).read_text(encoding="utf-8")
            ac, af = gate(text, pc, pf)
            if ac != pc:
                fired += 1
                for c in set(pc) - set(ac):
                    if c in gc:
                        removed_true += 1
                    else:
                        removed_false += 1
            for k, v in (("g", gc), ("gf", gf), ("b", pc), ("bf", pf), ("a", ac), ("af", af)):
                rows[k].append(v)
        for k in pooled:
            pooled[k] += rows[k]
        b = (samples_f1(rows["g"], rows["b"]), samples_f1(rows["gf"], rows["bf"]))
        a = (samples_f1(rows["g"], rows["a"]), samples_f1(rows["gf"], rows["af"]))
        print(f"== {lang}: {len(names)} documents; gate fired on {fired}")
        print(f"   main  coarse/fine {b[0]:.4f} / {b[1]:.4f}; gated {a[0]:.4f} / {a[1]:.4f}; "
              f"gain {a[0]-b[0]:+.4f} / {a[1]-b[1]:+.4f}")
        for c in sorted(side.PRO_RUSSIAN):
            print(f"   {c}: predicted on no-P-gold docs {false_side[c]}, on docs whose gold has it {true_side[c]}")
        print("   gold of the false-side documents:", dict(gold_of_false.most_common()))
    b = (samples_f1(pooled["g"], pooled["b"]), samples_f1(pooled["gf"], pooled["bf"]))
    a = (samples_f1(pooled["g"], pooled["a"]), samples_f1(pooled["gf"], pooled["af"]))
    print(f"== pooled {len(pooled['g'])}: main {b[0]:.4f} / {b[1]:.4f}; gated {a[0]:.4f} / {a[1]:.4f}; "
          f"gain {a[0]-b[0]:+.4f} / {a[1]-b[1]:+.4f}; removed P labels: gold has them {removed_true}, "
          f"gold lacks them {removed_false}")


if __name__ == "__main__":
    main()
