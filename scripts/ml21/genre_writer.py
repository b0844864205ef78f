"""Round-16 genre experiment (docs/EVALUATION.md, "Multilingual, round 16"): scripts/ml11/genre.py's nested
procedure (5 outer folds by article over all fr/de/it/pl/ru articles, seed 8; C, and with ``auto`` the recipe,
chosen inside each outer training part as the training command chooses them) with the blocks ``writer`` (the 14
features of scripts/ml21/writer.py: the stance and writer-voice cues of the English genre model and the dash
dateline) and ``writerxl`` (the same in the slot of the article's language) added to the harness; the store is the
training command's loader's (scripts/ml21/st3_rest.py --build writes one).

    python scripts/ml21/genre_writer.py --store /tmp/ml21/items.pkl --pca-inside \
        --recipes msxm=mean+style+stylexl+meanxl16,msxmw=mean+style+stylexl+meanxl16+writer --json OUT [--outer-seed 9]
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import writer

_spec = importlib.util.spec_from_file_location("genre11", Path(__file__).resolve().parent.parent / "ml11" / "genre.py")
assert _spec is not None and _spec.loader is not None
g11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(g11)
_block = g11.block


def block(it: Any, name: str) -> np.ndarray:
    if name in ("writer", "writerxl"):
        return writer.block(it, name)
    return np.asarray(_block(it, name))


g11.block = block
if g11.arg("--outer-seed"):  # another draw of the outer folds
    _outer = g11.outer_folds
    g11.outer_folds = lambda groups: _outer(groups, int(g11.arg("--outer-seed") or 8))

if __name__ == "__main__":
    g11.main()
