"""Attributions, round 40 (issue 17 + 16, branch ``actors40``): families named by their surname, and a quoted
fragment after a pronoun on its own line.

``actors40_speakers`` is called once from ``extract_attributions``; it runs two passes:

- ``family_speakers_40``: a coordinated pair of given names sharing one surname ("Delia and Owen Mercer said")
  names two persons: the first given name takes the surname and the type person (it was typed a government when
  the given name was also a place's or a body's); a family named by its surname ("The Mercers said", where the
  article names a Mercer) is persons, no organization;
- ``fragment_speakers_40``: a line opened by a pronoun and a quoted fragment (He "just wanted to get the boy out
  ..."), with no cue outside the quote, goes on the quote before it: its speaker is the one quoted just before
  (the fragment's own verb, "wanted", had made the pronoun a speaker, unresolved or resolved to a person named
  inside the fragment).
"""

from __future__ import annotations

import re

from ...result import Attribution, Span

#: "Delia and Owen Mercer": two given names, one surname.
GIVEN_NAME_PAIR_40 = re.compile(r"([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
#: "The Mercers": a family by its surname.
FAMILY_NAME_40 = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+?)(?:e?s)")


def _surnames_40(text: str) -> set[str]:
    """Surnames the article gives persons: "Owen Mercer", "Delia and Owen Mercer" (two capitalised words)."""
    return {p.group(3) for p in GIVEN_NAME_PAIR_40.finditer(text)} | \
        {m.group(2) for m in re.finditer(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b", text)}


def family_speakers_40(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Each attribution with a family's speaker typed a person (see the module's docstring)."""
    surnames: set[str] | None = None
    out: list[Attribution] = []
    for a in attributions:
        if a.speaker is not None:
            phrase = text[a.speaker.start:a.speaker.end]
            pair = GIVEN_NAME_PAIR_40.fullmatch(phrase)
            if pair is not None and a.speaker_name == pair.group(1):
                first = f"{pair.group(1)} {pair.group(3)}"
                sources = [s.model_copy(update={"speaker_name": first, "source_type": "person",
                                                "state_affiliated": False, "source_country": None})
                           if s.speaker_name == pair.group(1) else s for s in a.sources]
                a = a.model_copy(update={"speaker_name": first, "source_type": "person", "state_affiliated": False,
                                         "source_country": None, "sources": sources})
            family = FAMILY_NAME_40.fullmatch(phrase)
            if family is not None and a.source_type == "organization" and a.speaker_name and \
                    a.speaker_name.endswith("s") and phrase.lower().startswith("the "):
                surnames = _surnames_40(text) if surnames is None else surnames
                if family.group(1) in surnames or a.speaker_name[:-1] in surnames:
                    a = a.model_copy(update={"source_type": "person"})
        out.append(a)
    return out


#: A pronoun and a quotation mark: He "just wanted to ...".
PRONOUN_FRAGMENT_40 = re.compile(r"(?:He|She|They)[ \t]+[\"\u201c]")
#: How far back the quote of the fragment's speaker may end (characters).
FRAGMENT_REACH_40 = 600


def fragment_speakers_40(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Each attribution of a pronoun's quoted fragment on its own line given to the one quoted just before (see
    the module's docstring); the others as they are."""
    out: list[Attribution] = []
    for a in attributions:
        speaker = a.speaker
        if speaker is not None and PRONOUN_FRAGMENT_40.match(text, speaker.start) is not None and \
                speaker.end - speaker.start <= 4 and \
                text[text.rfind("\n", 0, speaker.start) + 1:speaker.start].strip() == "":
            before = [b for b in out if b.kind == "direct" and b.speaker is not None and b.speaker_name and b.named
                      and b.end <= speaker.start and speaker.start - b.end <= FRAGMENT_REACH_40
                      and "\n" in text[b.end:speaker.start]]
            if before and before[-1].speaker is not None:
                b = before[-1]
                assert b.speaker is not None
                a = a.model_copy(update={
                    "speaker_name": b.speaker_name, "source_type": b.source_type, "source_country": b.source_country,
                    "state_affiliated": b.state_affiliated, "named": True, "affiliation": b.affiliation,
                    "resolved_from": Span(start=b.speaker.start, end=b.speaker.end, label="speaker", score=a.score,
                                          evidence=f"{a.evidence}:fragment-last-quoted")})
        out.append(a)
    return out


def actors40_speakers(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 40's two passes: families, then quoted fragments after a pronoun."""
    return fragment_speakers_40(text, family_speakers_40(text, attributions))
