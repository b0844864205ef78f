#!/usr/bin/env python3
"""Count, on PolNeAR's development split, how its annotators treat two shapes (figures only, no text printed).

- "want(s/ed) to <verb>": occurrences in the texts, and how many are annotated as a cue (the cue span covers the
  "want" word), with or without a source span.
- "seem(s/ed)": occurrences, how many are a cue, and how many of those attributions have no source span.

    python scripts/attr70/count_polnear.py
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear_dev"


def _spans(val: str) -> list[tuple[int, int]]:
    out = []
    for part in val.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def main() -> None:
    counts: Counter[str] = Counter()
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        text = (DATA / "text" / f"{ann.stem}.txt").read_text(encoding="utf-8")
        spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        events = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T"):
                kind, _, rest = parts[1].partition(" ")
                spans[parts[0]] = (kind, _spans(rest))
            elif line.startswith("E"):
                events.append(dict(p.split(":") for p in parts[1].split()))
        cues = []  # (cue spans, has source)
        for ev in events:
            cue = [s for k, t in ev.items() if k.startswith("Cue") for s in spans[t][1]]
            src = any(k.startswith("Source") for k in ev)
            cues.append((cue, src))
        for name, pat in (("want", r"\bwant(?:s|ed)?\s+to\b"), ("seem", r"\bseem(?:s|ed)?\b")):
            for m in re.finditer(pat, text, re.I):
                counts[f"{name} occurrences"] += 1
                hit = [src for cue, src in cues if any(a <= m.start() < b for a, b in cue)]
                if hit:
                    counts[f"{name} as cue"] += 1
                    counts[f"{name} as cue, with source" if hit[0] else f"{name} as cue, no source"] += 1
    for key in sorted(counts):
        print(f"{key}\t{counts[key]}")


if __name__ == "__main__":
    main()
