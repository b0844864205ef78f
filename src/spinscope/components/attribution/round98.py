"""Attributions, round 98 (issue 16, branch ``attr98``): 1987 wire stories on trade policy, commodity boards and
companies, from the development errors of five fresh wekareuters stories (``tests/gold/attributions_real98.jsonl``).

One pass, ``round98_attributions``, called once from ``extract_attributions`` after the lead's round 51 pass. Its
invented tests are in ``tests/test_attr98.py``.

- **A country's commodity board.** "the <Commodity> Board of <Country> said" was typed ``organization`` and the
  "The board said" after it was unnamed, with no country. A speaker phrase naming a board with a country in it
  ("<Demonym> Wheat Board", "<Word> Board of <Country>"), no company's or exchange's word, is ``government``,
  state-affiliated, of that country (the golds type the UK's intervention board and Brazil's wheat board so); a
  later bare "the board" with no country takes its name, typing and country.
- **A trade representative is an official.** "<Name>, assistant trade representative, told" and "<Country> trade
  representative <Name> warned" were typed ``person``: a named speaker whose phrase holds "trade representative"
  is ``government``, state-affiliated; with no country in the phrase it takes the country of another record whose
  phrase holds "trade representative" and a country. Pronouns resolved to that speaker follow it.
- **"one trade official" after "one <Country> trade official".** An unnamed "<det> <words> official(s)" with no
  country was typed ``anonymous``: it is ``government``, state-affiliated, and takes the country of an earlier
  unnamed government record whose phrase is the same words with a country word ("U.S.") added.
- **"The <Name> group".** "The <Firm Name L.P.> group said" was unnamed (named by the phrase, angle brackets
  kept); "The group said" after it was named by the title's fund; "The <shorter> group said" was unnamed. A
  speaker phrase "the <Capitalised words> group" is named, by the capitalised words; a shorter form (its words a
  leading part of the first one) takes the first; a bare "the group" after it takes that name.
- **"will offer 35,000 bags"** read as a stance ("offer" with an object): an "offer" record whose object begins
  with a number is goods for sale, no report; it is dropped.

Tried and backed out: a "which he said" record inside the same speaker's content, dropped (the golds of this series
leave such nested reports out), lowered PolNeAR's tuning half by one found record (PolNeAR marks them) and lost a
speaker of sources_real84.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round93 import _spk
from .sources import SourceTable

#: "trade representative" in a speaker phrase.
TRADE_REP_98 = re.compile(r"\btrade\s+representative\b", re.IGNORECASE)
#: A board's phrase: capitalised words ending in "Board", or "Board of <Capitalised words>".
BOARD_98 = re.compile(r"(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,4}Board(?:\s+of\s+(?:[A-Z][\w'-]*\s*){1,3})?",
                      re.IGNORECASE)
#: Words that make a board a company's, an exchange's or a private body's, not a state's.
NOT_STATE_BOARD_98 = re.compile(r"\b(?:Trade|Exchange|Options|Directors|Governors|Trustees|Association|Company|"
                                r"Corp|Corporation|Inc|Ltd|Bank|Federal|Reserve|School|University|College)\b|['’]s\b")
#: An unnamed official's phrase: "<det> <words> official(s)".
OFFICIAL_98 = re.compile(r"(?:(?:one|a|an|another|the|two|three|some|several)\s+)?(?P<words>(?:[\w.'-]+\s+){0,3})"
                         r"officials?", re.IGNORECASE)
DET_98 = frozenset({"one", "a", "an", "another", "the", "two", "three", "some", "several"})
#: "The <Capitalised words> group", with the name in angle brackets or not.
GROUP_98 = re.compile(r"[Tt]he\s+<?(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,6})>?\s+group")
#: An object that is a quantity of goods: "35,000 bags".
QUANTITY_98 = re.compile(r"\s*(?:about\s+|some\s+|around\s+|up\s+to\s+)?\d")


def _order(out: list[Attribution]) -> list[int]:
    return sorted(range(len(out)), key=lambda i: out[i].start)


def _follow(out: list[Attribution], i: int, fields: tuple[str, ...]) -> None:
    """Records resolved to (a part of) the speaker phrase of out[i] take its fields."""
    a = out[i]
    assert a.speaker is not None
    for j, b in enumerate(out):
        r = b.resolved_from
        if j != i and r is not None and a.speaker.start <= r.start < r.end <= a.speaker.end:
            out[j] = b.model_copy(update={f: getattr(a, f) for f in fields})


TYPING = ("speaker_name", "source_type", "source_country", "state_affiliated", "named")


def _boards(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    out = list(out)
    board: Attribution | None = None
    for i in _order(out):
        a = out[i]
        if a.speaker is None:
            continue
        phrase = _spk(text, a)
        if re.fullmatch(r"(?:[Tt]he\s+)?board", phrase):
            if board is not None and a.source_country is None:
                out[i] = a.model_copy(update={f: getattr(board, f) for f in TYPING})
            continue
        if not BOARD_98.fullmatch(phrase) or NOT_STATE_BOARD_98.search(phrase) or \
                a.source_type not in {"organization", "government", None}:
            continue
        country = table.country_in(phrase)
        if country is None:
            continue
        name = re.sub(r"^[Tt]he\s+", "", phrase)
        out[i] = a.model_copy(update={"source_type": "government", "state_affiliated": True,
                                      "source_country": country, "named": True,
                                      "speaker_name": a.speaker_name or name})
        board = out[i]
        _follow(out, i, TYPING)
    return out


def _trade_representatives(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    out = list(out)
    reps = [(i, _spk(text, a)) for i, a in enumerate(out) if a.speaker is not None and a.named
            and TRADE_REP_98.search(_spk(text, a))]
    countries = [c for c in (table.country_in(p) or out[i].source_country for i, p in reps) if c]
    for i, phrase in reps:
        a = out[i]
        update: dict[str, object] = {}
        if a.source_type != "government" or not a.state_affiliated:
            update.update({"source_type": "government", "state_affiliated": True})
        if a.source_country is None and table.country_in(phrase) is None and len(set(countries)) == 1:
            update["source_country"] = countries[0]
        if update:
            out[i] = a.model_copy(update=update)
            _follow(out, i, TYPING)
    return out


def _words(phrase: str) -> list[str]:
    return [w.lower().rstrip("s") for w in phrase.split() if w.lower() not in DET_98]


def _officials(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    out = list(out)
    seen: list[tuple[list[str], str]] = []
    for i in _order(out):
        a = out[i]
        phrase = _spk(text, a)
        if a.speaker is None or a.named or not OFFICIAL_98.fullmatch(phrase):
            continue
        words = _words(phrase)
        if a.source_type == "government" and a.source_country is not None:
            raws = [w for w in phrase.split() if w.lower() not in DET_98]
            kept = [w for w, raw in zip(words, raws, strict=True) if table.country_in(raw) is None]
            if len(kept) < len(words) and len(kept) > 1:
                seen.append((kept, a.source_country))  # "trade official", not the bare "official" of "French officials"
            continue
        if a.source_country is not None or a.source_type not in {"anonymous", "person", None}:
            continue
        match = [c for kept, c in seen if kept == words]
        if match:
            out[i] = a.model_copy(update={"source_type": "government", "state_affiliated": True,
                                          "source_country": match[-1]})
    return out


def _groups(text: str, out: list[Attribution]) -> list[Attribution]:
    out = list(out)
    first: str | None = None
    for i in _order(out):
        a = out[i]
        if a.speaker is None or a.source_type not in {"organization", None}:
            continue
        phrase = _spk(text, a)
        m = GROUP_98.fullmatch(phrase)
        if m is not None:
            name = m.group("name")
            if first is not None and first.split()[:len(name.split())] == name.split():
                name = first
            first = first or name
            if a.speaker_name != name or not a.named:
                out[i] = a.model_copy(update={"speaker_name": name, "named": True, "source_type": "organization"})
        elif first is not None and re.fullmatch(r"[Tt]he\s+group", phrase) and a.speaker_name != first:
            out[i] = a.model_copy(update={"speaker_name": first, "named": True, "source_type": "organization"})
    return out


def _goods_offered(text: str, a: Attribution) -> bool:
    parts = a.evidence.split(":")
    return len(parts) >= 4 and parts[2] == "offer" and parts[3] == "dobj" and a.cue is not None and \
        QUANTITY_98.match(text, a.cue.end) is not None


def round98_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 98's rules, as the module's notes say."""
    out = [a for a in attributions if not _goods_offered(text, a)]
    out = _boards(text, out, table)
    out = _trade_representatives(text, out, table)
    out = _officials(text, out, table)
    return _groups(text, out)
