"""Attributions, round 103 (issue 16, branch ``attr103``): the company and market voice on 1987 wire stories, from
the development errors of round 103's fresh gold (``tests/gold/attributions_real103.jsonl``, ``sources_real103``;
``scripts/attr103/README.md``).

One pass, ``round103_attributions``, called last in ``extract_attributions`` (after ``lead53_attributions``). Its
invented tests are in ``tests/test_attr103.py``.

Records:

- **"welcomed / attacked <NP>" on a wire story is no report.** "<Governor> welcomed the <accord> ..., saying
  <clause>" gave a record for "welcomed" (content the accord) beside the "saying" one, and "the <union>, <initials>,
  attacked loss figures given for ..." a record with the figures as content: the wire golds leave out "welcomed
  <NP>" (attr83: no clause) and "lashed out at <NP>" (attr85). A wire story's (capitals title line) record whose cue
  is "welcomed" / "attacked" / "lashed out at" and whose content is a noun phrase (not "that" / "to" / a quotation)
  goes.
- **"reported net income of <amount>"** is a result, no statement (attr95's convention; round 100's rule read "a /
  an <result>" only): an organization's "reported" with a content "(net / operating) income / profit / loss /
  earnings / revenue(s) / sales of ..." goes.

Spans:

- **A company suffix's full stop at the sentence's end is the sentence's.** '"...," said <Name>, a vice president
  with <Firm> Inc.' ended the speaker span with the sentence's full stop: a speaker span that ends in "." at the end
  of its paragraph loses it.

Typing:

- **One named speaker, one country.** "<Bank> president <Name> told ..." was given the bank's country, then "He
  said ... <a German bank> ..." and "<Surname> said ..." another country (or none) from their contents: a named
  speaker's later records take the country of its first record that has one, where the type is the same. Wire
  stories only (a capitals title line): on three news pages it spread a first record's guessed country.
- **"<Initials> officials" of a named company.** "BNL officials said" after "<Banca ...-BNL> said" took a country
  from the content: an unnamed "<Word> officials / spokesman / executives" whose word is a named organization
  speaker's name, its first word or its initials ("<Name>-<INITIALS>", "<Name> (<INITIALS>)") takes that
  organization's country.
- **A short name of a named company.** "Great American recently announced ..." after "Great American First
  Savings Bank said ..." was typed ``government`` by its nationality word and named "American": a named speaker
  whose phrase is the first words (two at least) of an earlier named organization speaker's name is that
  organization (name, type, country).
- **"The <Place>-based bank", "The paper".** "The San Diego-based bank said ..." after "<Name> Savings Bank said ..."
  was left unnamed, and so were the news pages' "The social-media company" after "<Platform> said" and "The paper"
  after "the <Newspaper> said" (attr99's census: "the company / group / paper" names, 39): "the (<X>-based /
  <hyphened adjective>) bank / company / firm" is the one named ``organization`` speaker before it, "the (news)paper"
  the one named ``media`` speaker before it (its name, type and country); none when the text has two or more.
- **"They" after unnamed market voices.** "..., according to analysts." then "They also said ..." gave the
  analysts no country and "They" the US from the content: a they / he / she resolved to an unnamed ``anonymous``
  speaker's name takes that speaker's country.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round93 import _wire_title
from .round101 import _phrase
from .sources42 import _each, _update

#: Cues of a stance taken on a noun phrase, left out on wire stories (attr83's "welcomed", attr85's "lashed out at").
NP_STANCE_CUES_103 = frozenset({"welcomed", "attacked", "lashed out at"})
#: A content that is a clause or a quotation, not a noun phrase: kept.
CLAUSE_START_103 = re.compile(r"\s*(?:that\b|to\b|[\"“'‘])", re.IGNORECASE)  # after the cue
#: A company's result with no article after "reported": "net income of <amount>".
RESULT_BARE_103 = re.compile(r"(?:(?:net|operating|pre-?tax)\s+)?(?:income|profits?|loss(?:es)?|earnings|"
                             r"revenues?|sales)\s+of\b", re.IGNORECASE)
#: Unnamed staff of a named organization: "BNL officials", "the Acme spokesman".
ORG_STAFF_103 = re.compile(r"(?:[Tt]he\s+)?(?P<org>[A-Z][\w&.-]*)\s+(?:officials?|spokes(?:man|woman|person)|"
                           r"executives?|sources)")
#: "The San Diego-based bank", "the company", "The social-media company", "The paper": a body by its kind.
THE_NOUN_103 = re.compile(r"[Tt]he\s+(?:(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-based\s+|[a-z]+-[a-z]+\s+)?"
                          r"(?P<noun>bank|company|firm|paper|newspaper)")
#: The speaker type a kind noun names.
NOUN_KIND_103 = {"bank": "organization", "company": "organization", "firm": "organization", "paper": "media",
                 "newspaper": "media"}
#: A company suffix: "Inc", "Corp", "Co", "Ltd", "Plc".
COMPANY_SUFFIX_103 = re.compile(r"\b(?:Inc|Corp|Corporation|Co|Company|Ltd|Plc|PLC|AG|SA|NV|Group)\.?$")
#: Pronouns that may carry an unnamed group's or person's name.
PRONOUNS_103 = frozenset({"they", "he", "she"})


def _cue(text: str, a: Attribution) -> str:
    """A record's cue, its white space folded, in lower case ("" with no cue); rounds 104 to 109 use it too."""
    return "" if a.cue is None else " ".join(text[a.cue.start:a.cue.end].split()).lower()


# ------------------------------------------------------------------------------------------ records


def _no_np_stance(text: str, out: list[Attribution]) -> list[Attribution]:
    if not _wire_title(text):
        return out
    return [a for a in out if _cue(text, a) not in NP_STANCE_CUES_103 or a.cue is None or
            a.content.start < a.cue.end or CLAUSE_START_103.match(text, a.cue.end, a.content.start + 1) is not None]


def _no_bare_result(text: str, out: list[Attribution]) -> list[Attribution]:
    return [a for a in out if not (a.source_type == "organization" and _cue(text, a) == "reported" and
                                   RESULT_BARE_103.match(text, a.content.start) is not None)]


# ------------------------------------------------------------------------------------------ spans


def _final_stop(text: str, out: list[Attribution]) -> list[Attribution]:
    def change(s: Attribution) -> Attribution:
        sp = s.speaker
        if sp is None or sp.end - sp.start < 3 or text[sp.end - 1] != "." or text[sp.end:sp.end + 1] not in ("", "\n"):
            return s
        if not COMPANY_SUFFIX_103.search(text[sp.start:sp.end]):
            return s
        return _update(s, speaker=sp.model_copy(update={"end": sp.end - 1}))  # type: ignore[return-value]

    return _each(out, change)


# ------------------------------------------------------------------------------------------ typing


def _one_country(text: str, out: list[Attribution]) -> list[Attribution]:
    if not _wire_title(text):
        return out  # wire stories only: on news pages the first record's country may be a guess from its content

    def key(a: Attribution) -> tuple[str, str | None] | None:
        if a.speaker is None or not a.named or not a.speaker_name or a.sources:
            return None
        return (a.speaker_name, a.source_type)

    first: dict[tuple[str, str | None], str] = {}
    for a in sorted(out, key=lambda b: b.speaker.start if b.speaker is not None else b.start):
        k = key(a)
        if k is not None and k not in first and a.source_country:
            first[k] = a.source_country
    res = []
    for a in out:
        k = key(a)
        res.append(a if k is None or k not in first or a.source_country == first[k] else
                   a.model_copy(update={"source_country": first[k]}))
    return res


def _initials(name: str) -> set[str]:
    forms = {name, name.split()[0]}
    m = re.search(r"[-(]\s*([A-Z][A-Z&]{1,6})\)?$", name)
    if m:
        forms.add(m.group(1))
    return forms


def _named_orgs(text: str, out: list[Attribution]) -> list[tuple[int, Attribution, str]]:
    """Earlier named organization speakers: (start, record, the phrase's name as the text gives it)."""
    orgs = []
    for b in out:
        if b.speaker is None or not b.named or b.source_type != "organization" or not b.speaker_name:
            continue
        raw = re.search(r"<([^<>]+)>", text[b.speaker.start:b.speaker.end])
        orgs.append((b.speaker.start, b, raw.group(1) if raw else b.speaker_name))
    return orgs


def _org_staff(text: str, out: list[Attribution]) -> list[Attribution]:
    orgs = _named_orgs(text, out)
    res = []
    for a in out:
        m = None if a.speaker is None or a.named else ORG_STAFF_103.fullmatch(_phrase(text, a))
        model = None if m is None or a.speaker is None else next(
            (b for s, b, raw in reversed(orgs) if s < a.speaker.start and b.source_country and
             m.group("org") in _initials(raw) | _initials(b.speaker_name or "")), None)
        res.append(a if model is None or a.source_country == model.source_country else
                   a.model_copy(update={"source_country": model.source_country}))
    return res


def _short_names(text: str, out: list[Attribution]) -> list[Attribution]:
    orgs = _named_orgs(text, out)
    res = []
    for a in out:
        phrase = "" if a.speaker is None else _phrase(text, a)
        words = phrase.split()
        model = None
        if a.speaker is not None and a.named and len(words) >= 2 and not a.sources:
            model = next((b for s, b, _ in reversed(orgs) if s < a.speaker.start and b.speaker_name != phrase and
                          (b.speaker_name or "").split()[:len(words)] == words and
                          len((b.speaker_name or "").split()) > len(words)), None)
        if model is None or (a.speaker_name == model.speaker_name and a.source_type == model.source_type):
            res.append(a)
            continue
        res.append(a.model_copy(update={"speaker_name": model.speaker_name, "source_type": model.source_type,
                                        "source_country": model.source_country, "named": True,
                                        "state_affiliated": model.state_affiliated,
                                        "affiliation": model.affiliation}))
    return res


def _the_noun(text: str, out: list[Attribution]) -> list[Attribution]:
    starts = [-1 if a.speaker is None else a.speaker.start for a in out]
    res = list(out)
    for i, a in enumerate(out):
        m = None if a.speaker is None or a.named or a.sources else THE_NOUN_103.fullmatch(_phrase(text, a))
        if m is None:
            continue
        kind = NOUN_KIND_103[m.group("noun").lower()]
        names = {b.speaker_name: b for k, b in enumerate(out) if -1 < starts[k] < starts[i] and b.named and
                 b.speaker_name and b.source_type == kind and not b.sources and
                 _phrase(text, b).lower() not in PRONOUNS_103 | {"it", "its"}}
        if len(names) != 1:
            continue
        model = next(iter(names.values()))
        res[i] = a.model_copy(update={"speaker_name": model.speaker_name, "named": True,
                                      "source_type": model.source_type, "source_country": model.source_country,
                                      "state_affiliated": model.state_affiliated, "affiliation": model.affiliation})
    return res


def _pronoun_country(text: str, out: list[Attribution]) -> list[Attribution]:
    res = list(out)
    for i, a in enumerate(res):
        if a.speaker is None or a.named or a.source_type != "anonymous" or \
                _phrase(text, a).lower() not in PRONOUNS_103:
            continue
        model = next((b for b in reversed(res[:i]) if b.speaker is not None and b.speaker.start < a.speaker.start and
                      b.speaker_name == a.speaker_name and b.source_type == "anonymous" and not b.named and
                      _phrase(text, b).lower() not in PRONOUNS_103), None)
        if model is not None and model.source_country != a.source_country:
            res[i] = a.model_copy(update={"source_country": model.source_country})
    return res


def round103_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 103's rules, as the module's notes say."""
    out = _no_np_stance(text, attributions)
    out = _no_bare_result(text, out)
    out = _final_stop(text, out)
    out = _short_names(text, out)
    out = _the_noun(text, out)
    out = _one_country(text, out)
    out = _org_staff(text, out)
    return _pronoun_country(text, out)
