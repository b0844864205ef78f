"""What the attribution layer finds in one text, as the real-article rounds' tests read it (speaker and content
as text): shared by the test files of the attribution rounds."""

from __future__ import annotations

from spinscope import analyze
from spinscope.result import Attribution

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def attribution_rows(text: str) -> list[dict]:
    """One row per attribution found in ``text``: its speaker's text (None when unnamed) and its content's text."""
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None,
             "content": t[a.content.start:a.content.end]} for a in result.attributions]


def attribution_details(text: str, check_errors: bool = False) -> list[dict]:
    """As ``attribution_rows``, with the speaker's name and type, the cue's text, whether the source is named and
    the mention a pronoun was resolved from ("from"); ``check_errors`` asserts the run reported no error."""
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    assert not (check_errors and result.errors), result.errors
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None, "name": a.speaker_name,
             "type": a.source_type, "content": t[a.content.start:a.content.end],
             "cue": t[a.cue.start:a.cue.end] if a.cue else None, "named": a.named,
             "from": t[a.resolved_from.start:a.resolved_from.end] if a.resolved_from else None}
            for a in result.attributions]


def records(text: str) -> tuple[str, list[Attribution]]:
    """The article's text as spinscope reads it and the attribution records found in it."""
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    return result.article.text, list(result.attributions)


def cue_text(t: str, a: Attribution) -> str | None:
    return t[a.cue.start:a.cue.end] if a.cue is not None else None


def speaker_text(t: str, a: Attribution) -> str | None:
    return t[a.speaker.start:a.speaker.end] if a.speaker is not None else None


def content_text(t: str, a: Attribution) -> str:
    return t[a.content.start:a.content.end]
