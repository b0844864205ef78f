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
        stack.extend(frame.children)
        if frame.total_self_time > 0 and frame.function:
            where = Path(frame.file_path_short or frame.file_path or "?")
            key = f"{frame.function} ({'/'.join(where.parts[-2:])}:{frame.line_no})"
            totals[key] = totals.get(key, 0.0) + frame.total_self_time
    whole = root.time or 1.0
    top = sorted(totals.items(), key=lambda kv: -kv[1])[:n]
    return [(name, seconds, seconds / whole) for name, seconds in top]
