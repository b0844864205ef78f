"""What the attribution layer finds in one text, as the real-article rounds' tests read it (speaker and content
as text): shared by the test files of the attribution rounds."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def attribution_rows(text: str) -> list[dict]:
    """One row per attribution found in ``text``: its speaker's text (None when unnamed) and its content's text."""
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None,
             "content": t[a.content.start:a.content.end]} for a in result.attributions]
