"""A probe (issue 15): do fine-tuned MiniLM frames beat the shipped linear model on the split by time?
(docs/EVALUATION.md, "Techniques on every article, and a genre probe, round 29": the frames probe.)

The English SemEval-2023 subtask-2 articles in round 17's five id blocks (`genre_ft.time_groups`). For each block
held out and each of three seeds: MiniLM (every layer trained) over an article's first 512 tokens, mean-pooled, a
linear 14-way sigmoid head, BCE with positive weights neg/pos per frame (capped at 10), 8 epochs; the held-out
block's probabilities are written. The recipe and the decision (one threshold, 0.5, for every frame: the positive
weights make 0.5 the balanced point) are fixed here before any run; the best single threshold in hindsight is
printed too, as an upper bound.

There (after scripts/tech28/pack.py and `cp scripts/tech29/genre_ft.py scripts/tech29/frames_ft.py .gpu/`; carry
[".gpu"]): python3 .gpu/frames_ft.py .gpu $OUT
Here: python scripts/tech29/frames_ft.py score OUT
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genre_ft import BATCH, EPOCHS, MAX_TOKENS, SEEDS, run_blocks, time_groups


def english(data_dir: Path | None) -> tuple[list[str], list[str], np.ndarray, list[str]]:
    from spinscope.training.data import FRAMES, load_semeval2023

    found = [(a.id, a.text, a.frames) for _, a in sorted(load_semeval2023(data_dir).items()) if a.frames]
    y = np.array([[f in frames for f in FRAMES] for _, _, frames in found], dtype=np.float32)
    return [f[0] for f in found], [f[1] for f in found], y, list(FRAMES)


def one(gpu: Path, out: Path, block: int, seed: int) -> None:
    from device import stub_packages, unpack

    os.environ["TECH28_MINILM"] = str(unpack(gpu))
    stub_packages(gpu)
    import torch

    from spinscope.encoder import load_encoder, load_tokenizer

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    ids, texts, y, frames = english(gpu / "data")
    limit = int(os.environ.get("TECH29_LIMIT", "0")) or None
    groups = time_groups(ids)
    train = np.where(groups != block)[0][:limit]
    test = np.where(groups == block)[0][:limit]
    x_ids, x_mask = load_tokenizer().batch(texts, max_tokens=MAX_TOKENS)
    encoder = load_encoder().to(device)
    encoder.train()
    head = torch.nn.Linear(384, len(frames)).to(device)
    pos = y[train].sum(0)
    pos_weight = torch.tensor(np.minimum((len(train) - pos) / np.maximum(pos, 1), 10.0), device=device)
    optimizer = torch.optim.AdamW([{"params": list(encoder.parameters()), "lr": 3e-5},
                                   {"params": head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    steps = EPOCHS * -(-len(train) // BATCH)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=[3e-5, 1e-3], total_steps=steps,
                                                   pct_start=0.1)
    rng = np.random.default_rng(seed)
    dropout = torch.nn.Dropout(0.1)
    target = torch.tensor(y, device=device)

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
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, target[rows], pos_weight=pos_weight)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
    encoder.eval()
    probs = []
    with torch.no_grad():
        for b in range(0, len(test), 32):
            probs.append(torch.sigmoid(head(pooled(test[b: b + 32]))).float().cpu().numpy())
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / f"b{block}_s{seed}.npz", rows=test,
             probs=np.concatenate(probs) if probs else np.zeros((0, len(frames))))


def micro_f1(pred: np.ndarray, gold: np.ndarray) -> float:
    tp = float((pred & gold).sum())
    return 2 * tp / (2 * tp + float((pred & ~gold).sum()) + float((~pred & gold).sum())) if tp else 0.0


def score(out: Path) -> dict:
    ids, _, y, _ = english(None)
    gold = y.astype(bool)
    groups = time_groups(ids)
    data = np.load(out / "frames_ft.npz")
    report: dict[str, object] = {"articles": len(y)}
    mean_probs = np.zeros(y.shape)
    by_seed = []
    for s in SEEDS:
        probs = np.zeros(y.shape)
        for v in range(5):
            probs[data[f"b{v}_s{s}_rows"]] = data[f"b{v}_s{s}"]
        mean_probs += probs / len(SEEDS)
        by_seed.append({"pooled_micro_f1_at_0.5": round(micro_f1(probs >= 0.5, gold), 4),
                        "last_block_at_0.5": round(micro_f1(probs[groups == 4] >= 0.5, gold[groups == 4]), 4)})
    report["by_seed"] = by_seed
    report["pooled_mean_at_0.5"] = round(float(np.mean([r["pooled_micro_f1_at_0.5"] for r in by_seed])), 4)
    grid = np.round(np.arange(0.2, 0.85, 0.05), 2)
    report["seed_mean_probs_by_threshold_hindsight"] = {str(t): round(micro_f1(mean_probs >= t, gold), 4)
                                                        for t in grid}
    return report


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "score":
        print(json.dumps(score(Path(a[2])), indent=1))
    elif len(a) > 3:
        one(Path(a[1]), Path(a[2]), int(a[3]), int(a[4]))
    else:
        run_blocks(__file__, Path(a[1]), Path(a[2]), "frames_ft.npz")
