"""attr94's ``scripts/attr94/diff.py`` with the record's ``affiliation`` compared too (lead47's person-of-firm rule,
folded here, sets it).

    python scripts/attr97/diff.py OUT_A OUT_B
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("attr94_diff", Path(__file__).parents[1] / "attr94" / "diff.py")
assert _spec is not None and _spec.loader is not None
diff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(diff)
diff.FIELDS = (*diff.FIELDS, "affiliation")  # type: ignore[attr-defined]

if __name__ == "__main__":
    diff.main()
