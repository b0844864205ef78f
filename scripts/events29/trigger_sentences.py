"""Passages of real articles (SemEval-2025 English, PTC, SemEval-2023 English) that hold a trigger of round 29's
rules, written as JSONL for ``predict_events`` so a rule's changes can be read before and after.

Triggers: "declined/refused ... to comment / to say / to confirm / comment / questions", "denied/refused ... entry",
"called in ... ambassador/envoy/diplomat/consul", and a sentence opening with "They" or "The two/Both <noun>s"
(written together with the sentence before it, which the pair rule reads).

Usage (from the project root)::

    python scripts/events29/trigger_sentences.py OUT.jsonl [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

TRIGGERS = [
    re.compile(r"\b(declin|refus)\w*\b[^.]{0,30}\b(to (comment|say|confirm|elaborate|speculate|disclose|specify)|"
               r"comments?|questions)\b", re.I),
    re.compile(r"\b(den(y|ied|ies)|refus\w*)\b[^.]{0,40}\bentry\b", re.I),
    re.compile(r"\bcall\w* in\b[^.]{0,40}\b(ambassador|envoy|diplomat|consul|charg)", re.I),
]
PAIR = re.compile(r"^(They|The two \w+s|Both \w+s)\b")


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
                for k, sent in enumerate(sents):
                    item = None
                    if 20 < len(sent) < 400 and any(t.search(sent) for t in TRIGGERS):
                        item = sent
                    elif k > 0 and PAIR.match(sent) and len(sents[k - 1]) + len(sent) < 600:
                        item = sents[k - 1] + " " + sent
                    if item is not None and item not in seen:
                        seen.add(item)
                        out.write(json.dumps({"id": f"s{len(seen)}", "text": item}) + "\n")
    print(len(seen), "passages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
