"""Attributions, round 104 (issue 16, branch ``attr104``): records and speakers of seven fresh 1987 wire stories'
development part (``scripts/attr104/README.md``): a UN agency's grain outlook, a USDA supply table, two US wheat
groups' letter, a Philippine planning secretary on the peso, a railroad's appeal, two results tables; and the lead's
open leads of round 54 (a merchant bank named by its partners, the G-7's member list, "Company sources ...", a
statistics department and a union with no country).

One pass, ``round104_attributions``, called last in ``extract_attributions`` (after ``lead54_attributions``). Its
invented tests are in ``tests/test_attr104.py``.

Records (wire stories only: a capitalised title line, round 93's ``_wire_title``):

- **A passive with no source.** "World <stocks> were forecast to rise ..." gave a record with no speaker; the wire
  golds mark no sourceless "were forecast / expected / predicted / projected / estimated" (attr100 to attr103's
  convention; the lee golds, which keep them, are no wire stories): such a record is dropped.
- **Acts that are no reports.** "The <Department> detailed <data> ... as follows", "The <board> had ordered the
  company to divest ...", "If the <board> decides not to reopen ...", "The <board> had rejected ... the merger" gave
  records; every wire gold leaves "detailed <NP>", "ordered <NP> to", "decided / decides to" and "rejected" out
  (real100's supply table, real101, real103, real93): "detailed" and "rejected" records are dropped unless their
  content is a "that" / "how" / "whether" clause, "ordered" and "decided" ones when their content is an infinitive
  (real51's "<Name> has decided there must be ..." stays: a clause).
- **"<Name> has said <clause> and wants <NP> to <VP>".** The second verb made a second record ("wants") of the
  first one's speaker: it joins that record's content.

Speakers:

- **A cabinet secretary.** "Economic Planning Secretary <Name>", "Finance Secretary <Name>" (a Philippine
  cabinet) were typed ``person`` with every "<Surname> said" and "she said" after them: a named ``person`` whose
  phrase holds "<Portfolio> Secretary" (round 85 reads the US departments only, round 102 "Minister") is
  ``government``, state-affiliated; the records that carry the same name follow.
- **A quotation with no tag** after "She said ..." took another speaker's name though its speaker span is that
  record's "She": on wire, a record with no cue whose speaker span is another record's "he" / "she" takes that
  record's speaker fields (a news page's untagged quotation given its speaker's full name keeps it: PolNeAR).
- **A group's anaphor.** "two U.S. wheat organizations" had the US, "the two organizations", "they", "the
  organizations" after it none: an unnamed ``organization`` with no country whose head noun is an earlier unnamed
  organization's takes its country.
- **The heads of trade bodies.** "the president of <a growers' association>, <its initials>, and the chairman of
  <X> Associates" was typed ``government``: an unnamed ``government`` speaker "the <head> of" a trade association
  (Association, Associates, Growers, Producers, Exporters, ...) with no state word is an ``organization``, not
  state-affiliated (attr102's unnamed leaders of a business body).
- **A member list** (the lead's lead). "G-5 members <Country>, <Country>, ... And <Country> said" was typed
  ``person`` of the first country: a speaker named by a list of two or more countries is ``government`` with no
  country (attr91's "<Country> and <Country>", attr101's "G20 members"), unnamed.
- **A firm by its kind** (the lead's lead). "Merchant bank <Name>, <Name> en <Name> - ... - said" was typed
  ``person`` (the partners' names), and "<Name> said" after it: a ``person`` whose phrase opens with a firm's kind
  ("merchant bank", "investment bank", "brokerage", "insurer") is an ``organization``, and the records that carry
  the same name follow (attr102's legal forms).
- **Company sources** (the lead's lead). "Company sources currently in talks with <Country>" was typed ``person``
  of that country: unnamed "company / industry / trade / market / shipping / oil ... sources" are ``anonymous``,
  no country (the wire golds' "trade sources", "monetary sources").
- **A national body with no country** (the lead's lead; real103's development errors). "the Statistics
  Department" and a union ("The FNV", "the port and transport union, FNV") were given no country on wire: a
  statistics office typed ``government`` and a union typed ``organization``, with no country, on wire, take the wire
  title's country, else the story's one country (``story_country``, or the only country the text names).
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round93 import _wire_title
from .round101 import _phrase
from .round102 import STATE_WORDS_102, _follow
from .round103 import _cue
from .sources import SourceTable
from .sources42 import _each, _update
from .speakers import country_counts, story_country

#: Verbs of a sourceless passive forecast ("were forecast to rise").
PASSIVE_CUES_104 = frozenset({"forecast", "predicted", "projected", "expected", "estimated"})
PASSIVE_BE_104 = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: Acts the wire golds never mark as reports.
ACTS_104 = frozenset({"detailed", "rejected", "rejects"})
#: ... and those the golds leave out with an infinitive ("ordered <NP> to", "decides not to").
INFINITIVE_ACTS_104 = frozenset({"ordered", "orders", "decides", "decided"})
CLAUSE_104 = re.compile(r"(?:that|how|what|why|whether|when|where)\b", re.IGNORECASE)
#: A cabinet portfolio before "Secretary".
SECRETARY_104 = re.compile(
    r"(?<!former )(?<!ex-)\b(?:(?:Economic|Economy|Finance|Financial|Budget|Foreign|Home|Trade|Industry|Agriculture|"
    r"Agrarian|Justice|Defen[cs]e|Energy|Labou?r|Health|Education|Interior|Planning|Transport|Transportation|"
    r"Treasury|Commerce|Environment|Information|Tourism|Public\s+Works|Natural\s+Resources|Social\s+Welfare|"
    r"Cabinet|Permanent)\s+){1,2}Secretary\b(?![- ]General)")
#: "the <two> organizations", "they": a group's anaphor.
GROUP_ANAPHOR_104 = re.compile(r"(?:[Tt]he\s+)?(?:(?:two|three|four|both|several)\s+)?(?P<head>[a-z]+s)|[Tt]hey")
#: "the president of <a trade body>".
HEAD_OF_104 = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:vice\s+)?(?:president|chairman|chairwoman|head|director|chief|"
                         r"leaders?)\s+of\b")
TRADE_BODY_104 = re.compile(r"\b(?:Associations?|Associates|Growers|Producers|Exporters|Importers|Millers|"
                            r"Processors|Shippers|Refiners)\b")
#: "Merchant bank <Name>": a firm named after its kind.
FIRM_KIND_104 = re.compile(r"(?:[Mm]erchant|[Ii]nvestment|[Cc]ommercial|[Ss]avings|[Pp]rivate)\s+bank\s+[A-Z]|"
                           r"(?:[Bb]rokerage(?:\s+(?:house|firm))?|[Ss]tockbrok(?:er|ing)\s+firm|[Ii]nsurer)\s+[A-Z]")
#: "Company sources (currently in talks with <Country>)".
MARKET_SOURCES_104 = re.compile(r"(?:(?:[Tt]he|[Ss]ome|[Oo]ther)\s+)?(?:[Cc]ompany|[Ii]ndustry|[Tt]rade|[Mm]arket|"
                                r"[Ss]hipping|[Bb]anking|[Oo]il|[Gg]rain|[Cc]ommodity|[Ff]inancial)\s+sources\b.*")
#: A statistics office.
STATISTICS_104 = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:Statistics|Statistical|Census)\s+(?:Department|"
                            r"Office|Bureau|Institute|Service|Board)|(?:[Tt]he\s+)?(?:Department|Office|Bureau)\s+of\s+"
                            r"(?:[A-Z][a-z]+\s+)?Statistics")


def _dropped(text: str, a: Attribution) -> bool:
    """The module's first two record rules (wire stories)."""
    cue = _cue(text, a)
    if a.speaker is None and a.cue is not None and cue in PASSIVE_CUES_104 and \
            PASSIVE_BE_104.search(text, 0, a.cue.start):
        return True
    first = cue.split()[0] if cue else ""
    content = text[a.content.start:a.content.end].lstrip()
    if first in INFINITIVE_ACTS_104:
        return bool(re.match(r"(?:not\s+)?to\b", content))  # "decided there must be ..." stays (a clause)
    return first in ACTS_104 and not CLAUSE_104.match(content)


def _and_wants(text: str, out: list[Attribution]) -> list[Attribution]:
    """"<X> has said <clause> and wants <NP> to <VP>": the "wants" record joins the first one's content."""
    res = list(out)
    for w in list(res):
        if _cue(text, w) not in {"wants", "want", "wanted"} or w.speaker is None or w.cue is None:
            continue
        for i, p in enumerate(res):
            if p is w or p.cue is None or p.speaker is None or (p.speaker.start, p.speaker.end) != (
                    w.speaker.start, w.speaker.end) or p.content.end > w.cue.start:
                continue
            if re.fullmatch(r"\s*,?\s*and\s*", text[p.content.end:w.cue.start]):
                content = p.content.model_copy(update={"end": max(p.content.end, w.content.end)})
                res[i] = p.model_copy(update={"content": content})
                res = [a for a in res if a is not w]
                break
    return res


def _secretary(text: str, out: list[Attribution]) -> list[Attribution]:
    res = out
    for a in out:
        if a.speaker is None or not a.named or a.source_type != "person" or not a.speaker_name:
            continue
        if SECRETARY_104.search(_phrase(text, a)):
            res = _follow(res, a.speaker_name, source_type="government", state_affiliated=True)
    return res


def _untagged(text: str, out: list[Attribution]) -> list[Attribution]:
    """A record with no cue whose speaker span is a tagged record's pronoun takes that record's speaker fields."""
    tagged = {(a.speaker.start, a.speaker.end): a for a in out if a.cue is not None and a.speaker is not None and
              _phrase(text, a).lower() in {"he", "she"}}
    res = []
    for a in out:
        t = tagged.get((a.speaker.start, a.speaker.end)) if a.cue is None and a.speaker is not None else None
        if t is not None and t.speaker_name != a.speaker_name:
            a = _update(a, speaker_name=t.speaker_name, source_type=t.source_type,  # type: ignore[assignment]
                        source_country=t.source_country, named=t.named, state_affiliated=t.state_affiliated)
        res.append(a)
    return res


def _group_country(text: str, out: list[Attribution]) -> list[Attribution]:
    """An unnamed organisation's anaphor with no country takes the country of the earlier group of its head noun."""
    groups = sorted(((a.speaker.start, (a.speaker_name or "").split()[-1].lower(), a.source_country) for a in out
                     if a.speaker is not None and not a.named and a.source_type == "organization" and
                     a.source_country and a.speaker_name), key=lambda g: g[0])
    if not groups:
        return out

    def change(a: Attribution) -> Attribution:
        if a.speaker is None or a.named or a.source_type != "organization" or a.source_country is not None or \
                not a.speaker_name or not GROUP_ANAPHOR_104.fullmatch(_phrase(text, a)):
            return a
        head = a.speaker_name.split()[-1].lower()
        before = [g for g in groups if g[0] < a.speaker.start and g[1] == head]
        return _update(a, source_country=before[-1][2]) if before else a  # type: ignore[return-value]
    return _each(out, change)


def _trade_heads(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.named or a.source_type != "government":
        return a
    phrase = _phrase(text, a)
    if HEAD_OF_104.match(phrase) and TRADE_BODY_104.search(phrase) and not STATE_WORDS_102.search(phrase):
        return _update(a, source_type="organization", state_affiliated=False)  # type: ignore[return-value]
    return a


def _member_list(table: SourceTable, a: Attribution) -> Attribution:
    if a.speaker is None or a.source_type not in {"person", "organization"} or not a.speaker_name:
        return a
    items = [re.sub(r"^(?:the|The)\s+", "", i.strip()) for i in re.split(r",|\b[Aa]nd\b", a.speaker_name)]
    items = [i for i in items if i]
    if len(items) < 2 or not all(table.country_in(i) for i in items):
        return a
    return _update(a, source_type="government", source_country=None,  # type: ignore[return-value]
                   state_affiliated=True, named=False)


def _firm_kind(text: str, out: list[Attribution]) -> list[Attribution]:
    res = out
    for a in out:
        if a.speaker is not None and a.source_type == "person" and a.speaker_name and \
                FIRM_KIND_104.match(_phrase(text, a)):
            res = _follow(res, a.speaker_name, source_type="organization", state_affiliated=False)
    return res


def _market_sources(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.named or a.source_type not in {"person", "anonymous"}:
        return a
    if MARKET_SOURCES_104.fullmatch(_phrase(text, a)) and (a.source_type == "person" or a.source_country):
        return _update(a, source_type="anonymous", source_country=None,  # type: ignore[return-value]
                       state_affiliated=False)
    return a


def _union_of(text: str, a: Attribution) -> bool:
    phrase = _phrase(text, a)
    if re.search(r"\b[Uu]nions?\b", phrase):
        return True
    name = re.escape(a.speaker_name or phrase)
    return bool(re.search(rf"\b[Uu]nion,\s+(?:the\s+)?{name}\b|\b{name}\s+(?:trade\s+)?[Uu]nion\b", text))


def _national_body(text: str, table: SourceTable, out: list[Attribution]) -> list[Attribution]:
    """A statistics office or a union with no country takes the wire title's country, else the story's."""
    wanted = [a for a in out if a.speaker is not None and a.source_country is None and (
        (a.source_type == "government" and STATISTICS_104.fullmatch(_phrase(text, a))) or
        (a.source_type == "organization" and _union_of(text, a)))]
    if not wanted:
        return out
    title = text.partition("\n")[0]
    counts = country_counts(text, table)
    country = table.country_in(title.title()) or story_country(text, table) or (
        next(iter(counts)) if len(counts) == 1 else None)
    if not country:
        return out
    keys = {(a.speaker.start, a.speaker.end) for a in wanted if a.speaker is not None}
    names = {a.speaker_name for a in wanted if a.speaker_name}

    def change(a: Attribution) -> Attribution:
        if a.source_country is not None or a.source_type not in {"government", "organization"}:
            return a
        span = (a.speaker.start, a.speaker.end) if a.speaker is not None else None
        if span not in keys and a.speaker_name not in names:
            return a
        return _update(a, source_country=country)  # type: ignore[return-value]
    return _each(out, change)


def round104_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 104's rules, as the module's notes say."""
    out = attributions
    wire = _wire_title(text)
    if wire:
        out = [a for a in out if not _dropped(text, a)]
        out = _and_wants(text, out)
    out = _secretary(text, out)
    if wire:
        out = _untagged(text, out)
    out = _group_country(text, out)
    out = _each(out, lambda s: _trade_heads(text, s))
    out = _each(out, lambda s: _member_list(table, s))
    out = _firm_kind(text, out)
    out = _each(out, lambda s: _market_sources(text, s))
    return _national_body(text, table, out) if wire else out
