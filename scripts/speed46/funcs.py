"""speed46: the cumulative CPU seconds (cProfile, timer ``process_time``) of the functions this round sped up, and of
their callers, read from two profiles side by side (``scripts/speed43/cpu.py --passes 1 --profile OUT.prof``, main
then the branch).

    python scripts/speed46/funcs.py MAIN.prof BRANCH.prof
"""

from __future__ import annotations

import pstats
import sys

#: (file suffix, function name) of the functions read, callers last.
FUNCS = [
    ("events.py", "_border_sides"),
    ("events.py", "_topic_mention"),
    ("events.py", "_lead44_rules"),
    ("events.py", "_headline_orders"),
    ("events.py", "_appeals_54"),
    ("events.py", "_sent_craft"),
    ("events.py", "_police_agent_acts"),
    ("events.py", "_doc_words_46"),
    ("events.py", "_target_in"),
    ("events.py", "_round44_rules"),
    ("events.py", "_round46"),
    ("events.py", "_round54_rules"),
    ("events.py", "_round35_rules"),
    ("events.py", "_verb_events"),
    ("events.py", "extract_events"),
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
