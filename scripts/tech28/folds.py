"""Out-of-fold technique-tagger scores for all English SemEval-2023 articles, for two recipes, and the nested
estimate they give (docs/EVALUATION.md, "Techniques on a GPU, round 28").

On the GPU machine (after scripts/tech28/pack.py; this file travels as .gpu/folds.py):

    python3 .gpu/folds.py .gpu $OUT device

trains, for each recipe (round 8's: 3 epochs, 40% of the windows without a technique; round 28's: 4 epochs, all
windows) and each of 5 folds of the 446 labelled articles (seeded by article id), a tagger on the other four folds and
the SemEval-2021 memes, and writes the held-out fold's word and paragraph-head probabilities (uint8, /255) to
$OUT/oof_<recipe>.npz. Here:

    python scripts/tech28/folds.py OOF_DIR estimate

fits the thresholds (paragraph, span, TC offsets; as `spinscope train techniques` fits them, on the `mean` source
with the article prior) on four folds' out-of-fold scores and scores the fifth, for each fold: ST3 micro-F1 pooled
over the 446 articles, PTC SI and TC F1 averaged over the folds. No article is scored by a tagger or a threshold
that saw it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

RECIPES = {"r8": (0.4, 3), "r28": (1.0, 4)}  # negative_keep, epochs
FOLDS = 5
SEED = 14


def train_fold(gpu: Path, out: Path, recipe: str, fold: int) -> None:
    """One fold tagger (`spinscope.training.techniques.train_part`, the folds drawn by article id) and its held-out
    fold's scores."""
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    from device import stub_packages, unpack

    os.environ["TECH28_MINILM"] = str(unpack(gpu))
    stub_packages(gpu)
    import torch

    from spinscope.training import techniques

    torch.set_num_threads(int(os.environ.get("SPINSCOPE_THREADS", "2")))
    negative_keep, epochs = RECIPES[recipe]
    _, scores, windows = techniques.train_part(
        gpu / "data", f"fold-{fold}", epochs=epochs, negative_keep=negative_keep, seed=SEED,
        device="cuda" if torch.cuda.is_available() else "cpu",
        limit=int(os.environ.get("TECH28_LIMIT", "0")) or None, progress=lambda m: None)
    techniques.save_scores(scores, out / f"{recipe}_{fold}.npz")
    print(f"[{recipe} fold {fold}] {len(scores)} scored, {windows} windows", flush=True)


def device_main(gpu: Path, out: Path) -> None:
    started = time.time()
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    from device import unpack

    unpack(gpu)
    env = dict(os.environ, SPINSCOPE_THREADS="1", PYTHONUNBUFFERED="1")
    procs = [subprocess.Popen([sys.executable, __file__, str(gpu), str(out / "runs"), "fold", r, str(k)], env=env)
             for r in RECIPES for k in range(FOLDS)]
    deadline = started + float(os.environ.get("TECH28_SECONDS", "420"))
    for proc in procs:
        try:
            code = proc.wait(timeout=max(1.0, deadline - time.time()))
        except subprocess.TimeoutExpired:
            proc.kill()
            code = -9
        print(f"{' '.join(proc.args[-2:])}: exit {code}, {time.time() - started:.0f} s", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    for recipe in RECIPES:
        merged: dict[str, np.ndarray] = {}
        for k in range(FOLDS):
            path = out / "runs" / f"{recipe}_{k}.npz"
            if path.is_file():
                merged.update(dict(np.load(path)))
        np.savez_compressed(out / f"oof_{recipe}.npz", **merged)
    subprocess.run(["rm", "-rf", str(out / "runs")], check=False)
    print(f"done in {time.time() - started:.0f} s", flush=True)


def estimate(oof_dir: Path) -> dict:
    from spinscope.training import techniques
    from spinscope.training.techniques import fold_of

    articles = techniques.labelled_articles(None)
    report: dict[str, dict] = {}
    for recipe in RECIPES:
        scores = techniques.load_scores(oof_dir / f"oof_{recipe}.npz")
        usable = [a for a in articles if a.id in scores]
        tp = fp = fn = 0.0
        si, tc = [], []
        for k in range(FOLDS):
            fit = [a for a in usable if fold_of(a.id) != k]
            test = [a for a in usable if fold_of(a.id) == k]
            _, p_fit, g_fit = techniques.paragraph_matrix(fit, scores, "mean", techniques.ARTICLE_PRIOR)
            config = {"paragraph_source": "mean", "article_prior": techniques.ARTICLE_PRIOR,
                      "paragraph_thresholds": [float(t) for t in techniques.calibrate_thresholds(p_fit, g_fit)],
                      "span_thresholds": [float(t) for t in techniques.calibrate_word_thresholds(
                          *techniques.word_matrix(fit, scores))],
                      "tc_offsets": techniques.fit_tc_offsets(*techniques.tc_matrix(fit, scores)),
                      "lexicon": techniques.LEXICON_DEFAULT}
            _, p_test, g_test = techniques.paragraph_matrix(test, scores, "mean", techniques.ARTICLE_PRIOR)
            pred = p_test >= np.asarray(config["paragraph_thresholds"])
            tp += float((pred & g_test).sum())
            fp += float((pred & ~g_test).sum())
            fn += float((~pred & g_test).sum())
            metrics = techniques.evaluate(test, scores, config)
            si.append(metrics["ptc_si"]["f1"])
            tc.append(metrics["ptc_tc"]["micro"]["f1"])
        report[recipe] = {"articles": len(usable), "st3_micro_f1_pooled": round(2 * tp / (2 * tp + fp + fn), 4),
                          "ptc_si_f1_fold_mean": round(float(np.mean(si)), 4), "ptc_si_f1_folds": si,
                          "ptc_tc_micro_f1_fold_mean": round(float(np.mean(tc)), 4), "ptc_tc_folds": tc}
    return report


if __name__ == "__main__":
    a = sys.argv
    if a[-1] == "estimate":
        print(json.dumps(estimate(Path(a[1])), indent=1))
    elif a[3] == "device":
        device_main(Path(a[1]), Path(a[2]))
    else:
        train_fold(Path(a[1]), Path(a[2]), a[4], int(a[5]))
