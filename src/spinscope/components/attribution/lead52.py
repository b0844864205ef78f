"""Attributions, lead round 52 (issue 16): speakers' names and types on wire stories, from the lead's reading of
twelve fresh 1987 Reuters stories (central banks, federal agencies, a state bank's purchase, market newsletters).

One pass, ``lead52_attributions``, called once from ``extract_attributions`` after the round's other passes. Its
invented tests are in ``tests/test_lead52.py``. The US and European central banks and the federal bodies wire
stories quote by short names ("the Fed", "the EIA", "the Energy Department") are entries of the source table
(``resources/sources.toml``), so "Fed officials" and "The Fed staff" are the Federal Reserve's, ``government``, US.

- **A date after the speaker is not its name.** "the <Body> March 3 proposed ..." was named "March 3" (the tagger's
  last entity in the phrase): a speaker phrase that ends in a month and a day loses them, and its name (and type,
  where the table knows the body) is the body's.
- **A company in the wire's angle brackets is the company.** "<Country>'s state-owned <Banco Name-BN> said" was
  named "Banco Name-BN>" (or read as a person): a speaker phrase that ends in a bracketed name is that company,
  ``organization``, named by the brackets' words without the trailing "-<LETTERS>" of its initials.
- **A newsletter or magazine is a medium.** "The <Name> newsletter said" was typed ``person`` ("weekly" too): a
  speaker phrase of title-case words and one of these nouns is ``media``, named by the words. The golds name "The
  Daily Observer newspaper" "The Daily Observer". ("bulletin" is left out: the golds give a bank's bulletin to the
  bank.)
- **A state body's officer speaks for the state.** "<Central Bank Board> Vice Chairman <Name> said" was ``person``
  (state-affiliated, no country), while "<Central Bank> Governor <Name>" was ``government``: a person whose phrase
  names a government body of the table before the name is ``government``, of the body's country.
- **A company's initials.** "<INITIALS> president <Name> said" and "<INITIALS> officials said", after the company
  was named with those initials ("<Banco Name-BN>"), were given another country (one named in the sentence) or none:
  they take the company's country, and the officials are the company's, ``organization``.
- **A body's head noun.** "Board officials said" after "The <Central Bank> Board ..." was typed ``anonymous`` with
  no country: unnamed officials or staff named by the last word of a government body the text named before are
  that body's, with its type and country.
- **One group, one spelling.** "Bankers say ..." and "bankers say ..." were two sources: an unnamed group's name
  that differs from an earlier one only in case takes the earlier spelling.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .sources import SourceTable

#: A month and a day closing a speaker phrase: "March 3", "Jan. 8", "Sept 21".
DATE_TAIL_L52 = re.compile(r"\s+(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
                           r"[a-z]*\.?\s+\d{1,2}\s*$")
#: A determiner before a speaker's words.
DETERMINER_L52 = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: A company in the wire's angle brackets closing the phrase, with its initials: "<Banco Name-BN>".
BRACKET_COMPANY_L52 = re.compile(r"<(?P<name>[^<>]+?)(?:-(?P<initials>[A-Z]{2,6}))?>\s*$")
#: A periodical's noun after its title-case name.
OUTLET_NOUN_L52 = re.compile(r"(?:the\s+)?(?P<name>(?:[A-Z][\w&'’.-]*\s+){1,4}?)(?:newsletter|magazine|newspaper|"
                             r"weekly)", re.IGNORECASE)
#: Unnamed people of a body: "<Word> officials", "the <Word> staff".
BODY_PEOPLE_L52 = re.compile(r"(?:the\s+)?(?P<word>[A-Z][A-Za-z.&]+)\s+(?:officials?|staff|sources|spokesman|"
                             r"spokeswoman|spokesperson|executives?)", re.IGNORECASE)
#: A body's officer's phrase before the name: the body, then a title of capitalised words ("<BODY> Vice Chairman").
OFFICER_BEFORE_L52 = re.compile(r"(?:[Tt]he\s+)?<BODY>(?:['’]s)?(?:\s+[A-Z][\w.-]*){1,3}")
#: Words of a name left out of its initials.
NOT_INITIAL_L52 = frozenset({"of", "the", "and", "de", "del", "della", "di", "du", "des", "la", "le", "y", "e"})


def _raw(text: str, a: Attribution) -> str:
    assert a.speaker is not None
    return text[a.speaker.start:a.speaker.end]


def _dated(text: str, a: Attribution, table: SourceTable) -> Attribution:
    if a.speaker is None or not a.speaker_name:
        return a
    raw = _raw(text, a)
    m = DATE_TAIL_L52.search(raw)
    if m is None or a.speaker_name not in m.group(0) or not raw[:m.start()].strip():
        return a
    body = raw[:m.start()]
    update: dict[str, object] = {"speaker": a.speaker.model_copy(update={"end": a.speaker.start + len(body)})}
    found = table.find_source(body)
    if found is not None:
        entry = found[0]
        update.update(speaker_name=entry.name, source_type=entry.type, source_country=entry.country,
                      state_affiliated=entry.state_affiliated, named=True)
    else:
        update["speaker_name"] = " ".join(DETERMINER_L52.sub("", body).split())
    return a.model_copy(update=update)


def _bracketed(text: str, a: Attribution) -> Attribution:
    if a.speaker is None:
        return a
    m = BRACKET_COMPANY_L52.search(_raw(text, a))
    if m is None or not re.search(r"[a-z]", m.group("name")):
        return a  # "<VRNL.S>" is a ticker after the name
    name = " ".join(m.group("name").split())
    if a.speaker_name == name and a.source_type == "organization":
        return a
    return a.model_copy(update={"speaker_name": name, "source_type": "organization", "named": True})


def _outlet(text: str, a: Attribution, table: SourceTable) -> Attribution:
    if a.speaker is None or a.source_type not in {"person", "organization", "anonymous", "report", "media", None}:
        return a
    phrase = " ".join(_raw(text, a).split())
    if a.source_type == "media" and not (a.speaker_name or "").endswith(phrase.split()[-1]):
        return a  # a medium already named by its own words
    m = OUTLET_NOUN_L52.fullmatch(phrase)
    if m is None or not phrase.split()[-1].islower() or table.find_source(phrase) is not None:
        return a
    return a.model_copy(update={"speaker_name": " ".join(m.group("name").split()), "source_type": "media",
                                "named": True, "state_affiliated": False})


def _state_officer(text: str, a: Attribution, table: SourceTable) -> Attribution:
    if a.speaker is None or a.source_type != "person" or not a.speaker_name:
        return a
    raw = _raw(text, a)
    at = raw.find(a.speaker_name)
    found = table.find_source(raw[:at]) if at > 0 else None
    if found is None or found[0].type != "government" or found[0].country is None:
        return a
    entry, form = found
    if not OFFICER_BEFORE_L52.fullmatch(raw[:at].replace(form, "<BODY>", 1).strip()):
        return a  # "the former inspector for <Body> in <Place>, <Name>" is no officer of the body
    return a.model_copy(update={"source_type": "government", "state_affiliated": True,
                                "source_country": entry.country or a.source_country})


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in NOT_INITIAL_L52 and w[0].isupper())


def _company_initials(text: str, out: list[Attribution]) -> list[Attribution]:
    """"<INITIALS> president <Name>" and "<INITIALS> officials" after the company named with those initials take
    its country; its officials are the company's."""
    companies: dict[str, Attribution] = {}
    for i in sorted(range(len(out)), key=lambda k: out[k].start):
        a = out[i]
        if a.speaker is None:
            continue
        raw = _raw(text, a)
        if a.source_type == "organization" and a.speaker_name and a.source_country:
            m = BRACKET_COMPANY_L52.search(raw)
            keys = {_initials(a.speaker_name)} | ({m.group("initials")} if m and m.group("initials") else set())
            for key in keys - {""}:
                if len(key) >= 2:
                    companies.setdefault(key, a)
            continue
        first = DETERMINER_L52.sub("", raw).split()
        if not first or first[0] not in companies or a.source_type not in {"person", "organization", "anonymous"}:
            continue
        company = companies[first[0]]
        update: dict[str, object] = {"source_country": company.source_country}
        if a.source_type != "person":
            if not BODY_PEOPLE_L52.fullmatch(" ".join(raw.split())):
                continue
            update["source_type"] = "organization"
        if any(getattr(a, f) != v for f, v in update.items()):
            out[i] = a.model_copy(update=update)
    return out


def _body_people(text: str, out: list[Attribution]) -> list[Attribution]:
    """"Board officials" after "The <Central Bank> Board ...": the body named before, its type and country."""
    heads: dict[str, Attribution] = {}
    for i in sorted(range(len(out)), key=lambda k: out[k].start):
        a = out[i]
        if a.speaker is None:
            continue
        raw = " ".join(_raw(text, a).split())
        if a.source_type == "government" and a.named and a.source_country:
            words = DETERMINER_L52.sub("", raw).split()
            if len(words) > 1 and words[-1][0].isupper():
                heads.setdefault(words[-1], a)
            continue
        m = BODY_PEOPLE_L52.fullmatch(raw)
        if a.named or a.source_type not in {"anonymous", "organization", "person", None} or m is None:
            continue
        body = heads.get(m.group("word"))
        if body is not None:
            out[i] = a.model_copy(update={"source_type": body.source_type, "source_country": body.source_country,
                                          "state_affiliated": body.state_affiliated})
    return out


def _group_case(out: list[Attribution]) -> list[Attribution]:
    """"Bankers say" after "bankers say": one unnamed group, the first spelling."""
    first: dict[str, str] = {}
    for i in sorted(range(len(out)), key=lambda k: out[k].start):
        a = out[i]
        if a.named or not a.speaker_name:
            continue
        name = first.setdefault(a.speaker_name.lower(), a.speaker_name)
        if name != a.speaker_name:
            out[i] = a.model_copy(update={"speaker_name": name})
    return out


def _same_person(before: list[Attribution], out: list[Attribution]) -> list[Attribution]:
    """The officer's later mentions ("Johnson said", "he said"), resolved to the officer, typed as the officer."""
    officers = {b.speaker_name: b for a, b in zip(before, out, strict=True)
                if a.source_type == "person" and b.source_type == "government" and b.speaker_name}
    return [a.model_copy(update={"source_type": "government", "state_affiliated": True,
                                 "source_country": officers[a.speaker_name].source_country})
            if a.source_type == "person" and a.speaker_name in officers and a.resolved_from is not None else a
            for a in out]


def _table_antecedent(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"it said" resolved to "the EIA said", which the table names "Energy Information Administration": the
    pronoun's record takes the antecedent record's name and typing (it kept the antecedent's bare words)."""
    fields = ("speaker_name", "source_type", "source_country", "state_affiliated", "named")
    for i, a in enumerate(out):
        r = a.resolved_from
        if r is None or ":coref:pronoun" not in a.evidence:
            continue
        b = next((b for b in out if b.speaker is not None and b.speaker.start <= r.start and r.end <= b.speaker.end),
                 None)
        if b is None or b is a or not b.named or b.speaker_name is None or b.speaker_name == a.speaker_name:
            continue
        found = table.find_source(_raw(text, b))
        if found is None or found[0].name != b.speaker_name:
            continue  # only a body the table names otherwise than the text's words
        if a.speaker_name in {" ".join(DETERMINER_L52.sub("", _raw(text, b)).split()), text[r.start:r.end]}:
            out[i] = a.model_copy(update={f: getattr(b, f) for f in fields})
    return out


def lead52_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 52's lead rules, as the module's notes say: each record's own phrase, then what the text named before."""
    before = [_outlet(text, _bracketed(text, _dated(text, a, table)), table) for a in attributions]
    out = _same_person(before, [_state_officer(text, a, table) for a in before])
    return _table_antecedent(text, _group_case(_body_people(text, _company_initials(text, out))), table)
