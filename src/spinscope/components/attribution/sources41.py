"""Source typing, round 41 (issue 16, branch ``sources41``): speakers in capitals, a client's lawyer.

``sources41_speakers`` is called once from ``extract_attributions``, after round 53's passes; it changes only the
type, name, ``named`` flag or country of finished attributions (and their ``sources``), never a span, so no
attribution is added or dropped (scripts/sources41/README.md has the conventions; a third pass, documents by
named bodies, lowered a held-out country figure and was backed out: see there):

- ``caps_speakers_41``: a speaker written in capitals ("THEIR LAWYER ARGUED ...", a shouted headline or a quoted
  caption) is read as its lower-case words would be: "THEIR LAWYER" is a private person's own lawyer (round 38's
  ``OWN_COUNSEL``: ``anonymous``, unnamed), and "HE", "SHE" or "THEY" is the speaker of the attribution before it in
  the same paragraph (the speaker quoted last), not a name.
- ``client_counsel_41``: "the lawyer for the suspects", "the attorney for the family" (unnamed counsel of private
  people named by a common noun) is ``anonymous``, as "their lawyer" is (round 38); counsel for a body ("the lawyer
  for the county") keeps its type.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource
from .sources import OWN_COUNSEL
from .sources42 import _each, _phrase, _update

#: Pronouns that a speaker in capitals may be.
CAPS_PRONOUNS_41 = frozenset({"he", "she", "they"})
#: How far back (characters) the attribution a pronoun in capitals stands for may start.
CAPS_REACH_41 = 400


def _caps(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def caps_speakers_41(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Each speaker written in capitals read as its lower-case words (see the module's docstring)."""
    out: list[Attribution] = []
    for a in attributions:
        speaker = a.speaker
        if speaker is not None and not a.sources and _caps(phrase := text[speaker.start:speaker.end]):
            flat = " ".join(phrase.lower().split())
            if OWN_COUNSEL.fullmatch(flat):
                a = a.model_copy(update={"source_type": "anonymous", "source_country": None, "named": False,
                                         "speaker_name": None, "state_affiliated": False, "affiliation": None})
            elif flat in CAPS_PRONOUNS_41:
                start = speaker.start
                before = next((b for b in reversed(out) if b.speaker is not None and
                               start - CAPS_REACH_41 <= b.speaker.start < start and
                               "\n" not in text[b.speaker.start:start]), None)
                if before is not None:
                    a = a.model_copy(update={"source_type": before.source_type,
                                             "source_country": before.source_country, "named": before.named,
                                             "speaker_name": before.speaker_name,
                                             "state_affiliated": before.state_affiliated,
                                             "affiliation": before.affiliation})
        out.append(a)
    return out


#: "the lawyer for the suspects": unnamed counsel of private people, named by a common noun.
CLIENT_COUNSEL_41 = re.compile(
    r"(?:the|a|an)\s+(?:defen[cs]e\s+)?(?:lawyers?|attorneys?|counsel|solicitors?|barristers?)\s+"
    r"(?:for|of|representing)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|both\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<client>suspects?|defendants?|accused|family|families|victims?|plaintiffs?|man|woman|men|women|couple|"
    r"boy|girl|teenagers?|teens?|mother|father|parents|brothers|sisters|siblings|driver|students?|migrants?|"
    r"detainees?|prisoners?|inmates?|protesters?|workers?|children|widow|clients?|accusers?|survivors?)",
    re.IGNORECASE)


def client_counsel_41(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Each unnamed lawyer of private people typed ``anonymous`` (see the module's docstring)."""

    def counsel(s: Attribution | AttributionSource) -> bool:
        return s.speaker is not None and not s.named and s.source_type == "person" and \
            CLIENT_COUNSEL_41.fullmatch(_phrase(text, s)) is not None

    return _each(attributions, lambda s: _update(s, source_type="anonymous") if counsel(s) else s)


def sources41_speakers(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 41's passes: speakers in capitals, a client's lawyer."""
    return client_counsel_41(text, caps_speakers_41(text, attributions))
