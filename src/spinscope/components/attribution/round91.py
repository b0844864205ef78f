"""Attributions, round 91 (helper round 49, issue 16): shapes the development errors of round 91's wekareuters gold
asked for (five 1987 wire stories with governments and officials, ``tests/gold/attributions_real91.jsonl``;
``scripts/attr91/README.md``).

One pass, ``round91_attributions``, called last in ``extract_attributions`` (after lead round 49's pass). Tests:
``tests/test_attr91.py`` (invented sentences).

Spans:

1. **A false sentence break after "U.S." / "U.K."** The wire's capitals ("lenders in the U.S. And Canada", "set
   by U.S. And U.K. Rules") end a sentence for the segmenter, so a sentence whose cue comes last ("..., the
   proposal said.") kept only its tail as content, and the head could carry a stray record of its own. A record
   whose content starts right after "U.S." / "U.K." (a capitalised word next), with its cue after the content,
   has its content run back to the real sentence start (a sentence end after such an abbreviation is no end), and
   the records whose cue lies in the part added go. Where no record took such a sentence ending in ", the
   <document noun> said / showed.", one is made (the document its speaker, ``report``).
2. **"<Subject> served (immediate) notice (that) <clause>"**: one record, the subject its speaker, the clause (to
   a comma before a participle, or the sentence's end) its content; the records whose cue lies inside it go.

Speakers:

3. **"<group> contacted / polled / surveyed / interviewed by Reuters"** was typed as the agency (``media``, GB):
   the group is the speaker, typed as an unnamed group (``anonymous``, no country) when its head is a role noun.
   Since round 94 (``attr94``) the one rule of a polled group: lead50's "share analysts polled by <anyone>" (an
   unnamed speaker of any type) folded here.
4. **A document as the speaker.** "the proposal said", "the plans showed": ``report`` (not ``person`` or
   ``anonymous``), unnamed; an "It" sentence right after such a record (same or next paragraph) is that document.
5. **Countries named together.** "Japan and West Germany agreed to ...": ``government``, no one country (two).
6. **A fronted adverbial in the speaker.** "Also, in June, U.S. officials ... agreed": the speaker
   starts after the adverbials and is typed again from what is left.
7. **A legislature's committee.** "the Senate Budget Committee", "the House and Senate Budget Committees":
   ``government`` (not ``organization``), state-affiliated.
8. **A demonym before an official's title.** "Nigerian minister of mines and power <First> <Last>" then "<Last>
   said": a ``government`` or ``person`` speaker with no country is ``government`` of the demonym's country,
   when the name's first full mention has "<Demonym> minister / ambassador / envoy / premier" before it (the
   title's "of ..." five words at most).
"""

from __future__ import annotations

import re

from ...result import Attribution
from .lead47 import _line
from .lead49 import ROLE_NOUNS_L49
from .round88 import _new_record
from .sources import SourceTable, _type_source
from .sources42 import _phrase

EVIDENCE_R91 = "round 91: wire shapes (attr91)"

#: "U.S." / "U.K." and the capitalised word after it: the segmenter's false sentence break.
ABBREV_BEFORE_R91 = re.compile(r"\b(?:U\.S|U\.K)\.,?[^\S\n]+$")
#: A sentence end that is an abbreviation's period ("U.S. And"), not an end.
ABBREV_END_R91 = re.compile(r"\b[A-Z]\.[A-Z]\.$")
#: Document nouns that speak in the wire's reports of proposals and plans.
DOC_NOUNS_R91 = r"(?:proposals?|plans?|report|communique|statement|study|survey)"
DOC_SPEAKER_R91 = re.compile(rf"(?:[Tt]he|[Aa])\s+(?:[a-z]+\s+)?{DOC_NOUNS_R91}")
#: ", the <document noun> said / showed." closing a sentence.
DOC_TAIL_R91 = re.compile(rf",[^\S\n]+(?P<subj>the[^\S\n]+(?:[a-z]+[^\S\n]+)?{DOC_NOUNS_R91})[^\S\n]+"
                          r"(?P<cue>said|showed|shows|says|stated)\.(?=\s|$)")
#: "<Subject> served (immediate / formal / clear) notice (that) <clause>".
SERVED_NOTICE_R91 = re.compile(
    r"(?P<subj>(?:[A-Z][\w'-]*|the|a|an|some|several)(?:[^\S\n]+(?:[A-Z][\w'-]*|[a-z][\w'-]*)){0,5}?)[^\S\n]+"
    r"(?P<cue>(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?serve[ds]?[^\S\n]+(?:[a-z]+[^\S\n]+)?notice)"
    r"[^\S\n]+(?:that[^\S\n]+)?(?P<content>[a-z][^\n]*?)(?=,[^\S\n]+[a-z]+ing\b|[.;](?:\s|$)|\n|$)")
#: "<group> contacted / polled / ... by Reuter(s) (correspondents)", "share analysts polled by <anyone>".
POLLED_R91 = re.compile(r"(?P<group>(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+))\s+(?:contacted|polled|surveyed|interviewed|"
                        r"questioned|asked)\s+by\s+\S.*")
#: Leading adverbials before a speaker: "In addition,", "in February,", "However,", "Meanwhile,".
FRONTED_R91 = re.compile(r"(?:(?:In addition|However|Meanwhile|Also|Earlier|Later|Separately|Previously|"
                         r"[Ii]n (?:[A-Z][a-z]+|\d{4}|the past|recent (?:days|weeks|months))|[Ll]ast (?:week|month|"
                         r"year))\s*,\s+)+")
#: A legislature's committee.
COMMITTEE_R91 = re.compile(r"(?:(?:both|the|The|Both)\s+)*(?:the\s+)?(?:House|Senate)(?:\s+and\s+(?:House|Senate))?"
                           r"(?:\s+[A-Z][a-z]+){0,3}\s+(?:Committees?|Subcommittees?)")
#: Supporters of a government or party (and others with them): not the government.
SUPPORTERS_R91 = re.compile(r"(?:[Ss]ome\s+|[Mm]any\s+|[Tt]he\s+)?(?:government|party|regime|ruling\s+party)\s+"
                            r"(?:supporters|loyalists|sympathi[sz]ers)(?:\s+and\s+(?:[a-z]+\s+){0,3}[a-z]+s)?")
#: Titles of officials that a demonym may stand before.
TITLES_R91 = r"(?:minister|ambassador|envoy|premier)"


def _real_start(text: str, pos: int) -> int:
    """The real start of the sentence holding ``pos``: after a line break or a sentence end before it, where a
    period closing "U.S." / "U.K." is no sentence end."""
    base = start = text.rfind("\n", 0, pos) + 1
    for m in re.finditer(r"[.!?][\"”]?[^\S\n]+(?=[A-Z\"“])", text[base:pos]):
        if ABBREV_END_R91.search(text[base:base + m.start() + 1]):
            continue
        if base + m.end() < pos:
            start = base + m.end()
    return start


def _typed_phrase(text: str, phrase: str, pos: int, table: SourceTable) -> dict[str, object]:
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=False,
                                                            context=_line(text, pos))
    name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", phrase)
    named = any(w[:1].isupper() for w in name.split())
    return {"speaker_name": name, "source_type": source_type, "source_country": country, "state_affiliated": state,
            "named": named, "affiliation": affiliation}


def _insert(out: list[Attribution], new: Attribution) -> list[Attribution]:
    at = next((k for k, a in enumerate(out) if a.content.start > new.content.start), len(out))
    return [*out[:at], new, *out[at:]]


def _false_break(text: str, out: list[Attribution]) -> list[Attribution]:
    drop: set[int] = set()
    res = list(out)
    for k, a in enumerate(res):
        c = a.content
        if a.cue is None or a.cue.start < c.end or not text[c.start:c.start + 1].isupper():
            continue
        if not ABBREV_BEFORE_R91.search(text[max(0, c.start - 8):c.start]):
            continue
        start = _real_start(text, c.start)
        if start >= c.start:
            continue
        for j, b in enumerate(res):
            if j != k and b.cue is not None and start <= b.cue.start and b.cue.end <= c.start:
                drop.add(j)
        res[k] = a.model_copy(update={"content": c.model_copy(update={"start": start}), "start": min(a.start, start)})
    return [a for j, a in enumerate(res) if j not in drop]


def _doc_tail(text: str, out: list[Attribution]) -> list[Attribution]:
    for m in DOC_TAIL_R91.finditer(text):
        cs, ce = m.span("cue")
        if any(a.cue is not None and a.cue.start < ce and cs < a.cue.end for a in out):
            continue
        start = _real_start(text, m.start())
        naive = text.rfind("\n", 0, m.start()) + 1
        for b in re.finditer(r"[.!?][^\S\n]+(?=[A-Z])", text[naive:m.start()]):
            naive = max(naive, naive + b.end())
        if start >= naive:  # no false break in the sentence: the passes before judged it
            continue
        out = [a for a in out if not (a.cue is not None and start <= a.cue.start and a.cue.end <= m.start())]
        typed = {"speaker_name": m.group("subj")[4:], "source_type": "report", "source_country": None,
                 "state_affiliated": False, "named": False, "affiliation": None}
        out = _insert(out, _new_record("indirect", m.span("subj"), (cs, ce), (start, m.start()), typed,
                                       EVIDENCE_R91))
    return out


def _served_notice(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    for m in SERVED_NOTICE_R91.finditer(text):
        subj = m.group("subj")
        ss = m.start("subj")
        # the subject starts the sentence or follows "But" / "And"
        lead = re.match(r"(?:But|And|Yet|However,)\s+", subj)
        if lead:
            ss += lead.end()
            subj = subj[lead.end():]
        if text[_real_start(text, m.start("subj")):m.start("subj")].strip():
            continue
        ns, ne = m.span("content")
        if any(a.cue is not None and a.cue.start < m.end("cue") and m.start("cue") < a.cue.end for a in out):
            continue
        sent_end = re.compile(r"[.;](?=\s|$)|\n").search(text, ne)
        stop = sent_end.start() if sent_end else len(text)
        old = [a for a in out if a.cue is not None and ns <= a.cue.start < stop]
        typed = _typed_phrase(text, subj, ss, table)
        if typed["source_type"] == "person" and re.search(r"\b[a-z]+s$", subj):
            # "Trade Union leaders", "farm groups": an unnamed group
            typed.update(source_type="anonymous", state_affiliated=False, named=False, source_country=None)
        out = [a for a in out if a not in old]
        out = _insert(out, _new_record("indirect", (ss, ss + len(subj)), m.span("cue"), (ns, ne), typed,
                                       EVIDENCE_R91))
    return out


def _polled(text: str, a: Attribution) -> Attribution:
    """The one rule of a polled group (lead50's "polled analysts", folded here in round 94): a group asked by someone,
    typed as the agency (``media``) or unnamed with any other type, is an unnamed group."""
    if a.speaker is None or a.source_type == "anonymous" or (a.named and a.source_type != "media"):
        return a
    m = POLLED_R91.fullmatch(_phrase(text, a))
    if m is None or m.group("head") not in ROLE_NOUNS_L49:
        return a
    return a.model_copy(update={"source_type": "anonymous", "source_country": None, "state_affiliated": False,
                                "named": False, "affiliation": None, "speaker_name": m.group("group")})


def _doc_speaker(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.source_type not in ("person", "anonymous", "government"):
        return a
    if not DOC_SPEAKER_R91.fullmatch(_phrase(text, a)):
        return a
    return a.model_copy(update={"source_type": "report", "named": False, "state_affiliated": False})


def _it_after_doc(text: str, out: list[Attribution]) -> list[Attribution]:
    res = list(out)
    prev: Attribution | None = None
    def _at(k: int) -> int:
        s = out[k].speaker
        return s.start if s is not None else out[k].content.start

    order = sorted(range(len(out)), key=_at)
    for k in order:
        a = out[k]
        if a.speaker is not None and text[a.speaker.start:a.speaker.end] == "It" and prev is not None and \
                prev.source_type == "report" and prev.speaker is not None and \
                DOC_SPEAKER_R91.fullmatch(_phrase(text, prev)) and \
                text.count("\n\n", prev.speaker.end, a.speaker.start) <= 1:
            a = a.model_copy(update={"speaker_name": prev.speaker_name, "source_type": "report",
                                     "source_country": prev.source_country, "state_affiliated": False,
                                     "named": False, "affiliation": None})
            res[k] = a
        if a.speaker is not None:
            prev = a
    return res


def _countries_joined(text: str, a: Attribution, table: SourceTable) -> Attribution:
    if a.speaker is None or a.source_type == "government":
        return a
    phrase = _phrase(text, a)
    parts = re.fullmatch(r"(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+and\s+(?:the\s+)?"
                         r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})", phrase)
    if parts is None:
        return a
    countries = [table.country_in(p) for p in parts.groups()]
    if not all(countries) or any(table.country_in(p) and len(p.split()) > 3 for p in parts.groups()):
        return a
    # each part is the country's name and nothing else
    if any(re.search(r"\b(?:officials?|minister|ministry|president|people)\b", p, re.I) for p in parts.groups()):
        return a
    country = countries[0] if countries[0] == countries[1] else None
    return a.model_copy(update={"source_type": "government", "source_country": country, "state_affiliated": True,
                                "named": True})


def _fronted(text: str, a: Attribution, table: SourceTable) -> Attribution:
    if a.speaker is None:
        return a
    s = a.speaker
    m = FRONTED_R91.match(text, s.start, s.end)
    if m is None or m.end() >= s.end:
        return a
    start = m.end()
    phrase = " ".join(text[start:s.end].split())
    # typed from the words before a participle or relative ("U.S. officials meeting with ...")
    head = re.split(r"\s+(?=[a-z]+ing\b|who\b|which\b)", phrase, maxsplit=1)[0]
    typed = _typed_phrase(text, head, start, table)
    typed["speaker_name"] = phrase if typed["named"] else typed["speaker_name"]
    if re.fullmatch(r"(?:[A-Z][\w.]*\s+){0,2}officials", head):
        # "U.S. officials": a government's unnamed officials (the golds' convention)
        typed.update(source_type="government", state_affiliated=True, named=False)
    if a.named and not typed["named"]:
        typed["speaker_name"] = phrase
    update: dict[str, object] = {"speaker": s.model_copy(update={"start": start}), **typed}
    if typed["source_type"] is None:
        update.update(source_type=a.source_type, source_country=a.source_country)
    return a.model_copy(update=update)


def _supporters(text: str, a: Attribution) -> Attribution:
    """"government supporters and some analysts": the government's supporters are no part of it."""
    if a.speaker is None or a.source_type != "government" or a.named:
        return a
    if not SUPPORTERS_R91.fullmatch(_phrase(text, a)):
        return a
    return a.model_copy(update={"source_type": "anonymous", "source_country": None, "state_affiliated": False})


def _committee(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.source_type not in ("organization", "person"):
        return a
    if not COMMITTEE_R91.fullmatch(_phrase(text, a)):
        return a
    return a.model_copy(update={"source_type": "government", "state_affiliated": True})


def _demonym_country(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    res = []
    for a in out:
        name = a.speaker_name or ""
        if a.speaker is not None and a.source_type in ("government", "person") and a.source_country is None and \
                a.named and \
                re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}", name):
            last = name.split()[-1]
            first = re.search(rf"\b(?:[A-Z][a-z]+\s+){{1,3}}{re.escape(last)}\b", text)
            if first is not None and first.start() < a.speaker.start:
                before = text[max(0, first.start() - 80):first.start()]
                m = re.search(rf"\b([A-Z][a-z]+)\s+{TITLES_R91}\b(?:\s+[\w,]+){{0,5}}?\s*$", before)
                if m is not None:
                    country = table.country_in(m.group(1))
                    if country:
                        a = a.model_copy(update={"source_country": country, "source_type": "government",
                                                 "state_affiliated": True})
        res.append(a)
    return res


def round91_attributions(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 91's rules, as the module's notes say."""
    out = _false_break(text, out)
    out = _doc_tail(text, out)
    out = _served_notice(text, out, table)
    out = [_supporters(text, a) for a in out]
    out = [_committee(text, _countries_joined(text, _fronted(text, _doc_speaker(text, _polled(text, a)), table),
                                              table)) for a in out]
    out = _it_after_doc(text, out)
    return _demonym_country(text, out, table)
