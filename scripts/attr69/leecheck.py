#!/usr/bin/env python3
"""Round 69: find 7-word runs of any Lee background article in the lines this branch adds (``git diff BASE``, the
working tree against BASE; gold files excluded: they hold offsets only). Prints the file and the run's first words;
exit 1 when one is found.

    python scripts/attr69/leecheck.py 0ce7deb1        # from the worktree root
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

LEE = Path("/work/lee/background")
N = 7


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def main() -> None:
    base = sys.argv[1] if len(sys.argv) > 1 else "main"
    runs: set[tuple[str, ...]] = set()
    for p in sorted(LEE.glob("lee_bg_*.txt")):
        w = words(p.read_text(encoding="utf-8"))
        runs.update(tuple(w[i:i + N]) for i in range(len(w) - N + 1))
    diff = subprocess.run(["git", "diff", "-U0", base, "--", ".", ":(exclude)tests/gold"],
                          capture_output=True, text=True, check=True).stdout
    added: dict[str, list[str]] = {}
    current = ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            current = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            added.setdefault(current, []).append(line[1:])
    found = 0
    for name, lines in added.items():  # the added lines of a file joined: a run may cross a line break
        w = words(" ".join(lines))
        for i in range(len(w) - N + 1):
            if tuple(w[i:i + N]) in runs:
                print(f"{name}: {' '.join(w[i:i + 3])} ...")
                found += 1
    print(f"{found} places in the added lines hold a {N}-word run of a Lee article")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
