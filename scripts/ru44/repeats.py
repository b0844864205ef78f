#!/usr/bin/env python3
"""List the Russian real golds where a gold content's text stands more than once in its article (round 44): the
only files where ``score_nearest.py`` and ``scripts/ru26/score.py`` can differ. Prints stems and counts only.

    python scripts/ru44/repeats.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

for gold in sorted((ROOT / "tests" / "gold").glob("attributions_ru_real*.jsonl")):
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = (SHARED / rec["path"]).read_text(encoding="utf-8")
        n = sum(text.count(text[s:e]) > 1 for a in rec["attributions"] for s, e in a["content"][:1])
        if n:
            print(f"{gold.name}: {Path(rec['path']).stem}: {n} gold content(s) repeated in the article")
