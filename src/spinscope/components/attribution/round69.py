"""Attributions, round 69 (issue 16): shapes from round 69's fresh Lee development gold.

One pass, ``round69_attributions``, called once from ``extract_attributions`` after the last pass on this
branch's base (lead 41's; attr68's round 68, on another branch, goes before it at a merge). Each rule is narrow
and has its own invented test (``tests/test_attr69.py``):

- **A refused report** ("X would not say how / whether / if ...", "did not say how many ..."): nothing was said,
  so nothing is attributed (round 31's convention for a report that did not happen; the older Lee golds leave every
  such "not say" out; PolNeAR's tuning half has no "not say" with a question word, ``scripts/attr69/census.txt``).
  "declined to comment" (a PolNeAR cue) is not touched.
- **"X reported Y as saying ..."**: the one reported is the speaker, as for "X quoted Y as saying ..." (round 61's
  convention, handled in ``cues.py`` for "quote" and "cite"): the participle's cue runs from "reported" to
  "saying", the object noun phrase (with its apposition) is the speaker.
- **"X told <listener> <clause>" read as a relative clause**: with no "that", the small parser takes "the radio
  station she had flown to ..." as a noun with a zero relative clause, so "told" has no content. Where the object of
  "tell" (or "assure", "inform", "remind", "warn") is a listener (a pronoun, a name, or a noun such as "station",
  "reporters", "court") and the clause has its own subject and no relative word, the clause is the content; a
  report found inside that clause (its "to identify" purpose read as a cue) goes.
- **A trait, not a stance**: "X's determination / desire / will to <one verb>" ("to win") states no proposition; the
  record goes (PolNeAR's one "determination" cue has a full infinitive clause with an object).
- **"..., which are expected to <verb phrase>"** (a non-restrictive relative: a comma before "which"): an agentless
  passive of expectation is an attribution with no source (attr59's convention; PolNeAR's "are expected to": 2
  cues, both with no source); the candidate pass drops it when the subject is a relative pronoun. The infinitive
  is the content.
- **"X was chosen / selected / appointed ... to <verb>"** with no agent: a choice made by no one named, no speech
  (PolNeAR's tuning half: no such cue; one inside a content, one left out).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...document import Document
from ...result import Attribution, Span
from .round50 import _token_at
from .round64 import _antecedent
from .rules import NAME
from .sources import SourceTable, _type_source

#: "would not / did not / won't say" right before a "say" cue.
REFUSED_69 = re.compile(r"\b(?:(?:would|will|did|does|do|could|can)\s+not|(?:wouldn|won|didn|doesn|don|couldn|can)"
                        r"['’]t|never)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: Question words that open a refused report's "content" (what was not said).
QUESTION_69 = re.compile(r"(?:how|if|whether|what|why|where|when|who|whom|which)\b", re.IGNORECASE)
#: Verbs of telling whose object is the listener and whose content may follow with no "that".
TELL_69 = frozenset({"tell", "assure", "inform", "remind", "warn"})
#: Nouns that name a listener of "told <noun> <clause>".
LISTENERS_69 = frozenset({
    "station", "radio", "reporter", "reporters", "journalist", "journalists", "newspaper", "paper", "agency",
    "media", "network", "television", "programme", "program", "broadcaster", "court", "parliament", "committee",
    "inquiry", "hearing", "tribunal", "meeting", "conference", "crowd", "audience", "gathering", "rally",
    "colleagues", "police", "investigators", "senate", "assembly", "jury", "magazine", "channel", "newsroom",
    "press", "supporters", "members", "delegates", "parents", "family", "friends", "staff", "workers"})
#: Object pronouns that are a listener.
LISTENER_PRONOUNS_69 = frozenset({"me", "him", "her", "us", "them", "you"})
#: Relative words: a clause opened by one of them is a true relative clause.
RELATIVES_69 = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "why"})
#: Nouns of a trait or resolve whose "to <verb>" states no proposition.
TRAITS_69 = frozenset({"determination", "desire", "will", "eagerness", "resolve", "hunger", "drive", "passion",
                       "willingness", "ambition", "urge"})
#: Participles of a choice or an appointment.
CHOSEN_69 = frozenset({"chosen", "selected", "appointed", "elected", "named", "picked", "tapped", "nominated"})
#: Passive participles of expectation (an agentless one is a sourceless attribution).
EXPECTED_69 = frozenset({"expected", "anticipated", "predicted", "forecast", "tipped"})
PRONOUNS_69 = frozenset({"he", "she", "they", "it", "i", "we"})


def _refused(text: str, a: Attribution) -> bool:
    """A "would not say how ..." record (see the module's notes)."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() != "say":
        return False
    before = text[max(0, a.cue.start - 30):a.cue.start]
    return REFUSED_69.search(before) is not None and QUESTION_69.match(text, a.content.start) is not None


def _trait(text: str, a: Attribution) -> bool:
    """A "determination to win" record: a trait noun whose content is "to" and one word."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() not in TRAITS_69:
        return False
    return re.fullmatch(r"to\s+[\w'’-]+", text[a.content.start:a.content.end].strip()) is not None


def _chosen(text: str, a: Attribution) -> bool:
    """An agentless "was chosen to ..." record."""
    if a.cue is None or a.speaker is not None or text[a.cue.start:a.cue.end].lower() not in CHOSEN_69:
        return False
    before = text[max(0, a.cue.start - 30):a.cue.start]
    after = text[a.cue.end:a.cue.end + 5]
    return (re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", before, re.IGNORECASE) is not None
            and re.match(r"\s+(?:to|as)\b", after) is not None and not re.search(r"\bby\b", text[a.cue.end:a.end]))


def _np_span(para_offset: int, tok: Token, text: str) -> tuple[int, int]:
    start = para_offset + tok.left_edge.idx
    end = para_offset + tok.right_edge.idx + len(tok.right_edge.text)
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _reported_as_saying(text: str, doc: Document, a: Attribution, table: SourceTable) -> Attribution:
    """'X reported Y as saying ...': Y speaks (see the module's notes)."""
    if a.cue is None or text[a.cue.start:a.cue.end].lower() != "saying":
        return a
    tok = _token_at(doc, a.cue.start)
    if tok is None or tok.dep_ != "pcomp" or tok.head.lower_ != "as" or tok.head.head.lemma_.lower() != "report":
        return a
    verb = tok.head.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
    para = next(p for p in doc.parsed if p.offset <= a.cue.start < p.offset + len(p.text))
    if obj is None or obj.pos_ == "PRON":
        return a
    start, end = _np_span(para.offset, obj, text)
    phrase = text[start:end]
    appos = next((c for c in obj.subtree if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    name = (text[para.offset + appos.left_edge.idx:para.offset + appos.idx + len(appos.text)] if appos is not None
            else re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE))
    sentence = para.text[verb.sent.start_char:verb.sent.end_char]
    source_type, country, state, affiliation = _type_source(name, obj, table, anonymous=False, context=sentence)
    evidence = f"{a.evidence}:reported-as-saying-69"
    cue_start = para.offset + verb.idx
    return a.model_copy(update={
        "start": min(a.start, start),
        "speaker": Span(start=start, end=end, label="speaker", score=a.score, evidence=evidence),
        "cue": Span(start=cue_start, end=a.cue.end, label="cue", score=a.score, evidence=evidence),
        "speaker_name": name, "source_type": source_type, "source_country": country, "state_affiliated": state,
        "affiliation": affiliation, "named": name[:1].isupper(), "resolved_from": None, "sources": [],
        "evidence": evidence})


def _listener(obj: Token) -> bool:
    if obj.lower_ in LISTENER_PRONOUNS_69:
        return True
    return obj.pos_ == "PROPN" or obj.lower_ in LISTENERS_69


def _told_clause(verb: Token) -> tuple[Token, Token] | None:
    """(listener, clause verb) of a "told <listener> <clause>" misread as a zero relative clause."""
    if verb.lemma_.lower() not in TELL_69 or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if obj is None or not _listener(obj):
        return None
    clause = next((c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i), None)
    if clause is None or clause.left_edge.lower_ in RELATIVES_69 or clause.tag_ not in ("VBD", "VBZ", "VBP", "VBN",
                                                                                        "MD"):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    obj_end = max(t.i for t in obj.subtree if t.i < clause.left_edge.i)
    if subj is None or subj.lower_ in RELATIVES_69 or subj.left_edge.i != clause.left_edge.i or (
            clause.left_edge.i != obj_end + 1):
        return None  # the clause's own subject opens it, right after the listener
    if clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None
    return obj, clause


def _told_reports(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A "told <listener> <clause>" report the parser lost (see the module's notes)."""
    cues = {a.cue.start for a in out if a.cue is not None}
    result = list(out)
    for para in doc.parsed:
        off = para.offset
        for verb in para.doc:
            found = _told_clause(verb)
            if found is None or off + verb.idx in cues:
                continue
            _, clause = found
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if subj is None:
                continue
            s_start, s_end = _np_span(off, subj, text)
            c_start = off + clause.left_edge.idx
            c_end = off + clause.right_edge.idx + len(clause.right_edge.text)
            while c_end > c_start and text[c_end - 1] in " ,;:.":
                c_end -= 1
            if c_end - c_start < 15:
                continue
            evidence = f"{NAME}:reporting-verb:{verb.lemma_.lower()}:listener-clause-69"
            score = 0.6
            phrase = text[s_start:s_end]
            fields: dict[str, object] = {}
            if phrase.lower() in PRONOUNS_69:
                ante = _antecedent(result, text, s_start, PRONOUNS_69)
                if ante is not None and ante.speaker is not None:
                    fields = {"speaker_name": ante.speaker_name, "source_type": ante.source_type,
                              "source_country": ante.source_country, "state_affiliated": ante.state_affiliated,
                              "named": ante.named, "affiliation": ante.affiliation,
                              "resolved_from": Span(start=ante.speaker.start, end=ante.speaker.end,
                                                    label="antecedent", score=0.5, evidence=evidence)}
            else:
                same = next((b for b in result if b.speaker is not None and b.speaker_name
                             and text[b.speaker.start:b.speaker.end] == phrase), None)
                if same is not None:  # "Ms X" typed and named as her other records are
                    fields = {"speaker_name": same.speaker_name, "source_type": same.source_type,
                              "source_country": same.source_country, "state_affiliated": same.state_affiliated,
                              "named": same.named, "affiliation": same.affiliation}
                else:
                    sentence = para.text[verb.sent.start_char:verb.sent.end_char]
                    source_type, country, state, affiliation = _type_source(phrase, subj, table, anonymous=False,
                                                                            context=sentence)
                    fields = {"speaker_name": re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE),
                              "source_type": source_type, "source_country": country, "state_affiliated": state,
                              "affiliation": affiliation, "named": phrase[:1].isupper()}
            new = Attribution(
                start=s_start, end=c_end, label="indirect", score=score, evidence=evidence, kind="indirect",
                speaker=Span(start=s_start, end=s_end, label="speaker", score=score, evidence=evidence),
                cue=Span(start=off + verb.idx, end=off + verb.idx + len(verb.text), label="cue", score=score,
                         evidence=evidence),
                content=Span(start=c_start, end=c_end, label="content", score=score, evidence=evidence),
                **fields)  # type: ignore[arg-type]
            result = [b for b in result if b.cue is None or not c_start <= b.cue.start < c_end]
            at = next((k for k, b in enumerate(result) if b.start > new.start), len(result))
            result.insert(at, new)
    return result


def _expected_relatives(text: str, doc: Document, out: list[Attribution]) -> list[Attribution]:
    """", which are expected to <VP>": a sourceless attribution (see the module's notes)."""
    cues = {a.cue.start for a in out if a.cue is not None}
    result = list(out)
    for para in doc.parsed:
        off = para.offset
        for tok in para.doc:
            if tok.lower_ not in EXPECTED_69 or tok.dep_ != "relcl" or off + tok.idx in cues:
                continue
            kids = list(tok.children)
            if not any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "who") and text[:off + c.idx].rstrip()
                       .endswith(",") for c in kids) or not any(
                    c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
                continue
            comp = next((c for c in kids if c.dep_ == "xcomp" and c.i > tok.i and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
            if comp is None:
                continue
            c_start = off + comp.left_edge.idx
            c_end = off + comp.right_edge.idx + len(comp.right_edge.text)
            while c_end > c_start and text[c_end - 1] in " ,;:.":
                c_end -= 1
            if c_end - c_start < 15 or any(a.content.start <= c_start < a.content.end for a in result):
                continue
            evidence = f"{NAME}:stance-verb:expect:relative-passive-69"
            new = Attribution(
                start=off + tok.idx, end=c_end, label="indirect", score=0.3, evidence=evidence, kind="indirect",
                cue=Span(start=off + tok.idx, end=off + tok.idx + len(tok.text), label="cue", score=0.3,
                         evidence=evidence),
                content=Span(start=c_start, end=c_end, label="content", score=0.3, evidence=evidence),
                source_type="anonymous", named=False)
            at = next((k for k, b in enumerate(result) if b.start > new.start), len(result))
            result.insert(at, new)
    return result


def round69_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 69's rules (see the module's notes) over the finished attributions."""
    kept = [_reported_as_saying(text, doc, a, table) for a in attributions
            if not (_refused(text, a) or _trait(text, a) or _chosen(text, a))]
    return _expected_relatives(text, doc, _told_reports(text, doc, kept, table))


__all__ = ["NAME", "round69_attributions"]
