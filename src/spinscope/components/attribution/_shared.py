"""Small helpers the attribution passes share (code health, round 58: one copy where the rounds wrote their own)."""

from __future__ import annotations

from ...result import Attribution


def landed(out: list[Attribution], attributions: list[Attribution], *, ordered: bool = True) -> list[Attribution]:
    """A pass's result: ``attributions`` itself where ``out`` holds the very same records in the same order (the pass
    changed nothing), else ``out``, in text order (by content start, then end) where ``ordered``."""
    if len(out) == len(attributions) and all(a is b for a, b in zip(out, attributions, strict=True)):
        return attributions
    return sorted(out, key=lambda a: (a.content.start, a.content.end)) if ordered else out


def with_added(out: list[Attribution], added: list[Attribution]) -> list[Attribution]:
    """``out`` itself where nothing is added, else ``out`` and ``added`` together in text order (by content start,
    then end)."""
    if not added:
        return out
    return sorted([*out, *added], key=lambda a: (a.content.start, a.content.end))
