"""ci52: spinscope.analyze on every *.txt of a folder after one warm-up call; CPU seconds on stderr.

Usage: PYTHONPATH=<tree>/src python scripts/ci52/prof.py FOLDER [OUT.prof]   (with OUT.prof: a cProfile of the pass,
timer time.process_time).
"""

from __future__ import annotations

import cProfile
import pathlib
import sys
import time

import spinscope


def main() -> None:
    texts = [a.read_text() for a in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
    spinscope.analyze(texts[0])  # warm: models and tables load here
    profile = cProfile.Profile(time.process_time) if len(sys.argv) > 2 else None
    start = time.process_time()
    if profile is not None:
        profile.enable()
    for text in texts:
        spinscope.analyze(text)
    if profile is not None:
        profile.disable()
        profile.dump_stats(sys.argv[2])
    print("cpu", time.process_time() - start, file=sys.stderr)


if __name__ == "__main__":
    main()
