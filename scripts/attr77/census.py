#!/usr/bin/env python3
"""Round 77's census: each shape the task named, counted on PolNeAR's tuning half (scripts/attr_dev.py's split),
with whether a gold cue of PolNeAR's sits on it and whether the place is inside a quotation. Offsets and labels only,
no article text.

    python scripts/attr77/census.py > scripts/attr77/census.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev as A  # noqa: E402

SHAPES = {
    "dash-aside-who": r"[—–]\s+who(?:[’']s|\s+has|\s+had|\s+is|\s+was)?\s+",
    "negated-know-wh": r"\b(?:didn[’']t|did not|don[’']t|do not|doesn[’']t|does not)\s+know\s+"
                       r"(?:what|who|how|whether|why|where|which)\b",
    "negated-know-that": r"\b(?:didn[’']t|did not|don[’']t|do not|doesn[’']t|does not)\s+know\s+that\b",
    "passive-told-to": r"\b(?:was|were|been|being|is|are)\s+(?:told|warned|ordered|instructed|asked)\s+to\b",
    "negated-say-or-think (any)": r"\b(?:didn[’']t|did not|don[’']t|do not|doesn[’']t|does not|never|not)\s+"
                                  r"(?:say|think|believe|know|claim|deny|expect|want|agree|see|realize)\b",
    "holds-responsible": r"\bh(?:old|olds|eld|olding)\s+[^.]{0,40}?\bresponsible\b",
}


def inside_quotation(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def main() -> None:
    totals: dict[str, list[int]] = {k: [0, 0] for k in SHAPES}
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        cues = []
        for line in (A.DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and parts[1].startswith("Cue "):
                nums = [int(x) for x in re.findall(r"\d+", parts[1])]
                cues.append((nums[0], nums[-1]))
        for shape, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                gold = any(s < m.end() and m.start() < e for s, e in cues)
                totals[shape][0] += 1
                totals[shape][1] += gold
                print(f"{shape}\t{stem}\t{m.start()}\tgold_cue={'yes' if gold else 'no'}\t"
                      f"in_quotation={'yes' if inside_quotation(text, m.start()) else 'no'}")
    for shape, (n, g) in totals.items():
        print(f"# {shape}: {n} on the tuning half, {g} with a gold cue on it")


if __name__ == "__main__":
    main()
