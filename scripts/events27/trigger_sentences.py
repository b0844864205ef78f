"""Sentences of real articles (SemEval-2025 English, PTC, SemEval-2023 English) that hold a trigger of round 27's
rules, written as JSONL for ``predict_events`` so a rule's changes can be read before and after.

Triggers: "give/gave/giving ... hours/days/week(s) to", "should" followed within four words by "be" (an
inverted condition may follow), "approve/allocate ... grant", "bar/ban ... entry", "fight/combat ... fishing /
poaching / smuggling / trafficking / piracy / banditry / logging".

Usage (from the project root)::

    python scripts/events27/trigger_sentences.py OUT.jsonl [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

TRIGGERS = [
    re.compile(r"\b(give|gave|given|giving|gives)\b[^.]{0,40}\b(hours|days|weeks?)\s+to\b", re.I),
    re.compile(r"\b(warn|warned|warning|warns)\b[^.]{0,80}\bshould\s+(\w+\s+){1,4}be\b", re.I),
    re.compile(r"\b(approv|allocat)\w*\b[^.]{0,30}\bgrants?\b", re.I),
    re.compile(r"\b(bar|barred|barring|bars|ban|banned|banning|bans)\s+entry\b", re.I),
    re.compile(r"\b(fight|fought|fighting|combat\w*)\b[^.]{0,30}\b(fishing|poaching|smuggling|trafficking|piracy|"
               r"banditry|logging)\b", re.I),
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
