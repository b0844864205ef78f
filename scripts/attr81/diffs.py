"""Lines of a measure file whose base and branch figures differ (figures only).

    python scripts/attr81/diffs.py scripts/attr81/measure_final.txt
"""

import sys

with open(sys.argv[1], encoding="utf-8") as fh:
    lines = fh.read().splitlines()
for line in lines:
    if " | branch " in line:
        base, branch = line.split(" | branch ")
        if base.split(": base ", 1)[1].strip() != branch.strip():
            print(line.rstrip())
    elif line.startswith("articles"):
        print(line.rstrip())
