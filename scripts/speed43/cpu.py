"""CPU seconds of the process (``time.process_time``, robust to a shared machine's load) spent in
``spinscope.analyze`` over two fixed sets: the benchmark's 20 generated articles (``benchmarks.generate.articles(20)``)
and the 20 real English articles listed in ``scripts/speed43/draw.txt`` (named in tests/gold). Best of ``--passes``.

    PYTHONPATH=<checkout>/src python scripts/speed43/cpu.py [--passes 3] [--profile OUT.prof] [--sets gen,real]

Run it alternately with main's and the branch's ``src`` (figures in docs/BENCHMARKS.md, "speed43"). With
``--profile`` one extra pass over the chosen sets runs under cProfile (timer: ``process_time``) and its stats are
written to OUT.prof (read them with ``python -m pstats`` or ``scripts/speed43/top.py``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SHARED = ROOT.parent / "shared"
LEE = Path("/work/lee")


def real_paths() -> list[Path]:
    """The 20 real articles of draw.txt (names as tests/gold writes them), as files on this machine."""
    out = []
    for row in (HERE / "draw.txt").read_text(encoding="utf-8").splitlines():
        name = row.strip()
        if not name.startswith(("../lee/", "data/", "../shared/")):
            continue
        if name.startswith("../lee/"):
            out.append(LEE / name[len("../lee/"):])
        elif name.startswith("../shared/"):
            out.append(SHARED / name[len("../shared/"):])
        else:
            out.append(SHARED / name)
    return out


def jobs(sets: list[str]) -> dict[str, list[tuple[Any, dict[str, str]]]]:
    from benchmarks.generate import articles

    out: dict[str, list[tuple[Any, dict[str, str]]]] = {}
    if "gen" in sets:
        out["gen"] = [(d["text"], {}) for d in articles(20)]
    if "real" in sets:
        out["real"] = [(p, {}) for p in real_paths()]
    return out


def one_pass(analyze: Any, work: dict[str, list[tuple[Any, dict[str, str]]]]) -> dict[str, float]:
    spent = {}
    for name, items in work.items():
        started = time.process_time()
        for arg, meta in items:
            analyze(arg, **meta)
        spent[name] = time.process_time() - started
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--sets", default="gen,real")
    parser.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import spinscope

    work = jobs(args.sets.split(","))
    for items in work.values():  # warm-up: models loaded, caches of the first article filled
        spinscope.analyze(items[0][0], **items[0][1])
    passes = [one_pass(spinscope.analyze, work) for _ in range(args.passes)]
    parts = []
    for name in work:
        runs = [p[name] for p in passes]
        parts.append(f"{name} best {min(runs):.3f} s ({', '.join(f'{t:.3f}' for t in runs)})")
    print(f"{Path(spinscope.__file__).parent}: CPU " + "; ".join(parts), flush=True)
    if args.profile is not None:
        import cProfile

        prof = cProfile.Profile(time.process_time)
        prof.enable()
        one_pass(spinscope.analyze, work)
        prof.disable()
        prof.dump_stats(str(args.profile))


if __name__ == "__main__":
    main()
