"""Known narratives: the SemEval-2025 Task 10 subtask-2 taxonomy (Ukraine war, climate change).

``narratives.v1`` labels the article with narratives and their sub-narratives, multi-label, each with a
score and the sentences that most support it. An article with no known narrative gets one narrative
labelled :data:`OTHER`, so the result says so explicitly.

The model (``resources/models/narratives``, trained by ``spinscope train narratives``), in stages:
  1. the domain, Ukraine war (URW) or climate change (CC), from a linear classifier; only that domain's
     narratives are considered (a SemEval article belongs to one domain);
  2. one-vs-rest linear classifiers over TF-IDF of the article and the mean of its frozen MiniLM sentence
     embeddings give each narrative a probability; those at or above the tuned threshold are reported,
     else the article is Other;
  3. under each narrative, the sub-narratives at or above their threshold; none: "<narrative>: Other".
Supporting sentences are the article's sentences the narrative's classifier scores highest on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..document import Document
from ..pipeline import register
from ..result import LabelScore, Narrative, Span
from ..settings import SUPPORTED_LANGUAGES
from .semeval2025 import MODELS_DIR, load_bundle, sentence_vectors, stack_features

MODEL_DIR = MODELS_DIR / "narratives"
OTHER = "Other"
#: Supporting sentences per narrative.
SUPPORTING_SENTENCES = 3
DOMAINS = ("URW", "CC")


def domain_of(label: str) -> str:
    return label.split(":", 1)[0].strip()


@dataclass
class NarrativePrediction:
    domain: str
    domain_score: float
    narratives: list[tuple[str, float]]  # reported coarse labels with probabilities, best first
    subnarratives: dict[str, list[tuple[str, float]]]  # coarse label -> reported fine labels
    best_score: float  # the best coarse probability in the domain (also when none is reported)

    def coarse_labels(self) -> list[str]:
        return [n for n, _ in self.narratives] or [OTHER]

    def fine_labels(self) -> list[str]:
        if not self.narratives:
            return [OTHER]
        return [f for n, _ in self.narratives for f, _ in self.subnarratives.get(n, [])] or [OTHER]


def _proba(classifier: Any, x: Any, n_labels: int | None = None) -> np.ndarray:
    """Per-label probabilities; a one-vs-rest model of a single label answers (n, 2): keep P(label)."""
    proba = classifier.predict_proba(x)
    if isinstance(proba, list):
        return np.stack([p[:, -1] for p in proba], axis=1)
    proba = np.asarray(proba)
    return proba[:, -1:] if n_labels == 1 and proba.shape[1] == 2 else proba


class NarrativeModel:
    """The trained narrative classifiers (a :mod:`spinscope.modelio` bundle) and their thresholds (config.json)."""

    def __init__(self, model_dir: Path | None = None, *, bundle: dict[str, Any] | None = None,
                 config: dict[str, Any] | None = None) -> None:
        """Load the model folder, or wrap an in-memory ``bundle`` (training and evaluation)."""
        if bundle is None:
            bundle, config = load_bundle(model_dir or MODEL_DIR)
        self.bundle, self.config = bundle, config or {}
        self.coarse_labels: list[str] = list(self.bundle["coarse_labels"])
        self.fine_labels: list[str] = list(self.bundle["fine_labels"])
        self.coarse_threshold = float(self.bundle["coarse_threshold"])
        self.fine_threshold = float(self.bundle["fine_threshold"])
        self.model_id = str(self.config.get("model_id", "narratives"))

    def features(self, texts: list[str], dense: np.ndarray) -> Any:
        return stack_features(self.bundle, texts, dense)

    def predict_rows(self, x: Any) -> list[NarrativePrediction]:
        """Narratives of each feature row (stages 1-3 of the module docstring)."""
        domain_p = _proba(self.bundle["domain"], x)  # columns: classes_ of the domain classifier
        domain_classes = list(self.bundle["domain"].classes_)
        coarse = _proba(self.bundle["coarse"], x, len(self.coarse_labels))
        fine = _proba(self.bundle["fine"], x, len(self.fine_labels))
        found = []
        for r in range(x.shape[0]):
            d = int(np.argmax(domain_p[r]))
            domain = str(domain_classes[d])
            scored = [(lab, float(coarse[r, j])) for j, lab in enumerate(self.coarse_labels)
                      if domain_of(lab) == domain]
            scored.sort(key=lambda t: -t[1])
            kept = [(lab, p) for lab, p in scored if p >= self.coarse_threshold]
            subs: dict[str, list[tuple[str, float]]] = {}
            for lab, _ in kept:
                under = [(f, float(fine[r, j])) for j, f in enumerate(self.fine_labels)
                         if f.startswith(lab + ": ") and not f.endswith(": Other")]
                under.sort(key=lambda t: -t[1])
                subs[lab] = [(f, p) for f, p in under if p >= self.fine_threshold] or [(f"{lab}: Other", 1.0)]
            found.append(NarrativePrediction(domain, float(domain_p[r, d]), kept, subs,
                                             scored[0][1] if scored else 0.0))
        return found

    def predict_article(self, text: str, vectors: np.ndarray) -> NarrativePrediction:
        dense = vectors.mean(axis=0, keepdims=True) if len(vectors) else np.zeros((1, 384), dtype=np.float32)
        return self.predict_rows(self.features([text], dense))[0]

    def sentence_scores(self, texts: list[str], vectors: np.ndarray, label: str) -> np.ndarray:
        """How strongly each sentence, on its own, carries the narrative ``label`` (its classifier's probability)."""
        j = self.coarse_labels.index(label)
        x = self.features(texts, vectors)
        estimator = self.bundle["coarse"].estimators_[j]
        return np.asarray(estimator.predict_proba(x))[:, -1]


@register("narratives.v1", requires=("text", "sentences"), assigns=("narratives",))
class Narratives:
    """SemEval-2025 narratives and sub-narratives with scores and supporting sentences; Other when none."""

    name = "narratives.v1"

    def __init__(self, *, model_dir: str | None = None) -> None:
        self.error: Exception | None = None
        self.model: NarrativeModel | None = None
        try:
            self.model = NarrativeModel(Path(model_dir) if model_dir else None)
        except Exception as exc:  # reported on each result, not a crash at start
            self.error = exc

    def __call__(self, doc: Document) -> Document:
        if doc.language is not None and doc.language not in SUPPORTED_LANGUAGES:
            doc.warn(self.name, "W520", f"narratives support English only; {doc.language!r} skipped")
            return doc
        if self.model is None:
            raise self.error or RuntimeError("narrative model not loaded")
        sentences, vectors = sentence_vectors(doc)
        if not sentences:
            return doc
        model = self.model
        doc.models["narratives"] = model.model_id
        pred = model.predict_article(doc.text, vectors)
        evidence = f"{self.name}:{model.model_id}"
        if not pred.narratives:
            doc.narratives = [Narrative(
                label=OTHER, score=round(1.0 - pred.best_score, 4), evidence=f"{evidence}:no-known-narrative",
                domain=pred.domain, subnarratives=[])]
            return doc
        texts = [doc.text[s:e] for s, e in sentences]
        found = []
        for label, p in pred.narratives:
            scores = model.sentence_scores(texts, vectors, label)
            best = np.argsort(-scores)[:SUPPORTING_SENTENCES]
            supporting = [Span(start=sentences[i][0], end=sentences[i][1], label=label,
                               score=round(float(scores[i]), 4), evidence=self.name) for i in sorted(best)]
            subs = [LabelScore(label=f, score=round(min(1.0, s), 4)) for f, s in pred.subnarratives[label]]
            found.append(Narrative(label=label, score=round(p, 4), evidence=evidence, supporting=supporting,
                                   domain=pred.domain, subnarratives=subs))
        doc.narratives = found
        return doc
