"""Genre round 47, lever 2 (``research_cues``, RULE.md addendum 1): round 12's feature cache with the English
attribution cues extended.

``python scripts/genre41/cache_cues.py --work DIR`` writes ``DIR/feats.pkl`` as ``python scripts/genre12/measure.py
cache`` does, with ``style._ATTRIBUTION["en"]`` extended by :data:`RESEARCH_CUES` for the run (nothing in ``src``
is edited); then ``python scripts/genre38/measure.py run main --work DIR`` gives E for the lever.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

#: RULE.md, addendum 1 (fixed before any figure).
RESEARCH_CUES = ("researchers", "scientists", "study", "studies", "survey", "findings", "the report", "the paper")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    args = parser.parse_args()
    from spinscope.components import style

    style._ATTRIBUTION["en"] = style._ATTRIBUTION["en"] + RESEARCH_CUES
    style._cues.cache_clear()
    spec = importlib.util.spec_from_file_location(
        "g12", Path(__file__).resolve().parents[1] / "genre12" / "measure.py"
    )
    assert spec is not None and spec.loader is not None
    g12 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(g12)
    g12.cache(args.work, args.data)


if __name__ == "__main__":
    main()
