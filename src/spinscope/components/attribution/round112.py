"""Attributions, round 112 (issue 16, branch ``attr112``): the records and sources of twenty fresh short 1987 wire
stories' development part (``scripts/attr112/README.md``), and one of round 56's leads.

One pass, ``round112_attributions``, registered right after ``lead57_attributions`` in ``extract_attributions``.
Its invented tests are in ``tests/test_attr112.py``. Every rule reads wire stories only (a capitals title line,
round 93's ``_wire_title``).

Records:

- **A withheld figure.** "<A> and <B> did not disclose the price yesterday" was a record (cue "disclose", content
  "the price yesterday"): lead 57's negated-cue rule keeps a content that follows its cue directly. A negated
  "disclose / reveal / elaborate / specify" whose content is not a "that" clause is no statement (no older gold
  counts one: "did not disclose details", "<Bank> did not disclose a forecast ...").
- **Hedges.** "<Firm> seemed to back out of a merger" and "<Brand> is known for its shoes" were records of no
  speaker (cues "seemed", "known"): on wire, a record of no speaker whose cue is "seem(s/ed)", "appear(s/ed)" or
  "known" is dropped (the older wire golds have none; the Lee golds' speakerless "it seems" stay: not wire).
- **"confirmed what <X> told Reuters"** (round 56's lead). "The one-sentence statement from <Firm>'s headquarters
  confirmed what its brokers told Reuters" was a record (cue "confirmed", content "what ..."): a confirmation of
  what others said is no statement of its own (attr110's gold leaves it out; the older golds' "confirmed" records,
  five, all have a "that" clause or a "to <NP> that" clause: none has a "what" object). Dropped.
- **A forecast's figure.** "The average forecast called for a <figure> rise" was a record of a ``report``: a speaker
  that is a forecast or an estimate ("The average forecast") with the cue "call(s/ed) for" is no statement (the
  forecast is a number the story reports, not a voice).
- **"<Surname> forecast <NP>".** "<Name>, an analyst, issued ...", then "<Surname> forecast earnings of ...": no
  record. At a sentence's start, the surname of an earlier named person speaker followed by "forecast(s) /
  predicted / projected / estimated" and an object, with no record of that verb, is one record (the verb, the rest
  of the sentence), typed as that speaker (the older golds' "The study forecast a decline ...", real107).
- **A quotation after the speaker's sentence.** "<Surname> previously had a sell recommendation. "We're looking at
  ..."": the quotation's record had no speaker. A speakerless quotation right after a sentence that starts with an
  earlier named person speaker's surname (in the same paragraph) is that speaker's, the surname its source (the
  older golds' cue-less quotations: real91, real104).

Sources:

- **A bracketed company.** "<Whim Creek Consolidated NL> said" and "<Firm> SA, a subsidiary of <Group>, said" were
  ``person`` speakers: a speaker typed ``person`` that the body writes in the wire's company brackets ("<Name"),
  whose name ends in a legal form, or whose phrase is "<Name>, a subsidiary / unit / division / affiliate of ..."
  is an ``organization``, and so are its other records.
- **A bare spokesman.** "A spokesman said" after a company's record was a ``person`` of its country: an unnamed
  bare "a / the spokesman" is of the type and country of the nearest earlier named body (organization or
  government), unnamed (the older golds' "a spokesman" ``organization`` CA and DE, "The spokesman" ``government``
  CA after a board).
- **A hyphenated company's first word.** "Chesebrough said" after "Chesebrough-Pond's Inc said" was a ``person``:
  a one-word named speaker that is the first part of an earlier organization speaker's name before a hyphen or a
  blank is that speaker.
- **A central bank by its short name.** "the National Bank said" in a story that names the "Swiss National Bank"
  was an ``organization``: a "National Bank" speaker whose full name "<Nationality> National Bank" the story gives
  is ``government`` of that country, named by the full name.
- **A state statistics body.** "the State Statistics Institute said" was ``academic`` of no country: a state,
  national, central or federal statistics institute / office / bureau is ``government`` of the country its phrase
  names, else the story's (round 111's reading), as the older golds' "the Statistics Department" (NZ).
- **A company's acronym.** "Petroleos Mexicanos (PEMEX) said", then "Pemex said": the short name had no country. A
  speaker whose phrase is the acronym an earlier speaker's phrase gives in parentheses is that speaker.
- **"<A> and <B> Holdings Inc".** The company was named "McAndrews", its first word, in every record: an
  organization speaker whose phrase is "<Name> and <Name> ... <legal form>" and whose name is only the part before
  "and" is named by the whole phrase, and so are the records of that name.
- **Polled economists.** "Economists polled by Reuters" was ``media`` of GB: people "polled / surveyed by" a news
  agency are ``anonymous`` of no country, unnamed (the older golds' "economists", "analysts").
- **A tag's "it" found in its own content.** "<Firm> will hold 44 pct ..., while <Other> will hold 27 pct, it said"
  resolved "it" to a company inside its own content: such a pronoun is the nearest earlier named body speaker.
- **A state institute's president** (round 56's lead). "President of the <Nation> Coffee Institute (<initials>) <Name>"
  was a ``person`` (a Colombian one ``academic``): a president, chairman, head or director "of the <Nationality>
  <commodity> Institute" (coffee, cocoa, sugar ...; not an American one, a trade group) is
  ``government`` of that nationality's country, as both older golds mark such men (real105's Costa Rican Coffee
  Institute, real110's Brazilian one), and so are the records of his name.
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from ._shared import landed, with_added
from .lead57 import NEGATED_CUE_L57
from .round88 import _sentence_bounds
from .round93 import _wire_title
from .round101 import _phrase, _speakers
from .round105 import _record, _sentence_end
from .round108 import Speaker
from .round111 import _cue_text, _speak_as, _story_or_one
from .sources import SourceTable
from .sources42 import _each, _update

WITHHELD_112 = re.compile(r"disclosed?|revealed?|elaborated?|specified|specify")
HEDGE_112 = re.compile(r"(?:seem|appear)(?:s|ed)?|known", re.IGNORECASE)
FORECAST_SPEAKER_112 = re.compile(r"(?:the|an?)\s+(?:(?:average|consensus|median|mean)\s+)?"
                                  r"(?:forecast|estimate|projection)s?", re.IGNORECASE)
CONFIRM_112 = re.compile(r"confirm(?:s|ed)?")
CALLS_FOR_112 = re.compile(r"call(?:s|ed)?\s+for")
FORECAST_VERB_112 = r"(?:forecasts?|predicted|projected|estimated)"
LEGAL_FORM_112 = re.compile(r"\b(?:NL|Pty|Ltd|Plc|PLC|SA|S\.A\.|AG|NV|N\.V\.|Inc|Corp|Co|Holdings|Group)\.?$")
SUBSIDIARY_112 = re.compile(r"(?P<name>[A-Z][^,]{1,60}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:subsidiary|unit|division|affiliate|arm)\s+of\b.*", re.DOTALL)
BARE_SPOKESMAN_112 = re.compile(r"(?:an?|the)\s+spokes(?:man|woman|person)", re.IGNORECASE)
NATIONAL_BANK_112 = re.compile(r"(?:the\s+)?National\s+Bank")
STATISTICS_112 = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:State|National|Central|Federal)\s+(?:Statistics|"
                            r"Statistical)\s+(?:Institute|Office|Bureau|Service|Department|Administration|Agency)")
AND_COMPANY_112 = re.compile(r"(?P<first>[A-Z][\w'’.-]*)\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
POLLED_112 = re.compile(r"(?:[\w-]+\s+){0,3}(?:economists|analysts|dealers|traders|bankers|executives|people)\s+"
                        r"(?:polled|surveyed|questioned|interviewed)\s+by\s+(?:Reuters|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)",
                        re.IGNORECASE)
DESCRIBED_FIRM_112 = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,3}(?:maker|producer|manufacturer|retailer|company|firm|"
                                r"group|concern|insurer|lender)(?:\s+of\s+.*)?", re.DOTALL)
ACQUIRED_ASIDE_112 = re.compile(r",\s+(?:(?:recently|newly|since|now|formerly)\s+)?(?:acquired|owned|controlled|bought)"
                                r"\s+by\b.*$", re.DOTALL)
INSTITUTE_HEAD_112 = re.compile(r"(?:the\s+)?(?:[Pp]resident|[Cc]hairman|[Hh]ead|[Dd]irector)\s+of\s+the\s+"
                                r"(?P<adj>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:Coffee|Cocoa|Sugar|Cotton|Rubber|Tea|"
                                r"Rice|Wheat|Grain|Tobacco|Coconut)\s+Institute\b")


# ------------------------------------------------------------------------------------------ records


def _withheld(text: str, a: Attribution) -> bool:
    if a.cue is None or WITHHELD_112.fullmatch(_cue_text(text, a)) is None:
        return False
    if NEGATED_CUE_L57.search(text, max(0, a.cue.start - 16), a.cue.start) is None:
        return False
    return re.match(r"that\b", text[a.content.start:a.content.start + 5]) is None


def _hedge(text: str, a: Attribution) -> bool:
    return a.speaker is None and a.cue is not None and HEDGE_112.fullmatch(_cue_text(text, a)) is not None


def _confirmed_what(text: str, a: Attribution) -> bool:
    return (a.cue is not None and CONFIRM_112.fullmatch(_cue_text(text, a)) is not None
            and re.match(r"what\b", text[a.content.start:a.content.start + 5]) is not None)


def _forecast_figure(text: str, a: Attribution) -> bool:
    return (a.speaker is not None and a.cue is not None and CALLS_FOR_112.fullmatch(_cue_text(text, a)) is not None
            and FORECAST_SPEAKER_112.fullmatch(_phrase(text, a)) is not None)


def _people_by_surname(text: str, out: list[Attribution]) -> dict[str, Attribution]:
    """The earlier named person speakers, by the last word of their name (first record of each)."""
    found: dict[str, Attribution] = {}
    for a in sorted(out, key=lambda a: a.start):
        if a.speaker is not None and a.named and a.source_type == "person" and a.speaker_name:
            words = a.speaker_name.split()
            if len(words) > 1 and re.fullmatch(r"[A-Z][a-z'’-]{2,}", words[-1]):
                found.setdefault(words[-1], a)
    return found


def _typed_as(b: Attribution) -> dict[str, object]:
    return {"speaker_name": b.speaker_name, "source_type": b.source_type, "source_country": b.source_country,
            "named": b.named, "state_affiliated": b.state_affiliated}


def _surname_forecasts(text: str, out: list[Attribution]) -> list[Attribution]:
    people = _people_by_surname(text, out)
    if not people:
        return out
    cues = {a.cue.start for a in out if a.cue is not None}
    added: list[Attribution] = []
    pattern = re.compile(r"(?P<subj>" + "|".join(map(re.escape, people)) + r")\s+(?P<cue>" + FORECAST_VERB_112
                         + r")\s+(?=[a-z0-9])")
    for m in pattern.finditer(text):
        start, _ = _sentence_bounds(text, m.start())
        b = people[m.group("subj")]
        if start != m.start() or m.start("cue") in cues or b.speaker is None or b.speaker.start > m.start():
            continue
        end = _sentence_end(text, m.end())
        if end - m.end() < 10:
            continue
        added.append(_record("indirect", m.span("subj"), m.span("cue"), (m.end(), end), _typed_as(b)))
    return with_added(out, added)


def _quotes_after_surname(text: str, out: list[Attribution]) -> list[Attribution]:
    people = _people_by_surname(text, out)
    if not people:
        return out
    res = []
    for a in out:
        if a.speaker is None and a.cue is None and a.kind == "direct":
            para = text.rfind("\n", 0, a.content.start) + 1
            before = text[para:a.content.start]
            sent = re.search(r"(?:^|(?<=[.!?]\s))(?P<who>[A-Z][a-z'’-]{2,})\s+[a-z][^.!?\"“”]*[.!?]\s*[\"“]?$", before)
            b = people.get(sent.group("who")) if sent is not None else None
            if sent is not None and b is not None and b.speaker is not None and b.speaker.start < para + sent.start():
                s0, s1 = para + sent.start("who"), para + sent.end("who")
                span = Span(start=s0, end=s1, label="speaker", score=a.score, evidence=f"{a.evidence}:round112")
                a = a.model_copy(update={**_typed_as(b), "speaker": span, "start": min(a.start, s0)})
        res.append(a)
    return res


# ------------------------------------------------------------------------------------------ sources


def _companies(text: str, out: list[Attribution]) -> list[Attribution]:
    names: dict[str, str] = {}
    for a in out:
        for s in _speakers(a):
            if s.speaker is None or s.source_type not in ("person", "government") or not s.speaker_name:
                continue
            sub = SUBSIDIARY_112.fullmatch(_phrase(text, s))
            if sub is not None:
                names[s.speaker_name] = sub.group("name")
            elif s.source_type == "person" and (f"<{s.speaker_name}" in text or LEGAL_FORM_112.search(s.speaker_name)):
                names[s.speaker_name] = s.speaker_name
    if not names:
        return out
    return _each(out, lambda s: _update(s, source_type="organization", state_affiliated=False,
                                        speaker_name=names[s.speaker_name])
                 if s.speaker is not None and s.speaker_name in names and s.source_type in ("person", "government")
                 else s)


def _bodies_before(out: list[Attribution], pos: int) -> list[Attribution]:
    return [b for b in sorted(out, key=lambda b: b.start) if b.speaker is not None and b.speaker.start < pos
            and b.named and b.speaker_name and b.source_type in ("organization", "government")]


def _bare_spokesmen(text: str, out: list[Attribution]) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "person" or s.named or BARE_SPOKESMAN_112.fullmatch(
                _phrase(text, s)) is None:
            return s
        bodies = _bodies_before(out, s.speaker.start)
        if not bodies:
            return s
        b = bodies[-1]
        return _update(s, source_type=b.source_type, source_country=b.source_country,
                       state_affiliated=b.state_affiliated, named=False)

    return _each(out, change)


def _hyphen_first_words(text: str, out: list[Attribution]) -> list[Attribution]:
    fix: dict[int, Attribution] = {}
    for a in out:
        if a.speaker is None or not re.fullmatch(r"[A-Z][a-z]{2,}", _phrase(text, a)):
            continue
        word = _phrase(text, a)
        if a.source_type != "person" and a.speaker_name != word:
            continue
        b = next((b for b in reversed(_bodies_before(out, a.speaker.start)) if b.source_type == "organization"
                  and b.speaker_name and re.split(r"[-\s]", b.speaker_name)[0] == word
                  and b.speaker_name != word), None)
        if b is not None:
            fix[id(a)] = b
    return _speak_as(out, fix)


def _described_firms(text: str, out: list[Attribution]) -> list[Attribution]:
    fix: dict[int, Attribution] = {}
    for a in out:
        if (a.speaker is None or a.named or a.source_type != "organization" or a.resolved_from is not None
                or DESCRIBED_FIRM_112.fullmatch(_phrase(text, a)) is None):
            continue
        bodies = [b for b in _bodies_before(out, a.speaker.start) if b.source_type == "organization"]
        if bodies and len({b.speaker_name for b in bodies}) == 1:
            fix[id(a)] = bodies[-1]
    return [a.model_copy(update=_typed_as(fix[id(a)])) if id(a) in fix else a for a in out]


def _acquired_asides(text: str, out: list[Attribution]) -> list[Attribution]:
    return _each(out, lambda s: _update(s, speaker_name=ACQUIRED_ASIDE_112.sub("", s.speaker_name))
                 if s.speaker is not None and s.source_type == "organization" and s.speaker_name
                 and ACQUIRED_ASIDE_112.search(s.speaker_name) else s)


def _state_bodies(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    story: list[str | None] = []

    def country() -> str | None:
        if not story:
            story.append(_story_or_one(text, table))
        return story[0]

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type == "government":
            return s
        phrase = _phrase(text, s)
        if NATIONAL_BANK_112.fullmatch(phrase):
            full = re.search(r"\b([A-Z][a-z]+)\s+National\s+Bank\b", text)
            land = table.country_in(full.group(0)) if full is not None else None
            if full is None or land is None:
                return s
            return _update(s, source_type="government", source_country=land, named=True,
                           speaker_name=" ".join(full.group(0).split()))
        if STATISTICS_112.fullmatch(phrase):
            return _update(s, source_type="government", source_country=table.country_in(phrase) or country(),
                           named=True)
        return s

    return _each(out, change)


def _acronyms(text: str, out: list[Attribution]) -> list[Attribution]:
    fix: dict[int, Attribution] = {}
    for a in out:
        if a.speaker is None or not re.fullmatch(r"[A-Z][A-Za-z]{2,7}", _phrase(text, a)):
            continue
        word = _phrase(text, a).upper()
        b = next((b for b in reversed(_bodies_before(out, a.speaker.start))
                  if re.search(r"\(" + re.escape(word) + r"\)\s*$", _phrase(text, b))), None)
        if b is not None and b.speaker_name != a.speaker_name:
            fix[id(a)] = b
    return _speak_as(out, fix)


def _and_names(text: str, out: list[Attribution]) -> list[Attribution]:
    rename: dict[str, str] = {}
    for a in out:
        for s in _speakers(a):
            if s.speaker is None or s.source_type != "organization" or not s.speaker_name:
                continue
            phrase = _phrase(text, s)
            m = AND_COMPANY_112.fullmatch(phrase)
            if m is not None and s.speaker_name == m.group("first") and LEGAL_FORM_112.search(phrase):
                rename.setdefault(s.speaker_name, phrase)
    if not rename:
        return out
    return _each(out, lambda s: _update(s, speaker_name=rename[s.speaker_name])
                 if s.speaker is not None and s.speaker_name in rename else s)


def _polled(text: str, out: list[Attribution]) -> list[Attribution]:
    return _each(out, lambda s: _update(s, source_type="anonymous", source_country=None, named=False,
                                        state_affiliated=False)
                 if s.speaker is not None and s.source_type != "anonymous" and POLLED_112.fullmatch(_phrase(text, s))
                 else s)


def _it_in_own_content(text: str, out: list[Attribution]) -> list[Attribution]:
    fix: dict[int, Attribution] = {}
    for a in out:
        if (a.speaker is None or a.resolved_from is None or _phrase(text, a).lower() != "it" or a.sources
                or not a.content.start <= a.resolved_from.start < a.content.end):
            continue
        bodies = [b for b in _bodies_before(out, a.content.start) if b is not a
                  and not b.content.start <= b.speaker.start < a.content.end]  # type: ignore[union-attr]
        if bodies:
            fix[id(a)] = bodies[-1]
    return _speak_as(out, fix, resolved=True)


def _institute_heads(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    heads: dict[str, str] = {}
    for a in out:
        for s in _speakers(a):
            if s.speaker is None or s.source_type not in ("person", "academic") or not s.speaker_name:
                continue
            m = INSTITUTE_HEAD_112.search(_phrase(text, s))
            land = table.country_in(m.group("adj")) if m is not None and m.group("adj") != "American" else None
            if land is not None:
                heads.setdefault(s.speaker_name, land)
    if not heads:
        return out
    return _each(out, lambda s: _update(s, source_type="government", source_country=heads[s.speaker_name],
                                        state_affiliated=True)
                 if s.speaker is not None and s.speaker_name in heads and s.source_type in ("person", "academic")
                 else s)


def round112_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 112's rules, as the module's notes say."""
    if not _wire_title(text):
        return attributions
    out = [a for a in attributions if not (_withheld(text, a) or _hedge(text, a) or _forecast_figure(text, a)
                                          or _confirmed_what(text, a))]
    out = _quotes_after_surname(text, _surname_forecasts(text, out))
    out = _companies(text, out)
    out = _bare_spokesmen(text, out)
    out = _hyphen_first_words(text, _acquired_asides(text, out))
    out = _described_firms(text, out)
    out = _state_bodies(text, out, table)
    out = _acronyms(text, out)
    out = _and_names(text, out)
    out = _polled(text, out)
    out = _it_in_own_content(text, out)
    out = _institute_heads(text, out, table)
    return landed(out, attributions, ordered=False)


__all__ = ["round112_attributions"]
