"""Run a script with ``tempfile.TemporaryDirectory`` kept under $KEEP (numbered 000, 001, ...), so that the per-article
outputs that `scripts/lead47/allgold.py` and `scripts/attr_dev.py score` write to temporary folders can be diffed
between two trees (clean57, round 56).

    KEEP=OUT/keep python scripts/clean57/keep.py SCRIPT [ARGS...]
"""

from __future__ import annotations

import itertools
import os
import runpy
import sys
import tempfile
from typing import Any

ROOT = os.environ["KEEP"]
COUNT = itertools.count()


class Keep:
    """A numbered folder under $KEEP that stays after the ``with`` block."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.name = os.path.join(ROOT, f"{next(COUNT):03d}")
        os.makedirs(self.name)

    def __enter__(self) -> str:
        return self.name

    def __exit__(self, *exc: object) -> bool:
        return False


tempfile.TemporaryDirectory = Keep  # type: ignore[assignment,misc]
script = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(script, run_name="__main__")
