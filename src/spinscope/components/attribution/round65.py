"""Attributions, round 65 (issue 16): a scheduled announcement's speaker (round 63's open lead).

One pass, ``round65_attributions``, called once from ``extract_attributions`` right after round 63's:

- **"<subject> is set / scheduled / slated / poised to announce (that) ..."**: as round 63's "is expected to
  announce", the announcement is the subject's though it is yet to be made; the extractor found the cue and the
  clause but gave them no speaker (anonymous), the parser reading the participle as a passive whose subject is the
  noun phrase. Round 63's rule (its verbs of saying, a noun-phrase subject, no pronoun, typed as any speaker phrase)
  with these participles. "is likely / due to announce" (an adjective head) already gets the subject on the base,
  so no rule is needed there (guard tests). PolNeAR's tuning half has no instance of any of these shapes with a
  verb of saying (``scripts/attr65/census.py``): the lead's reading (round 63) decides.

The pronoun resolver's part of this round (a name read as the modifier of a verb taken for a noun) is
``round65_names.py``, which ``speakers`` imports.
"""

from __future__ import annotations

from ...document import Document
from ...result import Attribution
from .round63 import _expected_speakers
from .rules import NAME
from .sources import SourceTable

#: Passive participles that schedule the subject's speech ("is set to announce", "was scheduled to reveal").
SCHEDULED_65 = frozenset({"set", "scheduled", "slated", "poised"})


def round65_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 65's rule (see the module's notes) over the finished attributions."""
    return _expected_speakers(text, doc, attributions, table, heads=SCHEDULED_65, tag="scheduled-speaker-65")


__all__ = ["NAME", "round65_attributions"]
