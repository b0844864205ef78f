"""ci52: the N costliest callers (by cumulative time) of every function of a cProfile dump matching PATTERN.

Usage: python scripts/ci52/callers.py OUT.prof PATTERN [N]
"""

from __future__ import annotations

import pstats
import sys


def main() -> None:
    stats = pstats.Stats(sys.argv[1])
    pattern = sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    for fn, (_cc, calls, own, cumulative, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if pattern in f"{fn[0]}:{fn[1]}({fn[2]})":
            print(fn, calls, round(own, 3), round(cumulative, 3))
            for caller, row in sorted(callers.items(), key=lambda kv: -kv[1][3])[:n]:
                print(f"   {row[1]:8d} {row[3]:7.3f}  {caller[0].split('/src/')[-1]}:{caller[1]}({caller[2]})")


if __name__ == "__main__":
    main()
