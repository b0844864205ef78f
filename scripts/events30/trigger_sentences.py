"""Passages of real articles (SemEval-2025 English, PTC, SemEval-2023 English) that hold a trigger of round 30's
rules, written as JSONL for ``predict_events`` so a rule's changes can be read before and after.

Triggers: "deny/denied/denies", "riot police/officers/gear", "pro-X" / "anti-X" before a capitalised name,
"did not" / "didn't", "invitation", "was/were expelled", "him" after "accused/accusing", and "used/using/use ...
tear gas / rubber bullets / water cannon / batons / pepper spray / stun grenades".

Usage (from the project root)::

    python scripts/events30/trigger_sentences.py OUT.jsonl [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

TRIGGERS = [
    re.compile(r"\bden(y|ied|ies)\b", re.I),
    re.compile(r"\briot (police|officers?|gear|squads?|units?)\b", re.I),
    re.compile(r"\b(pro|anti)-[A-Z]"),
    re.compile(r"\b(did not|didn't)\b", re.I),
    re.compile(r"\binvitation\b", re.I),
    re.compile(r"\b(was|were) expelled\b", re.I),
    re.compile(r"\baccus\w+ (him|her)\b", re.I),
    re.compile(r"\b(use|used|using|employ\w*)\b[^.]{0,30}\b(tear gas|rubber bullets|water cannon|batons|pepper spray|"
               r"stun grenades)\b", re.I),
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
            for para in re.split(r"\n+", text):
                sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+", para) if s.strip()]
                for sent in sents:
                    item = None
                    if 20 < len(sent) < 400 and any(t.search(sent) for t in TRIGGERS):
                        item = sent
                    if item is not None and item not in seen:
                        seen.add(item)
                        out.write(json.dumps({"id": f"s{len(seen)}", "text": item}) + "\n")
    print(len(seen), "passages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
