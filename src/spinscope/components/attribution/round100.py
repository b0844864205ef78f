"""Attributions, round 100 (issue 16, branch ``attr100``): speakers of seven fresh 1987 wire stories' development
part (``scripts/attr100/README.md``): a congressional hearing, a British company, an agriculture secretary's aide,
a commodity table, unnamed sources' pronouns.

One pass, ``round100_attributions``, called last in ``extract_attributions`` (after ``lead52_attributions``).
Invented tests: ``tests/test_attr100.py``.

1. **US legislators and federal commissions.** "Rep. <Name>, D-<State>, ...", "<State abbr.> Rep. <Name>", "the
   chairman of a House subcommittee ..." and "Securities and Exchange Commission chairman <Name>" were given no
   country (a story naming no country twice): a speaker phrase with a US legislator's title ("Rep.", "Sen.",
   "Congressman"), a wire party-and-state tag (", D-Mass,", "(R-N.J.)"), a House or Senate (sub)committee, or a
   US federal commission is of the US, where the story is set in the US or in no one country; every later record
   carrying the same name, with no country, follows. A House or Senate committee's chairman or member typed
   ``government`` is a ``politician`` (the golds' legislators).
2. **A "Plc" is British.** "<Name> Co Plc <TICKER>" took the US from its (American depositary) ticker, and its
   "the company" and "It" after it: a company speaker whose name ends in "Plc" with no country word in it is of GB
   (attr80's "Sale Tilney Plc"); records carrying the same name follow.
3. **"<Surname>'s aide" after "an aide to <Title> <Name> <Surname>".** The second was typed ``organization`` with no
   country (or ``person`` named by the surname) while the first was ``government``, US: an unnamed aide named by a
   surname takes the type and country of an earlier aide record whose phrase holds that surname, unnamed.
4. **"nil" is no cue.** A commodity table's capitals line "IMPORTS ALLOCATIONS <COUNTRY> nil <figures>" was read as
   a speaker and a statement: a record whose cue is the word "nil" is dropped.
5. **"they" resolved to one body.** "They said this was despite ... the Commission ... . But they have not given
   any sign ... unless the Commission changes <its policy>, they said." resolved the last "they" (unnamed
   sources) to "Commission" (a body the sources spoke about, no speaker, singular): a "they" speaker resolved to a
   singular mention, whose record right before it (in its paragraph or the one before) has a plural speaker
   ("They", "the sources", unnamed), takes that record's speaker typing.
6. **A company's reported result is no statement.** "the company reported a <notably good start> to the
   current year, with profits sharply higher ..." was a record (attr95's convention leaves out "reported a loss of
   <amount>": a result, no report): an organization's "reported" whose content is "a/an" and at most four words
   before a result noun (start, profit, loss, gain, rise, ...) is dropped.
7. **"Asked about <NP>" is a question's topic.** "Asked about a reply, she said ..." kept round 59's record of the
   question with no speaker and the content "about a reply": the golds give "Asked about <NP>" no record (rounds 31,
   39, 98) while "Asked if <clause>" has one (round 59's): a round 59 question record whose content begins with
   "about" is dropped (the lead's open lead of round 52).
8. **A closing tag swallowed by a nested noun report.** "<Clause> over producer complaints that <clause>, EC
   Commission sources said." gave the noun "complaints" a record with no speaker whose content ran on over the tag,
   and the tag no record: a record with no speaker whose content ends in ", <words> sources said" becomes the tag's
   record (the sources, ``anonymous``, unnamed, "said", the sentence up to the comma).
9. **A closing tag's content over a nested report.** "Producers claim <A>, and <B>, the sources said." gave the tag
   the last clause alone ("<B>"): a sentence-final "..., <speaker> said." record whose content begins after another
   record's cue in its sentence (a nested report whose speaker opens the sentence, no full stop, semicolon or colon
   between) takes the content from that record's speaker to its own comma; the nested record stays (PolNeAR marks
   it).
10. **"The agency" after a department.** "The <Agriculture> Department said ... The agency said ..." typed the
    second a news agency (``media``, unnamed): a bare "the agency" speaker typed ``media`` with no medium among the
    records before it takes the typing of the nearest earlier ``government`` record named by a department,
    administration, agency, service, commission, bureau or office (the lead's open lead of round 52).
11. **"One said" after a group.** "Bankers said ... One said ..." typed "One" a ``person``: a bare "one" speaker
    typed ``person`` right after a record (in its paragraph or the one before) whose speaker is an unnamed plural
    group takes the group's type and country, unnamed (round 76's gold: "one wrote" ``anonymous``; the lead's open
    lead of round 52).
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from .round98 import TYPING, _order, _spk
from .sources import SourceTable
from .speakers import story_country

#: A US legislator's or federal commission's words in a speaker phrase.
US_FEDERAL_100 = re.compile(
    r"\b(?:Rep|Reps|Sen|Sens)\.\s+[A-Z]|\b(?:Congress(?:man|woman)|Senator|Representative)\s+[A-Z]"
    r"|(?:^|[,(]\s*)[DRI]-[A-Z][A-Za-z.]{1,12}\s*(?:[,)]|$)"
    r"|\b(?:House|Senate)\s+(?:[A-Z][\w&]*\s+){0,4}(?:[Ss]ub)?[Cc]ommittee\b"
    r"|\b(?:Securities\s+and\s+Exchange|Federal\s+Trade|Interstate\s+Commerce|Commodity\s+Futures\s+Trading|"
    r"Federal\s+Communications|Nuclear\s+Regulatory)\s+Commission\b")
#: A House or Senate committee's chairman or member.
COMMITTEE_MEMBER_100 = re.compile(r"\b(?:chairman|chairwoman|chair|member|head)\s+of\s+(?:a|an|the)\s+(?:House|Senate)"
                                  r"\s+(?:[A-Z][\w&]*\s+){0,4}(?:[Ss]ub)?[Cc]ommittee\b")
#: A company name ending in "Plc".
PLC_100 = re.compile(r"\b(?:Plc|PLC|plc)\.?$")
#: "<Surname>'s aide(s)".
AIDE_OF_100 = re.compile(r"(?:[Tt]he\s+)?(?P<who>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s\s+aides?")
#: A result noun phrase after "reported": "a notably good start", "a net loss".
RESULT_NP_100 = re.compile(r"(?:a|an)\s+(?:[\w,.-]+\s+){0,4}?(?:start|profit|loss|gain|rise|increase|decline|drop|"
                           r"fall|jump|surge|deficit|surplus|income|revenue|earnings|quarter|year)s?\b")
#: A closing tag of unnamed sources at a content's end: ", EC Commission sources said".
SWALLOWED_TAG_100 = re.compile(r",\s+(?P<np>(?:[A-Za-z][\w.&-]*\s+){0,3}sources)\s+(?P<cue>said)\s*[.]?\s*$")
#: A sentence's end before a position: a full stop (not of an initial) and a space before a capital or quote.
SENTENCE_END_100 = re.compile(r"(?<![A-Z])[.!?][\"”’]?\s+(?=[A-Z\"“])")
#: A sentence-final tag after its content: ", the sources said." (speaker and cue then the full stop).
CLOSING_TAG_100 = re.compile(r"\s*,\s*$")
#: A government body named by the kind of body an "agency" can stand for.
AGENCY_BODY_100 = re.compile(r"\b(?:Department|Administration|Agency|Service|Commission|Bureau|Office)\b")
#: Pronoun speakers by number.
PLURAL_100, SINGULAR_100 = frozenset({"they", "we"}), frozenset({"he", "she", "it", "i"})


def _us_federal(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    if story_country(text, table) not in (None, "US"):
        return out
    names: set[str] = set()
    for i in _order(out):
        a = out[i]
        phrase = _spk(text, a)
        if a.speaker is None or a.source_country is not None:
            continue
        if US_FEDERAL_100.search(phrase) and a.source_type in {"government", "politician", "person"}:
            update: dict[str, object] = {"source_country": "US"}
            if a.source_type == "government" and COMMITTEE_MEMBER_100.search(phrase):
                update["source_type"] = "politician"
            out[i] = a.model_copy(update=update)
            if a.named and a.speaker_name:
                names.add(a.speaker_name)
        elif a.speaker_name in names and a.source_type in {"government", "politician", "person"}:
            out[i] = a.model_copy(update={"source_country": "US"})
    return out


def _plc(out: list[Attribution], table: SourceTable) -> list[Attribution]:
    moved: dict[str, str | None] = {}
    for i in _order(out):
        a = out[i]
        name = a.speaker_name or ""
        if a.source_type == "organization" and PLC_100.search(name) and a.source_country in (None, "US") and \
                table.country_in(name) is None:
            moved[name] = a.source_country
    if not moved:
        return out
    words = {n.split()[0] for n in moved}
    for i, a in enumerate(out):
        name = a.speaker_name or ""
        if a.source_type == "organization" and a.source_country in (None, "US") and (
                name in moved or (PLC_100.search(name) and name.split()[0] in words)):
            out[i] = a.model_copy(update={"source_country": "GB"})
    return out


def _aides(text: str, out: list[Attribution]) -> list[Attribution]:
    order = _order(out)
    for k, i in enumerate(order):
        a = out[i]
        m = AIDE_OF_100.fullmatch(_spk(text, a))
        if m is None or (a.source_type == "government" and a.source_country is not None):
            continue
        for j in reversed(order[:k]):
            b = out[j]
            words = _spk(text, b)
            if b.source_type == "government" and "aide" in words and re.search(rf"\b{m.group('who')}\b", words):
                out[i] = a.model_copy(update={"source_type": b.source_type, "source_country": b.source_country,
                                              "state_affiliated": b.state_affiliated, "named": False,
                                              "speaker_name": m.group(0).removeprefix("the ").removeprefix("The ")})
                break
    return out


def _nil_cue(text: str, a: Attribution) -> bool:
    return a.cue is not None and text[a.cue.start:a.cue.end].strip().lower() == "nil"


def _plural(phrase: str, named: bool) -> bool:
    low = phrase.lower()
    return low in PLURAL_100 or (low not in SINGULAR_100 and not named and (
        low.endswith("s") or low.split()[-1:] in (["people"], ["police"], ["staff"])))


def _they_of_one(text: str, out: list[Attribution]) -> list[Attribution]:
    order = _order(out)
    for k in range(1, len(order)):
        a, b = out[order[k]], out[order[k - 1]]
        r = a.resolved_from
        if _spk(text, a).lower() != "they" or r is None or b.speaker is None or b.speaker_name is None:
            continue
        if _plural(" ".join(text[r.start:r.end].split()), False) or not _plural(_spk(text, b), b.named):
            continue
        if text.count("\n\n", b.end, a.start) > 1 or a.speaker_name == b.speaker_name:
            continue  # the record before is in this paragraph or the one before
        out[order[k]] = a.model_copy(update={f: getattr(b, f) for f in TYPING}
                                     | {"resolved_from": b.resolved_from or b.speaker})
    return out


def _result_reported(text: str, a: Attribution) -> bool:
    return a.cue is not None and a.source_type == "organization" and \
        text[a.cue.start:a.cue.end].strip().lower() == "reported" and \
        RESULT_NP_100.match(text, a.content.start) is not None


def _asked_about(text: str, a: Attribution) -> bool:
    return a.speaker is None and a.evidence.endswith("asked-if-59") and \
        re.match(r"about\b", text[a.content.start:a.content.end], re.IGNORECASE) is not None


def _sentence_start(text: str, pos: int) -> int:
    para = text.rfind("\n", 0, pos) + 1
    ends = [m.end() for m in SENTENCE_END_100.finditer(text, para, pos)]
    return ends[-1] if ends else para


def _swallowed_tag(text: str, out: list[Attribution]) -> list[Attribution]:
    for i, a in enumerate(out):
        if a.speaker is not None:
            continue
        end = text.find("\n", a.content.end) % (len(text) + 1)  # the paragraph's end (the text's, if none)
        stop = text.find(".", a.content.end, end)
        tail_end = end if stop < 0 else stop + 1
        m = SWALLOWED_TAG_100.search(text, a.content.start, tail_end)
        if m is None or "\n" in text[a.content.start:m.start()]:
            continue
        start = _sentence_start(text, a.start)
        np_start = m.start("np")
        speaker = Span(start=np_start, end=m.end("np"), label="speaker", score=a.score, evidence="round100:tag")
        cue = Span(start=m.start("cue"), end=m.end("cue"), label="cue", score=a.score, evidence="round100:tag")
        content = Span(start=start, end=m.start(), label="content", score=a.score, evidence="round100:tag")
        name = re.sub(r"^(?:the|The)\s+", "", " ".join(m.group("np").split()))
        out[i] = Attribution(start=start, end=m.end("cue"), label="indirect", score=a.score,
                             evidence="attributions.v1:round100:swallowed-tag", kind="indirect", speaker=speaker,
                             cue=cue, content=content, source_type="anonymous", speaker_name=name, named=False)
    return out


def _closing_tag_over_nested(text: str, out: list[Attribution]) -> list[Attribution]:
    for i, a in enumerate(out):
        if a.speaker is None or a.cue is None or a.speaker.start < a.content.end:
            continue
        if not CLOSING_TAG_100.fullmatch(text, a.content.end, a.speaker.start) or \
                not re.match(r"\s*[.]", text[a.cue.end:a.cue.end + 3]):
            continue
        start = _sentence_start(text, a.content.start)
        inner = [b for b in out if b is not a and b.cue is not None and b.speaker is not None and
                 start <= b.speaker.start and b.cue.end <= a.content.start and b.content.end <= a.speaker.start
                 and not text[start:b.speaker.start].strip()
                 and not re.search(r"[.!?;:][\"”’]?\s", text[b.speaker.start:a.content.start])]
        if not inner or any(q in text[start:a.content.start] for q in "\"“”"):
            continue
        first = min(inner, key=lambda b: b.speaker.start if b.speaker is not None else b.start)
        assert first.speaker is not None
        new = first.speaker.start
        out[i] = a.model_copy(update={"start": min(a.start, new),
                                      "content": a.content.model_copy(update={"start": new})})
    return out


def _agency(text: str, out: list[Attribution]) -> list[Attribution]:
    order = _order(out)
    for k, i in enumerate(order):
        a = out[i]
        if _spk(text, a).lower() != "the agency" or a.source_type != "media":
            continue
        before = [out[j] for j in order[:k]]
        if any(b.source_type == "media" for b in before):
            continue
        body = next((b for b in reversed(before) if b.source_type == "government" and b.named and
                     AGENCY_BODY_100.search(b.speaker_name or "")), None)
        if body is not None:
            out[i] = a.model_copy(update={f: getattr(body, f) for f in TYPING})
    return out


def _one_of_group(text: str, out: list[Attribution]) -> list[Attribution]:
    order = _order(out)
    for k in range(1, len(order)):
        a, b = out[order[k]], out[order[k - 1]]
        if _spk(text, a).lower() != "one" or a.source_type != "person" or b.speaker is None:
            continue
        if b.named or not _plural(_spk(text, b), b.named) or text.count("\n\n", b.end, a.start) > 1:
            continue
        out[order[k]] = a.model_copy(update={"source_type": b.source_type, "source_country": b.source_country,
                                             "state_affiliated": b.state_affiliated, "named": False})
    return out


def round100_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 100's rules, as the module's notes say."""
    out = [a for a in attributions
           if not (_nil_cue(text, a) or _result_reported(text, a) or _asked_about(text, a))]
    out = _us_federal(text, out, table)
    out = _plc(out, table)
    out = _aides(text, out)
    out = _swallowed_tag(text, out)
    out = _closing_tag_over_nested(text, out)
    out = _agency(text, out)
    out = _one_of_group(text, out)
    return _they_of_one(text, out)
