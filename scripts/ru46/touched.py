#!/usr/bin/env python3
"""Which articles of the Russian golds round 46's rules can touch at all (text only, no spinscope run).

    python scripts/ru46/touched.py tests/gold/attributions_ru_real*.jsonl [--write DIR]

``round46`` changes an article's output only where its text has "<<" or ">>" (``quotes46``), a dialogue
paragraph ``DIALOGUE46``, a first line ``QUOTE_HEADLINE46`` / ``TOPIC_HEADLINE46`` matches, ``VOICED46``, a
``FINDINGS46`` phrase, or a plural noun of ``GENERIC46`` as a word; every other article's attributions are the
base's by construction. (At 21c3c75c the two backed-out rules' patterns were listed too: a request verb,
"request", and "со ссылкой на", "referring".) Prints per gold file the touched stems; with ``--write`` writes
each file's touched records to DIR/<name>.jsonl (a subset gold for the guard run).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from spinscope.components.russian.round46 import (  # noqa: E402
    DIALOGUE46,
    FINDINGS46,
    GENERIC46,
    QUOTE_HEADLINE46,
    TOPIC_HEADLINE46,
    VOICED46,
    quotes46,
)

SHARED = ROOT.parent / "shared"
WORD = re.compile(r"\w+")


def touched(text: str) -> list[str]:
    why = []
    if quotes46(text) is not text:
        why.append("angles")
    text = quotes46(text)
    if DIALOGUE46.search(text):
        why.append("dialogue")
    first = text.lstrip().split("\n", 1)[0]
    if QUOTE_HEADLINE46.match(first) or TOPIC_HEADLINE46.match(first):
        why.append("headline")
    if VOICED46.search(text):
        why.append("voiced")
    if FINDINGS46.search(text):
        why.append("findings")
    if {w.lower() for w in WORD.findall(text)} & GENERIC46:
        why.append("generic")
    return why


def main() -> None:
    args = sys.argv[1:]
    out_dir = None
    if "--write" in args:
        i = args.index("--write")
        out_dir = Path(args[i + 1])
        del args[i:i + 2]
        out_dir.mkdir(parents=True, exist_ok=True)
    for gold in args:
        recs = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines() if line.strip()]
        hits = []
        for rec in recs:
            why = touched((SHARED / rec["path"]).read_text(encoding="utf-8"))
            if why:
                hits.append((rec, why))
        print(f"{Path(gold).stem}: {len(hits)}/{len(recs)} touched "
              + " ".join(f"{Path(r['path']).stem}({','.join(w)})" for r, w in hits))
        if out_dir is not None and hits:
            (out_dir / Path(gold).name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in hits),
                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
