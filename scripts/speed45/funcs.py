"""speed45: cumulative seconds (cProfile, one pass) of the functions this round sped up and of their callers, main
against the branch, read from two profiles written by ``scripts/speed43/cpu.py --profile``.

    python scripts/speed45/funcs.py MAIN.prof BRANCH.prof
"""

from __future__ import annotations

import pstats
import sys

#: (file name ending, function name) of the functions read.
FUNCS = [
    ("api.py", "analyze"),
    ("langid.py", "script_shares"),
    ("linear.py", "analyze"),
    ("linear.py", "transform"),
    ("clean.py", "blank_removed"),
    ("clean.py", "strip_chrome"),
    ("actors.py", "_in_listed_department"),
    ("actors.py", "normalize_actors"),
    ("speakers.py", "country_counts"),
    ("speakers.py", "story_country"),
    ("events.py", "_drew_reaction_66"),
    ("events.py", "_backs_enemies_66"),
    ("events.py", "_ramped_defences_66"),
    ("events.py", "_round66_rules"),
    ("events.py", "extract_events"),
]


def cumulative(path: str) -> dict[tuple[str, str], tuple[int, float]]:
    """(file ending, function) -> (calls, cumulative seconds), summed over same-named functions of the file."""
    stats = pstats.Stats(path).stats  # type: ignore[attr-defined]
    out: dict[tuple[str, str], tuple[int, float]] = {}
    for (filename, _line, name), (_cc, calls, _tt, ct, _callers) in stats.items():
        for end, func in FUNCS:
            if filename.endswith("/" + end) and name == func:
                n, t = out.get((end, func), (0, 0.0))
                out[(end, func)] = (n + calls, t + ct)
    return out


def main() -> None:
    main_prof, branch_prof = sys.argv[1], sys.argv[2]
    a, b = cumulative(main_prof), cumulative(branch_prof)
    print("| function | calls | main s | branch s |")
    print("|---|---|---|---|")
    for key in FUNCS:
        (na, ta), (_nb, tb) = a.get(key, (0, 0.0)), b.get(key, (0, 0.0))
        print(f"| `{key[0]}` `{key[1]}` | {na} | {ta:.3f} | {tb:.3f} |")


if __name__ == "__main__":
    main()
