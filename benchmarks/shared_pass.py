"""Experiment: a technique tagger that shares the frozen sentence pass instead of running its own encoder.

    python -m benchmarks.shared_pass [--data PATH] [--layers 2] [--epochs 6] [--lr 1.5e-4]

spinscope runs MiniLM twice per article: the fine-tuned technique tagger over paragraph windows, and the
frozen sentence encoder whose embeddings genre, frames, claims, roles and narratives read. Issue 8 asks
whether one pass could serve both. This trains the only design that keeps the frozen embeddings the other
models were trained on: the frozen encoder's token states of every sentence (computed once, as the
pipeline already does), joined per paragraph into windows, with ``--layers`` trainable transformer layers
(initialized from MiniLM's top layers) and the same token and paragraph heads on top. Same data, split,
losses, calibration and scorers as ``spinscope train techniques``; the result is printed next to the
committed tagger's validation scores, with the seconds each needs over the validation articles beyond the
shared sentence pass. Nothing is written to the package.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HIDDEN = 384
WINDOW = 126  # content tokens per window: the tagger's 128 less [CLS] and [SEP]
STRIDE = 32


@dataclass
class Prepared:
    """One article: its paragraphs, and the frozen token states of its sentences in text order."""

    article: Any
    paragraphs: list[tuple[int, int]]
    offsets: list[tuple[int, int]]  # per token, article characters
    words: list[int]  # per token, a key shared by the tokens of one word
    states: np.ndarray  # (tokens, HIDDEN) float16
    windows: list[tuple[int, np.ndarray]]  # (paragraph, token rows)


def prepare(articles: Sequence[Any]) -> list[Prepared]:
    """spaCy sentences (segment.v1, as at inference), one frozen MiniLM pass over them, paragraph windows."""
    import torch

    from spinscope.components.core import Segmenter
    from spinscope.components.persuasion_models import shared_sentence_encoder
    from spinscope.document import ArticleInput, Document
    from spinscope.encoder import inference
    from spinscope.training.techniques import article_paragraphs

    segmenter, encoder = Segmenter(), shared_sentence_encoder()
    prepared = []
    for art in articles:
        doc = segmenter(Document(text=art.text, meta=ArticleInput(text=art.text)))
        sentences = [(s.start, s.end) for s in doc.sentences]
        pieces = encoder.tokenizer.pieces([art.text[s:e] for s, e in sentences], max_tokens=256, stride=32)
        tokens: dict[tuple[int, int], tuple[np.ndarray, int]] = {}
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i].ids))
        with inference():
            for b in range(0, len(order), 64):
                batch = [pieces[i] for i in order[b: b + 64]]
                width = max(len(p.ids) for p in batch)
                ids = np.zeros((len(batch), width), dtype=np.int64)
                mask = np.zeros((len(batch), width), dtype=np.int64)
                for j, p in enumerate(batch):
                    ids[j, : len(p.ids)], mask[j, : len(p.ids)] = p.ids, 1
                hidden = encoder.model(torch.from_numpy(ids), torch.from_numpy(mask)).last_hidden_state.float()
                for j, p in enumerate(batch):
                    base = sentences[p.text][0]
                    for t, ((a, z), wid) in enumerate(zip(p.offsets, p.word_ids, strict=True)):
                        if wid is not None and z > a and (base + a, base + z) not in tokens:
                            tokens[(base + a, base + z)] = (hidden[j, t].numpy(), p.text * 1_000_000 + wid)
        offsets = sorted(tokens)
        states = (np.stack([tokens[o][0] for o in offsets]).astype(np.float16) if offsets
                  else np.zeros((0, HIDDEN), dtype=np.float16))
        paragraphs = article_paragraphs(art)
        starts = np.array([o[0] for o in offsets], dtype=np.int64)
        windows = []
        for p, (ps, pe) in enumerate(paragraphs):
            rows = np.flatnonzero((starts >= ps) & (starts < pe))
            i = 0
            while len(rows):
                windows.append((p, rows[i: i + WINDOW]))
                if i + WINDOW >= len(rows):
                    break
                i += WINDOW - STRIDE
        prepared.append(Prepared(art, paragraphs, offsets, [tokens[o][1] for o in offsets], states, windows))
    return prepared


def examples(prepared: Sequence[Prepared], negative_keep: float, seed: int) -> list[tuple[np.ndarray, ...]]:
    """``(states, token labels, paragraph labels)`` per window, labelled as ``build_examples`` does."""
    from spinscope.training.data import TECHNIQUES

    index = {t: i for i, t in enumerate(TECHNIQUES)}
    rng = random.Random(seed)
    found: list[tuple[np.ndarray, ...]] = []
    for prep in prepared:
        art = prep.article
        per_paragraph: dict[int, int] = {}
        for p, _ in prep.windows:
            per_paragraph[p] = per_paragraph.get(p, 0) + 1
        numbers = [line.number for line in art.lines] if art.source != "semeval2021" else [1]
        for p, rows in prep.windows:
            tok = np.zeros((len(rows), len(TECHNIQUES)), dtype=np.float32)
            for span in art.spans:
                k = index.get(span.technique)
                if k is not None:
                    for t, r in enumerate(rows):
                        s, e = prep.offsets[r]
                        if s < span.end and e > span.start:
                            tok[t, k] = 1.0
            par = tok.max(axis=0)
            if per_paragraph[p] == 1 and art.paragraph_labels is not None:
                for label in art.paragraph_labels.get(numbers[p], []):
                    if label in index:
                        par[index[label]] = 1.0
            if par.any() or rng.random() < negative_keep:
                found.append((prep.states[rows], tok, par))
    return found


def train(found: Sequence[tuple[np.ndarray, ...]], *, layers: int, epochs: int, lr: float, seed: int) -> Any:
    import torch

    from spinscope.components.persuasion_models import build_tagger, load_base_encoder
    from spinscope.training import techniques as T
    from spinscope.training.data import TECHNIQUES

    torch.manual_seed(seed)
    rng = random.Random(seed)
    encoder = load_base_encoder()
    encoder.encoder.layer = encoder.encoder.layer[len(encoder.encoder.layer) - layers:]
    model = build_tagger(encoder, len(TECHNIQUES))
    for p in encoder.embeddings.parameters():
        p.requires_grad = False
    tok_counts = sum((f[1].sum(axis=0) for f in found), np.zeros(len(TECHNIQUES)))
    n_tokens = sum(len(f[1]) for f in found)
    par_counts = sum((f[2] for f in found), np.zeros(len(TECHNIQUES)))
    tok_loss = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=torch.tensor(
        T._pos_weight(tok_counts, n_tokens, T.TOKEN_POS_WEIGHT_CAP)))
    par_loss = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(
        T._pos_weight(par_counts, len(found), T.PARAGRAPH_POS_WEIGHT_CAP)))
    heads = list(model.token_head.parameters()) + list(model.paragraph_head.parameters())
    optim = torch.optim.AdamW([{"params": list(encoder.encoder.parameters()), "lr": lr},
                               {"params": heads, "lr": T.HEAD_LR}], weight_decay=0.01)
    order = sorted(range(len(found)), key=lambda i: len(found[i][1]))
    batches = [order[i: i + T.BATCH_SIZE] for i in range(0, len(order), T.BATCH_SIZE)]
    total = epochs * len(batches)
    warmup = max(1, int(T.WARMUP * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))
    model.train()
    for _ in range(epochs):
        rng.shuffle(batches)
        for batch in batches:
            hidden, mask = _pad([found[i][0] for i in batch])
            width = hidden.shape[1]
            tok_target = torch.zeros((len(batch), width, len(TECHNIQUES)))
            for j, i in enumerate(batch):
                tok_target[j, : len(found[i][1])] = torch.from_numpy(found[i][1])
            par_target = torch.from_numpy(np.stack([found[i][2] for i in batch]))
            tok_logits, par_logits = T._top_forward(model, hidden, mask, 0)
            m = mask.float()
            loss = (tok_loss(tok_logits, tok_target).mean(-1) * m).sum() / m.sum() + par_loss(par_logits, par_target)
            optim.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optim.step()
            sched.step()
    return model.eval()


def _pad(states: Sequence[np.ndarray]) -> tuple[Any, Any]:
    import torch

    width = max(len(s) for s in states)
    hidden = torch.zeros((len(states), width, HIDDEN))
    mask = torch.zeros((len(states), width), dtype=torch.long)
    for j, s in enumerate(states):
        hidden[j, : len(s)] = torch.from_numpy(s.astype(np.float32))
        mask[j, : len(s)] = 1
    return hidden, mask


def score(model: Any, prep: Prepared) -> list[Any]:
    """ParagraphScores from the shared-pass tagger, words grouped as ``score_paragraphs`` does."""
    import torch

    from spinscope.components.persuasion_models import ParagraphScores
    from spinscope.encoder import inference
    from spinscope.training import techniques as T

    n = model.token_head.out_features
    words: dict[int, dict[tuple[int, int], np.ndarray]] = {}
    heads: dict[int, np.ndarray] = {}
    with inference():
        for b in range(0, len(prep.windows), 32):
            chunk = prep.windows[b: b + 32]
            hidden, mask = _pad([prep.states[rows] for _, rows in chunk])
            tok_logits, par_logits = T._top_forward(model, hidden, mask, 0)
            tok = torch.sigmoid(tok_logits.float()).numpy()
            par = torch.sigmoid(par_logits.float()).numpy()
            for j, (p, rows) in enumerate(chunk):
                heads[p] = np.maximum(heads.get(p, par[j]), par[j])
                grouped: dict[int, list[int]] = {}
                for t, r in enumerate(rows):
                    grouped.setdefault(prep.words[r], []).append(t)
                target = words.setdefault(p, {})
                for ts in grouped.values():
                    span = (prep.offsets[rows[ts[0]]][0], prep.offsets[rows[ts[-1]]][1])
                    value = tok[j, ts].max(axis=0)
                    target[span] = np.maximum(target[span], value) if span in target else value
    found: list[Any] = []
    for p, (start, end) in enumerate(prep.paragraphs):
        spans = sorted(words.get(p, {}))
        probs = (np.stack([words[p][s] for s in spans]) if spans else np.zeros((0, n), dtype=np.float32))
        ranges = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
        found.append(ParagraphScores(start, end, ranges, probs, heads.get(p, np.zeros(n, dtype=np.float32))))
    return found


def main() -> None:
    import torch

    from spinscope.components.persuasion_models import TechniqueTagger
    from spinscope.training import techniques as T
    from spinscope.training.data import load_memes, load_semeval2023, split_articles

    parser = argparse.ArgumentParser(prog="python -m benchmarks.shared_pass", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--layers", type=int, default=2, help="trainable layers over the shared states")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--lr", type=float, default=1.5e-4)
    args = parser.parse_args()
    torch.set_num_threads(2)
    started = time.time()
    train_articles, val = split_articles(load_semeval2023(args.data))
    train_articles = [a for a in train_articles if a.paragraph_labels is not None]
    val = [a for a in val if a.paragraph_labels is not None]
    prepared_train = prepare(train_articles + load_memes(args.data))
    prepared_val = prepare(val)
    print(f"prepared in {(time.time() - started) / 60:.1f} min", flush=True)
    model = train(examples(prepared_train, T.NEGATIVE_KEEP, T.SEED), layers=args.layers, epochs=args.epochs,
                  lr=args.lr, seed=T.SEED)
    trained = time.time()
    scores = {p.article.id: score(model, p) for p in prepared_val}
    shared_seconds = time.time() - trained
    source, thresholds, crossfit = T.choose_paragraph_source(val, scores)
    word_probs, word_gold = T.word_matrix(val, scores)
    config = {"paragraph_source": source, "paragraph_thresholds": thresholds.tolist(),
              "span_thresholds": T.calibrate_word_thresholds(word_probs, word_gold).tolist()}
    shared = T.evaluate(val, scores, config)
    tagger = TechniqueTagger()
    before = time.time()
    committed = T.evaluate(val, T.score_articles(tagger.model, val), tagger.config)
    own_seconds = time.time() - before
    rows = {f"shared pass + {args.layers} trained layers, {args.epochs} epochs, lr {args.lr}":
            (shared, crossfit[source], shared_seconds),
            "committed tagger (own fine-tuned pass)": (committed, max(
                tagger.config["validation"]["st3"].get("crossfit_micro_f1_by_source", {}).values(), default=0.0),
                own_seconds)}
    print(f"\n| tagger | ST3 micro-F1 | cross-fitted | SI F1 | TC micro-F1 | seconds over {len(val)} validation "
          "articles beyond the shared sentence pass |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (m, cf, sec) in rows.items():
        print(f"| {name} | {m['st3']['micro']['f1']} | {cf:.4f} | {m['ptc_si']['f1']} | "
              f"{m['ptc_tc']['micro']['f1']} | {sec:.1f} |")
    print(json.dumps({"minutes": round((time.time() - started) / 60, 1)}))


if __name__ == "__main__":
    main()
