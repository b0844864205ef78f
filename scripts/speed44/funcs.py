"""Inclusive CPU seconds (``time.process_time``) of chosen functions, unprofiled, over speed43's two sets.

    PYTHONPATH=<checkout>/src python scripts/speed44/funcs.py [--passes 2]

Each function named in ``FUNCS`` is replaced, as a module attribute, by a wrapper that adds its CPU time (outermost
call only, so recursion is not counted twice); the figure is the last of ``--passes`` passes over the benchmark's 20
generated and speed43's 20 real articles (the first pass warms the caches). Calls that bypass the module attribute
(a reference taken at import time elsewhere) are not counted, the same on main and the branch.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "speed43"))
sys.path.insert(0, str(ROOT))

FUNCS = [
    ("spinscope.components.events", "extract_events"),
    ("spinscope.components.events", "_verb_events"),
    ("spinscope.components.events", "_target"),
    ("spinscope.components.events", "_sentence_actor"),
    ("spinscope.components.events", "_platforms"),
    ("spinscope.components.events", "_clause_words"),
    ("spinscope.components.actors", "normalize_actors"),
    ("spinscope.components.actors", "_ptc_ner_junk"),
    ("spinscope.components.actors", "_outlets_typed_persons"),
    ("spinscope.components.actors", "_us_widget_or_title"),
    ("spinscope.components.attribution", "extract_attributions"),
    ("spinscope.components.attribution.sources", "_type_source"),
    ("spinscope.components.attribution.speakers", "_named_as_body"),
    ("spinscope.components.attribution.sources42", "journalist_apposition_42"),
]


def wrap(key: str, fn: Callable[..., Any], spent: dict[str, float], depth: dict[str, int]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        if depth[key]:
            return fn(*args, **kwargs)
        depth[key] += 1
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - started
            depth[key] -= 1
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    import cpu  # scripts/speed43/cpu.py

    import spinscope

    spent: dict[str, float] = {}
    depth: dict[str, int] = {}
    for mod_name, name in FUNCS:
        mod = importlib.import_module(mod_name)
        key = f"{mod_name.rsplit('.', 1)[-1]}.{name}"
        spent[key], depth[key] = 0.0, 0
        setattr(mod, name, wrap(key, getattr(mod, name), spent, depth))
    work = cpu.jobs(["gen", "real"])
    for _ in range(args.passes):
        for key in spent:
            spent[key] = 0.0
        total = sum(cpu.one_pass(spinscope.analyze, work).values())
    print(f"{Path(spinscope.__file__).parent}: pass {total:.3f} s")
    for key, value in spent.items():
        print(f"  {key:45s} {value:.3f}")


if __name__ == "__main__":
    main()
