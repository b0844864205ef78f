#!/usr/bin/env python3
"""Finer counts on PolNeAR's development split (figures only): top-level (outside every annotated content) versus
nested "want" and "seem" by shape, and how many of each are annotated as a cue.

Shapes: "want(s/ed) to" (plain / negated), "want(s/ed) <one word> to" (an object then "to"); "seem(s/ed)" followed
by "to", "that"/"like"/"as if", an adjective ("likely", "intent", ...) or anything else; and whether the cue's
attribution has a source span.

    python scripts/attr70/count_shapes.py
"""

from __future__ import annotations

import re
from collections import Counter

from count_polnear import DATA, _spans

NEG = re.compile(r"\b(?:not|n't|never)\s*$", re.I)


def main() -> None:
    c: Counter[str] = Counter()
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
        cues, conts = [], []
        for ev in events:
            cue = [s for k, t in ev.items() if k.startswith("Cue") for s in spans[t][1]]
            src = any(k.startswith("Source") for k in ev)
            cues.append((cue, src))
            conts += [s for k, t in ev.items() if k.startswith("Content") for s in spans[t][1]]
        for m in re.finditer(r"\b(want|seem)(?:s|ed)?\b(\s+\w+)?(\s+\w+)?", text, re.I):
            w1 = (m.group(2) or "").strip().lower()
            w2 = (m.group(3) or "").strip().lower()
            if m.group(1).lower() == "want":
                if w1 == "to":
                    shape = "want to, negated" if NEG.search(text[max(0, m.start() - 12):m.start()]) else "want to"
                elif w2 == "to":
                    shape = "want <obj> to"
                else:
                    continue
            else:
                shape = ("seem to" if w1 == "to" else "seem that/like/as" if w1 in ("that", "like", "as")
                         else "seem <adjective>" if w1.endswith(("ly", "ent", "ous", "ble", "ive", "ing", "ed"))
                         else "seem other")
            where = "nested" if any(a <= m.start() < b for a, b in conts) else "top"
            hit = [src for cue, src in cues if any(a <= m.start() < b for a, b in cue)]
            c[(where, shape, "total")] += 1
            if hit:
                c[(where, shape, "cue, source" if hit[0] else "cue, no source")] += 1
    for key in sorted(c):
        print("\t".join(key), c[key], sep="\t")


if __name__ == "__main__":
    main()
