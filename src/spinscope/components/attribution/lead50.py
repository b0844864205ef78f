"""Attributions, lead round 50 (issue 16): a company's officers, names and pronouns on company wire, from the lead's
reading of twelve fresh 1987 wire stories.

One pass, ``lead50_attributions``, called once from ``extract_attributions`` after the round's other passes. Its
invented tests are in ``tests/test_lead50.py``.

- **A company's officer is a person.** "spokesman <Name> told Reuters", "Chairman <Name> said", "<Firm> Co Chairman
  <Name> said", "<Name>, president, told ...": a title that a government also gives typed the named speaker
  ``government`` (state-affiliated, often with a country read off a place nearby), or ``person`` but
  state-affiliated. The golds type a company's named officer ``person``, not state-affiliated. The title counts as a
  company's when the speaker's own phrase names a company before it ("<Firm> Co Chairman"), or, for a bare title,
  when the last speaker before it in the article is a company (a name with a company suffix) or "company" / "firm"
  stands in the sentence or the one before, and no government body or officer speaks in between; "President
  <Name>" before a name stays as it was (a head of state's title in a story about a company). A title with the
  company's own word ("group chairman <Name>", "company president <Name>": round 93's rule, folded here in round 94)
  is a company's always, and a time the parse took into the speaker ("late March group chairman ...") leaves it.
- **A company's suffix makes a body.** "<Firm> Ltd <TICKER> said" was typed ``person`` (the ticker in angle brackets
  hid the suffix): a named speaker whose phrase is capitalised words ending in a company suffix, with a ticker or not,
  is ``organization``; the ticker leaves the name. When the parser's speaker is the ticker itself, the company
  named right before it speaks (round 93's ``company_before_ticker``, the one pattern of a name before a ticker).
- **A company's staff.** "<Firm> officers agreed", "<Firm> executives said" (unnamed) typed ``person``: the golds type
  a body's unnamed staff with the body ("exchange officials", ``organization``). "a company spokesman" is no state
  source.
- **A company called by its first word.** "<Word> said" where the article names "<Word> International Corp" was
  typed ``person``: a one-word named speaker typed ``person`` that opens exactly one company name of the article (and
  is no surname of a full name speaking there) is that company, ``organization``.
- **Initials keep their case.** "<Firm> Co Chairman W.A. <Surname>" came out "W.a. <Surname>": a speaker name that
  differs from the speaker's own words only in case takes the words' case when they have initials.
- **Polled analysts.** "share analysts polled by Reuters said" was typed ``media`` (the news agency that polled them):
  unnamed people in a role "polled / surveyed / questioned / contacted by" someone are ``anonymous``, with no
  country. Since round 94 this is round 91's one rule of a polled group (``round91._polled``), no longer here.
- **A government agency.** "A <nationality> government agency ruled" was typed ``media`` ("agency"): a phrase with
  "government" before "agency / department / body / board / commission" is ``government``, state-affiliated.
- **A bare surname.** "<Surname> said" after "said <Given> <Surname>, oil analyst with ..." was left unnamed and a
  second source: an unnamed one-word speaker typed ``person`` that is the surname of exactly one full name speaking
  before it in the article takes that name, its country and state affiliation, ``named``.
- **One person, one type.** "<Surname> said" resolved by name to "<Given> <Surname>, a senior fellow at ..." was
  typed ``government`` while the full name was ``academic``: a record resolved by the same name to a record that
  named the speaker in full takes that record's type, country and state affiliation.
- **"It said" with no speaker.** "It said ..." / "But it said ..." / "..., it said." after a company spoke was given
  no speaker: the "it" before the cue is the speaker, resolved to the last body (``organization``, with a name) that
  spoke before it, at a pronoun's lower score (round 93's "But it said" rule and this one, folded in round 94).
- **The head of a trade body.** "President of the <Town> Coffee Trade Association <Name>" was typed ``government``:
  a title "of the" an association, exchange, federation, chamber, society, league or foundation with no government
  word is a ``person``'s (the golds: "The president of the <X> umbrella", ``person``).
- **"told <listener> <subject> were ..."** ("He told Reuters proposals to cut the quota were unacceptable"): the
  parser left the subject out of the content, which began at "were"; it begins at the subject after the listener.
- **A rename follows the name.** A name changed on some records (the ticker dropped, initials' case) changes on every
  record of that name, with the changed record's type.
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from .round93 import COMPANY_OFFICER_93, company_before_ticker
from .sources42 import _phrase

#: Titles that companies and governments both give; the golds type a company's holder ``person``.
OFFICER_TITLES_L50 = (r"chairman|chairwoman|chief executive(?:\s+officer)?|president|vice[- ]president|"
                      r"spokes(?:man|woman|person)|(?:managing\s+)?director|treasurer|executive")
#: A company suffix, as a word ("Co", "Inc.", "Ltd").
COMPANY_SUFFIX_L50 = r"(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|AG|SA|NV|Limited|Corporation|Company|Group)\.?"
#: Banks that are states' or states' clubs, not companies.
STATE_BANK_L50 = re.compile(r"\b(?:World|Central|Reserve|Development|Export-Import|National|Federal|Investment)\s+"
                            r"Bank\b|\bBank\s+of\b|\bBundesbank\b")
#: A speaker phrase naming a company before the title: "<Firm> Co Chairman <Name>", "Former <Firm> Bank chairman".
FIRM_TITLE_L50 = re.compile(rf"(?:Former\s+|former\s+)?(?:[A-Z][\w&.'’-]*\s+){{1,5}}?(?:{COMPANY_SUFFIX_L50}|Bank)\s+"
                            rf"(?:{OFFICER_TITLES_L50})\b", re.IGNORECASE)
#: A time before a speaker's role words, taken into the speaker by the parse: "late March group chairman <Name>".
TIME_BEFORE_L50 = re.compile(r"(?:early|late|mid)[\s-](?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December)\s+")
#: A bare title around a name: "spokesman <Name>", "Chairman <Name>", "<Name>, president".
BARE_TITLE_L50 = re.compile(rf"(?:(?:former\s+)?(?:{OFFICER_TITLES_L50})\s+[A-Z].*|[A-Z][^,]*,\s+(?:the\s+|its\s+)?"
                            rf"(?:{OFFICER_TITLES_L50})(?:\s+and\s+(?:{OFFICER_TITLES_L50}))?)", re.IGNORECASE)
#: "President <Name>" before a name is a head of state's title far more often than a company's.
HEAD_OF_STATE_L50 = re.compile(r"(?:former\s+)?(?:vice[- ])?president\s+[A-Z]", re.IGNORECASE)
#: The head of a trade body: "President of the <Town> Coffee Trade Association <Name>".
ASSOCIATION_HEAD_L50 = re.compile(rf"(?:the\s+)?(?:{OFFICER_TITLES_L50})\s+of\s+the\s+"
                                  r"(?:[A-Z][\w&.'’-]*\s+|de\s+|of\s+){1,8}?(?:Association|Exchange|Federation|Chamber|Society|League|Foundation)\b",
                                  re.IGNORECASE)
#: "told <listener> <subject> were ...": the content's subject left between the listener and the verb.
TOLD_SUBJECT_L50 = re.compile(r"\s+(?:Reuters|reporters|journalists|him|her|them|us|me|[A-Z][\w.-]+|the\s+[a-z]+)"
                              r"\s+((?:[\w'’.-]+\s+){0,11}?[\w'’.-]+)\s+$")
#: Verbs that open a content whose subject was left out.
FINITE_START_L50 = re.compile(r"(?:were|was|is|are|would|will|had|has|have|could|should|might|must|may|can)\b")
#: A company's name as a whole phrase, with a ticker or not: "<Firm> Ltd <TICK.S>".
COMPANY_L50 = rf"((?:[A-Z][\w&.'’-]* +){{1,6}}{COMPANY_SUFFIX_L50})"
COMPANY_NAME_L50 = re.compile(rf"{COMPANY_L50}(?:\s+<[A-Z0-9.]+>)?")
#: "company" or "firm" in the words before a speaker.
COMPANY_WORD_L50 = re.compile(r"\b(?:company|firm|companies)\b", re.IGNORECASE)
#: A government body or officer in a phrase.
GOVERNMENT_WORD_L50 = re.compile(r"\b(?:government|ministry|minister|department|agency|embassy|official|officials|"
                                 r"administration|senator|congress|parliament|state|federal|White House|Treasury)\b",
                                 re.IGNORECASE)
#: A company's unnamed staff: "<Firm> officers", "<Firm> executives".
COMPANY_STAFF_L50 = re.compile(r"(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:officers|executives|directors|managers|"
                               r"employees|officials)")
#: "a <nationality> government agency", "the government board".
GOVERNMENT_BODY_L50 = re.compile(r"(?:an?\s+|the\s+)?(?:[A-Z][\w.-]*\s+)?government\s+"
                                 r"(?:agency|department|body|board|commission|office)", re.IGNORECASE)
#: "It" right before a cue, at a sentence's start (after "But", "And", "However,") or after a comma.
IT_BEFORE_CUE_L50 = re.compile(r"(?:^|(?<=[.!?\n,]\s)|(?<=[.!?\n,]))\s*(?:(?:But|And|However,)\s+)?(It|it)\s+$")
#: A pronoun speaker's score (as coreference gives an unsure pronoun).
PRONOUN_SCORE_L50 = 0.425


def _at(a: Attribution) -> int:
    where = a.speaker or a.cue or a.content
    return where.start


def _is_company(name: str | None) -> bool:
    return bool(name) and re.search(rf"\b{COMPANY_SUFFIX_L50}$", name or "") is not None


def _company_officer(text: str, a: Attribution, before: list[Attribution]) -> Attribution:
    if a.speaker is None or not a.named or not (a.source_type == "government" or
                                                (a.source_type == "person" and a.state_affiliated)):
        return a
    phrase = _phrase(text, a)
    firm = FIRM_TITLE_L50.match(phrase)
    if ASSOCIATION_HEAD_L50.match(phrase) and not GOVERNMENT_WORD_L50.search(phrase):
        pass
    elif COMPANY_OFFICER_93.search(phrase):
        when = TIME_BEFORE_L50.match(text, a.speaker.start, a.speaker.end)
        if when is not None:
            return a.model_copy(update={"source_type": "person", "state_affiliated": False,
                                        "speaker": a.speaker.model_copy(update={"start": when.end()})})
    elif firm is not None:
        if STATE_BANK_L50.search(firm.group(0)):
            return a
    elif BARE_TITLE_L50.fullmatch(phrase) and not HEAD_OF_STATE_L50.match(phrase):
        last = next((b for b in reversed(before) if b.speaker_name != a.speaker_name and b.source_type), None)
        if last is not None and last.source_type == "government":
            return a
        window = text[max(0, text.rfind(".", 0, max(0, text.rfind(".", 0, a.speaker.start) - 1)) + 1):a.speaker.start]
        company = (last is not None and last.source_type == "organization" and _is_company(last.speaker_name)) or \
            COMPANY_WORD_L50.search(window) is not None
        if not company or GOVERNMENT_WORD_L50.search(window) or GOVERNMENT_WORD_L50.search(phrase):
            return a
    else:
        return a
    return a.model_copy(update={"source_type": "person", "state_affiliated": False})


def _company_suffix(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.source_type != "person":
        return a
    phrase = _phrase(text, a)
    if re.fullmatch(r"<?[A-Z0-9.]+>", phrase):
        # the parser's speaker is the ticker's tail ("VRNL.S>"): the company named right before it speaks
        head = company_before_ticker(text, a.speaker.start)
        if head is None:
            return a
        speaker = a.speaker.model_copy(update={"start": head[0]})
        return a.model_copy(update={"speaker": speaker, "source_type": "organization", "state_affiliated": False,
                                    "named": True, "speaker_name": " ".join(head[1].split())})
    m = COMPANY_NAME_L50.fullmatch(phrase)
    if m is None or not a.named:
        return a
    return a.model_copy(update={"source_type": "organization", "state_affiliated": False,
                                "speaker_name": m.group(1)})


def _company_staff(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.named:
        return a
    phrase = _phrase(text, a)
    if a.source_type == "person" and COMPANY_STAFF_L50.fullmatch(phrase) and \
            not GOVERNMENT_WORD_L50.search(phrase.rsplit(" ", 1)[0]):
        return a.model_copy(update={"source_type": "organization", "state_affiliated": False})
    if a.state_affiliated and a.source_type == "organization" and \
            re.fullmatch(r"(?:an?|the)\s+company\s+spokes(?:man|woman|person)", phrase, re.IGNORECASE):
        return a.model_copy(update={"state_affiliated": False})
    return a


def _company_word(text: str, a: Attribution, people: set[str]) -> Attribution:
    if a.speaker is None or not a.named or a.source_type != "person" or not a.speaker_name or \
            not re.fullmatch(r"[A-Z][a-z]+", a.speaker_name) or a.speaker_name in people:
        return a
    names = {" ".join(m.group(0).split()) for m in re.finditer(
        rf"\b{a.speaker_name}\s+(?:[A-Z][\w&.'’-]*\s+){{0,3}}{COMPANY_SUFFIX_L50}(?!\w)", text)}
    if len(names) != 1:
        return a
    return a.model_copy(update={"source_type": "organization", "state_affiliated": False,
                                "speaker_name": names.pop().rstrip(".")})


def _initials_case(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or not a.speaker_name or "." not in a.speaker_name:
        return a
    phrase = _phrase(text, a)
    at = phrase.lower().find(a.speaker_name.lower())
    own = phrase[at:at + len(a.speaker_name)] if at >= 0 else None
    if own is None or own == a.speaker_name or not re.match(r"(?:[A-Z]\.){2,}", own):
        return a
    return a.model_copy(update={"speaker_name": own})


def _told_subject(text: str, a: Attribution) -> Attribution:
    """"He told Reuters proposals to cut the quota were unacceptable": the content began at "were"; it begins at
    the subject after the listener."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() not in ("told", "tells", "tell") or \
            not FINITE_START_L50.match(text, a.content.start):
        return a
    m = TOLD_SUBJECT_L50.fullmatch(text, a.cue.end, a.content.start)
    if m is None or re.search(r"\bthat\b", m.group(1)):
        return a
    content = a.content.model_copy(update={"start": m.start(1)})
    return a.model_copy(update={"content": content, "start": min(a.start, m.start(1))})


def _government_body(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.source_type != "media" or not GOVERNMENT_BODY_L50.fullmatch(_phrase(text, a)):
        return a
    return a.model_copy(update={"source_type": "government", "state_affiliated": True})


def _surname(out: list[Attribution]) -> list[Attribution]:
    changed: list[Attribution] = []
    for a in out:
        name = a.speaker_name
        if not a.named and a.source_type == "person" and name and re.fullmatch(r"[A-Z][a-z'’-]+", name):
            full = {b.speaker_name for b in out if b.named and b.speaker_name and b.source_type == "person"
                    and _at(b) < _at(a) and len(b.speaker_name.split()) > 1 and b.speaker_name.split()[-1] == name}
            if len(full) == 1:
                model = next(b for b in out if b.speaker_name in full)
                a = a.model_copy(update={"speaker_name": model.speaker_name, "named": True,
                                         "source_country": model.source_country,
                                         "state_affiliated": model.state_affiliated})
        changed.append(a)
    return changed


def _same_name(out: list[Attribution]) -> list[Attribution]:
    named = [a for a in out if a.speaker is not None and a.resolved_from is None]
    changed = []
    for a in out:
        ante = a.resolved_from
        model = next((b for b in named if b.speaker is not None and b.speaker.start <= ante.start
                      and ante.end <= b.speaker.end), None) if ante is not None and ante.evidence.endswith(
            "coref:same-name") else None
        if model is not None and model.speaker_name == a.speaker_name and (
                model.source_type, model.source_country, model.state_affiliated) != (
                a.source_type, a.source_country, a.state_affiliated):
            a = a.model_copy(update={"source_type": model.source_type, "source_country": model.source_country,
                                     "state_affiliated": model.state_affiliated})
        changed.append(a)
    return changed


def _it_said(text: str, a: Attribution, before: list[Attribution]) -> Attribution:
    if a.speaker is not None or a.cue is None:
        return a
    m = IT_BEFORE_CUE_L50.search(text, max(0, a.cue.start - 40), a.cue.start)
    if m is None:
        return a
    spoke = [b for b in before if b.speaker is not None and b.speaker.end <= m.start(1) and b.source_type in (
        "organization", "person", "government", "media", "report", "anonymous")]
    comma = text[:m.start()].rstrip().endswith(",")
    if comma:  # "..., it said": only a named body that spoke last (a person between keeps it unresolved)
        spoke = [b for b in spoke[-1:] if b.named]
    body = next((b for b in reversed(spoke) if b.source_type == "organization" and b.speaker_name), None)
    if body is None or body.speaker is None:
        return a
    speaker = Span(start=m.start(1), end=m.end(1), label="speaker", score=PRONOUN_SCORE_L50,
                   evidence="attributions.v1:lead50:it-said")
    antecedent = Span(start=body.speaker.start, end=body.speaker.end, label="antecedent", score=PRONOUN_SCORE_L50,
                      evidence="attributions.v1:coref:it-said-body")
    return a.model_copy(update={"speaker": speaker, "start": min(a.start, m.start(1)),
                                "speaker_name": body.speaker_name, "source_type": body.source_type,
                                "source_country": body.source_country, "state_affiliated": body.state_affiliated,
                                "named": body.named, "affiliation": body.affiliation, "resolved_from": antecedent,
                                "score": min(a.score or 1.0, PRONOUN_SCORE_L50),
                                "evidence": f"{a.evidence}:coref:it-said"})


def _follow_renames(before: list[Attribution], after: list[Attribution]) -> list[Attribution]:
    """A name a rule changed on some records ("<Firm> Ltd <TICK>" to "<Firm> Ltd", "W.a." to "W.A.") changes on
    every record of that name, with the changed record's type."""
    model = {a.speaker_name: b for a, b in zip(before, after, strict=True)
             if a.speaker_name and b.speaker_name != a.speaker_name}
    return [model[b.speaker_name].model_copy(update={k: getattr(b, k) for k in Attribution.model_fields
                                                      if k not in _PERSON_FIELDS})
            if b.speaker_name in model and a is b and b.named else b
            for a, b in zip(before, after, strict=True)]


#: The fields of a record that say who the speaker is (the rest say what was said where).
_PERSON_FIELDS = frozenset({"speaker_name", "source_type", "source_country", "state_affiliated", "named"})


def lead50_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 50's lead rules, as the module's notes say: each record's own phrase first, then the rules that read
    the speakers before it in the text."""
    suffixed = _follow_renames(attributions, [_company_suffix(text, a) for a in attributions])
    people = {w for a in suffixed if a.named and a.source_type == "person" and a.speaker_name
              for w in a.speaker_name.split()[1:]}
    first = _follow_renames(suffixed, [_told_subject(text, _initials_case(text, _government_body(
        text, _company_staff(text, _company_word(text, a, people))))) for a in suffixed])
    out: list[Attribution] = []
    for a in first:
        before = sorted((b for b in first if b.speaker is not None and b is not a and b.speaker.end <= _at(a)),
                        key=_at)
        a = _company_officer(text, a, before)
        a = _it_said(text, a, before)
        out.append(a)
    officers = {b.speaker_name for a, b in zip(first, out, strict=True)
                if a.source_type != b.source_type and b.speaker_name and b.source_type == "person"}
    out = [a.model_copy(update={"source_type": "person", "state_affiliated": False})
           if a.speaker_name in officers and a.named and a.source_type == "government" else a for a in out]
    return _same_name(_surname(out))
