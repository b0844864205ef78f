"""Round 51 (issue 19): a particle left at a Russian speaker phrase's end, and a bare "МИД" with no country; one pass
after the lead's ``lead46_beliefs`` (tests/test_ru51.py on sentences of our own).

- A speaker phrase whose last word is a particle ("В МИД же напоминали, что ...", "в Кремле же подчеркнули"): the
  particle ("же", "ведь", "то", "мол") is no part of the speaker; the span (and a name that ends in it, and each
  named source's span) stops before it. The golds never end a source span in one (``scripts/ru51/count_bare.txt``).
- A bare "МИД" speaker (the phrase is "МИД" alone, with no "<Country>" genitive and no adjective before it) that
  the base left with no country: the foreign ministry the article named before it with a country ("МИД Франции"
  ... "в МИД заявили": the same ministry, as round 40's "в дипведомстве" reads it), else Russia's (a Russian
  article's unqualified ministry is its own state's, as the dictionary already reads a bare "Минобороны"; the
  older golds type every ministry speaker government with the ministry's country: "Минобороны РФ", "МИД Турции").
  Typed government.
"""

from __future__ import annotations

import re

from ...result import Attribution, Span

#: A particle as the speaker phrase's last word (after a space).
PARTICLE_END_R51 = re.compile(r"\s+(?:же|ведь|то|мол)\s*$", re.IGNORECASE)
#: A bare foreign ministry: "МИД" alone (an optional preposition before it).
BARE_MFA_R51 = re.compile(r"(?:(?:в|во|из|у)\s+)?МИД", re.IGNORECASE)
#: A foreign ministry named with a country before it: "МИД Франции", "МИД России".
NAMED_MFA_R51 = re.compile(r"\bМИД\s+\w+")
NAME_RU_MFA_R51 = "Russian Foreign Ministry"


def _trim_span(text: str, span: Span) -> Span:
    """The span without a particle as its last word."""
    m = PARTICLE_END_R51.search(text, span.start, span.end)
    if m is None or m.end() != span.end or m.start() <= span.start:
        return span
    return span.model_copy(update={"end": m.start()})


def _trimmed_name(name: str | None) -> str | None:
    if name is None:
        return None
    m = PARTICLE_END_R51.search(name)
    return name[:m.start()] if m is not None and m.start() > 0 else name


def _particles(text: str, a: Attribution) -> Attribution:
    if a.speaker is None:
        return a
    speaker = _trim_span(text, a.speaker)
    if speaker.end == a.speaker.end:
        return a
    sources = [s.model_copy(update={"speaker": _trim_span(text, s.speaker),
                                    "speaker_name": _trimmed_name(s.speaker_name)}) for s in a.sources]
    return a.model_copy(update={"speaker": speaker, "speaker_name": _trimmed_name(a.speaker_name),
                                "sources": sources})


def _bare_mfa(text: str, a: Attribution, earlier: list[Attribution]) -> Attribution:
    if a.speaker is None or a.source_country is not None or a.sources:
        return a
    if not BARE_MFA_R51.fullmatch(text[a.speaker.start:a.speaker.end].strip()):
        return a
    if a.source_type not in (None, "government", "organization"):
        return a
    for b in reversed(earlier):  # the ministry the article named before, with a country
        if b.speaker is not None and b.source_country is not None and b.speaker.start < a.speaker.start and \
                NAMED_MFA_R51.search(text, b.speaker.start, b.speaker.end):
            return a.model_copy(update={"source_type": "government", "source_country": b.source_country,
                                        "speaker_name": b.speaker_name or a.speaker_name,
                                        "state_affiliated": True})
    return a.model_copy(update={"source_type": "government", "source_country": "RU",
                                "speaker_name": NAME_RU_MFA_R51, "state_affiliated": True})


def round51_attributions(text: str, out: list[Attribution]) -> list[Attribution]:
    """Round 51's pass (the module's docstring): it reads the records and the text only."""
    result = [_particles(text, a) for a in out]
    done: list[Attribution] = []
    for a in sorted(result, key=lambda x: (x.start, x.end)):
        done.append(_bare_mfa(text, a, done))
    return done

