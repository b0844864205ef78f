"""Genre round 38 (issue 15): what the genre layer says on the Lee news-wire corpus (343 straight-news articles).

``python scripts/genre38/lee.py --work /tmp/genre38/lee_base [--models DIR]``
    Copies the 343 Lee files (``/work/lee/MANIFEST.tsv`` order) as ``WORK/articles/article<N>.txt`` (nothing of
    the corpus, not even its file names, is written outside WORK), runs ``spinscope predict semeval2023 --subtask
    1`` on that folder and ``spinscope analyze --format jsonl`` (language, segmentation, sentence vectors, genre)
    on it, with the models of ``--models`` (a folder holding ``genre/``; default: the packaged ones, the
    ``PYTHONPATH``'s), and prints one JSON line of figures: the reporting share of each path, the label counts,
    the mean reporting probability, its Brier score and the top-probability reliability taking every article as
    reporting (the corpus is straight news wire; RULE.md). Only figures are printed.

Run from the worktree root with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src`` (or main's src for the base).
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

LEE = Path(os.environ.get("LEE_DIR", "/work/lee"))
LABELS = ("opinion", "reporting", "satire")


def copy_articles(work: Path) -> int:
    rows = [line.split("\t") for line in (LEE / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    folder = work / "articles"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for k, row in enumerate(rows, start=1):
        shutil.copyfile(LEE / row[0], folder / f"article{k}.txt")
    return len(rows)


def reliability(p: np.ndarray, bins: int = 5) -> tuple[list[dict[str, Any]], float]:
    """Top probability against the outcome "the top label is reporting" (every article taken as reporting)."""
    top, right = p.max(1), p.argmax(1) == 1
    edges = np.linspace(1 / 3, 1.0, bins + 1)
    table, ece = [], 0.0
    for k in range(bins):
        m = (top >= edges[k]) & ((top < edges[k + 1]) if k < bins - 1 else (top <= edges[k + 1]))
        if m.any():
            table.append(
                {
                    "bin": [round(float(edges[k]), 3), round(float(edges[k + 1]), 3)],
                    "articles": int(m.sum()),
                    "confidence": round(float(top[m].mean()), 4),
                    "accuracy": round(float(right[m].mean()), 4),
                }
            )
            ece += m.sum() / len(p) * abs(top[m].mean() - right[m].mean())
    return table, round(float(ece), 4)


def figures(labels: list[str], probs: np.ndarray | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "articles": len(labels),
        "counts": {g: labels.count(g) for g in LABELS},
        "reporting_share": round(labels.count("reporting") / max(1, len(labels)), 4),
    }
    if probs is not None:
        table, ece = reliability(probs)
        out.update(
            {
                "mean_p": {g: round(float(probs[:, k].mean()), 4) for k, g in enumerate(LABELS)},
                "brier_reporting": round(float(((1 - probs[:, 1]) ** 2).mean()), 4),
                "reliability_top": table,
                "ece_top": ece,
            }
        )
    return out


def predict_probs(folder: Path, models: Path | None) -> np.ndarray:
    """The probabilities behind ``predict semeval2023 --subtask 1`` (its component and document, benchmark mix)."""
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
    args = parser.parse_args()
    n = copy_articles(args.work)
    folder = args.work / "articles"
    models = ["--models", str(args.models)] if args.models else []
    st1 = args.work / "st1.txt"
    subprocess.run(
        [
            "spinscope",
            "predict",
            "semeval2023",
            "--subtask",
            "1",
            "--articles",
            str(folder),
            "--language",
            "en",
            "--out",
            str(st1),
            *models,
        ],
        check=True,
    )
    predicted = dict(line.split("\t") for line in st1.read_text(encoding="utf-8").splitlines())
    pred_labels = [predicted[str(k)] for k in range(1, n + 1)]
    probs = predict_probs(folder, args.models)
    if [LABELS[i] for i in probs.argmax(1)] != pred_labels:
        sys.exit("predict_probs disagrees with spinscope predict semeval2023")
    env = dict(os.environ)
    if args.models:
        # analyze reads the packaged models; a candidate is read through the settings file of WORK
        (args.work / "spinscope.toml").write_text(
            f'[components."genre.v1"]\nmodel_dir = "{args.models / "genre"}"\n', encoding="utf-8"
        )
    jsonl = args.work / "analyze.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        subprocess.run(
            [
                "spinscope",
                "analyze",
                str(folder),
                "--format",
                "jsonl",
                "--components",
                "language.v1,segment.v1,sentence-vectors.v1,genre.v1",
            ],
            check=True,
            stdout=handle,
            env=env,
            cwd=args.work if args.models else None,
        )
    results = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    an_labels = [r["genre"]["label"] for r in results]
    an_probs = np.array([[s["score"] for s in r["genre"]["scores"]] for r in results])
    print(
        json.dumps(
            {
                "models": str(args.models or "packaged"),
                "predict_semeval2023": figures(pred_labels, probs),
                "analyze": figures(an_labels, an_probs),
            }
        )
    )


if __name__ == "__main__":
    main()
