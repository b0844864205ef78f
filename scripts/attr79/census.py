#!/usr/bin/env python3
"""Round 79's census of the conventions the golds disagree on ("Lead, round 45", "For the next round"), counted on
PolNeAR's tuning half (scripts/attr_dev.py's split) and on the development files of the real attribution golds (no
held-out file is read). For each use of a shape: whether a gold cue overlaps it, whether it sits inside the content
of another gold record (nested), whether it is inside a quotation, and (PolNeAR only, from a saved run of main's
code, ``scripts/attr79/dev.py --save base``) whether one of main's records has its cue on it. Offsets and labels
only, never article text.

    python scripts/attr79/census.py > scripts/attr79/census.txt
"""

from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev as A  # noqa: E402

SHARED = ROOT.parent / "shared"
BASE_RUN = Path("/tmp/attr79/run_base")
SHAPES = {
    "known-as": r"\bknown\s+as\b",
    "knows-clause": r"\b(?:know|knows|knew|knowing)\s+(?:that|what|who|how|whether|why|where|when|if|"
                    r"(?:he|she|they|it|we|I|you|there|this)\s+\w+)\b",
    "ask-X-to-imagine": r"\b(?:ask|asks|asked|asking)\s+[^.;]{0,40}?\bto\s+imagine\b",
    "imagine (any)": r"\bimagin(?:e|es|ed|ing)\b",
    "describe-self-as": r"\bdescrib(?:e|es|ed|ing)\s+(?:himself|herself|themselves|itself|myself|ourselves|yourself)"
                        r"\s+as\b",
    "describe-X-as (any)": r"\bdescrib(?:e|es|ed|ing)\s+[^.;]{1,40}?\s+as\b",
    "appointed-by": r"\b(?:appointed|nominated|named|picked|chosen|selected)\s+by\b",
    "was-told-to/that": r"\b(?:was|were|been|being|is|are|be|get|got)\s+told\s+(?:to|that)\b",
    "holds-responsible": r"\bh(?:old|olds|eld|olding)\s+[^.;]{0,40}?\b(?:responsible|accountable)\b",
}


def inside_quotation(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def polnear() -> None:
    totals: dict[str, list[int]] = {k: [0, 0, 0] for k in SHAPES}
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = A._gold_triples(A.DATA / "attributions" / f"{stem}.ann")
        cues = [c for _, _, q in triples for c in q]
        contents = [c for g, _, _ in triples for c in g]
        main_cues: list[tuple[int, int]] = []
        run = BASE_RUN / f"{stem}.json"
        if run.exists():
            main_cues = [(a["cue"]["start"], a["cue"]["end"]) for a in json.loads(run.read_text())["attributions"]
                         if a.get("cue")]
        for shape, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                gold = overlaps(cues, m.start(), m.end())
                nested = overlaps(contents, m.start(), m.start() + 1)  # the shape's first word
                found = overlaps(main_cues, m.start(), m.end())
                totals[shape][0] += 1
                totals[shape][1] += gold
                totals[shape][2] += found
                print(f"polnear\t{shape}\t{stem[:45]}\t{m.start()}\tgold_cue={'yes' if gold else 'no'}\t"
                      f"main_cue={'yes' if found else 'no'}\tin_gold_content={'yes' if nested else 'no'}\t"
                      f"in_quotation={'yes' if inside_quotation(text, m.start()) else 'no'}")
    for shape, (n, g, f) in totals.items():
        print(f"# polnear tune {shape}: {n} uses, {g} with a gold cue, {f} with a cue of main's")


def real_golds() -> None:
    totals: dict[str, list[int]] = {k: [0, 0] for k in SHAPES}
    for gold in sorted(glob.glob(str(ROOT / "tests/gold/attributions_real*.jsonl"))):
        if "_heldout" in gold:
            continue
        for line in Path(gold).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            text = (SHARED / rec["path"]).read_text(encoding="utf-8")
            cues = [tuple(c) for a in rec["attributions"] for c in a.get("cue") or []]
            contents = [tuple(c) for a in rec["attributions"] for c in a.get("content") or []]
            for shape, pat in SHAPES.items():
                for m in re.finditer(pat, text):
                    g = overlaps(cues, m.start(), m.end())  # type: ignore[arg-type]
                    nested = overlaps(contents, m.start(), m.start() + 1)  # type: ignore[arg-type]
                    totals[shape][0] += 1
                    totals[shape][1] += g
                    print(f"real\t{shape}\t{Path(gold).stem}\t{Path(rec['path']).stem[:40]}\t{m.start()}\t"
                          f"gold_cue={'yes' if g else 'no'}\tin_gold_content={'yes' if nested else 'no'}\t"
                          f"in_quotation={'yes' if inside_quotation(text, m.start()) else 'no'}")
    for shape, (n, g) in totals.items():
        print(f"# real golds (development files) {shape}: {n} uses, {g} with a gold cue")


if __name__ == "__main__":
    polnear()
    real_golds()
