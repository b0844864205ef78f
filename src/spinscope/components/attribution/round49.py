"""Attributions, round 49 (issue 16): the conventions left open by rounds 45-47, and the lead's further cases.

The open false cues of rounds 45-47 ("better known as", "likes", "cast votes", "prompting concerns", "I wonder",
"posted", requests) were settled on PolNeAR's tuning half (``scripts/attr49/README.md``): its annotators count
each of them as an attribution, so no pass here drops them (guard tests keep them). What this module adds:

- ``round49_candidates`` (one call from ``extract_attributions``, after round 47's pass):
  - a quotation closed before "the NP is/was/can be heard saying" ("“...,” a man is heard saying on the tape."):
    the noun phrase is the speaker, the participle the cue, the quotation the content;
  - a lone transcript turn, "NAME: text" in capitals opening a paragraph where the text has no second turn: a
    speaker only where the label is a person the article names elsewhere ("DREW:" after "Tom Drew"), so that a
    dateline ("BELGRADE: ...") stays none;
  - a sentence-case title whose speaker is a common noun with no determiner ("Council aide admits budget is
    short", "... staffer caught on tape admits ..."), which the title rules (capitalised speakers) miss.
- ``round49_types`` (on the finished attributions): a local government named by its common noun ("the county
  wants ...", "the town hopes ...") is a government, never a person; calls and recordings that "show" something
  ("Other 911 calls show that ...") are a document (report), never a person.
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution
from .cues import RULE_SCORES, Candidate
from .quotes import QuoteIndex, _trim
from .rules import NAME

# ------------------------------------------------------------------------------------------ "is heard saying"

#: After a quotation's closing mark: a comma, a noun phrase (a determiner and up to three words, or one to three
#: capitalised words), "is/was/can be/could be heard" and a verb of speech.
HEARD_AFTER_QUOTE_49 = re.compile(
    r"[,!?]?[\"”’']?[^\S\n]*,?[^\S\n]+"
    r"(?P<sp>(?:(?:the|a|an|one|another|The|A|An|One|Another)(?:[^\S\n]+[\w’'-]+){1,3}?)"
    r"|[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){0,2})"
    r"[^\S\n]+(?:is|was|can[^\S\n]+be|could[^\S\n]+be|can[^\S\n]+also[^\S\n]+be|is[^\S\n]+also)[^\S\n]+heard"
    r"[^\S\n]+(?P<cue>saying|telling|shouting|yelling|asking|screaming|say|tell|shout|yell|ask)\b")

# ------------------------------------------------------------------------------------------ a lone turn

#: A paragraph opening with a label in capitals and a colon ("DREW: ...", "ANN LEE: ...").
SHOUTED_LABEL_49 = re.compile(r"[\"“]?(?P<label>[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,3})"
                              r"[^\S\n]*:[^\S\n]+(?=\S)")
#: Labels that are page furniture or a section, never a person (besides the attribution layer's own list).
NOT_TURNS_49 = frozenset({"UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "READ", "BREAKING", "PHOTO",
                          "VIDEO", "SOURCE", "SOURCES", "RELATED", "CORRECTION", "CLARIFICATION", "DISCLAIMER",
                          "WARNING", "EXCLUSIVE", "LIVE", "ALERT", "FACT", "CLAIM", "VERDICT", "TRANSCRIPT",
                          "Q", "A", "AD", "SPONSORED", "SHARE", "MORE", "ALSO", "SEE", "TAGS", "TOPICS", "FILE",
                          "ANALYSIS", "OPINION", "COMMENTARY", "CAPTION", "CREDIT", "BY", "POSTED", "PUBLISHED"})

# ------------------------------------------------------------------------------------------ title clause

#: Heads of a title's speaker with no determiner ("Aide", "Council staffer", "Ex-minister").
TITLE_SPEAKER_HEADS_49 = frozenset({
    "aide", "aides", "staffer", "staffers", "official", "officials", "minister", "ex-minister", "mayor", "governor",
    "senator", "lawmaker", "lawmakers", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "clerk",
    "chief", "director", "head", "boss", "judge", "prosecutor", "lawyer", "attorney", "doctor", "expert",
    "experts", "scientist", "scientists", "study", "report", "poll", "survey", "police", "officer", "sheriff",
    "candidate", "president", "leader", "chairman", "chairwoman", "manager", "teacher", "worker", "workers",
    "employee", "insider", "whistleblower", "witness", "victim", "mother", "father", "owner", "general",
    "commander", "envoy", "ambassador", "diplomat", "councillor", "councilor", "councilman", "councilwoman",
    # bodies that vote ("House panel votes to hold X in contempt": PolNeAR's gold counts a vote)
    "panel", "committee", "board", "council", "jury", "court", "senate", "house", "assembly", "legislature"})
#: Sentence-case verbs of a title that report ("admits", "says"), third person.
TITLE_VERBS_49 = ("says|admits|claims|warns|insists|confirms|reveals|denies|concedes|argues|suggests|vows|"
                  "predicts|believes|fears|accuses|tells|urges|votes")
#: "Council staffer caught on tape admits campaign is lying": a capitalised first word, up to two lower-case words
#: ending on the speaker's head, an optional participle phrase ("caught on tape"), the verb and the clause.
TITLE_CLAUSE_49 = re.compile(
    r"^[\"“'‘]?(?P<sp>[A-Z][\w’'-]*(?:[^\S\n]+[a-z][\w’'-]*){0,2})"
    r"(?:[^\S\n]+(?:caught|seen|heard|filmed|recorded|quoted)(?:[^\S\n]+[a-z][\w’'-]*){1,3})?"
    r"[^\S\n]+(?P<cue>" + TITLE_VERBS_49 + r")[^\S\n]+(?P<c>[a-z][^\n]*\S)$")
TITLE_MAX_CHARS_49 = 160
#: The title's content must be a clause ("campaign is lying") or an infinitive ("to close two schools"), not a bare
#: noun phrase ("legal fight over budget cut": an act, round 43's call).
TITLE_CLAUSE_VERB_49 = re.compile(
    r"^(?:to[^\S\n]+[a-z]+|(?:[\w’'-]+[^\S\n]+){0,3}?(?:is|are|was|were|will|would|can|could|has|have|had|must|"
    r"should|may|might|did|does|do|isn[’']t|wasn[’']t|won[’']t|aren[’']t|don[’']t|doesn[’']t|didn[’']t)\b)")

# ------------------------------------------------------------------------------------------ "amid growing concerns"

#: "amid growing concerns that X": an adjective on the noun makes the parser read "that" as a relative pronoun, so
#: the noun cue is lost; PolNeAR's gold counts it with no source (as the stance-noun rule finds "amid concerns that").
GROWING_CONCERNS_49 = re.compile(
    r"\b(?:amid|over|with|despite)[^\S\n]+(?:growing|mounting|rising|deepening|widespread|renewed|new|increasing)"
    r"[^\S\n]+(?P<cue>concerns|fears|worries)[^\S\n]+(?P<c>that[^\S\n]+[^.;:!?\n]{8,}?)(?=[.;:!?\n]|$)")

# ------------------------------------------------------------------------------------------ types

#: A local government named by its common noun ("the county", "the town"): a government, no person.
LOCAL_GOVERNMENT_49 = re.compile(r"(?:the|this|that|our|its|their|a|each|every)[^\S\n]+(?:[a-z-]+[^\S\n]+)?"
                                 r"(?:county|counties|city|cities|town|towns|village|villages|municipality|"
                                 r"municipalities|borough|boroughs|township|townships|parish|parishes)",
                                 re.IGNORECASE)
#: Calls and recordings that "show" something ("Other 911 calls", "the phone calls"): a document.
#: A body that speaks in a title with no determiner ("House panel votes ...", "City board votes ..."): a body.
TITLE_BODIES_49 = frozenset({"panel", "committee", "board", "council", "jury", "court", "senate", "house", "assembly",
                             "legislature"})
CALLS_49 = re.compile(r"(?:[\w’'-]+[^\S\n]+){0,3}(?:calls|call|recordings|voicemails|voicemail|logs)",
                      re.IGNORECASE)


def round49_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 49's additions (see the module's notes)."""
    quotes = doc.cache.get("attributions.quotes")
    out = list(candidates)
    if isinstance(quotes, QuoteIndex):
        out = _heard_after_quote(text, quotes, out)
    out += _lone_turn(text, doc, out)
    out += _title_clause(text, doc, out)
    out += _growing_concerns(text, out)
    return out


def _growing_concerns(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'..., amid growing concerns that X.': a candidate with no source where no candidate's content starts in the
    clause."""
    out: list[Candidate] = []
    for m in GROWING_CONCERNS_49.finditer(text):
        content = _trim(text, m.start("c"), m.end("c"))
        if any(m.start() <= c.content[0] < content[1] for c in candidates + out):
            continue  # the clause found already (a content running on from an earlier verb's object is another's)
        out.append(Candidate(kind="indirect", content=content, speaker=None, cue=(m.start("cue"), m.end("cue")),
                             score=RULE_SCORES["noun-cue"], evidence=f"{NAME}:noun-cue:growing-concerns-49",
                             anonymous=True))
    return out


def _heard_after_quote(text: str, quotes: QuoteIndex, candidates: list[Candidate]) -> list[Candidate]:
    """'“...,” a man is heard saying.': the quotation's speaker; a candidate of that quotation with no speaker is
    given it, and one is added where there is none."""
    out = list(candidates)
    for q in quotes:
        if not q.balanced:
            continue
        m = HEARD_AFTER_QUOTE_49.match(text, q.end)
        if m is None:
            continue
        inner = _trim(text, *q.inner, strip_that=False)
        speaker, cue = (m.start("sp"), m.end("sp")), (m.start("cue"), m.end("cue"))
        overlapping = [k for k, c in enumerate(out) if c.content[0] < inner[1] and inner[0] < c.content[1]]
        if any(out[k].speaker is not None for k in overlapping):
            continue  # the quotation has a speaker already
        out = [c for k, c in enumerate(out) if k not in overlapping]
        out.append(Candidate(kind="direct", content=inner, speaker=speaker, cue=cue,
                             score=RULE_SCORES["verb:parenthetical"], evidence=f"{NAME}:heard-saying-49"))
    return out


def _lone_turn(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """A single "NAME: text" turn (see the module's notes), where no candidate covers the paragraph yet."""
    shouted = [(p, m) for p in doc.paragraphs if (m := SHOUTED_LABEL_49.match(text, p.start)) is not None]
    if len(shouted) != 1:
        return []  # none, or turns the speaker labels read already
    para, m = shouted[0]
    label = m.group("label")
    if label in NOT_TURNS_49 or len(label) < 2:
        return []
    if any(para.start <= c.content[0] < para.end for c in candidates):
        return []
    people = {e.text for p in doc.parsed for e in p.doc.ents if e.label_ == "PERSON"}
    words = [w.capitalize() for w in label.split()]
    if not any(all(re.search(rf"\b{re.escape(w)}\b", name) for w in words) for name in people):
        return []  # a dateline, a section: no one the article names
    content = _trim(text, m.end(), para.end, strip_that=False)
    if content[1] - content[0] < 3:
        return []
    colon = text.index(":", m.end("label"))
    return [Candidate(kind="direct", content=content, speaker=(m.start("label"), m.end("label")),
                      cue=(colon, colon + 1), score=RULE_SCORES["speaker-label"],
                      evidence=f"{NAME}:lone-turn-49:speaker-label")]


def _title_clause(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """A sentence-case title "Council staffer ... admits campaign is lying" with no candidate on it."""
    if not doc.paragraphs:
        return []
    first = doc.paragraphs[0]
    line_end = text.find("\n", first.start, first.end)
    if line_end == -1 and not doc.title_in_text:
        return []  # no title line
    end = line_end if line_end != -1 else first.end
    line = text[first.start:end].rstrip()
    if len(line) > TITLE_MAX_CHARS_49 or line.endswith((".", "?", "!", ":")):
        return []
    if any(first.start <= c.content[0] < first.start + len(line) for c in candidates):
        return []
    m = TITLE_CLAUSE_49.match(line)
    if m is None or m.group("sp").split()[-1].lower() not in TITLE_SPEAKER_HEADS_49:
        return []
    if TITLE_CLAUSE_VERB_49.match(m.group("c")) is None:
        return []
    base = first.start
    return [Candidate(kind="indirect", content=(base + m.start("c"), base + m.end("c")),
                      speaker=(base + m.start("sp"), base + m.end("sp")),
                      cue=(base + m.start("cue"), base + m.end("cue")),
                      score=RULE_SCORES["headline"], evidence=f"{NAME}:headline:title-clause-49")]


def round49_types(text: str, out: list[Attribution]) -> list[Attribution]:
    """The attributions, a local government by its common noun typed government and calls that show something
    typed report where the typing left them a person (see the module's notes)."""
    fixed: list[Attribution] = []
    for a in out:
        if a.speaker is not None and a.source_type == "person":
            phrase = " ".join(text[a.speaker.start:a.speaker.end].split())
            if LOCAL_GOVERNMENT_49.fullmatch(phrase):
                a = a.model_copy(update={"source_type": "government", "state_affiliated": True})
            elif CALLS_49.fullmatch(phrase):
                a = a.model_copy(update={"source_type": "report"})
            elif a.evidence.endswith("title-clause-49") and phrase.split()[-1].lower() in TITLE_BODIES_49:
                a = a.model_copy(update={"source_type": "organization"})
        fixed.append(a)
    return fixed
