#!/usr/bin/env python3
"""Round 66 (copy of events65's, any events gold file): one sha256 a held-out events gold file of what ``predict_events`` writes for its sentences, so that two
source trees' outputs on the held-out sets can be compared as equal or not without reading a figure or an output.

    PYTHONPATH=SRC python scripts/events66/heldout_same.py tests/gold/events_real*_heldout.jsonl > FILE

Used once, after the narrowed relative-clause rule was backed out: the branch's held-out figures are the base's
where every file's hash is the base's (``results/heldout_same_base.txt``, ``results/heldout_same_branch.txt``).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def text_of(item: dict) -> str:
    path = item["path"]
    full = Path("/work/lee") / path[len("../lee/"):] if path.startswith("../lee/") else SHARED / path
    return full.read_text(encoding="utf-8")[item["start"]:item["end"]]


def main(paths: list[str]) -> int:
    from spinscope.predict import predict_events

    for p in paths:
        items = [json.loads(line) for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip()]
        out = list(predict_events([{"id": i["id"], "text": text_of(i)} for i in items]))
        digest = hashlib.sha256(json.dumps(out, sort_keys=True).encode("utf-8")).hexdigest()
        sys.stdout.write(f"{Path(p).name} {digest}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
