#!/usr/bin/env python3
"""Round 85's census: each development-error shape, counted on PolNeAR's tuning half (scripts/attr_dev.py's split),
with whether a gold cue sits on its verb, a gold source on its ``who`` word and a gold content on its ``c`` part.
Offsets and labels only, no article text (attr83's census, round 85's shapes).

    python scripts/attr85/census.py > scripts/attr85/census.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev as A  # noqa: E402

SHAPES = {
    "statement-saying": r"(?P<who>\b\w+)\s+(?:issued|released|put\s+out)\s+(?:a|an)\s+(?:\w+\s+)?"
                        r"statement\s+(?P<v>saying)\b",
    "noun-urging-no-comma": r"(?P<who>\b[A-Za-z]+s)\s+(?P<v>urging|demanding)\s+(?:the\s+)?\w+\s+to\b",
    "agreed-to": r"\b(?P<v>agreed)\s+(?:\w+\s+){0,4}?to\s+(?!the\b|a\b|an\b)\w+",
    "agreed-not-to": r"\b(?P<v>agreed)\s+not\s+to\b",
    "declined-to": r"\bdeclined\s+to\s+(?P<v>\w+)",
    "would-not-comment": r"\b(?:would|will|did|does|could|do)\s+not\s+(?P<v>comment)\b",
    "not-disclose": r"\b(?:did|would|does|will)\s+not\s+(?P<v>disclose|reveal)\b",
    "signed-agreements": r"\b(?P<v>signed)\s+(?:\w+\s+){0,3}(?:agreements?|accords?|deals?|contracts?)\b",
    "on-his-return": r"\b(?:speaking|spoke|talking|talked)\s+(?:\w+\s+){0,4}?on\s+"
                     r"(?P<c>(?:his|her|their)\s+(?:return|arrival|way)\b)",
}


def spans(stem: str) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {"Cue": [], "Source": [], "Content": []}
    for line in (A.DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and parts[1].split()[0] in out:
            for rng in parts[1].split(" ", 1)[1].split(";"):
                s, e = (int(x) for x in rng.split())
                out[parts[1].split()[0]].append((s, e))
    return out


def main() -> None:
    totals: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in SHAPES}
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        sp = spans(stem)
        for shape, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                marks = []
                for group, role in (("v", "Cue"), ("who", "Source"), ("c", "Content")):
                    if group in m.re.groupindex and m.start(group) >= 0:
                        s, e = m.span(group)
                        marks.append(int(any(a < e and s < b for a, b in sp[role])))
                    else:
                        marks.append(-1)
                t = totals[shape]
                t[0] += 1
                for i, v in enumerate(marks):
                    t[i + 1] += max(v, 0)
                print(f"{shape}\t{stem}\t{m.start()}\tgold_cue={marks[0]}\tgold_source_on_who={marks[1]}\t"
                      f"gold_content={marks[2]}")
    for shape, (n, c, s, k) in totals.items():
        print(f"# {shape}: {n} on the tuning half; gold cue on the verb {c}, gold source on 'who' {s}, "
              f"gold content on 'c' {k}")


if __name__ == "__main__":
    main()
