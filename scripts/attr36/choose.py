#!/usr/bin/env python3
"""Draw round 36's fresh batch of real articles and its held-out part (before any spinscope run).

    python scripts/attr36/choose.py

Candidates: PTC dev articles and SemEval-2025 task 10 EN raw documents of 1,500-3,500 characters with at least 5
"said/says/told/according to", whose file stem appears nowhere in the repository (``git grep -l STEM`` prints
nothing: the BRIEF's freshness test) and that are not among the 21 SemEval documents read by "Lead, round 30"
(docs/EVALUATION.md names them by number only). Draw: random.Random(36).sample(sorted candidates, 8); held out:
random.Random(36).sample(sorted batch, 3).
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DIRS = ["data/ptc_semeval2020_task11/dev-articles", "data/semeval2025_task10/EN/raw-documents"]
CUES = re.compile(r"\b(?:said|says|told|according to)\b")
LEAD30 = {f"EN_CC_{n}" for n in ("100012", "100015", "100024", "100034", "100038", "100040", "100047", "100069",
                                 "100093", "100123", "100172", "100211", "100232", "200007")}
LEAD30 |= {f"EN_UA_{n}" for n in ("300032", "300035", "300036", "300037", "300041", "300044", "DEV_26")}


def in_repo(stem: str) -> bool:
    out = subprocess.run(["git", "grep", "-l", "-F", stem], cwd=ROOT, capture_output=True, text=True)
    return bool(out.stdout.strip())


def main() -> None:
    cands = []
    for d in DIRS:
        for p in sorted((SHARED / d).glob("*.txt")):
            if p.stem in LEAD30:
                continue
            text = p.read_text(encoding="utf-8")
            if 1500 <= len(text) <= 3500 and len(CUES.findall(text)) >= 5 and not in_repo(p.stem):
                cands.append(f"{d}/{p.name}")
    cands.sort()
    batch = sorted(random.Random(36).sample(cands, 8))
    held = sorted(random.Random(36).sample(batch, 3))
    print(f"{len(cands)} candidates")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    main()
