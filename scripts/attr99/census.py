#!/usr/bin/env python3
"""Counts only: the classes of the error listing ``scripts/attr99/errors.py`` writes (every sources_real*
development gold; the listing quotes anchors, so it stays in /tmp and only these counts are committed).

    PYTHONPATH=src python scripts/attr99/errors.py > /tmp/attr99/errors_main.txt
    python scripts/attr99/census.py /tmp/attr99/errors_main.txt > scripts/attr99/census_main.txt
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

WIRE = re.compile(r"^(?:wr-|reut-)")
FIELD = re.compile(r"(type|country|named|name) ('[^']*'|None|True|False) \(gold ('[^']*'|None|True|False)\)")


def main() -> None:
    classes: Counter[str] = Counter()
    wrong_speakers = 0
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        kind, tag = line.split()[:2]
        where = "wire" if WIRE.match(tag.split(":", 1)[1]) else "news pages"
        if kind == "MISS":
            classes[f"no record on the gold speaker ({where})"] += 1
            continue
        wrong_speakers += 1
        fields = {k: (p, g) for k, p, g in FIELD.findall(line)}
        if "country" in fields:
            p, g = fields["country"]
            if p == "None":
                classes[f"country: none given, gold a country ({where})"] += 1
            elif g == "None":
                classes[f"country: given, gold none ({where})"] += 1
            else:
                classes[f"country: another country ({where})"] += 1
        if "type" in fields:
            classes[f"type {fields['type'][0]} for gold {fields['type'][1]}"] += 1
        if "named" in fields:
            classes[f"named {fields['named'][0]} for gold {fields['named'][1]}"] += 1
        if "name" in fields:
            classes["name: another name (the gold's surname not in it)"] += 1
    print(f"speakers with a wrong field: {wrong_speakers}")
    for name, n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:4d}  {name}")


if __name__ == "__main__":
    main()
