#!/usr/bin/env python3
"""Round 93's census: each development-error shape of the real93 gold that a rule reads, counted on PolNeAR's
tuning half (scripts/attr_dev.py's split) and on the older real golds' articles (both parts, real93 left out),
with whether a gold cue sits on its verb. Offsets and labels only, no article text (attr85's census, round 93's shapes).

    python scripts/attr93/census.py > scripts/attr93/census.txt
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
    # "<X> described <NP> as <...>"
    "described-as": r"\b(?P<v>described|describes|describe)\s+(?!as\b)(?:[\w'’-]+\s+){1,6}?as\s",
    # "who wanted / asked for / requested anonymity"
    "anonymity": r"\b(?P<v>wanted|requested|asked\s+for|sought|demanded|granted)\s+anonymity\b",
    # "But it said <clause>" at a sentence's start
    "but-it-said": r"(?:^|[.!?]\s+|\n)(?:But|And)\s+it\s+(?P<v>said)\b",
    # "<Name>, which / who <...>, (also) said"
    "relative-said": r"[A-Z][\w&.'-]*,\s+(?:which|who)\s+[^\"“”\n]{3,200}?,\s+(?:also\s+)?(?P<v>said)\b",
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
        if "real93" in gold:
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
