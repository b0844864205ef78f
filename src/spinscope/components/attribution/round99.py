"""Attributions, round 99 (issue 16, branch ``attr99``): source country on 1987 wire stories, from a census of the
development errors of every ``sources_real*`` gold (``scripts/attr99/README.md``).

One pass, ``round99_attributions``, called last in ``extract_attributions`` (after ``lead51_attributions``). Each
rule reads a wire story only (a capitals title line, then a blank line; round 93's ``_wire_title``) with no
dateline, where no place line says where the story was filed. Invented tests: ``tests/test_attr99.py``.

1. **A firm's unnamed analyst named in the next sentence.** "..., a <Firm>, Inc. analyst said." followed, in the
   next paragraph, by "<Given> <Surname> of <Firm>'s <division>" was typed ``organization`` and not named: the
   unnamed analyst is that person (``person``, named by the name). One story of the census; kept to the two
   phrases naming the same firm word, one paragraph apart.
2. **A company named with its American suffix, no ticker.** Round 93 gives a wire story's speakers the country of
   its first listing ("<ABC>"); a story that lists none left "USX Corp chairman <Name>" and "a <Firm>, Inc.
   analyst" of no country, and every mention after them. A person or company speaker whose phrase names a firm
   with "Inc", "Corp", "Corporation" or "Incorporated" (the forms the wire gives US companies), in a story that names
   no other country as its own (round 57's ``story_country`` is the US or none) and no ticker, is American; so is
   every later speaker of no country whose phrase names that firm's first word ("<Name> of <Firm>'s division") or
   who carries a name given the country here (his "He", his surname).
3. **A private speaker in a wire story set in one country.** An economist, an analyst or an institute (typed
   ``person`` or ``academic``) with no country, in a wire story whose places point to one country
   (``story_country``), is of that country: every development gold of the wire so marks them (17 speakers, none
   against). News pages are left alone: there the golds disagree (``sources50``'s backed-out ``story_private_s50``).
4. **A journal's country.** "A study published in the <Journal>" is typed ``report`` and, since round 95, named by
   the journal, but was given the story's country (a US journal in a UK story): a journal of a short table of
   general medical and science journals gives its own country.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .lead47 import DATELINE_L47
from .round93 import TICKER_93, _spk, _wire_title
from .sources import SourceTable
from .speakers import story_country

#: A firm named with the suffixes the wire gives US companies: "USX Corp", "Cargill, Inc.", "Acme Corporation".
US_FIRM_99 = re.compile(r"(?P<firm>(?:[A-Z][\w&'.-]*\s+){0,3}[A-Z][\w&'.-]*),?\s+(?:Inc|Corp|Corporation|"
                        r"Incorporated)\b\.?")
#: "a <Firm>, Inc. analyst" / "a <Firm> Corp economist": an unnamed analyst of a firm.
FIRM_ANALYST_99 = re.compile(r"(?:an?|the)\s+(?P<firm>[A-Z][\w&'.-]*)(?:(?:\s+[A-Z][\w&'.-]*){0,3})?,?"
                             r"(?:\s+(?:Inc|Corp|Co|Corporation)\.?)?\s+(?:analyst|economist|strategist)")
#: "<Given> <Surname> of <Firm>'s": the analyst's name in the next paragraph.
NAMED_OF_FIRM_99 = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+of\s+{firm}['’]s\b"
#: The types a story's country is given to here: private people and research bodies.
PRIVATE_99 = frozenset({"person", "academic"})
#: Journals that print studies the wire reports, by their country of publication.
JOURNALS_99 = {
    "new england journal of medicine": "US", "journal of the american medical association": "US", "jama": "US",
    "science": "US", "annals of internal medicine": "US", "cell": "US",
    "proceedings of the national academy of sciences": "US",
    "lancet": "GB", "the lancet": "GB", "british medical journal": "GB", "bmj": "GB", "nature": "GB",
}


def _plain_wire(text: str) -> bool:
    """A wire story (capitals title) with no dateline opening its body."""
    if not _wire_title(text):
        return False
    body = text.split("\n", 2)[2] if text.count("\n") >= 2 else ""
    return DATELINE_L47.match(body.lstrip("\n")) is None


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n\n", pos)
    return len(text) if end < 0 else end


def _firm_analyst_named(text: str, out: list[Attribution]) -> list[Attribution]:
    res = []
    for a in out:
        if a.speaker is not None and not a.named and a.source_type in ("organization", "person", "anonymous"):
            m = FIRM_ANALYST_99.fullmatch(_spk(text, a))
            if m is not None:
                end = _paragraph_end(text, a.speaker.end)
                nxt = text[end:_paragraph_end(text, end + 2)]
                named = re.search(NAMED_OF_FIRM_99.format(firm=re.escape(m.group("firm"))), nxt)
                if named is not None:
                    a = a.model_copy(update={"source_type": "person", "named": True,
                                             "speaker_name": named.group("name"),
                                             "affiliation": a.affiliation or m.group("firm")})
        res.append(a)
    return res


def _with_country(a: Attribution, code: str, test: object) -> Attribution:
    """``a`` with ``code`` given to itself and to each of its sources that ``test`` accepts (both of no country)."""
    update: dict[str, object] = {}
    if a.source_country is None and test(a):  # type: ignore[operator]
        update["source_country"] = code
    if a.sources:
        sources = [s.model_copy(update={"source_country": code}) if s.source_country is None and test(s)  # type: ignore[operator]
                   else s for s in a.sources]
        if sources != list(a.sources):
            update["sources"] = sources
    return a.model_copy(update=update) if update else a


def _us_firms(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    if TICKER_93.search(text) or story_country(text, table) not in (None, "US"):
        return out
    firms: set[str] = set()
    names: set[str] = set()
    res = []
    for a in out:
        if a.speaker is not None and a.source_country is None and a.source_type in ("organization", "person"):
            phrase = _spk(text, a)
            m = US_FIRM_99.search(phrase)
            first = next((f for f in firms if re.search(rf"\b{re.escape(f)}\b", phrase)), None)
            if m is not None and table.country_in(phrase) is None:
                firms.add(m.group("firm").split()[0])
            if (m is not None and table.country_in(phrase) is None) or first is not None:
                a = a.model_copy(update={"source_country": "US"})
                if a.named and a.speaker_name:
                    names.add(a.speaker_name)
            elif a.named and a.speaker_name in names and a.source_type == "person":
                a = a.model_copy(update={"source_country": "US"})
        res.append(a)
    return res


def _private_story_country(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    if not any(a.source_country is None and a.source_type in PRIVATE_99 for a in out):
        return out
    story = story_country(text, table)
    if story is None:
        return out
    return [_with_country(a, story, lambda s: s.speaker is not None and s.source_type in PRIVATE_99) for a in out]


def _journal_country(text: str, out: list[Attribution]) -> list[Attribution]:
    res = []
    for a in out:
        if a.speaker is not None and a.source_type == "report" and a.speaker_name:
            code = JOURNALS_99.get(a.speaker_name.lower().removeprefix("the ").strip())
            if code is not None and re.search(r"\bpublished\s+in\b", _spk(text, a)):
                a = a.model_copy(update={"source_country": code})
        res.append(a)
    return res


def round99_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 99's rules, as the module's notes say (1-3 on plain wire stories only)."""
    out = _journal_country(text, attributions)
    if not _plain_wire(text):
        return out
    out = _firm_analyst_named(text, out)
    out = _us_firms(text, out, table)
    return _private_story_country(text, out, table)
