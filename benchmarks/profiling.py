"""Where the warm pipeline spends its time: a pyinstrument profile folded into the top functions by self time.

pyinstrument is a development tool (``pip install pyinstrument``); without it the profile rows are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

#: pyinstrument's sampling interval in seconds.
INTERVAL = 0.001


def available() -> bool:
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return False
    return True


def top_costs(run: Callable[[Any], object], items: Sequence[Any], n: int = 12) -> list[tuple[str, float, float]]:
    """``(function, seconds, share)`` of the ``n`` functions with the most self time while ``run`` goes over
    ``items``. Time inside C extensions (torch kernels, spaCy's Cython) counts to the Python function that
    called them, which is where a change would have to be made."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=INTERVAL)
    profiler.start()
    for item in items:
        run(item)
    profiler.stop()
    root = profiler.last_session.root_frame() if profiler.last_session else None
    if root is None:
        return []
    totals: dict[str, float] = {}
    stack = [root]
    while stack:
        frame = stack.pop()
        # pyinstrument's own [self]/thread frames and built-in calls (torch's linear, ...) count to the caller
        real = [c for c in frame.children if not c.is_synthetic and not (c.file_path or "<").startswith("<")]
        stack.extend(real)
        if frame.is_synthetic or (frame.file_path or "<").startswith("<"):
            stack.extend(c for c in frame.children if c not in real)  # a thread frame's Python children
            continue
        own = frame.time - sum(c.time for c in real)
        if own > 0:
            where = Path(frame.file_path_short or frame.file_path or "<unknown>")
            key = f"{frame.function} ({'/'.join(where.parts[-2:])}:{frame.line_no})"
            totals[key] = totals.get(key, 0.0) + own
    whole = root.time or 1.0
    top = sorted(totals.items(), key=lambda kv: -kv[1])[:n]
    return [(name, seconds, seconds / whole) for name, seconds in top]


def main() -> None:
    """``python -m benchmarks.profiling [--articles N]``: the top costs of the warm pipeline of whichever spinscope
    is importable, as table rows. ``PYTHONPATH=<checkout of an older commit>/src`` profiles that commit's code on
    the same articles."""
    import argparse

    import spinscope
    from spinscope import load_pipeline
    from spinscope.document import ArticleInput

    from .generate import articles

    parser = argparse.ArgumentParser(prog="python -m benchmarks.profiling", description=main.__doc__)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    if not available():
        raise SystemExit("pyinstrument is not installed: pip install pyinstrument")
    docs = articles(max(30, args.articles))[: args.articles]
    pipeline = load_pipeline()
    pipeline(ArticleInput(text=docs[0]["text"]))  # warm-up
    print(f"spinscope from {Path(spinscope.__file__).parent}; {args.articles} warm articles")
    print("| function | seconds | share |\n|---|---|---|")
    for name, seconds, share in top_costs(lambda d: pipeline(ArticleInput(text=d["text"])), docs, n=args.top):
        print(f"| `{name}` | {seconds:.2f} | {share:.0%} |")


if __name__ == "__main__":
    main()
