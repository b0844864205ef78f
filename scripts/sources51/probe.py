"""Every predicted speaker of the development articles (never the held-out ones) with its fields.
    python scripts/sources51/probe.py [STEM ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources26"))
import score as round26

GOLD = Path(__file__).resolve().parents[2] / "tests/gold/sources_real51.jsonl"

for art in round26.load_gold(GOLD):
    if sys.argv[1:] and art["id"] not in sys.argv[1:]:
        continue
    text, rows = round26.predictions(round26.SHARED / art["path"])
    print("==", art["id"])
    for r in rows:
        print(f"  {r['start']:5} {r['text'][:60]!r:62} {r['type']:12} {r['country']!s:5} {r['named']!s:5} {r['name']}")
