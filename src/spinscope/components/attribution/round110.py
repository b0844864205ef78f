"""Attributions, round 110 (issue 16, branch ``attr110``): records and sources of twenty fresh short 1987 wire
stories' development part (``scripts/attr110/README.md``): a coffee council's failed talks, a tapioca quota, a
salt maker's sale, currency dealers on the Fed, a current account, an airline's stake, a bank's Brazilian debt, a
state power firm's borrowing, a merger's letter of intent, a farm department's talks.

One pass, ``round110_attributions``, registered right after ``lead56_attributions`` in ``extract_attributions``.
Its invented tests are in ``tests/test_attr110.py``. Wire stories only (a title line in capitals, round 93's
``_wire_title``).

Records:

- **"<Title> of the <Body> (<initials>) <Name> told Reuters after the <...> meeting <clause>."** The parser hung
  the clause on "meeting" (read as a verb) and no record was made: a "told <Reuters / reporters / journalists>
  <after / at / during / following> the <...> meeting / session / talks / conference / briefing" with no record of
  its own, followed by the start of a clause, gains one: the sentence's opening phrase (capitalised, no comma) as
  speaker, with the typing of the story's record of the same surname (one speaker), else typed from the phrase.
- **"<Speaker> said <clause> but <clause>."** A content that stopped at a "but" with no comma before it (the parser
  made the second clause the sentence's) runs to the sentence's end when nothing after "but" is a record's cue:
  the older wire golds hold such a "but <clause>" inside the content 17 times, and every content that stops before
  a "but" stops at ", but" (four times, two of them with a verb of their own: "but he said").
- **"No <NP> have been announced by <body>."** A negated passive announces nothing: a record whose cue is
  "announced / reported / disclosed" after "been" / "was" / "were", in a sentence that begins with "No", goes.
- **"<Company> soared ..., responding to an announcement that <clause>."** The subject that responds to an
  announcement is not its author (the wire golds name no speaker for it): a record whose cue is "responding /
  reacting" followed by "to an / the announcement / report / news" goes.

Sources:

- **A company's own exchange code.** "Royal Dutch Airlines <KLM.A>" was given the story's GB (round 102 fills
  only a company with no country from a ticker, and its table lacks the 1987 wire's ".A" for Amsterdam): an
  ``organization`` whose phrase is followed by "<TICKER.X>" with a known exchange takes that exchange's country;
  the records named by the ticker's symbol ("KLM", "A KLM spokesman") follow.
- **An SEC filer is American.** A bank that told the Securities and Exchange Commission of its move was given
  Brazil (its "Brazilian debt"): on a story that names the Securities and Exchange Commission (every such
  organization in the older golds, 24, is American), an ``organization`` given another country whose name ends in
  an American legal form (Corp, Inc, Co) is American, with every record of its name.
- **The title's country.** "TAIWAN POWER FIRM PLANS ..." and its "a company official" (no country): a company's
  unnamed voice ("a company official / spokesman", typed ``organization``) with no country takes the one country
  the title line names when title and body together name it more often than any other country. (First read for
  every ``organization``, ``government`` and ``report`` of no country: the guards gave an IMF team, a tin
  producers' association and a Reuter survey the title's country, where the older golds give none.)
- **"The central bank".** "<figures> from the central bank" (a ``report``) is named by the bank, and a later "the
  bank" (typed ``organization``, unnamed) in a story whose only bank is "the central bank" is that
  ``government`` body, named "central bank", of its country.
- **"the companies"** after "<Company> and <Company> said" are those companies: a record whose speaker phrase is
  "the (two) companies" takes the typing of the last earlier record whose speaker phrase joins two companies by
  "and".
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round88 import _sentence_bounds, _typed_from, _typed_phrase
from .round93 import _wire_title
from .round102 import EXCHANGES_102
from .round105 import _cue, _has_cue_at, _insert, _record, _speaker
from .sources import SourceTable
from .sources42 import _each, _update
from .speakers import country_counts

#: The evidence label of the records this module writes.
EVIDENCE_R110 = "attributions.v1:round110"
#: "told Reuters after the <...> meeting " before a clause the parser hung on "meeting".
TOLD_AFTER_110 = re.compile(r"(?P<cue>told)\s+(?:Reuters|reporters|journalists|newsmen)\s+(?:after|at|during|"
                            r"following|before)\s+(?:the|a|an|this|today's|yesterday's)\s+(?:[\w'-]+\s+){0,4}?"
                            r"(?:meeting|session|talks|conference|briefing|hearing)\s+"
                            r"(?=(?:there|it|he|she|they|we|the|no)\s+[a-z])")
#: The sentence's opening phrase before "told": capitalised, no comma, at most twelve words.
OPENING_110 = re.compile(r"[A-Z][^,;:\n]{0,120}?(?<=\S)\s*\Z")
#: " but <subject>" right after a content, no comma before it.
BUT_CLAUSE_110 = re.compile(r"\s+but\s+(?:it|he|she|they|we|the|this|there)\s+[a-z]")
#: A sentence's stop: before a line's end, or before a capital where the stop closes no single-letter abbreviation.
SENTENCE_END_110 = re.compile(r"[.!?](?=[\"”]?[ \t]*(?:\n|\Z))|(?<!\b[A-Z])[.!?](?=[\"”]?\s+[A-Z\"“])|\n")
#: A passive cue's auxiliary right before it.
PASSIVE_AUX_110 = re.compile(r"\b(?:been|was|were|is|are)\s+\Z")
PASSIVE_CUES_110 = frozenset({"announced", "reported", "disclosed"})
#: "responding to an announcement", "reacting to the report": someone else's statement.
RESPONDING_110 = re.compile(r"\s+to\s+(?:an|the|a)\s+(?:[\w-]+\s+){0,2}?(?:announcement|report|news|statement)\b")
#: A company's ticker with its exchange right after its phrase: "<KLM.A>", "<BLLA.S>".
OWN_TICKER_110 = re.compile(r"\s*<(?P<sym>[A-Z][A-Z0-9]{0,6})\.(?P<x>[A-Z]{1,2})>")
#: Reuters' 1987 exchange codes the round 102 table lacks.
EXCHANGES_110 = {**EXCHANGES_102, "A": "NL"}
#: A company's own unnamed voice: "a company official", "firm spokesman".
COMPANY_VOICE_110 = re.compile(r"\b(?:company|firm)\s+(?:official|spokes(?:man|woman|person)|executive|source)s?\b",
                               re.I)
SEC_110 = re.compile(r"\bSecurities\s+and\s+Exchange\s+Commission\b")
US_FORM_110 = re.compile(r"\b(?:Corp|Inc|Co|Cos|Corporation|Incorporated)\.?\Z")
#: "<figures / data / statistics> from the central bank".
CENTRAL_FIGURES_110 = re.compile(r"\b(?:figures|data|statistics|estimates)\s+from\s+the\s+central\s+bank\b", re.I)
THE_BANK_110 = re.compile(r"[Tt]he\s+bank\Z")
COMPANIES_110 = re.compile(r"[Tt]he\s+(?:two\s+)?companies\Z")
#: A speaker phrase joining two companies: "<Name> Ltd and <Name> Inc".
TWO_COMPANIES_110 = re.compile(r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*\s+(?:Ltd|Inc|Corp|Co|Plc|AG|NV|SA)\.?\s+and\s+"
                               r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*\s+(?:Ltd|Inc|Corp|Co|Plc|AG|NV|SA)\.?")


# ------------------------------------------------------------------------------------------ records


def _end(text: str, pos: int) -> int:
    """The end of the sentence holding ``pos``, without its stop; "U.S." inside it is no end."""
    m = SENTENCE_END_110.search(text, pos)
    return m.start() if m else len(text)


def _told_after_meeting(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    added: list[Attribution] = []
    for m in TOLD_AFTER_110.finditer(text):
        if _has_cue_at(out, m.start("cue")):
            continue
        start, _ = _sentence_bounds(text, m.start())
        opening = OPENING_110.fullmatch(text, start, m.start("cue"))
        end = _end(text, m.end())
        if opening is None or len(opening.group().split()) > 12 or end - m.end() < 3:
            continue
        phrase = opening.group().strip()
        last = phrase.split()[-1]
        same = [a for a in out if a.named and a.speaker_name and a.speaker_name.split()[-1] == last]
        typed = _typed_from(same[0]) if same else _typed_phrase(text, phrase, start, table)
        new = _record("indirect", (start, start + len(phrase)), (m.start("cue"), m.end("cue")), (m.end(), end),
                      typed, same[0].speaker if same else None)
        added.append(new.model_copy(update={"evidence": EVIDENCE_R110}))
    return _insert(out, added)


def _but_clause(text: str, out: list[Attribution]) -> list[Attribution]:
    res = []
    for a in out:
        if a.cue is not None and a.content.start >= a.cue.end and (m := BUT_CLAUSE_110.match(text, a.content.end)):
            end = _end(text, m.end())
            if end > m.end() and "\n" not in text[a.content.end:end] and \
                    not any(b.cue is not None and a.content.end <= b.cue.start < end for b in out):
                a = a.model_copy(update={"content": a.content.model_copy(update={"end": end}), "end": max(a.end, end)})
        res.append(a)
    return res


def _not_said(text: str, a: Attribution) -> bool:
    if a.cue is None:
        return False
    cue = _cue(text, a)
    if cue in PASSIVE_CUES_110 and PASSIVE_AUX_110.search(text, 0, a.cue.start):
        start, _ = _sentence_bounds(text, a.cue.start)
        return text.startswith("No ", start)
    return cue in ("responding", "reacting") and RESPONDING_110.match(text, a.cue.end) is not None


# ------------------------------------------------------------------------------------------ sources


def _own_ticker(text: str, out: list[Attribution]) -> list[Attribution]:
    for a in list(out):
        if a.speaker is None or a.source_type != "organization" or not a.speaker_name:
            continue
        m = OWN_TICKER_110.search(text, a.speaker.start, a.speaker.end + 12)
        if m is None or re.search(r"[<,;\n]", text[a.speaker.start:m.start()]):
            continue
        country = EXCHANGES_110.get(m.group("x"))
        if country is None:
            continue
        name, sym = a.speaker_name, m.group("sym")
        spokesman = re.compile(rf"(?:[Aa]n?\s+|[Tt]he\s+)?{re.escape(sym)}(?:\s+[a-z]+)?")

        def change(s, name=name, spokesman=spokesman, country=country):  # type: ignore[no-untyped-def]
            if s.source_type != "organization" or s.source_country == country or not s.speaker_name:
                return s
            if s.speaker_name == name or spokesman.fullmatch(s.speaker_name):
                return _update(s, source_country=country)
            return s

        out = _each(out, change)
    return out


def _sec_filer(text: str, out: list[Attribution]) -> list[Attribution]:
    if not SEC_110.search(text):
        return out
    names = {a.speaker_name for a in out if a.source_type == "organization" and a.speaker_name and
             a.source_country not in (None, "US") and US_FORM_110.search(a.speaker_name)}
    return _each(out, lambda s: _update(s, source_country="US") if s.speaker_name in names and
                 s.source_type == "organization" else s)


def _title_country(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    title = text.partition("\n")[0]
    in_title = country_counts(title.title(), table)
    if len(in_title) != 1:
        return out
    (code,) = in_title
    counts = country_counts(text[len(title):], table)
    counts[code] = counts.get(code, 0) + in_title[code]
    if any(n >= counts[code] for k, n in counts.items() if k != code):
        return out
    return _each(out, lambda s: _update(s, source_country=code) if s.source_country is None and
                 s.source_type == "organization" and not s.named and
                 COMPANY_VOICE_110.search(s.speaker_name or "") else s)


def _central_bank(text: str, out: list[Attribution]) -> list[Attribution]:
    banks = re.findall(r"\b(?:central\s+bank|[Bb]ank\b)", text)
    if not CENTRAL_FIGURES_110.search(text) or any(b.lower() != "central bank" and b != "bank" for b in banks):
        return out
    country = next((a.source_country for a in out if a.source_country), None)

    def change(a: Attribution) -> Attribution:
        spk = _speaker(text, a)
        if a.source_type == "report" and CENTRAL_FIGURES_110.search(spk):
            return _update(a, named=True, speaker_name="central bank",  # type: ignore[return-value]
                           source_country=a.source_country or country)
        if a.source_type == "organization" and not a.named and THE_BANK_110.fullmatch(spk):
            return _update(a, source_type="government", state_affiliated=True,  # type: ignore[return-value]
                           named=True, speaker_name="central bank", source_country=a.source_country or country)
        return a

    return [change(a) for a in out]


def _the_companies(text: str, out: list[Attribution]) -> list[Attribution]:
    res: list[Attribution] = []
    for a in out:
        if COMPANIES_110.fullmatch(_speaker(text, a)):
            pair = [b for b in res if b.speaker is not None and TWO_COMPANIES_110.fullmatch(_speaker(text, b))]
            if pair:
                a = a.model_copy(update=_typed_from(pair[-1]))
        res.append(a)
    return res


def round110_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 110's rules, as the module's notes say."""
    if not _wire_title(text):
        return attributions
    out = _told_after_meeting(text, attributions, table)
    out = _but_clause(text, out)
    out = [a for a in out if not _not_said(text, a)]
    out = _own_ticker(text, out)
    out = _sec_filer(text, out)
    out = _the_companies(text, out)
    out = _central_bank(text, out)
    return _title_country(text, out, table)
