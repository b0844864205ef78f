"""Round 47 (leads47): how often the shapes of this round's rules occur in the articles the sources and actors golds
name (counts only, no text). From the repository root with ../shared present: python scripts/leads47/census.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spinscope.components.actors import THIS_NATION_47
from spinscope.components.attribution.sources import load_source_table
from spinscope.components.attribution.sources47 import FELLOW_47, PAPER_OF_TOWN_47, STATE_SPEAKER_47, TOWN_PAPER_47

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def main() -> int:
    table = load_source_table()
    paths = {json.loads(line)["path"] for gold in sorted((ROOT / "tests" / "gold").glob("*_real*.jsonl"))
             if gold.name.startswith(("sources_real", "actors_real")) for line in gold.open(encoding="utf-8")}
    counts = dict.fromkeys(("articles", "town papers", "articles with one", "fellow appositions",
                            "state speakers", "this nation / this country", "the country"), 0)
    for path in sorted(paths):
        raw = (SHARED / path).read_text(encoding="utf-8", errors="replace")
        text = " ".join(raw.split())
        papers = [m for p in (TOWN_PAPER_47, PAPER_OF_TOWN_47) for m in p.finditer(text)
                  if table.find_source(m.group(0)) is None]
        counts["articles"] += 1
        counts["town papers"] += len(papers)
        counts["articles with one"] += bool(papers)
        counts["fellow appositions"] += len(FELLOW_47.findall(text))
        counts["state speakers"] += sum(1 for _ in STATE_SPEAKER_47.finditer(text))
        counts["this nation / this country"] += len(THIS_NATION_47.findall(raw))
        counts["the country"] += len(re.findall(r"\b[Tt]he country\b", raw))
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
