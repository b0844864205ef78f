"""Draw eight fresh SemEval-2025 EN raw documents for the round-35 actor gold (seeded, reproducible).

Fresh per the brief: the file stem (``EN_UA_...``, ``EN_CC_...``) is found by ``git grep -F`` on no local branch
(``git for-each-ref refs/heads``) and in no other worktree's ``tests/gold`` or ``scripts`` file at draw time, and is
not one of the twenty documents the lead read for issue 17 (``scripts/actors32b/draw.py``). Documents of 150-320
words (so eight can be annotated by hand in the round); Ukraine-war documents (``EN_UA``) first, as the task prefers
foreign-policy actors, then climate ones. Candidates: each topic's sorted pool shuffled with ``random.Random(35)``,
UA before CC, taken in order until eight fresh ones are found (at most six UA). Held out, fixed here before any
spinscope run: ``random.Random(35).sample(drawn, 3)`` after the draw.
Usage: ``python scripts/actors35/draw.py [--heldout | --dev]`` (from the repository root; texts from ../shared).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT.parent / "shared" / "data" / "semeval2025_task10" / "EN" / "raw-documents"
LEAD_READ_TEXT = """EN_CC_100012 EN_CC_100015 EN_CC_100024 EN_CC_100034 EN_CC_100038 EN_CC_100040 EN_CC_100047
EN_CC_100069 EN_CC_100093 EN_CC_100123 EN_CC_100172 EN_CC_100211 EN_CC_100232 EN_CC_200007 EN_UA_300032
EN_UA_300035 EN_UA_300037 EN_UA_300041 EN_UA_300044 EN_UA_DEV_26"""
LEAD_READ = set(LEAD_READ_TEXT.split())
#: This round's own gold files name the drawn articles: left out of the freshness check, so the draw stays put.
OWN = ("actors_real35.jsonl", "actors_real35_heldout.jsonl")


def _branches() -> list[str]:
    out = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def _fresh(stem: str, branches: list[str], elsewhere: str) -> bool:
    if stem in LEAD_READ or stem in elsewhere:
        return False
    found = subprocess.run(["git", "grep", "-l", "-F", stem, *branches, "--", ".", *[f":!tests/gold/{n}" for n in OWN],
                            ":!scripts/actors35"], cwd=ROOT, capture_output=True, text=True, check=False)
    return not found.stdout.strip()


def main() -> None:
    branches = _branches()
    others = [p for p in Path("/work/wt").glob("*/tests/gold/*.jsonl") if ROOT.name not in p.parts]
    others += [p for p in Path("/work/wt").glob("*/scripts/*/*") if p.is_file() and ROOT.name not in p.parts]
    elsewhere = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in others)
    drawn: list[str] = []
    for topic, most in (("UA", 6), ("CC", 8)):
        pool = [p.stem for p in sorted(RAW.glob(f"EN_{topic}_*.txt"))
                if 150 <= len(p.read_text(encoding="utf-8").split()) <= 320]
        random.Random(35).shuffle(pool)
        taken = 0
        for stem in pool:
            if len(drawn) == 8 or taken == most:
                break
            if _fresh(stem, branches, elsewhere):
                drawn.append(stem)
                taken += 1
    held = set(random.Random(35).sample(drawn, 3))
    for stem in drawn:
        if "--heldout" in sys.argv and stem not in held:
            continue
        if "--dev" in sys.argv and stem in held:
            continue
        print(f"data/semeval2025_task10/EN/raw-documents/{stem}.txt" + ("  HELD" if stem in held else ""))


if __name__ == "__main__":
    main()
