#!/usr/bin/env python3
"""Round 78's census: each development-error shape, counted on PolNeAR's tuning half (scripts/attr_dev.py's split),
with whether a gold cue of PolNeAR's sits on it (or, for the source shapes, whether a gold source does) and whether
the place is inside a quotation. Offsets and labels only, no article text.

    python scripts/attr78/census.py > scripts/attr78/census.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev as A  # noqa: E402

SHAPES = {
    "abbrev-title-name-said": r",\s+(?:[A-Z][a-z]+-)?[A-Z][a-z]{1,5}\.\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s+"
                              r"(?:said|says|added|told)\b",
    "what-X-call-quote": r"\bwhat\s+[\w’' ]{1,40}?\s+(?:call|calls|called|dubbed|termed|describes|described)\s+[“\"]",
    "Name-described-as": r"\b[A-Z]\w+(?:\s+[A-Z]\w+)?-(?:described|dubbed|reported|branded|labeled|labelled)\b",
    "words-of-X-colon": r"\bwords\s+of\s+[\w’' .]{1,40}?:\s*[“\"]",
    "thanks-to-X-revealed": r"\b[Tt]hanks\s+to\s+[^,.]{1,60},\s+it\s+(?:was|has\s+been|is)\s+"
                            r"(?:revealed|reported|learned|disclosed|confirmed)\b",
    "as-X-verb-dash-aside": r"[—–]\s*(?:just\s+)?as\s+[^—–.]{1,60}?\s+\w+(?:ed|s)?\s*[—–]",
    "considering-Ving": r"\b(?:consider|considers|considered|considering)\s+\w+ing\b",
    "get-to-say": r"\bget\s+to\s+say\b",
    "treat-X-as": r"\b(?:treat|treats|treated|treating)\b",
    "hope-to-V": r"\b(?:hope|hopes|hoped|hoping)\s+to\s+\w+",
    "came-from-Name": r"\b(?:came|comes)\s+from\s+[A-Z]\w+\s+[A-Z]\w+",
}


def inside_quotation(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def main() -> None:
    totals: dict[str, list[int]] = {k: [0, 0, 0] for k in SHAPES}
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        cues, sources = [], []
        for line in (A.DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and parts[1].split()[0] in ("Cue", "Source"):
                nums = [int(x) for x in re.findall(r"\d+", parts[1])]
                (cues if parts[1].startswith("Cue") else sources).append((nums[0], nums[-1]))
        for shape, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                cue = any(s < m.end() and m.start() < e for s, e in cues)
                src = any(s < m.end() and m.start() < e for s, e in sources)
                totals[shape][0] += 1
                totals[shape][1] += cue
                totals[shape][2] += src
                print(f"{shape}\t{stem}\t{m.start()}\tgold_cue={'yes' if cue else 'no'}\t"
                      f"gold_source={'yes' if src else 'no'}\t"
                      f"in_quotation={'yes' if inside_quotation(text, m.start()) else 'no'}")
    for shape, (n, g, s) in totals.items():
        print(f"# {shape}: {n} on the tuning half, {g} with a gold cue on it, {s} with a gold source on it")


if __name__ == "__main__":
    main()
