"""A probe (issue 15): does a fine-tuned MiniLM tell genre better than the shipped linear model on the split by time?
(docs/EVALUATION.md, "Techniques on every article, round 29": the genre probe.)

The English SemEval-2023 subtask-1 articles in round 17's five id blocks (ids rise with time; the last block holds
March 2019, the hidden set's period; `scripts/genre20/measure.py` `time_groups`). For each block held out and each
of three seeds: MiniLM (every layer trained) over an article's first 512 tokens, mean-pooled, a linear 3-way head,
class-balanced cross-entropy, 8 epochs; the held-out block's probabilities are written. Nothing is chosen on the
held-out blocks: the recipe is fixed here before any run.

There (after scripts/tech28/pack.py and `cp scripts/tech29/genre_ft.py .gpu/`; the device tool, carry [".gpu"]):
python3 .gpu/genre_ft.py .gpu $OUT
Here: python scripts/tech29/genre_ft.py score OUT
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

GENRES = ("opinion", "reporting", "satire")
SEEDS = (0, 1, 2)
EPOCHS = 8
MAX_TOKENS = 512
BATCH = 16
NEWS_MIX = (0.25, 0.65, 0.10)  # opinion / reporting / satire, the genre model's news mix


def time_groups(ids: list[str]) -> np.ndarray:
    b = np.array([int(i) // 10_000_000 for i in ids])
    g = np.where(b < 72, 0, np.where(b < 74, 1, np.where(b < 77, 2, np.where(b < 80, 3, 4))))
    g[b == 11] = 0
    return g


def english(data_dir: Path | None) -> tuple[list[str], list[str], np.ndarray]:
    from spinscope.training.data import load_semeval2023

    found = [(a.id, a.text, GENRES.index(a.genre)) for _, a in sorted(load_semeval2023(data_dir).items())
             if a.genre in GENRES]
    return [f[0] for f in found], [f[1] for f in found], np.array([f[2] for f in found])


def one(gpu: Path, out: Path, block: int, seed: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from device import stub_packages, unpack

    os.environ["TECH28_MINILM"] = str(unpack(gpu))
    stub_packages(gpu)
    import torch

    from spinscope.encoder import load_encoder, load_tokenizer

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    ids, texts, y = english(gpu / "data")
    limit = int(os.environ.get("TECH29_LIMIT", "0")) or None
    groups = time_groups(ids)
    train = np.where(groups != block)[0][:limit]
    test = np.where(groups == block)[0][:limit]
    tok = load_tokenizer()
    x_ids, x_mask = tok.batch(texts, max_tokens=MAX_TOKENS)
    encoder = load_encoder().to(device)
    encoder.train()
    head = torch.nn.Linear(384, 3).to(device)
    counts = np.bincount(y[train], minlength=3).astype(float)
    weights = torch.tensor(len(train) / (3 * np.maximum(counts, 1)), dtype=torch.float32, device=device)
    params = [{"params": [p for p in encoder.parameters() if p.requires_grad], "lr": 3e-5},
              {"params": head.parameters(), "lr": 1e-3}]
    optimizer = torch.optim.AdamW(params, weight_decay=0.01)
    steps = EPOCHS * -(-len(train) // BATCH)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=[3e-5, 1e-3], total_steps=steps,
                                                   pct_start=0.1)
    rng = np.random.default_rng(seed)
    dropout = torch.nn.Dropout(0.1)

    def pooled(rows: np.ndarray) -> torch.Tensor:
        ids_b, mask_b = x_ids[rows].to(device), x_mask[rows].to(device)
        hidden = encoder(ids_b, mask_b).last_hidden_state
        m = mask_b.unsqueeze(-1).float()
        return (hidden * m).sum(1) / m.sum(1).clamp(min=1)

    for _ in range(EPOCHS):
        order = rng.permutation(train)
        for b in range(0, len(order), BATCH):
            rows = order[b: b + BATCH]
            logits = head(dropout(pooled(rows)))
            loss = torch.nn.functional.cross_entropy(logits, torch.tensor(y[rows], device=device), weight=weights)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
    encoder.eval()
    probs = []
    with torch.no_grad():
        for b in range(0, len(test), 32):
            probs.append(torch.softmax(head(pooled(test[b: b + 32])), -1).float().cpu().numpy())
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / f"b{block}_s{seed}.npz", rows=test, probs=np.concatenate(probs) if probs else np.zeros((0, 3)))


def run_blocks(script: str, gpu: Path, out: Path, result: str) -> None:
    """Run ``script`` once per held-out block and seed, in parallel processes, and gather the held-out
    probabilities in ``out/result`` (the device side of this probe and of frames_ft.py)."""
    started = time.time()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from device import unpack

    unpack(gpu)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    procs = [subprocess.Popen([sys.executable, script, str(gpu), str(out / "runs"), str(v), str(s)], env=env)
             for v in range(5) for s in SEEDS]
    deadline = started + float(os.environ.get("TECH29_SECONDS", "300"))
    for proc in procs:
        try:
            code = proc.wait(timeout=max(1.0, deadline - time.time()))
        except subprocess.TimeoutExpired:
            proc.kill()
            code = -9
        print(f"{' '.join(proc.args[-2:])}: exit {code}, {time.time() - started:.0f} s", flush=True)
    runs = sorted((out / "runs").glob("*.npz"))
    arrays = {p.stem: np.load(p)["probs"] for p in runs}
    arrays.update({p.stem + "_rows": np.load(p)["rows"] for p in runs})
    np.savez(out / result, **arrays)
    subprocess.run(["rm", "-rf", str(out / "runs")], check=False)
    print(f"done in {time.time() - started:.0f} s", flush=True)


def news_f1(pred: np.ndarray, y: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    share = np.bincount(y, minlength=3) / len(y)
    w = np.array(NEWS_MIX)[y] / share[y]
    return float(f1_score(y, pred, labels=[0, 1, 2], average="macro", sample_weight=w, zero_division=0))


def score(out: Path) -> dict:
    ids, _, y = english(None)
    groups = time_groups(ids)
    data = np.load(out / "genre_ft.npz")
    report: dict[str, object] = {"articles": len(y), "per_block_articles": np.bincount(groups).tolist()}
    pooled_by_seed = []
    mean_probs = np.zeros((len(y), 3))
    for s in SEEDS:
        probs = np.zeros((len(y), 3))
        for v in range(5):
            probs[data[f"b{v}_s{s}_rows"]] = data[f"b{v}_s{s}"]
        mean_probs += probs / len(SEEDS)
        pooled_by_seed.append({"pooled_news": round(news_f1(probs.argmax(1), y), 4),
                               "last_block_news": round(news_f1(probs[groups == 4].argmax(1), y[groups == 4]), 4)})
    report["by_seed"] = pooled_by_seed
    report["pooled_news_mean"] = round(float(np.mean([r["pooled_news"] for r in pooled_by_seed])), 4)
    report["last_block_news_mean"] = round(float(np.mean([r["last_block_news"] for r in pooled_by_seed])), 4)
    report["seed_mean_probs"] = {"pooled_news": round(news_f1(mean_probs.argmax(1), y), 4),
                                 "last_block_news": round(news_f1(mean_probs[groups == 4].argmax(1),
                                                                  y[groups == 4]), 4)}
    from sklearn.metrics import confusion_matrix

    report["confusion_seed_mean"] = confusion_matrix(y, mean_probs.argmax(1), labels=[0, 1, 2]).tolist()
    return report


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "score":
        print(json.dumps(score(Path(a[2])), indent=1))
    elif len(a) > 3:
        one(Path(a[1]), Path(a[2]), int(a[3]), int(a[4]))
    else:
        run_blocks(__file__, Path(a[1]), Path(a[2]), "genre_ft.npz")
