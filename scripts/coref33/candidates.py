#!/usr/bin/env python3
"""Annotation aid (terminal only): print an article with pronoun/title speaker candidates and their offsets.

    python scripts/coref33/candidates.py data/semeval2025_task10/EN/raw-documents/EN_UA_013344.txt

Prints each paragraph with its start offset, then every pronoun or bare title that precedes or follows a speech
verb, with its character offsets, so a person can write the gold by hand. Nothing is written to disk.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
VERBS = (r"said|says|say|told|tells|added|adds|noted|stated|claimed|claims|argued|denied|denies|explained|insisted|"
         r"warned|wrote|writes|stressed|emphasized|emphasised|cited|recalled|asked|suggested|pointed out|admitted|"
         r"declared|announced|acknowledged|replied|continued|concluded|believes|believed|accused|called|urged|"
         r"described|thinks|thought|tweeted|posted|commented|remarked|added that|reported")
SUBJ = r"\b(?:he|she|they|we|i|the (?:[a-z\-]+ ){0,2}(?:minister|official|president|spokesman|spokeswoman|senator|" \
       r"lawmaker|mp|chancellor|premier|leader|general|commander|ambassador|governor|mayor|secretary|author|analyst|" \
       r"expert|professor|chairman|ceo|director|envoy|diplomat|scientist|researcher|journalist|activist))\b"
PAT = re.compile(rf"({SUBJ})(?:\s+\w+){{0,2}}\s+(?:{VERBS})\b|\b(?:{VERBS})\s+({SUBJ})", re.I)


def main() -> None:
    text = (SHARED / sys.argv[1]).read_text(encoding="utf-8")
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            print(f"[{pos}] {para}")
        pos += len(para) + 1
    print("--- candidates")
    for m in PAT.finditer(text):
        g = 1 if m.group(1) else 2
        print(f"{m.start(g)}-{m.end(g)} {m.group(g)!r} :: {text[m.start():m.end()]!r}")


if __name__ == "__main__":
    main()
