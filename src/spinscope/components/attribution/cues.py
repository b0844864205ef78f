"""The cascade's stages: reporting verbs, according to, noun cues, colon lists, passives, orphan quotes."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...document import Document, ParsedParagraph
from ...ingest.clean import is_boilerplate
from ...result import TextRange

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

from .quotes import SAY_CLAUSE, Quote, QuoteIndex, _kind_of, _opening_quote_only, _overlap, _trim
from .round86_comma import ends_with_comma_r86, participle_r86  # round 86: a comma inside a closing quotation mark
from .rules import (
    ADDRESSEE_VERBS,
    ADVERBIAL_MARKS,
    AGENT_NOUNS,
    AGENT_PRONOUNS,
    ANONYMOUS_PASSIVE,
    AUDIENCE_NOUNS,
    BARE_TITLES,
    BELIEF_VERBS,
    BULLET,
    CONSEQUENCE_VERBS,
    DOBJ_VERBS,
    DOCUMENT_NOUNS,
    EVIDENTIAL_VERBS,
    GERUND_VERBS,
    HELD_OBJECTS,
    INTENTION_VERBS,
    IT_VERBS,
    LEMMA_FIXES,
    NAME,
    NAMING_VERBS,
    NOT_STANCE_VERBS,
    NOUN_CUES,
    OBJECT_GAP_VERBS,
    OBJECT_VERBS,
    OPEN_CLAIM_NOUNS,
    OPENERS,
    ORPHAN_QUOTE_MIN_WORDS,
    OUTLET_NOUNS,
    PREP_CUES,
    PUBLISHING_VERBS,
    QUANTITY_NOUNS,
    REPORTING_VERBS,
    RULE_SCORES,
    SCARE_QUOTE_MAX_WORDS,
    STANCE_ADJECTIVES,
    STANCE_COMPLEMENTS,
    STANCE_NOUNS,
    STANCE_OBJECT_VERBS,
    STANCE_PREPS,
    TITLE_WORDS,
    TOPIC_VERBS,
    UNDERTAKING_NOUNS,
    UNOWNED_PREP_NOUNS,
    WH_WORDS,
    XCOMP_VERBS,
)
from .sources import NEWSPAPER_NAME, SourceTable, load_source_table

# ------------------------------------------------------------------------------------------ helpers


@dataclass
class Candidate:
    kind: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    score: float
    evidence: str
    speaker_head: Token | None = None
    anonymous: bool = False
    offset: int = 0
    #: the cue stands inside another quotation (a quote within a quote): loses to the outer attribution
    nested: bool = False
    #: a stance or intention, not a statement: its speaker does not count as the last one quoted
    weak: bool = False
    #: a participle after a comma that goes on with another report ("X said A, adding that B"): its own statement
    participle: bool = False
    #: a paragraph of a quote run over paragraphs: the cue of the attribution whose speaker it takes as it is
    closer: tuple[int, int] | None = None


#: Round 41: a relative clause on the speaker between a reporting verb and a "that" ("said Ragan, who denied a rumor
#: that ..."): the "that" belongs to the relative clause's verb, not the reporting verb.
RELATIVE_BEFORE_THAT = re.compile(r",\s+(?:who|which|whose)\b")


def _abs(para: ParsedParagraph, token: Token) -> tuple[int, int]:
    return para.offset + token.idx, para.offset + token.idx + len(token.text)




def _doc_text(doc) -> str:  # type: ignore[no-untyped-def]
    """A parsed paragraph's text, built once (spaCy joins its tokens again at every ``doc.text``)."""
    cached = doc.user_data.get("spinscope_text")
    if cached is None:
        cached = doc.user_data["spinscope_text"] = doc.text
    return cached  # type: ignore[no-any-return]


def _token_starts(doc) -> list[int]:  # type: ignore[no-untyped-def]
    """The character offsets of a parsed paragraph's tokens, for bisecting (built once)."""
    cached = doc.user_data.get("spinscope_starts")
    if cached is None:
        cached = doc.user_data["spinscope_starts"] = [t.idx for t in doc]
    return cached  # type: ignore[no-any-return]


def _window(para: ParsedParagraph, token: Token) -> tuple[SpacySpan, int, int]:
    """The token's sentence, cut to WINDOW_TOKENS either side: a text with no sentence breaks stays linear."""
    sent = token.sent
    lo, hi = max(sent.start, token.i - WINDOW_TOKENS), min(sent.end, token.i + WINDOW_TOKENS + 1)
    span = token.doc[lo:hi]
    return span, para.offset + span.start_char, para.offset + span.end_char


#: How many tokens either side of a cue the rules look at (a sentence is rarely longer; a pathological text is).
WINDOW_TOKENS = 120


def _tokens_in(para: ParsedParagraph, start: int, end: int) -> SpacySpan:
    """The paragraph's tokens that start in the text range ``[start, end)`` (found by bisection, not a scan)."""
    starts, _ = para.token_bounds
    lo, hi = starts.searchsorted([start - para.offset, end - para.offset])
    return para.doc[int(lo):int(hi)]


#: Titles of one person ("the founder and chief executive", "according to the founder, X, ..."); not bodies ("a
#: special prosecutor and grand jury" are two).
PERSON_TITLES = frozenset({*BARE_TITLES, *(w for w in TITLE_WORDS if " " not in w), "founder", "executive", "ceo",
                           "spokesperson", "official", "chair", "head", "lawyer", "attorney", "adviser", "advisor",
                           "aide", "expert", "analyst", "professor", "researcher", "economist", "author", "owner",
                           "manager", "commander", "co-founder", "cofounder", "organizer", "organiser", "reporter",
                           "writer", "editor", "journalist", "columnist", "publisher", "member", "partner", "fellow",
                           "lecturer", "historian", "scholar", "activist", "officer", "treasurer", "deputy", "doctor",
                           "physician", "surgeon", "pastor", "priest", "bishop", "cardinal", "producer", "host"})


def _title_pair(noun: Token) -> bool:
    """Is a common noun coordinated with a second title that has no determiner of its own ("the founder and chief
    executive", "the chairman and CEO"): the titles of one person, not two people?"""
    if noun.pos_ != "NOUN":
        return False
    conjs = [c for c in noun.children if c.dep_ == "conj" and c.i > noun.i]
    ccs = [c for c in noun.children if c.dep_ == "cc"]
    return len(conjs) == 1 and len(ccs) == 1 and ccs[0].lower_ == "and" and conjs[0].pos_ in ("NOUN", "PROPN") and (
        conjs[0].lemma_.lower() in PERSON_TITLES or conjs[0].lower_ in TITLE_ACRONYMS) and (
        conjs[0].tag_ in ("NN", "NNP") and noun.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "nummod") for c in conjs[0].children) and not any(
            t.ent_type_ in ("PERSON", "GPE", "NORP") for t in conjs[0].subtree if t.i <= conjs[0].i))


def _title_then_name_l42(noun: Token) -> bool:
    """Lead, round 42: a bare singular title coordinated with a titled name ("Former Dayton mayor and former Labor
    Secretary Ann Miles tweeted"): one person's two offices, not two speakers. Not "the mayor and Sen. X" (a
    determiner makes two people) nor "residents and Mayor X" (a plural)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in PERSON_TITLES or any(
            c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    conjs = [c for c in noun.children if c.dep_ == "conj" and c.i > noun.i]
    ccs = [c for c in noun.children if c.dep_ == "cc"]
    if len(conjs) != 1 or len(ccs) != 1 or ccs[0].lower_ != "and" or conjs[0].pos_ != "PROPN" or (
            conjs[0].ent_type_ != "PERSON"):
        return False
    return any(t.lemma_.lower() in PERSON_TITLES and t.i < conjs[0].i for t in conjs[0].subtree) and not any(
        c.dep_ in ("det", "poss") for c in conjs[0].children)


def _np_range(para: ParsedParagraph, head: Token) -> tuple[int, int]:
    """A speaker noun phrase: the head's subtree up to any relative clause, conjunct or clause after it."""
    tokens = [head]
    stop_deps = {"relcl", "conj", "cc", "punct", "advcl", "ccomp", "acl"}
    # "according to the founder and chief executive": one person; "former mayor and former Secretary X" too
    pair = _title_pair(head) or _title_then_name_l42(head)
    for child in head.children:
        if child.i < head.i or (pair and child.dep_ in ("cc", "conj")):
            tokens.extend(child.subtree)
        elif child.dep_ not in stop_deps or (child.dep_ == "acl" and child.tag_ == "VBN"):
            sub = list(child.subtree)
            # "managed by X and created in 2019 ..." keeps only "managed by X"; "X, the founder and chief
            # executive," keeps both titles of X
            cut = None if _title_pair(child) else next(
                (t.i for t in sub if t.dep_ in ("cc", "conj") and t.head.i == child.i), None)
            tokens.extend(t for t in sub if cut is None or t.i < cut)
    tokens.sort(key=lambda t: t.i)
    edge = ",;:“”\"«»()‘’'"
    while len(tokens) > 1 and tokens[0].is_punct and tokens[0].text in edge and tokens[0] is not head:
        tokens.pop(0)  # '..., Smith, 54, said': the comma and the closing mark before the name are no part of it
    while len(tokens) > 1 and tokens[-1].is_punct and tokens[-1].text in edge and tokens[-1] is not head:
        tokens.pop()
    # "WASHINGTON -- President Obama": a dateline is no part of the speaker
    dash = next((t for t in tokens if t.text in ("--", "—", "–") and t.i < head.i), None)
    if dash is not None:
        tokens = [t for t in tokens if t.i > dash.i] or [head]
    first, last = _hyphen_whole(para.doc, min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i))
    start, end = para.offset + first.idx, para.offset + last.idx + len(last.text)
    doc_text, base = _doc_text(para.doc), para.offset
    if doc_text[start - base:end - base].count("(") > doc_text[start - base:end - base].count(")"):
        close = doc_text.find(")", end - base)
        if close != -1 and close - (end - base) <= 2:
            end = base + close + 1
    return start, end


def _glued_hyphen(a: Token, b: Token) -> bool:
    """Are two neighbouring tokens one hyphenated word ("Gen" "-" "Z"): nothing between them and one a hyphen?"""
    return a.idx + len(a.text) == b.idx and "-" in (a.text, b.text)


def _hyphen_whole(doc, first: Token, last: Token) -> tuple[Token, Token]:  # type: ignore[no-untyped-def]
    """A speaker span cut at a hyphen inside a name ("-Z for Change" or "Gen" of "Gen-Z for Change"), widened to
    the whole hyphenated word and, when the named entity around the cut is longer, to that entity."""
    cut = (first.i > 0 and _glued_hyphen(doc[first.i - 1], first)) or (
        last.i + 1 < len(doc) and _glued_hyphen(last, doc[last.i + 1]))
    if not cut:
        return first, last
    while first.i > 0 and _glued_hyphen(doc[first.i - 1], first):
        first = doc[first.i - 1]
    while last.i + 1 < len(doc) and _glued_hyphen(last, doc[last.i + 1]):
        last = doc[last.i + 1]
    for ent in doc.ents:
        if ent.start <= first.i < ent.end or ent.start <= last.i < ent.end:
            if (ent.start <= first.i and last.i < ent.end) or ent.label_ in ("ORG", "PERSON", "NORP", "GPE"):
                first, last = min(first, doc[ent.start], key=lambda t: t.i), max(last, doc[ent.end - 1],
                                                                                   key=lambda t: t.i)
            break
    return first, last


#: Conjuncts that are no source of their own beside the speaker ("X and others said", "X and colleagues wrote").
NO_CO_SOURCE = frozenset({"other", "others", "colleague", "colleagues", "co-author", "co-authors", "coauthor",
                          "coauthors", "team", "associates", "partners", "friends", "family", "allies"})
#: People named by kinship, who speak beside the speaker ("X and his wife said"; not agents by ``_agentive``).
KIN_NOUNS = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "parent",
                       "child", "widow", "widower", "fiancée", "fiancé", "fiancee", "fiance"})
#: Titles written as acronyms, which the tagger may take for an organisation ("the founder and CEO").
TITLE_ACRONYMS = frozenset({"ceo", "cfo", "coo", "cto", "md", "gm", "vp", "evp", "svp"})
#: The text between two coordinated speakers: "X and Y", "X, Y and Z", "X, Y, and Z".
CO_SPEAKER_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


def _coordinated_speakers(text: str, para: ParsedParagraph, cand: Candidate) -> list[tuple[tuple[int, int], Token]]:
    """The other speakers coordinated with a candidate's speaker ("X and Y said", "X and Y told reporters",
    "according to X and Y"): each conjunct's noun phrase and head, in text order, when the candidate's speaker
    phrase stops right before them and every coordinator is "and". A conjunct that is no source of its own ("X
    and others"), a bare common noun ("X and officials"), a pronoun, or one name with "and" in it (an entity the
    tagger spans over the "and": "Procter and Gamble") gives none."""
    head = cand.speaker_head
    if head is None or cand.speaker is None or head.doc is not para.doc or head.pos_ not in ("NOUN", "PROPN"):
        return []
    conjs: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ == "conj" and child.i > token.i:
                conjs.append(child)
                stack.append(child)
    if not conjs:
        return []
    coordinators = [c for t in (head, *conjs) for c in t.children if c.dep_ == "cc"]
    if not coordinators or any(c.lower_ != "and" for c in coordinators):
        return []
    if head.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in head.children):
        return []  # "SAF founder and Executive Vice President X": the titles of one person
    out: list[tuple[tuple[int, int], Token]] = []
    end = cand.speaker[1]
    for conj in sorted(conjs, key=lambda t: t.i):
        if conj.text.endswith(".") and len(conj.text) <= 6 and conj.text[:1].isupper():
            return []  # "X and Dr." with the name hung elsewhere: a title is no source
        if head.pos_ == "NOUN" and conj.pos_ == "PROPN" and not any(
                c.dep_ in ("det", "poss") for c in conj.children) and (
                conj.ent_type_ == "" or conj.lower_ in TITLE_ACRONYMS) and not any(
                t.ent_type_ == "PERSON" for t in conj.subtree if t.i <= conj.i):
            return []  # "the founder and President of X", "the chairman and CEO": two titles of one person
        if conj.pos_ not in ("NOUN", "PROPN") or conj.lower_ in NO_CO_SOURCE or conj.lemma_.lower() in NO_CO_SOURCE:
            return []
        if conj.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") or (c.dep_ == "compound" and c.pos_ == "PROPN")
                                           for c in conj.children):
            return []
        if not (_agentive(conj) or conj.lemma_ == head.lemma_ or conj.lemma_.lower() in KIN_NOUNS or (
                conj.lemma_.lower() in DOCUMENT_NOUNS) or any(  # "the Gannett newspaper chain"
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in conj.subtree if c.i < conj.i)):
            return []  # "X and Y's reaction is to tell ...": a reaction is no source
        if head.ent_iob_ in ("B", "I") and conj.ent_iob_ == "I" and all(
                t.ent_iob_ == "I" for t in head.doc[head.i + 1:conj.i + 1]):
            return []  # one entity over the "and"
        start, stop = _np_range(para, conj)
        if CO_SPEAKER_GAP.fullmatch(text, end, start) is None or stop <= start:
            return []
        out.append(((start, stop), conj))
        end = stop
    return out


def _sentence_of(sentences: Sequence[TextRange], pos: int) -> TextRange | None:
    """The sentence holding ``pos`` (sentences are in text order: a bisect, not a scan)."""
    k = bisect_right(_starts(sentences), pos) - 1
    if k >= 0 and sentences[k].start <= pos < sentences[k].end:
        return sentences[k]
    return None


_STARTS_CACHE: dict[int, tuple[Sequence[TextRange], list[int]]] = {}


def _starts(sentences: Sequence[TextRange]) -> list[int]:
    cached = _STARTS_CACHE.get(id(sentences))
    if cached is None or cached[0] is not sentences:
        _STARTS_CACHE.clear()
        cached = (sentences, [s.start for s in sentences])
        _STARTS_CACHE[id(sentences)] = cached
    return cached[1]




#: Verbs that tell someone something ("told colleagues at a meeting that ..."): a that-clause after the addressee
#: and a phrase of place or time is what was told (round 40).
TELLING_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "promise", "notify", "advise"})
#: Prepositions of place or time between the addressee and the that-clause.
SETTING_PREPS = frozenset({"at", "in", "during", "after", "before"})


def _told_at_that(that_tok: Token, verb: Token) -> bool:
    """"X told senators at a private lunch that he plans to ...": the parser hangs the that-clause on
    "lunch" as a relative clause; after a telling verb with its addressee, a "that" with its own subject right
    after it, on the object of a phrase of place or time, opens what was told."""
    clause = that_tok.head
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    noun = clause.head
    following = that_tok.doc[that_tok.i + 1] if that_tok.i + 1 < len(that_tok.doc) else None
    return verb.lemma_.lower() in TELLING_VERBS and any(c.dep_ == "dobj" for c in verb.children) and \
        noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.head.i == verb.i and \
        following is not None and following.dep_ == "nsubj" and following.head.i == clause.i


def _hangs_on(that_tok: Token, verb: Token) -> bool:
    """The relative clause of ``that_tok`` is on the reporting verb's own object or prepositional object ("told
    miners at a meeting that ..."), not deeper in another verb's phrase ("from saying that ...")."""
    clause = that_tok.head
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    noun = clause.head
    return (noun.dep_ == "dobj" and noun.head.i == verb.i) or (
        noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i)


def _doubled_that(that_tok: Token) -> bool:
    """Round 40: "told miners at a town hall meeting that he intends to block the bill": the parser reads "that" as
    a relative pronoun on "meeting" and makes it an object (or subject) of a verb that has one of its own already
    ("block the bill", "he intends"), a role no relative pronoun can share: the "that" opens what was said."""
    dep = that_tok.dep_
    if dep not in ("dobj", "nsubj") or that_tok.i + 1 >= len(that_tok.doc):
        return False
    following = that_tok.doc[that_tok.i + 1]
    clause = that_tok.head
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "that he intends to block": the clause's finite verb
    return following.dep_ == "nsubj" and following.pos_ in ("PRON", "PROPN", "NOUN") and clause.dep_ == "relcl" \
        and any(c.dep_ == dep and c.i != that_tok.i for c in [*that_tok.head.children, *clause.children])


def _who_place_host(noun: Token) -> Token:
    """Round 40: "officials in Dorset, who asked ...": the parser hangs the "who" clause on the place, but "who"
    means people: the noun the place's preposition belongs to ("officials") is the speaker, not "Dorset, who"."""
    if noun.ent_type_ != "PERSON" and noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.lower_ in ("in", "of", "from", "at"):
        prep = noun.head
        if prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in AGENT_NOUNS:
            return prep.head
        before = noun.doc[prep.i - 1] if prep.i > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in AGENT_NOUNS:
            return before  # "unsettled X and other ministers in Managua, who ...": the phrase on the verb
    return noun


def _name_in_opening_phrase(verb: Token) -> Token | None:
    """"In an interview with a newspaper, General Y, chief of the staff, said that ...": with no subject, the
    parser may hang the speaker's name on the opening phrase's noun as an apposition or a conjunct with no "and"
    (set off by commas, the phrase running up to the verb); the name (a person's, tagged so) is the subject
    (round 42)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.right_edge.i + 2 < verb.i:
            continue
        for tok in prep.subtree:
            if ((tok.dep_ == "appos" or (tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.head.children)))
                    and tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"
                    and tok.left_edge.i > 0 and verb.doc[tok.left_edge.i - 1].text == ","
                    and tok.right_edge.i + 1 >= verb.i - 1):
                return tok
    return None


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject (or passive agent) and whether the construction is passive."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        if subjects[-1].i > verb.i and len(subjects) > 1 and verb.doc[verb.i - 1].text in _CLOSING_MARKS:
            # "“If it ..., it will ...,” said X": the parser hung the quote's own subject on the verb too; the
            # speaker is the one after the verb
            after = [c for c in subjects if c.i > verb.i]
            if len(after) > 1 and after[0].pos_ == "PROPN" and after[-1].pos_ != "PROPN":
                # "“...,” said X, a finalist who is seeded No. 4": the parser hung a word of the relative clause
                # on the verb too; the name right after the verb speaks
                return after[0], False
            return subjects[-1], False
        # "the news agency Xinhua reported": the parser may give two adjacent subjects; the name is the last
        subject = subjects[-1] if subjects[-1].i < verb.i else subjects[0]
        if subject.dep_ == "csubj" and subject.tag_ == "VBG":
            # "Speaking from a prison in X, a soldier named Y told ...": the parser made the opening participle
            # the subject and hung the speaker on its place as an apposition
            speaker = next((t for t in subject.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                            and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","), None)
            subject = speaker or subject
        return subject, False
    opening = _name_in_opening_phrase(verb)
    if opening is not None:  # round 42: "In an interview with X, General Y, <title>, said that ...": Y
        return opening, False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and verb.lemma_.lower() in WITNESS_VERBS and any(_saying_part(c) for c in verb.children):
        # "“...,” Malm is quoted as saying": the one quoted says it, whoever quotes him
        said = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if said is not None:
            return said, False
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0], True
    aside = _asked_aside(verb)
    if aside is not None:  # "X, asked about Y, said ...": the parser hung X on "asked"
        return next(c for c in aside.children if c.dep_ == "nsubj"), False
    host = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else verb.head
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "xcomp", "advcl") and host.lemma_.lower() in WITNESS_VERBS and (
            host.i < verb.i):  # "X was quoted as saying ...", "X was heard saying ...": X says it
        said = next((c for c in host.children if c.dep_ == "nsubjpass"), None)
        if said is not None:
            return said, False
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in CAUSATIVE_HEADS and verb.head.pos_ == "VERB":
        # "the crisis made many nations feel that ...": the one made to feel is the object, not the maker (the
        # object right before the complement: not "made progress: pushing doctors to ...")
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.left_edge.i
                    and not c.right_edge.is_punct),
                   None)
        if obj is not None:
            return obj, False
    if _shared_with_reporter(verb):  # "The mayor said the plan was sound and urged the council to ...": the mayor's
        return _subject(verb.head.head)
    inverted = _inverted_object(verb)
    if inverted is not None:  # "“Why wait?” asked the minister.": the parser takes the speaker for an object
        return inverted, False
    stranded = _stranded_subject(verb)
    if stranded is not None:  # "... cut the budget and tenants accused ...": a conjunct read as an object
        return stranded, False
    said = _reporter_before_comma(verb) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
    if said is not None:  # "Berg said, going on to say ...": the parser hung "going" on a verb further on
        return said, False
    after_who = _after_who_clause(verb)
    if after_who is not None:  # "I phoned Cardinal X, who expressed surprise, telling me that ...": X tells
        return after_who, False
    shared = _passive_conjunct_subject(verb)
    if shared is not None:  # "X was asked about Y, but then claims that ...": X, the first conjunct's subject, claims
        return shared, False
    if (verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")) and verb.head.pos_ in (
            "VERB", "AUX") and not (verb.dep_ == "conj" and any(
                c.dep_ == "expl" or (c.dep_ == "nsubjpass" and c.lower_ == "it") for c in verb.children)):
        # "..., adding that ...", "rejected the request, saying ..."; not a conjunct whose passive subject is its
        # own "it" (lead, round 45: "X leads the inquiry, but today it is expected to hear ...": no one's
        # expectation named, not X's)
        return _subject(_past_relative(verb))
    if verb.dep_ == "advcl" and _phasal_infinitive(verb):  # "Ham went on to explain how ...": the parser's advcl
        return _subject(verb.head)
    if _adjective_control(verb):  # "X was quick to condemn the attack": X condemns
        return _subject(verb.head.head)
    purpose = _purpose_subject(verb)
    if purpose is not None:  # "leaders gathered on Friday to discuss X": the leaders discuss it
        return purpose, False
    hung = _subject_hung_on_opening_phrase(verb)
    if hung is not None:  # "In the run-up to the visit to Ireland, the head of ..., Archbishop X, said ..."
        return hung, False
    return None, passive


def _passive_conjunct_subject(verb: Token) -> Token | None:
    """The subject an active finite verb shares with the passive verb it is coordinated with ("X was asked about Y,
    but then claims that ...", "Two rebels were freed by the army and told reporters ...", round 38): the passive's
    surface subject (its nsubjpass), not its agent, is the one who speaks, when the conjunct has a clause said, no
    subject and no passive of its own."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "auxpass", "expl") for c in verb.children) or not any(
            c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return None  # "crowds were kept behind barriers and waved flags": no clause said
    head = verb.head
    return next((c for c in head.children if c.dep_ == "nsubjpass" and c.i < head.i), None)


#: Participles of being asked that open an aside between a speaker and the verb ("X, asked about Y, said ...").
ASKED_ASIDES = frozenset({"asked", "questioned", "pressed", "quizzed", "challenged", "queried"})


def _asked_aside(verb: Token) -> Token | None:
    """The aside "asked ..." between a speaker and a verb with no subject of its own: in "X, asked about Y, said
    ..." the parser makes "asked" a clause of "said" with X for its subject. X was asked and X said: the speaker
    is X, and the aside is what X was asked, not what X said."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) or verb.i < 2:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i >= verb.i or child.lower_ not in ASKED_ASIDES:
            continue
        if child.tag_ in ("VBN", "VBD") and doc[child.i - 1].text in (",", "when", "if") and (
                verb.i - 2 <= child.right_edge.i <= verb.i - 1) and any(
                c.dep_ == "nsubj" and c.i < child.i and c.pos_ in ("NOUN", "PROPN") for c in child.children):
            return child
    return None


def _is_asked_aside(token: Token) -> bool:
    """Is the token the aside "asked ..." of a verb after it (``_asked_aside``)?"""
    if token.dep_ != "ccomp" or token.head.i <= token.i or token.lower_ not in ASKED_ASIDES:
        return False
    aside = _asked_aside(token.head)
    return aside is not None and aside.i == token.i


def _subject_hung_on_opening_phrase(verb: Token) -> Token | None:
    """The subject the parser hung on the sentence's opening phrase as an apposition: in "In the run-up to the
    pope's visit to Ireland, the head of the Irish church, Archbishop X, said ..." the verb has no subject and
    "the head ..." and "Archbishop X" are appositions of "Ireland". The apposition that ends right before the verb
    (or its comma) is the speaker, when the verb is a finite verb with no subject and the apposition's host lies in
    a prepositional phrase before it."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    end = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
    tok = verb.doc[end]
    while tok.dep_ != "appos" and tok.head.i != tok.i and tok.head.i <= end and tok.head.right_edge.i == end \
            and tok.head.i > tok.i - 8:
        tok = tok.head
    if tok.dep_ != "appos" or tok.pos_ not in ("PROPN", "NOUN") or tok.right_edge.i != end or tok.head.i > tok.i:
        return None
    if not any(a.dep_ == "pobj" for a in [tok.head, *tok.head.ancestors]):
        return None
    return tok


def _purpose_subject(verb: Token) -> Token | None:
    """The subject of the clause an infinitive of purpose hangs on ("leaders gathered on Friday to discuss the
    crisis", "the mayor flew to the capital to meet the minister": the one who gathers is the one who discusses),
    when the infinitive has no subject of its own. Not after an object ("hired a lawyer to defend him": the lawyer
    defends) nor a passive ("the bill was introduced to protect tenants": whoever introduced it means to)."""
    host = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or host.pos_ not in ("VERB", "AUX") or host.i > verb.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in host.children):
        return None
    return next((c for c in host.children if c.dep_ == "nsubj"), None)


def _adjective_control(verb: Token) -> bool:
    """The infinitive of a predicate adjective ("was quick to condemn the attack", "was able to tout his lead",
    "is eager to meet X") has the copula's subject for its own, when it has an object or a complement of its own
    (with none, the subject may be its missing object: "the plan is hard to defend", the plan is defended) and
    the subject can act ("the testimony is sure to add credence to ...": no one adds a report)."""
    adjective = verb.head
    subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None) if (
        adjective.dep_ == "acomp") else None
    return (verb.dep_ == "xcomp" and adjective.pos_ == "ADJ" and subject is not None and _agentive(subject)
            and adjective.head.pos_ in ("VERB", "AUX") and verb.i > adjective.i
            and any(c.dep_ in ("dobj", "ccomp", "xcomp") or (c.dep_ == "prep" and any(
                g.dep_ in ("pobj", "pcomp") for g in c.children)) for c in verb.children if c.i > verb.i))


#: Closing quotation marks a verb of saying may follow in the inverted order ("“...?” asked the minister").
_CLOSING_MARKS = frozenset({"”", '"', "’", "'", "»", "''"})


def _inverted_object(verb: Token) -> Token | None:
    """The speaker of an inverted reporting clause that the parser read as the verb's object: the verb right after
    a closing quotation mark, no subject, and an object that ends the sentence ("“Why should we wait?” asked the
    minister."; "“...,” she asked the minister" has its subject and is not this). Only a finite verb that heads its
    clause."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in _CLOSING_MARKS or _verb_lemma(verb) not in REPORTING_VERBS \
            or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "parataxis"):
        return None  # not a participle after a quoted name (“...,” answering questions about ...)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    after = obj.right_edge.i + 1
    return obj if after >= len(verb.doc) or verb.doc[after].text in (".", "!", "?", ",") else None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a finite reporting verb that the parser took for a conjunct of the object before it ("Landlords
    said the council had cut the housing budget and tenants accused the landlords of ...": "tenants" hung on
    "budget"): a noun right before the verb, after "and" or "but", with no subject of the verb's own."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or _verb_lemma(verb) not in REPORTING_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.i > noun.i or noun.left_edge.i < 1:
        return None
    return noun if verb.doc[noun.left_edge.i - 1].lower_ in ("and", "but") else None


def _after_who_clause(verb: Token) -> Token | None:
    """The one a "who" clause is about, when a participle follows that clause right after a comma ("X, who
    walked out of the talks, saying that ..."): the parser hangs the participle on the main verb, but it goes on
    with the who-clause's subject; None otherwise."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    before = verb.doc[verb.i - 2]
    rel = next((t for t in (before, *before.ancestors) if t.dep_ == "relcl"), None)
    if rel is None or rel.right_edge.i != before.i or rel.head.i >= verb.i or rel.head.pos_ not in ("PROPN", "NOUN"):
        return None
    return rel.head if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children) else None


def _past_relative(verb: Token) -> Token:
    """The clause a participle set off by a comma speaks for: past a relative clause the parser hung it on
    ("Farmers blocked the roads around the ministry, where the cabinet met, while chanting ...": the farmers chant,
    not the cabinet), the verb the relative clause's noun belongs to, unless that noun is a subject or the noun of
    "with" (it acts itself); else the participle's head."""
    host = verb.head
    relative = host.dep_ == "relcl" or any(c.lower_ in ("where", "when", "which", "who") and c.i < host.i
                                           for c in host.children)
    if not relative or verb.tag_ != "VBG" or verb.left_edge.i == 0 or not verb.doc[verb.left_edge.i - 1].is_punct:
        return host
    node = host.head
    if node.dep_ in ("nsubj", "nsubjpass") or (node.dep_ == "pobj" and node.head.lower_ == "with"):
        return host  # "with the mayor — who's called for ... — attacking the plan": the noun itself acts
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else host


def _reporter_before_comma(verb: Token) -> Token | None:
    """The subject of "X said" right before the comma that opens a participle ("Berg said, going on to say
    that ...", "the mayor said, adding that ..."): the participle goes on with that report, whatever verb the parser
    hung it on."""
    start = verb.left_edge.i
    if start < 3 or verb.doc[start - 1].text != ",":
        return None
    said = verb.doc[start - 2]
    if said.pos_ != "VERB" or _verb_lemma(said) not in REPORTING_VERBS:
        return None
    subj = next((c for c in said.children if c.dep_ == "nsubj" and c.i < said.i), None)
    return subj


#: Entity types of a subject that may well have made the second report itself ("said Smith lied and urged ...").
_NAMED_SUBJECTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _shared_with_reporter(verb: Token) -> bool:
    """A reporting verb with no subject of its own that the parser coordinated inside another report's that-clause
    ("said the plan was sound and urged the council to approve it", "said it was opposed and warned them to ..."):
    the second report is the first speaker's, not the clause's subject's, unless that subject is a name, which may
    be the one who spoke again."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or _verb_lemma(verb) not in REPORTING_VERBS:
        return False
    clause, reporter = verb.head, verb.head.head
    if clause.dep_ != "ccomp" or clause.i > verb.i or reporter.pos_ != "VERB" or reporter.i > clause.i or (
            _verb_lemma(reporter) not in REPORTING_VERBS):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return False
    inner = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    outer = [c for c in reporter.children if c.dep_ == "nsubj" and c.i < reporter.i]
    return bool(inner and outer) and inner[0].ent_type_ not in _NAMED_SUBJECTS


#: A preposition (and its determiner) right before quotation marks after a cue: the marks name a title ("said on the
#: “Green Zero” podcast", "on Bloomberg's “Green Zero” podcast", "wrote in his “Letters” column"), not the statement;
#: not "called X a “liar”".
TITLE_BEFORE_MARK = re.compile(r"\b(?:on|in|at|of)\s+(?:(?:the|a|an|his|her|its|their)\s+|[A-Z][\w.&-]*['’]s\s+)?$")


def _saying_part(child: Token) -> bool:
    """Whether a child of a passive "quoted" or "heard" says what was said: "as saying", "saying"."""
    if child.dep_ == "prep" and child.lower_ == "as":
        return any(g.tag_ == "VBG" and g.lemma_.lower() in REPORTING_VERBS for g in child.children)
    return child.dep_ in ("xcomp", "advcl") and child.tag_ == "VBG" and child.lemma_.lower() in REPORTING_VERBS


#: Verbs of quoting and witnessing whose passive subject is the one saying ("was quoted as saying", "was heard
#: saying", "was caught on tape saying").
WITNESS_VERBS = frozenset({"quote", "cite", "hear", "overhear", "record", "catch", "film", "tape", "see"})

#: Verbs that make their object do what their complement says ("made voters feel that ...", "let them say ...").
CAUSATIVE_HEADS = frozenset({"make", "let", "have", "help", "cause", "lead", "leave", "force", "prompt", "drive",
                             "allow", "enable", "get", "persuade", "convince", "inspire", "encourage"})


def _bare_causative(verb: Token, comp: Token) -> bool:
    """A causative verb's bare-infinitive clause ("helped her beat back a challenge", "make ends meet", "let the
    board decide"): what the agent brought about, not a view of theirs. English gives a bare infinitive after a verb
    only to causatives and to verbs of perception; "allow X to ...", with "to", stays a stance (PolNeAR gives
    texts and people their permissions as views)."""
    return verb.lemma_.lower() in CAUSATIVE_HEADS and comp.tag_ == "VB" and not any(
        c.dep_ in ("aux", "mark") for c in comp.children)


#: Verbs that only carry on or begin what their infinitive does ("went on to explain", "proceeded to say").
PHASAL_HEADS = frozenset({"continue", "proceed", "begin", "start", "hasten", "rush"})


def _phasal_infinitive(verb: Token) -> bool:
    """An infinitive that its head verb only carries on or begins: "went on to say", "proceeded to call"."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    lemma = head.lemma_.lower()
    return lemma in PHASAL_HEADS or (lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on"
                                                           for c in head.children))



#: Verbs that report only right after a quote, with nothing of their own after them ("“...,” she continued.",
#: "“...,” he went on."): elsewhere they carry on an act, not speech ("continued to rise").
CARRY_ON_VERBS = frozenset({"continue", "go", "interject", "chime"})
CARRY_ON_PARTICLES = {"go": "on", "chime": "in"}


def _carries_on_quote(verb: Token) -> bool:
    """"“A,” she continued." and "“A,” he went on.": a verb of carrying on with no complement, after a quote."""
    lemma = verb.lemma_.lower()
    if lemma not in CARRY_ON_VERBS or verb.pos_ != "VERB":
        return False
    particle = CARRY_ON_PARTICLES.get(lemma)
    if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "xcomp", "prep", "acomp", "attr", "advcl", "conj") and c.i > verb.i
           for c in verb.children):
        return False
    nxt = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    return nxt is None or nxt.text in (".", ",", "!", "?", ";", ":", "“", "\"", "‘", "'", "''")


def _verb_tagged_noun(token: Token, lemma: str) -> bool:
    """A reporting verb the small tagger took for a noun ("Documents from the audit show he moved ...", "Trump
    questions the fairness of ..."): the parse still makes it the sentence's head, with a subject before it and a
    clause or object after it."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ == "ROOT" and lemma in REPORTING_VERBS and any(
        c.dep_ == "nsubj" and c.i < token.i for c in token.children) and any(
        c.i > token.i and (c.dep_ in ("ccomp", "dobj") or (  # "The campaign plans to send ...": an infinitive
            c.dep_ == "xcomp" and lemma in XCOMP_VERBS and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                for g in c.children)))
        for c in token.children)


#: Words that may stand in a speaker noun phrase between the comma and a misread cue ("the city's own engineer").
_SPEAKER_NP_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PART"})


def _final_noun_cue(text: str, para: ParsedParagraph, quotes: QuoteIndex) -> Iterator[Candidate]:
    """"The bridge was never safe, the city's engineer notes.": a reporting verb in "-s" after a noun phrase set off
    by a comma, which the small tagger took for a plural noun ("notes", "reports", "maintains"), so that no verb rule
    sees it. The cue is that word, the speaker the noun phrase before it; the content is the clause before the comma
    when the cue ends its sentence, and the whole sentence when the phrase is an aside before the sentence's verb
    ("The plan, the city's engineer notes, was never tested.", as for "The plan, X said, was ..."). A plural noun
    that heads a phrase of its own ("..., the city's own records.") is no cue: the word must be a reporting verb's
    "-s" form, the phrase before it must end in a noun (its subject), and the clause the content is must have a
    verb."""
    for sent in para.doc.sents:
        toks = [t for t in sent if not t.is_space]
        while toks and toks[-1].text in (".", "!", "?", "”", "\"", "’", "'", "''", ")"):
            toks.pop()
        if len(toks) < 6:
            continue
        for at, cue_tok in enumerate(toks):
            final = at == len(toks) - 1
            if not final and not (toks[at + 1].text == "," and cue_tok.i < sent.root.i):
                continue
            found = _misread_cue(text, para, quotes, sent, toks, at, final)
            if found is not None:
                yield found


def _misread_cue(text: str, para: ParsedParagraph, quotes: QuoteIndex, sent: SpacySpan, toks: list[Token], at: int,
                 final: bool) -> Candidate | None:
    cue_tok = toks[at]
    if cue_tok.tag_ != "NNS" or not cue_tok.lower_.endswith("s") or (cue_tok.is_title and cue_tok.i > sent.start):
        return None
    lemma = LEMMA_FIXES.get(cue_tok.lower_, cue_tok.lower_[:-2] if cue_tok.lower_.endswith(("shes", "ches", "sses"))
                            else cue_tok.lower_[:-1])
    if lemma not in REPORTING_VERBS:
        return None
    k = at - 1
    if k < 0 or toks[k].pos_ not in ("NOUN", "PROPN"):
        return None
    while k >= 0 and (toks[k].pos_ in _SPEAKER_NP_POS or toks[k].tag_ == "POS" or toks[k].lower_ == "of") and (
            toks[k].text != ","):
        k -= 1
    np_first = toks[k + 1]
    if final and k >= 1 and toks[k].text in ("”", "\"", "’", "'", "''") and toks[k - 1].text == ",":
        k -= 1  # "“We will rebuild,” the mayor's chief of staff maintains."
    if k < (2 if final else 1) or toks[k].text != "," or at - 1 - k > 9 or np_first.lower_ == "of":
        return None
    comma = toks[k]
    clause = toks[:k] if final else toks[at + 2:]
    if np_first.pos_ == "PART" or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    verb = next(t for t in clause if t.pos_ in ("VERB", "AUX"))
    if not final and (verb.tag_ == "VBP" or verb.lower_ in ("were", "are")):
        return None  # "The cuts, the union's demands, were rejected": a plural in apposition agrees with the verb
    if quotes.containing(_abs(para, cue_tok)[0]) is not None:
        return None
    speaker = (_abs(para, np_first)[0], _abs(para, toks[at - 1])[1])
    if final:
        content = _trim(text, para.offset + sent.start_char, _abs(para, comma)[0])
        q = quotes.starting_at(content[0])
        if q is not None and q.end >= content[1]:
            content = _trim(text, q.inner[0], q.inner[1], strip_that=False)
    else:
        content = _trim(text, para.offset + sent.start_char, _abs(para, toks[-1])[1])
    if content[1] - content[0] < 3:
        return None
    how = "misread-final" if final else "misread-aside"
    return Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=speaker,
                     cue=_abs(para, cue_tok), score=RULE_SCORES["verb:misread-final"],
                     evidence=f"{NAME}:reporting-verb:{lemma}:{how}", speaker_head=toks[at - 1],
                     offset=para.offset)


#: Words that may follow a sentence-final misattached cue before the full stop ("..., papers reported on Tuesday").
_FINAL_TIME = re.compile(r"\s*(?:(?:on|last|this|late|earlier|in)\s+[\w-]+(?:\s+[\w-]+)?)?\s*[.!?]?[”\"’']?\s*\Z")


def _final_acl_cue(text: str, para: ParsedParagraph, quotes: QuoteIndex) -> Iterator[Candidate]:
    """Round 39: "The mayor has since agreed to sign the bill, two local papers reported on Tuesday.": the
    parser hangs the closing "NP reported" on the main verb as an object with a participle ("papers" dobj,
    "reported" acl), so no verb rule sees the cue. A past-tense reporting verb attached as a participle to the
    noun right before it, that noun's phrase set off by a comma, and nothing after the cue but a time phrase to the
    sentence's end: the cue, the noun phrase its speaker, the clause before the comma its content."""
    for sent in para.doc.sents:
        toks = [t for t in sent if not t.is_space]
        for at, cue_tok in enumerate(toks):
            if cue_tok.dep_ != "acl" or cue_tok.tag_ not in ("VBN", "VBD") or at < 4:
                continue
            lemma = cue_tok.lemma_.lower()
            if lemma not in REPORTING_VERBS or cue_tok.head.i != cue_tok.i - 1 or cue_tok.head.pos_ not in (
                    "NOUN", "PROPN") or cue_tok.head.dep_ not in ("dobj", "appos", "npadvmod", "conj"):
                continue
            if not _FINAL_TIME.match(text, _abs(para, cue_tok)[1], para.offset + sent.end_char) or any(
                    c.dep_ in ("dobj", "ccomp") for c in cue_tok.children):
                continue
            k = at - 1
            while k >= 0 and toks[k].text != "," and (toks[k].pos_ in _SPEAKER_NP_POS or toks[k].tag_ == "POS"):
                k -= 1
            if k < 3 or toks[k].text != "," or at - 1 - k > 6:
                continue
            clause = toks[:k]
            if not any(t.pos_ in ("VERB", "AUX") for t in clause) or quotes.containing(_abs(para, cue_tok)[0]):
                continue
            content = _trim(text, para.offset + sent.start_char, _abs(para, toks[k])[0])
            if content[1] - content[0] < 3:
                continue
            yield Candidate(kind=_kind_of(text, content, quotes), content=content,
                            speaker=(_abs(para, toks[k + 1])[0], _abs(para, toks[at - 1])[1]),
                            cue=_abs(para, cue_tok), score=RULE_SCORES["verb:final-participle"],
                            evidence=f"{NAME}:reporting-verb:{lemma}:final-participle", speaker_head=toks[at - 1],
                            offset=para.offset)


def _adverbial(clause: Token) -> bool:
    """A clause the parser hung as a complement that is an adverbial: "said before he died", "said as he left"."""
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children)


def _parenthetical_clause(para: ParsedParagraph, verb: Token, pos: int) -> bool:
    """The reporting verb stands in a clause set off by commas inside the sentence it reports ("The problem, the
    minister said then, was that ..."): the parser hangs it on the main verb as a parataxis, and a comma closes
    it before ``pos`` (a "that" further on, which is the main clause's)."""
    if verb.dep_ != "parataxis" or verb.head.i < verb.i or verb.i == 0:
        return False
    comma = next((t for t in verb.doc[verb.i + 1:verb.head.i] if t.text == ","), None)
    return comma is not None and para.offset + comma.idx < pos and any(
        t.text == "," for t in verb.doc[verb.left_edge.i - 1:verb.i])


#: The end of a clause coordinated before the one a sentence-final report was given ("A, but B, X said").
COORDINATED_BEFORE = re.compile(r"[,;]\s*(?:and|but|or|yet)\s*$")


def _reports_last(para: ParsedParagraph, verb: Token, s_end: int) -> bool:
    """The reporting clause ends its sentence and opens after a comma ("..., the source added."): its subject
    right after the comma, nothing after the verb but adverbs, phrases of time and place, and the full stop."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i == 0 or verb.doc[subj.left_edge.i - 1].text != ",":
        return False
    return all(t.is_punct or t.dep_ in ("advmod", "npadvmod", "prep", "pobj", "det", "amod", "compound")
               for t in verb.doc[verb.i + 1:] if para.offset + t.idx < s_end)


def _complement_read_as_adverbial(verb: Token, clause: Token) -> bool:
    """A finite clause with its own subject hung on a reporting verb as an adverbial, with no conjunction or
    wh-word to open it, after a phrase between them: "said after the meeting he would not sign", "told reporters on
    Friday the port would close". English opens an adverbial clause with a conjunction ("said as he left", "said
    when ..."), so with none this is what was said. Not when the verb has a complement of its own, nor for a
    participle ("said, adding ...") or an infinitive."""
    return (clause.dep_ == "advcl" and clause.i > verb.i + 1 and verb.pos_ == "VERB"
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children)
            and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ == "MD" or (
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")) for c in clause.children))
            and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in clause.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in verb.children)
            and clause.doc[verb.i + 1].dep_ != "punct")


#: Entity types of a prepositional object that says when, not what ("spoke on Friday").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Entity types of an "on" object that says where a stance was voiced ("said on CNN's State of the Union").
VENUE_ENTITIES = frozenset({"ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT", "DATE", "TIME"})


# 1. reporting verbs ------------------------------------------------------------------------------------


def _gerund_said(verb: Token, lemma: str, comp: Token) -> bool:
    """``comp`` is the gerund clause a verb of saying reports ("denied ever meeting him", "admitted lying to
    investigators", "acknowledged having taken the money"): an open complement after the verb whose first word is
    a gerund (the verb itself or "having"/"being"), not an infinitive."""
    if lemma not in GERUND_VERBS or comp.dep_ != "xcomp" or comp.i < verb.i:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return False
    first = next((t for t in comp.subtree if t.dep_ not in ("advmod", "neg")), comp)
    return first.tag_ == "VBG"


def _past_leading_date(verb: Token, comp: Token, left: Token) -> Token:
    """The clause said, less a bare date the parser hung on its verb ("said Tuesday the plan would ...", "told
    reporters last week the talks had stalled"): in news style a date right after the reporting verb (or the one
    told), with no preposition or punctuation between, dates the saying, and the statement starts at its own
    subject. A date that is the subject, or part of it ("said Tuesday's vote was ..."), stays, as does one after
    the subject ("said the vote Tuesday ...") and one after a comma or a quotation mark ("said, “Today we ...")."""
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or left.i == 0:
        return left
    before = comp.doc[left.i - 1]
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prt") and c.i > verb.i]
    if before.i != verb.i and not any(c.left_edge.i <= before.i <= c.right_edge.i for c in told):
        return left
    for child in comp.children:
        if (child.dep_ == "npadvmod" and child.left_edge.i == left.i and child.right_edge.i < subj.left_edge.i
                and all(t.ent_type_ in TIME_ENTITIES for t in child.subtree)):
            nxt = comp.doc[child.right_edge.i + 1]
            if nxt.is_punct and nxt.i < subj.left_edge.i:
                nxt = comp.doc[nxt.i + 1]
            return nxt if nxt.i <= subj.left_edge.i else left
    return left


def _cue_clause(para: ParsedParagraph, token: Token, subj: Token | None, cue_end: int) -> tuple[int, int]:
    """The reporting clause itself: the verb, its subject and the adverbials around them ("Mr. X said Monday")."""
    start = _abs(para, token)[0]
    end = cue_end
    if subj is not None:
        sub = _np_range(para, subj)
        start, end = min(start, sub[0]), max(end, sub[1])
    for child in token.children:  # "said in a statement on Tuesday", "told reporters"
        if child.dep_ in ("npadvmod", "prep", "advmod", "dobj", "dative", "aux", "neg") and child.right_edge.i < len(
                child.doc) and not any(t.dep_ in ("ccomp", "parataxis") for t in child.subtree):
            rng = (_abs(para, child.left_edge)[0], _abs(para, child.right_edge)[1])
            if (rng[0] < start and start - rng[1] <= 2) or (rng[0] >= end and rng[0] - end <= 2):
                start, end = min(start, rng[0]), max(end, rng[1])
    return start, end


#: Platforms one posts or speaks on ("wrote on Twitter", "said on Facebook"): where, not what (the small model
#: tags them as people or products).
PLATFORMS = frozenset({"twitter", "x", "facebook", "instagram", "telegram", "tiktok", "youtube", "linkedin",
                       "reddit", "weibo", "wechat", "vkontakte", "threads", "bluesky", "substack", "podcast",
                       "website", "blog", "media"})
#: Objects of "spoke on ..." that say how someone spoke, not what: "on condition of anonymity", "on the record";
#: and of "respond to ..." that ask for a statement, not make one ("did not respond to requests for comment").
TERMS_OF_SPEAKING = frozenset({"condition", "record", "background", "behalf", "phone", "telephone", "camera",
                               "air", "television", "radio", "request", "message", "email", "e-mail", "inquiry",
                               "query", "call", "invitation",
                               # where: "said Thursday on the Senate floor", "spoke on the sidelines of ..."
                               "floor", "stage", "podium", "sidelines", "sideline", "show", "programme", "program",
                               "broadcast", "page", "account", "channel"})


#: Participles that open a sentence with what someone answers ("Responding to the remark, X said ..."; round 42).
RESPONSE_PARTICIPLES = frozenset({"respond", "reply"})


def _responding_to(token: Token, lemma: str) -> bool:
    """"Responding to X's post, Y said ...": a participle adjunct ("-ing", not the sentence's own verb) names what
    Y answered, which is X's statement or act, not Y's (round 42)."""
    return lemma in RESPONSE_PARTICIPLES and token.tag_ == "VBG" and token.dep_ in ("advcl", "prep", "pcomp",
                                                                                     "acl", "npadvmod")


#: Verbs of purpose after "cited X to ...": the object is evidence for a decision ("to justify", "to support").
EVIDENCE_PURPOSE = frozenset({"substantiate", "support", "justify", "back", "defend", "explain", "bolster",
                              "underpin", "buttress"})


def _cited_as_evidence(token: Token, lemma: str, obj: Token) -> bool:
    """"The governor's office cited a legal opinion to substantiate its decision": the cited document is
    evidence the subject relies on, not a statement of the subject's (round 42; round 39 left "cited X as an
    example" out too)."""
    if lemma != "cite":
        return False
    return any(g.dep_ in ("xcomp", "advcl", "acl", "relcl") and g.lemma_.lower() in EVIDENCE_PURPOSE
               and g.i > obj.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in g.children)
               for g in (*token.children, *obj.subtree))  # "to justify": not "a column arguing that ..."


def _venue(prep: Token) -> bool:
    """"on CNN", "on Capitol Hill", "on Twitter", "on condition of anonymity": a preposition that says where or how
    someone spoke, not what about."""
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    return prep.lower_ == "on" and obj is not None and (
        obj.ent_type_ in VENUE_ENTITIES or obj.lemma_.lower() in TERMS_OF_SPEAKING or obj.lower_ in PLATFORMS)


def _verb_cues(text: str, para: ParsedParagraph, quotes: QuoteIndex) -> Iterator[Candidate]:
    for token in para.doc:
        lemma = _verb_lemma(token)
        misread = token.pos_ not in ("VERB", "AUX")
        if misread and not _verb_tagged_noun(token, lemma):
            continue
        # "as X put it, ...": the idiom reports like "as X said"
        generic = lemma not in REPORTING_VERBS and not (lemma == "put" and token.dep_ == "advcl" and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in token.children))
        carries_on = generic and _carries_on_quote(token)
        if carries_on:
            generic = False
        elif generic and not (token.pos_ == "VERB" and any(  # any verb with a that-clause: "critics contend that"
                c.dep_ == "ccomp" and c.i > token.i and any(g.dep_ == "mark" and g.lower_ == "that"
                                                            for g in c.children) for c in token.children)):
            continue
        if token.dep_ in ("amod", "acl") and token.tag_ == "VBN" and token.lemma_ != "say":
            continue  # "the reported figures", "a report published by"
        if _is_asked_aside(token):
            continue  # "X, asked about Y, said ...": what X was asked, not what X said
        sent, s_start, s_end = _window(para, token)
        cue = _abs(para, token)
        cue_end = cue[1]
        if any(c.dep_ == "prt" for c in token.children):  # "pointed out"
            prt = next(c for c in token.children if c.dep_ == "prt")
            cue_end = _abs(para, prt)[1]
        elif token.lemma_ == "point":
            continue
        nested = quotes.containing(cue[0]) is not None
        content: tuple[int, int] | None = None
        how = ""
        comps = [c for c in token.children if ((c.dep_ in ("ccomp", "parataxis") and not _adverbial(c)) or
                 (c.dep_ == "xcomp" and lemma in XCOMP_VERBS) or _gerund_said(token, lemma, c) or (
                     not generic and _complement_read_as_adverbial(
                     token, c))) and _stranded_subject(c) is None
                 and not _misread_predicate(token, c)]
        comps += [c for c in token.children if c.dep_ == "dobj" and quotes.containing(_abs(para, c)[0])]
        right_comps = [c for c in comps if c.i > token.i]
        subj_tok = _subject(token)[0]
        if lemma in CONSEQUENCE_VERBS and (any(c.dep_ == "csubj" for c in token.children) or (
                subj_tok is not None and not _agentive(subj_tok))):
            continue  # "Reducing the subsidy will mean ...", "the tanks will mean ...": a consequence
        name_lead = _name_read_as_clause(token, subj_tok)
        if name_lead is not None:  # "“...,” Leeds police Chief Tom Hale said": "Leeds" read as a verb
            comps = [c for c in comps if c.i != name_lead.i]
        clause = _cue_clause(para, token, subj_tok, cue_end)
        if name_lead is not None:
            clause = (min(clause[0], _abs(para, name_lead)[0]), clause[1])
        comps = right_comps or [c for c in comps if quotes.containing(_abs(para, c.left_edge)[0] + 1) or (
            # "The deal is worth four million euros, the newspaper reported."
            subj_tok is not None and subj_tok.i > c.i and c.right_edge.i + 1 < len(para.doc)
            and para.doc[c.right_edge.i + 1].text == "," and c.right_edge.i + 2 == subj_tok.left_edge.i)]
        if comps:
            comp = max(comps, key=lambda c: len(list(c.subtree)))
            left, right = comp.left_edge, comp.right_edge
            if comp.dep_ == "advcl":  # "said after the meeting he would ...": from the clause's subject
                left = next(c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")).left_edge
            if comp.i > token.i:
                left = _past_leading_date(token, comp, left)
            stranded = _stranded_subject(para.doc[right.i + 1]) if right.i + 1 < len(para.doc) else None
            if stranded is not None and stranded.i == right.i:
                right = para.doc[right.left_edge.i - 2]  # "... the budget and tenants accused ...": up to "budget"
            content = (para.offset + left.idx, para.offset + right.idx + len(right.text))
            how = "ccomp"
            noun = _contact_relative(token, subj_tok, comp)
            if noun is not None:  # "meddling the congressman said is designed to ...": the noun is what was said
                content, how = (_abs(para, noun)[0], content[1]), "relative"
            fronted = _fronted_subject(token, subj_tok, comp)
            if fronted is not None and noun is None:
                # "The plan, Smith said on Monday, would hurt families": with a modifier after the verb the parser
                # makes the reporting clause the head and leaves the statement's subject on it; the content is the
                # whole sentence, as for "The plan, Smith said, would ..."
                content, how = (max(_abs(para, fronted.left_edge)[0], s_start), content[1]), "parenthetical"
            if comp.i < token.i and noun is None and fronted is None and s_start < content[0] and (
                    COORDINATED_BEFORE.search(text[s_start:content[0]])) and len(
                    text[s_start:content[0]].split()) >= 4 and _reports_last(para, token, s_end):
                # "A, but B, the source added.": the report closes the sentence, and the parser gave it only the
                # last of the coordinated clauses before it; it reports them all
                content = (s_start, content[1])
        # a that-clause or quote right after the verb that the parser hung elsewhere
        after = text[cue_end:s_end]
        m = re.match(r"[^“\"«:.;]{0,60}?\b(that)\b\s|[^“\"«.;]{0,40}?([:“\"«])", after)
        doubled_that = False
        if m and m.group(1) and content is None and _parenthetical_clause(para, token, cue_end + m.start(1)):
            m = None  # "The problem, the minister said, was that ...": the "that" is the main clause's
        if m and m.group(1):  # "attacked loopholes that benefit others": a relative pronoun, not a complementizer
            that_at = cue_end + m.start(1)
            that_tok = next((t for t in sent if para.offset + t.idx == that_at), None)
            relative_that = that_tok is not None and that_tok.dep_ != "mark" and that_tok.head.i != token.i and (
                that_tok.i > token.i + 1)
            if relative_that and that_tok is not None and _hangs_on(that_tok, token) and (
                    _doubled_that(that_tok) or _told_at_that(that_tok, token)):
                # round 40: "told miners at a meeting that he intends to ...": a complementizer, read as one
                relative_that, doubled_that = False, True
            # "noted reports alleging that ...": the clause is the object's, not the verb's
            in_object = that_tok is not None and any(
                c.dep_ == "dobj" and c.i < that_tok.i and c.left_edge.i <= that_tok.head.i <= c.right_edge.i
                for c in token.children)
            if relative_that or in_object:
                m = None
        if m and m.group(1) and RELATIVE_BEFORE_THAT.search(after, 0, m.start(1)):
            m = None  # round 41: "..., said X, who denied a rumor that ...": the "that" is the relative clause's
        if m and m.group(2) and m.group(2) != ":" and TITLE_BEFORE_MARK.search(after, 0, m.start(2)):
            m = None  # "said on the “Green Zero” podcast": the marks name a title, they quote no one
        if m and m.group(2) and _another_report_between(para, token, cue_end + m.start(2)):
            m = None  # "In a letter confirming the vote, the board called X “...”": the quote is the board's
        own_quote = quotes.containing(cue[0])
        if m and m.group(2) and own_quote is not None and cue_end + m.start(2) >= own_quote.end - own_quote.close_len:
            m = None  # "“... everyone knows it,” said X": the mark closes the quote the cue stands in, opens none
        if m and content is not None and token.dep_ in ("pcomp", "advcl") and token.tag_ == "VBG":
            m = None  # "After saying A, she left": the rest of the sentence is the main clause's, not the gerund's
        if m and (content is None or content[0] > cue_end + m.end() or content[1] < s_end - 2):
            start = cue_end + (m.start(1) if m.group(1) else m.start(2))
            if content is None or content[1] - content[0] < (s_end - start) * 0.6:
                # up to the next reporting verb's subject ("..., and China indicated that ...")
                # (not a verb inside the quotation that opens the content: "tweeted late last week, “X conceded
                # ...”" quotes the whole of it)
                opened = quotes.starting_at(start)
                stops = [at for other in sent if other.i > token.i
                         and other.lemma_.lower() in REPORTING_VERBS and other.pos_ == "VERB"
                         for subj_ in [_subject(other)[0]] if subj_ is not None and _abs(para, subj_)[0] > start
                         for at in [_abs(para, subj_.left_edge)[0]]
                         if (opened is None or not opened.start <= at < opened.end)
                         and not (doubled_that and text[start:at].strip().lower() == "that")]
                # (round 40: with a doubled "that", not the clause's own subject right after it)
                content, how = (start, min([s_end, *stops])), "surface"
                if doubled_that:
                    how = "ccomp"  # the clause the parser misread as a relative one: the verb's complement
                named = _named_object(para, token, lemma, start)
                if named is not None:  # "called half of the members “freeloaders”": the object and its name
                    content = (named, content[1])
        if content is None and lemma in OBJECT_VERBS:
            objs = [c for c in token.children if c.i > token.i and c.dep_ in ("dobj", "prep", "xcomp", "ccomp",
                                                                               "oprd")]
            # "accused the unions of stalling": the parser may hang the reason on the object
            objs += [g for c in objs if c.dep_ == "dobj" for g in c.children
                     if g.dep_ == "prep" and g.lower_ in ("of", "for") and g.i > c.i]
            if any(c.dep_ == "dobj" for c in objs) and len(objs) >= 2:
                last = max(objs, key=lambda c: c.right_edge.i).right_edge
                content = (_abs(para, min(objs, key=lambda c: c.i).left_edge)[0], _abs(para, last)[1])
                how = "object"
        if content is None:  # "called for eliminating ...", "warned of a crisis", "spoke about the deal"
            prep = next((c for c in token.children if c.dep_ == "prep" and c.i > token.i
                         and (lemma, c.lower_) in PREP_CUES), None)
            if prep is not None and any(c.dep_ in ("nsubjpass", "auxpass", "oprd") or (
                    c.dep_ == "dobj" and c.i < prep.i and lemma == "call") for c in token.children):
                prep = None  # "was called a charlatan for promoting ...": the reason for a name, not a call for
            if prep is not None and _responding_to(token, lemma):
                prep = None  # "Responding to the remark, X said ...": what X answered, not what X said (round 42)
            pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")
                         and g.ent_type_ not in TIME_ENTITIES), None) if prep else None
            if pobj is not None and (pobj.lemma_.lower() in TERMS_OF_SPEAKING or (
                    prep is not None and prep.lower_ == "on" and (pobj.ent_type_ in VENUE_ENTITIES
                                                                  or pobj.lower_ in PLATFORMS))):
                pobj = None  # "spoke on condition of anonymity", "speaking on CNN": where and how, not what was said
            if prep is not None and pobj is not None:
                args_after = _rest_of_phrase(token, prep)
                end = max([pobj.right_edge, *(c.right_edge for c in args_after)], key=lambda t: t.i)
                content, how = (_abs(para, pobj.left_edge)[0], _abs(para, end)[1]), "prep"
                cue_end = _abs(para, prep)[1]
        if content is None and lemma == "show":  # "video shows the senator stumbling": an object with its participle
            obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i and c.pos_ != "PRON"), None)
            if obj is not None and any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i > obj.i for c in obj.children):
                content, how = (_abs(para, obj.left_edge)[0], _abs(para, obj.right_edge)[1]), "dobj"
        if content is None and lemma == "say":  # "said most of the flats ... were ...": a clause misparsed
            obj = _clause_subject_object(token)
            if obj is not None:
                content, how = (_abs(para, obj.left_edge)[0], _abs(para, token.sent[-1])[1]), "ccomp"
        if content is None and lemma in DOBJ_VERBS and not any(c.dep_ in ("nsubjpass", "auxpass") for c in
                                                               token.children):
            # "X acknowledged their uphill battle"; not "Robinson was denied due process": a passive's object is
            # what its subject was given or refused, no one's statement
            obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i and c.pos_ != "PRON"), None)
            if obj is not None and _cited_as_evidence(token, lemma, obj):
                obj = None  # "the office cited a legal opinion to justify its decision": evidence, no statement
            if obj is not None and obj.right_edge.i - obj.left_edge.i >= 1:
                args_after = _rest_of_phrase(token, obj)
                end = max([obj.right_edge, *(c.right_edge for c in args_after)], key=lambda t: t.i)
                content, how = (_abs(para, obj.left_edge)[0], _abs(para, end)[1]), "dobj"
        # a quote right before the reporting clause ("“...,” he said"), however many sentences it runs
        mixed_lead = False
        if content is not None and EDITORIAL_NOTE.fullmatch(text[content[0]:content[1]].strip(" ()[].")):
            content, how, right_comps = None, "", []  # "“...,” Ritter wrote (emphasis added)": the quote is his
        own_subject = subj_tok is None or subj_tok.head.i == token.i
        before = quotes.ending_before(clause[0], slack=3) if lemma not in BELIEF_VERBS and own_subject else None
        if before is not None and "\n" in text[before.end:clause[0]] and not _tag_after_break(text, before, clause[0]):
            before = None  # a quote that ends the paragraph before is not this cue's ("“...”¶The minister stated that")
        after_q = None
        if before is not None and before.end - before.start > 2:
            # the quote goes on after the clause ("“A,” he said, “B.”" and "“A,” he said. “B.”"): one statement
            gap = re.match(r"[\s,.;:]*(?:(?:adding|and added|he added|she added)[\s,:]*)?", text[clause[1]:])
            after_q = quotes.starting_at(clause[1] + (gap.end() if gap else 0))
            if after_q is None:  # "“A,” said X, who chairs the board. “B.”": the next sentence goes on with it
                after_q = _quote_after_sentence(text, para, quotes, token, clause[1])
            if after_q is not None and ("\n" in text[clause[1]:after_q.start] or _has_own_cue(text, para, after_q)):
                after_q = None
        if before is not None and before.end - before.start > 2 and (
                how != "ccomp" or not right_comps or after_q is not None):
            content, how = (before.start, before.end if after_q is None else after_q.end), "quote-before"
            resumed = _quote_resumed(text, quotes, before)
            if resumed is not None:  # "“A,” which ..., “b ...,” X said": A is X's too, one statement
                content = (resumed.start, content[1] - (before.close_len if content[1] == before.end else 0))
            lead_in = text[s_start:content[0]]
            if s_start < before.start and len(lead_in.split()) >= 3 and lead_in.rstrip()[-1:].isalpha() and \
                    not any(t.pos_ == "VERB" and _verb_lemma(t) in REPORTING_VERBS
                            and s_start <= _abs(para, t)[0] < before.start and not _subordinate_report(t, token)
                            for t in sent):  # "X said A, and “B”, an aide added": A is X's
                # "... send a message that a top priority “is ...,” Mr. X said": the quote ends a paraphrase
                # of the same speaker, which is said too (a mixed quote)
                content, mixed_lead = (s_start, content[1]), True
        # "Acts of protest, Mr. X said, are ..." and "..., said Mr. X." with no complement: the rest of the sentence
        if content is None and lemma not in BELIEF_VERBS and text[s_start:clause[0]].rstrip().endswith(","):
            head_words = len(text[s_start:clause[0]].split())
            tail = text[clause[1]:s_end].strip()
            lone_subject = head_words == 1 and token.dep_ == "parataxis" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in (
                    "that", "this", "these", "those", "it"))
                for c in token.head.children)  # "Farmers, he said, can ...", "That, she argues, is the problem": a
            # one-word subject of the main clause
            scene = len(tail) <= 1 and (_own_modifier(para, token, s_start) or _scene_phrase(para, s_start, clause[0]))
            ends = tail in ("", ".", "!", "?") or tail.startswith(",")
            # lead, round 42: a participle with its own object closes an absolute phrase, no report ("..., the
            # home side declaring its innings closed")
            absolute = token.tag_ == "VBG" and any(c.dep_ == "dobj" for c in token.children)
            if (head_words >= 2 or lone_subject) and ends and not scene and not absolute:
                content, how = ((s_start, clause[0]) if len(tail) <= 1 else (s_start, s_end)), "parenthetical"
        # the same when the parser took the clause's subject for part of the sentence around it ("To understand
        # the case, Justice X said, one should ...": "case" made the subject, "Justice X" its apposition)
        surface_subj: Token | None = None
        if content is None and lemma not in BELIEF_VERBS and token.dep_ == "parataxis" and (
                token.i + 1 < len(para.doc) and para.doc[token.i + 1].text in (",", ".", "!", "?")):
            lo = token.i - 1
            while lo > sent.start and token.i - lo <= 8 and para.doc[lo].text != ",":
                lo -= 1
            between = para.doc[lo + 1:token.i]
            if para.doc[lo].text == "," and len(between) and not any(t.pos_ in ("VERB", "AUX") for t in between) \
                    and len(text[s_start:_abs(para, para.doc[lo])[0]].split()) >= 2:
                surface_subj = next((t for t in reversed(between) if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if surface_subj is not None:
                    content, how = (s_start, s_end), "parenthetical"
        # "While he acknowledged funding was short, Lund noted ...": the parser hangs the clause on the main verb
        if content is None and lemma not in ("say", "tell") and token.dep_ == "advcl" and token.head.i > token.i \
                and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in token.children):
            root = sent.root
            comma = next((t for t in para.doc[token.i + 1:max(root.i, token.head.i)] if t.text == ","), None)
            if comma is not None and comma.i - token.i > 3 and _subject(token)[0] is not None and not any(
                    c.dep_ in ("dobj", "prep", "xcomp") and c.i > token.i for c in token.children):
                content, how = (cue_end, _abs(para, comma)[0]), "ccomp"
        # "As X noted, CONTENT." and "CONTENT, as X warned.": the clause the as-clause hangs on
        # (the parser may hang a mid-sentence as-clause on the subject noun: "The ferry, as X put it, is ...")
        as_host = token.head.head if token.head.dep_ in ("nsubj", "nsubjpass") else token.head
        if content is None and token.dep_ == "advcl" and as_host.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ == "as" and c.i < token.i for c in token.children) and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp") and c.pos_ != "PRON" for c in token.children):
            # not "..., as he fears a coup": an as-clause with an object of its own (not "as X put it") says why
            # or when, it reports nothing
            main = as_host
            main_subj = _subject(main)[0]
            if token.i < main.i and main_subj is not None and main_subj.i < token.left_edge.i:
                # "The ferry, as X put it, is ...": the subject before the as-clause is part of what was said
                content = (max(_abs(para, main.left_edge)[0], s_start), min(_abs(para, main.right_edge)[1], s_end))
            elif token.i < main.i:
                content = (_abs(para, token.right_edge)[1], min(_abs(para, main.right_edge)[1], s_end))
            else:
                content = (max(_abs(para, main.left_edge)[0], s_start), _abs(para, token.left_edge)[0])
            how = "as-clause"
        if content is None or (carries_on and how != "quote-before") or (misread and how not in ("ccomp", "dobj")):
            continue
        if content[0] >= cue[0] and content[0] < cue_end:
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "can", "could", "may", "might", "would")
               for c in token.children) and not any(c.dep_ == "nsubj" for c in token.children):
            continue  # "it should be noted that ...": the author's own voice
        subj, passive = _subject(token) if surface_subj is None else (surface_subj, False)
        felt = next((c for c in token.children if c.dep_ == "nsubjpass"), None) if subj is None else None
        if felt is not None and _experiencer(token, felt):  # "Voters were frustrated that ...": they feel it
            subj, passive = felt, False
        if subj is None and not passive and token.tag_ == "VBG":
            subj = _gerund_subject(token)
        if subj is None and how == "as-clause" and token.tag_ == "VBN":
            subj = _text_of_record(token)
        reporter = _reporting_host(token)
        if reporter is not None:  # "X said A, adding that B": the participle speaks for X, not for A's subject
            subj, passive = reporter, False
        if token.dep_ == "pcomp" and token.head.lower_ == "as" and token.head.head.lemma_ in ("quote", "cite"):
            subj = next((c for c in token.head.head.children if c.dep_ == "dobj"), subj)
            cue = (_abs(para, token.head.head)[0], cue_end)
        speaker: tuple[int, int] | None = None
        anonymous = False
        relative: Token | None = None
        if subj is not None and subj.lower_ in ("it", "there", "this", "that", "which", "who"):
            if (subj.lower_ == "it" and passive) or subj.dep_ == "nsubjpass":
                anonymous = True
            elif subj.lower_ in ("which", "who") and subj.head.head is not None:
                relative = subj
                subj = token.head if token.dep_ == "relcl" else None
                if subj is not None and relative.lower_ == "who":
                    subj = _who_place_host(subj)
            elif subj.lower_ == "it" and lemma in IT_VERBS:
                pass  # "it said" of a ministry or a report: kept, resolved (or not) with the other pronouns
            else:
                subj = None
        if subj is not None and not anonymous:
            speaker = _np_range(para, subj)
            if name_lead is not None and subj_tok is not None and subj.i == subj_tok.i:
                speaker = (min(speaker[0], _abs(para, name_lead)[0]), speaker[1])
            if relative is not None and relative.i > subj.i:  # "Trump, who says ...": the name and the pronoun
                speaker = (speaker[0], _abs(para, relative)[1])
            twin = next((c for c in token.children if c.dep_ == "nsubj" and c is not subj
                         and c.right_edge.i + 1 == subj.left_edge.i), None)
            if twin is not None:
                speaker = (min(speaker[0], _abs(para, twin.left_edge)[0]), speaker[1])  # never narrowed
            if _overlap(speaker, content) > 0 and how not in ("parenthetical", "quote-before", "as-clause",
                                                              "relative"):
                # the subject sits inside the content ("“...,” he said" parsed oddly): keep the subject alone
                speaker = _abs(para, subj)
                if _overlap(speaker, content) > 0:
                    content = (speaker[1], content[1]) if speaker[0] <= content[0] else content
        elif passive and subj is None:
            anonymous = True
        if anonymous and how == "surface" and not (m and m.group(1)):
            continue  # a passive with only a quote after it ("was described in a report “...”") reports nobody
        if speaker is None and not anonymous:
            continue
        if how == "quote-before" and not mixed_lead:
            q = quotes.starting_at(content[0])
            content = _trim(text, q.inner[0], content[1] - (q.close_len if content[1] == q.end else 0),
                            strip_that=False) if q is not None else content
        else:
            content = _opening_quote_only(text, _whole_quote_after(text, cue_end, content, quotes), quotes)
        if content[1] - content[0] < 3:
            continue
        if speaker is not None and speaker[0] <= content[0] and content[1] <= speaker[1]:
            continue  # "the “naysayers” who threaten ...": a scare-quoted word of the subject, no statement
        if how in ("surface", "quote-before") and _scare_quote(text, content, quotes):
            continue  # "warning against the “naysayers”": one quoted word is a scare quote, no statement
        if generic and how != "ccomp":
            continue
        score = RULE_SCORES[f"verb:{how}"] if speaker else RULE_SCORES["verb:anonymous"]
        if generic:
            score, how = RULE_SCORES["verb:that-clause"], "that-clause"
        if nested:
            if subj is not None and subj.lower_ in ("i", "we", "you"):
                continue  # "I think ..." inside a quote: the quoted speaker's own words, not another report
            score -= RULE_SCORES["nested-penalty"]
        kind = "direct" if how == "quote-before" and not mixed_lead else _kind_of(text, content, quotes)
        yield Candidate(kind=kind, content=content, speaker=speaker, cue=(cue[0], cue_end), score=score,
                        evidence=f"{NAME}:reporting-verb:{lemma}:{how}",
                        speaker_head=subj if speaker else None, anonymous=anonymous,
                        offset=para.offset, nested=nested,
                        participle=reporter is not None or _aside_gerund(token))


#: Words before a quoted word that make it a word of the writer's phrase ("the “naysayers”", "so-called “experts”").
SCARE_QUOTE_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|so-called))\s*$", re.IGNORECASE)


def _scare_quote(text: str, content: tuple[int, int], quotes: QuoteIndex) -> bool:
    """Is the content one quoted word inside the writer's own phrase, with no punctuation of a statement inside
    the marks ("against the “naysayers” who", not "“Nonsense,” she said")?"""
    q = quotes.containing(content[0])
    if q is None:
        return False
    inner = text[q.inner[0]:q.inner[1]].strip()
    return len(inner.split()) == 1 and not inner.endswith((",", ".", "!", "?", ";", ":")) and \
        SCARE_QUOTE_BEFORE.search(text[max(0, q.start - 20):q.start]) is not None


def _text_of_record(verb: Token) -> Token | None:
    """The document or outlet a passive as-clause names with "in" ("As stated in the report, ...", "as noted in
    the Gazette", "as described in Davis's column"): it is the source, as "by X" is in "as reported by X"."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.ent_type_ in TIME_ENTITIES or obj.ent_type_ in ("GPE", "LOC", "FAC", "EVENT", "NORP"):
        return None
    lemma = obj.lemma_.lower()
    return obj if lemma in DOCUMENT_NOUNS or lemma in TEXT_AGENTS or obj.pos_ == "PROPN" else None


def _another_report_between(para: ParsedParagraph, verb: Token, pos: int) -> bool:
    """Whether a reporting verb with a subject of its own stands between ``verb`` and the text position ``pos``
    (a quote or clause that follows it is that verb's, not ``verb``'s)."""
    return any(t.pos_ == "VERB" and _verb_lemma(t) in REPORTING_VERBS and _abs(para, t)[1] <= pos
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for t in para.doc[verb.i + 1:] if _abs(para, t)[0] < pos)


def _named_object(para: ParsedParagraph, verb: Token, lemma: str, start: int) -> int | None:
    """Where the object of a naming verb starts, when it stands between the verb and the name it is given
    (``start``): "called half of the members “freeloaders”", "described the budget as “a disaster”". The words
    between must be one noun phrase: no verb, no punctuation, not a preposition first ("called for “...”")."""
    if lemma not in NAMING_VERBS:
        return None
    between = [t for t in para.doc[verb.i + 1:] if _abs(para, t)[1] <= start]
    if not between or between[0].pos_ in ("ADP", "PART") or any(t.pos_ in ("VERB", "AUX", "PUNCT") or (
            t.pos_ == "ADP" and t.lower_ != "of" and t.i < between[-1].i) for t in between):
        return None
    return _abs(para, between[0])[0]


def _quote_after_sentence(text: str, para: ParsedParagraph, quotes: QuoteIndex, verb: Token,
                          clause_end: int) -> Quote | None:
    """The quote that opens the sentence right after the one a reporting clause ends, when the rest of that
    sentence only tells more of the speaker or the occasion ("“A,” said Mayor X, who has led the town since 2019.
    “B.”", "“A,” Y, 25, said as the march moved on. “B.”"): the news convention for one statement split around its
    reporting clause, which PolNeAR annotates as one attribution (8 of the 9 such splits of polnear_dev's tuning
    half). None when that rest holds a quotation mark, a line break, another sentence, a reporting verb (another
    speaker, "“A,” X said, and Y said that ....", or a statement of its own, "..., adding that ...") or "going on to",
    or more than SPLIT_QUOTE_GAP characters."""
    k = bisect_left(quotes.starts, clause_end)
    if k >= len(quotes.quotes):
        return None
    quote = quotes.quotes[k]
    rest = text[clause_end:quote.start]
    if len(rest) > SPLIT_QUOTE_GAP or re.search(r"[\n“”\"«»„]", rest) or not re.search(r"[.!?]\s+$", rest):
        return None
    for token in _tokens_in(para, clause_end, quote.start):
        if token.sent.start != verb.sent.start:
            return None  # another sentence between: "“A,” X said. The crowd cheered. “B.”"
        if token.i != verb.i and token.pos_ in ("VERB", "AUX") and _verb_lemma(token) in REPORTING_VERBS:
            return None  # another speaker, or the same one saying more ("..., adding that ...")
        if token.lemma_ == "go" and any(c.lower_ == "on" for c in token.children) and any(
                c.dep_ == "xcomp" for c in token.children):
            return None  # "..., going on to contrast A with B": the speaker's next statement, not the quote's frame
    return quote


#: The longest rest of a reporting clause's sentence between the two parts of a split quote (characters).
SPLIT_QUOTE_GAP = 250


#: Closing marks of a quotation nested inside another, right before the outer closing mark ("‘we’re sorry,’”").
NESTED_CLOSERS = frozenset({"’", "'"})


def _has_own_cue(text: str, para: ParsedParagraph, quote: Quote) -> bool:
    """A quote that a reporting clause of its own follows in its sentence ("“A,” X said. “B,” he added."): a
    statement of its own, not the rest of the quote before it. The quote must end in a comma, or in "!" / "?"
    with a lowercase word after it, so that a full quote and a next sentence ("“B.” He added that ...") are not
    read as one."""
    last = text[quote.inner[1] - 1:quote.inner[1]]
    if last in NESTED_CLOSERS and quote.inner[1] - 2 >= quote.inner[0]:
        # "“B, ‘we’re sorry,’” he added." (round 38): a quote inside the quote closes first; its comma counts
        last = text[quote.inner[1] - 2:quote.inner[1] - 1]
    rest = text[quote.end:quote.end + 80]
    if not (last in ",;" or (last in "!?" and rest.lstrip()[:1].islower())):
        return False
    if quote.end > para.offset + len(para.doc.text):
        # a quote closed in a later paragraph ("“A,” X said. “B.¶C,” Y said."): its own clause is read off the text
        return SAY_CLAUSE.match(rest) is not None
    for token in para.doc:
        start = para.offset + token.idx
        if start < quote.end:
            continue
        if start > quote.end + 60 or any(ch in text[quote.end:start] for ch in ".!?;:“”\"«»\n"):
            return False
        if token.pos_ == "VERB" and _verb_lemma(token) in REPORTING_VERBS:
            return True
    return False


#: Dependents of a verb that set the scene of its clause when put before it ("Speaking in the Commons, ...",
#: "On Monday, ...", "After the vote, ..."): where, when and how, not what was said.
SCENE_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod"})


def _own_modifier(para: ParsedParagraph, verb: Token, s_start: int) -> bool:
    """The words before a reporting clause are the verb's own fronted modifier ("Speaking in the Commons, Hale
    warned Moscow."): a scene-setting phrase, no statement of the speaker's."""
    return any(c.dep_ in SCENE_DEPS and c.i < verb.i and _abs(para, c.left_edge)[0] <= s_start
               for c in verb.children)


def _scene_phrase(para: ParsedParagraph, start: int, end: int) -> bool:
    """``[start, end)`` is a prepositional or adverbial phrase with no verb ("Through a spokesman, he declined to
    comment.", "And until Thursday, X has refused to disclose ..."): it sets the scene of the reporting clause
    after it, whichever verb of that clause the parser hung it on; it says nothing. A noun phrase alone may be an
    elliptical statement ("People like him, she said."), so it is not one of these."""
    words = [t for t in _tokens_in(para, start, end) if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    words = words[1:] if words and words[0].pos_ == "CCONJ" else words
    # "This afternoon, I met the board and told them ...": a time alone is when, not what
    return bool(words) and (words[0].pos_ in ("ADP", "ADV", "SCONJ") or all(t.ent_type_ in TIME_ENTITIES
                                                                            for t in words))


#: Objects that "say" takes as a noun ("said nothing", "said the same thing", "has said much about"): what was
#: said, summed up, not the subject of a clause the parser misread.
SAID_OBJECTS = frozenset({"thing", "much", "little", "nothing", "something", "anything", "everything", "so", "word",
                          "goodbye", "hello", "prayer", "time", "yes", "no", "this", "that", "it", "lot", "more",
                          "less", "grace", "amen", "sorry", "mass"})


def _clause_subject_object(verb: Token) -> Token | None:
    """The object of "say" that is the subject of the clause said, misread ("said most of the flats that tenants
    complain about were renovated"): a noun phrase after the verb with no complement clause, no pronoun and
    none of the nouns "say" takes (SAID_OBJECTS), followed by a finite verb in its sentence."""
    if any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON" or obj.lemma_.lower() in SAID_OBJECTS or obj.lower_ in SAID_OBJECTS:
        return None
    return obj if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent if t.i > obj.i) else None


def _experiencer(verb: Token, subj: Token) -> bool:
    """The subject of a passive verb of feeling is the one who feels ("Voters were frustrated that ...",
    "Voters are convinced that ..."): the participle is a stance adjective (STANCE_ADJECTIVES), the subject
    someone who can hold a view."""
    return verb.lower_ in STANCE_ADJECTIVES and _agentive(subj)


def _name_read_as_clause(verb: Token, subj: Token | None) -> Token | None:
    """A capitalised word right after a closing quotation mark that the parser read as the complement clause of the
    reporting verb, running up to its subject ("“...,” Leeds police Chief Tom Hale said": "Leeds" a verb, "police"
    its object): the first words of the speaker's phrase."""
    if subj is None or subj.i < 2 or subj.i > verb.i:
        return None
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i
                 and c.right_edge.i + 1 == subj.left_edge.i), None)
    if comp is None or not comp.text[:1].isupper() or verb.doc[comp.i - 1].text not in _CLOSING_MARKS:
        return None
    return comp


#: Prepositions that set a gerund's report beside the clause before it ("he would not name them, aside from
#: saying ...", "besides noting that ...").
ASIDE_PREPS = re.compile(r",\s*(?:(?:aside|apart) from|besides|beyond|in addition to|other than)\s*$", re.IGNORECASE)


def _contact_relative(verb: Token, subj: Token | None, comp: Token) -> Token | None:
    """The first word of the noun phrase a reporting clause with no relative pronoun describes, when its clause
    lacks a subject ("meddling the congressman said is designed to ...": the meddling is what he said is designed).
    """
    if subj is None or subj.i > verb.i or subj.pos_ == "PRON" or comp.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in comp.children):
        return None
    before = subj.left_edge.i - 1
    if before < 0:
        return None
    noun = verb.doc[before]
    gerund = noun.tag_ == "VBG" and not any(c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") and c.i < subj.i
                                            for c in noun.children)
    if (noun.pos_ not in ("NOUN", "PROPN") and not gerund) or noun.ent_type_ in TIME_ENTITIES:
        return None
    first = noun
    while first.i > 0 and verb.doc[first.i - 1].dep_ in ("det", "amod", "compound", "nummod", "poss") and (
            verb.doc[first.i - 1].head.i == noun.i or verb.doc[first.i - 1].head.i >= first.i):
        first = verb.doc[first.i - 1]
    return first


def _aside_gerund(verb: Token) -> bool:
    """A gerund after "aside from", "besides", "in addition to" ... and a comma: a report of its own."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.pos_ != "ADP":
        return False
    start = verb.head.left_edge.i if verb.head.head.pos_ != "ADV" else verb.head.head.i
    before = verb.doc[max(0, start - 1):verb.i]
    return bool(ASIDE_PREPS.search(before.text)) if len(before) else False


#: Subordinators of a concessive or temporal clause whose reporting verb may lose its clause to the main verb.
CONCESSIVE_MARKS = frozenset({"while", "although", "though", "whereas", "even"})


def _reporting_host(verb: Token) -> Token | None:
    """The subject of the report a participle goes on with: "analysts said fees rose, citing the closure" (the
    parser hangs "citing" on "rose", inside what was said; it is the analysts who cite). None when the
    participle follows no comma, has a subject of its own, or hangs in no reporting verb's clause. Right after
    "according to X," the participle is X's ("..., according to the agency, citing two officials")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.i == 0 or (
            verb.doc[verb.i - 1].text != ","):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    source = _according_source_before(verb.doc[verb.i - 2]) if verb.i >= 2 else None
    if source is not None:
        return source
    node = verb.head
    path_dep = verb.dep_
    for _ in range(6):
        if node.pos_ == "VERB" and _verb_lemma(node) in REPORTING_VERBS and path_dep in ("ccomp", "parataxis"):
            subj = _subject(node)[0]
            return subj if subj is not None and subj.i < node.i else None
        if node.head.i == node.i:
            return None
        path_dep, node = node.dep_, node.head
    return None


def _according_source_before(last: Token) -> Token | None:
    """The source of an "according to X" phrase that ends at ``last`` (X's head), else None."""
    node = last
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.i > 0 and (
                node.doc[node.head.i - 1].lower_ == "according"):
            return node
        if node.head.i == node.i or node.head.i > last.i:
            return None
        node = node.head
    return None


#: A comma or colon between a verb and the quotation that opens right after it ("She continued, “...”").
QUOTE_AFTER_VERB = re.compile(r"[^\S\n]*[,:][^\S\n]*")


def _quote_after_any_verb(text: str, para: ParsedParagraph, quotes: QuoteIndex) -> Iterator[Candidate]:
    """"She continued, “...”", "The mayor went on: “...”": a verb outside the reporting list whose agent's words
    follow it in quotation marks after a comma or colon. The verb has no object or clause of its own (then the
    reporting rules or none apply); the closed quote is the content."""
    for token in para.doc:
        if token.pos_ != "VERB" or _verb_lemma(token) in REPORTING_VERBS or token.i + 1 >= len(para.doc):
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.i > token.i and not quotes.containing(
                _abs(para, c)[0]) for c in token.children):
            continue
        subj = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subj is None or not _agentive(subj) or subj.lower_ in ("i", "we", "you"):
            continue
        end = _abs(para, token)[1]
        prt = next((c for c in token.children if c.dep_ in ("prt", "advmod") and c.i == token.i + 1), None)
        end = _abs(para, prt)[1] if prt is not None else end  # "went on", "shot back"
        gap = QUOTE_AFTER_VERB.match(text, end)
        q = quotes.starting_at(gap.end()) if gap is not None and gap.end() > end else None
        if q is None or not q.balanced or quotes.containing(_abs(para, token)[0]) is not None:
            continue
        content = _trim(text, *q.inner, strip_that=False)
        if len(text[content[0]:content[1]].split()) < 3:
            continue
        yield Candidate(kind="direct", content=content, speaker=_np_range(para, subj),
                        cue=(_abs(para, token)[0], end), score=RULE_SCORES["verb:quote-after-any"],
                        evidence=f"{NAME}:reporting-verb:{_verb_lemma(token)}:quote-after", speaker_head=subj,
                        offset=para.offset)


#: A post's all-capital label before its first sentence (lead, round 42): 'tweeted “UPDATE: A. B.”' is said whole.
_LABEL_L42 = re.compile(r"[A-Z][A-Z ]{1,18}[A-Z]: ?")


def _whole_quote_after(text: str, cue_end: int, content: tuple[int, int], quotes: QuoteIndex) -> tuple[int, int]:
    """A quotation that opens right after its cue ("X said: “A. B. C.”") is said whole: the parse's clause (or the
    sentence) would stop at the quote's first sentence. Only a closed quote (one that runs over lines is closed only
    where a later line closes it: ``quotes._join_broken_lines``), or one left open at its paragraph's end when the next
    paragraph opens with a quotation mark: the press's way of running a quotation over paragraphs ("X said: “A. B.¶
    “C.”"), so the open quote is said whole to its paragraph's end."""
    q = quotes.containing(content[0]) or quotes.starting_at(content[0])
    if q is None or not (q.balanced or _runs_into_next_paragraph(text, q)) or q.end <= content[1] or (
            content[0] > q.inner[0] + 1 and not _LABEL_L42.fullmatch(text, q.inner[0], content[0])):
        return _trim(text, *content)
    if cue_end > q.start or text[cue_end:q.start].strip(" ,:\u00a0"):
        return _trim(text, *content)
    return q.start, q.end


def _runs_into_next_paragraph(text: str, q: Quote) -> bool:
    """An open double quote that runs to its paragraph's end, where the next paragraph opens with a double mark."""
    if q.balanced or q.single:
        return False
    rest = text[q.end:q.end + 8]
    return "\n" in rest and rest.lstrip()[:1] in ("\u201c", '"', "\u00ab", "\u201e")


# 2. according to -------------------------------------------------------------------------------------------


def _per_source(text: str, para: ParsedParagraph, token: Token) -> Candidate | None:
    """"Per the ministry, ..." and "..., per a ministry statement.": "per" at the edge of a sentence, before a
    body, a person or a document, reads like "according to" (not "$5 per gallon")."""
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if obj is None or not (_agentive(obj) or obj.lemma_.lower() in DOCUMENT_NOUNS):
        return None
    _, s_start, s_end = _window(para, token)
    start, end = _abs(para, token)[0], _abs(para, obj.right_edge)[1]
    if start - s_start <= 2 and text[end:end + 2].lstrip().startswith(","):
        content = (text.find(",", end) + 1, s_end)
    elif text[start - 2:start].strip() == "," and text[end:s_end].strip(" .!?\"”'") == "":
        content = (s_start, start - 2)
    else:
        return None
    content = _trim(text, *content)
    if content[1] - content[0] < 3:
        return None
    return Candidate(kind="according_to", content=content, speaker=_np_range(para, obj), cue=_abs(para, token),
                     score=RULE_SCORES["according-to"], evidence=f"{NAME}:according-to", speaker_head=obj,
                     offset=para.offset)


def _quote_then_speaker(text: str, para: ParsedParagraph, host: Token, according: Token) -> bool:
    """Is ``host``, the verb "according to" hangs on, a reporting verb before it whose subject comes right after a
    closing quotation mark ("“...,” Putin asserted, according to ...")? Not "X reports that ..., according to Y",
    whose source is Y's."""
    subj = next((c for c in host.children if c.dep_ == "nsubj"), None)
    if host.i > according.i or host.pos_ != "VERB" or _verb_lemma(host) not in REPORTING_VERBS or subj is None:
        return False
    before = text[para.offset + host.sent.start_char:_abs(para, min(subj.left_edge, host, key=lambda t: t.i))[0]]
    # a closing mark, glued to the quote's end; an aside the writer adds after it may stand between ("“...,”
    # including some more advanced than NATO's, he added, according to ...")
    return re.search(r"(?<=\S)[”\"’'](?:\s*(?:including|such as|notably|especially)\b[^”\"“]{0,200}?,)?\s*$",
                     before) is not None


#: A party's own filings: "according to its petition, the union says ..." quotes the party through its filing.
FILING_NOUNS = frozenset({"request", "filing", "submission", "application", "complaint", "petition", "lawsuit",
                          "motion", "appeal", "brief", "indictment", "bid"})


def _according_then_speaker(para: ParsedParagraph, according: Token) -> tuple[Token, Token] | None:
    """Round 39: "According to its petition, the union says X": a sentence-opening "according to" a party's
    filing (:data:`FILING_NOUNS`, checked by the caller) whose host is a reporting verb with its own subject after
    the phrase: the filing is that speaker's own, so the statement is the inner speaker's (round 31's "according
    to X, Y said"): the subject and the verb, or None. PolNeAR keeps an outlet or an account as the source
    (an outlet followed by its interviewee, a person's account followed by the person): those stay."""
    host = according.head
    if host.i < according.i or host.pos_ != "VERB" or host.dep_ != "ROOT" or _verb_lemma(host) not in REPORTING_VERBS:
        return None
    subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass") and according.i < c.i < host.i), None)
    if subj is None or subj.dep_ != "nsubj" or not _agentive(subj) or subj.lower_ in ("i", "we", "you"):
        return None
    return subj, host


#: A quoting writer's note on the quote ("[emphasis added]", "(italics mine)"): no statement, and "emphasis" no one.
EDITORIAL_NOTE = re.compile(r"(?:emphasis|emphases|italics)\s+(?:added|mine|ours|in\s+(?:the\s+)?original)", re.I)


#: Objects of a mid-sentence "according to" that say in keeping with what, not who says so ("went according to
#: plan", "withdraw according to the schedule").
MANNER_NOUNS = frozenset({"plan", "schedule", "rule", "law", "frequency", "protocol", "procedure", "regulation",
                          "standard", "tradition", "instruction", "guideline", "principle", "custom", "need",
                          "formula", "script", "design", "size", "age", "type", "merit", "ability", "order",
                          "timetable", "program", "programme", "algorithm", "criterion", "criteria"})




def _named_after_title(text: str, para: ParsedParagraph, speaker: tuple[int, int],
                       head: Token | None) -> tuple[int, int]:
    """"According to the founder, Dana Whitfield, ...": a person's name set off by commas right after a title is
    part of the source (the parser hangs it on the sentence's verb), not of the content."""
    if head is None or head.pos_ != "NOUN" or not (_title_pair(head) or head.lemma_.lower() in PERSON_TITLES):
        return speaker  # "According to the report, Dana Whitfield, the founder, will ...": the name is the content's
    m = re.match(r",\s*", text[speaker[1]:speaker[1] + 3])
    if m is None:
        return speaker
    start = speaker[1] + m.end()
    names = list(_tokens_in(para, start, start + 80))
    run = []
    for tok in names:
        if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
            break
        run.append(tok)
    if not run or run[0].ent_iob_ != "B" or not text[_abs(para, run[-1])[1]:].startswith(","):
        return speaker
    return speaker[0], _abs(para, run[-1])[1]


def _relative_according(text: str, para: ParsedParagraph, according: Token, to: Token, speaker: tuple[int, int],
                        head: Token | None) -> tuple[tuple[int, int], tuple[int, int], Token | None] | None:
    """"..., which according to ESA works more like an eye" and "a rock which, according to ESA, came from Mars": an
    "according to" right after a relative pronoun is the source of the relative clause, which is the content (it
    had been the whole sentence, or the words before the phrase). When the parser reads the clause's verb as the
    head of a noun phrase with the name as its compound ("ESA works"), the source is the name alone. The speaker,
    the content and the speaker's head, or None for no such shape."""
    k = according.i - 1
    if k >= 0 and para.doc[k].text == ",":
        k -= 1
    if k < 0 or para.doc[k].lower_ not in ("which", "that", "who") or para.doc[k].tag_ not in ("WDT", "WP"):
        return None
    clause = according.head
    for _ in range(2):
        if clause.dep_ == "relcl":
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    if head is not None and head.tag_ in ("NNS", "VBZ") and head.text.islower() and not any(
            c.dep_ in ("det", "poss") for c in head.children):
        run = list(para.doc[to.i + 1:head.i])
        if run and all(t.pos_ == "PROPN" for t in run):
            speaker = (_abs(para, run[0])[0], _abs(para, run[-1])[1])  # "ESA works ...": the name, not "works"
            head = run[-1]
    _, _, s_end = _window(para, according)
    start = speaker[1]
    while start < s_end and text[start] in " ,":
        start += 1
    end = min(_abs(para, clause.right_edge)[1], s_end)
    if end <= start:
        return None
    return speaker, (start, end), head


def _according_to(text: str, para: ParsedParagraph, quotes: QuoteIndex | None = None) -> Iterator[Candidate]:
    """"According to X, ..." and "per X": X's statement. With ``quotes``, a phrase inside a quotation is part of
    the quoted speaker's words (":“The firm, according to the auditors, hid losses,” the minister said"): the
    candidate is nested, so it yields to the quotation's own attribution, and its statement ends with the quote."""
    for cand in _according_to_phrases(text, para):
        quote = quotes.containing(cand.cue[0]) if quotes is not None and cand.cue is not None else None
        if quote is not None and quote.balanced:
            end = min(cand.content[1], quote.inner[1])
            cand = replace(cand, nested=True, content=_trim(text, cand.content[0], end))
            if cand.content[1] - cand.content[0] < 3:
                continue
        yield cand


def _according_to_phrases(text: str, para: ParsedParagraph) -> Iterator[Candidate]:
    for token in para.doc:
        if token.lower_ == "per" and token.dep_ == "prep":
            if _quote_then_speaker(text, para, token.head, token):
                continue  # "“...,” X said, per Reuters": the channel of a quote with a speaker, as "according to"
            per = _per_source(text, para, token)
            if per is not None:
                yield per
            continue
        if token.lower_ != "according":
            continue
        nxt = token.nbor(1) if token.i + 1 < len(para.doc) else None
        if nxt is None or nxt.lower_ != "to":
            continue
        if _quote_then_speaker(text, para, token.head, token):
            continue  # "“...,” Putin asserted, according to a translation": the channel of a quote with a speaker
        objs = [c for c in nxt.children if c.dep_ == "pobj"]
        _, s_start, s_end = _window(para, token)
        if objs:
            speaker = _np_range(para, objs[0])
            head: Token | None = objs[0]
        else:  # the parser missed the object: up to the next comma
            rest = text[_abs(para, nxt)[1]:s_end]
            m = re.match(r"\s*([^,;.]+)", rest)
            if not m:
                continue
            speaker = (_abs(para, nxt)[1] + m.start(1), _abs(para, nxt)[1] + m.end(1))
            head = None
        cue = (_abs(para, token)[0], _abs(para, nxt)[1])
        relative = _relative_according(text, para, token, nxt, speaker, head)
        if relative is not None:  # "a camera which according to ESA works like an eye": the clause is ESA's
            speaker, content, head = relative
            content = _trim(text, *content)
            if content[1] - content[0] >= 3:
                yield Candidate(kind="according_to", content=content, speaker=speaker, cue=cue,
                                score=RULE_SCORES["according-to"], evidence=f"{NAME}:according-to",
                                speaker_head=head, offset=para.offset)
            continue
        inner = _according_then_speaker(para, token) if cue[0] - s_start <= 2 and head is not None and (
            head.lemma_.lower() in FILING_NOUNS) else None
        if inner is not None:  # "According to the request, the country says ...": the country's statement (round 39)
            subj, host = inner
            content = _trim(text, _abs(para, host)[1], s_end)
            if content[1] - content[0] >= 3:
                yield Candidate(kind="according_to", content=content, speaker=_np_range(para, subj),
                                cue=_abs(para, host), score=RULE_SCORES["according-to"],
                                evidence=f"{NAME}:according-to:inner-speaker", speaker_head=subj,
                                offset=para.offset)
            continue
        if cue[0] - s_start <= 2:  # "According to X, content."
            speaker = _named_after_title(text, para, speaker, head)
            comma = text.find(",", speaker[1], s_end)
            content = (comma + 1 if comma != -1 else speaker[1], s_end)
        elif re.search(r",\s*[”\"’']\s*$", text[s_start:cue[0]]):  # "“Content,” according to X."
            content = (s_start, cue[0])
            while content[1] > content[0] and text[content[1] - 1] in " ,”\"’'":
                content = (content[0], content[1] - 1)
            if text[content[0]] in "“\"‘'":
                content = (content[0] + 1, content[1])
        elif text[cue[0] - 2:cue[0]].strip() == ",":  # "content, according to X."
            rest = text[speaker[1]:s_end].strip()
            # "The fund, according to two officials, was misused.": the phrase comes before the sentence's verb
            inside = rest.startswith(",") and len(rest[1:].split()) >= 2 and token.i < token.sent.root.i
            content = (s_start, s_end) if inside else (s_start, cue[0])
        else:
            if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in MANNER_NOUNS:
                continue  # "went according to plan", "load shedding according to frequency": in keeping with
            content = (s_start, s_end)
        content = _trim(text, *content)
        if content[1] - content[0] < 3:
            continue
        yield Candidate(kind="according_to", content=content, speaker=speaker, cue=cue,
                        score=RULE_SCORES["according-to"], evidence=f"{NAME}:according-to", speaker_head=head,
                        offset=para.offset)


#: Nouns of a point of view or a count that name a source in a prepositional phrase: "in X's view", "in the eyes
#: of X", "by X's estimate", "by one estimate", "in this poll".
VIEW_NOUNS = frozenset({"view", "opinion", "eyes", "estimation", "words", "judgment", "judgement", "mind"})
#: Possessives of a third person that may own a view ("in her view", "in his eyes"): resolved like other pronouns.
THIRD_PERSON_OWNERS = frozenset({"his", "her", "their"})
COUNT_NOUNS = frozenset({"estimate", "count", "account", "reckoning", "calculation", "tally", "measure"})


def _source_phrases(text: str, para: ParsedParagraph) -> Iterator[Candidate]:
    """"In the mayor's view, ...", "..., in the eyes of many voters.", "By one estimate, ...", "..., by the
    union's count.", "In this poll, ...": a prepositional phrase at the edge of a sentence that names whose view
    or count the rest of the sentence is, like "according to"."""
    for token in para.doc:
        lemma = token.lemma_.lower()
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        view = prep.lower_ == "in" and token.lower_ in VIEW_NOUNS
        count = prep.lower_ == "by" and lemma in COUNT_NOUNS
        poll = prep.lower_ == "in" and lemma in ("poll", "survey", "study") and prep.i == prep.sent.start
        if not (view or count or poll):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        det = next((c for c in token.children if c.dep_ in ("det", "nummod", "amod")), None)
        if owner is None and lemma in ("poll", "survey", "study"):
            owner = token  # "In this poll, ...": the poll itself
        anonymous = owner is None
        if anonymous and (det is None or det.lower_ not in ("one", "some", "many", "most", "several")):
            continue  # "in other words", "in the end": no source named
        if owner is not None and (owner.lower_ in ("my", "our", "i", "we") or (
                owner is not token and not _agentive(owner) and owner.lower_ not in THIRD_PERSON_OWNERS)):
            continue  # the author's own view, or no one who can hold one
        if anonymous:
            owner = token  # "by one estimate": the estimate is all the source there is
        _, s_start, s_end = _window(para, token)
        start, end = _abs(para, prep)[0], _abs(para, token.right_edge)[1]
        if start - s_start <= 2 and text[end:end + 2].lstrip().startswith(","):  # "In X's view, content."
            content = (text.find(",", end) + 1, s_end)
        elif text[start - 2:start].strip() == "," and text[end:s_end].strip(" .!?\"”'") == "":  # "content, by X."
            content = (s_start, start - 2)
        elif view and not anonymous and prep.head.dep_ == "ROOT" and prep.head.lemma_ == "be" and (
                text[end:s_end].strip(" .!?\"”'") == ""):
            content = (s_start, start)  # "Only rich donors are safe in his eyes.": a view needs no comma
        else:
            continue
        content = _trim(text, *content)
        if content[1] - content[0] < 3:
            continue
        speaker = _np_range(para, owner) if owner is not None else None
        yield Candidate(kind="according_to", content=content, speaker=speaker, cue=(start, end),
                        score=RULE_SCORES["source-phrase-anonymous" if anonymous else "source-phrase"],
                        evidence=f"{NAME}:source-phrase:{lemma}", speaker_head=owner, offset=para.offset)


# 3. noun cues ------------------------------------------------------------------------------------------------


def _adjective_owner(noun: Token) -> Token | None:
    """A nationality or group adjective that names who holds a noun of saying or feeling ("European reluctance to
    ...", "American commitments to ...", "Russian claims that ..."): the adjective owns the noun as "Europe's"
    would. Only an adjective the parse tags as a nationality or group (NORP): an ordinary one ("growing concerns",
    "public anger") names no holder."""
    return next((c for c in reversed(list(noun.lefts)) if c.dep_ == "amod" and c.ent_type_ == "NORP"
                 and c.pos_ in ("ADJ", "PROPN")), None)


def _compound_owner(noun: Token) -> Token | None:
    """The body or person named as a modifier of a noun of saying ("a White House statement", "Pentagon
    warnings"): the last such compound when it is a name, else None. A common noun there makes a compound of its
    own more often than it names a speaker ("a court order", "the tax plan")."""
    owner = next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound" or (
        # "a Zelensky request to ...": the parser makes the name an adjective
        c.dep_ == "amod" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG"))), None)
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE", ""):
        return None
    return owner if _agentive(owner) else None


#: Nouns of what someone holds or says that report their clause when it is their predicate ("X's argument was
#: that ...", "the view of the council is that ...") or when a light verb makes them ("X made the argument that").
PREDICATE_NOUNS = frozenset({*NOUN_CUES, "argument", "belief", "contention", "point", "hope", "fear", "concern",
                             "assessment", "case", "theory", "feeling", "sense", "worry", "suspicion", "complaint",
                             "answer", "response", "reply", "explanation", "bet", "guess", "insistence"})
#: Verbs that make a noun of saying ("made the argument that", "raised the concern that").
LIGHT_VERBS = frozenset({"make", "raise", "advance", "voice", "express", "repeat", "reiterate", "press", "offer"})


def _predicate_host(token: Token) -> Token | None:
    """The word whose that-clause a saying noun reports outside NOUN_CUES: the copula of "X's argument was that
    ...", the light verb of "X made the argument that ..." (the noun itself hosts the clause there)."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ == "be" and head.i > token.i:
        return head
    if token.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS and head.pos_ == "VERB":
        return token
    return None


#: Verbs whose subject voices a view it holds itself: a possessive on their object is the subject's own ("X
#: expressed his fear that ...", "Y voiced her concern that ...").
OWN_EXPRESSION_VERBS = frozenset({"express", "voice", "reiterate", "repeat", "air", "share", "convey", "restate"})


def _own_expression_subject(noun: Token, owner: Token | None) -> Token | None:
    """Round 39: "The retired judge, who ..., expressed her fear that X": a possessive pronoun on a noun cue that
    is the object of a verb of voicing stands for the verb's subject, which is the speaker to name (the pronoun's
    resolution gave the bare "her"). Other owners, and other verbs ("X dismissed his claim that ...", whose "his"
    is someone else), are kept as they are."""
    if owner is None or owner.dep_ != "poss" or owner.lower_ not in ("his", "her", "their", "its"):
        return owner
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in OWN_EXPRESSION_VERBS:
        return owner
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not _agentive(subj):
        return owner
    return subj


def _noun_cues(text: str, para: ParsedParagraph, quotes: QuoteIndex) -> Iterator[Candidate]:
    for token in para.doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in PREDICATE_NOUNS:
            continue
        predicate = _predicate_host(token)
        if lemma not in NOUN_CUES and predicate is None:
            continue
        speaker_tok: Token | None = None
        if predicate is token:  # "X made the argument that ...": the light verb's subject
            # unless a nationality or group adjective holds the noun ("the move raised Western fears that ..."):
            # the light verb's subject then caused the view, the adjective's people hold it
            speaker_tok = _adjective_owner(token) or _subject(token.head)[0]
        for child in token.children:
            if child.dep_ == "poss":
                speaker_tok = child
            elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    speaker_tok = objs[0]
        if speaker_tok is None:  # "a White House statement that ...": the body named before the noun
            speaker_tok = _compound_owner(token)
        speaker_tok = _own_expression_subject(token, speaker_tok)
        # a that-complement (the parser may hang it on the noun or on its "of" object)
        hosts = [token] + ([speaker_tok] if speaker_tok is not None and speaker_tok.i > token.i else []) + (
            [predicate] if predicate is not None and predicate is not token else [])
        clause = next((c for h in hosts for c in h.children if c.i > h.i and c.dep_ in ("acl", "ccomp", "relcl")
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None or speaker_tok is None:
            continue
        window, _, para_end = _window(para, token)
        mark = next((g for g in clause.children if g.dep_ == "mark"), clause.left_edge)
        right = clause.right_edge
        if token.i < window.root.i or token.dep_ in ("nsubj", "nsubjpass"):
            # the parser often closes the clause early ("that it is necessary - it turns out - to look for ...
            # caused applause"): run it to the word before the sentence's last finite verb
            finite = [t for t in window if t.i > right.i and t.tag_ in ("VBD", "VBZ", "VBP")
                      and t.dep_ not in ("aux", "auxpass")]
            if finite and finite[-1].i - 1 > right.i:
                right = token.doc[finite[-1].i - 1]
        content = _trim(text, _abs(para, mark)[0], max(para.offset + right.idx + len(right.text),
                                                       _abs(para, right)[1]))
        content = (content[0], min(content[1], para_end))
        yield Candidate(kind=_kind_of(text, content, quotes), content=content,
                        speaker=_np_range(para, speaker_tok), cue=_abs(para, token), score=RULE_SCORES["noun-cue"],
                        evidence=f"{NAME}:noun-cue:{token.lemma_.lower()}", speaker_head=speaker_tok,
                        offset=para.offset)


# 4. colon quotes and bulleted lists -------------------------------------------------------------------------


def _colon_speaker(text: str, para: ParsedParagraph, limit: int) -> tuple[tuple[int, int], Token,
                                                                          tuple[int, int] | None] | None:
    """The source of a colon-introduced statement: (speaker range, head token, cue range)."""
    tokens = [t for t in para.doc if para.offset + t.idx < limit]
    for t in reversed(tokens):  # "X published a report ... where the following was noted"
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and t.dep_ not in ("acl", "amod", "relcl") and (
                lemma in PUBLISHING_VERBS or lemma in REPORTING_VERBS):
            subj, _ = _subject(t)
            if subj is not None and subj.lower_ not in ("it", "there", "this", "which", "that", "following"):
                if subj.lemma_.lower() in DOCUMENT_NOUNS:  # "a commentary on a website run by ..." -> the website
                    outlet = next((x for x in subj.subtree if x.lemma_.lower() in OUTLET_NOUNS[:16]
                                   and x.pos_ == "NOUN"), None)
                    subj = outlet or subj
                return _np_range(para, subj), subj, _abs(para, t)
    for nouns in (OUTLET_NOUNS, DOCUMENT_NOUNS):
        for t in tokens:
            if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns and t.dep_ not in ("compound", "amod"):
                speaker = _np_range(para, t)
                return speaker, t, None
    # "President X is rolling out a new message: “...”": the agent of the clause the colon ends, after an outlet
    # or document named before it ("Panic began in the Ukrainian media: “...”" is the media's)
    node = tokens[-1] if tokens else None
    for _ in range(6):
        if node is None:
            break
        if node.pos_ in ("VERB", "AUX"):
            subj = _subject(node)[0]
            if subj is not None and subj.i < tokens[-1].i and _agentive(subj) and subj.lower_ not in (
                    "i", "we", "you"):
                return _np_range(para, subj), subj, None
        node = node.head if node.head.i != node.i else None
    ents = [e for e in para.doc.ents if e.label_ in ("ORG", "PERSON", "NORP", "GPE")
            and para.offset + e.end_char <= limit]
    if ents:
        e = ents[0]
        if e.root.dep_ == "poss" and e.root.head.pos_ == "NOUN" and e.root.head.i < tokens[-1].i + 1:
            # "Winner’s mother had a blunt reply: “...”": the one the name owns speaks, not the name
            return _np_range(para, e.root.head), e.root.head, None
        return (para.offset + e.start_char, para.offset + e.end_char), e.root, None
    return None


class _Taken:
    """Character ranges held in buckets of BUCKET characters, so that "does any range overlap this one?" reads only
    the ranges near it, not all of them (a scan per match made these rules quadratic on long articles). Overlap
    means :func:`_overlap` > 0; an empty range overlaps nothing."""

    BUCKET = 2048

    def __init__(self, ranges: Iterable[tuple[int, int] | None] = ()) -> None:
        self.buckets: dict[int, list[tuple[int, int]]] = {}
        for rng in ranges:
            if rng:
                self.add(rng)

    def add(self, rng: tuple[int, int]) -> None:
        if rng[1] > rng[0]:
            for k in range(rng[0] // self.BUCKET, (rng[1] - 1) // self.BUCKET + 1):
                self.buckets.setdefault(k, []).append(rng)

    def overlaps(self, rng: tuple[int, int]) -> bool:
        if rng[1] <= rng[0]:
            return False
        return any(_overlap(held, rng) > 0 for k in range(rng[0] // self.BUCKET, (rng[1] - 1) // self.BUCKET + 1)
                   for held in self.buckets.get(k, ()))


def _colon_lists(text: str, doc: Document, quotes: QuoteIndex,
                 found: Sequence[Candidate]) -> Iterator[Candidate]:
    parsed_by_start = {p.offset: p for p in doc.parsed}
    paragraphs = doc.paragraphs
    # ``found`` is the caller's list, which grows by what this generator yields (``candidates += ...``): what is
    # yielded is added to ``taken`` too
    taken = _Taken(c.content for c in found)
    for i, para_rng in enumerate(paragraphs):
        para = parsed_by_start.get(para_rng.start)
        if para is None:
            continue
        body = text[para_rng.start:para_rng.end]
        # (a) a paragraph ending with a colon, then bulleted lines
        if body.rstrip().endswith(":"):
            colon = para_rng.start + body.rstrip().rfind(":")
            source = _colon_speaker(text, para, colon)
            bullets: list[TextRange] = []
            for nxt in itertools.islice(paragraphs, i + 1, None):
                if BULLET.match(text[nxt.start:nxt.end]):
                    bullets.append(nxt)
                else:
                    break
            if not bullets and i + 1 < len(paragraphs):
                nxt = paragraphs[i + 1]
                if text[nxt.start] in OPENERS:  # a quote paragraph after the colon
                    bullets = [nxt]
            if source is not None:
                speaker, head, verb_cue = source
                cue = verb_cue or _colon_cue(text, para_rng.start, colon)
                for b in bullets:
                    m = BULLET.match(text[b.start:b.end])
                    content = _trim(text, b.start + (m.end() if m else 0), b.end, strip_that=False)
                    if content[1] - content[0] < 3:
                        continue
                    taken.add(content)
                    yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=speaker,
                                    cue=cue, score=RULE_SCORES["colon-list"], evidence=f"{NAME}:colon-list",
                                    speaker_head=head, offset=para.offset)
        # (b) "... the Ukrainian media: “quote”" inside one paragraph
        for q in quotes.within(para_rng.start, para_rng.end):
            before = text[para_rng.start:q.start].rstrip()
            if not before.endswith(":"):
                continue
            # only the quote's own line: a quote joined over lines holds statements the cascade found inside it
            # ("... maintains: “A.¶I believe B.¶C.”"), which are the quote's, not another source of its first line
            if taken.overlaps((q.inner[0], min(q.inner[1], para_rng.end))):
                continue
            colon = para_rng.start + len(before) - 1
            sent = _sentence_of(doc.sentences, colon)
            source = _addressed_headline(text, doc, para, colon) or _colon_speaker(text, para, colon)
            if source is None:
                continue
            speaker, head, verb_cue = source
            if sent is not None and speaker[0] < sent.start:
                continue
            content = _trim(text, *q.inner, strip_that=False)
            taken.add(content)
            yield Candidate(kind="direct", content=content, speaker=speaker,
                            cue=verb_cue or (colon, colon + 1),
                            score=RULE_SCORES["colon-quote" if q.balanced else "colon-quote-unclosed"],
                            evidence=f"{NAME}:colon-quote", speaker_head=head, offset=para.offset)


#: A title-case headline's label "Trump To Sessions In Series Of Tweets: ‘...’": the one before "To" speaks to the
#: one after it (group 2 is the speaker's last word).
HEADLINE_ADDRESSED = re.compile(r"[\"“'‘]?((?:[A-Z][\w.'’-]*[^\S\n]+){0,3}?([A-Z][\w.'’-]*))[^\S\n]+[Tt]o[^\S\n]+"
                                r"[A-Z][^:\n]*")


def _addressed_headline(text: str, doc: Document, para: ParsedParagraph,
                        colon: int) -> tuple[tuple[int, int], Token, None] | None:
    """The speaker of a quote after a headline's "X To Y ...:" (title case defeats the parse, which takes the
    words for one name): X, where the article names X as a person below the headline."""
    if para.offset != 0 or (to := HEADLINE_ADDRESSED.fullmatch(text, 0, colon)) is None:
        return None
    line_end = text.find("\n", colon)
    if line_end == -1 or to.group(2).lower() not in _person_words(doc, line_end):
        return None
    head = next((t for t in para.doc if t.idx == to.start(2)), None)
    return ((to.start(1), to.end(1)), head, None) if head is not None else None


def _colon_cue(text: str, start: int, colon: int) -> tuple[int, int]:
    """The words before the colon that introduce the list ("where the following was noted")."""
    clause = text[start:colon]
    m = list(re.finditer(r"(?:where|which|in which|that)\b[^,;]*$", clause))
    if m:
        return start + m[-1].start(), colon
    return colon, colon + 1


# 5. passive and anonymous ------------------------------------------------------------------------------------


def _anonymous_passive(text: str, doc: Document, found: Sequence[Candidate]) -> Iterator[Candidate]:
    # ``found`` grows by what this generator yields (``candidates += ...``): those cues are added to ``taken``
    taken = _Taken(c.cue for c in found)
    for sent in doc.sentences:
        chunk = text[sent.start:sent.end]
        for m in ANONYMOUS_PASSIVE.finditer(chunk):
            cue = (sent.start + m.start(), sent.start + m.end())
            if taken.overlaps(cue):
                continue
            content = _trim(text, cue[1], sent.end)
            if content[1] - content[0] < 8:
                continue
            taken.add(cue)
            yield Candidate(kind="indirect", content=content, speaker=None, cue=cue,
                            score=RULE_SCORES["anonymous-passive"], evidence=f"{NAME}:anonymous-passive",
                            anonymous=True)


# 6. quotes no rule claimed -----------------------------------------------------------------------------------


def _coverage(text: str, found: Sequence[Candidate]) -> list[int]:
    """Prefix sums of the characters some candidate's content covers (one pass, not a scan per quote)."""
    marks = [0] * (len(text) + 2)
    for c in found:
        marks[c.content[0]] += 1
        marks[c.content[1]] -= 1
    covered, depth, total = [0] * (len(text) + 1), 0, 0
    for i in range(len(text)):
        depth += marks[i]
        total += depth > 0
        covered[i + 1] = total
    return covered


def _title_like(quoted: str) -> bool:
    """A short quoted stretch in title case: every word of four letters or more capitalized, none in capitals only
    (a chant), no sentence inside."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    long_words = [w for w in words if len(w) > 3]
    return 0 < len(words) <= TITLE_MAX_WORDS and bool(long_words) and all(w[0].isupper() for w in long_words) and (
        not quoted.isupper()) and not re.search(r"[.!?]\s+\S", quoted)


#: The longest quoted title (“The Steve Harvey Morning Show”) told from a statement by its capitals.
TITLE_MAX_WORDS = 10


def _pronoun_stance_between(text: str, cand: Candidate, sent_start: int) -> bool:
    """``cand`` is a stance finding whose speaker is "he", "she" or "they", in a sentence before the one a quote
    opens: that sentence only goes on about the speaker quoted before it, and the quote after it is that speaker's
    too, named where that speaker's last statement names them."""
    assert cand.speaker is not None
    return cand.weak and cand.content[1] <= sent_start and (
        text[cand.speaker[0]:cand.speaker[1]].lower() in ("he", "she", "they"))


def _call_on_infinitive(token: Token, lemma: str, prep: Token, pobj: Token) -> bool:
    """"Union leader calls on workers, students to join strike": a headline's list of objects makes the parser hang
    "calls" as a clausal complement under the infinitive after the list ("students ... to join" its root); what is
    called for is the objects with that infinitive, not the first object alone."""
    head = token.head
    return (lemma, prep.lower_) == ("call", "on") and token.dep_ == "ccomp" and head.i > pobj.i and (
        head.pos_ == "VERB") and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < head.i for c in head.children)


#: A writer's aside between two parts of one quotation is short and reports nobody (no verb of saying in it).
RESUMED_ASIDE = re.compile(
    r",?\s+(?!(?:[^,\n]*\s)?(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|according|"
    r"stated|noted|notes|explained|continued|argued|insisted|replied)\b)[a-z][^\n\u201c\u201d\"]{0,100},\s*")


def _quote_resumed(text: str, quotes: QuoteIndex, q: Quote) -> Quote | None:
    """"“We cannot pay the old prices,” which most families here cannot afford, “and we will not wait,” X said": the
    quote before "X said" opens in lower case right after a writer's aside that follows another quote ending in a
    comma: the two are one quotation cut by the aside, and the earlier part is the speaker's too. Returns that
    earlier part, or None."""
    if not text[q.inner[0]:q.inner[0] + 1].islower():
        return None
    earlier = quotes.within(max(0, q.start - 140), q.start)
    if not earlier:
        return None
    prev = earlier[-1]
    if not prev.balanced or prev.end > q.start or text[prev.inner[1] - 1:prev.inner[1]] != ",":
        return None
    return prev if RESUMED_ASIDE.fullmatch(text[prev.end:q.start]) else None


#: Dependencies that make a verb part of another clause's account, not a statement standing beside it.
SUBORDINATE_DEPS = frozenset({"advcl", "acl", "relcl", "pcomp", "xcomp"})


def _subordinate_report(verb: Token, cue: Token) -> bool:
    """A reporting verb in the lead-in of "..., after X wrote a letter asking him to become a “martyr,” Y said" sits
    in an adverbial clause or a participle under the lead-in's main verb: it is part of what Y reports (nested in Y's
    statement), unlike the report of its own in "X said A, and “B”, an aide added". Walks up from the verb to the
    cue or the sentence's root; subordinate when a step on the way is an adverbial, relative, participial or
    infinitive attachment."""
    tok = verb
    while tok.head.i != tok.i and tok.i != cue.i:
        if tok.dep_ in SUBORDINATE_DEPS:
            return True
        tok = tok.head
    return False


def _tag_after_break(text: str, q: Quote, pos: int) -> bool:
    """A quotation closed on a comma whose reporting clause opens the next paragraph in mid-sentence
    ("“...,”¶said the former minister." or "“...,”¶he pointed out."): the page broke the line before the tag, and
    the clause is still the quote's. A capital there starts a sentence of its own, which is not."""
    gap = text[q.end:pos]
    return q.balanced and text[q.inner[1] - 1:q.inner[1]] == "," and gap.strip() == "" and (
        gap.count("\n") <= 2) and text[pos:pos + 1].islower()


#: How far back (characters) a paragraph-opening quote looks for the last quoted speaker over stance verbs.
LAST_QUOTED_REACH = 1200


def _last_quoted_over_stance(text: str, speakers: Sequence[Candidate], given: Sequence[Candidate], k: int,
                             q: Quote) -> Candidate | None:
    """Round 39: a quotation opening a paragraph of its own, right after a stance verb's candidate ("The bank
    projects growth of 2 percent ..." or "X described the port as ..."): a stance verb is no speech that quotes
    run on from, and giving the quote to its subject puts words in the mouth of whoever was last described. Walks
    back over stance candidates (``speakers`` and the quotes ``given`` a speaker so far) to the last quoted speaker
    (a direct or mixed candidate) within the reach, and stops at any other speaker; None when the previous
    candidate is no stance verb's or none is found."""
    if k < 0 or ":stance-" not in speakers[k].evidence or text[q.start - 1:q.start] != "\n":
        return None
    pool = sorted((c for c in (*speakers[:k], *given) if c.content[1] <= speakers[k].content[1]),
                  key=lambda c: c.content[1], reverse=True)
    for cand in pool:
        if q.start - cand.content[1] > LAST_QUOTED_REACH:
            return None
        if cand.kind in ("direct", "mixed") and cand.speaker is not None:
            return cand
        if ":stance-" not in cand.evidence:
            return None
    return None


#: The closing mark of a quotation right after its content (a comma or full stop before it): '"A," said X.'
OWN_CLOSER = re.compile(r"\A[,.!?;:…]{0,2}[\"”]")


#: A byline right after a closing quotation mark: the quote is a cited article's headline ("“...,” by Mary Lane,").
CITED_TITLE_BYLINE = re.compile(r",?\s*by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,")


def _orphan_quotes(text: str, doc: Document, quotes: QuoteIndex,
                   found: Sequence[Candidate]) -> Iterator[Candidate]:
    # a report nested inside a quotation as a relative clause of the speaker's own sentence ("“I asked the manager,
    # who promised me that ...”") does not make the quotation said: it is still its speaker's, the nested report
    # part of it (lead, round 42); a quoted excerpt that opens on another's report ("“Prosecutors say that ...”")
    # and a quote split around its own cue stay covered by them
    covered = _coverage(text, [c for c in found if not (c.nested and c.speaker is not None and (
        text[c.speaker[0]:c.speaker[1]].split() or [""])[-1].lower() in ("who", "which", "that"))])
    speakers = sorted((c for c in found if c.speaker is not None and not c.nested), key=lambda c: c.content[1])
    ends = [c.content[1] for c in speakers]
    prev_q = None
    prev_given: Candidate | None = None  # what this loop gave the previous quote
    given_all: list[Candidate] = []  # what this loop gave earlier quotes (round 39's last quoted speaker)
    para_starts = [p.offset for p in doc.parsed]
    closers = _run_closers(text, list(quotes), found)
    for q in quotes:
        # a quote left open at a paragraph's end goes on in the next paragraph that opens with a quotation mark
        # (the newspaper convention for a quote over several paragraphs)
        runs_on = prev_q is not None and not prev_q.balanced and text[q.start - 1:q.start] == "\n" and (
            text[prev_q.end:q.start].strip() == "")
        # a closed quote alone in its paragraph right after another the loop gave a speaker ("“A,” said X.¶“B.”¶
        # “C.”"): C goes on too, as B did
        chained = prev_q is not None and prev_q.balanced and q.balanced and text[q.start - 1:q.start] == "\n" and (
            text[prev_q.end:q.start].strip() == "") and text[prev_q.end:q.start].count("\n") <= 2
        prev_q = q
        given_before, prev_given = prev_given, None
        if given_before is not None:
            given_all.append(given_before)
        inner = q.inner
        words = len(text[inner[0]:inner[1]].split())
        glued = _glued_colon_cue_l42(text, doc, q.start, para_starts) if words >= ORPHAN_QUOTE_MIN_WORDS else None
        if glued is not None:  # lead, round 42: 'X said:“A.”' with no space after the colon, the parse lost
            para, head, speaker, cue = glued
            prev_given = Candidate(kind="direct", content=_trim(text, *inner, strip_that=False), speaker=speaker,
                                   cue=cue, score=RULE_SCORES["colon-quote"],
                                   evidence=f"{NAME}:reporting-verb:{text[cue[0]:cue[1]].lower()}:glued-colon-l42",
                                   speaker_head=head, offset=para.offset)
            yield prev_given
            continue
        if covered[inner[1]] - covered[inner[0]] > 0.5 * (inner[1] - inner[0]):
            continue
        before = text[max(0, q.start - 40):q.start].lower().split()
        if before and before[-1].strip(",:") in (*DOCUMENT_NOUNS, "book", "film", "titled", "entitled", "called",
                                                  "named", "headlined", "slogan", "thesis", "term"):
            continue  # a title or a term ("a report “External risks ...”"), not a statement
        if q.balanced and words < SCARE_QUOTE_MAX_WORDS:
            continue  # a scare quote ("the main “signal”"), not a statement
        if q.balanced and _title_like(text[inner[0]:inner[1]]):
            continue  # a name in title case (“The Morning Show”, “Legend in the Coal Fields”), not a statement
        if is_boilerplate(text[inner[0]:inner[1]].strip()):
            continue  # page furniture caught in a quotation ("“Follow X on Twitter @x”"), not a statement
        if q.balanced and CITED_TITLE_BYLINE.match(text, q.end):
            continue  # a cited article's headline and byline ("“Man sentenced ...,” by X, Outlet, date"), round 38
        closer = closers.get(q.start)
        if closer is not None:  # “A.¶“B,” X said: A is X's too
            yield Candidate(kind="direct", content=_trim(text, *inner, strip_that=False), speaker=closer.speaker,
                            cue=None, score=RULE_SCORES["runs-on"], evidence=f"{NAME}:quote-runs-on",
                            speaker_head=closer.speaker_head, offset=closer.offset, closer=closer.cue)
            continue
        sent = _sentence_of(doc.sentences, q.start)
        if (runs_on or chained) and given_before is not None and given_before.speaker is not None and (
                words >= ORPHAN_QUOTE_MIN_WORDS):  # not a stage direction ("“(CROSSTALK.)”") in a transcript
            # the third and later paragraphs of a quote run over paragraphs ("X said: “A.¶“B.¶“C.”"): C goes
            # on from B, which went on from X's A (the speaker candidates below hold only X's A, two breaks back)
            prev_given = Candidate(kind="direct", content=_trim(text, *inner, strip_that=False),
                                   speaker=given_before.speaker, cue=None,
                                   score=RULE_SCORES["continues-previous"] if q.balanced else RULE_SCORES["unclosed"],
                                   evidence=f"{NAME}:quote-continues-previous",
                                   speaker_head=given_before.speaker_head, offset=given_before.offset)
            yield prev_given
            continue
        # a quote split across sentences: the previous speaker, within this or the previous paragraph
        k = bisect_right(ends, q.start) - 1
        if k > 0 and sent is not None and _pronoun_stance_between(text, speakers[k], sent.start) and (
                q.start - speakers[k - 1].content[1] < 400 and "\n\n" not in text[speakers[k - 1].content[1]:q.start]):
            k -= 1  # "“A,” X said. He did not suggest a fine. “B.”": B goes on from A, and X is named there
        cues = (speakers[k].cue, speakers[k - 1].cue) if k > 0 else (None, None)
        if k > 0 and speakers[k].kind == "indirect" and speakers[k - 1].kind in ("direct", "mixed") and (
                cues[0] is not None and cues[1] is not None) and (
                _sentence_of(doc.sentences, cues[0][0]) is _sentence_of(doc.sentences, cues[1][0])):
            k -= 1  # "“A,” K said after R asked him about B. “C.”": C goes on from K's quote, not from R's question
        prev = speakers[k] if k >= 0 else None
        back = _last_quoted_over_stance(text, speakers, given_all, k, q) if sent is not None and (
            text[sent.start:q.start].strip() == "" and words >= ORPHAN_QUOTE_MIN_WORDS) else None
        if back is not None:  # round 39: "“A.”¶X described B.¶The bank projects C.¶“D.”": D goes on from A
            prev_given = Candidate(kind="direct", content=_trim(text, *inner, strip_that=False), speaker=back.speaker,
                                   cue=None, score=RULE_SCORES["continues-last-quoted"],
                                   evidence=f"{NAME}:quote-continues-last-quoted", speaker_head=back.speaker_head,
                                   offset=back.offset)
            yield prev_given
            continue
        between = text[prev.content[1]:q.start] if prev is not None else ""
        # the same paragraph, or a quote that opens the paragraph right after the previous speaker's
        # (the previous quote's own closing mark right after its content is no quote in between: '"A," said X.¶"B."')
        past_close = OWN_CLOSER.sub("", between, count=1)
        next_paragraph = between.count("\n\n") == 1 and text[q.start - 1] == "\n" and len(between) < 600 and (
            ("“" not in past_close and '"' not in past_close) or runs_on)
        if sent is not None and prev is not None and len(between) < 400 + 200 * next_paragraph and (
                "\n\n" not in between or next_paragraph) and (between.count("\n") <= 1 or next_paragraph):
            content = _trim(text, *inner, strip_that=False)
            kind = "direct" if text[sent.start:q.start].strip() == "" else "mixed"
            follow = Candidate(kind=kind, content=content, speaker=prev.speaker, cue=None,
                               score=RULE_SCORES["continues-previous"] if q.balanced else RULE_SCORES["unclosed"],
                               evidence=f"{NAME}:quote-continues-previous",
                               speaker_head=prev.speaker_head, offset=prev.offset)
            prev_given = follow
            yield follow
            continue
        intro = _introducing_speaker(text, doc, q.start, para_starts) if (
            words >= ORPHAN_QUOTE_MIN_WORDS and q.balanced) else None
        if intro is not None and (sent is None or text[sent.start:q.start].strip() == ""):
            para, subj = intro
            yield Candidate(kind="direct", content=_trim(text, *inner, strip_that=False),
                            speaker=_np_range(para, subj), cue=None, score=RULE_SCORES["introduced-before"],
                            evidence=f"{NAME}:quote-introduced-before", speaker_head=subj, offset=para.offset)
            continue
        if words >= ORPHAN_QUOTE_MIN_WORDS:
            reason = "quote-no-speaker" if q.balanced else "unclosed-quote-no-speaker"
            yield Candidate(kind="direct", content=_trim(text, *inner, strip_that=False), speaker=None, cue=None,
                            score=RULE_SCORES[reason], evidence=f"{NAME}:{reason}", anonymous=True)


#: How many paragraphs a quote may run over and still be given to the speaker its last paragraph names.
RUN_MAX_PARAGRAPHS = 6


def _run_closers(text: str, quotes: Sequence[Quote], found: Sequence[Candidate]) -> dict[int, Candidate]:
    """A quote run over paragraphs (the newspaper convention: each paragraph opens a quotation mark, only the last
    one closes it): each open paragraph's quote start mapped to the candidate that gives the closing paragraph's
    quote its speaker and cue in that paragraph ("“A.¶“B,” X said": X). Open paragraphs are those whose quote is
    left open at the paragraph's end, with the next quote opening the next paragraph right after the break."""
    out: dict[int, Candidate] = {}
    owners = sorted((c for c in found if c.speaker is not None and c.cue is not None and not c.nested),
                    key=lambda c: c.content[0])
    starts = [c.content[0] for c in owners]
    for k, q in enumerate(quotes):
        if q.balanced or q.start in out:
            continue
        chain, j = [q], k
        while j + 1 < len(quotes) and len(chain) <= RUN_MAX_PARAGRAPHS and not quotes[j].balanced and (
                text[quotes[j + 1].start - 1:quotes[j + 1].start] == "\n") and (
                text[quotes[j].end:quotes[j + 1].start].strip() == "") and not quotes[j + 1].single:
            j += 1
            chain.append(quotes[j])
        last = chain[-1]
        if len(chain) < 2 or not last.balanced or q.single:
            continue
        inner = last.inner
        lo = bisect_left(starts, inner[0] - 1)
        owner = next((c for c in owners[lo:] if c.content[0] < inner[1] and inner[0] - 1 <= c.content[0] and (
            c.content[1] <= inner[1] + 1) and c.cue is not None and c.speaker is not None and (
            "\n" not in text[min(c.cue[0], c.speaker[0], inner[0]):max(c.cue[1], c.speaker[1], inner[1])])), None)
        if owner is None:
            continue
        for earlier in chain[:-1]:
            out[earlier.start] = owner
    return out


#: Verbs of speaking whose sentence introduces the quote that follows it ("Mayor Smith spoke to reporters on
#: Monday. “We are broke ...”", "The minister addressed the chamber.¶“We will not ...”").
INTRODUCING_VERBS = frozenset({"speak", "talk", "address", "testify", "respond", "reply", "answer", "explain",
                               "recall", "tell", "write", "post", "tweet", "say", "add", "continue", "put"})


#: Lead, round 42: a verb of saying and a colon glued to the quotation after it ('said:“We are ...'), which the
#: tokenizer keeps as one token with the quote's first word, so the parse finds no cue.
GLUED_COLON_CUE_L42 = re.compile(r"\b(?P<verb>said|says|stated|states|added|adds|wrote|writes|declared|told)[ \t]*:$")


def _glued_colon_cue_l42(text: str, doc: Document, pos: int, para_starts: Sequence[int]
                         ) -> tuple[ParsedParagraph, Token, tuple[int, int], tuple[int, int]] | None:
    """Lead, round 42: 'In a statement, the lawyers A and B said:“...' where the quotation opens right after the
    colon: the tokenizer glues the verb to the quote's first word, so the parse is lost and the speaker is read off
    the text, the words from the clause's start (the line's start or the last comma) to the verb, when they end in a
    capitalised name. The paragraph, the name's last token (the speaker's head), the speaker and the cue; else None."""
    m = GLUED_COLON_CUE_L42.search(text, max(0, pos - 24), pos)
    if m is None:
        return None
    at = m.start("verb")
    lo = max(text.rfind("\n", 0, at), text.rfind(", ", max(0, at - 160), at) + 1, at - 160)
    phrase = text[lo:at].strip()
    words = phrase.split()
    if not 1 <= len(words) <= 10 or not words[-1][:1].isupper() or any(ch in phrase for ch in ".;:“”\"!?"):
        return None
    end = lo + len(text[lo:at].rstrip())
    start = end - len(phrase)
    k = bisect_right(para_starts, end - 1) - 1
    if k < 0:
        return None
    para = doc.parsed[k]
    starts, _ = para.token_bounds
    ti = int(starts.searchsorted(end - 1 - para.offset, side="right")) - 1
    if not 0 <= ti < len(para.doc) or para.doc[ti].pos_ != "PROPN":
        return None
    return para, para.doc[ti], (start, end), (at, m.end("verb"))


def _introducing_speaker(text: str, doc: Document, pos: int,
                         para_starts: Sequence[int]) -> tuple[ParsedParagraph, Token] | None:
    """The subject of the sentence right before ``pos`` (only spaces or one paragraph break between) when its main
    verb is one of speaking and it reports nothing of its own: who the quote after it is by. ``para_starts`` are the
    parsed paragraphs' offsets (a bisect and a token lookup per quote, not a scan of the paragraph's sentences)."""
    j = pos - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] not in ".:" or text[j + 1:pos].count("\n") > 2:
        return None
    k = bisect_right(para_starts, j) - 1
    if k < 0:
        return None
    para = doc.parsed[k]
    starts, _ = para.token_bounds
    ti = int(starts.searchsorted(j - para.offset, side="right")) - 1
    if not 0 <= ti < len(para.doc):
        return None
    last = para.doc[ti].sent
    if para.offset + last.end_char <= j:
        return None  # the full stop lies outside this paragraph's parse
    root = last.root
    if root.pos_ != "VERB" or _verb_lemma(root) not in INTRODUCING_VERBS or any(
            c.dep_ in ("ccomp", "xcomp", "dobj") and not (
                c.dep_ == "dobj" and (_agentive(c) or c.lemma_.lower() in AUDIENCE_NOUNS))
            for c in root.children) or any(t.text in ("“", "”", '"') for t in last):
        return None  # "X said the city was broke." reports already; a quote inside is its own
    subj, passive = _subject(root)
    if subj is None or passive or not _agentive(subj) or subj.lower_ in ("i", "we", "you", "who", "that"):
        return None
    return para, subj


#: How far back (characters) a kept content may start and still clash with a later one.
DEDUPE_WINDOW = 5000


def _reported_in_turn(a: Candidate, b: Candidate) -> bool:
    """A speaker's turn or signed quote that itself reports someone ("PENCE: the governor said that ..."): the
    turn and the report inside it are two attributions."""
    for outer, inner in ((a, b), (b, a)):
        if outer.evidence.endswith(("speaker-label", "dash-signature")) and inner.cue is not None and not (
                inner.nested) and (
                outer.content[0] <= inner.cue[0] < outer.content[1]):
            return True
    return False


def _clashes(k: Candidate, cand: Candidate) -> bool:
    if ("outlet-block" in k.evidence) != ("outlet-block" in cand.evidence):
        # an outlet's block quoted under "Reuters reports:" holds the reports it relays: it clashes only with
        # another reading of the same line (the colon rule's), whose speaker is the same outlet
        return k.speaker is not None and cand.speaker is not None and _overlap(k.speaker, cand.speaker) > 0 and \
            _overlap(k.content, cand.content) > 0
    return _overlap(k.content, cand.content) > 0.5 * min(
        k.content[1] - k.content[0], cand.content[1] - cand.content[0]) and not _reported_in_turn(k, cand) and not (
        _embedded_report(k, cand) or _embedded_report(cand, k))


def _embedded_report(outer: Candidate, inner: Candidate) -> bool:
    """A report in a relative clause inside another's indirect content, its speaker and cue inside its own content
    ("Ruiz said the firms raised prices, which is what the regulators called price fixing"), or inside the
    object of a stance ("The mayor attacked the tariff, which traders said would ruin the market"): two
    attributions."""
    if inner.cue is None or inner.speaker is None or inner.nested or outer.kind == "direct" or not (
            "reporting-verb" in outer.evidence or "stance-verb" in outer.evidence) or (
            inner.content[1] > outer.content[1]):
        return False
    if "reporting-verb" in inner.evidence:
        return outer.content[0] < inner.content[0] < inner.speaker[0] < inner.cue[0]
    # "The audit found A, undercutting the mayor's claim that B": a claim owned by another speaker inside
    # what the first one reports is that speaker's report too
    return ":noun-cue:" in inner.evidence and outer.content[0] < inner.speaker[0] < inner.cue[0] < inner.content[0]


#: What ends a statement before a coordinated report ("X said A, and Y warned B"); a comma alone does not
#: ("if the state held up the deal, the firm could threaten to ..." is one conditional statement).
COORDINATED_REPORT = re.compile(
    r"[,;]?\s+(?:and|but)\s*$"
    # "X said A, and when pressed on B, Y replied ...": an adverbial clause between "and" and the second speaker
    r"|[,;]?\s+(?:and|but),?\s+(?:when|after|asked|pressed|questioned)\b[^.;:“”\"]{0,150},\s*$")
#: A contrasting report at the end of another's content ("Lynch said A, though she noted B").
CONTRASTED_REPORT = re.compile(r",\s+(?:though|although|while|whereas|even as)\s*$")


#: A wh-word that opens a coordinated report ("... and how experts say it would work").
WH_BEFORE_REPORT = re.compile(r"\s(?:and|but)\s+((?:how|what|why|where|when|whether)\s*)$")


def _coordinated_cut(text: str, outer: Candidate, inner: Candidate) -> tuple[int, int] | None:
    """The outer content cut before a report coordinated with it, or None when the inner one is embedded in it.

    "Obama emphasized that the reforms were incomplete, and rights groups warned that ...": the parser often hangs
    the second report inside the first one's clause; they are two attributions.
    """
    if inner.cue is None or inner.nested or "reporting-verb" not in inner.evidence or inner.content[0] < inner.cue[1]:
        return None
    clause = inner.speaker[0] if inner.speaker is not None and inner.speaker[0] < inner.cue[0] else inner.cue[0]
    if clause < outer.content[0] < inner.cue[0] and outer.evidence.endswith(":ccomp"):
        # "X said A and urged B" parsed with "urged" inside A: the shared subject is before A, the cut at the cue
        clause = inner.cue[0]
    participle = inner.participle or participle_r86(text, inner.cue)  # round 86: also after ",”"
    if participle:  # "X said A, adding that B": the speaker is outside, the participle ends A
        clause = inner.cue[0]
    if not outer.content[0] < clause < outer.content[1] or inner.content[1] > outer.content[1] + 2:
        return None
    head = text[outer.content[0]:clause]
    wh = WH_BEFORE_REPORT.search(head)
    if wh is not None:  # "what X says A would do and how experts say B": the wh-word opens the second report
        clause = outer.content[0] + wh.start(1)
        head = text[outer.content[0]:clause]
    aside = ASIDE_PREPS.search(head) if inner.participle else None
    if aside is not None:  # "refuses to name them, aside from saying ...": cut before the comma
        clause = outer.content[0] + aside.start() + 1
        head = text[outer.content[0]:clause]
    coordinated = COORDINATED_REPORT.search(head)
    if not coordinated and not (participle and ends_with_comma_r86(head)) and not (
            CONTRASTED_REPORT.search(head) and inner.content[1] >= outer.content[1] - 2):
        return None
    if coordinated:  # the cut before "and" ("..., and when pressed on B, Y replied": not up to Y)
        clause = outer.content[0] + coordinated.start()
    cut = _trim(text, outer.content[0], clause, strip_that=False)
    kept = re.sub(r",?\s+(?:though|although|while|whereas|even as)$", "", text[cut[0]:cut[1]])
    cut = (cut[0], cut[0] + len(kept))
    return cut if len(text[cut[0]:cut[1]].split()) >= 3 else None


def _parenthetical_around(outer: Candidate, inner: Candidate) -> bool:
    """``outer`` is a parenthetical report ("In the end, X said, the quarrel is fed by what she called spite")
    whose sentence holds ``inner``, a report with its speaker and cue after the parenthetical clause and its content
    after them: the sentence is the parenthetical speaker's statement, and the one it quotes within is part of it,
    so the parenthetical one is kept whatever the scores."""
    return ":parenthetical" in outer.evidence and outer.cue is not None and not outer.nested and (
        inner.cue is not None and inner.speaker is not None and "reporting-verb" in inner.evidence) and (
        outer.cue[1] < inner.speaker[0] < inner.cue[0] < inner.content[0]) and (
        outer.content[0] <= inner.content[0] and inner.content[1] <= outer.content[1])


def _reports_whole(outer: Candidate, inner: Candidate) -> bool:
    """``outer`` reports a sentence that holds ``inner`` whole, its speaker, cue and content ("Officials will meet
    to decide how the funds are spent, the agency reported"), with as much confidence: the sentence is the outer
    speaker's, and the one inside is part of what they report. An object that holds a report ("the defence cited
    a column arguing that the senator had told donors ...") is the outer one's even at a lower score: the noun
    phrase is what it cites, and the report inside it is part of the phrase; not when the object is the inner
    speaker ("admitted two clerics who had praised ...", "noted the firm's website, which says ..."): what that one
    says is its own."""
    if outer.speaker is None or outer.cue is None or inner.speaker is None or inner.cue is None or (
            outer.score < inner.score and not (
                outer.evidence.endswith(":dobj") and inner.speaker[0] > outer.content[0]) and not (
                _fronted_as_clause(outer))) or outer.nested or (
            "reporting-verb" not in outer.evidence):
        return False
    lo, hi = outer.content
    return lo <= inner.speaker[0] and lo <= inner.cue[0] and lo <= inner.content[0] and inner.content[1] <= hi and (
        not lo <= outer.speaker[0] < hi)


#: A content that is only a word pointing back ("the minister said this", "nobody had said so"): no statement.
#: Round 40: "Just as he promised to do, X signed ...": a content that is only a pro-verb points back (or on) to
#: what was done; no statement of its own (left out like "He said this").
PRO_VERB_CONTENTS = frozenset({"to do", "to do so", "do so", "to do it", "to do that", "do it", "do that", "to",
                               "would", "will", "did", "does", "so did", "to do the same", "do the same"})
ANAPHORIC_CONTENTS = frozenset({"this", "that", "it", "so", "these", "those", "something", "anything", "nothing"})


def _anaphoric_content(text: str, cand: Candidate) -> bool:
    """Round 39: "Nobody heard the minister say this": an attribution whose content is one word pointing back is
    left out (round 31's convention for "He said this"); the statement it points to is found by its own cue, if
    any."""
    content = text[cand.content[0]:cand.content[1]].strip(" .,;:!?\"“”'’").lower()
    return content in ANAPHORIC_CONTENTS or " ".join(content.split()) in PRO_VERB_CONTENTS


def _fronted_as_clause(outer: Candidate) -> bool:
    """A fronted as-clause ("As X tweeted, Y knew ...", round 38): the main clause after it, reporting verb and all,
    is what X said, so the report inside it is part of X's content even at a higher score."""
    return outer.evidence.endswith(":as-clause") and outer.cue is not None and outer.speaker is not None and (
        outer.speaker[1] <= outer.content[0] and outer.cue[1] <= outer.content[0])


#: Round 41: verbs of speaking whose report inside an "according to X" phrase is the inner speaker's own (not
#: "studies have suggested that ..., according to the Post", which round 39 gives to the outlet).
INNER_SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "explain", "claim", "insist", "note", "warn",
                                "announce", "repeat", "argue", "allege", "testify", "complain", "admit"})


INNER_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def _inner_report_over_according(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Round 41: "Y said Z, according to the report" and "Z ... according to the convention, Lu said": an
    "according to" whose content holds another speaker's reporting verb and that verb's own content gives way to
    that report (round 31's convention: "according to X, Y said": Y is the source); so does "the video shows Y
    saying Z" to Y's "saying Z"."""
    reports = [(c, c.speaker, c.cue) for c in candidates if c.kind in ("direct", "indirect", "mixed")
               and c.speaker is not None and c.cue is not None and c.evidence.startswith(f"{NAME}:reporting-verb:")
               and c.evidence.split(":")[2] in INNER_SPEECH_VERBS]
    if not reports:
        return candidates

    def covered(acc: Candidate, acc_cue: tuple[int, int]) -> bool:
        lo, hi = acc.content
        # the inner report is the sentence's own (its content at least half the phrase's), not a clause on a noun
        # ("According to police, the man who said he was a doctor was arrested")
        # (a pronoun inside is no surer than the phrase: "according to her account, she insisted that ..." is
        # the account's in polnear_dev's tuning half)
        return any(lo <= cue[0] and cue[1] <= hi and lo <= speaker[0] and speaker[1] <= hi
                   and text[speaker[0]:speaker[1]].lower() not in INNER_PRONOUNS
                   and min(hi, r.content[1]) - max(lo, r.content[0]) >= 0.5 * (hi - lo)
                   # a trailing phrase, or one inside the report's own content; not a leading "According to X,
                   # Y said ...", which polnear_dev's tuning half gives to X (2 of 2 such changes there)
                   and (acc_cue[0] >= cue[1] or r.content[0] <= acc_cue[0] < r.content[1])
                   for r, speaker, cue in reports)

    def shown(rec: Candidate, rec_cue: tuple[int, int]) -> bool:
        # "The video shows Smith saying that ...": the one shown saying it is the speaker (the recording holds it)
        # (the parser may give the recording only the that-clause, "shows Smith saying [that ...]")
        lo, hi = rec.content
        at = min(lo, rec_cue[1]) if rec_cue[1] <= lo else lo
        return any(r is not rec and at <= speaker[0] and cue[1] <= hi and text[cue[0]:cue[1]].lower().endswith("ing")
                   and text[at:speaker[0]].strip() == "" for r, speaker, cue in reports)

    return [c for c in candidates if c.cue is None or not (
        (c.kind == "according_to" and covered(c, c.cue))
        or (c.evidence.startswith(f"{NAME}:reporting-verb:show:") and shown(c, c.cue)))]


def _dedupe(candidates: Iterable[Candidate], text: str | None = None) -> list[Candidate]:
    """Keep one candidate per content: not nested in another quote, with a speaker, with the higher score.

    With ``text``, two reports in one sentence joined by a comma or a conjunction are both kept, the first one's
    content cut before the second (:func:`_coordinated_cut`).
    """
    kept: list[Candidate] = []
    starts: list[int] = []
    for cand in sorted(candidates, key=lambda c: (c.nested, -(c.speaker is not None), -c.score)):
        lo = bisect_left(starts, cand.content[0] - DEDUPE_WINDOW)
        hi = bisect_left(starts, cand.content[1])
        clash = next((k for k in kept[lo:hi] if _clashes(k, cand)), None)
        if clash is not None and text is not None:
            cut = _coordinated_cut(text, clash, cand)
            if cut is not None:
                clash.content = cut
            elif (cut := _coordinated_cut(text, cand, clash)) is not None:
                cand.content = cut
            if cut is not None:
                hi = bisect_left(starts, cand.content[1])
                clash = next((k for k in kept[lo:hi] if _clashes(k, cand)), None)
        while clash is not None and (_parenthetical_around(cand, clash) or _reports_whole(cand, clash)):
            at = kept.index(clash)
            del kept[at], starts[at]
            lo, hi = bisect_left(starts, cand.content[0] - DEDUPE_WINDOW), bisect_left(starts, cand.content[1])
            clash = next((k for k in kept[lo:hi] if _clashes(k, cand)), None)
        if clash is None:
            at = bisect_left(starts, cand.content[0])
            starts.insert(at, cand.content[0])
            kept.insert(at, cand)
    return kept


#: The two readings of one cue merged into one statement: the verb's infinitive ("called on X not to ...") and the
#: quotation found after the verb ("... “rumours,” ...").
SAME_CUE_READINGS = {"xcomp", "surface"}


def _merge_same_cue(text: str, quotes: QuoteIndex, candidates: list[Candidate]) -> list[Candidate]:
    """One verb of one speaker makes one statement: two readings of the same cue and speaker whose contents overlap,
    one from the verb's infinitive and one from a quotation after it ("called on the public not to spread
    “rumours,” dismissing ..."), become one candidate over both contents, with the better-scored reading's
    evidence. Other pairs of readings are left to the deduplication (merged, they lost a speaker on PolNeAR)."""
    out: list[Candidate] = []
    by_key: dict[tuple[tuple[int, int], tuple[int, int]], list[int]] = {}
    for cand in candidates:
        if cand.cue is None or cand.speaker is None or cand.nested:
            out.append(cand)
            continue
        twin = next((k for k in by_key.get((cand.cue, cand.speaker), []) if _overlap(out[k].content, cand.content)
                     and {out[k].evidence.rsplit(":", 1)[-1], cand.evidence.rsplit(":", 1)[-1]} == SAME_CUE_READINGS),
                    None)
        if twin is None:
            by_key.setdefault((cand.cue, cand.speaker), []).append(len(out))
            out.append(cand)
            continue
        best = out[twin] if out[twin].score >= cand.score else cand
        content = (min(out[twin].content[0], cand.content[0]), max(out[twin].content[1], cand.content[1]))
        out[twin] = replace(best, content=content, kind=_kind_of(text, content, quotes))
    return out


def _leaves_its_quote(cand: Candidate, quotes: QuoteIndex) -> bool:
    """A cue inside a quotation whose statement runs on past the quotation's closing mark ("“... they sent a letter
    saying, ‘wait,’” X said Sunday." read as the letter saying "X said Sunday"): what a quoted speaker reports ends
    with the quotation, so the candidate is a misreading."""
    if not cand.nested or cand.cue is None:
        return False
    quote = quotes.containing(cand.cue[0])
    return quote is not None and quote.balanced and cand.content[1] > quote.end + 1


#: A second report by the same speaker after a first one's content, its subject left out ("X said A and added that
#: B", "X said there was “A” and expressed indignation that B"): the verb (or "expressed <feeling>") and its "that".
SECOND_REPORT = re.compile(
    r",?\s+and\s+(?:also\s+|later\s+|then\s+|further\s+)?(?P<cue>(?:added|noted|warned|stressed|insisted|argued|"
    r"explained|claimed|acknowledged|admitted|conceded|cautioned|emphasi[sz]ed|predicted|complained|pointed\s+out|"
    r"(?:expressed|voiced)\s+(?:(?:his|her|their|its|deep|grave|strong|serious|great)\s+){0,2}"
    r"(?:hope|concern|regret|indignation|confidence|doubts?|fears?|outrage|dismay|surprise|disappointment|"
    r"satisfaction|optimism|frustration|anger|alarm)))\s+that\s+")


def _second_reports(text: str, doc: Document, quotes: QuoteIndex, candidates: list[Candidate]) -> list[Candidate]:
    """The second report of "X said A and added that B": a candidate of its own with X as speaker, the first content
    cut before "and". The parser often hangs the subjectless second verb inside A (or on the first verb, with no
    candidate of its own), so A runs on over it or B is lost. Not inside a quotation (the quoted speaker's words),
    and not when A's subject is a name (a person, organisation or country), which may be the one who spoke again
    ("said Ames lied and added that ..."). A statement a candidate already gives is not given twice."""
    paragraphs = {para.offset: para for para in doc.parsed}
    out: list[Candidate] = []
    for cand in candidates:
        if cand.cue is None or cand.speaker is None or cand.nested or "reporting-verb" not in cand.evidence or (
                cand.cue[1] > cand.content[0]) or quotes.containing(cand.cue[0]) is not None:
            continue
        sent = _sentence_of(doc.sentences, cand.content[0])
        stop = max(cand.content[1], sent.end if sent is not None else cand.content[1])
        match = SECOND_REPORT.search(text, cand.content[0], stop)
        if match is None or quotes.containing(match.start()) is not None or not (
                cand.content[0] < match.start() <= cand.content[1] + 2):
            continue
        para = paragraphs.get(cand.offset)
        first = next((t for t in para.doc if t.idx + cand.offset >= cand.content[0] and not t.is_punct), None) if (
            para is not None) else None
        if first is not None and first.ent_type_ in _NAMED_SUBJECTS:
            continue
        head = _trim(text, cand.content[0], match.start(), strip_that=False)
        body = _trim(text, match.end(), stop)
        if len(text[head[0]:head[1]].split()) < 3 or len(text[body[0]:body[1]].split()) < 3:
            continue
        cand.content = head
        if any(c is not cand and _overlap(c.content, body) > 0 for c in candidates):
            continue  # "X said A, and noted that B" already gave B a candidate of its own
        verb = match.group("cue").split()[0].lower()
        out.append(replace(cand, kind=_kind_of(text, body, quotes), content=body, cue=match.span("cue"),
                           score=cand.score - 0.05, evidence=f"attributions.v1:reporting-verb:{verb}:second-report"))
    return out


def _drop_said_of(candidates: list[Candidate]) -> list[Candidate]:
    """"“It is over,” the coach said of the season": the verb's statement is the quotation; what it is said of
    is no second statement of the same verb. A stance read from the verb's preposition goes when the same verb is
    the cue of a quotation before it with a speaker."""
    reported = {c.cue[0] for c in candidates if c.cue is not None and c.speaker is not None and (
        "reporting-verb" in c.evidence and ":quote-before" in c.evidence)}
    return [c for c in candidates if not (
        c.cue is not None and c.cue[0] in reported and "stance-verb" in c.evidence and c.evidence.endswith(":prep"))]


def _drop_circular(candidates: list[Candidate]) -> list[Candidate]:
    """Two reports each inside the other's statement: "Russia will respond to the attack, the ministry said" is
    the ministry's statement, and the parser's reading of "the ministry said" as what Russia "will respond" is
    none. The parenthetical report stays; the one whose statement holds the other's speaker and cue goes."""
    drop: set[int] = set()
    for i, a in enumerate(candidates):
        if a.cue is None or "parenthetical" in a.evidence:
            continue
        for b in candidates:
            if b is a or b.cue is None or "parenthetical" not in b.evidence:
                continue
            if a.content[0] <= b.cue[0] < a.content[1] and b.content[0] <= a.cue[0] < b.content[1]:
                drop.add(i)
                break
    return [c for i, c in enumerate(candidates) if i not in drop]


# 7. dashes, speaker labels ------------------------------------------------------------------------------------

#: "“...” ― Name Surname": a quote signed with a dash (listicles, epigraphs, social posts).
DASH_SIGNATURE = re.compile(
    r"[^\S\n]*[―—–]{1,2}[^\S\n]*((?:[A-Z][\w.'’-]*\.?)(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|da|van|von|del|la|al-?\w+)){0,4})")
#: A signature's last word that ends in its own full stop: an initial or a suffix ("J. R. R.", "Jr.", "St.").
SIGNATURE_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bJr|\bSr|\bSt|\bDr)\.$")
#: "PENCE: Well, ...", "Q: ...", "Poll: ...": a speaker label that opens a paragraph or a headline.
SPEAKER_LABEL = re.compile(r"[\"“'‘]?\s*((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
#: Words before a colon that are not speakers (page furniture, datelines are GPEs and checked apart).
NOT_SPEAKER_LABELS = frozenset({"note", "update", "updated", "photo", "video", "image", "editor", "editors",
                                "correction", "source", "sources", "watch", "read", "related", "share", "listen",
                                "abstract", "full text", "warning", "breaking", "exclusive", "opinion", "analysis",
                                "more", "see", "also", "tags", "posted", "published", "by", "credit", "caption",
                                # a fact-check's labels ("Verdict: False", "Claim: ...", "Rating: Misleading")
                                "verdict", "claim", "rating", "ruling", "conclusion", "summary", "context",
                                "background", "fact check", "fact-check", "bottom line", "the facts", "facts"})
#: Nouns that speak for a body in a headline label ("Poll: ...").
LABEL_NOUNS = frozenset({"poll", "survey", "report", "study", "sources", "officials", "experts", "q", "a"})


def _dash_quotes(text: str, doc: Document, quotes: QuoteIndex) -> Iterator[Candidate]:
    for q in quotes:
        if not q.balanced:
            continue
        m = DASH_SIGNATURE.match(text, q.end)
        if m is None or len(text[q.inner[0]:q.inner[1]].split()) < 3:
            continue
        end = m.end(1)
        if text[end - 1] == "." and not SIGNATURE_ABBREVIATION.search(text, m.start(1), end):
            end -= 1  # "“...” – Einstein.": the sentence's full stop is no part of the name (lead, round 37)
        name = (m.start(1), end)
        yield Candidate(kind="direct", content=_trim(text, *q.inner, strip_that=False), speaker=name,
                        cue=(q.end, m.start(1)), score=RULE_SCORES["dash-signature"],
                        evidence=f"{NAME}:dash-signature")


def _speaker_labels(text: str, doc: Document) -> Iterator[Candidate]:
    """Transcripts, interviews and headlines: "NAME: what they said", up to the next label or the paragraph end."""
    gpes = {(doc.parsed[i].offset + e.start_char) for i in range(len(doc.parsed)) for e in doc.parsed[i].doc.ents
            if e.label_ in ("GPE", "DATE", "TIME", "CARDINAL")}
    starts = [p.start for p in doc.paragraphs] + [s.start for s in doc.sentences]
    places = load_source_table().countries  # countries and capitals, by name
    seen: set[int] = set()
    paragraph_starts = [p.start for p in doc.paragraphs]
    # a shouted label ("PENCE:") is a speaker only where the text has turns, two labels at least; one alone is
    # more often a dateline ("BELGRADE: ...")
    shouted_turns = sum(1 for p in doc.paragraphs if (m := SPEAKER_LABEL.match(text, p.start)) is not None
                        and m.group(1).isupper())
    for start in sorted(set(starts)):
        m = SPEAKER_LABEL.match(text, start)
        if m is None or m.start(1) in seen:
            continue
        label = m.group(1)
        lower = label.lower()
        if lower in NOT_SPEAKER_LABELS or m.start(1) in gpes or (label.isupper() and " ".join(
                w.capitalize() for w in label.split()) in places):
            continue  # "BEIJING: The US embassy ...": a dateline the tagger did not take for a place
        shouted = label.isupper() and len(label) > 1 and shouted_turns >= 2
        if not (shouted or lower in LABEL_NOUNS or _is_name_at(doc, m.start(1), m.end(1))):
            continue
        seen.add(m.start(1))
        # the paragraph holding it, by bisection (paragraphs are in text order and do not overlap)
        k = bisect_right(paragraph_starts, start) - 1
        para = doc.paragraphs[k] if k >= 0 and start < doc.paragraphs[k].end else None
        if para is None:
            continue
        nxt = SPEAKER_LABEL_NEXT.search(text, m.end(), para.end)
        end = nxt.start() if nxt else para.end
        if not shouted and lower not in ("q", "a"):
            sent = _sentence_of(doc.sentences, m.end())
            end = min(end, sent.end) if sent is not None and start == para.start else end
        content = _trim(text, m.end(), end, strip_that=False)
        if content[1] - content[0] < 3:
            continue
        yield Candidate(kind="direct", content=content, speaker=(m.start(1), m.end(1)),
                        cue=(text.index(":", m.end(1)), text.index(":", m.end(1)) + 1),
                        score=RULE_SCORES["speaker-label"],
                        evidence=f"{NAME}:speaker-label")


#: A line that introduces an outlet's text quoted below it: "Reuters reports:", "From Reuters:", "The Guardian
#: continues:", "Per the Miami Herald:", "From Reuters, “Title of the piece”:". Either "From/Via/Per" before the
#: name or a reporting verb after it (a bare "Reuters:" is a label or a dateline, left to the speaker labels).
OUTLET_INTRO = re.compile(
    r"(?:(?P<prep>From|Via|Per)\s+)?(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*){0,5})"
    r"(?:\s+(?:(?:also|further|then)\s+)?(?P<verb>reports|reported|report|continues|continued|adds|added|writes|wrote|notes|"
    r"noted|explains|explained|says|said|states|stated|reports further))?"
    r"(?:,\s*[“\"][^“”\"\n]{3,200}[”\"])?\s*:")  # "From Reuters, “US House sets vote on aid”:" (the piece's title)


def _outlet_blocks(text: str, doc: Document, table: SourceTable) -> Iterator[Candidate]:
    """An outlet's text quoted as a block under a line of its own that names it: "Reuters reports:" or "From
    Reuters:" and, as the next paragraph, what Reuters wrote (a direct quotation with no quotation marks). Only
    an outlet or body the source table lists, or a newspaper's name ("The Miami Herald"), and only when the line
    holds nothing else; the next paragraph is the content."""
    paragraphs = doc.paragraphs
    for k, para in enumerate(paragraphs):
        line = text[para.start:para.end]
        m = OUTLET_INTRO.fullmatch(line.strip())
        run_in = None
        if m is None and (m := OUTLET_INTRO.match(line.lstrip())) is not None and m.group("verb") is not None:
            # "Breitbart report: Farmers will march again ...": the outlet's text run into the line that names it
            run_in = para.start + (len(line) - len(line.lstrip())) + m.end()
        if m is None or (m.group("prep") is None and m.group("verb") is None) or (
                run_in is None and k + 1 >= len(paragraphs)):
            continue
        offset = para.start + (len(line) - len(line.lstrip()))
        start, end = offset + m.start("name"), offset + m.end("name")
        name = text[start:end]
        bare = re.sub(r"^[Tt]he\s+", "", name)
        listed = table.source_at(text, end - len(bare)) == end or table.source_at(text, start) == end
        if not (listed or NEWSPAPER_NAME.fullmatch(name)):
            continue
        if run_in is not None:
            if not re.match(r"\s*[\"“‘'A-Z]", text[run_in:para.end]):
                continue  # "Reuters reported: no ..." in lower case: no block of the outlet's text
            content = _trim(text, run_in, para.end, strip_that=False)
        else:
            nxt = paragraphs[k + 1]
            content = _trim(text, nxt.start, nxt.end, strip_that=False)
        if content[1] - content[0] < 3:
            continue
        cue_group = "verb" if m.group("verb") else "prep"
        cue = (offset + m.start(cue_group), offset + m.end(cue_group))
        yield Candidate(kind="direct", content=content, speaker=(start, end), cue=cue,
                        score=RULE_SCORES["outlet-block"], evidence=f"{NAME}:outlet-block")


SPEAKER_LABEL_NEXT = re.compile(r"(?<=[.?!\"”—–-])\s+[\"“]?(?:[A-Z]{2,}[A-Z .'-]*|Q|A):\s")


#: Verbs of headlinese that report or take a stand ("Obama Seeks ...", "Senator Slams ..."), third person.
HEADLINE_VERBS = (
    "Says|Said|Warns|Claims|Urges|Tells|Admits|Insists|Vows|Predicts|Thinks|Wants|Shows|Reveals|Accuses|"
    "Denies|Argues|Suggests|Believes|Fears|Hopes|Finds|Concedes|Declares|Announces|Confirms|Sees|Speaks|"
    "Seeks|Slams|Blasts|Backs|Defends|Blames|Praises|Criticizes|Rejects|Demands|Endorses|Calls|Touts|Doubts|"
    "Disputes|Dismisses|Mocks|Attacks|Pledges|Promises|Threatens|Asks|Questions|Proposes|Supports|Opposes|"
    "Condemns|Decries|Rips|Knocks|Pushes|Argues")
#: A headline "Obama Says Museum Will Tell ...": title case defeats the parser, so the verb is matched as a word.
HEADLINE_CUE = re.compile(
    r"^[\"“'‘]?((?:[A-Z][\w.’'-]*|of|the|and)(?:\s+(?:[A-Z][\w.’'-]*|of|the|and)){0,5}?)\s+"
    r"(" + HEADLINE_VERBS + r")\b(?::)?\s+(\S.*)$")
#: The same in a sentence-case headline ("Senator questions the fairness of ..."), where the small parser often
#: reads the verb as a plural noun; only on a title line (split off at ingestion, or a line of its own).
HEADLINE_CUE_SENTENCE_CASE = re.compile(
    r"^[\"“'‘]?((?:[A-Z][\w.’'-]*|of|the|and)(?:\s+(?:[A-Z][\w.’'-]*|of|the|and)){0,5}?)\s+"
    r"(" + HEADLINE_VERBS.lower() + r")\b(?::)?\s+(\S.*)$")
#: "Clinton Hid Past Health Problems, Former White House Doctor Says": the report first, the speaker after it.
HEADLINE_CUE_AFTER = re.compile(
    r"^(\S.*?),\s+((?:[A-Z][\w.’'-]*|of|the|and)(?:\s+(?:[A-Z][\w.’'-]*|of|the|and)){0,5}?)\s+"
    r"(Says|Said|Warns|Claims|Insists|Argues|Suggests|Predicts|Concedes|Admits|Finds|Shows)\s*[.!]?\s*$")
HEADLINE_MAX_CHARS = 200
#: A kicker before a headline's colon ("Analysis: ", "Old foes no more: "): up to 60 characters.
HEADLINE_KICKER = re.compile(r"^[^:\n]{1,60}?:\s+(?=[\"“'‘]?[A-Z])")
#: A headline label "Surname: what they said" ("Pence: ...", "A lesson from Loretta Lynch: ‘...’"): the name that
#: ends right before the colon.
HEADLINE_LABEL = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)\s*:\s+(?=\S)")


#: "Said Ellis: “...”", "Added the mayor, “...”": a cue verb opening its sentence, its speaker after it, then the quote.
INVERTED_CUE = re.compile(
    r"(?:^|(?<=[.!?”\"’]\s)|(?<=\n))((?:Said|Says|Added|Adds|Wrote|Writes|Asked|Asks|Explained|Explains|Noted|Notes)"
    r")[^\S\n]+((?:the[^\S\n]+)?(?:[A-Z][\w.'’-]*|[a-z]+)(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})[^\S\n]*[:,][^\S\n]*(?=[“\"])")


INVERTED_LEMMAS = {"said": "say", "says": "say", "added": "add", "adds": "add", "wrote": "write", "writes": "write",
                   "asked": "ask", "asks": "ask", "explained": "explain", "explains": "explain", "noted": "note",
                   "notes": "note"}


def _inverted_cues(text: str, quotes: QuoteIndex) -> Iterator[Candidate]:
    """"Said Ellis: “...”": the small parser reads a sentence-initial "Said" as a name, so the surface decides."""
    for m in INVERTED_CUE.finditer(text):
        q = quotes.starting_at(m.end())
        if q is None or len(text[q.inner[0]:q.inner[1]].split()) < 3:
            continue
        yield Candidate(kind="direct", content=_trim(text, *q.inner, strip_that=False), speaker=(m.start(2), m.end(2)),
                        cue=(m.start(1), m.end(1)), score=RULE_SCORES["verb:inverted"],
                        evidence=f"{NAME}:reporting-verb:{INVERTED_LEMMAS[m.group(1).lower()]}:inverted")


def _verbless_opening(doc: Document, start: int, *, m_end: int) -> bool:
    """The article's first sentence has no verb in the parse: a headline run into the text with its cue read as a
    noun ("Senator questions the fairness of moderators ahead of debate."), which the parse-based rules miss."""
    if not doc.parsed or doc.parsed[0].offset > start:
        return False
    para = doc.parsed[0]
    tokens = [t for t in para.doc if para.offset + t.idx < m_end]
    return bool(tokens) and not any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _headline(text: str, doc: Document, quotes: QuoteIndex) -> Iterator[Candidate]:
    """The title line, when it reports someone: "X Says Y", "Y, X Says", "Surname: Y"."""
    if not doc.paragraphs:
        return
    first = doc.paragraphs[0]
    line_end = text.find("\n", first.start, first.end)
    end = line_end if line_end != -1 else first.end
    sent = _sentence_of(doc.sentences, first.start)
    if sent is not None and sent.end < end and line_end == -1:
        end = sent.end
    if end - first.start > HEADLINE_MAX_CHARS:
        return
    line = text[first.start:end]
    lead = first.start
    kicker = HEADLINE_KICKER.match(line)
    kicked = False
    if kicker is not None and HEADLINE_CUE.match(line) is None and first.start == 0 and (
            HEADLINE_CUE.match(line[kicker.end():]) or HEADLINE_CUE_SENTENCE_CASE.match(line[kicker.end():])):
        # "Analysis: Mayor Says ...", "Exclusive: senator backs X": the article opens with a kicker, a headline's
        # mark; what comes before the colon is no speaker
        lead, line, kicked = first.start + kicker.end(), line[kicker.end():], True
    if (m := HEADLINE_CUE.match(line)) is not None or (
            (doc.title_in_text or line_end != -1 or kicked or _verbless_opening(doc, lead, m_end=end)) and (
                m := HEADLINE_CUE_SENTENCE_CASE.match(line)) is not None):
        relative = re.search(r",\s+(?:who|which)\s", line[m.start(3):])  # "X endorses Y, who says ...": Y's own
        stop = lead + m.start(3) + relative.start() if relative is not None else end
        content = _trim(text, lead + m.start(3), stop, strip_that=False)
        speaker, cue = (m.start(1), m.end(1)), (m.start(2), m.end(2))
    elif (m := HEADLINE_CUE_AFTER.match(line)) is not None:
        content = _trim(text, lead + m.start(1), lead + m.end(1), strip_that=False)
        speaker, cue = (m.start(2), m.end(2)), (m.start(3), m.end(3))
    else:
        if doc.title_in_text and first.start == 0:
            yield from _headline_label(text, doc, quotes, end)
            yield from _headline_tail_label(text, quotes, end)
            yield from _headline_titled_tail(text, quotes, end)
        return
    if content[1] - content[0] < 3:
        return
    yield Candidate(kind="indirect", content=content, speaker=(lead + speaker[0], lead + speaker[1]),
                    cue=(lead + cue[0], lead + cue[1]), score=RULE_SCORES["headline"],
                    evidence=f"{NAME}:headline:{line[cue[0]:cue[1]].lower()}")


def _person_words(doc: Document, start: int) -> set[str]:
    """The words of the persons the parse names after ``start`` (the body, for a headline's label)."""
    words: set[str] = set()
    for para in doc.parsed:
        if para.offset + len(_doc_text(para.doc)) <= start:
            continue
        for e in para.doc.ents:
            if e.label_ == "PERSON":
                words.update(w.lower() for w in e.text.split() if w[:1].isupper())
    return words


#: A title line's closing label after its last colon ("Port fees to rise in spring: officials"): one to three
#: words, the last a lower-case group of speakers. A surname there ("...: Marten") is left to the body's own report
#: (round 31's gold does not count it; rounds 32-36 do).
HEADLINE_TAIL = re.compile(r":[^\S\n]+((?:[\w’'-]+[^\S\n]+){0,2}([\w’'-]+))[^\S\n]*$")
#: Speaker nouns a headline's label may end on besides AGENT_NOUNS ("...: stakeholders", "...: campaigners").
HEADLINE_TAIL_NOUNS = frozenset({"stakeholder", "campaigner", "local"})


def _headline_tail_label(text: str, quotes: QuoteIndex, end: int) -> Iterator[Candidate]:
    """"Y: X" as the title line: what comes before the last colon is said by X, a label of one to three lower-case
    words after it whose last word is a group of speakers ("...: advocates", "...: local stakeholders"). A page's
    label ("...: photos", "...: more") is none."""
    m = HEADLINE_TAIL.search(text, 0, end)
    if m is None or m.end() != end or not text[:m.start()].strip():
        return
    last = m.group(2)
    low = last.lower().rstrip("’'")
    single = low[:-1] if low.endswith("s") and len(low) > 3 else low
    if low in NOT_SPEAKER_LABELS or m.group(1).lower() in NOT_SPEAKER_LABELS:
        return
    if not (last.islower() and (single in AGENT_NOUNS or single in HEADLINE_TAIL_NOUNS)):
        return
    content = _trim(text, 0, m.start(), strip_that=False)
    if len(text[content[0]:content[1]].split()) < 3:
        return
    q = quotes.within(content[0], content[1] + 1)
    whole = len(q) == 1 and q[0].start <= content[0] and q[0].end >= content[1]
    yield Candidate(kind="direct" if whole else "indirect", content=content, speaker=(m.start(1), m.end(1)),
                    cue=(m.start(), m.start() + 1), score=RULE_SCORES["headline-label"],
                    evidence=f"{NAME}:headline-tail-label")


#: The head words of a title-case closing label that names a speaker by office or kind ("...: Former
#: Director-General of UNESCO", "...: Chinese Ambassador", "...: Report"); round 40.
TITLED_TAIL_HEADS = frozenset({
    "director-general", "secretary-general", "director", "secretary", "minister", "president", "premier",
    "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "chief", "expert", "experts", "analyst",
    "analysts", "official", "officials", "scholar", "scholars", "professor", "economist", "economists", "report",
    "study", "survey", "dean", "chairman", "chairwoman", "chair", "governor", "mayor", "senator", "diplomat",
    "diplomats", "leader", "leaders", "ministry", "spokesperson's"})
#: "...: Former Director-General of UNESCO": an optional "Former", up to three capitalised words, the title head,
#: an optional "of" + up to four capitalised words (the body or the country), nothing after.
HEADLINE_TITLED_TAIL = re.compile(
    r":[^\S\n]+((?:(?:Former|Ex-)[^\S\n]*)?(?:[A-Z][\w’'.-]*[^\S\n]+){0,3}(?P<head>[A-Z][\w’'-]*)"
    r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3})?)[^\S\n]*$")


def _headline_titled_tail(text: str, quotes: QuoteIndex, end: int) -> Iterator[Candidate]:
    """"Y: Former Director-General of UNESCO" as the title line: a title-case closing label after the last colon
    whose head is an office or a speaker's kind (``TITLED_TAIL_HEADS``) says Y; Y's own verb ("China shares ...")
    is no report. The label is the speaker (round 40)."""
    colon = text.rfind(":", 0, end)
    if colon <= 0:
        return
    m = HEADLINE_TITLED_TAIL.match(text, colon, end)
    if m is None or m.end() != end or m.group("head").lower() not in TITLED_TAIL_HEADS:
        return
    content = _trim(text, 0, colon, strip_that=False)
    if len(text[content[0]:content[1]].split()) < 3:
        return
    q = quotes.within(content[0], content[1] + 1)
    whole = len(q) == 1 and q[0].start <= content[0] and q[0].end >= content[1]
    yield Candidate(kind="direct" if whole else "indirect", content=content, speaker=(m.start(1), m.end(1)),
                    cue=(colon, colon + 1), score=RULE_SCORES["headline-label"],
                    evidence=f"{NAME}:headline-titled-tail")


#: A headline's label "X to Y: ‘...’" ("Ex-Muslims to Pope Francis: ..."): X speaks, Y is addressed.
ADDRESSEE_BEFORE = re.compile(r"^[\"“'‘]?((?:[\w.’'-]+\s+){0,5}[\w.’'-]+)\s+to\s+$")


def _headline_label(text: str, doc: Document, quotes: QuoteIndex, end: int) -> Iterator[Candidate]:
    """A headline's label "Pence: Y", "A lesson from Loretta Lynch: ‘Y’": a name right before the first colon that
    the article names as a person (title case defeats the parser's entities in the headline itself)."""
    colon = text.find(":", 0, end)
    if colon <= 0:
        return
    m = None
    for m in HEADLINE_LABEL.finditer(text, 0, end):
        if m.end(1) <= colon <= m.end():
            break
    else:
        return
    if m is None or text[m.end(1):colon].strip():
        return
    name = text[m.start(1):m.end(1)]
    last = name.split()[-1].lower()
    if last in NOT_SPEAKER_LABELS or last not in _person_words(doc, end):
        return
    q = quotes.starting_at(m.end())
    content = _trim(text, *q.inner, strip_that=False) if q is not None and q.end <= end + 1 else \
        _trim(text, m.end(), end, strip_that=False)
    if len(text[content[0]:content[1]].split()) < 3:
        return
    speaker = (m.start(1), m.end(1))
    if (to := ADDRESSEE_BEFORE.search(text, 0, m.start(1))) is not None:
        speaker = (to.start(1), to.end(1))  # "Ex-Muslims to Pope Francis: ‘...’": the name is whom it is said to
    yield Candidate(kind="direct" if q is not None else "indirect", content=content, speaker=speaker,
                    cue=(colon, colon + 1), score=RULE_SCORES["headline-label"], evidence=f"{NAME}:headline-label")


def _is_name_at(doc: Document, start: int, end: int) -> bool:
    for para in doc.parsed:
        if para.offset <= start < para.offset + len(para.text):
            return any(para.offset + e.start_char <= start and end <= para.offset + e.end_char + 1
                       and e.label_ in ("PERSON", "ORG") for e in para.doc.ents)
    return False


# 8. stance, intention and evaluation: an agent's verb with a clause, an infinitive, an object --------------


#: Texts and measures that allow, require or forbid ("the program allows foreign investors to ...", "the law
#: requires candidates to ..."): PolNeAR gives them views like their authors; only with DEONTIC_VERBS.
TEXT_AGENTS = frozenset({
    "program", "programme", "law", "bill", "rule", "regulation", "plan", "charter", "constitution", "act",
    "measure", "policy", "proposal", "legislation", "treaty", "agreement", "deal", "resolution", "order",
    "letter", "memo", "email", "video", "footage", "document", "record", "data", "datum", "figure", "evidence",
    "website", "site", "platform", "manifesto", "ruling", "decision", "verdict", "guideline", "amendment"})


#: Verbs of permission and obligation a text or measure can be the subject of.
DEONTIC_VERBS = frozenset({"allow", "permit", "require", "enable", "ban", "prohibit", "forbid", "bar", "mandate",
                           "oblige", "authorize", "authorise", "compel", "entitle", "restrict", "limit"})


def _agentive(subj: Token) -> bool:
    """A subject that can hold a view: a person, a body, a group, a pronoun for one."""
    lower = subj.lower_
    if subj.pos_ == "PRON":
        return lower in AGENT_PRONOUNS
    if subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ == "PROPN":
        return subj.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "LOC", "FAC")
    if _name_tagged_verb(subj):  # round 46: "Trump often compared ...", the surname tagged a verb
        return True
    lemma = subj.lemma_.lower()
    if lemma in AGENT_NOUNS:
        return True
    if lemma in QUANTITY_NOUNS or subj.pos_ in ("NUM", "DET", "ADJ"):  # "a number of lawmakers", "many of them"
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return obj is not None and _agentive(obj)
    return False


def _name_tagged_verb(subj: Token) -> bool:
    """Round 46: a capitalised subject the tagger read as a bare verb ("Trump often compared A with B": VB, nsubj,
    no dependents): a base-form verb is no subject, so it is a name."""
    return subj.dep_ == "nsubj" and subj.pos_ == "VERB" and subj.tag_ in ("VB", "VBP") and subj.text[:1].isupper() \
        and subj.text[1:].islower() and not any(True for _ in subj.children) and subj.i < subj.head.i


def _stances(text: str, para: ParsedParagraph, quotes: QuoteIndex) -> Iterator[Candidate]:
    """Stance verbs and nouns, in one pass over the paragraph's tokens (a pass costs more than the rules)."""
    verbs: list[Token] = []
    nouns: list[Token] = []
    adjectives: list[Token] = []
    for token in para.doc:
        pos = token.pos_
        if token.lower_ in STANCE_ADJECTIVES and (token.dep_ == "acomp" or (token.pos_ == "ADJ" and any(
                c.dep_ == "nsubj" and c.i < token.i for c in token.children))):
            adjectives.append(token)
        elif pos == "VERB":
            verbs.append(token)
        elif pos == "NOUN" and token.lemma_.lower() in STANCE_NOUNS:
            nouns.append(token)
    yield from _stance_verbs(text, para, quotes, verbs)
    yield from _light_verb_stances(text, para, quotes, verbs)
    yield from _document_acts(text, para, quotes, verbs)
    yield from _evidentials(text, para, quotes, verbs)
    yield from _stance_nouns(text, para, quotes, nouns)
    yield from _stance_adjectives(text, para, quotes, adjectives)


def _evidentials(text: str, para: ParsedParagraph, quotes: QuoteIndex,
                 verbs: Sequence[Token]) -> Iterator[Candidate]:
    """"Melania seems to have vanished", "the plan seemed too risky to the mayor": a proposition given as an
    impression, not as a fact. The whole clause is the content; the speaker is the one it seems so to ("to X")
    when that is a person or a body, else nobody (an anonymous, weak attribution)."""
    for token in verbs:
        if _verb_lemma(token) not in EVIDENTIAL_VERBS or quotes.containing(_abs(para, token)[0]) is not None:
            continue
        comp = next((c for c in token.children if c.i > token.i and c.dep_ in ("xcomp", "acomp", "oprd", "ccomp")
                     and not _adverbial(c)), None)
        subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                     and c.i < token.i), None)
        if comp is None or subj is None or subj.lower_ in ("i", "we", "you"):
            continue
        start = subj.left_edge if subj.lower_ not in ("that", "which", "who") else subj
        _, s_start, s_end = _window(para, token)
        last = max([comp.right_edge, *(c.right_edge for c in token.children if c.i > comp.i and c.dep_ in (
            "prep", "advmod", "npadvmod") and c.lower_ != "to")], key=lambda t: t.i)
        content = _trim(text, max(_abs(para, start)[0], s_start), min(_abs(para, last)[1], s_end),
                        strip_that=False)
        if content[1] - content[0] < 3:
            continue
        to = next((c for h in (token, comp) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                   and c.i > comp.i), None)
        experiencer = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if experiencer is not None and experiencer.pos_ != "PRON" and not _agentive(experiencer):
            experiencer = None
        yield Candidate(kind=_kind_of(text, content, quotes), content=content,
                        speaker=_np_range(para, experiencer) if experiencer is not None else None,
                        cue=_abs(para, token), score=RULE_SCORES["stance:evidential"],
                        evidence=f"{NAME}:stance-verb:{_verb_lemma(token)}:evidential", speaker_head=experiencer,
                        anonymous=experiencer is None, offset=para.offset, weak=True)


def _stance_adjectives(text: str, para: ParsedParagraph, quotes: QuoteIndex,
                       adjectives: Sequence[Token]) -> Iterator[Candidate]:
    """"Many voters are afraid that ...", "the mayor is determined to ...", "investors were unsure whether ...",
    "she is bearish on ...": an agent's state of mind about a proposition, said with a copula and an adjective."""
    for token in adjectives:
        copula = token.head
        subj = _subject(copula)[0] if copula.pos_ in ("AUX", "VERB") else None
        own = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if own is not None:  # "With party leaders increasingly worried about ...": a small clause of its own
            subj, copula = own, token
        if subj is None or subj.i > token.i or not _agentive(subj) or subj.lower_ in ("i", "you", "we"):
            continue
        if quotes.containing(_abs(para, token)[0]) is not None:
            continue  # a quoted speaker's own state of mind
        comp = next((c for c in token.children if c.i > token.i and (
            (c.dep_ == "ccomp" and not _adverbial(c))
            or (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)))), None)
        how, cue_end = "ccomp", _abs(para, token)[1]
        if comp is None:  # "bearish on the future of ...", "worried about the ferry" (on the adjective or copula)
            prep = next((c for h in (token, copula) for c in h.children if c.dep_ == "prep" and c.i > token.i
                         and c.lower_ in STANCE_PREPS), None)
            comp = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")
                         and g.ent_type_ not in TIME_ENTITIES), None) if prep is not None else None
            if comp is None or prep is None:
                continue
            how, cue_end = "prep", _abs(para, prep)[1]
        _, _, s_end = _window(para, token)
        start = _abs(para, comp.left_edge)[0]
        content = _trim(text, start, min(_abs(para, comp.right_edge)[1], s_end), strip_that=how == "ccomp")
        if content[1] - content[0] < 3:
            continue
        speaker = _np_range(para, subj)
        if subj.lower_ == "who" and copula.dep_ == "relcl" and copula.head.i < subj.i:
            # "Ms. X, who is determined to ...": the name and the pronoun, as for verbs
            speaker = (_np_range(para, copula.head)[0], speaker[1])
            subj = copula.head
        yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=speaker,
                        cue=(_abs(para, token)[0], cue_end), score=RULE_SCORES[f"stance:adjective-{how}"],
                        evidence=f"{NAME}:stance-adjective:{token.lower_}:{how}", speaker_head=subj,
                        offset=para.offset, weak=True)


#: Dependents that make a verb worth reading as a stance: a clause, an infinitive, an object, a preposition,
#: a passive subject.
_STANCE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "advcl", "prep", "nsubjpass"})


def _witnessed(verb: Token) -> bool:
    """"has seen" with an event after it (an object and its participle, or a bare clause): what the subject went
    through, not a view of it ("Most analysts see a recession coming" stays a view)."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    return any((c.dep_ == "dobj" and any(g.dep_ == "acl" and g.tag_ in ("VBN", "VBG") for g in c.children)) or (
        c.dep_ == "ccomp" and c.tag_ in ("VB", "VBN", "VBG") and not any(g.dep_ == "mark" for g in c.children))
        for c in verb.children if c.i > verb.i)


def _stance_verbs(text: str, para: ParsedParagraph, quotes: QuoteIndex,
                  verbs: Sequence[Token]) -> Iterator[Candidate]:
    """"Critics see the program as ...", "the group plans to ...", "lawmakers have not said when ...",
    "Mr. X attacked loopholes that ...": what an agent wants, believes, plans, judges or does to a proposition."""
    for token in verbs:
        if token.dep_ in ("amod", "aux", "auxpass") or (token.dep_ == "acl" and token.tag_ == "VBN") or (
                _is_asked_aside(token)):  # "X, asked about Y, said ...": X was asked
            continue
        lemma = _verb_lemma(token)
        if lemma in NOT_STANCE_VERBS or (not any(c.dep_ in _STANCE_DEPS for c in token.rights) and not any(
                c.dep_ == "nsubjpass" for c in token.lefts)):
            continue
        if lemma == "see" and _witnessed(token):
            continue  # "Russia has seen 40 warships sunk", "the firm has seen its profits fall": lived through
        objects_ok, infinitive_ok = lemma in STANCE_OBJECT_VERBS, lemma in INTENTION_VERBS
        subj, passive = _subject(token)
        if passive:
            yield from _passive_stance(text, para, quotes, token, lemma, subj)
            continue
        if subj is None or passive:
            continue
        relative = None
        if subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl":
            relative, subj = subj, subj.head.head  # "X, who has called for ..., attacking ...": X
            if relative.lower_ == "who":
                subj = _who_place_host(subj)  # round 40: "ministers in Managua, who ...": the ministers
        if not _agentive(subj) and (relative is None or relative.lower_ != "who") and not (
                lemma in DEONTIC_VERBS and subj.lemma_.lower() in TEXT_AGENTS):
            continue  # "who" makes its noun a person ("a staffer-turned-assistant who ...")
        if subj.lower_ in ("i", "you", "we") or quotes.containing(_abs(para, token)[0]) is not None:
            continue  # the author's or a quoted speaker's own view, not a report of someone's
        comp, how = None, ""
        for dep in STANCE_COMPLEMENTS:
            if (dep == "dobj" and not objects_ok) or (dep == "xcomp" and not infinitive_ok):
                continue
            comp = next((c for c in token.children if c.i > token.i and c.dep_ == dep and not (
                dep == "ccomp" and (_adverbial(c) or _bare_causative(token, c)
                                    or _misread_predicate(token, c) or _coordinated_clause(c))) and not (
                dep == "dobj" and lemma in ADDRESSEE_VERBS and (
                    _agentive(c) or c.lemma_.lower() in AUDIENCE_NOUNS)) and not (
                dep == "dobj" and _held_object(lemma, c)) and (
                dep != "dobj" or (c.pos_ != "PRON" or c.lower_ in ("what", "that", "this", "nothing", "something")
                                  or _predicated_object(token, c))
            ) and (dep != "xcomp" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))), None)
            if comp is not None and dep == "dobj" and _cited_as_evidence(token, lemma, comp):
                comp = None  # round 42: "cited a legal opinion to substantiate its decision" is no stance either
                continue
            if comp is not None:
                how = dep
                break
        if comp is None and (objects_ok or lemma in REPORTING_VERBS):
            # "have not said when they would ...": a wh-clause the parser hung as an adverbial (of a verb that can
            # take one: not "is not slowing down when it comes to ...")
            comp = next((c for c in token.children if c.i > token.i and c.dep_ == "advcl"
                         and c.left_edge.lower_ in WH_WORDS and not _argument_before(token, c)), None)
            how = "ccomp" if comp is not None else how
        if comp is None and infinitive_ok:
            comp = _infinitive_read_as_adverbial(token)
            how = "xcomp" if comp is not None else how
        cue_end = _abs(para, token)[1]
        last = comp.right_edge if comp is not None else None
        if how == "dobj" and comp is not None:  # "see the program as a way to ...", "called X a ploy"
            extra = [c for c in token.children if c.i > comp.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ == "as"))]
            extra = extra + [c for c in _rest_of_phrase(token, comp) if c not in extra]
            if extra:
                last = max(extra, key=lambda c: c.right_edge.i).right_edge
        if comp is None and any(c.dep_ == "dobj" and _held_object(lemma, c) for c in token.children):
            continue  # lead, round 42: "raised money for his campaign": what the object is for, no stance
        if comp is None and (objects_ok or lemma in TOPIC_VERBS):
            # not "said on CNN", "spoke on Capitol Hill", "spoke on condition of anonymity": where and how, not
            # what; "thanked X on Twitter for supporting ...": the next preposition says what for
            prep = next((c for c in token.children if c.dep_ == "prep" and c.i > token.i
                         and c.lower_ in STANCE_PREPS and not _venue(c)), None)
            comp = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")
                         and g.ent_type_ not in TIME_ENTITIES), None) if prep else None
            if comp is None or prep is None:
                continue
            how, cue_end = "prep", _abs(para, prep)[1]
            extra = _rest_of_phrase(token, prep)
            last = max(extra, key=lambda c: c.right_edge.i).right_edge if extra else None
            if _call_on_infinitive(token, lemma, prep, comp):
                last = max(last or comp.right_edge, token.head.right_edge, key=lambda t: t.i)
        if comp is None:
            continue
        _, _, s_end = _window(para, token)
        last = last if last is not None else comp.right_edge
        content = (_abs(para, comp.left_edge)[0], min(_abs(para, last)[1], s_end))
        content = _opening_quote_only(text, _trim(text, *content, strip_that=False), quotes)
        if content[1] - content[0] < 3:
            continue
        cue = (_abs(para, token)[0], cue_end)
        speaker = _np_range(para, subj)
        if relative is not None and relative.i > subj.i and relative.lower_ == "who":
            speaker = (speaker[0], _abs(para, relative)[1])  # "X, who signed ...": the name and the pronoun
        yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=speaker,
                        cue=cue, score=RULE_SCORES[f"stance:{how}"], evidence=f"{NAME}:stance-verb:{lemma}:{how}",
                        speaker_head=subj, offset=para.offset, weak=True)


#: Verbs whose infinitive is their subject's state, not their aim ("seems to ...", "appears to ...").
RAISING_VERBS = frozenset({"appear", "seem"})
#: Subject pronouns a verb in -s does not agree with.
PLURAL_SUBJECT_PRONOUNS = frozenset({"they", "we", "i", "you"})


def _infinitive_read_as_adverbial(verb: Token) -> Token | None:
    """The infinitive of an intention verb that the parser hung as an adverbial of purpose because a phrase stands
    between them ("voted on Monday to close the port", "voted 5-2 along party lines to ..."): the verb's
    complement, when the verb has no object (with one, "called a meeting to discuss ..." is a purpose) and the
    infinitive no subject and no conjunction ("in order to"). Not for "appeared on the show to defend ...": a
    raising verb's infinitive after a phrase is a purpose. Not when the verb does not agree with its pronoun
    subject ("they votes ..."): a noun the tagger read as a verb."""
    if _verb_lemma(verb) in RAISING_VERBS or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None
    if verb.tag_ == "VBZ" and any(c.dep_ == "nsubj" and c.lower_ in PLURAL_SUBJECT_PRONOUNS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i + 1 and c.tag_ == "VB"
                 and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.i - 1 for g in c.children)
                 and c.left_edge.i == c.i - 1
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)), None)


#: Verbs that only make their noun object ("made a sharp condemnation of X", "issued a warning about Y"): the
#: noun carries the stance, what it is about is the content. Verbs with a stance of their own ("voiced support
#: for", "expressed concern about") are stance verbs already.
PREP_LIGHT_VERBS = frozenset({"make", "issue", "lend"})
#: Nouns of a stance a light verb makes, with what the stance is about in a preposition after them.
PREP_STANCE_NOUNS = (STANCE_NOUNS | PREDICATE_NOUNS | {
    "condemnation", "case", "support", "opposition", "endorsement", "praise", "objection", "protest",
    "secret", "apology", "defense", "defence"}) - {
    "effort", "attempt", "sign", "signal", "news", "evidence", "proof", "order", "notice", "sense", "goal", "aim",
    "vision", "agenda", "word", "words", "point", "report", "answer", "bet", "guess", "message", "statement"}


def _active_speaker(verb: Token) -> Token | None:
    """The agentive subject of an active ``verb`` who can hold a stance in a report ("who" and "that" of a
    relative clause read as the noun they stand for), or None: passives, first and second persons, non-agents."""
    subj, passive = _subject(verb)
    if subj is None or passive:
        return None
    if subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head if subj.lower_ == "that" else _who_place_host(subj.head.head)
    if not _agentive(subj) or subj.lower_ in ("i", "you", "we"):
        return None
    return subj


def _light_verb_stances(text: str, para: ParsedParagraph, quotes: QuoteIndex,
                        verbs: Sequence[Token]) -> Iterator[Candidate]:
    """"The senators made a sharp condemnation of the law", "the governor has made the case for the bridge", "the
    union issued a warning about layoffs": a light verb and a noun of stance; the object of the noun's preposition
    is the content, the verb's subject the speaker."""
    for token in verbs:
        if _verb_lemma(token) not in PREP_LIGHT_VERBS:
            continue
        noun = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i and c.pos_ == "NOUN"
                     and c.lemma_.lower() in PREP_STANCE_NOUNS), None)
        if noun is None or quotes.containing(_abs(para, token)[0]) is not None:
            continue
        if any(c.dep_ in ("acl", "ccomp", "relcl") for c in noun.children if c.i > noun.i):
            continue  # "made the argument that ...", "a promise to ...": the noun rules take the clause
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in STANCE_PREPS),
                    None)
        comp = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")
                     and g.ent_type_ not in TIME_ENTITIES), None) if prep is not None else None
        if prep is None or comp is None or (prep.lower_ == "on" and (
                comp.ent_type_ in VENUE_ENTITIES or comp.lemma_.lower() in TERMS_OF_SPEAKING)):
            continue  # "made the comments on the sidelines of the summit": where, not what about
        found = _agentive_stance(text, para, quotes, token, comp.left_edge, comp.right_edge,
                                 (_abs(para, token)[0], _abs(para, prep)[1]), "stance:prep",
                                 f"stance-noun:{noun.lemma_.lower()}:light-verb")
        if found is not None:
            yield found


#: Verbs that put a document on record ("filed a motion to ...", "sent a letter opposing ...").
DOCUMENT_ACT_VERBS = frozenset({"file", "introduce", "send", "submit", "sign", "draft", "circulate", "lodge",
                                "bring", "launch", "pen", "write"})
#: Documents of law and politics that state what their authors want ("a motion to dismiss the charges", "a lawsuit
#: challenging the rule", "a bill to ban the practice", "a letter opposing reauthorization").
DOCUMENT_ACT_NOUNS = frozenset({"motion", "lawsuit", "suit", "complaint", "petition", "brief", "bill", "letter",
                                "resolution", "amendment", "measure", "memo", "memorandum", "paper", "papers",
                                "request", "appeal", "challenge", "objection", "proposal", "legislation", "op-ed"})


def _document_acts(text: str, para: ParsedParagraph, quotes: QuoteIndex,
                   verbs: Sequence[Token]) -> Iterator[Candidate]:
    """"The defence filed a motion to dismiss the charges", "lawyers filed papers opposing the merger",
    "they sent a letter to the board opposing the sale": a document put on record with what it asks
    for (an infinitive or a participle after it); the document and its demand are the content, the verb's subject
    the speaker."""
    for token in verbs:
        if _verb_lemma(token) not in DOCUMENT_ACT_VERBS or quotes.containing(_abs(para, token)[0]) is not None:
            continue
        noun = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i
                     and c.lemma_.lower() in DOCUMENT_ACT_NOUNS), None)
        if noun is None:
            continue
        # what the document asks for: a participle or infinitive on the noun, or on a noun right after it ("a
        # letter on Friday to the board opposing ...": the parser hangs the participle on the last noun)
        scope = [noun, *(g for c in token.children if c.i > noun.i and c.dep_ in ("prep", "dative")
                         for g in c.subtree if g.pos_ in ("NOUN", "PROPN"))]
        demand = next((c for n in scope for c in n.children if c.i > n.i and c.dep_ in ("acl", "relcl") and (
            c.tag_ == "VBG" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))), None)
        if demand is None or any(t.text in (",", ";", "—", "--") for t in token.doc[noun.i:demand.i]):
            continue
        found = _agentive_stance(text, para, quotes, token, noun.left_edge, demand.right_edge, _abs(para, token),
                                 "stance:dobj", f"stance-verb:{_verb_lemma(token)}:document")
        if found is not None:
            yield found


def _agentive_stance(text: str, para: ParsedParagraph, quotes: QuoteIndex, token: Token, first: Token,
                     last: Token, cue: tuple[int, int], rule: str, evidence: str) -> Candidate | None:
    """A weak stance finding of ``token``'s agentive subject whose content runs from ``first`` to ``last`` (cut
    at the sentence end); None without such a subject or with a content under three characters."""
    subj = _active_speaker(token)
    if subj is None:
        return None
    _, _, s_end = _window(para, token)
    content = _trim(text, _abs(para, first)[0], min(_abs(para, last)[1], s_end), strip_that=False)
    if content[1] - content[0] < 3:
        return None
    return Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=_np_range(para, subj),
                     cue=cue, score=RULE_SCORES[rule], evidence=f"{NAME}:{evidence}", speaker_head=subj,
                     offset=para.offset, weak=True)


def _fronted_subject(verb: Token, speaker: Token | None, comp: Token) -> Token | None:
    """The subject of a statement set before its parenthetical reporting clause, which the parser hung on the
    reporting verb as a second subject ("The plan, Smith said on Monday, would hurt families": "plan" and "Smith"
    both nsubj of "said", "hurt" its ccomp with no subject): the first subject, when a comma parts it from the
    speaker and the complement has no subject of its own."""
    if speaker is None or comp.dep_ != "ccomp" or comp.i < verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return None
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < speaker.i and c is not speaker), None)
    if first is None or not any(t.text == "," for t in verb.doc[first.right_edge.i + 1:speaker.left_edge.i]):
        return None
    return first


#: Nouns that measure out what follows their "of" ("five years of returns", "thousands of pages of records").
PARTITIVE_NOUNS = QUANTITY_NOUNS | {"year", "month", "week", "day", "hour", "minute", "page", "copy", "set", "part",
                                    "portion", "batch", "piece", "some", "all", "most", "many", "much", "none"}


def _held_object(lemma: str, obj: Token) -> bool:
    """The object of a stance verb is a thing its subject has or hands over, not a view (HELD_OBJECTS: "enjoyed
    broad support", "released his returns"), through measuring nouns ("five years of returns")."""
    held = HELD_OBJECTS.get(lemma)
    if held is None:
        return False
    head = obj
    for _ in range(3):
        if head.lemma_.lower() not in PARTITIVE_NOUNS and head.lower_ not in PARTITIVE_NOUNS:
            break
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            break
        head = pobj
    return head.lemma_.lower() in held


def _predicated_object(verb: Token, obj: Token) -> bool:
    """A pronoun object with a predicate of its own after it ("see him as an agent of change", "portrayed himself
    as a careful steward", "called them amateurs"): the pronoun and its predicate are the view held, where a
    bare pronoun object ("respect him") says too little to report."""
    return any(c.i > obj.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")) for c in verb.children)


#: Verbs of keeping someone company ("was joined by", "was accompanied by", "was greeted by"): the agent is there,
#: and says nothing by it.
COMPANY_VERBS = frozenset({"join", "accompany", "flank", "escort", "greet", "welcome", "meet", "visit", "surround"})


#: Agents of a passive act that name no one ("debunked by people who ...", "criticised by others"): round 40.
UNNAMED_PEOPLE_AGENTS = frozenset({"people", "person", "someone", "somebody", "anyone", "anybody", "others",
                                   "many", "some", "those", "folks"})


def _unnamed_people_agent(agent: Token) -> bool:
    """A bare "people", "others", "those" (no determiner, no name, no adjective of its own; a relative clause or
    nothing after it) as the agent of a passive act: whom it means is unsaid, so there is no source to give."""
    return agent.lower_ in UNNAMED_PEOPLE_AGENTS and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nummod", "prep", "appos") for c in agent.children)


def _passive_stance(text: str, para: ParsedParagraph, quotes: QuoteIndex, token: Token, lemma: str,
                    agent: Token | None) -> Iterator[Candidate]:
    """"Mr. X was accused of fraud", "the plan is expected to fail", "statements were rated as false": the
    judged subject and its complement are the content; the "by" agent, when there is one, the speaker."""
    judged = lemma in STANCE_OBJECT_VERBS or lemma in INTENTION_VERBS
    patient = next((c for c in token.children if c.dep_ == "nsubjpass" and c.i < token.i), None)
    # a pronoun judged with a predicate of its own ("it is considered a danger", "it was labeled “misleading”",
    # "she is seen as a bridge"): the judgement of someone unnamed, like a named subject's; not "it is believed
    # that ..." (no one judged: the anonymous passives) nor "he is expected to ..."
    judged_pronoun = patient is not None and patient.lower_ in ("it", "he", "she", "they") and judged and any(
        c.i > token.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")) for c in token.children
    ) and not any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
    if patient is None or (patient.lower_ in ("it", "there", "who", "which", "that") and not judged_pronoun) or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
        return  # "it should be noted that ...": the author's voice
    comp = [c for c in token.children if c.i > token.i and (c.dep_ in ("xcomp", "oprd", "ccomp") or (
        c.dep_ == "prep" and c.lower_ in ("as", "of", "for", "to")) or (  # "were rated as mostly false"
        c.dep_ in ("advcl", "acomp") and c.left_edge.lower_ == "as"))] if judged else []
    if not comp:
        if agent is None or not _agentive(agent) or agent.lower_ in AGENT_PRONOUNS or lemma in NOT_STANCE_VERBS or (
                patient.pos_ == "PRON") or lemma in COMPANY_VERBS:
            return  # not "the mayor was joined by a panel of doctors": company kept, no act on a subject reported
        if _unnamed_people_agent(agent):
            return  # round 40: "has been debunked by people who study it": no one named, no source
        # an act done by a named agent to the subject ("six were appointed by Democratic presidents", "the bill
        # was passed by Congress"): the subject is what the act is about, the agent its source
        content = _trim(text, *_np_range(para, patient), strip_that=False)
        if content[1] - content[0] < 2 or quotes.containing(_abs(para, token)[0]) is not None:
            return
        yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=_np_range(para, agent),
                        cue=_abs(para, token), score=RULE_SCORES["stance:passive"],
                        evidence=f"{NAME}:stance-verb:{lemma}:passive-act", speaker_head=agent,
                        offset=para.offset, weak=True)
        return
    last = max(comp, key=lambda c: c.right_edge.i).right_edge
    _, _, s_end = _window(para, token)
    content = _trim(text, _abs(para, patient.left_edge)[0], min(_abs(para, last)[1], s_end), strip_that=False)
    if content[1] - content[0] < 3 or quotes.containing(_abs(para, token)[0]) is not None:
        return
    speaker = _np_range(para, agent) if agent is not None and _agentive(agent) else None
    yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=speaker,
                    cue=_abs(para, token), score=RULE_SCORES["stance:passive"],
                    evidence=f"{NAME}:stance-verb:{lemma}:passive", speaker_head=agent if speaker else None,
                    anonymous=speaker is None, offset=para.offset, weak=True)


def _gerund_subject(verb: Token) -> Token | None:
    """The agent of a participle or gerund with no subject of its own: "from saying that ...", "a news
    conference announcing that ..." speak for the subject of the clause they hang in."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            # "After saying her foot was swollen, she was taken to hospital": a passive subject speaks too
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj if _agentive(subj) else None
    return None



#: Indefinite pronouns a contact relative clause makes the object of its verb ("everything the mayor says is a
#: lie": what the mayor says is "everything"; "is a lie" is the writer's, though the parser hangs it on "says").
INDEFINITE_OBJECTS = frozenset({"everything", "anything", "nothing", "something", "all", "much", "little"})


def _indefinite_object(verb: Token) -> Token | None:
    """The indefinite pronoun a verb's contact relative clause describes ("everything the mayor says ...": the
    clause a relative clause of the pronoun, or the pronoun read as part of the verb's subject)."""
    if verb.dep_ == "relcl":
        return verb.head if verb.head.lower_ in INDEFINITE_OBJECTS and verb.head.i < verb.i else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:
        return None
    first = subj.left_edge
    return first if first.i < subj.i and first.lower_ in INDEFINITE_OBJECTS else None


def _coordinated_clause(comp: Token) -> bool:
    """A second main clause the parser hung as a complement: "The orchestra cut ties with X, and the hall
    cancelled Y" (an "and", "but" or "or" just before it): no proposition the first verb's subject holds."""
    before = comp.doc[comp.left_edge.i - 1] if comp.left_edge.i > 0 else None
    return before is not None and before.dep_ == "cc" and before.lower_ in ("and", "but", "or")


def _misread_predicate(verb: Token, comp: Token) -> bool:
    """The main clause's predicate hung as the clause of a relative clause's verb: "Everything the mayor says is a
    lie" parsed with "is a lie" as what "says" says (a clause with no subject, after an indefinite pronoun)."""
    return comp.dep_ == "ccomp" and comp.i > verb.i and _indefinite_object(verb) is not None and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in comp.children)


def _stance_nouns(text: str, para: ParsedParagraph, quotes: QuoteIndex,
                  nouns: Sequence[Token]) -> Iterator[Candidate]:
    """"his acknowledgment that ...", "growing concerns that ...", "her decision to meet ...", "Trump's promises
    to ...": a noun of saying, believing or intending with a clause or an infinitive; the speaker is the
    possessor, the "of"/"by" object, or the subject of the verb the noun is the object of."""
    for token in nouns:
        clause = next((c for c in token.children if c.i > token.i and c.dep_ in ("acl", "ccomp", "relcl") and (
            any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))), None)
        if quotes.containing(_abs(para, token)[0]) is not None:
            continue
        if clause is None:
            yield from _owned_stance_noun(text, para, quotes, token)
            continue
        if token.dep_ == "dobj" and token.head.pos_ == "VERB" and _verb_lemma(token.head) in STANCE_OBJECT_VERBS:
            continue  # "he heralded plans to ...": the verb's stance takes the noun and its clause whole
        if token.lemma_.lower() in UNDERTAKING_NOUNS and not any(
                g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
            continue  # "the campaign's efforts to register voters": what it does, not what it holds
        speaker_tok: Token | None = next((c for c in token.children if c.dep_ == "poss"), None)
        if speaker_tok is None:
            for child in token.children:
                if child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by", "from") and child.i < clause.i:
                    speaker_tok = next((g for g in child.children if g.dep_ == "pobj"), None)
        if speaker_tok is None:  # "media pronouncements that ...", "the Kremlin's" aside
            speaker_tok = _compound_owner(token)
        if speaker_tok is None:  # "European reluctance to hand over ...": a nationality adjective owns the noun
            speaker_tok = _adjective_owner(token)
        if speaker_tok is None and token.dep_ in ("dobj", "attr") and token.head.pos_ in ("VERB", "AUX") and \
                _verb_lemma(token.head) not in ANSWERING_VERBS:
            speaker_tok = _subject(token.head)[0]  # "the mayor made a promise to ..."
        if speaker_tok is None or not (_agentive(speaker_tok) or (
                speaker_tok.dep_ == "poss" and speaker_tok.lower_ in THIRD_PERSON_OWNERS)):
            if not _open_claim(token, clause) or (speaker_tok is not None and speaker_tok.dep_ == "poss"):
                continue  # a concern or a plan of nobody named is the author's framing more often than a report
            speaker_tok = None  # "amid growing concerns that ...", "dogged by charges that ...": held by others
        rule = "stance:noun" if speaker_tok is not None else "stance:noun-anonymous"
        _, _, s_end = _window(para, token)
        mark = next((g for g in clause.children if g.dep_ in ("mark", "aux") and g.i < clause.i), clause.left_edge)
        content = _trim(text, _abs(para, mark)[0], min(_abs(para, clause.right_edge)[1], s_end), strip_that=False)
        if content[1] - content[0] < 3:
            continue
        yield Candidate(kind=_kind_of(text, content, quotes), content=content,
                        speaker=_np_range(para, speaker_tok) if speaker_tok is not None else None,
                        cue=_abs(para, token), score=RULE_SCORES[rule],
                        evidence=f"{NAME}:stance-noun:{token.lemma_.lower()}", speaker_head=speaker_tok,
                        anonymous=speaker_tok is None, offset=para.offset, weak=True)


#: Verbs whose subject answers a noun of saying rather than makes it ("Poland turned down a request to ...",
#: "the court granted the motion to ..."): the noun is someone else's.
ANSWERING_VERBS = frozenset({"turn", "reject", "refuse", "decline", "deny", "dismiss", "ignore", "grant", "approve",
                             "accept", "receive", "get", "consider", "review", "answer", "heed", "honor", "honour",
                             "fulfil", "fulfill", "meet", "block", "veto", "rebuff", "spurn", "welcome", "back",
                             "support", "oppose", "resist", "study", "weigh", "examine", "process", "forward"})


def _open_claim(noun: Token, clause: Token) -> bool:
    """A noun of claiming or fearing with a that-clause of its own ("charges that he hid the report", "amid
    concerns that the dam could fail"): a proposition held by others than the author even when no one is named.
    Not an infinitive, nor a clause with a verb that lacks the object the noun is ("the report that the council
    published", "the charges that she faces", "the speculation that his remarks generated": a relative clause the
    parser may read as a complement), nor a noun the parser made the sentence's root (its clause then holds the
    main predicate)."""
    if noun.lemma_.lower() not in OPEN_CLAIM_NOUNS or noun.dep_ == "ROOT" or not any(
            g.dep_ == "mark" and g.lower_ == "that" for g in clause.children) or not any(
            g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children):
        return False
    return not any(_verb_lemma(v) in OBJECT_GAP_VERBS and v.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass") for c in v.children) for v in clause.subtree)


#: Nouns of worry that also name a matter or a care ("the concerns of daily life", "a concern for many"): with no
#: owner, only their object after "about" or "over" is what others fear.
TOPIC_NOUNS = frozenset({"concern", "worry"})


def _owned_stance_noun(text: str, para: ParsedParagraph, quotes: QuoteIndex, token: Token) -> Iterator[Candidate]:
    """"North Korea's claims about its test", "the union's criticism of the plan": a stance noun owned by a name or
    a noun for someone (not a pronoun, whose owner is less sure), with what it is about in a preposition."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None) or _adjective_owner(token)
    anonymous = owner is None and token.lemma_.lower() in UNOWNED_PREP_NOUNS and _compound_owner(token) is None
    if not anonymous and (owner is None or owner.pos_ == "PRON" or not _agentive(owner)):
        return
    if token.dep_ == "dobj" and token.head.pos_ == "VERB" and _verb_lemma(token.head) in STANCE_OBJECT_VERBS:
        return  # "rejected the union's demands for ...": the verb's stance takes the noun whole
    prep = next((c for c in token.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in STANCE_PREPS), None)
    comp = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in TIME_ENTITIES),
                None) if prep is not None else None
    if prep is None or comp is None or (prep.lower_ == "on" and comp.ent_type_ in VENUE_ENTITIES):
        return
    if anonymous and (comp.lemma_.lower() == "own" or (
            token.lemma_.lower() in TOPIC_NOUNS and prep.lower_ not in ("about", "over"))):
        return  # "drew criticism of its own"; "the concerns of daily life", "a concern for many": no claim
    if anonymous and _in_charge(token):
        return  # "the officer in charge of the unit", "took charge of the talks": a duty, no accusation
    _, _, s_end = _window(para, token)
    content = _trim(text, _abs(para, comp.left_edge)[0], min(_abs(para, comp.right_edge)[1], s_end),
                    strip_that=False)
    if content[1] - content[0] < 3:
        return
    if owner is None:  # "allegations of fraud", "amid fears of a recession": held by others, no one named
        yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=None,
                        cue=(_abs(para, token)[0], _abs(para, prep)[1]), score=RULE_SCORES["stance:noun-anonymous"],
                        evidence=f"{NAME}:stance-noun:{token.lemma_.lower()}:unowned", anonymous=True,
                        offset=para.offset, weak=True)
        return
    yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=_np_range(para, owner),
                    cue=(_abs(para, token)[0], _abs(para, prep)[1]), score=RULE_SCORES["stance:prep"],
                    evidence=f"{NAME}:stance-noun:{token.lemma_.lower()}:owned", speaker_head=owner,
                    offset=para.offset, weak=True)


#: Verbs whose object "charge" is a duty taken or given ("took charge of", "put X in charge of").
CHARGE_TAKING_VERBS = frozenset({"take", "assume", "put", "place", "leave"})


def _in_charge(noun: Token) -> bool:
    """"charge" as a duty, not an accusation: after "in" ("the man in charge of the port") or the bare object of a
    verb of taking ("took charge of the talks")."""
    if noun.lower_ != "charge" or any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in noun.children):
        return False  # "resulted in 200 charges against ...", "took the charge seriously": accusations
    return (noun.dep_ == "pobj" and noun.head.lower_ == "in") or (
        noun.dep_ == "dobj" and _verb_lemma(noun.head) in CHARGE_TAKING_VERBS)


def _object_conjunct(conj: Token) -> bool:
    """A conjunct the parser hung on the verb that goes on with its object, not a clause of its own: a gerund
    or noun ("refinancing loans and forcing universities to ..."), or an embedded question ("spoke of the
    legacy of racism, and how the fight for justice ...")."""
    if conj.left_edge.lower_ in WH_WORDS and conj.left_edge.lower_ not in ("which", "who"):
        return True
    return conj.tag_ in ("VBG", "NN", "NNS") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)


#: Dependents that open a clause of their own: a phrase boundary for the content of a stance.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis", "relcl", "cc", "mark", "xcomp"})


def _argument_before(verb: Token, clause: Token) -> bool:
    """The verb has an object or a prepositional phrase before ``clause``: a wh-clause after it says when or
    whether the act happens ("visited the port when the strike began", "met with the judge if the trial was
    delayed"), not what is said or known, as it does right after the verb ("has not said when they would") or
    after the one told ("told members when the strike would start")."""
    addressee = _verb_lemma(verb) in ADDRESSEE_VERBS
    return any(c.dep_ in ("dobj", "dative", "prep") and verb.i < c.i < clause.i and not (
        addressee and c.dep_ in ("dobj", "dative") and (_agentive(c) or c.lemma_.lower() in AUDIENCE_NOUNS))
        for c in verb.children)


def _rest_of_phrase(verb: Token, comp: Token) -> list[Token]:
    """The verb's arguments after its object, up to a comma, a conjunction or a clause of its own: "lauded
    Mr. X in his address for helping ...", "blocked a company from abandoning ...", "compares X to Y"."""
    rest: list[Token] = []
    children = [c for c in verb.children if c.i > comp.i]
    for k, child in enumerate(children):
        if child.dep_ in ("punct", "cc") and (conj := next((c for c in children[k + 1:] if c.dep_ not in (
                "punct", "cc")), None)) is not None and _object_conjunct(conj):
            continue  # "mentioned refinancing loans and forcing universities to ...": the object goes on
        if child.dep_ == "conj" and _object_conjunct(child):
            rest.append(child)
            continue
        if child.dep_ == "punct" and child.text == "," and (nxt := next((c for c in children[k + 1:] if c.dep_ != (
                "punct")), None)) is not None and nxt.dep_ in ("prep", "advmod", "npadvmod") and not any(
                c.dep_ in CLAUSE_DEPS for c in children[k + 1:]):
            continue  # "spoke of his flights across the Mall, past the spire ...": a modifier, not a new clause
        if child.dep_ in ("punct", "cc", "conj", "mark", "parataxis", "relcl") or (
                child.dep_ == "advcl" and verb.doc[child.left_edge.i - 1].text in (",", "—", "--", "–")):
            break
        if child.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WDT", "WP")
                                         for g in child.children):
            break  # "backed the strike because its leaders feared ...", "rejected the licences until ...": a clause
            # with its own subject says why or when, it is no part of what the verb's subject judged or did (a
            # subject "that" or "which" opens a relative clause the parser hung on the verb: it stays)
        rest.append(child)
    return rest


def _verb_lemma(token: Token) -> str:
    """The verb's lemma, mended where the small model gets it wrong ("hoped" -> "hop")."""
    lemma = token.lemma_.lower()
    return LEMMA_FIXES.get(token.lower_, lemma)


#: Round 37 (sources): verbs of a report set after the clause it reports, with the reporter inverted after them ("...,
#: reported The Daily Wire."); "told X" is left out (its object is the one told).
INVERTED_REPORTER_VERBS = frozenset({"report", "write", "say", "note", "claim", "state"})


def _inverted_reporter_after_comma(text: str, doc: Document, quotes: QuoteIndex,
                                   candidates: list[Candidate]) -> list[Candidate]:
    """"The senator voted against the bill, reported The Daily Wire.": the parser reads the outlet as the object of a
    verb conjoined to the clause, so the clause's subject became the speaker and the outlet the content. A finite
    reporting verb right after a comma, with no subject or complement of its own, whose object (a name, or an outlet
    noun) ends the sentence but for time and place modifiers: the object speaks, the clause before the comma is the
    content. The candidates of that cue are replaced."""
    out = list(candidates)
    for para in doc.parsed:
        for verb in para.doc:
            lemma = _verb_lemma(verb)
            if verb.tag_ not in ("VBD", "VBZ") or lemma not in INVERTED_REPORTER_VERBS or verb.i < 4 or \
                    para.doc[verb.i - 1].text != ",":
                continue
            # the clause before the comma: the verb's conjunct head, or its complement the parser put before it
            host: Token | None = None
            if verb.dep_ == "conj" and verb.head.i < verb.i:
                host = verb.head
            elif verb.dep_ == "ROOT":
                host = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i in (
                    verb.i - 2, verb.i - 1)), None)
            if host is None or para.doc[verb.i - 2].text in _CLOSING_MARKS or any(
                    c.dep_ in ("nsubj", "nsubjpass", "csubj", "xcomp", "cc") or (c.dep_ == "ccomp" and c.i != host.i)
                    for c in verb.children):
                continue  # a quote before the verb (another rule), the verb's own subject ("A, and reported B" has
                # no comma right before the verb)
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in host.children) or \
                    host.left_edge.i != host.sent.start:
                continue  # the clause before the comma must be a whole sentence's clause
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
            if obj is None or obj.left_edge.i != verb.i + 1 or not (
                    obj.pos_ == "PROPN" or obj.lemma_.lower() in OUTLET_NOUNS):
                continue
            allowed = {t.i for c in verb.children if c.i > obj.i and c.dep_ in ("prep", "npadvmod", "advmod")
                       for t in c.subtree}
            tail = para.doc[obj.right_edge.i + 1:verb.sent.end]
            if not len(tail) or tail[-1].text not in (".", "!") or any(
                    not t.is_punct and t.i not in allowed for t in tail) or any(t.is_punct and t.text != "."
                                                                             for t in tail):
                continue
            start = _abs(para, para.doc[host.left_edge.i])[0]
            content = _trim(text, start, _abs(para, para.doc[verb.i - 2])[1])
            cue = _abs(para, verb)
            if content[1] - content[0] < 3 or quotes.containing(cue[0]) is not None:
                continue
            out = [c for c in out if c.cue is None or c.cue[0] != cue[0]]
            out.append(Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=_np_range(para, obj),
                                 cue=cue, score=RULE_SCORES["verb:parenthetical"],
                                 evidence=f"{NAME}:reporting-verb:{lemma}:inverted-after-comma",
                                 speaker_head=obj, offset=para.offset))
    return out
