"""Lead, round 45b (issue 19): a Russian speaker named by a common noun alone is no named source.

"«...», — говорит протестующая", "сказал местный житель": the speaker's words are lowercase common nouns (and
their adjectives) and no actor, person or body, is named in them; the English layer marks such a source unnamed
("said a protester": a person, not named), and so does this pass. A pronoun or a noun the earlier passes resolved
to a name ("он", "собеседник" after a named speaker) keeps its name and stays named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution

#: A speaker of one to three lowercase Cyrillic words (hyphens allowed): a common noun phrase.
COMMON_NOUN_SPEAKER_L45 = re.compile(r"[а-яё-]+(?:\s+[а-яё-]+){0,2}")


def lead45_unnamed(text: str, attributions: list[Attribution], actors: Sequence[Actor]) -> list[Attribution]:
    """Mark unnamed the sources named by a common noun phrase alone (see the module docstring)."""
    spans = [(m.start, m.end) for a in actors for m in a.mentions]
    out = []
    for a in attributions:
        sp = a.speaker
        if sp is None or not a.named:
            out.append(a)
            continue
        words = text[sp.start:sp.end]
        if not COMMON_NOUN_SPEAKER_L45.fullmatch(words) or (a.speaker_name or words) != words or any(
                s < sp.end and sp.start < e for s, e in spans):
            out.append(a)
            continue
        out.append(a.model_copy(update={"named": False}))
    return out
