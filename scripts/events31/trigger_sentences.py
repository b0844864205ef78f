"""Passages of real articles (SemEval-2025 English, PTC, SemEval-2023 English) that hold a trigger of round 31's
rules, written as JSONL for ``predict_events`` so a rule's changes can be read before and after.

Triggers: a criticism verb near an act done to people ("condemned the detention"), "told ... would ... if /
unless", "jointly", data / imagery / intelligence shared or exchanged, a bill / law / decree withdrawn or repealed,
the names of the leaders added to the actor dictionary, "State of Palestine".

Usage (from the project root)::

    python scripts/events31/trigger_sentences.py OUT.jsonl [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

TRIGGERS = [
    # a criticism of an act done to people (the scene rule, the criticised arrest)
    re.compile(r"\b(condemn|denounc|criticis|criticiz|deplor|decr[iy]|protest)\w*\b[^.]{0,20}\b(arrest|detention|"
               r"jailing|imprisonment|sentencing|conviction|execution|deportation|expulsion|killing|torture|abduction|"
               r"kidnapping|disappearance|trial|harassment|mistreatment|persecution)\b", re.I),
    re.compile(r"\b(told|tells|tell|telling)\b[^.]{0,60}\b(would|will)\b[^.]{0,60}\b(if|unless)\b", re.I),
    re.compile(r"\bjointly\b", re.I),
    re.compile(r"\b(shar|exchang)\w*\b[^.]{0,25}\b(data|imagery|intelligence)\b", re.I),
    re.compile(r"\b(withdr[ae]w\w*|scrap\w*|shelv\w*|repeal\w*|rescind\w*|revok\w*|abandon\w*)\b[^.]{0,30}\b(bill|law|"
               r"decree|legislation|amendment)\b", re.I),
    re.compile(r"\b(Hasina|Yunus|Anwar Ibrahim|Prabowo|Jokowi|Widodo|Pedro S[aá]nchez|Ruto|Tshisekedi|Marcos|Duterte|"
               r"Tsai Ing|Lai Ching|Burhan|Hemedti|Dagalo|Traor[eé]|Go[iï]ta|Tchiani|Tiani|Min Aung Hlaing|Suu Kyi|"
               r"Hun Manet|Pham Minh Chinh|Wang Yi|Kobakhidze|Ivanishvili|Kristersson|Frederiksen|Landsbergis|"
               r"Edi Rama|Tamim bin Hamad|bin Zayed|Paetongtarn|Srettha|Sharma Oli|Ghalibaf|Qalibaf|Larijani)\b"),
    re.compile(r"\bState of Palestine\b", re.I),
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
