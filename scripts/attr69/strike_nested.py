#!/usr/bin/env python3
"""Round 69: strike the nested-report rows of attributions_real64 and real66 (dev and held-out).

PolNeAR's tuning half annotates no report whose cue stands inside another attribution's content (attr67's
census: 0 of 1,060 gold cues; 48 nested verbs of saying or believing all left to the outer report), and no older
Lee gold (real31-61) annotates one. real64 (2 dev + 1 held) and real66 (6 dev + 1 held) did. This script removes
every row whose cue starts inside another row's content in those four files, keeping the outer row unchanged (its
content already spans the nested report). Idempotent; prints which rows it struck (file, line, row, cue offsets).

    python scripts/attr69/strike_nested.py        # from the worktree root
"""

from __future__ import annotations

import json
from pathlib import Path

FILES = ["attributions_real64.jsonl", "attributions_real64_heldout.jsonl",
         "attributions_real66.jsonl", "attributions_real66_heldout.jsonl"]


def nested(rows: list[dict], a: dict) -> bool:
    if not a["cue"]:
        return False
    c0 = a["cue"][0][0]
    return any(b is not a and any(s <= c0 < e for s, e in b["content"]) for b in rows)


def main() -> None:
    for name in FILES:
        path = Path("tests/gold") / name
        out = []
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            d = json.loads(line)
            rows = d["attributions"]
            keep = []
            for i, a in enumerate(rows):
                if nested(rows, a):
                    print(f"{name} line {ln} ({Path(d['path']).stem}) row {i} cue {a['cue']}: struck")
                else:
                    keep.append(a)
            d["attributions"] = keep
            out.append(json.dumps(d, ensure_ascii=False))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
