"""Attributions, round 105 (issue 16, branch ``attr105``): the whole record (cue, content span, speaker) on 1987
wire stories, from the development errors of round 105's fresh gold (``tests/gold/attributions_real105.jsonl``,
``sources_real105``; ``scripts/attr105/README.md``).

One pass, ``round105_attributions``, called last in ``extract_attributions`` (after ``lead54_attributions``). Its
invented tests are in ``tests/test_attr105.py``. Wire stories are those with a capitals title line (round 93's
``_wire_title``); every rule but the second keeps to them.

Records:

- **A forecast with no one forecasting is no report.** "<Goods> imports are forecast to fall ..." and "Area planted
  is expected to increase ..." gave records with no speaker (a passive stance verb): the wire golds leave out the
  passives with no source (attr103's "are expected to"). A wire record with no speaker whose cue is "forecast /
  expected / projected / estimated / predicted / anticipated" goes ("were accused", "were charged", kept by the
  golds, are other cues).
- **"reporting <higher losses>" is a result.** "<Company>, earlier reporting <higher yearly losses>, said ..."
  gave a record for "reporting" with the losses as content: an organization's "reported /
  reporting" whose content is a result noun phrase and nothing more ("(higher) (full year) (operating) losses",
  "net profit") goes. "reported <losses> rose to <amount>" (a clause, attr98's "reported <clause>") stays.
- **"said ..., but cited <NP> as ..."**: the second verb of a sentence's speaker, after "but", was no record (after
  "and" it was): a "said" record followed in its sentence by ", but (also) cited / noted / added / stressed" gains a
  record with the same speaker for that verb, its content the rest of the sentence.
- **The nested "it has told <listener> that <clause>".** "The <group> said it has told <Company> that it considers
  <NP> a waste" gave one record; the wire golds read the nested telling as a second record (its speaker the
  content's "it", the outer speaker). A wire record whose content begins "it / he / she / they has / had told
  <Listener> that" gains a record: the pronoun, "told", the clause after "that" to the outer content's end.
- **"<Speaker> attributed <NP> to <NP>"** (attr83's "attributed ... to"): on a wire story, where "<Speaker>" is the
  speaker of an earlier record, a record with the rest of the sentence as content and that record's typing.

Spans and speaker:

- **"<Subject> is <verb>ing, <Name> said, on <rest>."** The sentence's "<verb>ing" was read as the cue, with
  "<Subject>" as speaker and "<Name> said, on <rest>" as content: a record whose content begins with "<Name> said,"
  (a name or he / she, the speaker of another record) becomes that speaker's "said" record, its content the whole
  sentence. And a "said" record whose content stops before its own interrupting tag (", <Name> said, <rest>.")
  runs to the sentence's end.

Typing:

- **A company named after a Canadian province is Canadian.** "<British Columbia Resources Investment Corp> said"
  and its "B.C. Resources", "The company", "It" were given the US (a wire company's default): on a wire story an
  ``organization`` speaker whose name begins with a Canadian province's name (actors56's list) or "B.C." takes CA.
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from ..actors import CANADIAN_PROVINCES_A56
from .round88 import _new_record, _sentence_bounds, _typed_from
from .round93 import _wire_title
from .round103 import _cue

EVIDENCE_R105 = "attributions.v1:round105"
#: Passive stance cues of a forecast, left out with no speaker on wire stories.
PASSIVE_FORECAST_105 = frozenset({"forecast", "expected", "projected", "estimated", "predicted", "anticipated"})
#: A result noun phrase and nothing more: "higher full year operating losses", "net profit", "record sales".
RESULT_NP_105 = re.compile(r"(?:(?:higher|lower|wider|narrower|increased|reduced|record|net|operating|full|year|"
                           r"first|second|third|fourth|quarter|quarterly|annual|pre-?tax|parent|company|[\d/]+)"
                           r"[\s-]+){0,6}"
                           r"(?:income|profits?|loss(?:es)?|earnings|revenues?|sales|results)", re.IGNORECASE)
#: ", but (also) cited" after a "said" record's content, in its sentence.
BUT_VERB_105 = re.compile(r",?\s+but\s+(?:also\s+)?(?P<cue>cited|noted|added|stressed)\s+")
#: "it has told <Listener> that " at a content's start.
NESTED_TOLD_105 = re.compile(r"(?P<pro>it|he|she|they)\s+(?:has|had|have)\s+(?:also\s+)?(?P<cue>told)\s+"
                             r"(?P<listener>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})\s+that\s+")
#: "<Name> said, " or "he said, " at a content's start: an interrupting tag read as content.
TAG_AT_START_105 = re.compile(r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}|[Hh]e|[Ss]he)\s+(?P<cue>said|says),"
                              r"\s+")
#: "<Name> attributed " on a wire story.
ATTRIBUTED_105 = re.compile(r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?P<cue>attributed)\s+")
#: A name that begins with a Canadian province: "British Columbia Resources ...", "B.C. Resources".
PROVINCE_NAME_105 = re.compile(r"(?:" + "|".join(sorted(CANADIAN_PROVINCES_A56, key=len, reverse=True)) +
                               r"|B\.C\.)\s")
#: Pronouns of the outer speaker that may report a nested telling.
PRONOUN_TYPES_105 = {"it": {"organization", "government", "report", "media"},
                     "they": {"organization", "government", "anonymous", "person", "politician"},
                     "he": {"person", "politician", "government", "organization", "academic"},
                     "she": {"person", "politician", "government", "organization", "academic"}}


def _speaker(text: str, a: Attribution) -> str:
    return "" if a.speaker is None else text[a.speaker.start:a.speaker.end]


def _sentence_end(text: str, pos: int) -> int:
    """The end of the sentence holding ``pos``, without its final stop."""
    _, end = _sentence_bounds(text, pos)
    while end > pos and text[end - 1] in ".\n":
        end -= 1
    return end


def _record(kind: str, subj: tuple[int, int], cue: tuple[int, int], content: tuple[int, int],
            typed: dict[str, object], resolved_from: Span | None = None) -> Attribution:
    return _new_record(kind, subj, cue, content, typed, EVIDENCE_R105, resolved_from=resolved_from)


def _insert(out: list[Attribution], added: list[Attribution]) -> list[Attribution]:
    """``out`` with each added record placed after the last record that starts before it (main's order kept)."""
    res = list(out)
    for new in added:
        i = len(res)
        while i > 0 and res[i - 1].start > new.start:
            i -= 1
        res.insert(i, new)
    return res


def _named_speakers(text: str, out: list[Attribution]) -> dict[str, Attribution]:
    """The first record of each named speaker, by its phrase and by its name's last word ("Escalante")."""
    found: dict[str, Attribution] = {}
    for a in sorted(out, key=lambda b: b.start):
        if a.speaker is not None and a.speaker_name and a.named:
            found.setdefault(_speaker(text, a), a)
            found.setdefault(a.speaker_name.split()[-1], a)
    return found


def _has_cue_at(out: list[Attribution], pos: int) -> bool:
    return any(a.cue is not None and a.cue.start <= pos < a.cue.end for a in out)


# ------------------------------------------------------------------------------------------ records


def _no_passive_forecast(text: str, out: list[Attribution]) -> list[Attribution]:
    return [a for a in out if not (a.speaker is None and _cue(text, a) in PASSIVE_FORECAST_105)]


def _no_result_np(text: str, out: list[Attribution]) -> list[Attribution]:
    return [a for a in out if not (a.source_type == "organization" and _cue(text, a) in ("reported", "reporting") and
                                   RESULT_NP_105.fullmatch(text[a.content.start:a.content.end].strip()) is not None)]


def _but_verb(text: str, out: list[Attribution]) -> list[Attribution]:
    added = []
    for a in out:
        if a.speaker is None or _cue(text, a) != "said" or a.content.start < (a.cue.end if a.cue else 0):
            continue
        m = BUT_VERB_105.match(text, a.content.end)
        if m is None or _has_cue_at(out, m.start("cue")):
            continue
        end = _sentence_end(text, m.end())
        if end - m.end() < 3 or "\n" in text[a.content.end:end]:
            continue
        added.append(_record("indirect", (a.speaker.start, a.speaker.end), (m.start("cue"), m.end("cue")),
                             (m.end(), end), _typed_from(a), a.resolved_from))
    return _insert(out, added)


def _nested_told(text: str, out: list[Attribution]) -> list[Attribution]:
    added = []
    for a in out:
        m = NESTED_TOLD_105.match(text, a.content.start)
        if a.speaker is None or m is None or m.end() >= a.content.end or _has_cue_at(out, m.start("cue")):
            continue
        if a.source_type not in PRONOUN_TYPES_105[m.group("pro")]:
            continue
        added.append(_record("indirect", (m.start("pro"), m.end("pro")), (m.start("cue"), m.end("cue")),
                             (m.end(), a.content.end), _typed_from(a), a.speaker))
    return _insert(out, added)


def _attributed(text: str, out: list[Attribution]) -> list[Attribution]:
    by_speaker = _named_speakers(text, out)
    added = []
    for m in ATTRIBUTED_105.finditer(text):
        first = by_speaker.get(m.group("name"))
        start, _ = _sentence_bounds(text, m.start())
        if first is None or first.start > m.start() or start != m.start() or _has_cue_at(out, m.start("cue")):
            continue
        end = _sentence_end(text, m.end())
        if " to " not in text[m.end():end]:
            continue
        added.append(_record("indirect", (m.start("name"), m.end("name")), (m.start("cue"), m.end("cue")),
                             (m.end(), end), _typed_from(first), first.speaker))
    return _insert(out, added)


# ------------------------------------------------------------------------------------------ spans and speaker


def _tag_in_content(text: str, out: list[Attribution]) -> list[Attribution]:
    speakers = _named_speakers(text, out)
    res = []
    for a in out:
        m = TAG_AT_START_105.match(text, a.content.start)
        if (m is None or a.cue is None or a.cue.end > a.content.start or
                text[a.cue.end:a.content.start].strip() != ","):
            res.append(a)
            continue
        other = speakers.get(m.group("name"))
        if other is None and m.group("name").lower() in ("he", "she"):
            earlier = [b for b in out if b.end <= a.start and b.speaker is not None and b.named and
                       b.source_type in PRONOUN_TYPES_105[m.group("name").lower()]]
            other = earlier[-1] if earlier else None
        if other is None:
            res.append(a)
            continue
        start, _ = _sentence_bounds(text, a.start)
        end = _sentence_end(text, a.content.start)
        res.append(_record("indirect", (m.start("name"), m.end("name")), (m.start("cue"), m.end("cue")),
                           (start, end), _typed_from(other), other.speaker))
    return res


def _run_past_tag(text: str, out: list[Attribution]) -> list[Attribution]:
    res = []
    for a in out:
        spk = _speaker(text, a)
        if spk and _cue(text, a) == "said" and a.cue is not None and a.cue.start > a.content.end:
            m = re.compile(r",\s*" + re.escape(spk) + r"\s+said,\s+(?=[a-z])").match(text, a.content.end)
            if m is not None and m.start() < a.cue.start and a.cue.end <= m.end():
                end = _sentence_end(text, m.end())
                if end > m.end():
                    content = a.content.model_copy(update={"end": end})
                    a = a.model_copy(update={"content": content, "end": max(a.end, end)})
        res.append(a)
    return res


# ------------------------------------------------------------------------------------------ typing


def _province_company(out: list[Attribution]) -> list[Attribution]:
    return [a.model_copy(update={"source_country": "CA"}) if (
        a.source_type == "organization" and a.speaker_name and not a.sources and a.source_country != "CA" and
        PROVINCE_NAME_105.match(a.speaker_name) is not None) else a for a in out]


def round105_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 105's rules (see the module docstring), applied in order."""
    out = _no_result_np(text, attributions)
    if not _wire_title(text):
        return out
    out = _no_passive_forecast(text, out)
    out = _tag_in_content(text, out)
    out = _run_past_tag(text, out)
    out = _but_verb(text, out)
    out = _nested_told(text, out)
    out = _attributed(text, out)
    return _province_company(out)
