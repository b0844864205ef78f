"""The attribution layer's own evidence as genre features (English rows), through the h.py harness:
share of sentences overlapping an attribution found by attributions.v1, and share overlapping a direct quote
(kind direct or mixed). Other languages' rows carry their regular-expression attributed and quote shares in those
columns (standardized within their language). Needs `spinscope analyze DIR --format jsonl --components
language.v1,segment.v1,attributions.v1` of the English training files (/tmp/genre8/en_attr.jsonl) and of polnear
(/tmp/genre8/pn_attr.jsonl)."""
import json, os, sys, pickle, time, numpy as np
import h
def shares(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line); a = r["article"]
        sents = [(s["start"], s["end"]) for s in a["sentences"]] or [(0, len(a["text"]))]
        spans = [(x["start"], x["end"], x["kind"]) for x in r["attributions"]]
        att = np.mean([any(p < e and q > s for p, q, _ in spans) for s, e in sents])
        dq = np.mean([any(p < e and q > s for p, q, k in spans if k in ("direct", "mixed")) for s, e in sents])
        out[os.path.basename(a["source"])] = (att, dq)
    return out
E = shares("/tmp/genre8/en_attr.jsonl"); P = shares("/tmp/genre8/pn_attr.jsonl")
en = np.array([E[f"article{i}.txt"] for i in h.ids], dtype=float)
pn = np.array([P[os.path.basename(f)] for f in h.P["files"]], dtype=float)
print("EN layer share mean", en.mean(0).round(3), "corr with regex attributed / quote share",
      np.corrcoef(en[:, 0], h.RAW[:, 1])[0, 1].round(3), np.corrcoef(en[:, 1], h.RAW[:, 0])[0, 1].round(3))
mode = sys.argv[2] if len(sys.argv) > 2 else "add"
def zc(m, ref): return np.clip((m - ref.mean(0)) / (ref.std(0) + 1e-3), -h.CLIP, h.CLIP)
ZA, PA = zc(en, en), zc(pn, en)
OA = np.vstack([h.OX[l][:, [1, 0]] for l in h.LANGS])
if mode == "add":      # two more columns
    h.ZE = np.hstack([h.ZE, ZA]); h.PZ = np.hstack([h.PZ, PA]); h.OZ = np.hstack([h.OZ, OA])
else:                  # replace the regex attributed (1) and quote (0) shares on English rows
    h.ZE = h.ZE.copy(); h.ZE[:, [1, 0]] = ZA; h.PZ = h.PZ.copy(); h.PZ[:, [1, 0]] = PA
recipes = json.loads(sys.argv[1])
for name, r in recipes.items():
    t0 = time.time()
    res = {k: f(r) for k, f in (("late", h.late_loo), ("kf", h.kfold), ("pn", h.polnear))}
    pickle.dump(dict(r=r, res=res), open(f"/tmp/genre8/res_{name}.pkl", "wb"))
    h.report(name, r, res); print("   ", round(time.time() - t0), "s", flush=True)
