"""attr72's error table (``scripts/attr72/table.py``: offsets and pattern labels, never text) on a saved run of
``scripts/attr86/dev.py --cache /tmp/attr96`` (attr89's ``table.py`` with this round's cache):

    PYTHONPATH=src python scripts/attr96/table.py base --out scripts/attr96/errors_tune.tsv \
        > scripts/attr96/errors_summary.txt
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402

_spec = importlib.util.spec_from_file_location("table72", ROOT / "scripts" / "attr72" / "table.py")
assert _spec is not None and _spec.loader is not None
table72 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(table72)

if __name__ == "__main__":
    run = Path("/tmp/attr96") / f"run_{sys.argv.pop(1)}"

    def copied(names: list[str], out: Path) -> None:
        for stem in names:
            shutil.copy(run / f"{stem}.json", out / f"{stem}.json")

    attr_dev.analyze = copied
    table72.main()
