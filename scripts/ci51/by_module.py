"""Sum ci51timer.py's per-test lines by module: CPU and wall seconds, tests, then the costliest tests.

Usage: python scripts/ci51/by_module.py TIMES.jsonl N_MODULES N_TESTS
"""

from __future__ import annotations

import collections
import json
import sys


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if '"id"' in line]
    mods: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    for r in rows:
        m = mods[r["id"].split("::")[0]]
        m[0] += r["cpu"]
        m[1] += r["wall"]
        m[2] += 1
    print("tests", len(rows), "cpu", round(sum(r["cpu"] for r in rows), 1),
          "wall", round(sum(r["wall"] for r in rows), 1), "modules", len(mods))
    for name, (cpu, wall, n) in sorted(mods.items(), key=lambda x: -x[1][0])[:int(sys.argv[2])]:
        print(f"{cpu:8.1f} cpu {wall:8.1f} wall {int(n):5d} tests {cpu / n:6.2f}/test {name}")
    print("--- the costliest tests by CPU")
    for r in sorted(rows, key=lambda r: -r["cpu"])[:int(sys.argv[3])]:
        print(f"{r['cpu']:7.2f} {r['wall']:7.2f} {r['id'][:140]}")


if __name__ == "__main__":
    main()
