"""Known narratives: the SemEval-2025 Task 10 subtask-2 taxonomy (Ukraine war, climate change).

``narratives.v1`` labels the article with narratives and their sub-narratives, multi-label, each with a
score and the sentences that most support it. An article with no known narrative gets one narrative
labelled :data:`OTHER`, so the result says so explicitly.

The model (``resources/models/narratives``, trained by ``spinscope train narratives``), in stages:
  1. the domain, Ukraine war (URW) or climate change (CC), from a linear classifier; only that domain's
     narratives are considered (a SemEval article belongs to one domain);
  2. one-vs-rest linear classifiers over TF-IDF of the article, the mean of its frozen MiniLM sentence
     embeddings and, per label of the taxonomy, how close the article's closest sentences come to the label's
     own words (cosine to the embedded label name: an explicit cue in one sentence counts even in a long
     article; in models since round 13 standardised by the training articles, over the first LABEL_SENTENCES
     sentences) give each narrative a probability; those at or above their threshold (per narrative where
     cross-validation chose one; the lower ``cue_threshold`` where the article matches one of the narrative's
     explicit cues, resources/semeval2025_narrative_cues.json) are reported, else the article is Other;
  2b. when the model has an Other classifier (a logistic regression trained on whether the article's gold is
     "Other", over TF-IDF of the article's words and word pairs and the mean MiniLM vector: ``other_vectorizer``,
     in models since round 4; since round 26 the CV may choose one over the standardised mean MiniLM vector
     alone, ``other_mean`` / ``other_scale``) and it scores the article at or above ``other_threshold``, no
     narrative is
     reported: the article
     is Other whatever the per-narrative probabilities say (most articles without a known narrative still talk
     about the war or the climate, and their narrative probabilities are not low);
     Since round 5 two refinements, each chosen by cross-validation: ``fine_lift`` (a narrative's probability
     is at least ``fine_lift`` times its most probable sub-narrative's, capped at 1) and ``other_keep`` (the
     Other classifier does not veto a narrative of at least this probability);
  3. under each narrative, the sub-narratives at or above their threshold (and, in models since round 15 with a
     ``fine_ratio``, at least that share of the narrative's most probable sub-narrative's), each with the
     sentence that most supports it (its classifier applied to each sentence alone); a sub-narrative whose best
     sentence scores under :data:`SUPPORT_MIN` is not reported. None left: "<narrative>: Other".
Supporting sentences of a narrative are the article's sentences its classifier scores highest on their own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..document import Document
from ..pipeline import register
from ..result import Narrative, Span, SubNarrative
from ..settings import ENGLISH
from . import multilingual
from .literals import Prefiltered, lowered_text
from .narrative_domains import OUT_OF_DOMAIN_SCORE, names_domain
from .semeval2025 import MODELS_DIR, load_bundle, narrative_taxonomy, ovr_proba, sentence_vectors, stack_features

MODEL_DIR = MODELS_DIR / "narratives"
CUES_FILE = Path(__file__).resolve().parent.parent / "resources" / "semeval2025_narrative_cues.json"
OTHER = "Other"
#: Supporting sentences per narrative.
SUPPORTING_SENTENCES = 3
#: A sub-narrative is reported only when one sentence alone scores at least this under its classifier.
SUPPORT_MIN = 0.1
#: Sentences whose feature rows are built and scored together when finding the supporting sentences.
SENTENCE_CHUNK = 2_000
#: Sentences closest to a label whose cosines are averaged (beside the single closest one).
LABEL_TOP = 3
#: The label similarities read the article's first this many sentences: the closest of more sentences comes
#: closer to every label, and the training articles have 14-62 (median 22), so a 129-sentence news piece sat
#: about one standard deviation nearer every label than they do (round 13). No training article is cut.
LABEL_SENTENCES = 64
DOMAINS = ("URW", "CC")


def domain_of(label: str) -> str:
    return label.split(":", 1)[0].strip()


#: Words that place an article in a domain of the taxonomy: the war in Ukraine (URW) or climate change (CC).
DOMAIN_WORDS = {
    "URW": re.compile(r"\b(?:ukrain\w*|kyiv|kiev|russia\w*|kremlin|moscow|putin|zelensk\w*|nato|donbas+|crimea\w*|"
                      r"kharkiv|mariupol|bakhmut|war|sanction\w*|soviet|wagner)\b", re.IGNORECASE),
    "CC": re.compile(r"\b(?:climat\w*|warming|emission\w*|carbon|co2|fossil|greenhouse|net[- ]zero|renewabl\w*|"
                     r"green\w*|temperatur\w*|ipcc|cop\d*|weather|energy|glacier\w*|ice|sea levels?|drought\w*|"
                     r"heat\w*|wind|solar|ecolog\w*|environment\w*|planet)\b", re.IGNORECASE),
}
#: Fewer words of either domain than this: the article is about neither, so none of the taxonomy's narratives
#: applies (a US tax plan is no "CC: Criticism of institutions"). Every held-out English SemEval article has at
#: least two; of the 319 training articles, 7 have fewer, 5 of them gold "Other".
MIN_DOMAIN_WORDS = 2


def out_of_domain(text: str) -> bool:
    """Whether ``text`` names too little of either domain for any narrative of the taxonomy to apply."""
    return all(len(pattern.findall(text)) < MIN_DOMAIN_WORDS for pattern in DOMAIN_WORDS.values())


def about_neither_domain(text: str) -> bool:
    """Whether no narrative can be reported, before any model runs: too few domain words (:func:`out_of_domain`),
    or no domain named by its own words (:func:`names_domain`, which the model's domain must pass too)."""
    return out_of_domain(text) or not any(names_domain(text, domain) for domain in DOMAINS)


@dataclass
class NarrativePrediction:
    domain: str
    domain_score: float
    narratives: list[tuple[str, float]]  # reported coarse labels with probabilities, best first
    subnarratives: dict[str, list[tuple[str, float]]]  # coarse label -> reported fine labels
    best_score: float  # the best coarse probability in the domain (also when none is reported)
    support: dict[str, tuple[int, float]] = field(default_factory=dict)  # fine label -> (sentence, score)
    #: How strongly each sentence carries each reported narrative (coarse label -> one score per sentence),
    #: computed with the supporting sentences of the sub-narratives in one chunked pass.
    sentence_coarse: dict[str, np.ndarray] = field(default_factory=dict)
    other_score: float | None = None  # P(Other) from the Other classifier, when the model has one
    other_decided: bool = False  # the Other classifier made the article Other
    #: Reported narratives whose probability is under their own threshold: an explicit cue in the text lowered it.
    by_cue: set[str] = field(default_factory=set)
    #: The classifier's domain is one the text never names (:func:`names_domain`): no narrative is reported.
    unnamed_domain: bool = False

    def coarse_labels(self) -> list[str]:
        return [n for n, _ in self.narratives] or [OTHER]

    def fine_labels(self) -> list[str]:
        if not self.narratives:
            return [OTHER]
        return [f for n, _ in self.narratives for f, _ in self.subnarratives.get(n, [])] or [OTHER]


@dataclass
class RowProbabilities:
    """The classifiers' outputs for feature rows (:meth:`NarrativeModel.row_probabilities`)."""

    domain: np.ndarray
    domain_classes: list[str]
    coarse: np.ndarray
    fine: np.ndarray
    cued: dict[str, np.ndarray]
    other: np.ndarray | None


def _proba(classifier: Any, x: Any, n_labels: int | None = None) -> np.ndarray:
    """Per-label probabilities; a one-vs-rest model of a single label answers (n, 2): keep P(label)."""
    fast = ovr_proba(classifier, x)
    proba = fast if fast is not None else classifier.predict_proba(x)
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

    def dense_row(self, vectors: np.ndarray) -> np.ndarray:
        """The dense part of an article's features from its sentence vectors (see :func:`narrative_dense`)."""
        return narrative_dense(vectors, self.bundle.get("label_vectors"), float(self.bundle.get("label_weight", 0.0)))

    def features(self, texts: list[str], dense: np.ndarray, cues: np.ndarray | None = None) -> Any:
        """TF-IDF and dense rows (:func:`stack_features`; the label similarities standardised as in training,
        :func:`scaled_label_columns`), beside the explicit-cue counts when the model reads them (``cue_weight``
        > 0)."""
        x = stack_features(self.bundle, texts, scaled_label_columns(self.bundle, dense))
        weight = float(self.bundle.get("cue_weight") or 0.0)
        if weight <= 0:
            return x
        from scipy import sparse

        counts = cue_counts(texts) if cues is None else cues  # ``cues``: the texts' cue_counts, when computed
        return sparse.hstack([x, sparse.csr_matrix(counts * weight)]).tocsr()

    def other_features(self, texts: list[str], dense: np.ndarray) -> Any:
        """The Other classifier's rows when it has features of its own (``other_vectorizer``: TF-IDF of words and
        word pairs, beside the mean sentence vector of the dense row; or, in models whose CV chose round 26's
        dense Other classifier, ``other_mean`` / ``other_scale``: the mean sentence vector alone, standardised);
        None when it reads the narrative features."""
        if self.bundle.get("other_mean") is not None:  # round 26: the mean sentence vector alone, standardised
            own = np.asarray(without_label_columns(self.bundle, dense), dtype=np.float64)
            return (own - np.asarray(self.bundle["other_mean"])) / np.asarray(self.bundle["other_scale"])
        vectorizer = self.bundle.get("other_vectorizer")
        if vectorizer is None:
            return None
        return stack_features({"vectorizer": vectorizer, "dense_weight": self.bundle.get("dense_weight", 1.0)},
                              texts, without_label_columns(self.bundle, dense))

    def _threshold(self, label: str, cue: float = 0.0) -> float:
        """The narrative's threshold; lowered to ``cue_threshold`` (when the model has one) where the text
        states the narrative with one of its explicit cues."""
        per_label = self.bundle.get("coarse_thresholds") or {}
        threshold = float(per_label.get(label, self.coarse_threshold))
        cue_threshold = self.bundle.get("cue_threshold")
        if cue > 0 and cue_threshold is not None:
            return min(threshold, float(cue_threshold))
        return threshold

    def _cue_columns(self, x: Any) -> dict[str, np.ndarray]:
        """``{narrative: cue count per row}`` read back from the last columns of ``x`` (empty without cues)."""
        weight = float(self.bundle.get("cue_weight") or 0.0)
        if weight <= 0:
            return {}
        labels = list(narrative_cues())
        block = np.asarray(x[:, x.shape[1] - len(labels):].todense()) / weight
        return {lab: block[:, j] for j, lab in enumerate(labels)}

    def row_probabilities(self, x: Any, cues: np.ndarray | None = None, other_x: Any = None) -> RowProbabilities:
        """What the decision of :meth:`predict_rows` reads, computed once (training tries many thresholds on it);
        ``other_x``: :meth:`other_features` of the rows, required when the Other classifier has features of its
        own."""
        cued = self._cue_columns(x)
        if not cued and cues is not None:  # read only where the model has a cue_threshold (_threshold)
            cued = {lab: cues[:, j] for j, lab in enumerate(narrative_cues())}
        other = self.bundle.get("other")
        if other is not None and (self.bundle.get("other_vectorizer") is not None
                                  or self.bundle.get("other_mean") is not None):
            if other_x is None:
                raise ValueError("this narrative model's Other classifier reads its own features: pass other_x")
            x_other = other_x
        else:
            x_other = x
        return RowProbabilities(
            domain=_proba(self.bundle["domain"], x), domain_classes=list(self.bundle["domain"].classes_),
            coarse=_proba(self.bundle["coarse"], x, len(self.coarse_labels)),
            fine=_proba(self.bundle["fine"], x, len(self.fine_labels)), cued=cued,
            other=np.asarray(other.predict_proba(x_other))[:, list(other.classes_).index(1)] if other is not None
            else None)

    def predict_rows(self, x: Any, cues: np.ndarray | None = None, *, probabilities: RowProbabilities | None = None,
                     other_x: Any = None) -> list[NarrativePrediction]:
        """Narratives of each feature row (stages 1-3 of the module docstring, without the sentence support);
        ``cues``: the rows' :func:`cue_counts` when the model has a ``cue_threshold`` but reads no cue features;
        ``probabilities``: :meth:`row_probabilities` of ``x`` when already computed; ``other_x``: the rows'
        :meth:`other_features` (models whose Other classifier has features of its own)."""
        probs = probabilities or self.row_probabilities(x, cues, other_x)
        domain_p, domain_classes, fine, cued = probs.domain, probs.domain_classes, probs.fine, probs.cued
        coarse = lifted_coarse(probs.coarse, fine, self.coarse_labels, self.fine_labels, self.bundle.get("fine_lift"))
        other_threshold = self.bundle.get("other_threshold")
        other_keep = self.bundle.get("other_keep")
        fine_ratio = self.bundle.get("fine_ratio")
        found = []
        for r in range(coarse.shape[0]):
            d = int(np.argmax(domain_p[r]))
            domain = str(domain_classes[d])
            scored = [(lab, float(coarse[r, j])) for j, lab in enumerate(self.coarse_labels)
                      if domain_of(lab) == domain]
            scored.sort(key=lambda t: -t[1])
            other_score = float(probs.other[r]) if probs.other is not None else None
            other_decided = other_score is not None and other_threshold is not None and \
                other_score >= float(other_threshold)
            if other_decided and other_keep is not None and scored and scored[0][1] >= float(other_keep):
                other_decided = False  # a narrative this probable outweighs the Other classifier
            kept = [] if other_decided else [(lab, p) for lab, p in scored
                                             if p >= self._threshold(lab, float(cued[lab][r]) if lab in cued else 0.0)]
            by_cue = {lab for lab, p in kept if p < self._threshold(lab)}
            subs: dict[str, list[tuple[str, float]]] = {}
            for lab, _ in kept:
                under = [(f, float(fine[r, j])) for j, f in enumerate(self.fine_labels)
                         if f.startswith(lab + ": ") and not f.endswith(": Other")]
                under.sort(key=lambda t: -t[1])
                floor = max(self.fine_threshold, fine_ratio * under[0][1] if fine_ratio and under else 0.0)
                subs[lab] = [(f, p) for f, p in under if p >= floor] or [(f"{lab}: Other", 1.0)]
            found.append(NarrativePrediction(domain, float(domain_p[r, d]), kept, subs,
                                             scored[0][1] if scored else 0.0, other_score=other_score,
                                             other_decided=other_decided, by_cue=by_cue))
        return found

    def predict_article(self, text: str, vectors: np.ndarray, sentence_texts: list[str] | None = None
                        ) -> NarrativePrediction:
        """Narratives of one article; with its ``sentence_texts`` (aligned with ``vectors``) each sub-narrative
        gets its supporting sentence, and one without a sentence scoring SUPPORT_MIN is dropped."""
        row = self.dense_row(vectors)[None, :]
        cues = (cue_counts([text]) if self.bundle.get("cue_threshold") is not None
                or float(self.bundle.get("cue_weight") or 0.0) > 0 else None)  # one scan of the text for both
        pred = self.predict_rows(self.features([text], row, cues), cues, other_x=self.other_features([text], row))[0]
        if not names_domain(text, pred.domain):
            pred.narratives, pred.subnarratives, pred.unnamed_domain = [], {}, True
        if sentence_texts is None or not len(vectors):
            return pred
        wanted = [f for subs in pred.subnarratives.values() for f, _ in subs if f in self.fine_labels]
        if not pred.narratives:
            return pred
        fine = {f: self.bundle["fine"].estimators_[self.fine_labels.index(f)] for f in wanted}
        coarse = {lab: self.bundle["coarse"].estimators_[self.coarse_labels.index(lab)] for lab, _ in pred.narratives}
        fine_scores: dict[str, list[np.ndarray]] = {f: [] for f in fine}
        coarse_scores: dict[str, list[np.ndarray]] = {lab: [] for lab in coarse}
        # The sentences' feature rows a chunk at a time: all of a long article's at once took about 125 MB per
        # MB of text (docs/RELIABILITY.md). Each row's scores are its own.
        for i in range(0, len(sentence_texts), SENTENCE_CHUNK):
            x = self.sentence_features(sentence_texts[i: i + SENTENCE_CHUNK], vectors[i: i + SENTENCE_CHUNK])
            for estimators, out in ((fine, fine_scores), (coarse, coarse_scores)):
                for label, estimator in estimators.items():
                    out[label].append(np.asarray(estimator.predict_proba(x))[:, -1])
            del x
        for f, parts in fine_scores.items():
            scores = np.concatenate(parts)
            best = int(np.argmax(scores))
            pred.support[f] = (best, float(scores[best]))
        pred.sentence_coarse = {lab: np.concatenate(parts) for lab, parts in coarse_scores.items()}
        for lab, subs in pred.subnarratives.items():
            kept = [(f, p) for f, p in subs if f not in pred.support or pred.support[f][1] >= SUPPORT_MIN]
            pred.subnarratives[lab] = kept or [(f"{lab}: Other", 1.0)]
        return pred

    def sentence_features(self, texts: list[str], vectors: np.ndarray) -> Any:
        """Feature rows of single sentences (each read as if it were an article of one sentence)."""
        return self.features(texts, np.stack([self.dense_row(vectors[i:i + 1]) for i in range(len(vectors))]))

    def sentence_scores(self, texts: list[str], vectors: np.ndarray, label: str, x: Any = None) -> np.ndarray:
        """How strongly each sentence, on its own, carries the narrative ``label`` (its classifier's probability);
        ``x``: the sentences' feature rows when already computed."""
        j = self.coarse_labels.index(label)
        x = self.sentence_features(texts, vectors) if x is None else x
        estimator = self.bundle["coarse"].estimators_[j]
        return np.asarray(estimator.predict_proba(x))[:, -1]


def lifted_coarse(coarse: np.ndarray, fine: np.ndarray, coarse_labels: list[str], fine_labels: list[str],
                  lift: float | None) -> np.ndarray:
    """The narratives' probabilities for the decision: with a ``fine_lift`` (models since round 5), a narrative
    reaches ``lift`` times the probability of its most probable sub-narrative when that is higher (a sub-narrative
    implies its narrative), capped at 1; without one, the narrative classifiers' own."""
    if not lift:
        return coarse
    out = np.array(coarse, dtype=np.float64, copy=True)
    fine = np.asarray(fine, dtype=np.float64).reshape(out.shape[0], len(fine_labels))
    for j, lab in enumerate(coarse_labels):
        cols = [k for k, f in enumerate(fine_labels) if f.startswith(lab + ": ")]
        if cols:
            out[:, j] = np.maximum(out[:, j], np.minimum(1.0, float(lift) * fine[:, cols].max(axis=1)))
    return out


#: Every cue starts at a word boundary: "gates" is no cue inside "delegates", nor "con" inside "icon" (round 11).
CUE_START = r"\b"


@lru_cache(maxsize=1)
def narrative_cues() -> dict[str, re.Pattern[str]]:
    """``{narrative: one compiled alternation of its cues}`` from resources/semeval2025_narrative_cues.json, in
    the taxonomy's order."""
    data = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    return {label: re.compile("|".join(f"(?:{CUE_START}(?:{p}))" for p in data[label]), re.IGNORECASE)
            for label in narrative_taxonomy() if data.get(label)}


def cue_counts(texts: list[str]) -> np.ndarray:
    """Per text and narrative of :func:`narrative_cues`, log(1 + number of cue matches): how explicitly the
    text states each narrative ("forced to launch the special operation" is self-defence, in any article)."""
    cues = _prefiltered_cues()
    out = np.zeros((len(texts), len(cues)), dtype=np.float32)
    for r, text in enumerate(texts):
        lowered = lowered_text(text)  # a narrative none of whose cue words occur in the text is not scanned for
        for j, pattern in enumerate(cues):
            n = sum(1 for _ in pattern.finditer(text, lowered))
            if n:
                out[r, j] = np.log1p(n)
    return out


@lru_cache(maxsize=1)
def _prefiltered_cues() -> list[Prefiltered]:
    return [Prefiltered(pattern) for pattern in narrative_cues().values()]


def cue_sentence(text: str, sentences: list[tuple[int, int]], label: str) -> int | None:
    """Index of the sentence holding the first match of ``label``'s explicit cues (None: no match)."""
    pattern = narrative_cues().get(label)
    match = pattern.search(text) if pattern is not None else None
    if match is None:
        return None
    return next((i for i, (start, end) in enumerate(sentences) if start <= match.start() < end), None)


def narrative_dense(vectors: np.ndarray, label_vectors: np.ndarray | None, label_weight: float) -> np.ndarray:
    """Mean sentence vector, beside (when the model has label vectors) for each label the cosine of the closest
    of the first LABEL_SENTENCES sentences and the mean cosine of the LABEL_TOP closest, times ``label_weight``."""
    dim = vectors.shape[1] if len(vectors) else 384
    mean = vectors.mean(axis=0) if len(vectors) else np.zeros(dim, dtype=np.float32)
    if label_vectors is None or label_weight <= 0:
        return mean.astype(np.float32)  # type: ignore[no-any-return]
    labels = np.asarray(label_vectors, dtype=np.float32)
    if not len(vectors):
        return np.concatenate([mean, np.zeros(2 * len(labels))]).astype(np.float32)
    lead = vectors[:LABEL_SENTENCES]
    unit = lead / np.maximum(np.linalg.norm(lead, axis=1, keepdims=True), 1e-9)
    cosines = np.sort(unit @ labels.T, axis=0)[::-1]
    sims = np.concatenate([cosines[0], cosines[:LABEL_TOP].mean(axis=0)]) * label_weight
    return np.concatenate([mean, sims]).astype(np.float32)


def label_scale(dense: np.ndarray, n_columns: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean and standard deviation (1 where constant) of the last ``n_columns`` of training articles' dense rows:
    the label similarities, which :func:`scaled_label_columns` standardises with them."""
    block = np.asarray(dense[:, dense.shape[1] - n_columns:], dtype=np.float64)
    sd = block.std(axis=0)
    return block.mean(axis=0), np.where(sd > 0, sd, 1.0)


def scaled_label_columns(bundle: dict[str, Any], dense: np.ndarray) -> np.ndarray:
    """``dense`` with its label-similarity columns standardised by the training articles' mean and standard
    deviation (``label_center``, ``label_scale``: models since round 13), times ``label_weight``. Raw cosines
    all sit near 0.3 and vary by about 0.1: standardised, each label's evidence counts by how much closer the
    article comes than articles usually do (round 13: narratives' out-of-fold mean average precision 0.392 ->
    0.436). Rows of models without them are returned unchanged."""
    center = bundle.get("label_center")
    if center is None:
        return dense
    k = dense.shape[1] - len(center)
    scaled = (np.asarray(dense[:, k:], dtype=np.float64) - center) / bundle["label_scale"] \
        * float(bundle["label_weight"])
    return np.hstack([dense[:, :k], scaled]).astype(np.float32)  # type: ignore[no-any-return]


def without_label_columns(bundle: dict[str, Any], dense: np.ndarray) -> np.ndarray:
    """The mean sentence vector of ``dense`` alone, for models whose Other classifier does not read the label
    similarities (those with ``label_center``: they lowered its out-of-fold AUC, 0.851 -> 0.847, round 13)."""
    center = bundle.get("label_center")
    return dense if center is None else dense[:, :dense.shape[1] - len(center)]


@register("narratives.v1", requires=("text", "sentences"), assigns=("narratives",))
class Narratives:
    """SemEval-2025 narratives and sub-narratives with scores and supporting sentences; Other when none."""

    name = "narratives.v1"
    languages = ENGLISH | multilingual.NARRATIVE_LANGUAGES

    def __init__(self, *, model_dir: str | None = None) -> None:
        self.error: Exception | None = None
        self.model: NarrativeModel | None = None
        try:
            self.model = NarrativeModel(Path(model_dir) if model_dir else None)
        except Exception as exc:  # reported on each result, not a crash at start
            self.error = exc

    def __call__(self, doc: Document) -> Document:
        if doc.language in multilingual.NARRATIVE_LANGUAGES and doc.text.strip():
            # Bulgarian, Portuguese, Russian, Hindi: the multilingual heads (loaded on the first such article)
            return multilingual.apply_narratives(doc)
        if self.model is None:
            raise self.error or RuntimeError("narrative model not loaded")
        sentences, vectors = sentence_vectors(doc)
        if not sentences:
            return doc
        model = self.model
        doc.models["narratives"] = model.model_id
        if about_neither_domain(doc.text):
            doc.narratives = [Narrative(label=OTHER, score=OUT_OF_DOMAIN_SCORE, subnarratives=[], domain=None,
                                        evidence=f"{self.name}:{model.model_id}:out-of-domain")]
            return doc
        texts = [doc.text[s:e] for s, e in sentences]
        pred = model.predict_article(doc.text, vectors, texts)
        evidence = f"{self.name}:{model.model_id}"
        if pred.unnamed_domain:
            doc.narratives = [Narrative(label=OTHER, score=OUT_OF_DOMAIN_SCORE, subnarratives=[], domain=None,
                                        evidence=f"{evidence}:out-of-domain")]
            return doc
        if not pred.narratives:
            if pred.other_decided and pred.other_score is not None:
                score, why = pred.other_score, "other-classifier"
            else:
                score, why = 1.0 - pred.best_score, "no-known-narrative"
            doc.narratives = [Narrative(label=OTHER, score=round(score, 4), evidence=f"{evidence}:{why}",
                                        domain=pred.domain, subnarratives=[])]
            return doc
        found = []
        for label, p in pred.narratives:
            scores = pred.sentence_coarse.get(label)
            if scores is None:
                scores = model.sentence_scores(texts, vectors, label)
            best = [int(i) for i in np.argsort(-scores)[:SUPPORTING_SENTENCES]]
            cue = cue_sentence(doc.text, sentences, label) if label in pred.by_cue else None
            if cue is not None and cue not in best:  # the sentence that stated it explicitly is shown first
                best = [cue, *best[:SUPPORTING_SENTENCES - 1]]
            supporting = [Span(start=sentences[i][0], end=sentences[i][1], label=label,
                               score=round(float(scores[i]), 4),
                               evidence=f"{self.name}:cue" if i == cue else self.name) for i in sorted(best)]
            subs = [self._subnarrative(sentences, f, p, pred) for f, p in pred.subnarratives[label]]
            found.append(Narrative(label=label, score=round(p, 4), evidence=f"{evidence}:cue" if cue is not None
                                   else evidence, supporting=supporting, domain=pred.domain, subnarratives=subs))
        doc.narratives = found
        return doc

    def _subnarrative(self, sentences: list[tuple[int, int]], label: str, score: float,
                      pred: NarrativePrediction) -> SubNarrative:
        """A reported sub-narrative with its supporting sentence ("<narrative>: Other" has none)."""
        supporting = []
        if label in pred.support:
            i, p = pred.support[label]
            supporting = [Span(start=sentences[i][0], end=sentences[i][1], label=label,
                               score=round(min(1.0, max(0.0, p)), 4), evidence=self.name)]
        return SubNarrative(label=label, score=round(min(1.0, score), 4), supporting=supporting)
