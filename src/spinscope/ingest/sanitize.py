"""Text sanitation at the boundary: every string read from outside is made safe to encode, store and show.

JSON can carry lone UTF-16 surrogates (``"\\ud800"``), which no UTF-8 encoder accepts: left in, they crash
hashing, SQLite and every JSON writer. NULs and other control characters carry no text and break C
libraries, terminals and renderers. Each is replaced here, per item, before anything else sees the string,
and what was replaced is reported so the result can carry it as a warning: nothing changes silently.

Lone surrogates become U+FFFD (a visible mark where a character was lost); NULs and control characters
other than tab, newline and carriage return (C0, DEL and C1) are removed, as cleaning always did for C0.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Lone UTF-16 surrogates: never valid in text, unencodable in UTF-8.
SURROGATES = re.compile("[\ud800-\udfff]")
#: Control characters other than tab, newline and carriage return: C0 (NUL included), DEL and C1.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

REPLACEMENT = "\ufffd"

#: C0 controls other than tab, newline and carriage return, and DEL, as UTF-8 bytes (for the fast check).
_C0_DEL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
#: The UTF-8 lead byte of U+0080..U+00BF, where the C1 controls are.
_C1_LEAD = b"\xc2"


def is_clean(value: str) -> bool:
    """True when the string holds nothing :func:`sanitize` would change, checked at C speed (most text is)."""
    try:
        data = value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    if len(data.translate(None, _C0_DEL_BYTES)) != len(data):
        return False
    return _C1_LEAD not in data or CONTROLS.search(value) is None


def sanitize(value: str) -> tuple[str, Counter[str]]:
    """The string with lone surrogates replaced by U+FFFD and control characters removed, and the counts.

    Returns (clean string, counts by kind: ``"lone surrogate"``, ``"NUL"``, ``"control character"``).
    """
    counts: Counter[str] = Counter()
    if is_clean(value):
        return value, counts
    value, replaced = SURROGATES.subn(REPLACEMENT, value)
    if replaced:
        counts["lone surrogate"] = replaced
    nuls = value.count("\x00")
    value, removed = CONTROLS.subn("", value)
    if nuls:
        counts["NUL"] = nuls
    if removed - nuls:
        counts["control character"] = removed - nuls
    return value, counts


def describe(changes: dict[str, Counter[str]]) -> str | None:
    """One sentence for the result's warnings, e.g. "replaced 1 lone surrogate in text; removed 2 NUL in title"."""
    parts = []
    for field_name, counts in changes.items():
        for kind, n in sorted(counts.items()):
            verb = "replaced" if kind == "lone surrogate" else "removed"
            parts.append(f"{verb} {n} {kind}{'s' if n > 1 else ''} in {field_name}")
    if not parts:
        return None
    return "; ".join(parts) + " (not valid or not printable text)"


def sanitize_fields(values: dict[str, str | None], names: Iterable[str] | None = None
                    ) -> tuple[dict[str, str | None], str | None]:
    """Sanitize each named string field (all when ``names`` is None); returns (new values, warning or None)."""
    out = dict(values)
    changes: dict[str, Counter[str]] = {}
    for name in list(out) if names is None else names:
        value = out.get(name)
        if isinstance(value, str):
            out[name], counts = sanitize(value)
            if counts:
                changes[name] = counts
    return out, describe(changes)


def safe_str(value: object) -> str:
    """``str(value)`` that can always be encoded as UTF-8 (for sources, paths and messages)."""
    text = str(value)
    return SURROGATES.sub(REPLACEMENT, text) if SURROGATES.search(text) else text
