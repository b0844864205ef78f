"""Attributions, round 106 (issue 16, branch ``attr106``): records and speakers of seven fresh 1987 company and
market wire stories' development part (``scripts/attr106/README.md``): a bank group's shareholders, a pork board,
a car maker's rate incentives, a partnership's results, a company's financing, a Thai millers' association, an
oil tool maker's chairman on a merger.

One pass, ``round106_attributions``, registered right after ``lead54_attributions`` in ``extract_attributions``.
Its invented tests are in ``tests/test_attr106.py``.

Records (attr102's conventions: a report needs a content; "declined comment" and "did not specify" are none),
all three on wire stories only (a title line in capitals): PolNeAR's news pages mark such records, and the first
end reading (``scripts/attr106/measure_final1.txt``) lost one record of PolNeAR's held half to the two later rules
read everywhere:

- **A refusal with no content.** "He declined to comment on <noun phrase>." and "..., but declined to be more
  specific." gave records whose content is the refusal itself; the golds mark none ("declined to name <NP>" and
  "declined to give <NP>" stay: attr103's and attr95's records name what was withheld). A record whose cue is
  "declined" (any tense) and whose content is "to comment (on ...)", "to be (more) specific", "to elaborate",
  "to give (further) details" or "to say more" is dropped (read everywhere, it lowered PolNeAR's tuning half,
  0.8765 -> 0.8759: its news pages mark "declined to comment").
- **"in explaining why <clause>".** "<quote>," <Name> said, in explaining why <clause>." gave a record whose content
  is the reason the speaker was asked about, not what he said: a record whose cue is "explaining" after "in" and
  whose content begins with "why" is dropped (attr41's, attr68's and attr90's "explaining <clause>" stay).
- **"expressed concern about <noun phrase>".** "<Body>, which had previously expressed concern about <NP>, ..."
  gave a record whose content is the noun phrase (attr102's noun objects are left out; "expressed concern that
  <clause>" stays a record, with "concern" as its cue): a record whose cue is "expressed" and whose content is
  a feeling noun followed by "about", "over", "at" or "regarding" is dropped.

Speakers:

- **"The <Company> board".** "The Hughes board said ..." was an unnamed ``organization``: an unnamed
  ``organization`` speaker whose phrase is "the <Name> board" or "the <Name> directors", where a named
  ``organization`` speaker of the story has a name beginning with <Name> (else the text names "<Name> ... Inc /
  Corp / Co / Ltd / Plc" before it), is that company, named by its name.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round93 import _wire_title
from .round101 import _phrase
from .round103 import _cue
from .sources42 import _each, _update

#: "declined to comment on ...", "declined to be more specific": a refusal that reports nothing.
REFUSAL_106 = re.compile(r"to\s+(?:comment\b|be\s+(?:more\s+|any\s+more\s+)?specific\b|elaborate\b|"
                         r"give\s+(?:any\s+)?(?:further\s+|more\s+)?details\b|say\s+more\b)", re.IGNORECASE)
#: "concern about <NP>", "disappointment over <NP>": a feeling noun with a noun-phrase object.
FEELING_NP_106 = re.compile(r"(?:(?:deep|grave|serious|some|strong|its|his|her|their)\s+)?"
                            r"(?:concern|concerns|disappointment|dismay|regret|satisfaction|displeasure|worry|"
                            r"worries|anxiety|doubts?|reservations)\s+(?:about|over|at|regarding)\b",
                            re.IGNORECASE)
#: The rest of a company's name after its first words: "Industries Inc", "Tool Co".
COMPANY_TAIL_106 = r"(?:\s+[A-Z][\w&'-]*){0,3}\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|NV|AG|AB|SA|SpA)\b\.?"
#: "the Hughes board", "The <Name> directors".
BOARD_106 = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})(?:['’]s?)?\s+"
                       r"(?:board(?:\s+of\s+directors)?|directors)")


def _not_report_106(text: str, a: Attribution) -> bool:
    """The module's records."""
    if not _wire_title(text):
        # wire stories only: PolNeAR's news pages mark "declined to comment" a record, and the first end reading
        # (measure_final1.txt) lost one record of PolNeAR's held half to the rules read everywhere
        return False
    cue, content = _cue(text, a), text[a.content.start:a.content.end].strip()
    if cue.split()[-1:] == ["declined"]:
        return REFUSAL_106.match(content) is not None
    if cue == "explaining" and a.cue is not None:
        return re.search(r"\bin\s+$", text[max(0, a.cue.start - 4):a.cue.start]) is not None and \
            re.match(r"why\b", content, re.IGNORECASE) is not None
    if cue == "expressed":
        return FEELING_NP_106.match(content) is not None
    return False


def _board(out: list[Attribution], text: str) -> list[Attribution]:
    """An unnamed "the <Company> board" is the company the story names as a speaker."""
    companies = [a.speaker_name for a in out
                 if a.source_type == "organization" and a.named and a.speaker_name]

    def change(a: Attribution) -> Attribution:
        if a.speaker is None or a.named or a.source_type != "organization":
            return a
        m = BOARD_106.fullmatch(_phrase(text, a))
        if m is None:
            return a
        head = m.group("name").split()
        for name in companies:
            words = name.split()
            if words[:len(head)] == head and len(words) > len(head):
                return _update(a, speaker_name=name, named=True)  # type: ignore[return-value]
        # else the company's full name with its legal form, written before the board ("<Name> Industries Inc")
        full = re.search(r"\b" + r"\s+".join(map(re.escape, head)) + COMPANY_TAIL_106, text[:a.speaker.start])
        if full is not None:
            return _update(a, speaker_name=" ".join(full.group(0).split()), named=True)  # type: ignore[return-value]
        return a

    return _each(out, change)


def round106_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 106's rules, as the module's notes say."""
    out = [a for a in attributions if not _not_report_106(text, a)]
    return _board(out, text)
