"""Round 58 (speed59): call counts of two cProfile dumps of scripts/speed59/layers.py (``--dump``), main's and the
branch's: every function's calls are deterministic (same articles, same code path), unlike seconds on a shared
machine.

    python scripts/speed59/counts.py MAIN.prof BRANCH.prof [PATTERN ...]

Prints the total of function calls of the four layers in each, then the calls of each function whose
``file:line(name)`` contains one of the patterns (default: the functions this round touched and the spaCy token
reads), main -> branch.
"""

from __future__ import annotations

import pstats
import sys

DEFAULT = ("doc.pyx:474(__getitem__)", "doc.pyx:507(__iter__)", "token.pxd:22(cinit)", "(_tok_actor)",
           "(actor_at)", "(_round84_tokens)", "(_round84_firm_dealings)", "(_wire_title)", "(run_pieces_59)",
           "'finditer' of 're.Pattern'", "'search' of 're.Pattern'")


def calls(path: str) -> tuple[int, dict[str, int]]:
    stats = pstats.Stats(path)
    by_name = {f"{file}:{line}({name})": int(row[1]) for (file, line, name), row in stats.stats.items()}  # type: ignore[attr-defined]
    return int(stats.total_calls), by_name  # type: ignore[attr-defined]


def main() -> None:
    (total_a, a), (total_b, b) = calls(sys.argv[1]), calls(sys.argv[2])
    patterns = sys.argv[3:] or DEFAULT
    print(f"all calls: {total_a} -> {total_b} ({100 * (total_b - total_a) / total_a:+.1f}%)")
    for pattern in patterns:
        n_a = sum(n for k, n in a.items() if pattern in k)
        n_b = sum(n for k, n in b.items() if pattern in k)
        print(f"{pattern}: {n_a} -> {n_b}")


if __name__ == "__main__":
    main()
