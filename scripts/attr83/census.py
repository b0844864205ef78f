#!/usr/bin/env python3
"""Round 83's census: each development-error shape, counted on PolNeAR's tuning half (scripts/attr_dev.py's split),
with whether a gold cue of PolNeAR's sits on it and whether a gold source does. Offsets and labels only, no article
text (attr78's census, other shapes).

    python scripts/attr83/census.py > scripts/attr83/census.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev as A  # noqa: E402

SHAPES = {
    "negated-know": r"\b(?:did\s+not|does\s+not|do\s+not|didn[’']t|doesn[’']t|don[’']t)\s+(know)\b",
    "to-prevent": r"\bto\s+(prevent)\b",
    "prevent-any": r"\b(prevent|prevents|prevented|preventing)\b",
    "all-caps-first-line": r"\A([A-Z][A-Z0-9 ,.'-]{10,})\n",
}


def according_to_nesting(stem: str, text: str) -> tuple[int, int]:
    """(gold "according to" attributions, gold cues of other attributions inside their content) in one article."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    links: list[dict[str, str]] = []
    for line in (A.DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T"):
            role, rng = parts[1].split(" ", 1)
            spans[parts[0]] = (role, [tuple(int(x) for x in r.split()) for r in rng.split(";")])  # type: ignore
        elif line.startswith("E"):
            links.append(dict(x.split(":") for x in parts[1].split()[1:]))
    n_acc = nested = 0
    for link in links:
        cue = spans.get(link.get("Cue", ""), ("", []))[1]
        if not cue or text[cue[0][0]:cue[-1][1]].lower() != "according to":
            continue
        n_acc += 1
        content = spans.get(link.get("Content", ""), ("", []))[1]
        for other in links:
            if other is link or "Cue" not in other:
                continue
            c = spans[other["Cue"]][1][0]
            nested += any(s <= c[0] and c[1] <= e for s, e in content)
    return n_acc, nested


def main() -> None:
    totals: dict[str, list[int]] = {k: [0, 0, 0] for k in SHAPES}
    acc = [0, 0]
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        n_acc, nested = according_to_nesting(stem, text)
        acc[0] += n_acc
        acc[1] += nested
        cues, sources = [], []
        for line in (A.DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and parts[1].split()[0] in ("Cue", "Source"):
                nums = [int(x) for x in re.findall(r"\d+", parts[1])]
                (cues if parts[1].startswith("Cue") else sources).append((nums[0], nums[-1]))
        for shape, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                s, e = (m.start(1), m.end(1)) if m.re.groups else (m.start(), m.end())
                cue = any(cs < e and s < ce for cs, ce in cues)
                src = any(ss < m.end() and m.start() < se for ss, se in sources)
                totals[shape][0] += 1
                totals[shape][1] += cue
                totals[shape][2] += src
                print(f"{shape}\t{stem}\t{m.start()}\tgold_cue={'yes' if cue else 'no'}\t"
                      f"gold_source={'yes' if src else 'no'}")
    for shape, (n, g, s) in totals.items():
        print(f"# {shape}: {n} on the tuning half, {g} with a gold cue on it, {s} with a gold source near it")
    print(f"# gold 'according to' attributions: {acc[0]}; other gold cues inside their contents: {acc[1]}")


if __name__ == "__main__":
    main()
