"""Attributions, round 85 (helper round 47, issue 16): shapes the development errors of round 85's wekareuters
gold asked for (ten 1987 wire stories with officials, ``tests/gold/attributions_real85.jsonl``;
``scripts/attr85/README.md``).

One pass, ``round85_attributions``, called once from ``extract_attributions`` after round 83's pass (attr84's
``round84`` goes there too at the merge: neither reads the other's records by name). Tests: ``tests/test_attr85.py``
(invented sentences).

Spans:

- **A wire title that says is no record either.** Round 83 drops a capitals title's record unless its cue is a form
  of "say" / "tell" / "warn" / "claim" (or "THAT" follows). A wire story's title line followed by a blank line
  ("<SPEAKER> SAYS <CLAUSE>" over the story) restates the story's first report: the golds leave every title out
  (attr80, attr82, attr83). A record whose cue lies in such a first line (no lower-case letter, no " - <SOURCE>"
  tail, a blank line after it) goes. A title followed by a single line break, or a cue followed by "THAT" (a
  SemEval-2025 headline of sources_real51: measure1 dropped it, no figure moved; narrowed as round 83 did), is
  round 83's.
- **"<X> issued a statement saying <clause>"**: main made "a statement" the speaker. The speaker is the subject of
  "issued" / "released" / "put out" (the words from the sentence's start, less an opening "But" / "And" and a
  time word before the verb), typed again from its words.
- **"<preposition> <plural noun(s)> urging <NP> to <VP>"** with no comma before the participle (a plural in
  "-s", "-men" or "people", at most five words, the object of "to / from / by / with / for / of / among /
  between"): the nouns right before it ("respond to groups and lawmakers urging the government to ...") are the
  speaker, not the sentence's subject (a comma before the participle keeps the subject: "X said, urging ..."); a
  bare plural of people typed `person` is `anonymous`, unnamed (round 35's unnamed groups).
- **A refused comment**: "X would not / did not comment on what / how ..." (round 69's refused "say", with
  "comment"): nothing was said, the record goes.
- **"Speaking to <listeners> on his return from <NP>"**: the time of the talk is no content; a record whose cue is
  a form of "speak" / "talk" and whose content opens "his / her / their return / arrival / way" goes.

Speakers (types and countries; the speaker spans stay):

- **A paper named by its kind** ("the government daily <Name>", "the party newspaper <Name>", "news agency
  <Name>"): `media`, named by the name; every record resolved to it and the later "the newspaper" / "the paper"
  / "the daily" too (with its name and country).
- **The Soviet Union** (and "Moscow"-less "Soviet" bodies typed `government`): RU, the table's code for Moscow
  (attr83's convention for the Soviet figures), where main gave another country.
- **A US cabinet office holder** ("Agriculture Secretary <Name>", "Commerce Department Under-Secretary
  <Name>"): `government`; of the United States where the text names it ("U.S.", "White House", "Washington",
  "Congress") and main gave no country. "Aides to <Surname>" take the holder's type and country, unnamed.
- **A member of Congress by office** ("Senate <Field> Committee chairman <Name>", "Senator <Name>"):
  `politician` (round 82's convention), of the United States on the same evidence.
- **"The (U.S.) Treasury"** typed `organization`: `government`. An unnamed "the spokesman" after "a Department /
  Ministry / Treasury spokesman" in the text: `government`, unnamed, of the country of the text's other
  government speakers.
- **"(one) source(s) close to <X>"** typed `person`: `anonymous`, unnamed, no country (round 35's "sources").
"""

from __future__ import annotations

import re
from collections import Counter

from ...result import Attribution, Span
from .round69 import QUESTION_69, REFUSED_69
from .round83 import TITLE_THAT_R83, _title_end_r83
from .round93 import _spk as _speaker_text
from .sources import SourceTable, _type_source

#: The text's first line (a wire title), then a blank line.
TITLE_R85 = re.compile(r"\A[ \t]*([^\n]*[A-Z][^\n]*)\n[ \t]*\n")
#: A title cue followed by "THAT" (round 83's "<BODY> REVEALS THAT <CLAUSE>" headline): left to round 83.
TITLE_THAT_R85 = TITLE_THAT_R83
#: "<X> (today) issued a (written) statement saying": the verb before the speaker "a statement".
STATEMENT_R85 = re.compile(r"(?:\s+(?:today|yesterday|tonight|also|earlier|later|on\s+[A-Z]\w+))?\s+"
                           r"(?:issued|released|put\s+out)\s+$")
STATEMENT_SPEAKER_R85 = re.compile(r"(?i)(?:a|an|the)\s+(?:\w+\s+)?statement")
#: Openers left out of a subject taken from the sentence's start.
OPENER_R85 = re.compile(r"(?:But|And|However|Meanwhile|Also),?\s+")
#: Cues that are participles modifying a noun before them.
NOUN_PARTICIPLES_R85 = frozenset({"urging", "demanding"})
#: Words that end the noun phrase before such a participle (read backwards).
NP_STOP_R85 = frozenset({
    "to", "from", "by", "with", "for", "on", "at", "in", "of", "about", "against", "that", "which", "who", "whom",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "would", "will", "could", "should", "said",
    "respond", "asked", "told", "as", "than", "if", "whether", "how", "what", "when", "while"})
#: "<preposition> <noun phrase ending in a plural> " right before the participle (at most five words).
NP_AFTER_PREP_R85 = re.compile(r"\b(?:to|from|by|with|for|of|among|between)\s+"
                               r"((?:[\w'’-]+\s+){0,4}?(?:[\w'’-]+s|[\w'’-]*men|people))\s+$")
#: "his / her / their return / arrival / way": the time of a talk, no content.
RETURN_R85 = re.compile(r"(?i)(?:his|her|their)\s+(?:return|arrival|way|departure)\b")
SPEAK_CUE_R85 = re.compile(r"(?i)(?:speak|speaks|speaking|spoke|talk|talks|talking|talked)\b")
#: A paper named by its kind: "the government daily Izvestia", "news agency Opecna".
PAPER_R85 = re.compile(r"(?:\b(?:daily|newspaper|paper|weekly|news\s+agency)\s+)"
                       r"((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})$")
PAPER_ANAPHOR_R85 = re.compile(r"(?i)(?:the\s+)?(?:newspaper|paper|daily)")
SOVIET_R85 = re.compile(r"(?:the\s+)?Soviet\s+(?:Union|government|authorities|leadership)", re.IGNORECASE)
#: A US cabinet office: "Agriculture Secretary <Name>", "Commerce Department Under-Secretary <Name>".
CABINET_R85 = re.compile(
    r"\b(?:Agriculture|Treasury|Commerce|Defense|Energy|Labor|Interior|Transportation|Education|Health|Housing)"
    r"\s+(?:Department\s+)?(?:(?:Under|Deputy|Assistant)[\s-]+)?Secretary\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)")
CONGRESS_R85 = re.compile(
    r"\b(?:(?:Senate|House)\s+(?:[A-Z][\w-]*\s+){0,3}Committee\s+(?:chairman|chairwoman|chair|member)|"
    r"Senator|Sen\.|Congressman|Congresswoman|Rep\.)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)")
US_EVIDENCE_R85 = re.compile(r"\b(?:U\.S\.|United States|White House|Washington|Congress)\b")
AIDES_R85 = re.compile(r"(?:Aides|Advisers|Advisors|Officials)\s+(?:to|of)\s+([A-Z][\w'’-]+)")
TREASURY_R85 = re.compile(r"(?:the\s+)?(?:U\.S\.\s+)?Treasury", re.IGNORECASE)
SPOKESMAN_R85 = re.compile(r"(?i)(?:the\s+)?spokes(?:man|woman|person)")
STATE_SPOKESMAN_R85 = re.compile(r"\b(?:Department|Ministry|Treasury|Pentagon|White\s+House|government)\s+"
                                 r"spokes(?:man|woman|person)\b")
SOURCE_CLOSE_R85 = re.compile(r"(?i)(?:(?:one|a|two|three|several|some|other)\s+)?sources?\s+close\s+to\b.*")


def _title_end_r85(text: str) -> int:
    """The end of a wire title line followed by a blank line, or -1."""
    return _title_end_r83(text, TITLE_R85)


def _sentence_start(text: str, pos: int) -> int:
    """The start of the sentence holding ``pos`` (after a line break or a ". ")."""
    start = text.rfind("\n", 0, pos) + 1
    for m in re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z\"“])", text[start:pos]):
        start_here = start + m.end()
        start = max(start, start_here)
    return start


def _retype(text: str, a: Attribution, start: int, end: int, table: SourceTable, evidence: str) -> Attribution:
    phrase = " ".join(text[start:end].split())
    source_type, country, state, affiliation = _type_source(phrase, None, table, anonymous=False,
                                                            context=text[_sentence_start(text, start):end + 200])
    speaker = Span(start=start, end=end, label="speaker", score=a.speaker.score if a.speaker else 0.6,
                   evidence=evidence)
    spans = [x for x in (speaker, a.cue, a.content) if x is not None]
    return a.model_copy(update={
        "speaker": speaker, "speaker_name": phrase, "source_type": source_type, "source_country": country,
        "state_affiliated": state, "affiliation": affiliation, "named": True, "resolved_from": None, "sources": [],
        "start": min(x.start for x in spans), "end": max(x.end for x in spans)})


def _statement_subject(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """"<X> issued a statement saying ...": the speaker moves from "a statement" to X."""
    if a.speaker is None or not STATEMENT_SPEAKER_R85.fullmatch(text[a.speaker.start:a.speaker.end]):
        return a
    before = text[:a.speaker.start]
    m = STATEMENT_R85.search(before)
    if m is None:
        return a
    start = _sentence_start(text, m.start())
    opener = OPENER_R85.match(text, start)
    if opener is not None:
        start = opener.end()
    end = m.start()
    words = text[start:end].split()
    if not words or len(words) > 8 or not words[0][:1].isupper() or "," in text[start:end]:
        return a
    return _retype(text, a, start, end, table, "round85:statement-subject")


def _noun_participle(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """"<nouns> urging <NP> to <VP>" with no comma: the nouns before the participle speak."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() not in NOUN_PARTICIPLES_R85:
        return a
    before = text[max(0, a.cue.start - 80):a.cue.start]
    m = NP_AFTER_PREP_R85.search(before)
    if m is None:
        return a  # "X said, urging ...": a comma, or no preposition's object, before the participle
    np_words = m.group(1).split()
    if any(w.lower() in NP_STOP_R85 for w in np_words):
        return a
    offset = a.cue.start - len(before)
    start, end = offset + m.start(1), offset + m.end(1)
    if a.speaker is not None and a.speaker.start == start and a.speaker.end == end:
        return a
    out = _retype(text, a, start, end, table, "round85:noun-participle")
    if out.source_type in ("person", "anonymous", None):  # a bare plural of people ("groups and lawmakers")
        out = out.model_copy(update={"source_type": "anonymous", "named": False, "source_country": None})
    return out


def _refused_comment(text: str, a: Attribution) -> bool:
    if a.cue is None or not text[a.cue.start:a.cue.end].lower().startswith("comment"):
        return False
    before = text[max(0, a.cue.start - 30):a.cue.start]
    content = text[a.content.start:a.content.end]
    return REFUSED_69.search(before) is not None and QUESTION_69.match(re.sub(r"^on\s+", "", content)) is not None


def _talk_time(text: str, a: Attribution) -> bool:
    return (a.cue is not None and SPEAK_CUE_R85.match(text, a.cue.start) is not None
            and RETURN_R85.match(text, a.content.start) is not None)


def _types_r85(text: str, records: list[Attribution]) -> list[Attribution]:
    """The speaker typing rules (see the module docstring)."""
    us = US_EVIDENCE_R85.search(text) is not None
    papers: dict[str, str | None] = {}  # speaker_name -> paper name
    offices: dict[str, tuple[str, str | None]] = {}  # speaker_name -> (type, country)
    surnames: dict[str, tuple[str, str | None]] = {}
    for a in records:
        phrase = _speaker_text(text, a)
        if not phrase:
            continue
        paper = PAPER_R85.search(phrase)
        if paper is not None and a.source_type in ("government", "organization", "person", "media", None):
            papers[a.speaker_name or phrase] = paper.group(1)
        cab, con = CABINET_R85.search(phrase), CONGRESS_R85.search(phrase)
        if (cab or con) and a.source_type in ("person", "government", None):
            typ = "politician" if con else "government"
            country = a.source_country or ("US" if us else None)
            offices[a.speaker_name or phrase] = (typ, country)
            surnames[(cab or con).group(1).split()[-1]] = (typ, country)  # type: ignore[union-attr]
    gov_countries = Counter(a.source_country for a in records if a.source_country and (
        a.source_type == "government" or TREASURY_R85.fullmatch(_speaker_text(text, a))))
    out, last_paper = [], None
    for a in records:
        phrase = _speaker_text(text, a)
        update: dict[str, object] = {}
        key = a.speaker_name or phrase
        if key in papers:
            last_paper = a
            update = {"source_type": "media", "speaker_name": papers[key], "named": True}
        elif (last_paper is not None and PAPER_ANAPHOR_R85.fullmatch(phrase) and a.source_type in ("media", None)
              and not a.named):
            update = {"source_type": "media",
                      "speaker_name": papers.get(last_paper.speaker_name or "", last_paper.speaker_name),
                      "source_country": last_paper.source_country, "named": True,
                      "state_affiliated": last_paper.state_affiliated}
        elif SOVIET_R85.fullmatch(phrase) and a.source_type == "government" and a.source_country != "RU":
            update = {"source_country": "RU"}
        elif key in offices and a.source_type in ("person", "government", None):
            typ, country = offices[key]
            update = {"source_type": typ, "source_country": a.source_country or country}
        elif ((aides := AIDES_R85.fullmatch(phrase)) and aides.group(1) in surnames
              and a.source_type in ("person", "government", None)):
            typ, country = surnames[aides.group(1)]
            update = {"source_type": "government" if typ == "government" else "person",
                      "source_country": a.source_country or country, "named": False}
        elif TREASURY_R85.fullmatch(phrase) and a.source_type == "organization":
            update = {"source_type": "government", "state_affiliated": True}
        elif (SPOKESMAN_R85.fullmatch(phrase) and a.source_type == "person" and not a.named
              and STATE_SPOKESMAN_R85.search(text, 0, a.speaker.start if a.speaker else 0)):
            update = {"source_type": "government", "state_affiliated": True,
                      "source_country": a.source_country or (gov_countries.most_common(1)[0][0]
                                                             if gov_countries else None)}
        elif SOURCE_CLOSE_R85.fullmatch(phrase) and a.source_type == "person":
            update = {"source_type": "anonymous", "named": False, "source_country": None}
        out.append(a.model_copy(update=update) if update else a)
    return out


def round85_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """The records, with round 85's rules applied (see the module docstring)."""
    title_end = _title_end_r85(text)
    out = []
    for a in attributions:
        if (a.cue is not None and title_end > 0 and a.cue.end <= title_end
                and not TITLE_THAT_R85.match(text, a.cue.end)):
            continue  # a wire title over its story
        if _refused_comment(text, a) or _talk_time(text, a):
            continue
        a = _statement_subject(text, a, table)
        a = _noun_participle(text, a, table)
        out.append(a)
    return _types_r85(text, out)
