"""Source typing, round 42 (issue 16, branch ``sources42``): funders, scriptures, acronyms, journalists' appositions.

``sources42_speakers`` is called once from ``extract_attributions``, after round 41's ``sources41_speakers``; it
changes only the type, name, ``named`` flag, affiliation or country of finished attributions (and their
``sources``), never a span, so no attribution is added or dropped (scripts/sources42/README.md has the
conventions):

- ``funded_country_42``: "the Qatar-funded Brookings Institution", "a Kremlin-backed group": the country of a funder
  is not the speaker's. A country given only by such a word is replaced by the one the rest of the phrase gives
  (the body's in the table), or by none; every mention of that speaker follows.
- ``scripture_report_42``: "the Qur'an says", "the Bible says": a scripture is a document that speaks (``report``,
  named), no body.
- ``acronym_body_42``: an acronym the table does not know that a body speaking in the article abbreviates ("the
  Florida Department of State" ... "DOS officials", "Bradley X, DOS interim general counsel") is that body:
  its officials speak as it (unnamed), a named officer of a state body is ``government`` of its country, and the
  officer's surname elsewhere ("X wrote") follows.
- ``journalist_apposition_42``: a named person typed ``person`` whom the text gives, anywhere, a journalist's
  title at a listed outlet ("Matt X, bureau chief of Politico, tweeted ...") is that outlet's journalist:
  ``media``, of the outlet's country.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from ...result import Attribution, AttributionSource
from .sources import SourceTable

Speaker = Attribution | AttributionSource

#: A country word joined to a funding or backing participle: the funder, not the speaker's place.
FUNDER_42 = re.compile(r"(?P<word>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)-(?:funded|backed|financed|sponsored|owned|"
                       r"supported|bankrolled|controlled|linked|aligned|allied)\b")

#: Scriptures that speak ("the Qur'an says"): documents, no body.
SCRIPTURE_42 = re.compile(r"(?:the\s+)?(?:holy\s+|Holy\s+)?(?:Qur['’]?an|Quran|Koran|Bible|Torah|Talmud|Hadiths?|"
                          r"Gospels?|New\s+Testament|Old\s+Testament|Bhagavad\s+Gita|Vedas)", re.IGNORECASE)

#: Words left out of a body's initials ("Department of State" is DOS or DS).
_SMALL_42 = frozenset({"of", "the", "and", "for", "on", "in", "at", "&"})
#: Unnamed staff of a body ("DOS officials", "a DOS spokesman").
STAFF_42 = re.compile(r"(?:an?\s+|the\s+)?(?P<acr>[A-Z]{2,6})\s+(?:officials?|spokes(?:man|woman|person)|"
                      r"representatives?|staff(?:ers)?|employees?|officers?|sources?)")
#: A named officer given with the acronym ("Bradley X, DOS interim general counsel", "DOS chief Jane Roe").
OFFICER_42 = re.compile(r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}),\s+(?:the\s+|an?\s+)?(?P<acr>[A-Z]{2,6})"
                        r"\s+[a-z][\w -]{2,40}")

#: A journalist's title before a listed outlet, in an apposition ("X, bureau chief of Politico").
JOURNALIST_ROLE_42 = (r"(?:(?:senior|chief|political|national|white\s+house|washington|capitol|investigative|"
                      r"foreign|staff|contributing|managing|executive|deputy|former)\s+){0,2}"
                      r"(?:bureau\s+chief|reporter|correspondent|editor|columnist|journalist|writer|anchor|host|"
                      r"producer|commentator|editor-in-chief)")

def _update(s: Speaker, **fields: object) -> Speaker:
    return s.model_copy(update=fields)


def _each(attributions: list[Attribution], change) -> list[Attribution]:  # type: ignore[no-untyped-def]
    """``change`` applied to every attribution and to each of its ``sources``."""
    out: list[Attribution] = []
    for a in attributions:
        new = change(a)
        sources = [change(s) for s in new.sources]
        if sources != new.sources:
            new = new.model_copy(update={"sources": sources})
        out.append(new)
    return out


def _all(attributions: list[Attribution]) -> Iterator[Speaker]:
    """Every attribution and each of its ``sources``."""
    for a in attributions:
        yield a
        yield from a.sources


def _names_updated(attributions: list[Attribution], names: Container[str | None], types: tuple[str, ...] | None,
                   **fields: object) -> list[Attribution]:
    """Every mention (with a speaker) whose name is one of ``names`` and whose type one of ``types`` (any type where
    None) gets ``fields``: the sources passes' "every mention of the name" step."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.speaker_name not in names or (types is not None and s.source_type not in types):
            return s
        return _update(s, **fields)
    return _each(attributions, change)


def _countries_found(attributions: list[Attribution], found: dict[str, str],
                     types: Container[str | None]) -> list[Attribution]:
    """Every mention (with a speaker, no country yet) whose name ``found`` gives a country and whose type is one of
    ``types`` gets that country."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_country is not None or s.speaker_name not in found \
                or s.source_type not in types:
            return s
        return _update(s, source_country=found[str(s.speaker_name)])
    return _each(attributions, change)


def _phrase(text: str, s: Speaker) -> str:
    assert s.speaker is not None
    return " ".join(text[s.speaker.start:s.speaker.end].split())


def _surname_of(name: str | None) -> str | None:
    return name.split()[-1] if name and " " in name else None


# ------------------------------------------------------------------------------------------ funders


def funded_country_42(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A country given only by a funder's word ("Qatar-funded") replaced (see the module's docstring)."""
    fixed: dict[tuple[str, str], str | None] = {}  # (speaker name, wrong country) -> the country kept

    def scan(s: Speaker) -> None:
        if s.speaker is None or s.source_country is None or not s.speaker_name:
            return
        phrase = _phrase(text, s)
        funders = [m for m in FUNDER_42.finditer(phrase) if table.country_in(m.group("word")) == s.source_country]
        if not funders:
            return
        rest = FUNDER_42.sub(" ", phrase)
        if table.country_in(rest) == s.source_country:
            return  # the country is given again outside the funder's word
        entry = table.find_source(rest)
        country = entry[0].country if entry is not None else table.country_in(rest)
        fixed[(s.speaker_name, s.source_country)] = country

    for a in attributions:
        mentions: list[Speaker] = [a, *a.sources]
        for s in mentions:
            scan(s)
    if not fixed:
        return attributions

    def change(s: Speaker) -> Speaker:
        key = (s.speaker_name or "", s.source_country or "")
        if s.speaker is None or key not in fixed:
            return s
        return _update(s, source_country=fixed[key])

    # a surname mention ("Hamid") that took the full name's country follows it
    by_surname = {(n.split()[-1], c): v for (n, c), v in fixed.items()}

    def change_all(s: Speaker) -> Speaker:
        s = change(s)
        if s.speaker is not None and s.speaker_name and s.source_country is not None and \
                (s.speaker_name.split()[-1], s.source_country) in by_surname and \
                (s.speaker_name, s.source_country) not in fixed:
            return _update(s, source_country=by_surname[(s.speaker_name.split()[-1], s.source_country)])
        return s

    return _each(attributions, change_all)


# ------------------------------------------------------------------------------------------ scriptures


def scripture_report_42(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A scripture that speaks typed ``report`` (see the module's docstring)."""

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type == "report" or not SCRIPTURE_42.fullmatch(_phrase(text, s)):
            return s
        return _update(s, source_type="report", named=True, source_country=None, state_affiliated=False,
                       affiliation=None)

    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ acronyms


def _initials(name: str) -> set[str]:
    """The acronyms a body's name may be written as: initials of its capitalised words, with and without a first
    place word and with the small words ("of") in ("Florida Department of State": FDOS, FDS, DOS, DS)."""
    words = name.replace("-", " ").split()
    out: set[str] = set()
    for skip_first in (False, True):
        part = words[1:] if skip_first else words
        if len(part) < 2:
            continue
        out.add("".join(w[0].upper() for w in part if w.lower() not in _SMALL_42))
        out.add("".join(w[0].upper() for w in part if w not in ("the", "and", "&")))
    return {a for a in out if len(a) >= 2}


def _bodies(attributions: list[Attribution]) -> dict[str, Speaker]:
    """Acronym -> the named body speaking in the article that it abbreviates (only acronyms of one body)."""
    found: dict[str, list[Speaker]] = {}
    for a in attributions:
        mentions: list[Speaker] = [a, *a.sources]
        for s in mentions:
            if s.speaker is None or not s.named or not s.speaker_name or \
                    s.source_type not in ("government", "organization", "media", "academic"):
                continue
            if len(s.speaker_name.split()) < 3:
                continue
            for acr in _initials(s.speaker_name):
                found.setdefault(acr, [])
                if all(b.speaker_name != s.speaker_name for b in found[acr]):
                    found[acr].append(s)
    return {acr: bodies[0] for acr, bodies in found.items() if len(bodies) == 1}


def acronym_body_42(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Staff and officers of a body given by an acronym typed as the body's (see the module's docstring)."""
    bodies = _bodies(attributions)
    if not bodies:
        return attributions
    officers: dict[str, tuple[str, str, str | None]] = {}  # officer's full name -> (full name, type, country)

    def body_of(acr: str) -> Speaker | None:
        if table.find_source(acr) is not None or table.country_in(acr) is not None:
            return None  # an acronym the table knows is its own
        return bodies.get(acr)

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type not in ("person", "organization", "anonymous"):
            return s
        phrase = _phrase(text, s)
        if (staff := STAFF_42.fullmatch(phrase)) is not None and (body := body_of(staff.group("acr"))) is not None:
            return _update(s, source_type=body.source_type, source_country=body.source_country, named=False,
                           speaker_name=None, affiliation=body.speaker_name,
                           state_affiliated=body.state_affiliated)
        if (officer := OFFICER_42.fullmatch(phrase)) is not None and \
                (body := body_of(officer.group("acr"))) is not None:
            kind = "government" if body.source_type == "government" else (
                "media" if body.source_type == "media" else "person")
            name = officer.group("name")
            officers[name] = (name, kind, body.source_country)
            return _update(s, source_type=kind, source_country=body.source_country, named=True, speaker_name=name,
                           affiliation=body.speaker_name)
        return s

    out = _each(attributions, change)
    # an officer named in the text with the acronym but not as a speaker ("X, DOS counsel, asked ...")
    for m in OFFICER_42.finditer(text):
        if m.group("name") not in officers and (body := body_of(m.group("acr"))) is not None:
            kind = "government" if body.source_type == "government" else (
                "media" if body.source_type == "media" else "person")
            officers[m.group("name")] = (m.group("name"), kind, body.source_country)
    if not officers:
        return out
    surnames = {name.split()[-1]: fields for name, fields in officers.items()}

    def follow(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type not in ("person", "politician", "organization") or \
                s.source_country is not None:
            return s
        phrase = _phrase(text, s)
        fields = officers.get(phrase) or surnames.get(phrase)
        if fields is None:
            return s
        name, kind, country = fields
        return _update(s, source_type=kind, source_country=country, named=True, speaker_name=name)

    return _each(out, follow)


# ------------------------------------------------------------------------------------------ journalists


#: What follows the name in ``journalist_apposition_42``'s per-name pattern, alone (round 43, speed44).
JOURNALIST_TAIL_44 = re.compile(rf",\s+(?:the\s+|an?\s+)?{JOURNALIST_ROLE_42}\s+(?:of|at|for|with)"
                                r"\s+(?P<outlet>(?:the\s+|The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})")


def journalist_apposition_42(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A person the text titles a journalist of a listed outlet typed ``media`` (see the module's docstring)."""
    cache: dict[str, tuple[str, str | None, str] | None] = {}
    # round 43 (speed44): a name's pattern matches only where its tail (the comma, the title, the outlet) does;
    # with no tail in the text, no name's pattern is compiled or run
    titled: list[bool] = []

    def outlet_of(name: str) -> tuple[str, str | None, str] | None:
        if name not in cache:
            cache[name] = None
            if not titled:
                titled.append(JOURNALIST_TAIL_44.search(text) is not None)
            if not titled[0]:
                return None
            pattern = re.compile(rf"{re.escape(name)},\s+(?:the\s+|an?\s+)?{JOURNALIST_ROLE_42}\s+(?:of|at|for|with)"
                                 r"\s+(?P<outlet>(?:the\s+|The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})")
            for m in pattern.finditer(text):
                entry = table.find_source(m.group("outlet"))
                if entry is not None and entry[0].type == "media":
                    cache[name] = (name, entry[0].country, entry[0].name)
                    break
        return cache[name]

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "person" or not s.named or not s.speaker_name:
            return s
        if len(s.speaker_name.split()) < 2:
            return s
        found = outlet_of(s.speaker_name)
        if found is None:
            return s
        _, country, outlet = found
        return _update(s, source_type="media", source_country=country or s.source_country, affiliation=outlet)

    return _each(attributions, change)


def sources42_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 42's passes: funders' countries, scriptures, acronyms of bodies, journalists' appositions."""
    out = funded_country_42(text, attributions, table)
    out = scripture_report_42(text, out)
    out = acronym_body_42(text, out, table)
    return journalist_apposition_42(text, out, table)
