"""Train, calibrate and evaluate the technique tagger (SemEval-2023 subtask 3 + PTC SI/TC)."""

from __future__ import annotations

import functools
import json
import logging
import os
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..components.persuasion_models import (
    ARTICLE_PRIOR_DEFAULT,
    PARAGRAPH_ONLY_MARGIN,
    ParagraphScores,
    Window,
    base_model_id,
    best_sentence,
    build_tagger,
    extract_spans,
    incitement_additions,
    lexicon_additions,
    lexicon_parts,
    load_base_encoder,
    load_tokenizer,
    make_windows,
    one_word_thresholds,
    pad_batch,
    paragraph_probs,
    repetition_spans,
    score_paragraphs,
    sentence_level,
    span_probs,
    span_thresholds,
    trainable_state,
    with_article_prior,
    word_level,
)
from ..components.techniques41 import reported_frame
from ..components.techniques42 import fragment_fix
from .data import (
    PTC_CLASSES,
    SEMEVAL2023_TO_PTC,
    TECHNIQUES,
    Article,
    load_memes,
    load_semeval2023,
    split_articles,
)
from .scorers import multilabel_scores, si_scores, tc_scores

log = logging.getLogger(__name__)

#: Training hyper-parameters. Recorded in the model card; changing them changes the committed scores.
#: 4 epochs with every window kept (round 28, trained on a GPU): ST3 micro-F1 cross-fitted on the validation articles
#: 0.4388 over five runs (seeds 14-17, the lowest 0.4350) against 0.4242 (lowest 0.4188) for round 8's recipe of 3
#: epochs and 40% of the windows without a technique; docs/EVALUATION.md, "Techniques on a GPU, round 28". On two
#: CPU cores this recipe takes about an hour (`--device cuda` about two minutes on one H200).
EPOCHS = 4
#: Share of windows without any technique that are kept for training (seeded). Most paragraphs have none; all are
#: kept since round 28 (0.4 before, to fit the CPU budget of a shared 2-core machine): the tagger then sees as much
#: plain reporting as the articles hold, and reads less into neutral words.
NEGATIVE_KEEP = 1.0
#: Transformer layers fine-tuned (the top ones; 6 is all). Layers below are frozen and their output is computed
#: once and cached, which makes training faster at a cost in accuracy. Measured (docs/EVALUATION.md): 2 layers
#: 4.5 min, ST3 0.436 (cross-fitted 0.397); 6 layers 47 min with other jobs on the machine, ST3 0.452 (0.428).
TRAIN_LAYERS = 6
BATCH_SIZE = 16
ENCODER_LR = 8e-5
HEAD_LR = 2e-3
WARMUP = 0.06
SEED = 14
#: Positive weights of the BCE losses are sqrt(negatives/positives), capped, so rare techniques are not ignored.
TOKEN_POS_WEIGHT_CAP = 20.0
PARAGRAPH_POS_WEIGHT_CAP = 10.0
#: A technique needs this many positive validation paragraphs (words for spans) to get its own threshold.
MIN_POSITIVES_FOR_OWN_THRESHOLD = 4
THRESHOLD_GRID = tuple(round(x, 2) for x in np.arange(0.05, 0.96, 0.025))
#: Weight of the article prior (:func:`with_article_prior`) written into a trained tagger's config: paragraph
#: probabilities plus 0.1 x their article mean, thresholds calibrated after it. ST3 micro-F1 cross-fitted over four
#: held-out halves +0.0025 to +0.013 (news-mix weighted -0.0004 to +0.016); with the weight chosen per half from
#: 0..0.4 as well, 0.4236 -> 0.4281 (news mix 0.3629 -> 0.3692) (docs/EVALUATION.md, "Techniques, fifth round").
ARTICLE_PRIOR = 0.1


@dataclass
class Example:
    window: Window
    token_labels: np.ndarray  # (n_tokens, n_labels)
    paragraph_labels: np.ndarray  # (n_labels,)


def article_paragraphs(article: Article) -> list[tuple[int, int]]:
    if article.source == "semeval2021":
        return [(0, len(article.text))]
    return [(p.start, p.end) for p in article.lines]


def build_examples(articles: Sequence[Article], *, tokenizer: Any) -> list[Example]:
    """Encoder windows with token labels (token overlaps a gold span) and paragraph labels."""
    index = {t: i for i, t in enumerate(TECHNIQUES)}
    examples: list[Example] = []
    for art in articles:
        paragraphs = article_paragraphs(art)
        windows = make_windows(art.text, paragraphs, tokenizer=tokenizer)
        per_paragraph: dict[int, int] = {}
        for w in windows:
            per_paragraph[w.paragraph] = per_paragraph.get(w.paragraph, 0) + 1
        numbers = [p.number for p in art.lines] if art.source != "semeval2021" else [1]
        for w in windows:
            tok = np.zeros((len(w.input_ids), len(TECHNIQUES)), dtype=np.float32)
            for span in art.spans:
                k = index.get(span.technique)
                if k is None:
                    continue
                for t, (s, e) in enumerate(w.offsets):
                    if e > s and s < span.end and e > span.start:
                        tok[t, k] = 1.0
            par = tok.max(axis=0) if len(tok) else np.zeros(len(TECHNIQUES), dtype=np.float32)
            if per_paragraph[w.paragraph] == 1 and art.paragraph_labels is not None:
                for label in art.paragraph_labels.get(numbers[w.paragraph], []):
                    if label in index:
                        par[index[label]] = 1.0
            examples.append(Example(w, tok, par))
    return examples


#: The lexicon stage written into the config of a trained tagger: the loaded-word list only. On the validation
#: split it costs 0.0006 SI F1 and leaves ST3 and TC as they are; the opponent-label list, which the
#: annotators almost never mark, costs more (docs/EVALUATION.md, "Lexicon stage").
LEXICON_DEFAULT = "loaded"


def _pos_weight(counts: np.ndarray, total: int, cap: float) -> np.ndarray:
    neg = total - counts
    return np.clip(np.sqrt(neg / np.maximum(counts, 1)), 1.0, cap).astype(np.float32)


def _cache_lower_layers(model: Any, examples: Sequence[Example], frozen: int, device: str = "cpu"
                        ) -> list[np.ndarray]:
    """The output of the frozen bottom ``frozen`` layers for every example (fp16), computed once."""
    import torch

    cached: list[np.ndarray] = [np.zeros(0, dtype=np.float16)] * len(examples)
    order = sorted(range(len(examples)), key=lambda i: len(examples[i].window.input_ids))
    layers = model.encoder.encoder.layer
    model.encoder.encoder.layer = layers[:frozen]  # only the frozen layers need to run here
    try:
        with torch.inference_mode():
            for b in range(0, len(order), 64):
                idx = order[b: b + 64]
                ids, mask = pad_batch([examples[i].window for i in idx])
                hidden = model.encoder(input_ids=ids.to(device), attention_mask=mask.to(device)).last_hidden_state
                hidden = hidden.float().cpu()
                for j, i in enumerate(idx):
                    cached[i] = hidden[j, : len(examples[i].window.input_ids)].numpy().astype(np.float16)
    finally:
        model.encoder.encoder.layer = layers
    return cached


def _top_forward(model: Any, hidden: Any, mask: Any, frozen: int) -> tuple[Any, Any]:
    """Run the trainable top layers and both heads on cached lower-layer states (as TechniqueTagger.forward)."""
    bert = model.encoder
    mask4 = bert.attention_mask(mask)
    for layer in bert.encoder.layer[frozen:]:
        hidden = layer(hidden, mask4)
    hidden = model.dropout(hidden)
    m = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
    return model.token_head(hidden), model.paragraph_head(pooled)


def train_tagger(examples: Sequence[Example], *, epochs: int = EPOCHS, train_layers: int = TRAIN_LAYERS,
                 seed: int = SEED, device: str = "cpu", progress: Callable[[str], None] = print) -> Any:
    """Fine-tune the top ``train_layers`` MiniLM layers with the token and paragraph heads; returns it in eval mode,
    on the CPU. ``device`` ("cpu", "cuda") is where the training steps run; the recipe is the same on both."""
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = build_tagger(load_base_encoder(), len(TECHNIQUES)).to(device)
    n_layers = len(model.encoder.encoder.layer)
    frozen = n_layers - train_layers
    for p in model.encoder.embeddings.parameters():
        p.requires_grad = False
    for layer in model.encoder.encoder.layer[:frozen]:
        for p in layer.parameters():
            p.requires_grad = False
    started = time.time()
    model.eval()
    cached = _cache_lower_layers(model, examples, frozen, device)
    progress(f"cached the output of {frozen} frozen layers in {(time.time() - started) / 60:.1f} min")
    tok_counts = sum((e.token_labels[1:-1].sum(axis=0) for e in examples), np.zeros(len(TECHNIQUES)))
    n_tokens = sum(len(e.token_labels) - 2 for e in examples)
    par_counts = sum((e.paragraph_labels for e in examples), np.zeros(len(TECHNIQUES)))
    tok_loss = torch.nn.BCEWithLogitsLoss(
        pos_weight=torch.tensor(_pos_weight(tok_counts, n_tokens, TOKEN_POS_WEIGHT_CAP), device=device),
        reduction="none")
    par_loss = torch.nn.BCEWithLogitsLoss(
        pos_weight=torch.tensor(_pos_weight(par_counts, len(examples), PARAGRAPH_POS_WEIGHT_CAP), device=device))
    encoder_params = [p for p in model.encoder.parameters() if p.requires_grad]
    head_params = list(model.token_head.parameters()) + list(model.paragraph_head.parameters())
    optim = torch.optim.AdamW([{"params": encoder_params, "lr": ENCODER_LR},
                               {"params": head_params, "lr": HEAD_LR}], weight_decay=0.01)
    # Length-sorted buckets of batches, shuffled each epoch: little padding, still random order.
    order = sorted(range(len(examples)), key=lambda i: len(examples[i].window.input_ids))
    batches = [order[i: i + BATCH_SIZE] for i in range(0, len(order), BATCH_SIZE)]
    total_steps = epochs * len(batches)
    warmup = max(1, int(WARMUP * total_steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda s: min((s + 1) / warmup, max(0.0, (total_steps - s) / max(1, total_steps - warmup))))
    step = 0
    model.train()
    for epoch in range(epochs):
        rng.shuffle(batches)
        running = 0.0
        for b, batch in enumerate(batches):
            chosen = [examples[i] for i in batch]
            width = max(len(e.window.input_ids) for e in chosen)
            hidden = torch.zeros((len(chosen), width, cached[batch[0]].shape[1]))
            mask = torch.zeros((len(chosen), width), dtype=torch.long)
            tok_target = torch.zeros((len(chosen), width, len(TECHNIQUES)))
            tok_mask = torch.zeros((len(chosen), width))
            for j, (i, e) in enumerate(zip(batch, chosen, strict=True)):
                n = len(e.window.input_ids)
                hidden[j, :n] = torch.from_numpy(cached[i].astype(np.float32))
                mask[j, :n] = 1
                tok_target[j, :n] = torch.from_numpy(e.token_labels)
                tok_mask[j, 1: n - 1] = 1.0  # [CLS] and [SEP] carry no label
            par_target = torch.from_numpy(np.stack([e.paragraph_labels for e in chosen]))
            hidden, mask, tok_target, tok_mask, par_target = (
                t.to(device) for t in (hidden, mask, tok_target, tok_mask, par_target))
            tok_logits, par_logits = _top_forward(model, hidden, mask, frozen)
            lt = (tok_loss(tok_logits, tok_target).mean(-1) * tok_mask).sum() / tok_mask.sum().clamp(min=1)
            loss = lt + par_loss(par_logits, par_target)
            optim.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optim.step()
            sched.step()
            step += 1
            running += loss.item()
            if (b + 1) % 100 == 0:
                elapsed = time.time() - started
                progress(f"epoch {epoch + 1} batch {b + 1}/{len(batches)} loss {running / 100:.4f} "
                         f"elapsed {elapsed / 60:.1f} min, eta {elapsed / step * (total_steps - step) / 60:.1f} min")
                running = 0.0
    model.eval()
    return model.to("cpu")


# ------------------------------------------------------------------------------------------------ calibration


def score_articles(model: Any, articles: Sequence[Article]) -> dict[str, list[ParagraphScores]]:
    tokenizer = load_tokenizer()
    return {a.id: score_paragraphs(model, tokenizer, a.text, article_paragraphs(a), n_labels=len(TECHNIQUES))
            for a in articles}


def _paragraph_gold(articles: Sequence[Article]) -> dict[tuple[str, int], list[str]]:
    gold: dict[tuple[str, int], list[str]] = {}
    for a in articles:
        assert a.paragraph_labels is not None
        for number, labels in a.paragraph_labels.items():
            gold[(a.id, number)] = labels
    return gold


def paragraph_matrix(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]], source: str,
                     prior: float = ARTICLE_PRIOR) -> tuple[list[tuple[str, int]], np.ndarray, np.ndarray]:
    """Paragraph probabilities (with the article prior, :func:`with_article_prior`) and gold, one row per
    paragraph of ``articles``."""
    keys: list[tuple[str, int]] = []
    probs: list[np.ndarray] = []
    gold: list[np.ndarray] = []
    index = {t: i for i, t in enumerate(TECHNIQUES)}
    for a in articles:
        assert a.paragraph_labels is not None
        probs.extend(with_article_prior(np.array([paragraph_probs(para, source) for para in scores[a.id]]), prior))
        for line, _ in zip(a.lines, scores[a.id], strict=True):
            keys.append((a.id, line.number))
            g = np.zeros(len(TECHNIQUES), dtype=bool)
            for label in a.paragraph_labels.get(line.number, []):
                if label in index:
                    g[index[label]] = True
            gold.append(g)
    return keys, np.array(probs), np.array(gold)


def _micro_f1(probs: np.ndarray, gold: np.ndarray, thresholds: np.ndarray) -> float:
    pred = probs >= thresholds
    tp = float((pred & gold).sum())
    fp = float((pred & ~gold).sum())
    fn = float((~pred & gold).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def calibrate_thresholds(probs: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """Per-technique thresholds that maximize micro-F1 (coordinate ascent from the best global threshold).

    Techniques with too few positives keep the global threshold: a threshold fitted to one or two examples
    only adds noise.
    """
    best_global = max(THRESHOLD_GRID, key=lambda t: _micro_f1(probs, gold, np.full(probs.shape[1], t)))
    thresholds = np.full(probs.shape[1], best_global, dtype=np.float64)
    positives = gold.sum(axis=0)
    for _ in range(2):
        for k in range(probs.shape[1]):
            if positives[k] < MIN_POSITIVES_FOR_OWN_THRESHOLD:
                continue
            best_t, best_f = thresholds[k], _micro_f1(probs, gold, thresholds)
            for t in THRESHOLD_GRID:
                trial = thresholds.copy()
                trial[k] = t
                f = _micro_f1(probs, gold, trial)
                if f > best_f + 1e-9:
                    best_t, best_f = t, f
            thresholds[k] = best_t
    return thresholds


def word_matrix(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]]
                ) -> tuple[np.ndarray, np.ndarray]:
    """Word probabilities and word gold (the word overlaps a gold span of the technique)."""
    index = {t: i for i, t in enumerate(TECHNIQUES)}
    probs, gold = [], []
    for a in articles:
        for para in scores[a.id]:
            for (s, e), p in zip(para.words, para.word_probs, strict=True):
                g = np.zeros(len(TECHNIQUES), dtype=bool)
                for span in a.spans:
                    if span.start < e and span.end > s and span.technique in index:
                        g[index[span.technique]] = True
                probs.append(p)
                gold.append(g)
    return np.array(probs), np.array(gold)


#: Span thresholds are searched from here up: below it, the word scores of a weak technique are noise.
MIN_SPAN_THRESHOLD = 0.2
#: A technique whose best validation word-F1 stays under this gets SPAN_THRESHOLD_WEAK (almost never fires):
#: a span finder that is mostly wrong does more harm on a reader's screen than a missing highlight.
MIN_SPAN_F1 = 0.1
SPAN_THRESHOLD_WEAK = 0.9


def calibrate_word_thresholds(probs: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """Per-technique word thresholds maximizing each technique's word-level F1 (conservative for weak ones)."""
    grid = [t for t in THRESHOLD_GRID if t >= MIN_SPAN_THRESHOLD]

    def f1(k: int | None, t: float) -> float:
        p = probs >= t if k is None else probs[:, k] >= t
        g = gold if k is None else gold[:, k]
        tp = float((p & g).sum())
        return 2 * tp / (2 * tp + float((p & ~g).sum()) + float((~p & g).sum())) if tp else 0.0

    thresholds = np.full(probs.shape[1], SPAN_THRESHOLD_WEAK, dtype=np.float64)
    for k in range(probs.shape[1]):
        if gold[:, k].sum() >= MIN_POSITIVES_FOR_OWN_THRESHOLD * 5:
            best = max(grid, key=functools.partial(f1, k))
            if f1(k, best) >= MIN_SPAN_F1:
                thresholds[k] = best
    return thresholds


def choose_paragraph_source(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]],
                            prior: float = ARTICLE_PRIOR) -> tuple[str, np.ndarray, dict[str, float]]:
    """Pick head / token / mean by validation micro-F1 with calibrated thresholds (cross-fitted, see below)."""
    results: dict[str, float] = {}
    for source in ("head", "token", "mean"):
        results[source] = crossfit_st3(articles, scores, source, prior)
    source = max(results, key=results.__getitem__)
    _, probs, gold = paragraph_matrix(articles, scores, source, prior)
    return source, calibrate_thresholds(probs, gold), results


def crossfit_st3(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]], source: str,
                 prior: float = ARTICLE_PRIOR) -> float:
    """ST3 micro-F1 where each half of the validation articles is scored with thresholds fitted on the other."""
    halves = [list(articles[0::2]), list(articles[1::2])]
    tp = fp = fn = 0.0
    for fit, test in ((halves[0], halves[1]), (halves[1], halves[0])):
        _, p_fit, g_fit = paragraph_matrix(fit, scores, source, prior)
        thresholds = calibrate_thresholds(p_fit, g_fit)
        _, p_test, g_test = paragraph_matrix(test, scores, source, prior)
        pred = p_test >= thresholds
        tp += float((pred & g_test).sum())
        fp += float((pred & ~g_test).sum())
        fn += float((~pred & g_test).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# ------------------------------------------------------------------------------------------------ evaluation


def predict_st3(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]], source: str,
                thresholds: Sequence[float], prior: float = ARTICLE_PRIOR) -> dict[tuple[str, int], list[str]]:
    """Paragraph labels (ST3): the model's, above their thresholds, as techniques.v1 gives them."""
    pred: dict[tuple[str, int], list[str]] = {}
    for a in articles:
        matrix = with_article_prior(np.array([paragraph_probs(para, source) for para in scores[a.id]]), prior)
        for line, probs in zip(a.lines, matrix, strict=True):
            labels = [t for k, t in enumerate(TECHNIQUES) if probs[k] >= thresholds[k]]
            pred[(a.id, line.number)] = labels
    return pred


#: Added to the Repetition score of a span whose words occur again in the article. The tagger sees one paragraph at
#: a time, so it cannot know that a phrase repeats; 132 of the 163 Repetition spans of the validation articles
#: recur (and 112 spans of other classes). Cross-fitted TC 0.472 -> 0.519 with it (0.2: 0.513, 0.5: 0.519;
#: docs/EVALUATION.md, "Techniques"). The SemEval-2020 TC winners used the same feature.
REPETITION_BONUS = 0.3


def span_recurs(text: str, start: int, end: int) -> bool:
    """Whether the words of ``text[start:end]`` (4 characters or more, case and outer punctuation aside) occur
    at least twice in ``text``."""
    phrase = re.sub(r"\s+", " ", text[start:end].lower().strip(" .,;:!?\"'“”"))
    return len(phrase) >= 4 and text.lower().count(phrase) >= 2


def tc_class_scores(probs: np.ndarray, *, recurs: bool = False) -> np.ndarray:
    """The 14 PTC class scores of a span from its 23 technique probabilities: each class's best member, plus
    REPETITION_BONUS for Repetition when the span's words recur in the article."""
    best = np.zeros(len(PTC_CLASSES))
    index = {c: i for i, c in enumerate(PTC_CLASSES)}
    for k, technique in enumerate(TECHNIQUES):
        cls = SEMEVAL2023_TO_PTC.get(technique)
        if cls is not None:
            best[index[cls]] = max(best[index[cls]], float(probs[k]))
    if recurs:
        best[index["Repetition"]] += REPETITION_BONUS
    return best


def ptc_tc_label(probs: np.ndarray, offsets: dict[str, float] | None = None, *, recurs: bool = False) -> str:
    """The PTC class of a span: the class whose best member scores highest, after the class ``offsets`` and the
    repetition bonus (``recurs``: :func:`span_recurs`)."""
    scores = tc_class_scores(probs, recurs=recurs)
    if offsets:
        scores = scores + np.array([offsets.get(c, 0.0) for c in PTC_CLASSES])
    return PTC_CLASSES[int(np.argmax(scores))]


#: Offsets tried per PTC class when fitting ``tc_offsets``.
TC_OFFSET_GRID = tuple(round(x, 2) for x in np.arange(-0.3, 0.31, 0.05))


def tc_matrix(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]]) -> tuple[np.ndarray, np.ndarray]:
    """Class scores and gold class index of every gold PTC span (one label per span, the last, as TC gold)."""
    rows, gold = [], []
    for a in articles:
        spans: dict[tuple[int, int], str] = {}
        for span in a.spans:
            if span.technique in SEMEVAL2023_TO_PTC:
                spans[(span.start, span.end)] = SEMEVAL2023_TO_PTC[span.technique]
        for (start, end), cls in spans.items():
            rows.append(tc_class_scores(span_probs(scores[a.id], start, end, len(TECHNIQUES)),
                                        recurs=span_recurs(a.text, start, end)))
            gold.append(PTC_CLASSES.index(cls))
    return np.array(rows).reshape(-1, len(PTC_CLASSES)), np.array(gold, dtype=int)


def fit_tc_offsets(class_scores: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    """Per-class offsets added to the class scores before the argmax, maximizing TC accuracy (coordinate ascent).

    The tagger's scores are not comparable across classes (Doubt and Exaggeration score high on many spans of
    other classes); offsets fitted on one half of the validation articles raised TC on the other half by 0.013 to
    0.032 in all four cross-fits (docs/EVALUATION.md, "Techniques").
    """
    offsets = np.zeros(len(PTC_CLASSES))

    def accuracy(b: np.ndarray) -> float:
        return float(np.mean(np.argmax(class_scores + b, axis=1) == gold)) if len(gold) else 0.0

    for _ in range(2):
        for c in range(len(PTC_CLASSES)):
            best, best_v = accuracy(offsets), offsets[c]
            for v in TC_OFFSET_GRID:
                trial = offsets.copy()
                trial[c] = v
                if (f := accuracy(trial)) > best + 1e-9:
                    best, best_v = f, v
            offsets[c] = best_v
    return {c: round(float(v), 3) for c, v in zip(PTC_CLASSES, offsets, strict=True)}


def label_sentences(article: Article, scores: Sequence[ParagraphScores], config: dict[str, Any],
                    spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sentence findings techniques.v1 adds for paragraph labels that no span of ``spans`` shows: the
    sentence of the technique's best word (:func:`best_sentence`), when the paragraph score clears its threshold
    by PARAGRAPH_ONLY_MARGIN."""
    thresholds = np.asarray(config["paragraph_thresholds"])
    probs = with_article_prior(np.array([paragraph_probs(para, config["paragraph_source"]) for para in scores]),
                               config.get("article_prior", ARTICLE_PRIOR_DEFAULT))
    found: list[tuple[int, int, str]] = []
    for para, p in zip(scores, probs, strict=True):
        if len(para.words) == 0:
            continue
        for k in np.flatnonzero(p >= thresholds + PARAGRAPH_ONLY_MARGIN):
            label = TECHNIQUES[k]
            if not any(t == label and s < para.end and e > para.start for s, e, t in spans):
                found.append((*best_sentence(article.text, para, int(k)), label))
    return found


def _without_fragments42(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` trimmed or dropped as :func:`techniques42.fragment_fix` says."""
    out = []
    for s, e, t in spans:
        fixed = fragment_fix(text, s, e)
        if fixed is not None:
            out.append((*fixed, t))
    return out


def evaluate(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]], config: dict[str, Any],
             *, lexicon: bool | str | None = None) -> dict[str, Any]:
    """ST3 micro/macro-F1 with per-technique scores, PTC SI F1 and PTC TC micro-F1 on ``articles``.

    ``lexicon`` adds the lexicon stage's spans to SI: ``"labels"``, ``"loaded"``, ``"all"`` (or ``True``) or
    ``"off"`` (or ``False``); ``None`` keeps what the model's config says (off when it says nothing). As in
    techniques.v1, the stage adds spans only: paragraph labels (ST3) and span classes (TC) are the model's.
    """
    parts = lexicon_parts(config.get("lexicon", False) if lexicon is None else lexicon)
    st3_articles = [a for a in articles if a.paragraph_labels is not None]
    pred = predict_st3(st3_articles, scores, config["paragraph_source"], config["paragraph_thresholds"],
                       config.get("article_prior", ARTICLE_PRIOR_DEFAULT))
    si_gold = {a.id: [(s.start, s.end) for s in a.spans if s.technique in SEMEVAL2023_TO_PTC] for a in st3_articles}
    si_pred: dict[str, list[tuple[int, int]]] = {}
    tc_gold: dict[tuple[str, int, int], str] = {}
    tc_pred: dict[tuple[str, int, int], str] = {}
    span_hits: dict[str, Counter[str]] = {"model": Counter(), "lexicon": Counter(), "incitement": Counter(),
                                          "sentence": Counter(), "repetition": Counter()}
    thresholds = span_thresholds(TECHNIQUES, config["span_thresholds"])
    for a in st3_articles:
        found = [(s, e, TECHNIQUES[k]) for s, e, k, _ in
                 extract_spans(a.text, scores[a.id], TECHNIQUES, thresholds,
                               one_word_thresholds=one_word_thresholds(TECHNIQUES, thresholds),
                               sentence_labels=sentence_level(TECHNIQUES))]
        added = lexicon_additions(a.text, [(p.start, p.end) for p in a.lines], parts, found)
        rule = incitement_additions(a.text, [(p.start, p.end) for p in a.lines], found + added)
        sentences = label_sentences(a, scores[a.id], config, found + added + rule)
        shown = found + added + rule + sentences
        anchors = word_level([(*x, "model") for x in found + added + rule] + [(*x, "sentence") for x in sentences])
        repeated = repetition_spans(a.text, scores[a.id], TECHNIQUES, shown, anchors)
        for s, _, t in repeated:  # ST3: as techniques.v1, the paragraph holding a repetition carries the label
            for line in a.lines:
                if line.start <= s < line.end and t not in pred[(a.id, line.number)]:
                    pred[(a.id, line.number)].append(t)
        # as techniques.v1: the tagger's argument-shape spans on reported speech go after every stage read them
        found = [(s, e, t) for s, e, t in found if not reported_frame(a.text, s, e, t)]
        # as techniques.v1: the tagger's spans and the sentences showing paragraph labels that are fragments (over a
        # closing quotation mark, inside a name) are trimmed or dropped, after every stage read them (techniques42)
        found, sentences = _without_fragments42(a.text, found), _without_fragments42(a.text, sentences)
        si_pred[a.id] = [(s, e) for s, e, t in found + added + rule + sentences + repeated
                         if t in SEMEVAL2023_TO_PTC]
        for source, spans in (("model", found), ("lexicon", added), ("incitement", rule), ("sentence", sentences),
                              ("repetition", repeated)):
            for s, e, t in spans:
                span_hits[source][t] += 1
                span_hits[source][f"{t} right"] += any(g.technique == t and g.start < e and s < g.end for g in a.spans)
        for span in a.spans:
            if span.technique in SEMEVAL2023_TO_PTC:
                key = (a.id, span.start, span.end)
                tc_gold[key] = SEMEVAL2023_TO_PTC[span.technique]
                tc_pred[key] = ptc_tc_label(span_probs(scores[a.id], span.start, span.end, len(TECHNIQUES)),
                                            config.get("tc_offsets"),
                                            recurs=span_recurs(a.text, span.start, span.end))
    micro, macro, per = multilabel_scores(_paragraph_gold(st3_articles), pred, TECHNIQUES)
    si = si_scores(si_gold, si_pred)
    # One gold span can carry two labels; the official TC gold has one row per label, keep the last.
    tc_micro, tc_per, confusions = tc_scores(tc_gold, tc_pred, PTC_CLASSES)
    return {
        "st3": {"micro": micro.as_dict(), "macro_f1": round(macro, 4),
                "per_technique": {t: s.as_dict() for t, s in per.items()},
                "paragraphs": len(pred), "articles": len(st3_articles)},
        "ptc_si": si.as_dict(),
        # a span is right when it overlaps a gold span of its own technique
        "span_precision": {source: {t: {"spans": hits[t], "right": hits[f"{t} right"]} for t in TECHNIQUES if hits[t]}
                           for source, hits in span_hits.items()},
        "lexicon": list(parts),
        "ptc_tc": {"micro": tc_micro.as_dict(), "per_class": {c: s.as_dict() for c, s in tc_per.items()},
                   "top_confusions": [[g, p, n] for (g, p), n in confusions.most_common(10)]},
    }


def training_examples(articles: Sequence[Article], memes: Sequence[Article], *, negative_keep: float,
                      seed: int) -> list[Example]:
    """The windows a tagger trains on: every window of ``articles`` and ``memes`` with a technique, and a seeded
    ``negative_keep`` share of those without one."""
    examples = build_examples([*articles, *memes], tokenizer=load_tokenizer())
    sampler = random.Random(seed)
    return [e for e in examples if e.paragraph_labels.any() or sampler.random() < negative_keep]


def run(data_dir: Path | None, out_dir: Path, *, epochs: int = EPOCHS, train_layers: int = TRAIN_LAYERS,
        negative_keep: float = NEGATIVE_KEEP, seed: int = SEED, limit: int | None = None, device: str = "cpu",
        progress: Callable[[str], None] = print) -> dict[str, Any]:
    """The whole `spinscope train techniques`: data, training, calibration, validation scores, files."""
    import torch

    torch.set_num_threads(int(os.environ.get("SPINSCOPE_THREADS", "2")))
    started = time.time()
    articles = load_semeval2023(data_dir)
    train, val = split_articles(articles)
    train = [a for a in train if a.paragraph_labels is not None]
    val = [a for a in val if a.paragraph_labels is not None]
    memes = load_memes(data_dir)
    if limit:
        train, val, memes = train[:limit], val[: max(4, limit // 4)], memes[:limit]
    examples = training_examples(train, memes, negative_keep=negative_keep, seed=seed)
    progress(f"{len(train)} train articles + {len(memes)} memes -> {len(examples)} windows; "
             f"{len(val)} validation articles")
    model = train_tagger(examples, epochs=epochs, train_layers=train_layers, seed=seed, device=device,
                         progress=progress)
    train_minutes = (time.time() - started) / 60
    scores = score_articles(model, val)
    calibration = fit_calibration(val, scores)
    crossfit = calibration.pop("crossfit")
    source = calibration["paragraph_source"]
    config: dict[str, Any] = {
        "labels": list(TECHNIQUES), "model_id": f"minilm-tagger-{time.strftime('%Y%m%d')}",
        "base_model": base_model_id(), **calibration, "window_tokens": 128, "window_stride": 32,
        "training": {"epochs": epochs, "train_layers": train_layers, "negative_keep": negative_keep,
                     "batch_size": BATCH_SIZE, "encoder_lr": ENCODER_LR, "head_lr": HEAD_LR,
                     "seed": seed, "train_articles": len(train), "memes": len(memes), "windows": len(examples),
                     "validation_articles": len(val), "minutes": round(train_minutes, 1), "device": device},
    }
    metrics = evaluate(val, scores, config)
    metrics["st3"]["crossfit_micro_f1_by_source"] = crossfit
    config["validation"] = metrics
    write_tagger(model, config, out_dir)
    progress(f"done in {(time.time() - started) / 60:.1f} min; ST3 micro-F1 "
             f"{metrics['st3']['micro']['f1']} (cross-fitted {crossfit[source]:.4f}), "
             f"SI F1 {metrics['ptc_si']['f1']}, TC micro-F1 {metrics['ptc_tc']['micro']['f1']}")
    return config


# ------------------------------------------------------------------------------ folds over every labelled article

#: Folds over every labelled article for nested estimates (round 28's third device call, round 29's learning
#: curve): each article's fold is drawn from its id, so a rerun, or one fold trained on another machine, gives the
#: same partition.
REFIT_FOLDS = 5


def fold_of(article_id: str, folds: int = REFIT_FOLDS) -> int:
    return random.Random(f"tech28-{article_id}").randrange(folds)


def labelled_articles(data_dir: Path | None) -> list[Article]:
    """Every English SemEval-2023 training article with subtask-3 labels (train and validation parts), by id."""
    return [a for _, a in sorted(load_semeval2023(data_dir).items()) if a.paragraph_labels is not None]


def train_part(data_dir: Path | None, part: str, *, epochs: int = EPOCHS, train_layers: int = TRAIN_LAYERS,
               negative_keep: float = NEGATIVE_KEEP, seed: int = SEED, device: str = "cpu", limit: int | None = None,
               progress: Callable[[str], None] = print) -> tuple[Any, dict[str, list[ParagraphScores]], int]:
    """One tagger over the folds: ``all`` trains on every labelled article; ``fold-K`` on the articles outside
    fold K and scores fold K (out-of-fold scores); ``curve-K`` also leaves out fold K+1 (three folds of five: the
    learning curve). The SemEval-2021 memes join every training set. Returns the model, the scores and the windows."""
    kind, _, number = part.partition("-")
    if not ((kind == "all" and not number)
            or (kind in ("fold", "curve") and number.isdigit() and int(number) < REFIT_FOLDS)):
        raise ValueError(f"unknown part {part!r}: all, fold-K or curve-K (K below {REFIT_FOLDS})")
    articles = labelled_articles(data_dir)[:limit]
    train, test = articles, []
    if kind != "all":
        k = int(number)
        left_out = {k} if kind == "fold" else {k, (k + 1) % REFIT_FOLDS}
        train = [a for a in articles if fold_of(a.id) not in left_out]
        test = [a for a in articles if fold_of(a.id) == k]
    memes = load_memes(data_dir)[:limit]
    examples = training_examples(train, memes, negative_keep=negative_keep, seed=seed)
    progress(f"[{part}] {len(train)} articles + {len(memes)} memes -> {len(examples)} windows; {len(test)} scored")
    model = train_tagger(examples, epochs=epochs, train_layers=train_layers, seed=seed, device=device,
                         progress=progress)
    return model, score_articles(model, test), len(examples)


def save_scores(scores: dict[str, list[ParagraphScores]], path: Path) -> None:
    """Paragraph scores as a compressed npz (probabilities in 1/255 steps: what the calibration needs, a quarter of
    the size)."""
    arrays: dict[str, np.ndarray] = {}
    for aid, paragraphs in scores.items():
        for i, para in enumerate(paragraphs):
            arrays[f"{aid}|{i}|span"] = np.array([para.start, para.end], dtype=np.int64)
            arrays[f"{aid}|{i}|words"] = para.words.astype(np.int32)
            arrays[f"{aid}|{i}|word_probs"] = np.round(para.word_probs * 255).astype(np.uint8)
            arrays[f"{aid}|{i}|head_probs"] = np.round(para.head_probs * 255).astype(np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]


def load_scores(*paths: Path) -> dict[str, list[ParagraphScores]]:
    parts: dict[str, dict[int, dict[str, np.ndarray]]] = {}
    for path in paths:
        data = np.load(path)
        for key in data.files:
            aid, i, field = key.split("|")
            parts.setdefault(aid, {}).setdefault(int(i), {})[field] = data[key]
    return {aid: [ParagraphScores(int(f["span"][0]), int(f["span"][1]), f["words"],
                                  f["word_probs"].astype(np.float64) / 255, f["head_probs"].astype(np.float64) / 255)
                  for _, f in sorted(paras.items())] for aid, paras in parts.items()}


def fit_calibration(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]]) -> dict[str, Any]:
    """Paragraph source and thresholds, span thresholds and TC offsets on ``articles``' scores (as :func:`run`
    fits them on the validation articles)."""
    source, thresholds, crossfit = choose_paragraph_source(articles, scores, ARTICLE_PRIOR)
    return {"paragraph_source": source, "article_prior": ARTICLE_PRIOR,
            "paragraph_thresholds": [round(float(t), 3) for t in thresholds],
            "span_thresholds": [round(float(t), 3) for t in calibrate_word_thresholds(*word_matrix(articles, scores))],
            "tc_offsets": fit_tc_offsets(*tc_matrix(articles, scores)), "lexicon": LEXICON_DEFAULT,
            "crossfit": {k: round(v, 4) for k, v in crossfit.items()}}


def nested_estimate(articles: Sequence[Article], scores: dict[str, list[ParagraphScores]]) -> dict[str, Any]:
    """Out-of-fold scores, each fold scored with a calibration fitted on the others': no article is scored by a
    tagger or a threshold that saw it. ST3 micro-F1 pooled; PTC SI and TC F1 per fold and their mean."""
    usable = [a for a in articles if a.id in scores]
    tp = fp = fn = 0.0
    si: list[float] = []
    tc: list[float] = []
    for k in range(REFIT_FOLDS):
        test = [a for a in usable if fold_of(a.id) == k]
        if not test:
            continue
        config = fit_calibration([a for a in usable if fold_of(a.id) != k], scores)
        _, p_test, g_test = paragraph_matrix(test, scores, config["paragraph_source"], ARTICLE_PRIOR)
        pred = p_test >= np.asarray(config["paragraph_thresholds"])
        tp += float((pred & g_test).sum())
        fp += float((pred & ~g_test).sum())
        fn += float((~pred & g_test).sum())
        metrics = evaluate(test, scores, config)
        si.append(round(metrics["ptc_si"]["f1"], 4))
        tc.append(round(metrics["ptc_tc"]["micro"]["f1"], 4))
    return {"articles": len(usable), "st3_micro_f1_pooled": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0,
            "ptc_si_f1_mean": round(float(np.mean(si)), 4) if si else 0.0, "ptc_si_f1_folds": si,
            "ptc_tc_micro_f1_mean": round(float(np.mean(tc)), 4) if tc else 0.0, "ptc_tc_micro_f1_folds": tc}


def write_tagger(model: Any, config: dict[str, Any], out_dir: Path) -> None:
    """The trained overlay (model.safetensors, without the embeddings) and its config.json."""
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    save_file(trainable_state(model), str(out_dir / "model.safetensors"),
              metadata={"base_model": base_model_id(), "format": "spinscope-minilm-overlay-v1"})
    (out_dir / "config.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")


def recalibrate(model_dir: Path, data_dir: Path | None = None) -> dict[str, Any]:
    """Redo the calibration and validation scores of a trained tagger (same split, no training)."""
    from ..components.persuasion_models import TechniqueTagger

    tagger = TechniqueTagger(model_dir)
    _, val = split_articles(load_semeval2023(data_dir))
    val = [a for a in val if a.paragraph_labels is not None]
    scores = score_articles(tagger.model, val)
    config = tagger.config
    calibration = fit_calibration(val, scores)
    crossfit = calibration.pop("crossfit")
    calibration.pop("lexicon")  # the tagger's own lexicon setting stays
    config.update(calibration)
    config["model_id"] = config["model_id"].replace("minilm-tagger@", "minilm-tagger-")
    metrics = evaluate(val, scores, config)
    metrics["st3"]["crossfit_micro_f1_by_source"] = crossfit
    config["validation"] = metrics
    (model_dir / "config.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    return config


if __name__ == "__main__":  # pragma: no cover - a quick way to run outside the CLI
    import sys

    logging.basicConfig(level=logging.INFO)
    lim = int(sys.argv[2]) if len(sys.argv) > 2 else None
    ep = int(sys.argv[3]) if len(sys.argv) > 3 else EPOCHS
    run(None, Path(sys.argv[1]), limit=lim, epochs=ep)
