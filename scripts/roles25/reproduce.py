"""Round 25 (roles25): the shipped code's attribution tokens (round 24's set A, now
`components/semeval2025.py:ArticleAttributions` read by the window-block models of `predict semeval2025 --subtask 1`)
against round 24's script, then the fresh confirmation.

Stages:
* ``tokens``: the 560 mentions' tokens from the shipped code (`training.semeval2025.attribution_rows`: the layers
  run live on the raw texts) against round 24's `scripts/roles24/article_side.py:entity_tokens` on its dumped layers
  (`scripts/roles24/dump_layers.py`); reports how many rows differ (expected: none).
* ``repro``: base (the shipped blend without the tokens) and A (the rows carrying the shipped tokens, fitted by the
  shipped `fit_roles`, scored by the shipped `RoleModel.predict_features`, the `main_e5` / `main_sub_e5` blend) on
  round 24's second-rule partitions `roles24d00`-`d07`. CHECK (written before the run): every partition's base equal
  to round 24's `second.json` and A's mean within 0.002 of its 0.7739 (D +0.0080).
* ``fresh``: the same on eight partitions never used, sha1("roles25e00" ... "roles25e07" + ":" + id) % 5.
  RULE (committed before this stage's run, the task's rule): **ship iff D >= 0** (D: mean over the eight partitions
  of accuracy(A) - accuracy(base) on the 560 mentions); the 90% paired article bootstrap (round 20's, 2,000 draws,
  default_rng(20)) is reported beside it and decides nothing.

Usage: python scripts/roles25/reproduce.py STAGE ROWS.pkl E5_CACHE LAYERS.json DATA_DIR OUT.json
(ROWS.pkl: scripts/roles11/build_rows.py; E5_CACHE: scripts/roles9/embed_mentions.py; LAYERS.json:
scripts/roles24/dump_layers.py; the tokens are cached beside OUT as tokens.json.)
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
sys.path.insert(0, "scripts/roles24")
sys.path.insert(0, "scripts/roles14")
from article_side import Article, entity_tokens, load_cache  # type: ignore[import-not-found]
from augment import bootstrap  # type: ignore[import-not-found]

from spinscope.components.multilingual import text_key
from spinscope.components.roles import RoleModel
from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, mention_window, surface_mentions
from spinscope.training import semeval2025 as S


def main() -> None:
    stage, rows_path, cache_dir, layers_path, data_dir, out_path = sys.argv[1:7]
    with open(rows_path, "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    folder = S.language_dir(Path(data_dir), "EN")
    texts = S.read_articles(folder / "raw-documents")
    tok_path = Path(out_path).parent / "tokens.json"
    if tok_path.is_file():
        shipped = json.loads(tok_path.read_text())
    else:
        t0 = time.process_time()
        arts = {a: S.TaskArticle(id=a, text=texts[a]) for a in {m.article for m in mentions}}
        shipped = S.attribution_rows(arts, mentions)
        print(f"tokens: {len(arts)} articles, {time.process_time() - t0:.1f} s CPU", flush=True)
        tok_path.write_text(json.dumps(shipped))
    report: dict = {"stage": stage}
    if stage == "tokens":
        layers = json.loads(Path(layers_path).read_text())
        objs = {a: Article(texts[a], layers[a]) for a in {m.article for m in mentions}}
        old = [" ".join(entity_tokens(objs[m.article], surface_mentions(texts[m.article], m.start, m.end))[1])
               for m in mentions]
        diff = [i for i, (a, b) in enumerate(zip(old, shipped, strict=True)) if a != b]
        report.update({"rows": len(mentions), "differ": len(diff),
                       "examples": [{"old": old[i], "shipped": shipped[i]} for i in diff[:5]]})
        print(json.dumps(report, indent=1))
        Path(out_path).write_text(json.dumps(report, indent=1) + "\n")
        return
    if stage == "repro":
        tags = [f"roles24d{k:02d}" for k in range(8)]
    elif stage == "fresh":
        tags = [f"roles25e{k:02d}" for k in range(8)]
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    cache = load_cache(cache_dir)
    e5 = np.stack([cache[text_key(mention_window(texts[m.article], m.start, m.end, m.entity))]
                   for m in mentions]).astype(np.float32)
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    plain = RoleRows(rows.lexical, rows.dense, rows.context, rows.numbers)
    with_a = RoleRows(rows.lexical, rows.dense, rows.context, rows.numbers, list(shipped))
    right: dict[str, dict[str, np.ndarray]] = {}
    t0 = time.time()
    for tag in tags:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out = {v: np.zeros((len(mentions), 3)) for v in ("base", "A")}
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            for v, rv in (("base", plain), ("A", with_a)):
                fit = S.fit_roles(rv.take(list(tr)), [mentions[i] for i in tr], params, fine=False, windows=e5[tr])
                if v == "A":
                    assert "context_vectorizer_att" in fit.bundle
                # fit_roles(fine=False) has no fine model: a stand-in, never read for the main role
                b = dict(fit.bundle, fine=fit.bundle["main"], fine_labels=list(MAIN_ROLES))
                out[v][te] = RoleModel(bundle=b).predict_features(rv.take(list(te)), e5[te])[0]
        right[tag] = {v: (names[o.argmax(1)] == gold).astype(float) for v, o in out.items()}
        report[tag] = {v: round(float(r.mean()), 4) for v, r in right[tag].items()}
        print(tag, report[tag], f"{time.time() - t0:.0f} s", flush=True)
    report["mean"] = {v: round(float(np.mean([report[t][v] for t in tags])), 4) for v in ("base", "A")}
    diff = {t: right[t]["A"] - right[t]["base"] for t in tags}
    report["D"] = round(float(np.mean([x.mean() for x in diff.values()])), 4)
    report["interval"] = bootstrap(diff, arts)
    report["recall"] = {v: {role: round(float(np.mean([right[t][v][gold == role].mean() for t in tags])), 4)
                            for role in MAIN_ROLES} for v in ("base", "A")}
    if stage == "repro":
        ref = json.loads(Path("scripts/roles24/results/second.json").read_text())
        report["check"] = {"base_equal": all(report[t]["base"] == ref[t]["base"] for t in tags),
                           "A_mean_within_0.002": abs(report["mean"]["A"] - ref["mean"]["A"]) <= 0.002,
                           "roles24": {"mean": ref["mean"], "D": ref["D"]["A"]}}
    else:
        report["decision"] = {"ship": bool(report["D"] >= 0)}
    print(json.dumps({k: v for k, v in report.items() if k not in tags}, indent=1), flush=True)
    Path(out_path).write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
