"""speed46: inclusive CPU seconds (``time.process_time``), unprofiled, of the events passes this round guarded and of
their callers, over speed43's two sets (the 20 generated and the 20 real articles of ``scripts/speed43/draw.txt``):
speed44's ``scripts/speed44/funcs.py`` (its wrapper and passes) with this round's function list; a function the
checkout lacks (``_doc_words_46`` on main) is left out.

    PYTHONPATH=<checkout>/src python scripts/speed46/unprofiled.py [--passes 2]
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FUNCS_46 = [
    ("spinscope.components.events", "extract_events"),
    ("spinscope.components.events", "_verb_events"),
    ("spinscope.components.events", "_target_in"),
    ("spinscope.components.events", "_border_sides"),
    ("spinscope.components.events", "_police_agent_acts"),
    ("spinscope.components.events", "_headline_orders"),
    ("spinscope.components.events", "_appeals_54"),
    ("spinscope.components.events", "_sent_craft"),
    ("spinscope.components.events", "_lead44_rules"),
    ("spinscope.components.events", "_doc_words_46"),
]


def main() -> None:
    spec = importlib.util.spec_from_file_location("funcs44", ROOT / "scripts" / "speed44" / "funcs.py")
    assert spec is not None and spec.loader is not None
    funcs44 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(funcs44)
    found = []
    for mod_name, name in FUNCS_46:
        if hasattr(importlib.import_module(mod_name), name):
            found.append((mod_name, name))
    funcs44.FUNCS = found
    funcs44.main()


if __name__ == "__main__":
    main()
