#!/usr/bin/env python3
"""Draw round 35's fresh batch of real articles and its held-out part (before any spinscope run).

    python scripts/attr35/choose.py

Candidates: PTC dev articles and SemEval-2025 task 10 EN raw documents of 1,500-3,500 characters with at least 5
"said/says/told/according to", none named in tests/gold/*real*.jsonl or scripts/attr3*/ (the latter read as text).
Draw: random.Random(35).sample(sorted candidates, 8); held out: random.Random(35).sample(sorted batch, 3).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DIRS = ["data/ptc_semeval2020_task11/dev-articles", "data/semeval2025_task10/EN/raw-documents"]
CUES = re.compile(r"\b(?:said|says|told|according to)\b")


def used_names() -> set[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "gold").glob("*real*.jsonl"))
    for d in (ROOT / "scripts").glob("attr3*"):
        text += "".join(p.read_text(encoding="utf-8") for p in d.rglob("*") if p.is_file())
    return set(re.findall(r"(article\d+|EN_[A-Z]{2}_(?:DEV_)?\d+)", text))


def main() -> None:
    used = used_names()
    cands = []
    for d in DIRS:
        for p in sorted((SHARED / d).glob("*.txt")):
            if p.stem in used:
                continue
            text = p.read_text(encoding="utf-8")
            if 1500 <= len(text) <= 3500 and len(CUES.findall(text)) >= 5:
                cands.append(f"{d}/{p.name}")
    cands.sort()
    batch = sorted(random.Random(35).sample(cands, 8))
    held = sorted(random.Random(35).sample(batch, 3))
    print(f"{len(cands)} candidates")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    main()
