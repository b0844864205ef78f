"""Attributions, round 109 (issue 16, branch ``attr109``): records and speakers of seven fresh 1987 company and
market wire stories' development part (``scripts/attr109/README.md``): a biotech's loss warning, a paper maker's
outlook, a distiller's split, a miner's float, a bank's loan losses, fishmeal imports, a trade representative.

One pass, ``round109_attributions``, registered right after ``lead55_attributions`` in ``extract_attributions``.
Its invented tests are in ``tests/test_attr109.py``. Records on wire stories only (a title line in capitals, round
93's ``_wire_title``):

- **"<Company>, earlier reporting <result>, said <clause>."** The participle inside the commas was read as the
  cue, with the result as content, and the sentence's "said" gave no record (round 105 drops such a "reporting"
  record when its content is a bare result, "higher losses", but not "higher net income for the <period>
  ended <date>", and the "said" record was still missing): a record whose cue is "reporting" / "reported", set off
  by a comma after its speaker and followed by ", said" / ", says" right after its content, becomes the "said"
  record: same speaker and typing, its content the rest of the sentence.
- **"the company reported <result> of <amount>"** is a result, no statement (the older wire golds leave out
  "reported <result noun phrase>" six times to one; attr98's and attr105's "reported <result> rose / fell to"
  are clauses and stay). Rounds 100, 103 and 105 caught "a <result>", "net income of" and a bare result; "first
  quarter earnings of <amount>" and "earnings from continuing operations of <amount>" stayed records: an
  organization's "reported" record whose content begins with a result noun phrase (up to five words before
  "income / profit / loss / earnings / revenue / sales / results") and holds no finite verb of a clause goes.

Typing:

- **"<Company> chairman-designate <Name>" is a person** (wire stories). The "-designate" / "-elect" title made a
  government of a company's officer to be, and his later "he" followed: a ``government`` speaker whose phrase is
  "<capitalised words> chairman / president / chief executive / managing director(-)designate / elect <Name>",
  the words before the title naming no state ("U.S. President-elect" stays), is a ``person``.
- **A company's short name is the company.** "<Canadian Imperial Bank of Commerce> said" took CA, but its later
  "Commerce Bank", the "The bank" resolved to it, and "Commerce bank" (unnamed) took no country and their own
  name: an ``organization`` record with no country whose name's words are all words of the name of a named
  ``organization`` record of the story that has a country (one of them capitalised and no kind word such as
  "bank", "company", "group": "the authority" stays as it is) takes that record's name and country, named.

**Backed out** (the end reading, ``scripts/attr109/measure_final1.txt``): "a "he" / "she" takes the one type of
its named speaker's records" (everywhere) lowered two older held-out sources figures (type, real100 and real36,
figures only); the trade representative's "He" stays a ``person``.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round88 import _typed_from
from .round93 import _wire_title
from .round105 import _cue, _has_cue_at, _insert, _record, _sentence_end
from .sources42 import _each, _phrase, _update

#: The evidence label of the records this module writes.
EVIDENCE_R109 = "round109-aside-said"
#: ", earlier reporting" between a speaker and the participle's cue (the comma and an optional time word).
ASIDE_BEFORE_109 = re.compile(r">?\s*,\s+(?:(?:earlier|also|later|today|yesterday|separately)\s+)?", re.IGNORECASE)
#: ", said " right after the aside's content: the sentence's own verb.
ASIDE_AFTER_109 = re.compile(r"\s*,\s+(?P<cue>said|says)\s+")
#: A result noun phrase at a content's start: "first quarter earnings of", "earnings from continuing operations".
RESULT_HEAD_109 = re.compile(r"(?!that\b)(?:[\w/.,-]+\s+){0,5}?(?:net\s+)?(?:income|profits?|loss(?:es)?|earnings|"
                             r"revenues?|sales|results)\b(?!\s+(?:rose|fell)\b)", re.IGNORECASE)
#: Words of a company's kind, not of its name: "Commerce Bank" names the bank by "Commerce".
KIND_WORDS_109 = frozenset({"bank", "company", "corp", "corporation", "co", "inc", "ltd", "plc", "group", "the",
                            "of", "and", "holdings", "international", "trust", "industries"})
#: "BHPGM chairman-designate John Gough": a company's officer to be, named after his title.
OFFICER_ELECT_109 = re.compile(r"(?:[Tt]he\s+)?(?P<org>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+"
                               r"(?:chairman|chairwoman|chief\s+executive|president|managing\s+director)"
                               r"(?:-|\s+)(?:designate|elect)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}")
#: Words before a title that name a state, not a company ("U.S. President-elect").
STATE_WORDS_109 = frozenset({"U.S.", "US", "United States", "American", "French", "British", "Soviet", "Japanese",
                             "West German", "Canadian", "Australian", "Philippine", "Mexican", "Brazilian"})
#: A finite verb that makes the content a clause ("earnings rose to", "net fell to", "losses were").
CLAUSE_VERB_109 = re.compile(r"\b(?:rose|fell|jumped|climbed|dropped|declined|increased|decreased|grew|slipped|"
                             r"surged|soared|plunged|eased|improved|widened|narrowed|was|were|is|are|will|would|"
                             r"has|have|had|totall?ed|reached|amounted|came)\b", re.IGNORECASE)


def _aside_said(text: str, out: list[Attribution]) -> list[Attribution]:
    """A "reporting <result>" record inside the commas after its speaker becomes the sentence's "said" record."""
    res: list[Attribution] = []
    added: list[Attribution] = []
    for a in out:
        if a.speaker is None or a.cue is None or _cue(text, a) not in ("reporting", "reported") or \
                a.content.start < a.cue.end or \
                ASIDE_BEFORE_109.fullmatch(text, a.speaker.end, a.cue.start) is None:
            res.append(a)
            continue
        m = ASIDE_AFTER_109.match(text, a.content.end)
        if m is None or _has_cue_at(out, m.start("cue")):
            res.append(a)
            continue
        end = _sentence_end(text, m.end())
        if end - m.end() < 3 or "\n" in text[m.end():end]:
            res.append(a)
            continue
        new = _record("indirect", (a.speaker.start, a.speaker.end), (m.start("cue"), m.end("cue")), (m.end(), end),
                      _typed_from(a), a.resolved_from)
        added.append(new.model_copy(update={"evidence": EVIDENCE_R109, "score": a.score}))
    return _insert(res, added)


def _result_reported(text: str, a: Attribution) -> bool:
    """An organization's "reported <result noun phrase>": no statement."""
    if a.cue is None or a.source_type != "organization" or _cue(text, a) != "reported" or \
            a.content.start < a.cue.end:
        return False
    content = text[a.content.start:a.content.end]
    return RESULT_HEAD_109.match(content) is not None and CLAUSE_VERB_109.search(content) is None


def _alias_of(name: str, full: str) -> bool:
    """``name`` is a short form of ``full``: each of its words is one of ``full``'s, a capitalised one no kind word."""
    words, whole = name.split(), {w.lower() for w in full.split()}
    own = [w for w in words if w.lower() not in KIND_WORDS_109]
    return 0 < len(words) < len(whole) and {w.lower() for w in words} <= whole and \
        any(w[:1].isupper() for w in own)  # a capitalised word of the name: "Commerce", not "the authority"


def _one_country(out: list[Attribution]) -> list[Attribution]:
    """A company's short name takes the full name, country and naming of its first record that has a country."""
    known = [a for a in out if a.source_type == "organization" and a.source_country and a.named and a.speaker_name]

    def change(a: Attribution) -> Attribution:
        if a.source_type != "organization" or not a.speaker_name:
            return a
        for k in known:
            if k.speaker_name and _alias_of(a.speaker_name, k.speaker_name):  # round108 may have given a country
                return _update(a, speaker_name=k.speaker_name,  # type: ignore[return-value]
                               source_country=k.source_country, named=True)
        return a

    return _each(out, change)


def _officer_elect(text: str, out: list[Attribution]) -> list[Attribution]:
    """A company's "chairman-designate <Name>" is a person, no government."""
    def change(a: Attribution) -> Attribution:
        if a.source_type != "government" or a.speaker is None:
            return a
        m = OFFICER_ELECT_109.fullmatch(_phrase(text, a))
        if m is None or m.group("org") in STATE_WORDS_109:
            return a
        return _update(a, source_type="person", state_affiliated=False)  # type: ignore[return-value]

    return _each(out, change)


def round109_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 109's rules, as the module's notes say."""
    out = attributions
    if _wire_title(text):
        out = _aside_said(text, out)
        out = [a for a in out if not _result_reported(text, a)]
        out = _officer_elect(text, out)
    return _one_country(out)
