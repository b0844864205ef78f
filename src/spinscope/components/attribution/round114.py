"""Attributions, round 114 (issue 16, branch ``attr114``): errors left on the development parts of the older wire
golds (``scripts/attr114/README.md``; no fresh text this round).

One pass, ``round114_attributions``, registered right after ``lead58_attributions`` in ``extract_attributions``.
Its invented tests are in ``tests/test_round114.py``. Every rule reads wire stories only (a capitals title line,
round 93's ``_wire_title``).

- **A verb that shares a past perfect's "had".** "It said the holders had asked for <A> and suggested that <B>":
  the surface rule made "suggested" a second record of "It", cutting the first content at "and". When the first
  content's clause runs on a past perfect ("had <participle>") and the conjoined cue right after it is a form in
  "-ed" with no subject of its own ("... and suggested"), that verb shares the content's "had" and its subject:
  it is part of the content (the older development golds: real111's "had called for ... and suggested that" and
  real85's "had anticipated ... and expected" inside the content; no gold gives such a verb its own record, while
  the "<S> said <clause> and added / said" records of real103 and real45 have no "had" in the first clause; a
  "had" in a relative clause, as in real36's "found that the program <X> had exposed was ... and said", is not
  the content's own verb).
  The second record goes and the first content runs to its end.
- **A Dutch "N.V.".** "<Name> N.V. said it sold <units> in <Country> ..." was given the
  country the story is about (or none): a company whose name ends in "N.V." / "NV" is Dutch, as every such company
  of the older development golds is (real102's AEGON NV, real112's WTC International N.V., real113's NV DSM: three
  of three NL), unless the story places it elsewhere ("N.V. of <Place>", the Netherlands Antilles, Curacao, Aruba,
  a Belgian ticker ".BR"); its chain ("the company", "It") and a one-word name written right before it (a title
  line's last word) follow.
- **A closing ", <title> <Name> said." on a broken parse.** "<Clause>, lead mananger <Bank> said." gave no record:
  the parser hung the title's first word ("lead") as a second subject of "said", and no rule read the sentence.
  A sentence with no record that ends ", <one to three lowercase words> <Capitalised name> said." is one record:
  the speaker the phrase after the comma (named by its capitalised part, typed as round 75's new records are; an
  ``organization`` where the title is a syndicate's role or the name a bank's, of the country its name gives, a
  "Suisse" Swiss), the content the sentence before the comma.
- **", figures from <Body> show."** "<Figures fell ...>, figures in <a co-operative's newsletter> show." and
  "..., figures from <a ministry> show." gave no record (main reads "..., official
  figures showed."; with a body after "in / from" the sentence had none): a sentence with no record that ends
  ", <figures / data / statistics> <in / from / released by / published by / issued by / compiled by / of> <NP
  ending in a capitalised name> show(s / ed) / indicate(d)." is one record, the speaker the whole phrase, a
  ``report`` named by the body's name (real107's two records, ``report`` of the story's country, named), of the
  country the phrase or the story gives; the content the sentence before the comma.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round75 import _new_record
from .round88 import _sentence_bounds
from .round93 import _wire_title
from .round101 import _speakers
from .round105 import _insert
from .round108 import Speaker
from .round111 import _story_or_one
from .sources import SourceTable
from .sources42 import _each, _update

#: A past perfect in a content's clause: "had asked", "had previously called".
PAST_PERFECT_114 = re.compile(r"\bhad\s+(?:(?:previously|already|also|earlier|just|recently|not|never)\s+)?"
                              r"[a-z]+(?:ed|en|wn|ght|ne|de)\b")
#: A relative or a complementiser before the "had": the past perfect is not the content's own clause.
RELATIVE_114 = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b")
#: A conjoined cue with no subject of its own, right after a content: " and suggested".
SHARED_CUE_114 = re.compile(r"\s*,?\s*and\s+(?:also\s+)?")
#: A cue written as a form in "-ed" (past tense or participle alike).
ED_CUE_114 = re.compile(r"[a-z]+ed")
#: A Dutch company's legal form at the end of its name (or "NV" before it: "NV DSM").
DUTCH_FORM_114 = re.compile(r"(?:\bN\.?\s?V\.?|^NV\s+\S.*)$")
#: What places an "N.V." elsewhere: "N.V. of <Place>", the Dutch islands, a Brussels ticker.
ELSEWHERE_114 = re.compile(r"\bN\.?V\.?,?\s+of\s+[A-Z]|Antilles|Cura[cç]ao|Aruba|\.BR>|Belgi")
#: ", <title> <Name> said." at a sentence's end: the title one to three lowercase words.
CLOSING_114 = re.compile(r",\s+(?P<who>(?:[a-z][a-z-]*\s+){1,3}(?P<name>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|"
                         r"de|du|des|and|&))*))\s+(?P<cue>said)\s*\.(?=\s|$)")
#: A syndicate's role or a bank's word: the speaker after the title is a bank, an ``organization``.
BANK_ROLE_114 = re.compile(r"\b(?:(?:co-)?lead|manag\w*|mang\w*|underwrit\w*|arrang\w*|agent|book-?runner)\b|"
                           r"\b(?:Bank|Banque|Banca|Banco|Credit|Suisse|Securities|Capital|Trust|Brothers|Partners|"
                           r"Finance|Financial|Investment|Kredietbank|Volksbank)\b")
#: ", figures in the latest bulletin from <Body> show.": figures of a named body closing a sentence.
FIGURES_SHOW_114 = re.compile(r",\s+(?P<who>(?:the\s+)?(?:(?:latest|official|preliminary|provisional|new|final|monthly|"
                              r"weekly|annual)\s+)?(?:figures|data|statistics)\s+(?:in|from|released\s+by|published\s+by|"
                              r"issued\s+by|compiled\s+by|of)\s+[^.,;]{0,100}?"
                              r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|for|and))*))\s+"
                              r"(?P<cue>show|showed|shows|indicate|indicated)\s*\.(?=\s|$)")
#: Lowercase words that open no title: a clause or a pronoun's phrase after the comma.
NOT_TITLE_114 = re.compile(r"(?:and|but|or|as|when|while|which|who|that|because|if|since|after|before|he|she|it|they|"
                           r"we|i|you|so|then|where|although|though)\b")


def _shared_auxiliary(text: str, out: list[Attribution]) -> list[Attribution]:
    res = list(out)
    for a in out:
        if a.cue is None or a.speaker is None or ED_CUE_114.fullmatch(text[a.cue.start:a.cue.end]) is None:
            continue
        host = next((b for b in res if b is not a and b.cue is not None and b.speaker is not None
                     and b.cue.end <= b.content.start and b.content.end <= a.cue.start
                     and b.speaker.start == a.speaker.start and b.speaker.end == a.speaker.end
                     and SHARED_CUE_114.fullmatch(text, b.content.end, a.cue.start) is not None), None)
        perfect = PAST_PERFECT_114.search(text, host.content.start, host.content.end) if host is not None else None
        if host is None or a not in res or perfect is None or RELATIVE_114.search(
                text, host.content.start, perfect.start()) is not None:
            continue  # no "had", or one of a relative clause ("found that the plan <X> had exposed was ...")
        grown = host.model_copy(update={"content": host.content.model_copy(update={"end": a.content.end}),
                                        "end": max(host.end, a.content.end)})
        res = [grown if b is host else b for b in res if b is not a]
    return res


def _dutch_companies(text: str, out: list[Attribution]) -> list[Attribution]:
    if ELSEWHERE_114.search(text) is not None:
        return out
    names: set[str] = set()
    for a in out:
        for s in _speakers(a):
            if s.speaker is None or s.source_type != "organization" or not s.speaker_name or (
                    DUTCH_FORM_114.search(s.speaker_name) is None or s.source_country == "NL"):
                continue
            names.add(s.speaker_name)
            before = re.search(r"(?P<word>[A-Z][A-Z0-9&]+)\s+\Z", text[max(0, s.speaker.start - 20):s.speaker.start])
            if before is not None:
                names.add(before.group("word"))  # "... TRUST WTC\n\nInternational N.V.": the title's last word
    if not names:
        return out

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "organization" or s.speaker_name not in names:
            return s
        return _update(s, source_country="NL")

    return _each(out, change)


def _closing_titles(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    added: list[Attribution] = []
    for m in CLOSING_114.finditer(text):
        if NOT_TITLE_114.match(m.group("who")) is not None:
            continue
        start, end = _sentence_bounds(text, m.start("cue"))
        if m.start() - start < 20 or any(a.start < end and start < a.end for a in [*out, *added]):
            continue
        name = " ".join(m.group("name").split())
        new = _new_record(text, m.span("who"), m.span("cue"), (start, m.start()), table, "closing-title-114")
        typed: dict[str, object] = {"speaker_name": name, "named": True}
        if BANK_ROLE_114.search(m.group("who")) is not None:
            # "lead manager <Bank>": a bank, of the country its name gives ("Suisse" is Swiss)
            typed.update({"source_type": "organization", "state_affiliated": False,
                          "source_country": table.country_in(name) or ("CH" if "Suisse" in name.split() else None)})
        added.append(new.model_copy(update=typed))
    return _insert(out, added) if added else out


def _figures_show(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    added: list[Attribution] = []
    for m in FIGURES_SHOW_114.finditer(text):
        start, end = _sentence_bounds(text, m.start("cue"))
        if m.start() - start < 20 or any(a.start < end and start < a.end for a in [*out, *added]):
            continue
        new = _new_record(text, m.span("who"), m.span("cue"), (start, m.start()), table, "figures-show-114")
        added.append(new.model_copy(update={
            "speaker_name": " ".join(m.group("name").split()), "named": True, "source_type": "report",
            "source_country": new.source_country or _story_or_one(text, table), "state_affiliated": False}))
    return _insert(out, added) if added else out


def round114_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 114's rules, as the module's notes say: records first, then sources."""
    if not _wire_title(text):
        return attributions
    out = _closing_titles(text, _shared_auxiliary(text, attributions), table)
    out = _figures_show(text, out, table)
    out = _dutch_companies(text, out)
    if len(out) == len(attributions) and all(a is b for a, b in zip(out, attributions, strict=True)):
        return attributions
    return out


__all__ = ["round114_attributions"]
