#!/usr/bin/env python3
"""Round 88's census: each development-error shape of the real88 gold, counted on PolNeAR's tuning half
(scripts/attr_dev.py's split) and on the older real golds' articles (both parts, real88 left out), with whether a
gold cue sits on its verb. Offsets and labels only, no article text (attr85's census, round 88's shapes).

    python scripts/attr88/census.py > scripts/attr88/census.txt
"""

from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "attr85"))
import attr_dev as A  # noqa: E402
from census import spans  # noqa: E402

SHAPES = {
    # "<X> published <NP>" with no clause: "published the figures", "published its demands"
    "published-np": r"\b(?P<v>published|publishes|publish)\s+(?!that\b|a\s+(?:report|statement|study|survey)\s+"
                    r"(?:saying|showing|that)\b)(?:the|a|an|its|their|his|her|[A-Z][\w]*(?:'s|’s))\b",
    # "urge(s/d) <NP>" with no "to <VP>" in the next six words
    "urge-np": r"\b(?P<v>urges|urged|urge)\s+(?!(?:[\w'’-]+\s+){0,5}?to\s)(?:a|an|the|net|more|further|[a-z]+)\b",
    # "<X> wants <NP> to <VP>"
    "wants-np-to": r"\b(?P<v>[Ww]ants|[Ww]anted|[Ww]ant)\s+(?:[\w.'’-]+\s+){1,4}?to\s",
    # "<X> <verb>s ..., and says / adds <clause>" (a second verb of the same subject)
    "and-says": r",\s+and\s+(?:also\s+)?(?P<v>says|said|adds|added)\s+(?!that\s+it\b)",
    # ", <plural>, including <Name ...>, said"
    "including-said": r"[a-z]s,\s+including\s+[^,.]{3,80},\s+(?P<v>said|say|says)\b",
    # "<X> printed / published a table / chart showing"
    "table-showing": r"\b(?:printed|published|released)\s+(?:a|an)\s+(?:\w+\s+)?(?:table|chart|graph)\s+"
                     r"(?P<v>showing)\b",
}


def main() -> None:
    totals = {k: [0, 0, 0, 0] for k in SHAPES}
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        cues = spans(stem)["Cue"]
        for shape, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                s, e = m.span("v")
                hit = int(any(a < e and s < b for a, b in cues))
                totals[shape][0] += 1
                totals[shape][1] += hit
                print(f"{shape}\tpolnear-tune\t{stem}\t{s}\tgold_cue={hit}")
    for gold in sorted(glob.glob(str(ROOT / "tests/gold/attributions_real*.jsonl"))):
        if "real88" in gold:
            continue
        for line in Path(gold).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            path = ROOT.parent / "shared" / rec["path"]
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            cues = [tuple(c) for a in rec["attributions"] for c in a["cue"]]
            for shape, pat in SHAPES.items():
                for m in re.finditer(pat, text):
                    s, e = m.span("v")
                    hit = int(any(a < e and s < b for a, b in cues))
                    totals[shape][2] += 1
                    totals[shape][3] += hit
                    print(f"{shape}\t{Path(gold).name}\t{Path(rec['path']).stem}\t{s}\tgold_cue={hit}")
    for shape, (n, c, g, gc) in totals.items():
        print(f"# {shape}: PolNeAR tuning half {n} (gold cue on the verb {c}); older real golds {g} (gold cue {gc})")


if __name__ == "__main__":
    main()
