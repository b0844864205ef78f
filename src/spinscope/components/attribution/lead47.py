"""Attributions, lead round 47 (issue 16): wire datelines, company names, epigraphs and a speaker set off inside
the sentence, from the lead's reading of six fresh Reuters wire articles and one long news page.

One pass, ``lead47_attributions``, called once from ``extract_attributions`` after the lead's round 46 pass. Its
invented tests are in ``tests/test_lead47.py``.

- **A dateline is no speaker.** A wire story opens with a dateline that ends in a dash ("DENVER, March 4 - ",
  "DENVER (Reuters) - ", "SANTA FE, N.M., Jan 3 -- "), and the parse may run it into the subject of the first
  sentence's "said": the speaker came out as "March 4 - Granite Mills Corp", "- UtiliCorp United Inc", or the
  dateline alone when the subject carried an apposition ("Acme, the flour maker that holds ..., said"). The
  speaker starts after the dash; a speaker that was the dateline alone becomes the name that opens the text after
  the dash, where the text from there to the cue is that name with at most one apposition set off by commas, and
  its source is typed again from the new phrase (a cut speaker keeps the type and country it had; either way a
  country the passes before found, the dateline's, stays).
- **A company is no government and no person.** A named speaker whose name ends in a company's legal form ("Corp",
  "Inc", "Ltd", "Plc", "LLC", "Co"), or is "<Name> Corp of <Place>", is an ``organization``: "Financial Corp of
  <Town>" was typed government (a place after "of" reads like a city's government); "Savings Corp of <Town>",
  after a dateline naming the town, was named "<Town>" and typed person (the speaker's name becomes the phrase).
- **"<Name> said in its weekly review"**: a speaker typed ``person`` whose report the text calls "its" (a review,
  report, statement, bulletin ... right after the cue) is an ``organization``.
- **"said <Given> <Surname> of <Firm>"** typed ``organization`` (the tagger took the analyst's name for a body):
  a ``person`` named "<Given> <Surname>" with the firm as affiliation, when the text goes on to call the speaker
  "he" / "she" or has the surname alone speak; two words that make a body or a place ("Royal Bank", "United
  States", a listed source) are left alone. (Folded in round 50, ``attr97``, with lead49's rule of a known given
  name: one rule, ``lead49._person_of_firm``.)
- **An epigraph**: a quotation alone in its paragraph, signed by the next one ("— <Name>, <place>, <date>"), is
  the signer's; it had been given to the speaker of the paragraph before (a quotation "continuing" the lead's
  "An investigation by X reveals ...").
- **"<NP>, said <Name>, "<quotation>""**: the name after the cue is the speaker; the noun phrase that opens the
  reported sentence ("The program") had been taken for an unnamed speaker.
- **"according to a raft of articles"**: a number of articles, stories or editorials typed ``person`` is a
  ``report``.
- **"<NP>, said <Name or the role>, <rest>."** (no quotation): no parse gave it a record; the sentence is the
  content, as for "The deal, X said, was ...".
- A speaker made an ``organization`` by one of these is one in every record that names it the same way (one type
  per speaker).
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from .round56 import _sentence_bounds
from .round77 import _record
from .sources import SourceTable, _type_source

_MONTH_L47 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A wire dateline at a paragraph's start: an upper-case place, more places or a state after commas, an agency in
#: brackets, a date, then a dash.
DATELINE_L47 = re.compile(
    r"[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)*"
    r"(?:\s*\((?:[A-Z][\w.]*\s*)+\))?"
    rf"(?:,?\s*{_MONTH_L47}\s+\d{{1,2}})?"
    r"\s*(?:-{1,2}|–|—)\s+")
#: A name that opens the text after a dateline: capitalised words, joined by "of", "and", "&".
NAME_L47 = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:(?:of|and|&|de|du|von)\s+)?[A-Z][\w.&'’-]*)*")
#: One apposition set off by commas, then the cue: ", the flour maker that holds a third of X, ".
APPOSITION_L47 = re.compile(r",\s+(?:the|a|an)\s+[^,;:\"“”]{3,160},\s*$")
#: A company's legal form as the name's last word, or "<Name> Corp of <Place>".
COMPANY_L47 = re.compile(r"\b(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|Plc|PLC|LLC|Co)\.?"
                         r"(?:\s+of\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)?$")


#: The score of a quotation given to the name that signs it (a pattern, as round 77's).
EPIGRAPH_SCORE_L47 = 0.7
#: A proper name only: capitalised words and the small words names hold ("Bank of X", "Smith & Sons").
PROPER_NAME_L47 = re.compile(r"(?:[A-Z][\w.&'’-]*|<[A-Z][^<>]*>)(?:\s+(?:[A-Z][\w.&'’-]*|of|and|&|de|du|the|for))*")


def _dateline_end(text: str, pos: int) -> int | None:
    """The end of the dateline (after its dash) of the paragraph holding ``pos``, if the paragraph opens with one."""
    line_start = text.rfind("\n", 0, pos) + 1
    match = DATELINE_L47.match(text, line_start)
    return match.end() if match else None


def _line(text: str, pos: int) -> str:
    """The line (paragraph) holding ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


def _with_speaker(a: Attribution, speaker: Span, phrase: str, typed: tuple[str | None, str | None, bool, str | None],
                  **extra: object) -> Attribution:
    """The record with ``speaker`` named ``phrase`` and typed ``typed`` (type, country, state-affiliated,
    affiliation), its bounds over its spans; ``extra`` fields too."""
    source_type, country, state, affiliation = typed
    spans = [x for x in (speaker, a.cue, a.content) if x is not None]
    return a.model_copy(update={
        "speaker": speaker, "speaker_name": phrase, "source_type": source_type, "source_country": country,
        "state_affiliated": state, "affiliation": affiliation, "named": True,
        "start": min(x.start for x in spans), "end": max(x.end for x in spans), **extra})


def _retyped(text: str, a: Attribution, start: int, end: int, table: SourceTable, *, retype: bool) -> Attribution:
    """The record with its speaker moved to ``start:end``; typed again from the new phrase when ``retype`` (the old
    phrase was the dateline alone), else keeping the type and country the passes before gave the whole phrase (a
    company after the dash is an ``organization``). A country the new typing does not find stays the old one (the
    dateline's, round 80)."""
    assert a.speaker is not None
    phrase = " ".join(text[start:end].split())
    source_type, country, state, affiliation = a.source_type, a.source_country, a.state_affiliated, a.affiliation
    if retype:
        source_type, new_country, state, affiliation = _type_source(phrase, None, table, anonymous=False,
                                                                    context=_line(text, start))
        country = new_country or country
    if COMPANY_L47.search(phrase) and PROPER_NAME_L47.fullmatch(phrase):
        source_type, state = "organization", False
    speaker = a.speaker.model_copy(update={"start": start, "end": end})
    return _with_speaker(a, speaker, phrase, (source_type, country, state, affiliation))


def _dateline_speaker(text: str, a: Attribution, table: SourceTable) -> Attribution:
    s = a.speaker
    if s is None or a.cue is None:
        return a
    dash_end = _dateline_end(text, s.start)
    if dash_end is None or s.start >= dash_end:
        return a
    if s.end > dash_end:
        # the dateline ran into the subject: the speaker starts after the dash
        start = dash_end
        end = s.end
        if not text[start:end].strip() or not text[start].isupper():
            return a
        return _retyped(text, a, start, end, table, retype=False)
    # the speaker is the dateline alone: the name that opens the text after the dash, when the text from there to
    # the cue is that name and at most one apposition
    if a.cue.start <= dash_end:
        return a
    name = NAME_L47.match(text, dash_end)
    if name is None:
        return a
    rest = text[name.end():a.cue.start]
    if rest.strip() and APPOSITION_L47.fullmatch(rest) is None:
        return a
    return _retyped(text, a, name.start(), name.end(), table, retype=True)


def _company_type(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or not a.named or a.source_type not in ("government", "person"):
        return a
    phrase = " ".join(text[a.speaker.start:a.speaker.end].split())
    if not COMPANY_L47.search(phrase) or PROPER_NAME_L47.fullmatch(phrase) is None:
        return a  # "X, secretary of Y Inc.": a person named with the company, no company
    name = a.speaker_name or ""
    if COMPANY_L47.search(name) or phrase in name:
        # the company's own name, or a longer name of it given earlier
        return a.model_copy(update={"source_type": "organization", "state_affiliated": False})
    # a place of the dateline or inside the company's name was taken for the speaker ("Savings Corp of <Town>",
    # or "Savings Corp" after a dateline naming the town, named "<Town>")
    return a.model_copy(update={"speaker_name": phrase, "source_type": "organization", "state_affiliated": False})


#: Right after the cue: the speaker's report or statement called "its" ("said in its weekly review").
ITS_AFTER_CUE_L47 = re.compile(r"\s+(?:in|on|through)\s+its\s+(?:\w+\s+){0,2}(?:review|report|statement|"
                               r"bulletin|newsletter|release|filing|survey|forecast|letter|note|update)\b")


def _its_report(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.cue is None or a.source_type != "person" or not a.named:
        return a
    if ITS_AFTER_CUE_L47.match(text, a.cue.end) is None:
        return a
    # the speaker follows the cue ("..., <Name> said in its review") or stands before it
    return a.model_copy(update={"source_type": "organization", "state_affiliated": False})


#: A paragraph that signs the quotation before it: a dash, then a name, then a comma or the paragraph's end
#: ("— <Name>, <place>, <date>").
EPIGRAPH_SIGN_L47 = re.compile(r"[ \t]*(?:—|–|--?)[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
                               r"[ \t]*(?:,|\n|$)")


def _epigraph_speaker(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """A quotation standing alone in its paragraph, signed by the next paragraph ("— <Name>, ..."), is the signer's,
    not the speaker of the paragraph before (an epigraph)."""
    if a.kind != "direct" or a.cue is not None:
        return a
    if a.speaker is not None and "quote-continues-previous" not in a.evidence:
        return a
    para_start = text.rfind("\n", 0, a.content.start) + 1
    para_end = text.find("\n", a.content.end)
    if para_end < 0 or not re.fullmatch(r"\s*[\"“'‘]?\s*", text[para_start:a.content.start]) or \
            not re.fullmatch(r"[.!?]?\s*[\"”'’]?[.!?]?\s*", text[a.content.end:para_end]):
        return a
    next_start = para_end
    while next_start < len(text) and text[next_start] in "\n\r \t":
        next_start += 1
    sign = EPIGRAPH_SIGN_L47.match(text, next_start)
    sign_end = text.find("\n", next_start)
    line = text[next_start:sign_end if sign_end >= 0 else len(text)]
    if sign is None or len(line.strip()) > 120 or line.strip().endswith("."):
        return a  # a signature is one short line, no sentence ("- Germany, France and Italy agreed.")
    start, end = sign.start("name"), sign.end("name")
    phrase = " ".join(text[start:end].split())
    typed = _type_source(phrase, None, table, anonymous=False, context=line)
    speaker = Span(start=start, end=end, label="speaker", score=EPIGRAPH_SCORE_L47, evidence="lead47:epigraph")
    return _with_speaker(a, speaker, phrase, typed, resolved_from=None, score=EPIGRAPH_SCORE_L47,
                         evidence=f"{a.evidence.split(':', 1)[0]}:epigraph-signed")


#: Pieces of writing that speak as a body of reports: "a raft of articles", "several news stories", "editorials".
WRITINGS_L47 = re.compile(r"(?:(?:a|an|the|several|many|some|numerous|two|three|four|five)\s+)?(?:(?:series|raft|"
                          r"number|spate|string|flurry|handful|batch|couple)\s+of\s+)?(?:\w+\s+)?(?:articles|stories|"
                          r"columns|editorials|op-eds|pieces|dispatches)", re.IGNORECASE)


def _writings(text: str, a: Attribution) -> Attribution:
    """An unnamed speaker typed ``person`` that is a number of articles or stories is a ``report``."""
    if a.speaker is None or a.source_type != "person" or a.named:
        return a
    if WRITINGS_L47.fullmatch(" ".join(text[a.speaker.start:a.speaker.end].split())) is None:
        return a
    return a.model_copy(update={"source_type": "report", "state_affiliated": False})


#: After the cue, a name set off by commas: "<NP>, said <Name>, "<quotation>"".
SAID_NAME_L47 = re.compile(r"[ \t]+(?P<name>(?!The\b)[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]*,")
INNER_CUES_L47 = frozenset({"said", "says", "added", "adds", "explained", "explains", "noted", "notes", "recalled"})


def _said_name_inside(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """"The program, said <Name>, "was about ..."": the speaker is the name after the cue, not the noun phrase that
    opens the reported sentence."""
    if a.speaker is None or a.cue is None or text[a.cue.start:a.cue.end].lower() not in INNER_CUES_L47:
        return a
    if a.speaker.end > a.cue.start or not re.fullmatch(r",[ \t]*", text[a.speaker.end:a.cue.start]):
        return a
    name = SAID_NAME_L47.match(text, a.cue.end)
    if name is None or (a.speaker_name or "") in name.group("name"):
        return a
    if not text[a.speaker.start:a.speaker.end][:1].isupper() or a.named:
        return a  # only a noun phrase the pipeline took for an unnamed speaker
    start, end = name.start("name"), name.end("name")
    phrase = text[start:end]
    speaker = a.speaker.model_copy(update={"start": start, "end": end})
    return _with_speaker(a, speaker, phrase, _type_source(phrase, None, table, anonymous=False, context=phrase),
                         resolved_from=None)


#: "<NP>, said <Name or the role>, <rest of the sentence>": a report's cue and speaker set off inside the sentence.
INNER_SAID_L47 = re.compile(r",[ \t]+(?P<cue>said|says)[ \t]+(?P<who>(?:the[ \t]+)?(?:[A-Z][\w.'’-]*|[a-z]+)"
                            r"(?:[ \t]+[A-Z][\w.'’-]*){0,3}),[ \t]+(?=[a-z])")


def _inner_said(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"The outcome, said the minister, was a fair one": no parse gave it a record. The content is the sentence, as
    for "The deal, X said, was ..." (the records the parse gives that shape)."""
    out = list(attributions)
    for m in INNER_SAID_L47.finditer(text):
        if any(a.cue is not None and a.cue.start <= m.start("cue") < a.cue.end for a in out):
            continue
        start, end, _ = _sentence_bounds(text, m.start("cue"))
        if m.start() - start < 3 or end - m.end() < 3 or '"' in text[start:end] or "“" in text[start:end]:
            continue
        who = m.group("who")
        if who.split()[0].lower() not in ("the",) and not who[:1].isupper():
            continue
        end -= 1 if text[end - 1] in ".!?" else 0
        out.append(_record(text, (m.start("who"), m.end("who")), (m.start("cue"), m.end("cue")), (start, end),
                           "attributions.v1:lead47:inner-said", table, text[start:end]))
    return out


def _one_type(attributions: list[Attribution], organizations: set[str]) -> list[Attribution]:
    """Every record of a speaker found to be an organization typed so (one type per speaker, as round 43 keeps)."""
    out = []
    for a in attributions:
        if a.speaker_name in organizations and a.source_type == "person":
            a = a.model_copy(update={"source_type": "organization", "state_affiliated": False})
        if any(s.speaker_name in organizations and s.source_type == "person" for s in a.sources):
            a = a.model_copy(update={"sources": [
                s.model_copy(update={"source_type": "organization", "state_affiliated": False})
                if s.speaker_name in organizations and s.source_type == "person" else s for s in a.sources]})
        out.append(a)
    return out


def lead47_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Speakers cut out of wire datelines and companies typed as the module's notes say."""
    out = []
    organizations: set[str] = set()
    for a in attributions:
        before = a.source_type
        a = _its_report(text, _company_type(text, _dateline_speaker(text, a, table)))
        a = _epigraph_speaker(text, a, table)
        a = _said_name_inside(text, _writings(text, a), table)
        if a.source_type == "organization" and before != "organization" and a.speaker_name:
            organizations.add(a.speaker_name)
        out.append(a)
    out = _inner_said(text, out, table)
    return _one_type(out, organizations) if organizations else out
