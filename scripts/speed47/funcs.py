"""speed47: the cumulative CPU seconds (cProfile, timer ``process_time``) of the functions this round sped up, and of
their callers, read from two profiles side by side (``scripts/speed43/cpu.py --passes 1 --profile OUT.prof``, main
then the branch).

    python scripts/speed47/funcs.py MAIN.prof BRANCH.prof
"""

from __future__ import annotations

import pstats
import sys

#: (file suffix, function name) of the functions read, callers last.
FUNCS = [
    ("quotes.py", "find_quotes"),
    ("quotes.py", "_mark_at"),
    ("techniques43.py", "quoted_ranges"),
    ("actors.py", "_quoted_works_l44"),
    ("actors.py", "longest"),
    ("actors.py", "find_mentions"),
    ("speakers.py", "_title_word_47"),
    ("speakers.py", "_article_people"),
    ("linear.py", "transform"),
    ("_compiler.py", "compile"),
    ("actors.py", "normalize_actors"),
    ("attribution/__init__.py", "extract_attributions"),
    ("api.py", "analyze"),
]


def table(path: str) -> dict[tuple[str, str], tuple[int, float]]:
    stats = pstats.Stats(path).stats  # type: ignore[attr-defined]
    out: dict[tuple[str, str], tuple[int, float]] = {}
    for (file, _, name), (_, calls, _, cum, _) in stats.items():
        for suffix, func in FUNCS:
            if name == func and file.endswith(suffix):
                n, c = out.get((suffix, func), (0, 0.0))
                out[(suffix, func)] = (n + calls, c + cum)
    return out


def main() -> None:
    a, b = table(sys.argv[1]), table(sys.argv[2])
    print(f"{'function':32} {'calls main':>10} {'main s':>8} {'calls br':>9} {'branch s':>9}")
    for key in FUNCS:
        na, ca = a.get(key, (0, 0.0))
        nb, cb = b.get(key, (0, 0.0))
        print(f"{key[1]:32} {na:10d} {ca:8.3f} {nb:9d} {cb:9.3f}")


if __name__ == "__main__":
    main()
