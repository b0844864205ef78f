"""Attributions, lead round 55 (issue 16): records the lead's reading of 36 fresh 1987 wire stories found wrong
(a sugar crop, a takeover rumour, a cotton crop, a unit's purchase, a money market, a tender offer, a company's
results, a central bank governor, futures volumes, an oil group's US earnings; a chemical industry survey, a coffee
council, a rights plan, a gas regulator; a Norwegian bank unit, a money supply table, a mining group's dividend, a
Swedish drug maker's forecast, a car maker's buyback).

One pass, ``lead55_attributions``, called once from ``extract_attributions`` after the round's other passes. Its
invented tests are in ``tests/test_lead55.py``.

- **A company's name before its legal form.** In "<Name> Cos said ..." the parser reads the name as an adverb of
  "said" and gives the speaker as the legal form alone ("Cos"), or reads "Cos" as "because" and finds no record: a
  speaker that is a legal form alone runs back over the capitalised words before it on its line, and a
  "<Name> <legal form> said <clause>." that opens a sentence and has no record gets one.
- **The wire title's company.** A 1987 title line took the company's first word ("... OF 10 CENTS CRA" over
  "Ltd <CRAA.S> said"): a speaker that is a legal form alone opening the first body line is the company named by
  the title's last word (the records of that name, else "<WORD> <form>").
- **"and said" after a clause of its own.** "<Name> reiterated the bank's statements that <noun> remains ... and
  said <clause>" hung "said" on the inner clause, whose subject (the noun) became the speaker, typed ``person``: a
  one-word lower-case speaker typed ``person`` that cannot hold a view, on a cue the parser joined to another verb,
  takes the subject of the nearest verb above it that can (with the type and name of that speaker's other records;
  not a pronoun, not "others", which the golds keep).
- **A company is no person.** A speaker named by a company's legal form or ticker ("<Name> Inc USA", "<Name> A/S
  <TICKER>") was typed ``person`` or ``government``: ``organization``, the ticker out of its name (not "<Title>
  <Name> of <Firm> Inc", who is a person). A short name typed ``person`` or named apart ("Pharmacia" in a story
  naming "Pharmacia AB") is that company, by its full name, with its ticker's country.
- **"The company", "the <description> group" and "it" after a company.** "The company said", "The mining and
  smelting group reported" and "..., it said" after one company's records were left unresolved ("company", no
  country) or given no speaker at all: that company (the one named speaking before; where none spoke, the company
  that opens the story with its legal form; where two spoke, nothing, as attr103's guard keeps it).
- **US federal commissions.** "FERC said", "SEC chairman <Name>" and "Commission chairwoman <Name>" in a story naming
  a US federal commission (and no European one) were typed ``organization`` or ``person`` with no country: the US
  government (a complaint filed by the SEC stays a report).
- **A company's chairman is a person.** "Chairman <Name>" typed ``government`` where his paragraph names a company
  (a legal form or a ticker) and no state word: ``person``, of the company's country where its ticker says.
- **Unnamed delegates.** "ICO delegates said" typed ``person`` next to "delegates" ``anonymous``: ``anonymous``.
- **A bare reserve bank.** "the Reserve Bank said" with no country: the country the title and first paragraph name
  first.
- **A content cut after a ticker.** "said <Name> Ltd <TICKER> contributed ..." began at "> contributed": the content
  starts after the cue.
- **Not statements.** "a loan which <Firm> agreed to arrange" gave a record whose content was its own relative
  clause, cue and speaker inside it; "made an unsuccessful bid for <Company>" a stance record whose content is a
  name; "repeat" with margins as its object a stance record of no statement; "its
  board declared a dividend distribution" a stance record: dropped ("declared bankruptcy" stays: PolNeAR's tuning
  half counts it).
- **After the landing (lead55d).** "<Name> told Reuters, <clause>" gave a content opening with the listener
  ("Reuters, <clause>"): a "told" record's content starts after the listener and its comma. A company name with the
  wire's lower-case legal form ("<Name> co said") was typed ``person``, and so was its short name; a speaker named by
  the title's capitals ("NORTON" for "The company") beside the body's "Norton": the body's spelling. "Comments by
  <Name> yesterday that <clause> had no impact" had no record ("<Name>'s comments that" had one): a noun of saying
  with a "by" agent that can hold a view and a "that" clause the parser hangs on it is a record (the agent, the noun,
  the clause).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...document import Document
from ...result import Attribution, Span
from .cues import _agentive
from .round56 import _sentence_bounds
from .round68 import with_speaker_68
from .round77 import _record
from .round81 import _cue_token
from .round101 import _phrase
from .round102 import COMPANY_MARK_102, STATE_WORDS_102, _company_country, _follow, _ticker_country_of
from .sources import SourceTable

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The legal forms the 1987 wire writes after a company's name (without a period), shared by lead55's and lead56's
#: rules; each rule adds its own ("SpA", "GmbH", "AB") through ``legal_forms``.
LEGAL_FORMS_L55 = ("Cos", "Corp", "Inc", "Co", "Ltd", "Plc", "PLC", "AG", "NV", "SA")


def legal_forms(*extra: str) -> str:
    """``LEGAL_FORMS_L55`` and then ``extra`` as one regex group: "(?:Cos|Corp|...|SA|<extra>)"."""
    return "(?:" + "|".join(LEGAL_FORMS_L55 + extra) + ")"


#: A company's legal form (the 1987 wire writes them without a period).
LEGAL_FORM_L55 = re.compile(legal_forms("SpA", "GmbH") + r"\.?")
#: A legal form alone, and the wire's ticker after it: "Ltd <CRAA.S>".
FORM_TICKER_L55 = re.compile(legal_forms("SpA", "GmbH", "AB") + r"\.?(?:\s*<[^<>\n]*>?)?")
#: Capitalised words right before a legal form on its line: "Halvorsen ", "Rand Mines ".
NAME_BEFORE_L55 = re.compile(r"(?:(?<=\n)|^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))(?P<name>(?:[A-Z][\w&'’.-]*\s+){1,4})$")
#: "<Name> <legal form> said <clause>" opening a sentence.
FORM_SAID_L55 = re.compile(r"(?:(?<=\n)|^|(?<=[.!?]\s))(?P<who>(?:[A-Z][\w&'’.-]*\s+){1,4}(?:Cos|Corp|Inc|Ltd|Plc))"
                           r"\s+(?P<cue>said)\s+(?:that\s+)?(?=[a-zA-Z])")
#: A sentence's stop (not a decimal point).
SENTENCE_STOP_L55 = re.compile(r"[.!?](?=[\"”]?(?:\s|$))")
#: A company named by its legal form in a speaker's name.
COMPANY_NAME_L55 = re.compile(r"\b(?:Inc|Corp|Ltd|Plc|PLC|GmbH|Cos|AB|NV|SpA|Pty)\b|\bA/S\b|\s<[A-Z]|(?<=[a-z])\s+co$")
#: A short company name before its legal form in the story: "<Name> AB", "<Name> Inc".
SHORT_NAME_FORM_L55 = r"[ \t]+(?:Inc|Corp|Co|Ltd|Plc|PLC|GmbH|Cos|AB|NV|SpA|Pty|A/S|AG|SA|co(?=[ \t]+said\b))\b"
#: A company's name with its legal form opening a story's first line: "<Pharmacia AB> <PHAB ST> forecast".
FIRST_COMPANY_L55 = re.compile(r"<?(?P<name>(?:[A-Z][\w&'’.-]*\s+){1,4}(?:Inc|Corp|Co|Ltd|Plc|PLC|GmbH|Cos|AB|NV|SpA|"
                               r"Pty|A/S|AG|SA))\b")
#: "The <description> group": a company's description standing for it.
DESCRIBED_COMPANY_L55 = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){1,4}(?:group|company|firm|concern)")
#: A state's reserve or central bank named bare.
BARE_BANK_L55 = frozenset({"Reserve Bank", "reserve bank", "central bank", "Central Bank"})
#: A ticker's closing bracket opening a content: "said <Name> Ltd <BUVA.S> contributed".
TICKER_CLOSE_L55 = re.compile(r">\s*")
#: "The company" / "the company" unresolved.
THE_COMPANY_L55 = re.compile(r"[Tt]he\s+company")
#: ", it said" closing a record's content.
IT_SAID_L55 = re.compile(r"[,\s]*\bit\s+")
#: Relative words opening a clause.
RELATIVE_L55 = re.compile(r"(?:which|that|who|whom)\b")
#: A name alone: capitalised words (and "and", "of", "&").
NAME_ONLY_L55 = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&))*")
#: Nouns of things said: "repeated the statements", "repeated its call".
SAID_NOUNS_L55 = frozenset({
    "statement", "call", "view", "warning", "demand", "claim", "charge", "assertion", "position", "pledge",
    "promise", "offer", "argument", "criticism", "accusation", "threat", "denial", "remark", "comment", "appeal",
    "request", "assurance", "question", "message", "point", "line", "word", "stance", "opposition", "support",
    "commitment", "vow", "allegation", "complaint", "proposal", "forecast", "estimate", "prediction", "assessment",
    "belief", "opinion", "objection", "concern", "refusal", "insistence", "contention", "suggestion", "plea",
    "invitation", "order", "rejection", "praise", "condemnation", "apology", "explanation", "answer", "reply",
    "response", "story", "account", "projection", "outlook", "expectation", "guidance", "target", "mantra",
    "slogan", "theme", "refrain", "case", "goal", "aim", "plan", "policy", "intention", "objective", "vision",
    "priority", "idea", "hope", "wish", "desire", "determination", "resolve", "readiness", "willingness",
})
#: A US federal commission by its name or its initials, alone or before its officer's title.
US_COMMISSION_L55 = re.compile(
    r"\b(?:(?:Federal\s+(?:Energy\s+Regulatory|Trade|Communications|Maritime)|Securities\s+and\s+Exchange|"
    r"Interstate\s+Commerce|Commodity\s+Futures\s+Trading|Nuclear\s+Regulatory)\s+Commission|"
    r"Federal\s+Home\s+Loan\s+Bank\s+Board|Federal\s+Deposit\s+Insurance\s+Corp|"
    r"(?:SEC|FTC|FERC|ICC|CFTC|FCC|NRC|FDIC|FHLBB)(?=\s+(?:[Cc]hairman|[Cc]hairwoman|[Cc]ommissioner|[Ss]taff|"
    r"[Ss]pokes(?:man|woman))\b|$))")
#: "Commission chairwoman <Name>": a commission's officer named by the bare word.
COMMISSION_OFFICER_L55 = re.compile(r"(?:[Tt]he\s+)?Commission\s+(?:[Cc]hairman|[Cc]hairwoman|[Cc]ommissioner)\s+[A-Z]")
#: The European Community's commission, which a story's "Commission" can also be.
EC_COMMISSION_L55 = re.compile(r"\b(?:EC|European|Community)\b")
#: A company officer's title before a name: "Chairman <Name>".
OFFICER_TITLE_L55 = r"\b(?:Chairman|Vice\s+Chairman|President|Chief\s+Executive)\s+"
#: Delegates of a body, unnamed: "ICO delegates", "OPEC delegates".
BODY_DELEGATES_L55 = re.compile(r"(?:[A-Z]{2,6}|[A-Z][a-z]+)\s+(?:delegates|delegations|diplomats)")
#: Objects of "declare" that are acts, not statements: "declared a dividend".
DECLARED_ACTS_L55 = re.compile(r"(?:a|an|the|its|their)?\s*(?:[\w.-]+\s+){0,3}?(?:dividends?|distributions?|"
                               r"splits?|payouts?)\b")  # not "declared bankruptcy": PolNeAR's tuning half keeps it
#: The listener of "told" opening its content: "told Reuters, <clause>".
LISTENER_COMMA_L55 = re.compile(r"(?:Reuters|reporters|journalists|newsmen|a\s+news\s+conference|"
                                r"a\s+press\s+conference)\s*,\s+(?=\S)")
#: Nouns of saying that take "by <agent> that <clause>".
SAYING_NOUNS_L55 = frozenset({"comment", "remark", "statement", "claim", "warning", "suggestion", "assertion",
                              "assurance", "prediction", "forecast", "allegation", "accusation", "admission"})
#: Fields of a speaker copied from another record of the same speaker.
SPEAKER_FIELDS_L55 = ("speaker_name", "source_type", "source_country", "state_affiliated", "named", "affiliation")


def _like(a: Attribution, span: tuple[int, int], b: Attribution, tag: str) -> Attribution:
    """``a`` with the speaker ``span`` and ``b``'s name, type and country."""
    evidence = f"{a.evidence}:lead55:{tag}"
    speaker = Span(start=span[0], end=span[1], label="speaker", score=a.score, evidence=evidence)
    update: dict[str, object] = {f: getattr(b, f) for f in SPEAKER_FIELDS_L55}
    update.update({"speaker": speaker, "start": min(a.start, span[0]), "end": max(a.end, span[1]),
                   "evidence": evidence, "resolved_from": None})
    return a.model_copy(update=update)


def _legal_form_speakers(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<Name> Cos said": the name joins a speaker that is the legal form alone; a record for a sentence that has
    none (module's notes)."""
    res = []
    for a in out:
        if a.speaker is not None and LEGAL_FORM_L55.fullmatch(_phrase(text, a)):
            m = NAME_BEFORE_L55.search(text, 0, a.speaker.start)
            if m is not None:
                span = (m.start("name"), a.speaker.end)
                name = " ".join([*m.group("name").split(), _phrase(text, a)])
                same = next((b for b in out if b.speaker_name == name and b is not a), None)
                a = a.model_copy(update={"speaker_name": name, "source_type": "organization", "named": True,
                                         "state_affiliated": False})
                a = _like(a, span, same or a, "legal-form-name")
        res.append(a)
    cues = {a.cue.start for a in res if a.cue is not None}
    for m in FORM_SAID_L55.finditer(text):
        if m.start("cue") in cues:
            continue
        start, _, _ = _sentence_bounds(text, m.end())
        line_end = text.find("\n", m.end())
        stop = SENTENCE_STOP_L55.search(text, m.end(), len(text) if line_end < 0 else line_end)
        content_end = stop.start() if stop is not None else (len(text) if line_end < 0 else line_end)
        end = stop.end() if stop is not None else content_end
        if start != m.start("who") or content_end - m.end() < 12:
            continue
        record = _record(text, (m.start("who"), m.end("who")), (m.start("cue"), m.end("cue")),
                         (m.end(), content_end), "attributions.v1:reporting-verb:say:lead55:legal-form-said",
                         table, text[start:end])
        same = next((b for b in res if b.speaker_name == record.speaker_name), None)
        record = record.model_copy(update={"source_type": "organization", "state_affiliated": False,
                                           "source_country": same.source_country if same else
                                           record.source_country})
        res.append(record)
    return res


def _subject_above(cue: Token, speaker: Token, names: set[str]) -> Token | None:
    """The subject of the nearest verb above ``cue`` (the parser's head chain), before the cue, that can hold a view
    (or is a word that ends a speaker's name in the story: the tagger reads a surname opening a sentence as a
    noun)."""
    head = cue.head
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i != speaker.i and c.i < cue.i), None)
        if subj is not None and subj.pos_ != "PRON" and (_agentive(subj) or subj.text in names):
            return subj
        if head.dep_ == "ROOT":
            return None
        head = head.head
    return None


def _conjoined_cues(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<Name> reiterated statements that <noun> remains X and said Y": the name speaks Y (module's notes)."""
    res = []
    for a in out:
        if a.speaker is not None and a.cue is not None and a.source_type == "person" and \
                re.fullmatch(r"[a-z]+", _phrase(text, a)):  # "inflation" typed a person ("others" is anonymous)
            cue = _cue_token(doc, a.cue.start)
            speaker = _cue_token(doc, a.speaker.start)
            if cue is not None and speaker is not None and cue.dep_ == "conj" and not _agentive(speaker) and \
                    speaker.pos_ not in ("PRON", "PROPN", "DET"):
                names = {(b.speaker_name or "").split()[-1] for b in out if b.speaker_name and b is not a}
                subj = _subject_above(cue, speaker, names)
                if subj is not None:
                    start = subj.doc[subj.i].idx
                    left = subj
                    while left.i > 0 and subj.doc[left.i - 1].dep_ == "compound" and subj.doc[left.i - 1].head is subj:
                        left = subj.doc[left.i - 1]
                    off = a.speaker.start - speaker.idx
                    span = (off + left.idx, off + start + len(subj))
                    phrase = " ".join(text[span[0]:span[1]].split())
                    same = next((b for b in out if b.speaker is not None and b is not a and (
                        _phrase(text, b) == phrase or (b.speaker_name or "").split()[-1:] == [phrase])), None)
                    a = _like(a, span, same, "conjoined-cue") if same is not None else \
                        with_speaker_68(a, span, phrase, table, "lead55:conjoined-cue", named=phrase[:1].isupper())
        res.append(a)
    return res


def _companies_typed(text: str, a: Attribution) -> Attribution:
    """A speaker named by a company's legal form is an organisation (not an officer "of" it); the wire's ticker is
    no part of its name."""
    if a.speaker is None or a.source_type not in ("person", "government"):
        return a
    m = COMPANY_NAME_L55.search(a.speaker_name or "")
    if m is None or " of " in f" {(a.speaker_name or '')[:m.start()]} ":
        return a
    phrase = _phrase(text, a)
    form = COMPANY_NAME_L55.search(phrase)
    if form is not None and " of " in f" {phrase[:form.start()]} ":
        return a
    name = re.sub(r"\s*<[^<>]*>?$", "", a.speaker_name or "") or a.speaker_name
    return a.model_copy(update={"source_type": "organization", "state_affiliated": False, "named": True,
                                "speaker_name": name, "evidence": f"{a.evidence}:lead55:company-typed"})


def _short_names(text: str, out: list[Attribution]) -> list[Attribution]:
    """"<Name> said" typed ``person`` (or named apart) in a story naming "<Name> AB": the company, by its full
    name."""
    names = {a.speaker_name for a in out if a.source_type in ("person", "organization") and a.speaker_name
             and re.fullmatch(r"[A-Z][\w&'’-]*", a.speaker_name)}
    for name in sorted(n for n in names if n):
        m = re.search(r"\b" + re.escape(name) + SHORT_NAME_FORM_L55, text)
        if m is None:
            continue
        full = " ".join(m.group(0).split())
        known = next((b for b in out if b.speaker_name == full), None)
        country = known.source_country if known is not None else \
            next((b.source_country for b in out if b.speaker_name == name), None) or _ticker_country_of(text, full)
        out = _follow(out, name, source_type="organization", state_affiliated=False, named=True, speaker_name=full,
                      source_country=country)
    return out


def _title_artifact(text: str, out: list[Attribution]) -> list[Attribution]:
    """The 1987 wire's title that took the company's first word ("... DIVIDEND OF 10 CENTS CRA" over "Ltd <CRAA.S>
    said"): a speaker that is a legal form alone opening the story's first body line is the company whose name
    is the title's last word."""
    first = re.match(r"(?P<title>[^\n]+)\n\s*\n", text)
    if first is None:
        return out
    body = first.end()
    last = first.group("title").split()[-1]
    res = []
    for a in out:
        if a.speaker is not None and a.speaker.start == body and FORM_TICKER_L55.fullmatch(_phrase(text, a)) and \
                re.fullmatch(r"[A-Z][A-Z&.-]+", last):
            same = next((b for b in out if b is not a and (b.speaker_name or "").upper() == last), None)
            if same is not None:
                a = _like(a, (a.speaker.start, a.speaker.end), same, "title-artifact")
            else:
                a = a.model_copy(update={"speaker_name": f"{last} {_phrase(text, a).split()[0]}", "named": True,
                                         "source_type": "organization", "state_affiliated": False,
                                         "evidence": f"{a.evidence}:lead55:title-artifact"})
        res.append(a)
    return res


def _ticker_contents(text: str, a: Attribution) -> Attribution:
    """A content cut after a ticker ("said <Name> Ltd <BUVA.S> contributed ...": "> contributed ..."): it starts
    after the cue."""
    if a.cue is None or a.cue.end > a.content.start or not TICKER_CLOSE_L55.match(text, a.content.start):
        return a
    gap = text[a.cue.end:a.content.start]
    if "<" not in gap or "\n" in gap or re.search(r"[.!?]\s", gap):
        return a
    start = a.cue.end + len(gap) - len(gap.lstrip())
    if text.startswith("that ", start):
        start += 5
    content = a.content.model_copy(update={"start": start})
    return a.model_copy(update={"content": content, "start": min(a.start, start)})


def _bare_banks(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """"the Reserve Bank said" given no country: the country the story's title and first paragraph name first."""
    if a.speaker is None or a.source_country is not None or a.speaker_name not in BARE_BANK_L55 or \
            a.source_type != "government":
        return a
    first = re.match(r"[^\n]*\n\s*\n[^\n]*", text)
    country = table.country_in(first.group(0)) if first is not None else None
    if country is None:
        return a
    return a.model_copy(update={"source_country": country, "evidence": f"{a.evidence}:lead55:bare-bank"})


def _company_before(out: list[Attribution], pos: int) -> Attribution | None:
    """The one named company speaking before ``pos`` (none where two companies spoke: "The social-media company"
    after two of them is left unnamed, as attr103's guard says)."""
    before = [b for b in out if b.speaker is not None and b.speaker.end <= pos and b.source_type == "organization"
              and b.named and (b.speaker_name or "")[:1].isupper()]
    if len({b.speaker_name for b in before}) != 1:
        return None
    return max(before, key=lambda b: b.speaker.start if b.speaker is not None else -1)


def _story_company(text: str) -> tuple[int, int] | None:
    """The company with its legal form that opens the story's first body line."""
    first = re.match(r"[^\n]+\n\s*\n", text)
    if first is None:
        return None
    m = FIRST_COMPANY_L55.match(text, first.end())
    return (m.start("name"), m.end("name")) if m is not None else None


def _unresolved_company(text: str, a: Attribution) -> bool:
    phrase = _phrase(text, a)
    described = DESCRIBED_COMPANY_L55.fullmatch(phrase) is not None and "central" not in phrase
    unresolved = (a.speaker_name or "x")[:1].islower() or (a.speaker_name or "").lower() == "the company"
    return (THE_COMPANY_L55.fullmatch(phrase) is not None or described) and unresolved


def _company_pronouns(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"The company said" left as "company", "the <description> group said" left as the description, "..., it
    said" left with no speaker: the company named before (a speaker, else the company opening the story)."""
    res = []
    story = _story_company(text)
    for a in out:
        span: tuple[int, int] | None = None
        if a.speaker is not None and _unresolved_company(text, a):
            span = (a.speaker.start, a.speaker.end)
        elif a.speaker is None and a.cue is not None and a.cue.start > a.content.end and \
                IT_SAID_L55.fullmatch(text, a.content.end, a.cue.start):
            it = text.index("it", a.content.end, a.cue.start)
            span = (it, it + 2)
        if span is not None:
            b = _company_before(out, span[0])
            if b is not None:
                a = _like(a, span, b, "the-company")
            elif story is not None and story[1] <= span[0]:
                name = " ".join(text[story[0]:story[1]].split())
                a = with_speaker_68(a, span, name, table, "lead55:story-company", named=True)
                a = a.model_copy(update={"speaker_name": name, "source_type": "organization",
                                         "state_affiliated": False,
                                         "source_country": a.source_country or _ticker_country_of(text, name)})
        res.append(a)
    return res


def _not_statements(text: str, doc: Document, a: Attribution) -> bool:
    """A relative clause holding its own cue and speaker, a bid for a name, "repeat" of no statement."""
    c, cue, s = a.content, a.cue, a.speaker
    if cue is not None and s is not None and c.start <= cue.start and cue.end <= c.end and \
            c.start <= s.start and s.end <= c.end and RELATIVE_L55.match(text, c.start) and \
            re.fullmatch(r"\s+to\s+[a-z]+(?:\s+[a-z]+)?", text[cue.end:c.end]):
        return True  # "which <Firm> agreed to arrange" (not "which it said was <clause>")
    if cue is not None and ":stance-noun:bid:" in f"{a.evidence}:" and text[cue.start:cue.end].endswith("for") and \
            NAME_ONLY_L55.fullmatch(text[c.start:c.end]):
        return True
    if cue is not None and text[cue.start:cue.end] in ("declared", "declares", "declare") and \
            DECLARED_ACTS_L55.match(text, c.start, c.end) and ":stance-" in a.evidence:
        return True
    if ":stance-verb:repeat:dobj" in a.evidence:
        head = _cue_token(doc, c.start)
        words = {t.lemma_.lower() for t in head.doc[head.i:] if t.idx < head.idx + (c.end - c.start)} \
            if head is not None else set()
        return head is not None and not words & SAID_NOUNS_L55
    return False


def _us_commission(text: str, a: Attribution) -> bool:
    if a.speaker is None or a.source_country not in (None, "US") or a.source_type in ("report", "media"):
        return False  # "a complaint filed by the SEC" is the complaint's
    phrase = _phrase(text, a)
    return bool(US_COMMISSION_L55.search(phrase) or US_COMMISSION_L55.fullmatch(a.speaker_name or "") or (
        COMMISSION_OFFICER_L55.match(phrase) and US_COMMISSION_L55.search(text)))


def _us_commissions(text: str, out: list[Attribution]) -> list[Attribution]:
    """A US federal commission, its initials' officers and "Commission chairwoman <Name>" in a story naming one (and
    no European one) are the US government."""
    if EC_COMMISSION_L55.search(text):
        return out
    names = {a.speaker_name for a in out if a.speaker is not None and a.speaker_name and _us_commission(text, a)}
    for name in sorted(n for n in names if n):
        out = _follow(out, name, source_type="government", state_affiliated=True, source_country="US")
    return out


def _company_chairmen(text: str, out: list[Attribution]) -> list[Attribution]:
    """"Chairman <Name>" of a company typed ``government``: a person of the company's country."""
    names = {a.speaker_name for a in out if a.source_type == "government" and a.named and a.speaker_name
             and len(a.speaker_name.split()) >= 2}
    for name in sorted(n for n in names if n):
        m = re.search(OFFICER_TITLE_L55 + re.escape(name) + r"\b", text)
        if m is None:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        paragraph = text[start:end if end >= 0 else len(text)]
        if COMPANY_MARK_102.search(paragraph) and not STATE_WORDS_102.search(paragraph):
            country = next((a.source_country for a in out if a.speaker_name == name), None)
            out = _follow(out, name, source_type="person", state_affiliated=False,
                          source_country=_company_country(text) or country)
    return out


def _body_delegates(text: str, a: Attribution) -> Attribution:
    """"ICO delegates said" typed ``person``: unnamed delegates, ``anonymous`` as "delegates" are."""
    if a.speaker is None or a.source_type != "person" or not BODY_DELEGATES_L55.fullmatch(_phrase(text, a)):
        return a
    return a.model_copy(update={"source_type": "anonymous", "named": False, "source_country": None,
                                "state_affiliated": False, "evidence": f"{a.evidence}:lead55:body-delegates"})


def _listener_comma(text: str, a: Attribution) -> Attribution:
    """"told Reuters, <clause>": the content starts after the listener and its comma."""
    if a.cue is None or text[a.cue.start:a.cue.end] not in ("told", "tells", "tell") or a.cue.end > a.content.start:
        return a
    m = LISTENER_COMMA_L55.match(text, a.content.start, a.content.end)
    if m is None or a.content.end - m.end() < 12:
        return a
    return a.model_copy(update={"content": a.content.model_copy(update={"start": m.end()}),
                                "evidence": f"{a.evidence}:lead55:listener-comma"})


def _title_caps_names(out: list[Attribution]) -> list[Attribution]:
    """A speaker named in the title's capitals ("NORTON") beside the body's spelling of that name ("Norton")."""
    names = {n for a in out if (n := a.speaker_name)}
    res = []
    for a in out:
        name = a.speaker_name or ""
        if len(name) > 3 and name.isupper() and name.isalpha():
            body = sorted(n for n in names if n != name and (n.upper() == name or n.split()[0].upper() == name))
            if body:
                a = a.model_copy(update={"speaker_name": body[0]})
        res.append(a)
    return res


def _by_that_nouns(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"Comments by <Name> that <clause>": the agent said the clause (module's notes)."""
    cues = {a.cue.start for a in out if a.cue is not None}
    res = list(out)
    for para in doc.parsed:
        for noun in para.doc:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SAYING_NOUNS_L55:
                continue
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if agent is None or clause is None or not _agentive(agent) or agent.pos_ == "PRON":
                continue
            off = para.offset
            if off + noun.idx in cues:
                continue
            mark = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that")
            first = para.doc[mark.i + 1]
            content = (off + first.idx, off + clause.right_edge.idx + len(clause.right_edge))
            if content[1] - content[0] < 12:
                continue
            speaker = (off + agent.left_edge.idx, off + agent.idx + len(agent))
            sent = _sentence_bounds(text, off + noun.idx)
            record = _record(text, speaker, (off + noun.idx, off + noun.idx + len(noun)), content,
                             "attributions.v1:noun-cue:by-that:lead55", table, text[sent[0]:sent[1]])
            left = agent
            while left.i > 0 and para.doc[left.i - 1].pos_ == "PROPN" and para.doc[left.i - 1].head.i in (
                    agent.i, left.i):
                left = para.doc[left.i - 1]
            if agent.pos_ == "PROPN" and left.i < agent.i:  # "<title words> <Given> <Surname>": named by the name
                record = record.model_copy(update={"speaker_name": para.doc[left.i:agent.i + 1].text})
            res.append(record)
    return res


def lead55_attributions(text: str, doc: Document, attributions: list[Attribution],
                        table: SourceTable) -> list[Attribution]:
    """Round 55's lead rules, as the module's notes say: the records, the speakers, then the types."""
    out = [a for a in attributions if not _not_statements(text, doc, a)]
    out = _conjoined_cues(text, doc, _legal_form_speakers(text, out, table), table)
    out = [_ticker_contents(text, _body_delegates(text, _companies_typed(text, a))) for a in out]
    out = _company_pronouns(text, _title_artifact(text, _short_names(text, out)), table)
    out = _company_chairmen(text, _us_commissions(text, out))
    out = _title_caps_names([_listener_comma(text, _bare_banks(text, a, table)) for a in out])  # lead55d
    out = _by_that_nouns(text, doc, out, table)  # lead55d
    if len(out) == len(attributions) and all(a is b for a, b in zip(out, attributions, strict=True)):
        return attributions
    return sorted(out, key=lambda a: (a.content.start, a.content.end))


__all__ = ["lead55_attributions"]
