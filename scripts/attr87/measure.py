#!/usr/bin/env python3
"""Round 87's guards in one process: ``scripts/attr80/measure.py`` with ``--pass round87_attributions`` (its options:
``--held``, ``--polnear-held``, ``--polnear-only``), plus ``--only speaker|gapped`` to run one of round 87's two rules
as the branch.

    PYTHONPATH=src python scripts/attr87/measure.py [--held] [--polnear-held] [--polnear-only] [--only RULE] > OUT
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _guards() -> Any:
    """attr80's guard script as a module, measuring round 87's pass."""
    if "--pass" not in sys.argv:
        sys.argv[1:1] = ["--pass", "round87_attributions"]
    spec = importlib.util.spec_from_file_location("attr80_measure", ROOT / "scripts" / "attr80" / "measure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _only(rule: str) -> Any:
    """One of round 87's rules alone: ``speaker`` (the object speaker) or ``gapped`` (the rest of the pass)."""
    import spinscope.components.attribution.round87 as r87
    if rule == "speaker":
        return lambda text, out, table: [r87._object_speaker_r87(text, a, table) for a in out]

    def gapped(text: str, out: Any, table: Any) -> Any:
        keep, r87._object_speaker_r87 = r87._object_speaker_r87, (lambda text, a, table: a)
        try:
            return r87.round87_attributions(text, out, table)
        finally:
            r87._object_speaker_r87 = keep
    return gapped


if __name__ == "__main__":
    guards = _guards()
    if "--only" in sys.argv:
        guards.OWN = _only(sys.argv[sys.argv.index("--only") + 1])
    guards.main()
