#!/usr/bin/env python3
"""Round 70's PolNeAR census (development split, both halves; figures only, no text): for each word form the
round's rules read, how often it occurs, how often it is (part of) an annotated cue, and how often it lies inside an
annotated content (a nested use).

    python scripts/attr70/census.py > scripts/attr70/census.txt
"""

from __future__ import annotations

import re
from collections import Counter

from count_polnear import DATA, _spans

FORMS = {
    "address(ed/es) <NP>": r"\baddress(?:ed|es)?\b(?!\s+(?:to|by)\b)",
    "campaign(ed/s) against/for": r"\bcampaign(?:ed|s|ing)?\s+(?:against|for)\b",
    "moved to <VP>": r"\bmove[sd]?\s+to\s+[a-z]+",
    "voice(d/s) <NP>": r"\bvoice[sd]?\s+(?:support|opposition|concerns?|frustration|anger)\b",
    "posted <NP>": r"\bpost(?:ed|s)\s+(?:a|an|the|his|her|their)\b",
    "one can/could/must hope/...": r"\b[Oo]ne\s+(?:can|could|must|should|would|might|may)\b",
    "judging by/from": r"\b[Jj]udging\s+(?:by|from)\b",
    "No <noun> (subject)": r"(?:^|[.!?]\s+)No\s+[a-z]+\b",
    "prompting/forcing <NP> to <verb>": r"\b(?:prompt|forc|lead|caus|spurr)(?:ing|ed)\s+[^.\n]{1,60}?\bto\s+"
                                        r"(?:announce|say|declare|state|admit|acknowledge|promise|pledge)\b",
    "released/issued a statement saying": r"\b(?:released|issued|put out)\s+a\s+statement\s+saying\b",
}


def main() -> None:
    c: Counter[tuple[str, str]] = Counter()
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        text = (DATA / "text" / f"{ann.stem}.txt").read_text(encoding="utf-8")
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            p = line.split("\t")
            if line.startswith("T"):
                k, _, r = p[1].partition(" ")
                spans[p[0]] = (k, _spans(r))
            elif line.startswith("E"):
                events.append(dict(x.split(":") for x in p[1].split()))
        cues, conts, srcs = [], [], []
        for ev in events:
            cues += [s for k, t in ev.items() if k.startswith("Cue") for s in spans[t][1]]
            conts += [s for k, t in ev.items() if k.startswith("Content") for s in spans[t][1]]
            srcs += [s for k, t in ev.items() if k.startswith("Source") for s in spans[t][1]]
        for name, pat in FORMS.items():
            for m in re.finditer(pat, text, re.M):
                c[(name, "occurrences")] += 1
                if any(a < m.end() and m.start() < b for a, b in cues):
                    c[(name, "overlaps a cue")] += 1
                if any(a < m.end() and m.start() < b for a, b in srcs):
                    c[(name, "overlaps a source")] += 1
                if any(a <= m.start() < b for a, b in conts):
                    c[(name, "inside a content")] += 1
    for key in sorted(c):
        print(*key, c[key], sep="\t")


if __name__ == "__main__":
    main()
