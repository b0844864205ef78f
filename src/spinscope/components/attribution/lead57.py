"""Attributions, lead round 57 (issue 16): records the lead's reading of 24 fresh short 1987 wire stories found
wrong (a zinc export figure, a merger vote, a trust's first dividend, a current account, a trust company's forecast,
an embassy's wheat report, an oil company's office abroad, a stake sale filed with the SEC, a steel maker's stake
in a US firm, a heat-resistant rubber, a fuel proposal, a mine after an earthquake, a trade accord, money-market
help).

One pass, ``lead57_attributions``, called once from ``extract_attributions`` after every other pass. Its invented
tests are in ``tests/test_lead57.py``.

- **A company's officer is a person.** "... , president <Name> told shareholders at the annual meeting" and
  "<Firm> vice president <Name>" were typed ``government`` (the title read as a head of state's): a lower-case
  company title ("president", "vice president", "chairman", "chief executive") before a name, in a story with a
  company's marks and no state word in the speaker's paragraph, is a ``person`` (the older golds: 15 company
  presidents ``person``; every ``government`` one a state's or a central bank's), of the company's country where the
  ticker tells it.
- **"It said" after "It quoted <Name> as saying".** The paper that quoted is the one that goes on: the pronoun was
  given a city or the company named in between; it is the speaker of the record before the quoting sentence.
- **Documents.** "..., the accord said" was typed ``person``: an accord, agreement, treaty, pact or communique that
  says something is a ``report`` (the older golds: documents are reports).
- **"said in a statement it <verb>".** The content began at "in a statement": it begins at its subject (the older
  golds: 9 of 9 contents after "said in a statement" start after it).
- **A subject before an aside.** "<Firm> said <Name> of <Country>, in a move to ..., invested <amount>": the content
  began at the verb; it begins at the subject before the aside (as lead56 does for a bracketed subject).
- **Names.** "<Name> and <Name> <Words> Trust / Inc" was named from the word after "and" ("Rehabilitation
  Properties Trust"): one company, named whole. A 1987 wire title that took the company's name and left its legal
  form to open the body ("... IN GTX CORP GTX" over "Corp said"): the story's records named by the title's word are
  that company too (lead55 names the form alone).
- **After the landing (lead57e).** "<Firm> did not indicate the amount of profit, if any, it expects": a negated
  cue whose object stands between it and the content is no statement (the parser read the relative clause as the
  cue's complement).
"""

from __future__ import annotations

import re

from ...result import Attribution
from ._shared import landed
from .lead55 import _like
from .lead56 import FORM_END_L56, STATE_TITLE_L56, title_first
from .round101 import _phrase
from .round102 import COMPANY_MARK_102, STATE_WORDS_102, _company_country

#: A lower-case company title right before a capitalised name: "president <Name>", "<Firm> vice president <Name>".
COMPANY_TITLE_L57 = re.compile(r"(?:^|\s)(?:vice[\s-]+)?(?:president|chairman|chief\s+executive)\s+(?=[A-Z])")
#: A story's marks of a company: a legal form, a ticker, shareholders, a share's figures.
COMPANY_STORY_L57 = re.compile(r"\b(?:shareholders|stockholders|per\s+share|a\s+share|dividends?|annual\s+meeting)\b")
#: A bank or a state's body before the title ("Bundesbank vice-president", "central bank president").
STATE_BODY_L57 = re.compile(r"[Bb]ank|Reserve|Fed\b|[Bb]undes|[Tt]reasury|[Ss]tate|[Nn]ational")
#: "It quoted <Name> as saying", "It cited <Name>": the paper or agency that speaks on.
IT_QUOTED_L57 = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))It\s+(?:quoted|cited)\b")
#: A document that says something.
DOCUMENT_L57 = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:accord|agreement|treaty|pact|communique|protocol|memorandum)")
#: "in a statement (that) it ...": the setting before a content's subject.
SETTING_L57 = re.compile(r"in\s+an?\s+(?:statement|letter|report|speech|interview|filing|note|communique)\s+"
                         r"(?:that\s+)?(?=(?:it|he|she|they|we|its|the|an?|[A-Z])\b)")
#: "said <Name> of <Country>, in a move to ..., <verb>": the subject and its aside before the content.
ASIDE_SUBJECT_L57 = re.compile(r"\s+(?:that\s+)?(?P<subj>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&))*"
                               r",\s+(?:in|as|after|with|under|an?|the|its|which|who)\s[^,\n]{2,80},)\s+$")
#: A state's body described, not named: "The government agency", "the agency".
DESCRIBED_STATE_BODY_L57 = re.compile(r"[Tt]he\s+(?:government\s+|state\s+|federal\s+)?(?:agency|body|board|office)")
#: A ticker right after a speaker's phrase: "Dairy Group Inc <BRVG> said".
TICKER_AFTER_L57 = re.compile(r"\s*<(?P<ticker>[A-Z][A-Z0-9.]{0,6})>")
#: A negation right before a cue: "did not indicate", "would not say", "declined to disclose".
NEGATED_CUE_L57 = re.compile(r"(?:\bnot|n't|\bnever|\bdeclined\s+to|\brefused\s+to)\s+$")
#: A content that opens a reported clause right after its cue.
CLAUSE_GAP_L57 = re.compile(r"\s*(?:that\s*)?,?\s*")
#: A company named "<Name> and <Name> <Words> <Form>".
AND_COMPANY_L57 = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s+and\s+"
                             r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s+"
                             r"(?:Inc|Corp|Co|Ltd|Plc|PLC|Trust|Holdings|Group|Cos|Partners|Associates)\.?)")


def _company_officers(text: str, out: list[Attribution]) -> list[Attribution]:
    """A lower-case company title before a name, typed ``government`` in a company's story: a person."""
    if not (COMPANY_MARK_102.search(text) or COMPANY_STORY_L57.search(text)):
        return out
    names = set()
    for a in out:
        if a.speaker is None or not a.speaker_name or a.source_type not in ("government", "politician"):
            continue
        phrase = _phrase(text, a)
        m = COMPANY_TITLE_L57.search(phrase)
        if m is None or STATE_TITLE_L56.search(phrase) or STATE_BODY_L57.search(phrase[:m.start()]):
            continue
        start = text.rfind("\n", 0, a.speaker.start) + 1
        end = text.find("\n", a.speaker.end)
        if not STATE_WORDS_102.search(text[start:end if end >= 0 else len(text)]):
            names.add(a.speaker_name)
    if not names:
        return out
    country = _company_country(text)
    return [a.model_copy(update={"source_type": "person", "state_affiliated": False,
                                 "source_country": country or a.source_country,
                                 "evidence": f"{a.evidence}:lead57:company-officer"})
            if a.speaker_name in names and a.source_type in ("government", "politician") else a for a in out]


def _quoting_paper(text: str, out: list[Attribution]) -> list[Attribution]:
    """"It said" in the sentence after "It quoted <Name> as saying": the speaker before the quoting sentence."""
    res = []
    for a in out:
        if a.speaker is not None and text[a.speaker.start:a.speaker.end] == "It":
            before = [m for m in IT_QUOTED_L57.finditer(text, 0, a.speaker.start)]
            quoted = before[-1].start() if before else -1
            between = text[quoted:a.speaker.start]
            if quoted >= 0 and len(re.findall(r"[.!?](?:\s|$)", between)) == 1:
                paper = [b for b in out if b.speaker is not None and b.speaker.end <= quoted and b.named and
                         b.source_type in ("media", "report", "organization", "government")]
                if paper:
                    a = _like(a, (a.speaker.start, a.speaker.end), paper[-1], "quoting-paper").model_copy(
                        update={"evidence": f"{a.evidence}:lead57:quoting-paper"})
        res.append(a)
    return res


def _negated_object(text: str, a: Attribution) -> bool:
    """"<Firm> did not indicate the amount of profit, if any, it expects": a negated cue whose object stands
    between it and the content is no statement (the parser read the relative clause as the cue's complement; no
    older gold counts a "did not say / disclose / indicate <noun>")."""
    if a.cue is None or a.cue.end > a.content.start or NEGATED_CUE_L57.search(text, max(0, a.cue.start - 16),
                                                                               a.cue.start) is None:
        return False
    return CLAUSE_GAP_L57.fullmatch(text, a.cue.end, a.content.start) is None


def _documents(text: str, a: Attribution) -> Attribution:
    """"the accord said" typed ``person``: a report."""
    if a.speaker is not None and a.source_type == "person" and DOCUMENT_L57.fullmatch(_phrase(text, a)):
        return a.model_copy(update={"source_type": "report", "state_affiliated": False,
                                    "evidence": f"{a.evidence}:lead57:document"})
    return a


def _content_start(text: str, a: Attribution) -> Attribution:
    """A content that opens with "in a statement" or that lost its subject before an aside (module's notes)."""
    start = a.content.start
    if (m := SETTING_L57.match(text, start)) is not None and m.end() < a.content.end:
        start = m.end()
    elif a.cue is not None and a.cue.end < start and text[start:start + 1].islower() and \
            (m := ASIDE_SUBJECT_L57.search(text, a.cue.end, start)) is not None:
        start = m.start("subj")
    if start == a.content.start:
        return a
    return a.model_copy(update={"content": a.content.model_copy(update={"start": start}),
                                "start": min(a.start, start), "evidence": f"{a.evidence}:lead57:content-start"})


def _and_spans(text: str, a: Attribution) -> Attribution:
    """"Farmers and Growers Equity Trust said": a speaker cut at "and" runs to the company's legal form before the
    cue."""
    if a.speaker is None or a.cue is None or a.source_type not in ("organization", "person") or \
            a.speaker.end >= a.cue.start:
        return a
    start = a.speaker.start + (4 if text.startswith(("The ", "the "), a.speaker.start) else 0)
    m = AND_COMPANY_L57.fullmatch(text.rstrip(), start, a.speaker.end + len(text[a.speaker.end:a.cue.start].rstrip()))
    if m is None or m.end() <= a.speaker.end or "\n" in m.group(0):
        return a
    name = " ".join(m.group("name").split())
    return _like(a, (start, m.end()), a, "and-company").model_copy(update={
        "speaker_name": name, "source_type": "organization", "named": True, "state_affiliated": False,
        "evidence": f"{a.evidence}:lead57:and-company"})


def _names(text: str, out: list[Attribution]) -> list[Attribution]:
    """"<Name> and <Name> ... Trust" named whole; the title's word for a company that the body opens with its
    legal form alone."""
    renames: dict[str, str] = {}
    for a in out:
        if a.speaker is None or a.source_type != "organization" or not a.speaker_name:
            continue
        m = AND_COMPANY_L57.fullmatch(_phrase(text, a))
        if m is not None and m.group("name").endswith(a.speaker_name) and m.group("name") != a.speaker_name:
            renames[a.speaker_name] = m.group("name")
    renames.update(_title_tail_names(text, out))
    for a in out:  # "The company said" named by the legal form alone ("Co") of the speaker named whole above
        if a.speaker is not None and a.speaker_name and FORM_END_L56.fullmatch(a.speaker_name):
            whole = {b.speaker_name for b in out if b.speaker is not None and b.speaker_name and
                     b.speaker_name.endswith(" " + a.speaker_name) and _phrase(text, b) == a.speaker_name}
            if len(whole) == 1:
                renames[a.speaker_name] = whole.pop() or a.speaker_name
    if not renames:
        return out
    return [a.model_copy(update={"speaker_name": renames[a.speaker_name], "evidence": f"{a.evidence}:lead57:name"})
            if a.speaker_name in renames else a for a in out]


def _title_tail_names(text: str, out: list[Attribution]) -> dict[str, str]:
    """The names of a company whose word the wire title took (module's notes), as renames. "... IN GTX CORP GTX"
    over "Corp said" (lead55 named the form alone "GTX Corp"): the records named by the word are that company.
    "... COMPLETES PLANT SALE BRV" over "Dairy Group Inc <BRVG> said" and a later "BRV said": where the ticker after
    the first speaker starts with the word and the story's records name the company by it, the company is "<word>
    <name>", one source with those records."""
    found = title_first(text, out)
    if found is None or not found[2].speaker_name:
        return {}
    word, body, first = found
    assert first.speaker is not None and first.speaker_name is not None
    if FORM_END_L56.fullmatch(_phrase(text, first)) and first.speaker_name.upper().startswith(word.upper() + " "):
        return {a.speaker_name: first.speaker_name for a in out if a.speaker_name and a.source_type == "organization"
                and a.speaker_name != first.speaker_name
                and FORM_END_L56.sub("", a.speaker_name).strip().upper() == word.upper()}
    if first.source_type != "organization" or not FORM_END_L56.search(first.speaker_name) or \
            " " not in first.speaker_name:
        return {}
    if first.speaker_name.upper().startswith(word.upper() + " ") or \
            text[:body].upper().startswith(f"{word} {first.speaker_name.split()[0]}".upper()):
        return {}  # named whole already, or lead56's title-split case
    ticker = TICKER_AFTER_L57.search(text, first.speaker.start, first.speaker.end + 12)  # in the span or after it
    by_ticker = ticker is not None and ticker.group("ticker").upper().startswith(word.upper())
    named = [a for a in out if a is not first and a.speaker is not None and a.speaker_name == word and
             text[a.speaker.start:a.speaker.end] == word]
    if not (by_ticker and named):
        return {}
    whole = f"{word} {first.speaker_name}"
    return {first.speaker_name: whole, word: whole}


def _described_state_bodies(text: str, out: list[Attribution]) -> list[Attribution]:
    """"The government agency said" after one named state body: that body."""
    res: list[Attribution] = []
    for a in out:
        if a.speaker is not None and a.source_type == "government" and (a.speaker_name or "x")[:1].islower() and \
                DESCRIBED_STATE_BODY_L57.fullmatch(_phrase(text, a)):
            before = [b for b in res if b.speaker is not None and b.speaker.end <= a.speaker.start and b.named and
                      b.source_type == "government" and (b.speaker_name or "")[:1].isupper()]
            if len({b.speaker_name for b in before}) == 1:
                a = _like(a, (a.speaker.start, a.speaker.end), before[-1], "state-body").model_copy(
                    update={"evidence": f"{a.evidence}:lead57:state-body"})
        res.append(a)
    return res


def lead57_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 57's lead rules, as the module's notes say: contents, then speakers' types and names."""
    out = [_and_spans(text, _documents(text, _content_start(text, a))) for a in attributions
           if not _negated_object(text, a)]
    out = _names(text, _quoting_paper(text, _company_officers(text, out)))
    out = _described_state_bodies(text, out)
    return landed(out, attributions)


__all__ = ["lead57_attributions"]
