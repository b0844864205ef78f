#!/usr/bin/env python3
"""Round 81's census of the two leads ("For the next round"): "<subject> want(s) to <VP>" and a quotation run on
into the speaker's next act ("..." and <verb>), counted on PolNeAR's tuning half (scripts/attr_dev.py's split) and
on the real attribution golds' development files (no held-out file). For each use: whether a gold cue overlaps it,
whether one of main's records (``scripts/attr81/dev.py --save base``) has its cue on it, whether it sits inside a
gold content (nested) or inside a quotation, and the subject's length in words (from the sentence's start or the
last comma / quote mark to the verb). Offsets and labels only, never article text.

    python scripts/attr81/census.py > scripts/attr81/census.txt
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
BASE_RUN = Path("/tmp/attr81/run_base")
SHAPES = {
    "want-to": r"\b(?:want|wants|wanted)\s+to\b",
    "quote-and-verb": r"[”\"],?\s+(?:and|then)\s+(?:\w+ed|\w+s)\b",
}


def inside_quotation(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def subject_words(text: str, pos: int) -> int:
    left = text[max(0, pos - 300):pos]
    cut = max(left.rfind(c) for c in ".,;:“”\"\n?!")
    return len(left[cut + 1:].split())


def label(text: str, m: re.Match[str], cues, contents, main_cues) -> str:  # type: ignore[no-untyped-def]
    gold = overlaps(cues, m.start(), m.end())
    nested = overlaps(contents, m.start(), m.start() + 1)
    found = overlaps(main_cues, m.start(), m.end())
    neg = bool(re.search(r"\b(?:not|n[’']t|never)\s*$", text[max(0, m.start() - 12):m.start()]))
    return (f"gold_cue={'yes' if gold else 'no'}\tmain_cue={'yes' if found else 'no'}\t"
            f"in_gold_content={'yes' if nested else 'no'}\t"
            f"in_quotation={'yes' if inside_quotation(text, m.start()) else 'no'}"
            f"\tsubject_words={subject_words(text, m.start())}\tnegated={'yes' if neg else 'no'}")


def polnear() -> None:
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = A._gold_triples(A.DATA / "attributions" / f"{stem}.ann")
        cues = [c for _, _, q in triples for c in q]
        contents = [c for g, _, _ in triples for c in g]
        run = BASE_RUN / f"{stem}.json"
        main_cues = [(a["cue"]["start"], a["cue"]["end"]) for a in json.loads(run.read_text())["attributions"]
                     if a.get("cue")] if run.exists() else []
        for shape, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                print(f"polnear\t{shape}\t{stem[:45]}\t{m.start()}\t{label(text, m, cues, contents, main_cues)}")


def real_golds() -> None:
    for gold in sorted(glob.glob(str(ROOT / "tests/gold/attributions_real*.jsonl"))):
        if "_heldout" in gold:
            continue
        for line in Path(gold).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            p = SHARED / rec["path"]
            if not p.exists():
                continue
            text = p.read_text(encoding="utf-8")
            cues = [tuple(c) for a in rec["attributions"] for c in a.get("cue") or []]
            contents = [tuple(c) for a in rec["attributions"] for c in a.get("content") or []]
            for shape, pat in SHAPES.items():
                for m in re.finditer(pat, text):
                    print(f"real\t{shape}\t{Path(gold).stem}\t{Path(rec['path']).stem[:40]}\t{m.start()}\t"
                          f"{label(text, m, cues, contents, [])}")


if __name__ == "__main__":
    polnear()
    real_golds()
