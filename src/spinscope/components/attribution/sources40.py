"""Source typing, round 40 (issue 16, branch ``sources40``): documents and the bodies behind them.

``sources40_speakers`` is called once from ``extract_attributions``, after round 50's passes; it changes only the
type, name, ``named`` flag or country of finished attributions (and their ``sources``), and gives a speaker span
only to an attribution that had none (``document_pronoun_40``), so no attribution is added or dropped:

- ``report_by_body_40``: a document whose phrase names its author body ("NOAA data showed", "the WWF's annual
  report") speaks as the body (round 39's convention 5): the body's type, country and name from the source table,
  or, for initials the article spells out once ("the Ocean Relief Trust ... ORT's report"), the spelled-out name as
  an ``organization``. A person's document ("Boudreau's report") stays a report.
- ``document_nouns_40``: a plural of documents typed a person ("according to tax forms and other documents",
  "bank statements show") is a ``report``, of the story's country (round 39's ``story_country_39``) when the
  article's places point to one.
- ``national_body_40``: a named person with no country whose own phrase names the body he or she speaks for by
  a nationality ("director of the watchdog Americans for Public Trust", "a fellow of the Russian Academy of
  Sciences") takes that country (round 35: the body's country where the text gives no other).
- ``titled_report_40``: "the report" or a pronoun resolved to a report, after the article has introduced the report
  by its title ("the groups issued their “Ocean Ledger: March Edition.”"), is that titled report: named, under
  the title (before its colon), of its authors' country when the sentence lists them (below).
- ``document_pronoun_40``: "It claims that ..." whose "It" no rule resolved (the speaker left empty), right after a
  sentence that points at a document ("Look at this chart from the latest Harbor Trust report."), is the
  document: a ``report``, or the table body the sentence names as its author (round 39's convention 5).
- ``listed_bodies_40``: "the groups said" after a sentence whose subject lists three bodies or more by name ("The
  Cato Institute, the Heartland Institute and Ocean First issued ...") is those bodies: named, under the first
  one's name, of the one country that the source table gives the listed bodies it knows.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource, Span
from .rules import NAME
from .sources import SourceTable
from .sources39 import story_country_39
from .sources42 import _each, _update

#: Heads of a plural of documents that speak ("tax forms", "bank statements", "court filings").
DOCUMENT_HEADS_40 = frozenset({"forms", "documents", "filings", "records", "papers", "files", "emails", "e-mails",
                               "statements", "receipts", "invoices", "ledgers", "minutes", "transcripts",
                               "memos", "spreadsheets", "returns"})
#: What may follow a plural of documents in the speaker's phrase ("tax forms filed in May", "records seen by").
DOCUMENT_TAIL_40 = re.compile(r"(?:filed|seen|obtained|reviewed|released|published|submitted|cited|dated|from|of|"
                              r"by|in|and)\b")
#: Document nouns that a body may author ("NOAA data", "the WWF's report").
BODY_DOCUMENTS_40 = re.compile(r"\b(?:data|figures|statistics|report|reports|study|survey|analysis|review|"
                               r"records|documents|filings|statement|findings|estimates?)\b", re.IGNORECASE)
#: Initials (two to six capitals) that may stand for a body.
INITIALS_40 = re.compile(r"[A-Z]{2,6}")
#: A capitalised name: the words whose initials may spell a body's initials ("of", "for", "and", "the" skipped).
CAPITALISED_RUN_40 = re.compile(r"[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w&’'-]*)+")
#: "of (the) (conservative watchdog) <Body>": the body that a person's phrase says he or she is part of.
OF_BODY_40 = re.compile(r"\b(?:of|at|for|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
                        r"(?P<body>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'-]*)+)")
#: Phrases that stand for a report already introduced.
REPORT_ANAPHORS_40 = frozenset({"the report", "it", "the study", "the paper", "the survey", "the analysis",
                                "the review", "the document", "the new report"})
#: "issued their “Title”": a document introduced by its title (quotation marks, capitalised first word).
TITLE_INTRO_40 = re.compile(r"\b(?:issued|published|released|unveiled|put\s+out|launched|produced)\s+"
                            r"(?:(?:their|its|his|her|a|an|the)\s+)?(?:(?:new|latest|annual)\s+)*"
                            r"(?:(?:report|study|paper|survey|analysis|review),?\s+)?[“\"](?P<title>[A-Z][^”\"\n]{3,80})"
                            r"[”\"]")


def _spelled_out(text: str, initials: str) -> str | None:
    """The one capitalised name in ``text`` whose words' initials spell ``initials`` ("Climate Emergency Fund" for
    "CEF"), or None."""
    found = set()
    for m in CAPITALISED_RUN_40.finditer(text):
        words = [w for w in m.group(0).split() if w[:1].isupper()]
        for i in range(len(words) - len(initials) + 1):
            run = words[i:i + len(initials)]
            if "".join(w[0] for w in run) == initials:
                found.add(" ".join(run))
    return found.pop() if len(found) == 1 else None


def _body_of_document(text: str, phrase: str, affiliation: str | None,
                      table: SourceTable) -> tuple[str, str | None, str] | None:
    """The (type, country, name) of the body that a document's phrase names as its author, or None."""
    document = BODY_DOCUMENTS_40.search(phrase)
    if document is None:
        return None
    # the phrase before the document noun names its author ("NOAA data"); "a report in the Pentagon" names a place
    if affiliation and phrase.find(affiliation) > document.start():
        affiliation = None
    for form in (affiliation, phrase[:document.start()]):
        if not form:
            continue
        hit = table.find_source(form)
        if hit is not None and hit[0].type in ("government", "organization", "media", "academic", "politician"):
            return hit[0].type, hit[0].country, hit[0].name
    if affiliation and INITIALS_40.fullmatch(affiliation):
        name = _spelled_out(text, affiliation)
        if name is not None:
            return "organization", None, name
    return None


def report_by_body_40(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each report whose phrase names its author body given to the body (see the module's docstring)."""
    out: list[Attribution] = []
    for a in attributions:
        if a.source_type == "report" and a.speaker is not None:
            body = _body_of_document(text, text[a.speaker.start:a.speaker.end], a.affiliation, table)
            if body is not None:
                kind, country, name = body
                a = a.model_copy(update={"source_type": kind, "source_country": country or a.source_country,
                                         "speaker_name": name, "named": True})
        out.append(a)
    return out


def document_nouns_40(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each plural of documents typed a person retyped a report (see the module's docstring)."""
    story: list[str | None] = []

    def retyped(phrase: str, kind: str | None, named: bool) -> bool:
        if kind not in ("person", "anonymous") or named:
            return False
        words = phrase.split()
        head = next((i for i, w in enumerate(words[:4]) if w.lower() in DOCUMENT_HEADS_40), None)
        if head is None or head == 0 or any(w[:1].isupper() or w.lower() in ("who", "which", "that")
                                            for w in words[:head]):
            return False  # "documents" alone, "people who read the files", "Smith's files" keep their type
        return head == len(words) - 1 or DOCUMENT_TAIL_40.match(words[head + 1]) is not None

    def country(current: str | None) -> str | None:
        if current is not None:
            return current
        if not story:
            story.append(story_country_39(text, table))
        return story[0]

    def change(s: Attribution | AttributionSource) -> Attribution | AttributionSource:
        if s.speaker is None or not retyped(text[s.speaker.start:s.speaker.end], s.source_type, s.named):
            return s
        return _update(s, source_type="report", source_country=country(s.source_country))
    return _each(attributions, change)


def _nation_of_body(phrase: str, table: SourceTable) -> str | None:
    """The country of the body a person's phrase names by a nationality ("Americans for Public Trust": US)."""
    codes = set()
    for m in OF_BODY_40.finditer(phrase):
        first = m.group("body").split()[0]
        for form in (first, first[:-1] if first.endswith("s") else None):
            if form and form in table.countries:
                codes.add(table.countries[form])
                break
    return codes.pop() if len(codes) == 1 else None


def national_body_40(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each named person with no country given the country of the nation-named body in his or her own phrase."""
    countries: dict[str, str | None] = {}
    for a in attributions:
        speakers: list[Attribution | AttributionSource] = [a, *a.sources]
        for s in speakers:
            if s.speaker is None or not s.named or not s.speaker_name or s.source_country is not None:
                continue
            if s.source_type not in ("person", "academic", "media"):
                continue
            phrase = text[s.speaker.start:s.speaker.end]
            if s.speaker_name in phrase and len(phrase) > len(s.speaker_name):
                code = _nation_of_body(phrase[phrase.index(s.speaker_name) + len(s.speaker_name):], table)
                if code is not None:
                    countries.setdefault(s.speaker_name, code)
    if not countries:
        return attributions
    def change(s: Attribution | AttributionSource) -> Attribution | AttributionSource:
        if s.source_country is None and s.named and s.speaker_name in countries and \
                s.source_type in ("person", "academic", "media"):
            return _update(s, source_country=countries[s.speaker_name])
        return s
    return _each(attributions, change)


#: A sentence's subject listing bodies: three capitalised names or more, commas between, "and" before the last,
#: then a verb in the past or present ("..., and Ocean First issued").
BODY_LIST_40 = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<list>(?:(?:[Tt]he\s+)?[A-Z][^,.;:\n]{1,80},\s+){1,}(?:[Tt]he\s+)?[A-Z]"
    r"[^,.;:\n]{0,80}?,?\s+and\s+(?:[Tt]he\s+)?[A-Z][^,.;:\n]{1,80}?)\s+"
    r"(?:[a-z]+ed|issued|wrote|said|says|published|released)\b")
#: Phrases that stand for bodies listed before.
GROUP_ANAPHORS_40 = frozenset({"the groups", "the organizations", "the organisations", "the think tanks",
                               "the institutes", "the coalition"})


def _listed_bodies(text: str, end: int, table: SourceTable) -> tuple[str, str | None, int] | None:
    """The last list of bodies before ``end`` (see ``BODY_LIST_40``): the first body's name, the one country the
    table gives the bodies it knows (None if none or several), and where the list ends; or None."""
    found = [m for m in BODY_LIST_40.finditer(text, 0, end)]
    if not found:
        return None
    m = found[-1]
    parts = [part.strip() for part in m.group("list").split(",")]
    if not parts[-1].startswith("and "):  # no comma before "and": "A, B and C"
        parts[-1:] = parts[-1].split(" and ", 1)
    items = [re.sub(r"^(?:and\s+)?(?:[Tt]he\s+)?", "", part.strip()) for part in parts]
    items = [i for i in items if i]
    if len(items) < 3 or not all(i[:1].isupper() for i in items):
        return None
    codes = {hit[0].country for i in items if (hit := table.find_source(i)) is not None and hit[0].country}
    first = table.find_source(items[0])
    name = first[0].name if first is not None else re.sub(r"\s*\([^)]*\)", "", items[0])
    return name, (codes.pop() if len(codes) == 1 else None), m.end()


def listed_bodies_40(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each unnamed "the groups" (an organization) after a list of named bodies given those bodies (see the
    module's docstring)."""
    out: list[Attribution] = []
    for a in attributions:
        if a.source_type == "organization" and not a.named and a.speaker is not None and \
                " ".join(text[a.speaker.start:a.speaker.end].lower().split()) in GROUP_ANAPHORS_40:
            listed = _listed_bodies(text, a.speaker.start, table)
            if listed is not None:
                name, country, _ = listed
                a = a.model_copy(update={"named": True, "speaker_name": name,
                                         "source_country": a.source_country or country})
        out.append(a)
    return out


def titled_report_40(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each unnamed report standing for a report the article introduced by its title named so."""
    out: list[Attribution] = []
    for a in attributions:
        if a.source_type == "report" and not a.named and a.speaker is not None and \
                " ".join(text[a.speaker.start:a.speaker.end].lower().split()) in REPORT_ANAPHORS_40:
            titles = list(TITLE_INTRO_40.finditer(text, 0, a.speaker.start))
            if titles:
                title = titles[-1].group("title").split(":")[0].strip().rstrip(".,")
                update: dict[str, object] = {"named": True, "speaker_name": title}
                listed = _listed_bodies(text, titles[-1].end(), table)
                if a.source_country is None and listed is not None and listed[1] is not None and \
                        titles[-1].start() - listed[2] < 40:  # the list is the subject of the title's verb
                    update["source_country"] = listed[1]
                a = a.model_copy(update=update)
        out.append(a)
    return out


#: "It" opening a sentence, right before the cue.
IT_BEFORE_CUE_40 = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n))It\s+$")
#: A sentence pointing at a document ("this chart from the latest X report", "a new study").
DOCUMENT_POINTER_40 = re.compile(r"\b(?:this|that|the|a|an)\s+(?:[\w-]+\s+){0,2}(?P<doc>chart|graph|table|map|"
                                 r"figure|report|study|paper|survey|analysis|document)\b(?P<rest>[^.!?\n]*)",
                                 re.IGNORECASE)
#: Cues that a document speaks with ("It claims", "It shows"); "It seems" is no document's.
DOCUMENT_CUES_40 = re.compile(r"(?:claim|say|state|show|argue|find|found|note|suggest|conclude|warn|estimate|"
                              r"report|insist|assert|reveal)(?:s|ed|d)?", re.IGNORECASE)
#: How far back (characters) the sentence that points at the document may start.
POINTER_REACH_40 = 200


def document_pronoun_40(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Each attribution whose "It" speaker was left empty after a sentence pointing at a document given the
    document as its speaker (see the module's docstring)."""
    out: list[Attribution] = []
    for a in attributions:
        if a.speaker is None and a.cue is not None and DOCUMENT_CUES_40.fullmatch(text[a.cue.start:a.cue.end]) and \
                (it := IT_BEFORE_CUE_40.search(text, max(0, a.cue.start - 8), a.cue.start)) is not None:
            before = text[max(0, it.start() - POINTER_REACH_40):it.start()]
            sentence = re.split(r"(?<=[.!?])\s+", before.strip())
            pointer = DOCUMENT_POINTER_40.search(sentence[-1]) if sentence and before.strip() else None
            if pointer is not None:
                body = table.find_source(sentence[-1])
                kind, country, name, named = "report", None, None, False
                if body is not None and body[0].type in ("government", "organization", "media", "academic"):
                    kind, country, name, named = body[0].type, body[0].country, body[0].name, True
                speaker = Span(start=it.start(), end=it.start() + 2, label="speaker", score=a.score,
                               evidence=f"{NAME}:document-pronoun-40")
                a = a.model_copy(update={"speaker": speaker, "start": min(a.start, it.start()),
                                         "source_type": kind, "source_country": country, "speaker_name": name,
                                         "named": named, "evidence": f"{a.evidence}:document-pronoun-40"})
        out.append(a)
    return out


def sources40_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 40's passes: a document's "It", a document's author body, documents typed people, a nation-named
    body's officer, bodies listed before "the groups", a report introduced by its title."""
    out = report_by_body_40(text, document_pronoun_40(text, attributions, table), table)
    out = document_nouns_40(text, out, table)
    out = national_body_40(text, out, table)
    out = listed_bodies_40(text, out, table)
    return titled_report_40(text, out, table)
