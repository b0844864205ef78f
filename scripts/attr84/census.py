#!/usr/bin/env python3
"""Round 84's census: each development-error shape, counted on PolNeAR's tuning half (scripts/attr_dev.py's split):
the uses of the shape's word, how many a gold cue of PolNeAR's sits on (overlaps the word), and how many of those
gold cues have a content that starts with a clause opener ("that", a wh-word, "if", "whether") or a quotation
mark rather than a noun phrase. Counts only, no article text (attr83's census, other shapes).

    python scripts/attr84/census.py > scripts/attr84/census.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev as A  # noqa: E402

SHAPES = {
    "accept": r"\b(accept|accepts|accepted|accepting)\b",
    "snub": r"\b(snub|snubs|snubbed|snubbing)\b",
    "seek": r"\b(seek|seeks|sought|seeking)\b",
    "oppose": r"\b(oppose|opposes|opposed|opposing)\b",
    "question-verb": r"\b(questioned|questioning|questions)\b",
    "post": r"\b(post|posts|posted|posting)\b",
    "propose": r"\b(propose|proposes|proposed|proposing)\b",
    "push": r"\b(push|pushes|pushed|pushing)\b",
    "insist-on": r"\b(insist|insists|insisted|insisting)\s+on\b",
    "offer": r"\b(offer|offers|offered|offering)\b",
    "move-to": r"\b(moves?|moved)\s+to\b",
    "plan-to": r"\b(plans?|planned|planning)\s+to\b",
    "wrote-NP-saying": r"\b(wrote|writes|write)\s+(?:to\s+)?(?:the|a|an|his|her|their)?\s*\w+(?:\s+\w+)?,\s+"
                       r"(?:saying|asking|urging|arguing)\b",
    "comma-participle": r",\s+(warning|saying|adding|arguing|noting|insisting|stressing)\s+(?!that\b)[a-z]",
    "comma-participle-that": r",\s+(warning|saying|adding|arguing|noting|insisting|stressing)\s+that\b",
    "postposed-suggested": r",\s+[A-Z][a-z]+\s+(suggested|warned|argued|noted|cautioned)\b",
    "point-to": r"\b(point|points|pointed|pointing)\s+to\b",
    "posted-by-signature": r"(?m)^\s*(Posted)\s+by:?\s",
    "speaking-from-speaker": r"(?m)(?:^|[.!?]\s+)(Speaking)\s+(?:from|at|to|in|on)\b[^.\n]{0,120},",
}
OPENER = re.compile(r"\s*(?:[\"“‘']|that\b|what\b|why\b|how\b|who\b|whether\b|if\b|when\b|where\b)", re.I)


def gold(stem: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """(cue span, content spans) of each gold attribution with a cue."""
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for line in (A.DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T"):
            rng = parts[1].split(" ", 1)[1]
            spans[parts[0]] = [(int(r.split()[0]), int(r.split()[1])) for r in rng.split(";")]
        elif line.startswith("E"):
            link = dict(x.split(":") for x in parts[1].split()[1:])
            if "Cue" in link and "Content" in link and link["Cue"] in spans and link["Content"] in spans:
                c = spans[link["Cue"]]
                out.append(((c[0][0], c[-1][1]), spans[link["Content"]]))
    return out


def main() -> None:
    totals = {k: [0, 0, 0] for k in SHAPES}
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        cues = gold(stem)
        for name, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                s, e = m.span(1)
                totals[name][0] += 1
                hit = [c for c in cues if c[0][0] < e and s < c[0][1]]
                if hit:
                    totals[name][1] += 1
                    first = min(hit[0][1])
                    totals[name][2] += int(bool(OPENER.match(text[first[0]:first[0] + 12])))
    print(f"# PolNeAR tuning half: {len(A.stems('tune'))} articles")
    for name, (n, cue, clause) in totals.items():
        print(f"{name}\tuses={n}\tgold_cue={cue}\tof_those_clause_or_quote_content={clause}")


if __name__ == "__main__":
    main()
