#!/usr/bin/env python3
"""Every attributions_real*_heldout and sources_real*_heldout figure in one process (round 72's guard).

    python scripts/attr74/guards.py > scripts/attr74/guards_before.txt
    python scripts/attr74/guards.py --dev > scripts/attr74/dev_before.txt     # the development files instead

Runs ``scripts/attr31/score.py --gold FILE`` and ``scripts/sources27/score.py --gold FILE`` through ``runpy`` so the
models load once; prints one line a file (figures only).
"""

from __future__ import annotations

import contextlib
import io
import json
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(script: str, gold: Path) -> str:
    out = io.StringIO()
    sys.argv = [script, "--gold", str(gold)]
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(ROOT / script), run_name="__main__")
    return out.getvalue()


def _files(pattern: str, dev: bool) -> list[Path]:
    found = sorted((ROOT / "tests" / "gold").glob(pattern))
    return [g for g in found if g.stem.endswith("_heldout") != dev]


def main() -> None:
    dev = "--dev" in sys.argv[1:]
    golds = _files("attributions_real*.jsonl", dev)
    for gold in golds:
        text = _run("scripts/attr31/score.py", gold)
        line = next((x for x in text.splitlines() if x.startswith("attributions F1")), text.strip()[-200:])
        print(f"{gold.name:40s} {line}", flush=True)
    for gold in _files("sources_real*.jsonl", dev):
        body = _run("scripts/sources27/score.py", gold)
        data = json.loads(body[body.index("{"):])
        keys = ("speakers", "matched", "found", "type_acc", "country_acc", "named_acc", "name_acc")
        print(f"{gold.name:40s} " + " ".join(f"{k}={data.get(k)}" for k in keys), flush=True)


if __name__ == "__main__":
    main()
