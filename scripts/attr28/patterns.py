#!/usr/bin/env python3
"""The tuning half's attribution errors counted by pattern (round 28).

Runs ``scripts/attr_dev.py kinds`` and ``scripts/attr_dev.py errors`` (tuning half only; they read the held-out
half never) and folds their rows into the patterns the round-28 brief names: missed reported speech, missed
stances and other cues, missed anonymous or passive sources (gold with no source), content boundaries (a
prediction overlaps the gold content but under 30%), wrong speaker (by how the speaker was found) and spurious
predictions (by rule family). Prints counts only, no dev text.

    python scripts/attr28/patterns.py
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GROUPS = {
    "missed reported speech (saying verb, according to)": ("saying verb", "according to"),
    "missed stance or other cue (view/act verb, noun, adjective, phrase)": (
        "view or act verb", "noun cue", "adjective cue", "other verb or phrase", "no cue"),
    "missed anonymous or passive source (gold has no source)": ("no source",),
    "content boundary (found, overlap under 0.3)": ("content overlap under 0.3",),
}


def _run(*args: str) -> str:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "attr_dev.py"), *args], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout


def main() -> None:
    kinds: dict[str, int] = {}
    for line in _run("kinds").splitlines():
        m = re.match(r"(.+?)\s+(\d+)$", line)
        if m and m.group(1).strip() != "all missed":
            kinds[m.group(1).strip()] = int(m.group(2))
    for group, prefixes in GROUPS.items():
        n = sum(v for k, v in kinds.items() if k.startswith(prefixes))
        print(f"{group:72s} {n:4d}")
    errors = _run("errors", "--limit", "100000")
    section = ""
    wrong: dict[str, int] = {}
    spurious: dict[str, int] = {}
    for line in errors.splitlines():
        if line.startswith("====="):
            section = line
            continue
        m = re.match(r"\S+ \[[\d.]+ ([^\]]+)\]", line)
        if not m:
            continue
        evidence = m.group(1)
        if section.startswith("===== WRONG"):
            how = ("pronoun" if "pronoun" in evidence else "quote continues previous"
                   if evidence.startswith("quote-continues") else "same-name" if "same-name" in evidence
                   else "syntax (subject, agent, object)")
            wrong[how] = wrong.get(how, 0) + 1
        elif section.startswith("===== SPURIOUS"):
            family = evidence.split(":")[0]
            spurious[family] = spurious.get(family, 0) + 1
    print(f"{'wrong speaker, all':72s} {sum(wrong.values()):4d}")
    for how, n in sorted(wrong.items(), key=lambda kv: -kv[1]):
        print(f"  {'wrong speaker: ' + how:70s} {n:4d}")
    print(f"{'spurious, all':72s} {sum(spurious.values()):4d}")
    for family, n in sorted(spurious.items(), key=lambda kv: -kv[1]):
        print(f"  {'spurious: ' + family:70s} {n:4d}")


if __name__ == "__main__":
    main()
