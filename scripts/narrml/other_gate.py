"""Nested estimate of the Other head of the multilingual narrative path (round 14, branch ``narrml``).

    python scripts/narrml/other_gate.py --cache /tmp/narrml/leads --json /tmp/narrml/gate.json \
        [--objective all|target] [--head-languages bg,en,pt,ru]

Outer: 5 folds by article over every SemEval-2025 subtask-2 article of bg, en, hi, pt, ru (training and validation
pooled; seed 8). In each outer training part the training command's own procedure runs: the coarse and fine
narrative heads (``narrative_heads``: C, global and per-language thresholds by its inner 5-fold CV, on the articles
of ``--head-languages``), then the Other head (``train_other_head``: C and threshold by the inner out-of-fold coarse
samples-F1 of the whole decision over the articles of all five languages, ``all``, or of bg, pt, ru, ``target``).
The outer test part is decided as ``spinscope predict semeval2025 --subtask 2`` decides (``narratives_of``, then
the domain-word check of ``names_domain``), without the Other head (``base``) and with it (``gate``); scores per
language with the official scorer (``../shared/eval/score.py st25-2``) over the pooled outer test parts, and per
outer fold (the same per-article F1) for the spread.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
from pathlib import Path

import numpy as np

import spinscope.training.multilingual as ml
from spinscope.components.multilingual import ArticleVectors, Encoder, Head, narratives_of
from spinscope.components.narrative_domains import names_domain
from spinscope.training.semeval2025 import load_task

DATA = Path("/work/shared/data")
LANGS = ("bg", "en", "hi", "pt", "ru")
TARGET = ("bg", "pt", "ru")
OUTER_SEED = 8
SCORER = Path("/work/shared/eval/score.py")
Row = tuple[ml.Item, set[str], set[str]]


class _Model:
    def __init__(self, heads: dict[str, Head]) -> None:
        self.heads = heads
        self.model_id = "harness"

    def predict(self, name: str, article: ArticleVectors) -> np.ndarray:
        h = self.heads[name]
        return h.scores(h.rows(article))


def decide(heads: dict[str, Head], item: ml.Item, text: str) -> tuple[set[str], set[str]]:
    """The coarse and fine labels ``predict semeval2025 --subtask 2`` writes for the article."""
    domain, kept, subs, _ = narratives_of(_Model(heads), item.vectors, item.language)  # type: ignore[arg-type]
    if not names_domain(text, domain, item.language):
        kept, subs = [], []
    return ({n for n, _ in kept} or {"Other"}), ({s for s, _ in subs} or {"Other"})


def official(rows: list[Row]) -> str:
    """``score.py st25-2`` on the rows (gold from the items)."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "g.txt", Path(tmp) / "p.txt"
        g.write_text("".join(f"{it.id}\t{';'.join(it.narratives or [])}\t{';'.join(it.subnarratives or [])}\n"
                             for it, _, _ in rows), encoding="utf-8")
        p.write_text("".join(f"{it.id}\t{';'.join(sorted(c))}\t{';'.join(sorted(f))}\n" for it, c, f in rows),
                     encoding="utf-8")
        return str(score.st25_2(str(g), str(p)))


def fold_scores(rows: list[Row]) -> list[float]:
    """Coarse and fine samples-F1 of rows."""
    return [float(np.mean([ml.article_f1(set(it.narratives or []), c) for it, c, _ in rows])),
            float(np.mean([ml.article_f1(set(it.subnarratives or []), f) for it, _, f in rows]))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--json", type=Path, required=True)
    ap.add_argument("--objective", default="all", choices=("all", "target"))
    ap.add_argument("--head-languages", default=",".join(ml.NARRATIVE_HEAD_LANGUAGES))
    args = ap.parse_args()
    ml.NARRATIVE_HEAD_LANGUAGES = tuple(args.head_languages.split(","))
    items = ml.load_items_2025(DATA, Encoder(ml.load_cache(args.cache)), cache_only=True)
    texts = {(lang, aid): art.text for lang in LANGS for aid, art in load_task(DATA, lang.upper())[0].items()}
    print({lang: sum(it.language == lang for it in items) for lang in LANGS}, flush=True)
    outer = ml.folds_of([f"{it.language}:{it.id}" for it in items], seed=OUTER_SEED)
    rows: dict[str, list[Row]] = {"base": [], "gate": []}
    per_fold: dict[str, dict[str, list[list[float]]]] = {k: {lang: [] for lang in LANGS} for k in rows}
    choices = []
    for f in range(ml.FOLDS):
        train = [it for it, k in zip(items, outer, strict=True) if k != f]
        test = [it for it, k in zip(items, outer, strict=True) if k == f]
        trained = ml.narrative_heads(train, log=lambda *_: None)
        heads = {name: t.head for name, t in trained.items()}
        cs = {name: t.report["C"] for name, t in trained.items()}
        other = ml.train_other_head(train, trained, objective_languages=None if args.objective == "all" else TARGET)
        gated = heads | {ml.OTHER_HEAD: other.head}
        fold_rows: dict[str, list[Row]] = {"base": [], "gate": []}
        for it in test:
            text = texts[(it.language, it.id)]
            fold_rows["base"].append((it, *decide(heads, it, text)))
            fold_rows["gate"].append((it, *decide(gated, it, text)))
        vetoed = {lang: sum(c == {"Other"} and b[1] != {"Other"} and it.language == lang
                            for (it, c, _), b in zip(fold_rows["gate"], fold_rows["base"], strict=True))
                  for lang in LANGS}
        choices.append({"fold": f, "C_heads": cs, **other.report, "vetoed": vetoed})
        print(choices[-1], flush=True)
        for k in rows:
            rows[k] += fold_rows[k]
            for lang in LANGS:
                per_fold[k][lang].append(fold_scores([r for r in fold_rows[k] if r[0].language == lang]))
    report: dict[str, object] = {"args": {k: str(v) for k, v in vars(args).items()}, "choices": choices,
                                 "per_fold": per_fold, "official": {}}
    for k in rows:
        for lang in LANGS:
            res = official([r for r in rows[k] if r[0].language == lang])
            report["official"][f"{k}:{lang}"] = res  # type: ignore[index]
            folds = np.array(per_fold[k][lang])
            print(f"{k:5s} {lang}: {res}  folds coarse {np.round(folds[:, 0], 3).tolist()} "
                  f"fine {np.round(folds[:, 1], 3).tolist()}", flush=True)
    args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
