"""Attributions, round 43 (issue 16): false cues, page labels, and one type per speaker.

Two passes, each called once from ``extract_attributions``:

- ``drop_false_cues`` over the candidates: a participle "believed to be" after a noun ("Three women believed to
  be his sisters were arrested"), an outlet's label line ("Outlet reports:") over a quote that carries its own
  cue, a content inside a page title's site suffix ("... | Coastal Times: news"), and a headline's act or stance
  verb with a bare noun for its object ("Mayor vows legal fight", "White House endorses court ruling");
- ``settle_speakers`` over the finished attributions: a speaker's name cut before its appositive ("the National
  Rifle Association, the nation's largest gun group" is the National Rifle Association), a sheriff typed
  government (police) under every mention of him, plural legislators typed politician, and an acronym typed as
  the body the article spells out ("the NRA" after "the National Rifle Association").
"""

from __future__ import annotations

import dataclasses
import re

from ...document import Document
from ...result import Attribution
from .cues import Candidate
from .rules import BARE_TITLES, TITLE_WORDS

# ------------------------------------------------------------------------------------------ false cues

#: Participles that, followed by "to be" or "to have", describe the noun before them ("two men believed to be his
#: cousins", "a group said to have links to ..."): nobody speaks.
PARTICIPLE_CUES_43 = frozenset({"believed", "thought", "said", "reported", "alleged", "understood", "known",
                                "considered", "suspected", "presumed", "reputed", "rumored", "rumoured", "feared",
                                "estimated", "expected"})
PARTICIPLE_AFTER_43 = re.compile(r"[^\S\n]+to[^\S\n]+(?:be|have)\b")
#: The share of an outlet label's paragraph that quotes with their own cue must cover for the inline cue to win.
LABEL_OWN_CUE_SHARE = 0.6
#: Most words of a page title's site suffix after its last " | " (as ``SITE_SUFFIX_MAX_WORDS`` of the package).
SUFFIX_MAX_WORDS_43 = 6
#: Headline verbs of an act or a stance: with a bare noun for object ("vows legal fight", "backs plan") they
#: report what the subject does, not what it said; with "to ..." or a clause they still report a statement.
HEADLINE_ACT_VERBS = frozenset({"vow", "vows", "endorse", "endorses", "back", "backs", "support", "supports",
                                "oppose", "opposes", "seek", "seeks", "pledge", "pledges", "promise", "promises",
                                "propose", "proposes", "push", "pushes", "tout", "touts", "defend", "defends",
                                "praise", "praises"})
#: A word that makes a headline's object a clause ("vows China will pay", "backs claim that ...").
CLAUSE_WORDS_43 = frozenset({"will", "would", "can", "could", "must", "should", "may", "might", "is", "are", "was",
                             "were", "has", "have", "had", "does", "did", "that", "to", "won't", "isn't", "can't"})
#: Objects that are people ("endorses the governor", "backs rival"): an endorsement of someone stays.
PERSON_OBJECTS_43 = frozenset({*BARE_TITLES, *(w for w in TITLE_WORDS if " " not in w), "candidate", "nominee",
                               "rival", "challenger", "incumbent", "president", "him", "her", "them"})
#: A subject pronoun in the object makes it a clause too ("vows it stays").
SUBJECT_PRONOUNS_43 = frozenset({"i", "we", "you", "he", "she", "it", "they"})


def drop_false_cues(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those whose cue is no report (see the module's notes), in their order."""
    title_end = _title_end(text, doc)
    labels = [c for c in candidates if _label_over_own_cue(text, c, candidates)]
    kept = [c for c in candidates if not (
        _participle_cue(text, c) or any(c is label for label in labels) or _in_site_suffix(text, c)
        or _headline_act(text, c, title_end))]
    return [_continued_from_inline(c, labels, kept) for c in kept]


def _continued_from_inline(cand: Candidate, labels: list[Candidate], kept: list[Candidate]) -> Candidate:
    """A quote paragraph going on after a dropped label's quote ("Outlet reports:¶“A,” X said.¶“B.”"): the
    continuation took the label's speaker; B goes on from the inline speaker X, the last one quoted."""
    if "quote-continues-previous" not in cand.evidence or cand.speaker is None:
        return cand
    for label in labels:
        if label.speaker != cand.speaker or cand.content[0] < label.content[1]:
            continue
        if any(label.content[1] <= c.content[0] < cand.content[0] and (
                c.speaker != cand.speaker or "quote-continues-previous" not in c.evidence) for c in kept):
            continue  # only the run of continued paragraphs right after the label's own
        inline = [c for c in kept if c.cue is not None and c.speaker is not None and "quote" in c.evidence
                  and label.content[0] <= c.content[0] and c.content[1] <= label.content[1]]
        if inline:
            last = max(inline, key=lambda c: c.content[1])
            return dataclasses.replace(cand, speaker=last.speaker, speaker_head=last.speaker_head, offset=last.offset)
    return cand


def _participle_cue(text: str, cand: Candidate) -> bool:
    """"Three women believed to be the owners' sisters were arrested": the cue is a participle right after its
    speaker noun, followed by "to be"/"to have"; the parser read "women believed [that] ... were arrested"."""
    if cand.cue is None or cand.speaker is None or "quote" in cand.evidence:
        return False
    if text[cand.cue[0]:cand.cue[1]].lower() not in PARTICIPLE_CUES_43:
        return False
    between = text[cand.speaker[1]:cand.cue[0]]
    return between.strip() == "" and "\n" not in between and \
        PARTICIPLE_AFTER_43.match(text, cand.cue[1]) is not None


def _label_over_own_cue(text: str, cand: Candidate, candidates: list[Candidate]) -> bool:
    """"Outlet reports:" over a paragraph whose quotation carries its own cue and speaker (“...,” the city fire
    department said): one quote, one speaker; the inline cue wins. Only a quotation (round 30 keeps the outlet
    over a report in its block: "Reuters adds: ¶ The harbour master said ...") and only a label on a line of its
    own; an outlet's text run into its label ("X report: Y announced that ...") stays the outlet's."""
    if ":outlet-block" not in cand.evidence:
        return False
    start, end = cand.content
    if "\n" not in text[max(0, start - 3):start] and not text[:start].rstrip(" \t").endswith("\n"):
        return False  # "Outlet report: X announced that ...": the outlet's text run into its label reports X
    covered: set[int] = set()
    for other in candidates:
        if other is cand or other.cue is None or other.speaker is None or ":outlet-block" in other.evidence or \
                "quote" not in other.evidence:
            continue
        if not (start <= other.cue[0] and other.cue[1] <= end and start <= other.content[0]
                and other.content[1] <= end):
            continue
        for a, b in (other.content, other.cue, other.speaker):
            covered.update(range(max(a, start), min(b, end)))
    return end > start and len(covered) >= LABEL_OWN_CUE_SHARE * len(text[start:end].strip())


def _in_site_suffix(text: str, cand: Candidate) -> bool:
    """A content that lies inside a title line's site suffix ("White House endorses ruling | Bangkok Post: news"
    gave the content "news"): the outlet's name and section are page furniture."""
    line_start = text.rfind("\n", 0, cand.content[0]) + 1
    line_end = text.find("\n", cand.content[0])
    line_end = len(text) if line_end < 0 else line_end
    bar = text.rfind(" | ", line_start, cand.content[0])
    return bar >= 0 and cand.content[1] <= line_end and \
        len(text[bar + 3:line_end].split()) <= SUFFIX_MAX_WORDS_43


def _title_end(text: str, doc: Document) -> int:
    """Where the title line (the first paragraph's first line) ends; 0 with no paragraph, or when that line is no
    headline (the text's only paragraph, or a line that ends a sentence: "Ms. Vale was eager to praise ...")."""
    if len(doc.paragraphs) < 2:
        return 0
    first = doc.paragraphs[0]
    line_end = text.find("\n", first.start)
    line_end = first.end if line_end < 0 else min(line_end, first.end)
    return 0 if text[first.start:line_end].rstrip().endswith((".", "!", "?")) else line_end


def _headline_act(text: str, cand: Candidate, title_end: int) -> bool:
    """"Mayor vows legal fight over budget cut", "White House endorses court ruling": a candidate on the title
    line (a headline: no final stop, a body after it) whose act or stance verb has a bare noun phrase in lower
    case for content (no clause word, no "to"): the subject's act, nothing said. Not an object with a capital
    ("endorses Trump") or a person ("endorses the governor"): someone endorsed, as PolNeAR annotates it."""
    if cand.cue is None or cand.cue[0] >= title_end or cand.content[0] < cand.cue[1]:
        return False
    if text[cand.cue[0]:cand.cue[1]].lower() not in HEADLINE_ACT_VERBS:
        return False
    if re.search(r"\b[A-Z]", text[cand.content[0]:cand.content[1]]):
        return False  # "Ted Cruz endorses Trump" (PolNeAR annotates an endorsement of someone), or title case
    words = re.findall(r"[\w'’-]+", text[cand.content[0]:cand.content[1]].lower())
    if any(w in PERSON_OBJECTS_43 for w in words):
        return False  # "Senator Hale endorses the governor": someone endorsed, as with a name
    return bool(words) and not any(w.replace("’", "'") in CLAUSE_WORDS_43 | SUBJECT_PRONOUNS_43 for w in words)


# ------------------------------------------------------------------------------------------ one type per speaker

#: "X, the county's sheriff": a name, then an appositive that opens with a determiner.
APPOSITIVE_AFTER_NAME = re.compile(r"^((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w.&'’-]*))*?"
                                   r"\s*[A-Z][\w.&'’-]*),\s+(?:the|an?|its|their|which|who)\s")
#: Police titles: the office holder is the state (police), named or not.
POLICE_TITLE_43 = re.compile(r"\b(?:sheriff|undersheriff|police\s+chief|chief\s+of\s+police|police\s+commissioner|"
                             r"constable)\b", re.IGNORECASE)
#: Plural legislators ("dozens of Democratic senators", "Republican lawmakers"): politicians, none named.
LEGISLATORS_43 = re.compile(r"\b(?:senators|lawmakers|legislators|congressmen|congresswomen|congressmembers|MPs|"
                            r"parliamentarians|state\s+representatives)\b")
#: Words of a name that make it a state's body ("Drug Enforcement Administration"): its acronym stays government.
STATE_NAME_WORDS_43 = re.compile(r"\b(?:Department|Ministry|Agency|Administration|Bureau|Office|Service|Commission|"
                                 r"Council|Force|Army|Navy|Police|Court|Senate|House|Congress|Parliament|Government|"
                                 r"Authority|Federal|National\s+Guard|Republic|State|States)\b")
#: The types an acronym speaker may take from the body it abbreviates.
ACRONYM_TYPES_43 = frozenset({"government", "organization", "media", "person"})
NAME_RUN_43 = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w'’-]*){1,7}")


def settle_speakers(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with names cut before appositives and types made one per speaker (module notes)."""
    out = [_cut_appositive(text, a) for a in attributions]
    out = _police_titles(text, out)
    out = [_plural_legislators(text, a) for a in out]
    out = [_advocacy_officer(text, a) for a in out]
    return _acronym_types(text, out)


def _cut_appositive(text: str, a: Attribution) -> Attribution:
    """"The National Rifle Association, the country's largest gun lobby": the speaker is the name."""
    if a.speaker is None or not a.speaker_name or ", " not in a.speaker_name:
        return a
    m = APPOSITIVE_AFTER_NAME.match(a.speaker_name)
    if m is None:
        return a
    name = re.sub(r"^[Tt]he\s+", "", m.group(1))
    phrase = text[a.speaker.start:a.speaker.end]
    at = phrase.find(m.group(1))
    speaker = a.speaker
    if at >= 0 and phrase.find(",", at + len(m.group(1))) == at + len(m.group(1)):
        speaker = a.speaker.model_copy(update={"end": a.speaker.start + at + len(m.group(1))})
    return a.model_copy(update={"speaker_name": name, "speaker": speaker,
                                "start": min(a.start, speaker.start, a.content.start)})


def _police_titles(text: str, out: list[Attribution]) -> list[Attribution]:
    """A sheriff (a police title in any of his speaker phrases) is government, under every mention of him: his
    full name's and his surname's ("Sheriff X" and "Jerry X"), and "Sheriff X" takes the full name."""
    full: dict[str, str] = {}
    for a in out:
        if a.speaker is None or not a.speaker_name or a.source_type not in ("person", "government"):
            continue
        if POLICE_TITLE_43.search(text[a.speaker.start:a.speaker.end]) or POLICE_TITLE_43.search(a.speaker_name):
            name = POLICE_TITLE_43.sub("", a.speaker_name).strip(" ,")
            if name and name[0].isupper():
                surname = name.split()[-1]
                if len(name.split()) > 1 or surname not in full:
                    full[surname] = name
    if not full:
        return out
    changed = []
    for a in out:
        name = POLICE_TITLE_43.sub("", a.speaker_name or "").strip(" ,")
        if a.speaker is not None and name and name.split()[-1] in full and a.source_type in ("person", "government") \
                and (len(name.split()) == 1 or name == full[name.split()[-1]]):
            a = a.model_copy(update={"source_type": "government", "speaker_name": full[name.split()[-1]],
                                     "named": True, "evidence": f"{a.evidence}:police-title"})
        changed.append(a)
    return changed


def _plural_legislators(text: str, a: Attribution) -> Attribution:
    """"Dozens of Democratic senators said": legislators, unnamed, typed politician (not a person)."""
    if a.speaker is None or a.source_type not in ("person", "anonymous"):
        return a
    phrase = text[a.speaker.start:a.speaker.end]
    if LEGISLATORS_43.search(phrase) is None or re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+,", phrase):
        return a  # not "Tom Harlan, one of the senators who ...": a named person is typed as he is
    return a.model_copy(update={"source_type": "politician", "named": False})


#: "Brady Campaign President Kris Brown": an advocacy group's or a civic body's name, its office, then the
#: person (the body's last word says it is no state's).
ADVOCACY_OFFICER_43 = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+){0,4}(?:Campaign|Association|Coalition|Group|Foundation|Society|"
    r"Institute|Center|Centre|Network|Alliance|League|Federation|Fund|Project|Trust|Club|Movement|Initiative))"
    r"\s+(?:[Pp]resident|[Cc]hair(?:man|woman|person)?|(?:[Ee]xecutive\s+)?[Dd]irector|CEO|[Ff]ounder|[Hh]ead)\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})$")


def _advocacy_officer(text: str, a: Attribution) -> Attribution:
    """"Brady Campaign President Kris Brown said": the president of an advocacy group is a person of that body,
    not a state's official (the title "President" typed him government)."""
    if a.speaker is None or a.source_type != "government":
        return a
    m = ADVOCACY_OFFICER_43.match(" ".join(text[a.speaker.start:a.speaker.end].split()))
    if m is None or STATE_NAME_WORDS_43.search(m.group("body")) or m.group("name") != a.speaker_name:
        return a
    return a.model_copy(update={"source_type": "person", "state_affiliated": False,
                                "affiliation": a.affiliation or m.group("body"),
                                "evidence": f"{a.evidence}:advocacy-officer"})


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper() and w.lower() not in ("the",))


def _acronym_types(text: str, out: list[Attribution]) -> list[Attribution]:
    """"The NRA said", tagged a place and typed government, after "the National Rifle Association": the acronym
    is the body the article spells out, typed as that body's own attributions are; with none, a government
    acronym becomes an organization unless the name is a state's ("Drug Enforcement Administration")."""
    changed = []
    for a in out:
        short = re.sub(r"^[Tt]he\s+", "", (a.speaker_name or "").strip())
        if a.speaker is None or a.source_type not in ACRONYM_TYPES_43 or not re.fullmatch(r"[A-Z]{2,6}", short):
            changed.append(a)
            continue
        spelled = next((m.group(0) for m in NAME_RUN_43.finditer(text) if _initials(m.group(0)) == short), None)
        if spelled is None:
            changed.append(a)
            continue
        bare = re.sub(r"^[Tt]he\s+", "", spelled)
        body = next((b for b in out if b.speaker_name == bare and b.source_type in ACRONYM_TYPES_43), None)
        if body is not None and body.source_type != a.source_type:
            a = a.model_copy(update={"source_type": body.source_type, "state_affiliated": body.state_affiliated,
                                     "source_country": body.source_country,
                                     "evidence": f"{a.evidence}:acronym-of-body"})
        elif body is None and a.source_type == "government" and STATE_NAME_WORDS_43.search(spelled) is None:
            a = a.model_copy(update={"source_type": "organization", "state_affiliated": False,
                                     "source_country": None, "evidence": f"{a.evidence}:acronym-of-body"})
        changed.append(a)
    return changed
