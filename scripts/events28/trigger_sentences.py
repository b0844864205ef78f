"""Sentences of real articles (SemEval-2025 English, PTC, SemEval-2023 English) that hold a trigger of round 28's
rules, written as JSONL for ``predict_events`` so a rule's changes can be read before and after.

Triggers: "pledge/promise/offer ... package/aid/assistance", "close/shut/seal ... border/crossing/frontier/checkpoint/
office/bureau/newsroom", "closure of", "disburse", "raise/heighten/increase ... readiness/alert", "by force",
"told/ordered/instructed ... to withdraw/pull", "promise ... to help", "offices/bureau of".

Usage (from the project root)::

    python scripts/events28/trigger_sentences.py OUT.jsonl [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

TRIGGERS = [
    re.compile(r"\b(pledg|promis|offer)\w*\b[^.]{0,50}\b(package|aid|assistance)\b", re.I),
    re.compile(r"\b(clos|shut|seal)\w*\b[^.]{0,40}\b(borders?|crossings?|frontiers?|checkpoints?|offices?|bureaus?|"
               r"newsrooms?)\b", re.I),
    re.compile(r"\bclosure of\b", re.I),
    re.compile(r"\bdisburs\w*", re.I),
    re.compile(r"\b(rais|heighten|increas)\w*\b[^.]{0,40}\b(readiness|alert)\b", re.I),
    re.compile(r"\bby force\b", re.I),
    re.compile(r"\b(told|tell|tells|order\w*|instruct\w*|forc\w*|compel\w*|direct\w*)\b[^.]{0,40}"
               r"\bto (withdraw|pull|remove)\b", re.I),
    re.compile(r"\b(promis|pledg|vow|swor|swear)\w*\b[^.]{0,60}\bto (help|assist)\b", re.I),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args(argv)
    data = Path(args.shared) / "data"
    paths = sorted((data / "semeval2025_task10" / "EN").rglob("*.txt"))
    paths += sorted((data / "ptc_semeval2020_task11").rglob("article*.txt"))
    paths += sorted(p for p in (data / "semeval2023_task3").rglob("*.txt") if "/en/" in str(p).lower())
    seen: set[str] = set()
    with open(args.out, "w", encoding="utf-8") as out:
        for path in paths:
            text = path.read_text(encoding="utf-8", errors="ignore")
            for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
                sent = sent.strip()
                if 20 < len(sent) < 400 and sent not in seen and any(t.search(sent) for t in TRIGGERS):
                    seen.add(sent)
                    out.write(json.dumps({"id": f"s{len(seen)}", "text": sent}) + "\n")
    print(len(seen), "sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
