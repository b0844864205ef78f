"""Attributions, round 111 (issue 16, branch ``attr111``): the sources (type and country) and records of twenty
fresh short 1987 wire stories' development part (``scripts/attr111/README.md``).

One pass, ``round111_attributions``, registered right after ``lead56_attributions`` in ``extract_attributions``.
Its invented tests are in ``tests/test_attr111.py``. Every rule reads wire stories only (a capitals title line,
round 93's ``_wire_title``).

Sources:

- **A group of states.** "The G-7 reaffirmed ..." was a ``person`` of the story's country, unnamed: a speaker that
  is a group of states by number ("the G-7", "the Group of Five") is ``government`` of no country, named.
- **An economic institute.** "the <ACRONYM> economic institute said" was ``academic`` of no country: an
  institute named by its initials with a lowercase "economic / research institute" is an ``organization`` (the
  older golds' Kiel institute and research institutes), with the story's country or the one country the text
  names when it has none (round 108's ``_one_country`` reading), and so are its other records.
- **An official of no nation.** "A European monetary official said" was ``anonymous``: an unnamed official of a
  monetary, finance, treasury, trade or economic kind is ``government`` (the older golds' "a senior Canadian
  official", "Finance Ministry officials"), of the country the phrase names or none.
- **A broker's spokesman.** "a spokesman for brokers <Name> <Name>" was read as a ``government`` person named by
  the broker's name: a spokesman for brokers, bankers or a firm named after "for" is an unnamed ``organization``
  speaker (the older golds' "a spokesman for <Company>"), and so are his pronoun's records.
- **Company sources.** "company sources said" was an ``organization`` of the story's country: unnamed sources of a
  company or an industry are ``anonymous`` of no country, as the older golds mark "company sources" and "trade
  sources".
- **A US company in a foreign deal.** "<Firm> Corp said it will take a stake in Paris-based <Firm> S.A."
  (title "<FIRM> <TICKER> TO BUY ...") was given France by round 108's ``_not_us`` (a story set in another country
  that never names the US): a company with a US legal form (Corp, Inc, Co) whose name the title gives with a bare
  ticker ("<ABC>", a US listing; foreign listings carry an exchange suffix, "<ABC.PA>") keeps the US, unless the
  body writes the name in brackets ("<Firm Corp> said": no listing of its own; round 108's Canadian case).
- **A misspelt surname.** "Prime Minister <First> <Surname> said ..." then "<Surnmae> told a news conference"
  (the wire spelt the two differently): the bare surname was a second source, a ``person``. A one-word named
  speaker that is an earlier named speaker's surname with two neighbouring letters swapped is that speaker.
- **"It" taken from a content.** "It quoted <Name> as saying ... <City> will continue ..." then "It said ...": the
  pronoun was resolved to the city inside the quoted content, an ``organization`` of the US. A sentence's "It"
  resolved to a mention inside an earlier record's content, to a name no earlier record speaks with, is the
  nearest earlier speaker that is a body (media, organization, government).

Records:

- **A report's statement lost to a noun.** "A <ACRONYM> report added <clause ... the willingness of firms to
  ...>": the parse (a capitalised season inside the clause) gave no record of "added", only one whose cue was
  "willingness" (or none at all): at a sentence's start, "<A / The> [<Name>] report / study / survey added /
  said <clause>" with no record of that verb is one record (the verb, the clause to the sentence's end), typed
  as the body of that name when an earlier speaker is it (else a ``report``); the records inside its clause go.
- **"<Name>, whose <NP>, said <clause>".** "In a filing ..., <Firm>, whose managing partner is <Firm> and Co,
  said it bought ...": no record was made: such a "said" with no record of its own is one (the name, the verb,
  the clause to the sentence's end) when an earlier speaker bears the name, typed as that speaker.
- **A conclusion inside a tag's clause.** "<A>, as speculators concluded <B>, they said": the inner verb gave a
  record of <A> and the tag's "they" was resolved to the speculators: the tag's record runs over <A> and <B> and
  its pronoun is the earlier record's speaker; the inner record goes (the older golds leave nested reports out).
- **"will decide what ...".** "The cabinet is to decide later which goods ... will cover": a decision to come is
  no statement (no older gold has a "decide" record): a record of "decide(s/d)" with a question for content goes.
- **"quoted <Name> as saying <A> and that <B>".** The record's content began at <B> and <A> ("he is optimistic
  about ...") was a record of its own: the content starts right after "as saying" and the inner record goes.
"""

from __future__ import annotations

import re

from ...result import Attribution
from ._shared import landed, with_added
from .round88 import _sentence_bounds
from .round93 import _wire_title
from .round101 import _phrase, _speakers
from .round105 import _record, _sentence_end
from .round108 import Speaker, _story_or_one
from .sources import SourceTable
from .sources42 import _each, _update
from .speakers import country_counts, story_country

#: A group of states by number as a whole speaker: "The G-7", "the Group of Five".
GROUP_SPEAKER_111 = re.compile(r"(?:the\s+)?(?:G-?(?P<n>\d+)|Group\s+of\s+(?P<w>Five|Seven|Ten|Three|Two|\d+))",
                               re.IGNORECASE)
GROUP_NAMES_111 = {"2": "Two", "3": "Three", "5": "Five", "7": "Seven", "10": "Ten"}
#: An institute named by its initials, with a lowercase kind: "the DIW economic institute".
INSTITUTE_111 = re.compile(r"(?:the\s+)?[A-Z][A-Z&-]{1,7}\s+(?:economic(?:s)?\s+(?:research\s+)?|research\s+)"
                           r"institute")
#: An unnamed official of an economic kind: "A European monetary official", "a senior finance official".
OFFICIAL_111 = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:senior|top|high-ranking|leading)\s+)?(?:[A-Z][a-z]+\s+)?"
                          r"(?:monetary|finance|treasury|trade|economic|economics)\s+officials?")
#: A spokesman for a broker or a firm named after "for": "a spokesman for brokers <Name> <Name>".
FIRM_SPOKESMAN_111 = re.compile(r"(?:an?|the)\s+spokes(?:man|woman|person)\s+for\s+(?:(?:the\s+)?(?:brokers?|"
                                r"stockbrokers?|bankers?|brokerage(?:\s+firm)?|broking\s+firm|merchant\s+bank|"
                                r"investment\s+bank|firm)\s+)(?P<org>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})")
#: Unnamed sources of a company or an industry.
COMPANY_SOURCES_111 = re.compile(r"(?:the\s+)?(?:company|industry)\s+sources")
#: A US legal form closing a company's name.
US_FORM_111 = re.compile(r"\b(?:Corp|Inc|Co|Corporation|Incorporated)\.?$")


def _group_of_states(text: str, out: list[Attribution]) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or (s.source_type == "government" and s.source_country is None and s.named):
            return s
        m = GROUP_SPEAKER_111.fullmatch(_phrase(text, s))
        if m is None:
            return s
        word = m.group("w") or GROUP_NAMES_111.get(m.group("n") or "", m.group("n"))
        return _update(s, source_type="government", source_country=None, named=True,
                       speaker_name=f"Group of {word.title() if word.isalpha() else word}")

    return _each(out, change)


def _institutes(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    names = {s.speaker_name for a in out for s in _speakers(a)
             if s.speaker is not None and s.source_type == "academic" and INSTITUTE_111.fullmatch(_phrase(text, s))}
    names.discard(None)
    if not names:
        return out
    country = _story_or_one(text, table)
    return _each(out, lambda s: _update(s, source_type="organization", source_country=s.source_country or country)
                 if s.speaker is not None and s.speaker_name in names else s)


def _officials(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "anonymous":
            return s
        phrase = _phrase(text, s)
        if OFFICIAL_111.fullmatch(phrase) is None:
            return s
        return _update(s, source_type="government", source_country=table.country_in(phrase), named=False)

    return _each(out, change)


def _firm_spokesmen(text: str, out: list[Attribution]) -> list[Attribution]:
    names: set[str | None] = set()
    for a in out:
        for s in _speakers(a):
            if s.speaker is not None and s.source_type in ("government", "politician", "person") and (
                    m := FIRM_SPOKESMAN_111.fullmatch(_phrase(text, s))) is not None:
                names.update({s.speaker_name, m["org"]})
    names.discard(None)
    if not names:
        return out
    return _each(out, lambda s: _update(s, source_type="organization", named=False, speaker_name=None)
                 if s.speaker is not None and s.speaker_name in names else s)


def _company_sources(text: str, out: list[Attribution]) -> list[Attribution]:
    return _each(out, lambda s: _update(s, source_type="anonymous", source_country=None, named=False)
                 if s.speaker is not None and s.source_type in ("organization", "government")
                 and COMPANY_SOURCES_111.fullmatch(_phrase(text, s)) else s)


def _title_ticker_names(text: str) -> list[str]:
    """The names the title gives with a bare ticker ("SARA LEE <SLE> TO BUY ..."): the capitals words before it."""
    title = text.partition("\n")[0]
    return [" ".join(m.group(1).split()) for m in re.finditer(r"((?:[A-Z][A-Z&'.-]*\s+){1,4})<[A-Z]{1,5}>", title)]


def _us_listed(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    story = story_country(text, table)
    if story is None or story == "US" or "US" in country_counts(text, table):
        return out
    titled = _title_ticker_names(text)
    if not titled:
        return out

    def listed(name: str | None) -> bool:
        if not name or US_FORM_111.search(name) is None or f"<{name}" in text:
            return False  # "<Firm Corp> said": the wire's brackets mark a firm with no listing of its own
        bare = US_FORM_111.sub("", name).strip(" ,").upper()
        return any(t == bare or t.endswith(" " + bare) or bare.startswith(t) for t in titled)

    return _each(out, lambda s: _update(s, source_country="US")
                 if s.speaker is not None and s.source_type == "organization" and s.source_country == story
                 and listed(s.speaker_name) else s)


def _swapped(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring letters swapped ("Calrsson", "Carlsson")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _speak_as(out: list[Attribution], fix: dict[int, Attribution], resolved: bool = False) -> list[Attribution]:
    """Each record of ``fix`` (by id) spoken by the speaker given there: its name, type, country (and mention)."""
    if not fix:
        return out
    res = []
    for a in out:
        b = fix.get(id(a))
        if b is not None:
            update: dict[str, object] = {"speaker_name": b.speaker_name, "source_type": b.source_type,
                                         "source_country": b.source_country, "state_affiliated": b.state_affiliated}
            if resolved:
                update["resolved_from"] = b.speaker
            a = a.model_copy(update=update)
        res.append(a)
    return res


def _misspelt_surnames(text: str, out: list[Attribution]) -> list[Attribution]:
    ordered = sorted(out, key=lambda a: a.speaker.start if a.speaker is not None else a.content.start)
    fix: dict[int, Attribution] = {}
    for i, a in enumerate(ordered):
        if a.speaker is None or not a.named or not re.fullmatch(r"[A-Z][a-z]{3,}", _phrase(text, a)):
            continue
        word = _phrase(text, a)
        earlier = next((b for b in reversed(ordered[:i]) if b.speaker is not None and b.named and b.speaker_name
                        and len(b.speaker_name.split()) > 1 and _swapped(word, b.speaker_name.split()[-1])), None)
        if earlier is not None:
            fix[id(a)] = earlier
    return _speak_as(out, fix)


def _it_from_content(text: str, out: list[Attribution]) -> list[Attribution]:
    ordered = sorted(out, key=lambda a: a.speaker.start if a.speaker is not None else a.content.start)
    fix: dict[int, Attribution] = {}
    for i, a in enumerate(ordered):
        if a.speaker is None or a.resolved_from is None or _phrase(text, a).lower() != "it" or a.sources:
            continue
        pos = a.resolved_from.start
        earlier = ordered[:i]
        if not any(b.content.start <= pos < b.content.end for b in earlier) or any(
                b.speaker_name == a.speaker_name for b in earlier):
            continue
        body = next((b for b in reversed(earlier) if b.speaker is not None and b.named and b.speaker_name
                     and b.source_type in ("media", "organization", "government")), None)
        if body is not None:
            fix[id(a)] = body
    return _speak_as(out, fix, resolved=True)


#: A report's statement at a sentence's start: "A <NAME> report added <clause>".
REPORT_SAYS_111 = re.compile(r"(?P<subj>(?:An?|The|Its)\s+(?:(?P<name>[A-Z][\w&.-]*)\s+)?(?:report|study|survey))\s+"
                             r"(?P<cue>added|said|says|noted|stated)\s+(?:that\s+)?(?=[a-z\"A-Z])")
#: A subordinate conjunction before an inner speaker: "<A>, as speculators concluded <B>".
INNER_BEFORE_111 = re.compile(r",?\s+(?:as|because|after|when|since)\s+$")
#: A decision to come: "will decide", "decided".
DECIDE_111 = re.compile(r"(?:will\s+|to\s+)?decided?s?", re.IGNORECASE)
QUESTION_111 = re.compile(r"(?:what|when|whether|how|which|who|if|where)\b", re.IGNORECASE)


def _cue_text(text: str, a: Attribution) -> str:
    return "" if a.cue is None else " ".join(text[a.cue.start:a.cue.end].split())


def _inside(a: Attribution, start: int, end: int) -> bool:
    first = a.speaker.start if a.speaker is not None else a.content.start
    return start <= min(first, a.content.start) and a.content.end <= end + 1


def _report_statements(text: str, out: list[Attribution]) -> list[Attribution]:
    cues = {a.cue.start for a in out if a.cue is not None}
    added: list[Attribution] = []
    drop: set[int] = set()
    for m in REPORT_SAYS_111.finditer(text):
        start, _ = _sentence_bounds(text, m.start())
        if start != m.start() or m.start("cue") in cues:
            continue
        end = _sentence_end(text, m.end())
        inner = [a for a in out if _inside(a, m.end(), end)]
        if end - m.end() < 20:
            continue
        name = m.group("name")
        body = next((a for a in out if name and a.speaker is not None and a.speaker.start < m.start()
                     and (a.speaker_name or "").split()[:1] == [name]), None)
        typed: dict[str, object] = (
            {"speaker_name": body.speaker_name, "source_type": body.source_type, "source_country": body.source_country,
             "named": body.named, "state_affiliated": body.state_affiliated} if body is not None else
            {"speaker_name": " ".join(m.group("subj").split()[1:]), "source_type": "report", "named": False})
        added.append(_record("indirect", m.span("subj"), m.span("cue"), (m.end(), end), typed))
        drop.update(id(a) for a in inner)
    if not added:
        return out
    return sorted([a for a in out if id(a) not in drop] + added, key=lambda a: (a.content.start, a.content.end))


#: "<Name>, whose <NP>, said": a relative aside between a name and its verb.
WHOSE_ASIDE_111 = re.compile(r"(?P<subj>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),\s+whose\s+[^,;]{3,80},\s+"
                             r"(?P<cue>said|told\s+Reuters)\s+(?:that\s+)?(?=[a-zA-Z\"])")


def _whose_asides(text: str, out: list[Attribution]) -> list[Attribution]:
    cues = {a.cue.start for a in out if a.cue is not None}
    added: list[Attribution] = []
    for m in WHOSE_ASIDE_111.finditer(text):
        if m.start("cue") in cues:
            continue
        first = m.group("subj").split()[0]
        body = next((a for a in out if a.speaker is not None and a.speaker.start < m.start() and a.named
                     and (a.speaker_name or "").split()[:1] == [first]), None)
        end = _sentence_end(text, m.end())
        if body is None or any(_inside(a, m.end(), end) for a in out) or end - m.end() < 10:
            continue
        added.append(_record("indirect", m.span("subj"), m.span("cue"), (m.end(), end), {
            "speaker_name": body.speaker_name, "source_type": body.source_type, "source_country": body.source_country,
            "named": body.named, "state_affiliated": body.state_affiliated}))
    return with_added(out, added)


def _inner_conclusions(text: str, out: list[Attribution]) -> list[Attribution]:
    res = list(out)
    for tag in out:
        if tag.speaker is None or tag.cue is None or tag.content.end > tag.speaker.start or tag.sources:
            continue
        inner = next((a for a in out if a is not tag and a.speaker is not None and a.cue is not None
                      and a.content.end <= a.speaker.start and a.cue.end <= tag.content.start
                      and re.fullmatch(r"\s*(?:that\s+)?", text[a.cue.end:tag.content.start]) is not None
                      and INNER_BEFORE_111.search(text[a.content.end:a.speaker.start]) is not None
                      and text[a.speaker.end:a.cue.start].strip() == ""), None)
        if inner is None or inner.speaker is None or inner not in res:
            continue
        fields: dict[str, object] = {"content": tag.content.model_copy(update={"start": inner.content.start}),
                                     "start": min(tag.start, inner.content.start)}
        if tag.resolved_from is not None and inner.speaker.start <= tag.resolved_from.start < inner.speaker.end:
            before = next((b for b in sorted(out, key=lambda b: -b.content.start)
                           if b is not inner and b is not tag and b.content.end <= inner.content.start
                           and b.speaker is not None), None)
            if before is not None:
                fields.update({"speaker_name": before.speaker_name, "source_type": before.source_type,
                               "source_country": before.source_country, "named": before.named,
                               "state_affiliated": before.state_affiliated, "resolved_from": before.speaker})
        res = [tag.model_copy(update=fields) if a is tag else a for a in res if a is not inner]
    return res


def _decisions(text: str, out: list[Attribution]) -> list[Attribution]:
    return [a for a in out if not (DECIDE_111.fullmatch(_cue_text(text, a))
                                   and QUESTION_111.match(text, a.content.start))]


def _quoted_as_saying(text: str, out: list[Attribution]) -> list[Attribution]:
    res = list(out)
    for a in out:
        if a.cue is None or not _cue_text(text, a).endswith("as saying") or a.content.start <= a.cue.end + 1:
            continue
        between = text[a.cue.end:a.content.start]
        if re.fullmatch(r"\s+\S.*\s+and\s+(?:that\s+)?", between, re.DOTALL) is None:
            continue
        start = a.cue.end + len(between) - len(between.lstrip())
        new = a.model_copy(update={"content": a.content.model_copy(update={"start": start})})
        res = [new if b is a else b for b in res if b is a or not _inside(b, start, a.content.end)]
    return res


def round111_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 111's rules, as the module's notes say."""
    if not _wire_title(text):
        return attributions
    out = _whose_asides(text, _report_statements(text, attributions))
    out = _quoted_as_saying(text, _decisions(text, _inner_conclusions(text, out)))
    out = _group_of_states(text, out)
    out = _institutes(text, out, table)
    out = _officials(text, out, table)
    out = _firm_spokesmen(text, out)
    out = _company_sources(text, out)
    out = _us_listed(text, out, table)
    out = _it_from_content(text, _misspelt_surnames(text, out))
    return landed(out, attributions, ordered=False)


__all__ = ["round111_attributions"]
