"""Attributions, round 64 (issue 16): three shapes from round 64's Lee development gold.

One pass, ``round64_attributions``, called once from ``extract_attributions`` right after round 63's:

- **"X says <fronted phrase>, <clause>" lost by the parser**: with a fronted time phrase that holds a noun the
  parser reads as a modifier ("He says at the moment of the reported <noun>, <clause>"), the small model attaches the
  clause inside the prepositional phrase and "says" has no clausal complement, so no attribution is made. A
  root verb of saying (present or past "say") whose subject opens the sentence, with no clausal complement or
  object, followed at once by a preposition or subordinator, a comma, and a clause with a verb of its own, gets
  the rest of the sentence as its content. A pronoun speaker ("He") takes the name of the nearest earlier
  attribution's named speaker (the article's last quoted person or body), as the coreference pass does for the
  sentence's usual parse. PolNeAR convention: every "X says" with a clause is an attribution.
- **"typified / exemplified / epitomised / symbolised by X"**: a likeness, no speech; the passive "by" agent is not
  a source (PolNeAR's tuning half has no instance, ``scripts/attr64/census.txt``).
- **A nominal report opening a quotation paragraph** ('"The board's comment that A, now might seem B. "C," Ms X
  said.'): the quotation logic took the possessive and its noun ("comment", "claim", ...) as the paragraph's speaker
  and cue, and the paragraph lost its own speaker. The nested report stays (made indirect: its content is the
  "that" clause), and the paragraph (to its end, the next quotation mark) gets the run's speaker with no cue: the
  nearer of the speaker who closes the run ('," Ms X said') and an earlier attribution's speaker of the same surname
  (round 61's convention for a run's earlier paragraphs: the speaker's nearest mention).
- **"looking / waiting / watching to see whether ..."**: an intention to find out, no report; the "see" cue is
  dropped (PolNeAR's tuning half: the one instance lies inside another attribution's content, none is a cue).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...document import Document
from ...result import Attribution, Span
from .round50 import _token_at
from .rules import NAME
from .sources import SourceTable, _type_source

#: Passive participles of likeness whose "by" agent is no speaker.
LIKENESS_64 = frozenset({"typified", "exemplified", "epitomised", "epitomized", "symbolised", "symbolized"})
#: "<looking|waiting|...> to" right before a "see" cue.
SEE_BEFORE_64 = re.compile(r"\b(?:look|looks|looking|looked|wait|waits|waiting|waited|watch|watches|watching|"
                           r"watched|want|wants|wanted)\s+to\s+$", re.IGNORECASE)
SEE_AFTER_64 = re.compile(r"\s+(?:whether|if)\b", re.IGNORECASE)
#: Complements that give "say" a content of its own (the usual parse).
SAY_COMPLEMENTS_64 = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "advcl", "obj", "conj"})
PRONOUNS_64 = frozenset({"he", "she", "they", "it"})


def _likeness_or_wait(text: str, a: Attribution) -> bool:
    """True for a "typified by X" or "looking to see whether" attribution (see the module's notes)."""
    if a.cue is None:
        return False
    cue = text[a.cue.start:a.cue.end].lower()
    if cue in LIKENESS_64:
        return text[a.cue.end:a.cue.end + 4].lower().startswith(" by")
    if cue == "see":
        return (SEE_AFTER_64.match(text, a.cue.end) is not None
                and SEE_BEFORE_64.search(text[max(0, a.cue.start - 40):a.cue.start]) is not None)
    return False


def _fronted_say(sent_tokens: list[Token]) -> tuple[Token, Token, int] | None:
    """(subject, verb, index of the first content token) for a sentence of the lost "X says <PP>, <clause>" shape."""
    for v in sent_tokens:
        if v.dep_ != "ROOT" or v.lemma_.lower() != "say" or v.tag_ not in ("VBZ", "VBD"):
            continue
        if any(c.dep_ in SAY_COMPLEMENTS_64 for c in v.children):
            return None
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or min(t.i for t in subjects[0].subtree) != sent_tokens[0].i:
            return None
        if max(t.i for t in subjects[0].subtree) != v.i - 1:
            return None
        rest = [t for t in sent_tokens if t.i > v.i]
        if not rest or rest[0].pos_ not in ("ADP", "SCONJ"):
            return None
        commas = [k for k, t in enumerate(rest) if t.text == ","]
        if not commas:
            return None
        after = [t for t in rest[commas[0] + 1:] if not t.is_punct]
        if len(after) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in after):
            return None
        return subjects[0], v, rest[0].i
    return None


def _antecedent(out: list[Attribution], text: str, before: int,
                pronouns: frozenset[str] = PRONOUNS_64) -> Attribution | None:
    """The nearest earlier attribution with a named speaker (none of ``pronouns``); round 69 shares it."""
    best = None
    for a in out:
        if a.speaker is None or a.speaker.start >= before:
            continue
        if text[a.speaker.start:a.speaker.end].strip().lower() in pronouns:
            continue
        if best is None or a.speaker.start > best.speaker.start:  # type: ignore[union-attr]
            best = a
    return best


def _fronted_reports(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    cues = {a.cue.start for a in out if a.cue is not None}
    added: list[Attribution] = []
    for para in doc.parsed:
        for sent in para.doc.sents:
            tokens = list(sent)
            found = _fronted_say(tokens) if tokens else None
            if found is None:
                continue
            subject, verb, first = found
            off = para.offset
            if off + verb.idx in cues:
                continue
            left = min(t.i for t in subject.subtree)
            s_start, s_end = off + para.doc[left].idx, off + verb.idx
            while s_end > s_start and text[s_end - 1].isspace():
                s_end -= 1
            c_start = off + para.doc[first].idx
            last = tokens[-1]
            c_end = off + (last.idx if last.is_punct else last.idx + len(last.text))
            while c_end > c_start and text[c_end - 1] in " ,;:":
                c_end -= 1
            if c_end - c_start < 20:
                continue
            evidence = f"{NAME}:reporting-verb:say:fronted-phrase-64"
            score = 0.6
            phrase = text[s_start:s_end]
            fields: dict[str, object] = {}
            if phrase.lower() in PRONOUNS_64:
                ante = _antecedent(out, text, s_start)
                if ante is not None:
                    fields = {"speaker_name": ante.speaker_name, "source_type": ante.source_type,
                              "source_country": ante.source_country, "state_affiliated": ante.state_affiliated,
                              "named": ante.named, "affiliation": ante.affiliation,
                              "resolved_from": Span(start=ante.speaker.start, end=ante.speaker.end,  # type: ignore
                                                    label="antecedent", score=0.5, evidence=evidence)}
            else:
                sentence = text[off + sent.start_char:off + sent.end_char]
                source_type, country, state, affiliation = _type_source(phrase, subject, table, anonymous=False,
                                                                        context=sentence)
                fields = {"speaker_name": phrase, "source_type": source_type, "source_country": country,
                          "state_affiliated": state, "affiliation": affiliation, "named": phrase[:1].isupper()}
            added.append(Attribution(
                start=s_start, end=c_end, label="indirect", score=score, evidence=evidence, kind="indirect",
                speaker=Span(start=s_start, end=s_end, label="speaker", score=score, evidence=evidence),
                cue=Span(start=off + verb.idx, end=off + verb.idx + len(verb.text), label="cue", score=score,
                         evidence=evidence),
                content=Span(start=c_start, end=c_end, label="content", score=score, evidence=evidence),
                **fields))  # type: ignore[arg-type]
    result = list(out)
    for new in added:  # each before the first later one, the others' order unchanged
        at = next((k for k, a in enumerate(result) if a.start > new.start), len(result))
        result.insert(at, new)
    return result


def _surname(text: str, a: Attribution) -> str:
    words = text[a.speaker.start:a.speaker.end].split() if a.speaker is not None else []
    return words[-1].lower() if words else ""


def _nested_openers(text: str, doc: Document, out: list[Attribution]) -> list[Attribution]:
    """A quotation paragraph opened by a nominal report gets its own speaker back (see the module's notes)."""
    result = list(out)
    for k, a in enumerate(out):
        if a.kind != "direct" or a.cue is None or a.speaker is None:
            continue
        q = a.speaker.start - 1
        if q < 0 or text[q] not in "\"“" or (q > 0 and not text[q - 1].isspace()):
            continue
        tok = _token_at(doc, a.cue.start)
        if tok is None or tok.pos_ != "NOUN" or a.content.start <= a.cue.end:
            continue
        end = re.search(r"[\"”“\n]", text[a.content.start:])
        if end is None:
            continue
        c_end = a.content.start + end.start()
        nxt = next((b for b in out[k + 1:] if b.kind == "direct" and b.speaker is not None and b.cue is not None
                    and b.content.start > c_end), None)
        if nxt is None or not re.fullmatch(r"\s*", text[c_end + 1:nxt.content.start]):
            continue
        while c_end > q and text[c_end - 1] in " .,;:":
            c_end -= 1
        chosen = nxt
        for b in reversed(out[:k]):
            if b.speaker is not None and _surname(text, b) == _surname(text, nxt) and b.speaker.end <= q:
                if q - b.speaker.end < nxt.speaker.start - c_end:  # type: ignore[union-attr]
                    chosen = b
                break
        spk = chosen.speaker
        assert spk is not None
        evidence = f"{NAME}:quote-paragraph:nested-opener-64"
        new = chosen.model_copy(update={
            "start": q + 1, "end": c_end, "label": "direct", "kind": "direct", "score": 0.5, "evidence": evidence,
            "cue": None, "content": Span(start=q + 1, end=c_end, label="content", score=0.5, evidence=evidence),
            "speaker": Span(start=spk.start, end=spk.end, label="speaker", score=0.5, evidence=evidence),
            "sources": []})
        at = result.index(a)
        result[at] = a.model_copy(update={"kind": "indirect", "label": "indirect"})
        result.insert(at, new)
    return result


def round64_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 64's rules (see the module's notes) over the finished attributions."""
    kept = [a for a in attributions if not _likeness_or_wait(text, a)]
    return _nested_openers(text, doc, _fronted_reports(text, doc, kept, table))


__all__ = ["NAME", "round64_attributions"]
