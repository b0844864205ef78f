"""Attributions, round 83 (helper round 46, issue 16): shapes the wekareuters trade-policy gold's development errors
asked for (``tests/gold/attributions_real83.jsonl``; ``scripts/attr83/README.md``).

One pass, ``round83_attributions``, called once from ``extract_attributions`` after the lead's round 46 pass (the
lead orders it after ``lead47`` / ``round82`` at the merge; it reads no other round's records by name). It only
drops records. Tests: ``tests/test_attr83.py`` (invented sentences).

- **The wire's capitals title is no report.** A Reuters story opens with its title in capitals on a line of its own
  ("<SUBJECT> AGREE ON <NOUN>"); main read the headline's verb as a cue. A record whose cue lies in a first line
  with letters and no lower-case letter, followed by a line break, goes, unless the headline reports a saying: the
  cue a form of "say" / "tell" / "warn" / "claim", or followed by "THAT" (a SemEval-2025 headline "<BODY> REVEALS
  THAT <CLAUSE>" keeps its record: the first measurement dropped it, no figure moved, narrowed the same hour). A
  title with a " - <SOURCE>" tail (the wire's "... - ANALYSTS") keeps its records: it names who said it (no such
  title in the draw). PolNeAR's tuning half: no text opens with such a line (``scripts/attr83/census.txt``).
- **"prevent" is no report verb.** "<bank> intervened again to prevent <NP> rising": main made "prevent" a cue
  with "<NP> rising" as the content. A record whose cue is a form of "prevent" goes. PolNeAR's tuning half: 4 uses,
  no gold cue on any.
- **A named official introduced by his office in a country's ministry.** "<First> <Surname>, vice minister of
  <Country>'s Ministry of <Field> (<ACRONYM>), is to ...": the person is an office holder of that country. A record
  whose speaker (the full name, the surname alone, or a pronoun resolved to the name) is typed `person` with no
  country becomes `government`, of the country the possessive names (the table's country words). Only a minister,
  secretary, director-general or commissioner "of <Country>'s Ministry / Department / Agency / Office" fires.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .sources import SourceTable
from .speakers import country_counts

#: The first line of a text written in capitals (a wire title), ended by a line break.
TITLE_R83 = re.compile(r"\A[ \t]*([^\n]*[A-Z][^\n]*)\n")
#: A title's " - SOURCE" tail: the title then names its speaker.
TITLE_TAIL_R83 = re.compile(r"\s[-–—]\s+[A-Z][A-Z .'&]+\s*$")
#: A title's cue that reports a saying, or a cue followed by "THAT": such a headline record stays.
TITLE_SAYING_R83 = re.compile(r"(?:SAYS?|SAID|TELLS?|TOLD|WARNS?|WARNED|CLAIMS?|CLAIMED)")
TITLE_THAT_R83 = re.compile(r"\s+THAT\b")
#: Forms of "prevent": never a report verb.
PREVENT_R83 = re.compile(r"(?i)prevent(?:s|ed|ing)?")


#: "<Name>, (vice / deputy ...) minister of <Country>'s Ministry ...": the name, then the country word.
OFFICE_R83 = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),\s+(?:the\s+)?"
    r"(?i:(?:(?:vice|deputy|under|assistant|parliamentary|senior|permanent)[\s-]+){0,2}"
    r"(?:minister|secretary|director[\s-]general|commissioner)\s+(?:of|at|in)\s+(?:the\s+)?)"
    r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:Ministry|Department|Agency|Office)\b")


def _office_holders_r83(text: str, table: SourceTable) -> dict[str, tuple[str, str]]:
    """Surname -> (full name, country) for each name introduced as an office holder of a country's ministry."""
    out: dict[str, tuple[str, str]] = {}
    for m in OFFICE_R83.finditer(text):
        name = m.group(1)
        codes = [c for c, n in country_counts(m.group(2), table).items() if n]
        if len(codes) == 1:
            out[name.split()[-1]] = (name, codes[0])
    return out


def _office_type_r83(text: str, a: Attribution, holders: dict[str, tuple[str, str]]) -> Attribution:
    if a.source_type != "person" or a.source_country is not None or a.speaker is None:
        return a
    words = (a.speaker_name or text[a.speaker.start:a.speaker.end]).split()
    hit = holders.get(words[-1]) if words else None
    if hit is None:
        return a
    return a.model_copy(update={"source_type": "government", "source_country": hit[1]})


def _title_end_r83(text: str, title: re.Pattern[str] = TITLE_R83) -> int:
    """The end of the text's capitals title line, or -1 where the text opens with no such line (``title`` matches
    the line as its first group: round 85's also asks for a blank line after it)."""
    m = title.match(text)
    if m is None or any(ch.islower() for ch in m.group(1)) or TITLE_TAIL_R83.search(m.group(1)):
        return -1
    return m.end(1)


def round83_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """The records, with round 83's rules applied (see the module docstring)."""
    title_end = _title_end_r83(text)
    holders = _office_holders_r83(text, table) if "'s" in text or "’s" in text else {}
    out = []
    for a in attributions:
        cue = a.cue
        if (cue is not None and title_end > 0 and cue.end <= title_end
                and not TITLE_SAYING_R83.fullmatch(text[cue.start:cue.end].strip())
                and not TITLE_THAT_R83.match(text, cue.end)):
            continue  # a capitals wire title's verb that reports no saying
        if cue is not None and PREVENT_R83.fullmatch(text[cue.start:cue.end].strip()):
            continue  # "to prevent <NP> <V>ing": a purpose, no report
        out.append(_office_type_r83(text, a, holders) if holders else a)
    return out
