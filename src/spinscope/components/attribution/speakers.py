"""Speakers: who the speaker phrase names, coreference of pronouns and titles, one source per speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...document import Document, ParsedParagraph
from ...result import Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

from .cues import Candidate
from .quotes import Quote
from .rules import ANONYMOUS_HEADS, BARE_TITLES, DOCUMENT_NOUNS, NAME, OUTLET_NOUNS, ROLE_TYPES, TITLE_WORDS
from .sources import SourceTable, _type_source

# ------------------------------------------------------------------------------------------ speakers


@dataclass
class _Mention:
    name: str
    start: int
    end: int
    country: str | None
    role: str | None
    title: str | None = None


def _article_people(doc: Document, table: SourceTable) -> list[_Mention]:
    """PERSON mentions with the country and role the article (or the table) gives them."""
    people: list[_Mention] = []
    for para in doc.parsed:
        for ent in sorted([*(e for e in para.doc.ents if e.label_ == "PERSON"), *_titled_names(para)],
                          key=lambda e: e.start):
            start = ent.start
            window = para.doc[max(ent.sent.start, start - 7):start].text
            known = table.find_person(ent.text)
            country = table.country_in(window) or (known.country if known else None)
            role = next((r for w, r in TITLE_WORDS.items() if re.search(rf"\b{w}\b", window, re.IGNORECASE)),
                        None) or (known.role if known else None)
            title = next((w for w in (*TITLE_WORDS, *BARE_TITLES) if re.search(rf"\b{w}\b", window, re.IGNORECASE)),
                         None)
            people.append(_Mention(known.name if known else ent.text, para.offset + ent.start_char,
                                   para.offset + ent.end_char, country, role, title))
    return people


#: The source type a person's role gives them.


def _same_person(name: str, people: Sequence[_Mention], before: int) -> _Mention | None:
    """An earlier, longer mention of the same person ("Lars Holm" for "Holm") with a role or country."""
    last = name.split()[-1] if name.split() else ""
    for person in reversed([p for p in people if p.start < before]):
        if person.name != name and person.name.split()[-1:] == [last] and len(person.name) > len(name) and (
                person.role or person.country):
            return person
    return None


def _titled_names(para: ParsedParagraph) -> list[SpacySpan]:
    """Runs of two or more untagged proper nouns right after a title ("the leader of Moldova Ion Rusu"):
    names the small NER model misses."""
    found = []
    tokens = list(para.doc)
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j].pos_ == "PROPN" and not tokens[j].ent_type_ and tokens[j].is_title:
            j += 1
        if j - i >= 2:
            window = " ".join(t.lower_ for t in tokens[max(0, i - 5):i])
            if any(re.search(rf"\b{w}\b", window) for w in TITLE_WORDS):
                found.append(para.doc[i:j])
        i = max(j, i + 1)
    return found


def _resolve(text: str, speaker: tuple[int, int], head: Token | None, people: Sequence[_Mention],
             table: SourceTable) -> _Mention | None:
    """A pronoun or a title ("the Chairman of the PRC") resolved to a person named earlier or in the table."""
    phrase = text[speaker[0]:speaker[1]]
    lower = phrase.lower()
    earlier = [p for p in people if p.end <= speaker[0]]
    if lower in ("he", "she", "him", "her"):
        return earlier[-1] if earlier else None
    if head is not None and head.ent_type_ in ("PERSON", "ORG", "GPE"):
        return None
    role = next((r for w, r in TITLE_WORDS.items() if re.search(rf"\b{w}\b", lower)), None)
    if role is None or role == "politician":
        return _resolve_bare_title(lower, earlier)
    country = table.country_in(phrase)
    if country is None:
        return _resolve_bare_title(lower, earlier)
    if re.search(r"\b(?:ministry|department|office|party|service|committee)\b", lower):
        return None  # "the head of the Estonian Foreign Ministry": a body's official, not its head of state
    for person in reversed(earlier):
        if person.country == country and person.role == role:
            return person
    known = next((p for p in table.people if p.country == country and p.role == role), None)
    if known is not None and any(
            re.search(rf"\b{re.escape(f)}\b", text) for f in (known.name, *known.aliases)):
        return _Mention(known.name, -1, -1, known.country, known.role)
    return None



def _resolve_bare_title(lower: str, earlier: Sequence[_Mention]) -> _Mention | None:
    """"the minister", "the mayor": the latest person the article introduced with that title."""
    m = re.fullmatch(r"(?:the|this|that) (?:\w+ )?([a-z]+(?: minister)?)", lower.strip())
    if m is None:
        return None
    word = m.group(1)
    for person in reversed(earlier):
        if person.title and (person.title == word or person.title.endswith(word)):
            return person
    return None



def _entities_in(head: Token | None, speaker: tuple[int, int], offset: int) -> list[SpacySpan]:
    if head is None:
        return []
    return [e for e in head.doc.ents
            if speaker[0] <= offset + e.start_char and offset + e.end_char <= speaker[1]]


def _speaker_name(text: str, speaker: tuple[int, int], head: Token | None, offset: int) -> tuple[str, bool]:
    """A display name for the speaker and whether the source is named (its head is a proper name)."""
    phrase = " ".join(text[speaker[0]:speaker[1]].split())
    if head is not None:
        ents = _entities_in(head, speaker, offset)
        own = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if own is not None and own.label_ == "PERSON":
            return own.text, True
        if head.pos_ == "PROPN" or (own is not None and own.label_ in ("ORG", "GPE", "NORP", "WORK_OF_ART", "FAC")):
            name = re.sub(r"^the\s+", "", phrase, flags=re.I)
            if own is not None and offset + own.start_char > speaker[1] - len(name) + 1:
                return re.sub(r"^the\s+", "", own.text, flags=re.I), True  # "the news agency Xinhua" -> Xinhua
            return re.sub(r"\s*\([^)]*\)$", "", name) if len(name) < 100 else own.text if own else name, True
        # "the Czech politician Tomio Okamura", "the Italian publication Corriere della Sera"
        follows = [e for e in ents if e.label_ in ("PERSON", "WORK_OF_ART", "ORG") and e.start == head.i + 1]
        if follows:
            return follows[0].text, True
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is not None:
            return " ".join(t.text for t in appos.subtree), True
        persons = [e for e in ents if e.label_ == "PERSON"]
        if persons and head.lemma_.lower() not in (*OUTLET_NOUNS, *DOCUMENT_NOUNS):
            return persons[0].text, True  # "the mayor of Narva, Anna Kuusk"
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I), False


def _finish(text: str, doc: Document, cand: Candidate, table: SourceTable, people: Sequence[_Mention],
            quotes: Sequence[Quote]) -> Attribution | None:
    content = Span(start=cand.content[0], end=cand.content[1], label="content", score=cand.score,
                   evidence=cand.evidence)
    speaker = cue = resolved = None
    speaker_name: str | None = None
    named = False
    source_type, country, state, affiliation = "anonymous", None, False, None
    if cand.cue is not None:
        cue = Span(start=cand.cue[0], end=cand.cue[1], label="cue", score=cand.score, evidence=cand.evidence)
    if cand.speaker is not None:
        speaker = Span(start=cand.speaker[0], end=cand.speaker[1], label="speaker", score=cand.score,
                       evidence=cand.evidence)
        phrase = text[cand.speaker[0]:cand.speaker[1]]
        head = cand.speaker_head
        anonymous = (head is not None and head.lemma_.lower() in ANONYMOUS_HEADS and not any(
            t.pos_ == "PROPN" for t in head.subtree)) or cand.anonymous
        mention = _resolve(text, cand.speaker, head, people, table)
        if mention is not None:
            speaker_name, named = mention.name, True
            if mention.start >= 0:
                resolved = Span(start=mention.start, end=mention.end, label="antecedent", score=0.6,
                                evidence=f"{NAME}:coreference")
            source_type, country, state, affiliation = _type_source(phrase, head, table, anonymous=False,
                                                                    context="")
            country = country or mention.country
            if mention.role in ("head_of_state", "head_of_government", "foreign_minister", "official"):
                source_type, state = "government", True
            elif mention.role == "politician":
                source_type = "politician"
        else:
            speaker_name, named = _speaker_name(text, cand.speaker, head, cand.offset)
            if head is not None and head.lower_ in ("he", "she", "they", "we", "i"):
                named = False
            source_type, country, state, affiliation = _type_source(phrase, head, table, anonymous=anonymous,
                                                                    context="")
            if anonymous:
                named = False
            earlier = _same_person(speaker_name, people, cand.speaker[0]) if named else None
            if earlier is not None:  # "Holm said" after "Trade minister Lars Holm": the full name and the role
                speaker_name = earlier.name
                resolved = Span(start=earlier.start, end=earlier.end, label="antecedent", score=0.7,
                                evidence=f"{NAME}:coreference:same-name")
                country = country or earlier.country
                if source_type == "person" and earlier.role in ROLE_TYPES:
                    source_type = ROLE_TYPES[earlier.role]
                    state = state or source_type == "government"
            if not named and affiliation is None:
                orgs = [e for e in _entities_in(head, cand.speaker, cand.offset)
                        if e.label_ in ("ORG", "GPE") and head is not None and not (e.start <= head.i < e.end)]
                if orgs:
                    affiliation = re.sub(r"^the\s+", "", orgs[-1].text, flags=re.I)
    else:
        named = False
    kind = cand.kind
    parts = [r for r in (cand.speaker, cand.cue, cand.content) if r is not None]
    start, end = min(p[0] for p in parts), max(p[1] for p in parts)
    return Attribution(start=start, end=end, label=kind, score=round(cand.score, 3), evidence=cand.evidence,
                       kind=kind, speaker=speaker, cue=cue, content=content, source_type=source_type,  # type: ignore[arg-type]
                       speaker_name=speaker_name, source_country=country, state_affiliated=state, named=named,
                       affiliation=affiliation, resolved_from=resolved)
