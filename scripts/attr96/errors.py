"""``attr_dev.py errors`` (the tuning half's misses, spurious records and wrong speakers, with their text) on a saved
run of ``scripts/attr86/dev.py --cache /tmp/attr96`` instead of a fresh analysis. Its output quotes the articles:
write it under /tmp/attr96 only, never into the project.

    PYTHONPATH=src python scripts/attr96/errors.py base > /tmp/attr96/errors_base.txt
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402

if __name__ == "__main__":
    run = Path("/tmp/attr96") / f"run_{sys.argv[1]}"

    def copied(names: list[str], out: Path) -> None:
        for stem in names:
            shutil.copy(run / f"{stem}.json", out / f"{stem}.json")

    attr_dev.analyze = copied
    attr_dev.errors(100000)
