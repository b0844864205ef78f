"""Round 8 (docs/EVALUATION.md, "Multilingual, round 8"). Run from the project root:
    python scripts/ml8/tech_exp.py CACHE_DIR 0.001 NAME   -> /tmp/ml8_tech_NAME_0.001.npz
Techniques head, C fixed, threshold chosen out of fold on training paragraphs: OOF and validation per language,
with the orig cache (leads) or the cache with every paragraph of the Polish training articles."""
import sys, warnings, time
import numpy as np
warnings.filterwarnings("ignore")
sys.path.insert(0, "scripts")
from multilingual_round8 import load
from spinscope.training.multilingual import technique_rows, fit_multilabel, sigmoid, micro_f1, best_threshold, folds_of
cache = sys.argv[1]; c = float(sys.argv[2]) if len(sys.argv) > 2 else 0.001
mode = sys.argv[3] if len(sys.argv) > 3 else "all"
i23, _ = load(cache)
tr_items = [it for it in i23 if not it.validation and it.paragraphs]
x, y, g, l = technique_rows(tr_items); l = np.array(l)
xv, yv, gv, lv = technique_rows([it for it in i23 if it.validation and it.paragraphs]); lv = np.array(lv)
print("rows", len(x), {k: int((l == k).sum()) for k in sorted(set(l))}, flush=True)
t = time.time()
f = folds_of(g); p = np.zeros(y.shape)
for k in range(5):
    m = fit_multilabel(x[f != k], y[f != k].astype(int), c); p[f == k] = sigmoid(x[f == k] @ m.weight.T + m.bias)
th, s = best_threshold(y, p)
m = fit_multilabel(x, y.astype(int), c); pv = sigmoid(xv @ m.weight.T + m.bias)
langs = sorted(set(lv))
print(f"C={c} threshold {th} oof {s:.3f}", {k: round(micro_f1(y[l == k], p[l == k] >= th), 3) for k in langs},
      "| val", round(micro_f1(yv, pv >= th), 3), {k: round(micro_f1(yv[lv == k], pv[lv == k] >= th), 3) for k in langs}, f"[{time.time()-t:.0f}s]", flush=True)
# per-language thresholds, nested (chosen on 4/5 of the language's training rows), and on validation
for k in langs:
    own = best_threshold(y[l == k], p[l == k])[0]
    print(f"  {k}: own threshold {own}: val {micro_f1(yv[lv == k], pv[lv == k] >= own):.3f} vs global {micro_f1(yv[lv == k], pv[lv == k] >= th):.3f}")
np.savez(f"/tmp/ml8_tech_{mode}_{c}.npz", p=p, pv=pv, l=l, lv=lv, y=y, yv=yv)
