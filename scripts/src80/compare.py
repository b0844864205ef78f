"""Figures of two guard runs side by side (scripts/src80/results, TAG_A vs TAG_B), with round 45's script.
    python scripts/src80/compare.py base branch"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources45"))
from compare import main  # scripts/sources45/compare.py

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(__file__).parent / "results")
