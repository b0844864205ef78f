"""Attributions, lead round 51 (issue 16): a government's bodies and their statements, a pronoun's chain, a
company the title names, from the lead's reading of twelve fresh 1987 wire stories.

One pass, ``lead51_attributions``, called once from ``extract_attributions`` after the round's other passes. Its
invented tests are in ``tests/test_lead51.py``.

- **A country's ministry, treasury or department is its government.** "The <Demonym> treasury said" was typed
  ``person``; "The <Demonym> Treasury said" lost its country (named "Treasury", ``organization``). A speaker phrase
  that is a government body's name (a ministry, treasury, cabinet or government; a department with a ministry's
  words, "Farm Department"), with or without a country's name or demonym before it, is ``government``,
  state-affiliated, of that country. The golds type such bodies ``government`` with their country.
- **A body's statement speaks as the body.** "a <Body> Ministry statement said" was typed ``report`` and not
  state-affiliated, while the "It said" after it (resolved to it) was ``government``: the golds type a statement or
  report by its issuer ("<Body> employment report", ``government``), so the same rule types the statement.
- **A pronoun's antecedent that was itself resolved.** "It said ..." after "The department said ..." (itself
  resolved to the "<Country> Agriculture Department" named first) was resolved to "department", with no country, a
  second source; "it" after "The agency said" (resolved to the news agency's table name) likewise. A record
  resolved to a mention that is another record's speaker takes that record's name, type, country and state
  affiliation when that record was itself resolved (a title or a pronoun) or is an outlet the table names otherwise
  than its words ("the <agency>" -> the agency's table name), in the text's order, so the chain ends at the name.
- **The company the title names.** "<Word> said" in a wire story whose title line opens "<WORD> AB <TICKER>" was
  typed ``person`` (or ``government``, the tagger taking the word for a place): a one-word named speaker typed
  ``person`` or ``government``, no country's name, whose word opens the title line, followed there by a
  company suffix or a ticker in angle brackets, is that company, ``organization``.
- **One department, one name.** "The U.S. Agriculture Department forecast ..." and "USDA said ..." (the table's
  "U.S. Department of Agriculture") were two sources: a government department's "<X> Department" and "Department
  of <X>" (with the same country word before, or none) take the first name the text gives it.
- **A price move is no statement.** "The Treasury cut the interest payable this September on ..." was a record (the
  parser read a clause after "cut"): a price move's verb with a clause is dropped, as round 80 drops one with a
  money amount.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .lead50 import COMPANY_SUFFIX_L50
from .round80 import PRICE_MOVE_LEMMAS_80
from .sources import SourceTable
from .sources42 import _phrase
from .speakers import DEPARTMENT_WORDS

#: The head of a government's body. "Department" counts only after a ministry's words ("Agriculture Department",
#: "Farm Department", "Department of Agriculture").
BODY_HEAD_L51 = r"(?:ministry|treasury|cabinet|government|department)"
#: What a body issues: it speaks as the body.
ISSUED_L51 = r"(?:statement|communique|communiqué|announcement|report)"
#: A determiner before the body.
DETERMINER_L51 = r"(?:(?:the|a|an)\s+)?"
#: Words naming a ministry: title-case or lower-case words ("Energy and Mines", "finance").
BODY_WORDS_L51 = r"(?:(?:[A-Za-z][\w'’-]*|and|&)\s+){0,4}?"
#: A phrase that is a body's name, or its statement: "the Italian treasury", "a Mines Ministry statement", "the
#: Dutch Farm Department", "the Department of Agriculture".
BODY_PHRASE_L51 = re.compile(
    rf"{DETERMINER_L51}(?P<words>{BODY_WORDS_L51}){BODY_HEAD_L51}(?P<of>\s+of\s+(?:[A-Z][\w'’-]*\s*){{1,3}})?"
    rf"(?:\s+{ISSUED_L51})?", re.IGNORECASE)
#: Words that make a body a company's or a place's, not a state's: "the company's research department".
NOT_STATE_L51 = re.compile(rf"\b(?:company|firm|bank|store|university|college|school|hospital|police|fire|"
                           rf"corporation|group|club|church|newspaper|magazine)\b|['’]s\b|\b{COMPANY_SUFFIX_L50}\s",
                           re.IGNORECASE)
#: Types a body's own phrase can be given wrongly.
RETYPED_L51 = frozenset({"person", "organization", "report", "anonymous", "government", None})
#: A title line opening with a company: "<WORD> AB <TICKER>", "<WORD> CORP <TICKER>".
TITLE_COMPANY_L51 = re.compile(r"(?P<word>[A-Z][A-Z&.'-]+)\s+(?:[A-Z][A-Z&./'-]*\s+){0,3}<[A-Z. ]+>")


def _state_body(text: str, a: Attribution, table: SourceTable) -> Attribution:
    if a.speaker is None or a.source_type not in RETYPED_L51:
        return a
    phrase = _phrase(text, a)
    m = BODY_PHRASE_L51.fullmatch(phrase)
    if m is None or NOT_STATE_L51.search(phrase):
        return a
    words = m.group("words").split()
    country = table.country_in(phrase)
    head = re.search(BODY_HEAD_L51, phrase, re.IGNORECASE)
    assert head is not None  # the phrase matched
    if head.group(0).lower() == "department" and country is None and not m.group("of") and not (
            words and all(w.lower() in DEPARTMENT_WORDS or w.lower() == "farm" for w in words)):
        return a  # "the department" alone, or one of a company's
    if any(not (w.lower() in DEPARTMENT_WORDS or w[0].isupper() or w.lower() in {"farm", "mines"}) for w in words):
        return a  # "the old finance ministry" keeps its words out; a lower-case word no ministry has
    if a.source_type == "government" and a.state_affiliated and (country is None or a.source_country == country):
        return a
    update: dict[str, object] = {"source_type": "government", "state_affiliated": True}
    if country is not None:
        update["source_country"] = country
    if a.speaker_name and a.speaker_name.lower() == head.group(0).lower() and words:
        update["speaker_name"] = _phrase_name(text, a)
    return a.model_copy(update=update)


def _bare_body(out: list[Attribution], text: str) -> list[Attribution]:
    """"The Treasury said" after "The <Demonym> Treasury said": the body named before, with its country."""
    named: dict[str, Attribution] = {}
    for i in sorted(range(len(out)), key=lambda k: out[k].start):
        a = out[i]
        if a.speaker is None or a.source_type != "government" or not a.speaker_name:
            continue
        head = a.speaker_name.split()[-1].lower()
        if a.source_country is not None and len(a.speaker_name.split()) > 1:
            named.setdefault(head, a)
        elif a.source_country is None and re.fullmatch(rf"{DETERMINER_L51}{BODY_HEAD_L51}", _phrase(text, a),
                                                        re.IGNORECASE) and head in named:
            b = named[head]
            out[i] = a.model_copy(update={"speaker_name": b.speaker_name, "source_country": b.source_country,
                                          "state_affiliated": True})
    return out


#: A department's two names: "U.S. Agriculture Department" and "U.S. Department of Agriculture".
DEPARTMENT_NAME_L51 = re.compile(r"(?P<pre>(?:U\.S\.|US|[A-Z][a-z]+)\s+)?(?:Department\s+of\s+(?P<of>[A-Z][a-z]+)|"
                                 r"(?P<before>[A-Z][a-z]+)\s+Department)")


def _department_names(out: list[Attribution]) -> list[Attribution]:
    """One department, one name: the first name of it in the text, for both of its forms."""
    first: dict[str, str] = {}
    for i in sorted(range(len(out)), key=lambda k: out[k].start):
        a = out[i]
        m = DEPARTMENT_NAME_L51.fullmatch(a.speaker_name or "")
        if m is None or a.source_type != "government":
            continue
        key = f"{m.group('pre') or ''}{m.group('of') or m.group('before')}".split()
        name = first.setdefault(" ".join(key).lower(), a.speaker_name or "")
        if name != a.speaker_name:
            out[i] = a.model_copy(update={"speaker_name": name})
    return out


def _price_move(a: Attribution) -> bool:
    """"The Treasury cut the interest payable this September on ..." read as a stance on a clause: a price move's
    verb ("cut", "raise", "lower") takes no clause as a statement (round 80 drops those with a money amount)."""
    parts = a.evidence.split(":")
    return len(parts) >= 4 and parts[1] == "stance-verb" and parts[2] in PRICE_MOVE_LEMMAS_80 and parts[3] == "ccomp"


def _phrase_name(text: str, a: Attribution) -> str:
    """A speaker's words as a name: no determiner, spaces joined."""
    return " ".join(re.sub(rf"^{DETERMINER_L51}", "", _phrase(text, a), flags=re.IGNORECASE).split())


def _speaker_at(a: Attribution) -> tuple[int, int] | None:
    return None if a.speaker is None else (a.speaker.start, a.speaker.end)


def _chain(text: str, out: list[Attribution]) -> list[Attribution]:
    """A pronoun resolved to a mention that is another record's speaker, itself resolved to a name ("It" ->
    "The department" -> the department named first), takes that record's name and typing, in the text's order."""
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    fields = ("speaker_name", "source_type", "source_country", "state_affiliated", "named")
    for i in order:
        a = out[i]
        r = a.resolved_from
        if r is None or ":coref:" not in a.evidence:
            continue
        b = next((out[j] for j in order if out[j] is not a and _speaker_at(out[j]) == (r.start, r.end)), None)
        if b is None or b.speaker_name is None or b.start >= a.start:
            continue
        if b.resolved_from is None and not (b.named and b.source_type == "media"
                                            and a.speaker_name == _phrase_name(text, b)):
            continue  # only a chain, or an outlet's name the table gave the mention ("<agency>" -> its table name)
        if any(getattr(a, f) != getattr(b, f) for f in fields):
            out[i] = a.model_copy(update={f: getattr(b, f) for f in fields})
    return out


def _title_company(text: str, a: Attribution, table: SourceTable) -> Attribution:
    if a.speaker is None or not a.named or a.source_type not in {"person", "government"} or not a.speaker_name or \
            not re.fullmatch(r"[A-Z][a-z]+", a.speaker_name) or table.country_in(a.speaker_name) is not None:
        return a
    first = text.split("\n", 1)[0]
    m = TITLE_COMPANY_L51.match(first)
    if m is None or m.group("word") != a.speaker_name.upper():
        return a
    return a.model_copy(update={"source_type": "organization", "state_affiliated": False})


def lead51_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 51's lead rules, as the module's notes say: each record's own phrase, then the pronouns' chains."""
    out = [_title_company(text, _state_body(text, a, table), table) for a in attributions if not _price_move(a)]
    return _chain(text, _department_names(_bare_body(out, text)))
