"""``attributions.v1``: quotes and reported statements, their speakers and cues, and who those speakers are.

A rule cascade over the spaCy parse (``doc.parsed``) and a scan of quotation marks over ``doc.text``:

1. reporting verbs with a clausal complement or a quote ("X stated that ...", "“...,” he said");
2. "according to X, ...";
3. noun cues with a that-clause ("the statement of X that ...");
4. colon-introduced quotes and bulleted lists ("X published a report, where the following was noted:" and
   the lines starting with "·", "•", "-", "*" after it);
5. passive and anonymous attribution ("it was announced that", "it became known that", "sources said");
6. quotes no rule claimed: continuations of the previous speaker (a quote split across sentences), else a
   low-confidence quote with no speaker.

Speakers are then resolved (pronouns and titles such as "the Chairman of the PRC" to a person the article or
the source table names) and typed with the bundled, extensible table ``resources/sources.toml``.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import Document, ParsedParagraph
from ..pipeline import register
from ..result import Attribution, Span, TextRange
from ..settings import SUPPORTED_LANGUAGES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

NAME = "attributions.v1"
SOURCES_FILE = Path(__file__).resolve().parent.parent / "resources" / "sources.toml"

#: Reporting-verb lemmas: the Gender Gap Tracker list (MIT), less verbs that mostly do not report speech
#: (continue, persist, ensure, accept, present, release, convince, demonstrate, illustrate, describe), plus verbs of
#: political and diplomatic reporting.
REPORTING_VERBS = frozenset({
    "acknowledge", "add", "admit", "advise", "announce", "argue", "assert", "assure", "claim", "clarify", "comment",
    "conclude", "confirm", "criticize", "declare", "decry", "denounce", "dispute", "estimate",
    "exclaim", "explain", "find", "highlight", "indicate", "inform", "insist", "mention", "note", "notify",
    "predict", "proclaim", "reassert", "reassure", "reckon", "reconfirm", "remind", "reply", "report", "respond",
    "restate", "retell", "say", "state", "suggest", "tell", "testify", "think", "tweet", "warn", "write", "deny",
    "accuse", "urge", "vow", "threaten", "stress", "emphasize", "emphasise", "convey", "reiterate", "allege",
    "underline", "underscore", "recall", "observe", "remark", "concede", "caution", "complain", "lament", "boast",
    "signal", "hint", "reveal", "disclose", "contend", "maintain", "demand", "promise", "pledge", "believe", "fear",
    "hope", "answer", "forecast", "show", "point", "post", "quote", "cite", "affirm", "recount", "specify"
})

#: Reporting verbs whose content is an object and its complement ("accused the government of hiding ...").
OBJECT_VERBS = frozenset({"accuse", "urge", "blame", "call", "ask", "warn", "criticize", "praise", "thank"})

#: Verbs that introduce a colon list or quote on behalf of their subject ("X published a report ...:").
PUBLISHING_VERBS = frozenset({"publish", "release", "issue", "post", "write", "report", "print", "air", "run",
                              "carry", "list", "put"})

#: Nouns that carry a statement ("the statement of X that ...").
NOUN_CUES = frozenset({"statement", "words", "remark", "claim", "assertion", "warning", "announcement", "message",
                       "comment", "declaration", "position", "assurance", "promise", "threat", "accusation",
                       "allegation", "admission", "report", "conclusion", "view", "opinion"})

#: Heads of noun phrases that are outlets or bodies (speakers of a colon list), outlets first.
OUTLET_NOUNS = ("resource", "outlet", "publication", "newspaper", "paper", "media", "medium", "agency", "channel",
                "website", "portal", "site", "broadcaster", "television", "magazine", "tabloid", "daily",
                "blog", "ministry", "government", "office", "center", "centre", "institute", "university",
                "department", "committee", "council", "commission", "embassy", "service", "party", "expert",
                "source", "official")
DOCUMENT_NOUNS = ("report", "article", "study", "statement", "document", "survey", "paper", "analysis", "post",
                  "commentary", "editorial", "column", "piece", "story", "broadcast", "programme", "program",
                  "letter", "communique", "communiqué", "note", "declaration")

#: Unnamed plural speakers: "experts say", "sources said".
ANONYMOUS_HEADS = frozenset({"expert", "source", "observer", "analyst", "insider", "official", "diplomat",
                             "commentator", "witness", "resident", "critic", "people", "someone", "many",
                             "some", "others"})

TITLE_WORDS = {
    "president": "head_of_state", "leader": "head_of_state", "chairman": "head_of_state",
    "head of state": "head_of_state", "king": "head_of_state", "premier": "head_of_government",
    "prime minister": "head_of_government", "chancellor": "head_of_government",
    "foreign minister": "foreign_minister", "minister": "official", "spokesman": "official",
    "spokeswoman": "official", "spokesperson": "official", "politician": "politician",
}

BULLET = re.compile(r"^[·•\-*–—▪●◦]\s*")
SCARE_QUOTE_MAX_WORDS = 5
ORPHAN_QUOTE_MIN_WORDS = 6

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSERS = {"”", "»", '"'}

ANONYMOUS_PASSIVE = re.compile(
    r"\b(?:it (?:(?:only|also|later|soon|then) )?(?:became|has become|was made) (?:known|public|clear)"
    r"|it (?:is|was|has been|had been) (?:reported|announced|said|claimed|stated|alleged|noted|learned|"
    r"rumou?red|revealed|argued|believed|known))(?: that)?\b",
    re.IGNORECASE,
)

SOURCE_TYPE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("politician", ("politician", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp",
                    "deputy", "member of parliament", "party", "opposition", "candidate", "mep")),
    ("report", ("report", "study", "survey", "analysis", "paper", "document", "poll")),
    ("media", ("publication", "newspaper", "outlet", "media", "medium", "agency", "channel", "television", "tv",
               "radio",
               "magazine", "website", "portal", "resource", "broadcaster", "tabloid", "journal", "daily",
               "blog", "editorial", "correspondent", "journalist", "reporter", "press")),
    ("academic", ("university", "institute", "academy", "professor", "researcher", "scientist", "scholar",
                  "think tank", "center for", "centre for", "college", "laboratory")),
    ("government", ("ministry", "minister", "government", "kremlin", "white house", "state department",
                    "pentagon", "embassy", "ambassador", "president", "prime minister", "premier", "chancellor",
                    "chairman", "leader", "head of", "spokesman", "spokeswoman", "spokesperson", "parliament",
                    "administration", "authorities", "cabinet", "council", "commission", "army", "military",
                    "armed forces", "police", "office", "department", "official", "diplomat", "governor",
                    "mayor", "secretary", "general staff", "security service", "court")),
)

STATE_DESCRIPTIONS = re.compile(
    r"\bstate(?:-| )(?:run|owned|controlled|funded|media|television|tv|radio|broadcaster|news agency|agency)\b"
    r"|\b(?:government|kremlin|party)(?:-| )(?:run|owned|controlled|funded)\b|\bofficial (?:newspaper|mouthpiece)\b",
    re.IGNORECASE,
)


# ------------------------------------------------------------------------------------------ source table


@dataclass(frozen=True)
class SourceEntry:
    name: str
    type: str
    country: str | None = None
    state_affiliated: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonEntry:
    name: str
    country: str | None
    role: str
    aliases: tuple[str, ...] = ()


@dataclass
class SourceTable:
    sources: list[SourceEntry] = field(default_factory=list)
    people: list[PersonEntry] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)

    def find_source(self, text: str) -> tuple[SourceEntry, str] | None:
        """The longest table name or alias found as whole words in ``text``, with the form that matched."""
        best: tuple[SourceEntry, str] | None = None
        for entry in self.sources:
            for form in (entry.name, *entry.aliases):
                if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) and (
                        best is None or len(form) > len(best[1])):
                    best = (entry, form)
        return best

    def find_person(self, text: str) -> PersonEntry | None:
        for person in self.people:
            if any(re.search(rf"\b{re.escape(form)}\b", text) for form in (person.name, *person.aliases)):
                return person
        return None

    def country_in(self, text: str) -> str | None:
        """The country named or described first in ``text`` (longest form at that place)."""
        found: list[tuple[int, int, str]] = []
        for form, code in self.countries.items():
            for m in re.finditer(rf"(?<![\w.]){re.escape(form)}(?!\w)", text):
                found.append((m.start(), -len(form), code))
        return min(found)[2] if found else None


def load_source_table(extra: Sequence[str | Path] = ()) -> SourceTable:
    """The bundled table plus extra TOML files (``SPINSCOPE_SOURCES`` and ``extra``), later files overriding."""
    paths: list[Path] = [SOURCES_FILE]
    env = os.environ.get("SPINSCOPE_SOURCES")
    if env:
        paths += [Path(p) for p in env.split(os.pathsep) if p]
    paths += [Path(p) for p in extra]
    return _load_tables(tuple(str(p) for p in paths))


@lru_cache(maxsize=8)
def _load_tables(paths: tuple[str, ...]) -> SourceTable:
    table = SourceTable()
    by_name: dict[str, SourceEntry] = {}
    people: dict[str, PersonEntry] = {}
    for path in paths:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ValueError(f"source table {path}: {exc}") from exc
        for item in data.get("source", []):
            entry = SourceEntry(name=item["name"], type=item.get("type", "media"), country=item.get("country"),
                                state_affiliated=bool(item.get("state_affiliated", False)),
                                aliases=tuple(item.get("aliases", ())))
            by_name[entry.name] = entry
        for item in data.get("person", []):
            person = PersonEntry(name=item["name"], country=item.get("country"), role=item.get("role", "official"),
                                 aliases=tuple(item.get("aliases", ())))
            people[person.name] = person
        table.countries.update(data.get("countries", {}))
    table.sources, table.people = list(by_name.values()), list(people.values())
    return table


# ------------------------------------------------------------------------------------------ quotes


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: ``[start, end)`` includes the marks, ``inner`` excludes them."""

    start: int
    end: int
    balanced: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - 1) if self.balanced else (self.start + 1, self.end)


def find_quotes(text: str, paragraphs: Sequence[TextRange]) -> tuple[list[Quote], list[int]]:
    """Outermost quotations per paragraph, and the offsets of unmatched closing marks.

    An opening mark with no closing mark in its paragraph runs to the end of the paragraph
    (``balanced=False``): a quote spanning paragraphs, or a typo.
    """
    quotes: list[Quote] = []
    stray: list[int] = []
    for para in paragraphs:
        open_at: int | None = None
        opener = ""
        depth = 0
        for i in range(para.start, para.end):
            ch = text[i]
            if open_at is None:
                if ch in OPENERS and not (ch == '"' and i > para.start and text[i - 1].isalnum()):
                    open_at, opener, depth = i, ch, 0
                elif ch in CLOSERS:
                    stray.append(i)
                continue
            if ch == OPENERS[opener] and (ch != opener or opener == '"'):
                if depth == 0:
                    quotes.append(Quote(open_at, i + 1))
                    open_at = None
                else:
                    depth -= 1
            elif ch == opener and opener != '"':
                depth += 1  # a nested quote of the same kind
        if open_at is not None:
            quotes.append(Quote(open_at, para.end, balanced=False))
    return quotes, stray


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


def _abs(para: ParsedParagraph, token: Token) -> tuple[int, int]:
    return para.offset + token.idx, para.offset + token.idx + len(token.text)


def _trim(text: str, start: int, end: int, *, strip_that: bool = True) -> tuple[int, int]:
    """Trim whitespace, a leading complementizer and trailing sentence punctuation from a content range."""
    while start < end and text[start] in " \t\n,:;-–—":
        start += 1
    if strip_that:
        m = re.match(r"(?:that|whether|if)\s+", text[start:end], re.IGNORECASE)
        if m and text[start:start + m.end()].lower().startswith("that"):
            start += m.end()
    while True:
        while end > start and text[end - 1] in " \t\n.,;:!?-–—":
            end -= 1
        m = re.search(r"\s(?:and|but|or|while|as)$", text[start:end])
        if not m:
            return start, end
        end = start + m.start()


def _np_range(para: ParsedParagraph, head: Token) -> tuple[int, int]:
    """A speaker noun phrase: the head's subtree up to any relative clause, conjunct or clause after it."""
    tokens = [head]
    stop_deps = {"relcl", "conj", "cc", "punct", "advcl", "ccomp", "acl"}
    for child in head.children:
        if child.i < head.i:
            tokens.extend(child.subtree)
        elif child.dep_ not in stop_deps or (child.dep_ == "acl" and child.tag_ == "VBN"):
            sub = list(child.subtree)
            # "managed by X and created in 2019 ..." keeps only "managed by X"
            cut = next((t.i for t in sub if t.dep_ in ("cc", "conj") and t.head.i == child.i), None)
            tokens.extend(t for t in sub if cut is None or t.i < cut)
    tokens = [t for t in tokens if not (t.is_punct and t.text in ",;:“”\"«»()" and t.i in (
        min(x.i for x in tokens), max(x.i for x in tokens)))] or [head]
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    start, end = para.offset + first.idx, para.offset + last.idx + len(last.text)
    doc_text, base = para.doc.text, para.offset
    if doc_text[start - base:end - base].count("(") > doc_text[start - base:end - base].count(")"):
        close = doc_text.find(")", end - base)
        if close != -1 and close - (end - base) <= 2:
            end = base + close + 1
    return start, end


def _sentence_of(sentences: Sequence[TextRange], pos: int) -> TextRange | None:
    for s in sentences:
        if s.start <= pos < s.end:
            return s
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _quotes_in(quotes: Sequence[Quote], start: int, end: int) -> list[Quote]:
    return [q for q in quotes if q.start >= start - 1 and q.end <= end + 1]


def _opening_quote_only(text: str, content: tuple[int, int], quotes: Sequence[Quote]) -> tuple[int, int]:
    """Content that opens with a quotation ends where the quotation does ("“...,” that is, ..." is the author's).

    A direct quote's content is the text inside the marks.
    """
    q = next((q for q in quotes if q.start == content[0]), None)
    if q is None or q.end > content[1] + 1:
        return content
    rest = text[q.end:content[1]].strip(" .,;:")
    if not rest:
        return _trim(text, *q.inner, strip_that=False)
    gloss = re.match(r"(?:that is|i\.e\.|meaning|in other words|which means)\b", rest, re.IGNORECASE)
    return _trim(text, *q.inner, strip_that=False) if gloss else content


def _kind_of(text: str, content: tuple[int, int], quotes: Sequence[Quote]) -> str:
    inside = [q for q in quotes if _overlap((q.start, q.end), content) > 0]
    if not inside:
        return "indirect"
    quoted = sum(_overlap((q.start, q.end), content) for q in inside)
    unquoted = text[content[0]:content[1]]
    for q in inside:
        unquoted = unquoted.replace(text[q.start:q.end], "")
    return "direct" if quoted >= 0.9 * (content[1] - content[0]) or len(unquoted.split()) <= 1 else "mixed"


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject (or passive agent) and whether the construction is passive."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # "the news agency Xinhua reported": the parser may give two adjacent subjects; the name is the last
        return subjects[-1] if subjects[-1].i < verb.i else subjects[0], False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0], True
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None, passive


# ------------------------------------------------------------------------------------------ the component


@register("attributions.v1", requires=("text", "paragraphs", "sentences", "parsed"), assigns=("attributions",))
class AttributionExtractor:
    """Quotes and reported statements with speaker, cue and content spans, typed sources."""

    name = NAME

    def __init__(self, *, sources: Sequence[str] = ()) -> None:
        self.table = load_source_table(sources)

    def __call__(self, doc: Document) -> Document:
        if doc.language is not None and doc.language not in SUPPORTED_LANGUAGES:
            doc.warn(self.name, "W401", f"attributions skipped: language {doc.language!r} is not supported")
            return doc
        doc.attributions = extract_attributions(doc, self.table)
        doc.models[self.name] = "rules+sources.toml"
        return doc


def extract_attributions(doc: Document, table: SourceTable) -> list[Attribution]:
    """Run the cascade over one document; the attributions in text order."""
    text = doc.text
    quotes, stray = find_quotes(text, doc.paragraphs)
    candidates: list[Candidate] = []
    for para in doc.parsed:
        candidates += _verb_cues(text, para, quotes)
        candidates += _according_to(text, para)
        candidates += _noun_cues(text, para, quotes)
    candidates += _colon_lists(text, doc, quotes, candidates)
    candidates += _anonymous_passive(text, doc, candidates)
    candidates = _dedupe(candidates)
    candidates += _orphan_quotes(text, doc, quotes, candidates)
    candidates = _dedupe(candidates)
    candidates.sort(key=lambda c: (c.content[0], c.content[1]))
    people = _article_people(doc, table)
    out: list[Attribution] = []
    for cand in candidates:
        attribution = _finish(text, doc, cand, table, people, quotes)
        if attribution is not None:
            out.append(attribution)
    for pos in stray:
        doc.warn(NAME, "W402", f"unmatched closing quotation mark at offset {pos}: skipped")
    for q in quotes:
        if not q.balanced:
            doc.warn(NAME, "W403", f"quotation opened at offset {q.start} is not closed in its paragraph: "
                                   "read to the paragraph end with low confidence")
    return out


# 1. reporting verbs ------------------------------------------------------------------------------------


def _verb_cues(text: str, para: ParsedParagraph, quotes: Sequence[Quote]) -> Iterator[Candidate]:
    for token in para.doc:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in REPORTING_VERBS:
            continue
        if token.dep_ in ("amod", "acl") and token.tag_ == "VBN" and token.lemma_ != "say":
            continue  # "the reported figures", "a report published by"
        sent = token.sent
        s_start, s_end = para.offset + sent.start_char, para.offset + sent.end_char
        cue = _abs(para, token)
        cue_end = cue[1]
        if any(c.dep_ == "prt" for c in token.children):  # "pointed out"
            prt = next(c for c in token.children if c.dep_ == "prt")
            cue_end = _abs(para, prt)[1]
        elif token.lemma_ == "point":
            continue
        content: tuple[int, int] | None = None
        how = ""
        comps = [c for c in token.children if c.dep_ in ("ccomp", "parataxis") or
                 (c.dep_ == "xcomp" and token.lemma_ in ("urge", "warn", "promise", "vow", "threaten"))]
        comps += [c for c in token.children if c.dep_ == "dobj" and any(
            q.start <= _abs(para, c)[0] < q.end for q in quotes)]
        right_comps = [c for c in comps if c.i > token.i]
        subj_tok = _subject(token)[0]
        comps = right_comps or [c for c in comps if any(q.start <= _abs(para, c.left_edge)[0] + 1 < q.end
                                                        for q in quotes) or (
            # "The deal is worth four million euros, the newspaper reported."
            subj_tok is not None and subj_tok.i > c.i and c.right_edge.i + 1 < len(para.doc)
            and para.doc[c.right_edge.i + 1].text == "," and c.right_edge.i + 2 == subj_tok.left_edge.i)]
        if comps:
            comp = max(comps, key=lambda c: len(list(c.subtree)))
            left, right = comp.left_edge, comp.right_edge
            content = (para.offset + left.idx, para.offset + right.idx + len(right.text))
            how = "ccomp"
        # a that-clause or quote right after the verb that the parser hung elsewhere
        after = text[cue_end:s_end]
        m = re.match(r"[^“\"«:.;]{0,60}?\b(that)\b\s|[^“\"«.;]{0,40}?([:“\"«])", after)
        if m and (content is None or content[0] > cue_end + m.end() or content[1] < s_end - 2):
            start = cue_end + (m.start(1) if m.group(1) else m.start(2))
            if content is None or content[1] - content[0] < (s_end - start) * 0.6:
                # up to the next reporting verb's subject ("..., and China indicated that ...")
                stops = [_abs(para, subj_.left_edge)[0] for other in sent if other.i > token.i
                         and other.lemma_.lower() in REPORTING_VERBS and other.pos_ == "VERB"
                         for subj_ in [_subject(other)[0]] if subj_ is not None and _abs(para, subj_)[0] > start]
                content, how = (start, min([s_end, *stops])), "surface"
        if content is None and token.lemma_.lower() in OBJECT_VERBS:
            objs = [c for c in token.children if c.i > token.i and c.dep_ in ("dobj", "prep", "xcomp", "ccomp")]
            if any(c.dep_ == "dobj" for c in objs) and len(objs) >= 2:
                last = max(objs, key=lambda c: c.right_edge.i).right_edge
                content = (_abs(para, min(objs, key=lambda c: c.i).left_edge)[0], _abs(para, last)[1])
                how = "object"
        quote_before = [q for q in quotes if s_start <= q.start and q.end <= cue[0] and q.end - q.start > 2]
        if content is None and quote_before:
            q = quote_before[-1]
            content, how = (q.start, q.end), "quote-before"
        if content is None:
            continue
        if content[0] >= cue[0] and content[0] < cue_end:
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "can", "could", "may", "might", "would")
               for c in token.children) and not any(c.dep_ == "nsubj" for c in token.children):
            continue  # "it should be noted that ...": the author's own voice
        subj, passive = _subject(token)
        if token.dep_ == "pcomp" and token.head.lower_ == "as" and token.head.head.lemma_ in ("quote", "cite"):
            subj = next((c for c in token.head.head.children if c.dep_ == "dobj"), subj)
            cue = (_abs(para, token.head.head)[0], cue_end)
        speaker: tuple[int, int] | None = None
        anonymous = False
        if subj is not None and subj.lower_ in ("it", "there", "this", "that", "which", "who"):
            if (subj.lower_ == "it" and passive) or subj.dep_ == "nsubjpass":
                anonymous = True
            elif subj.lower_ in ("which", "who") and subj.head.head is not None:
                subj = token.head if token.dep_ == "relcl" else None
            else:
                subj = None
        if subj is not None and not anonymous:
            speaker = _np_range(para, subj)
            twin = next((c for c in token.children if c.dep_ == "nsubj" and c is not subj
                         and c.right_edge.i + 1 == subj.left_edge.i), None)
            if twin is not None:
                speaker = (_abs(para, twin.left_edge)[0], speaker[1])
            if _overlap(speaker, content) > 0:
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
        content = _opening_quote_only(text, _trim(text, *content), quotes)
        if content[1] - content[0] < 3:
            continue
        score = 0.85 if how == "ccomp" else 0.7
        yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=speaker,
                        cue=(cue[0], cue_end), score=score if speaker else 0.6,
                        evidence=f"{NAME}:reporting-verb:{token.lemma_.lower()}:{how}",
                        speaker_head=subj if speaker else None, anonymous=anonymous,
                        offset=para.offset)


# 2. according to -------------------------------------------------------------------------------------------


def _according_to(text: str, para: ParsedParagraph) -> Iterator[Candidate]:
    for token in para.doc:
        if token.lower_ != "according":
            continue
        nxt = token.nbor(1) if token.i + 1 < len(para.doc) else None
        if nxt is None or nxt.lower_ != "to":
            continue
        objs = [c for c in nxt.children if c.dep_ == "pobj"]
        sent = token.sent
        s_start, s_end = para.offset + sent.start_char, para.offset + sent.end_char
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
        if cue[0] - s_start <= 2:  # "According to X, content."
            comma = text.find(",", speaker[1], s_end)
            content = (comma + 1 if comma != -1 else speaker[1], s_end)
        elif text[cue[0] - 2:cue[0]].strip() == ",":  # "content, according to X."
            content = (s_start, cue[0])
        else:
            content = (s_start, s_end)
        content = _trim(text, *content)
        if content[1] - content[0] < 3:
            continue
        yield Candidate(kind="according_to", content=content, speaker=speaker, cue=cue, score=0.9,
                        evidence=f"{NAME}:according-to", speaker_head=head, offset=para.offset)


# 3. noun cues ------------------------------------------------------------------------------------------------


def _noun_cues(text: str, para: ParsedParagraph, quotes: Sequence[Quote]) -> Iterator[Candidate]:
    for token in para.doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in NOUN_CUES:
            continue
        speaker_tok: Token | None = None
        for child in token.children:
            if child.dep_ == "poss":
                speaker_tok = child
            elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    speaker_tok = objs[0]
        # a that-complement (the parser may hang it on the noun or on its "of" object)
        hosts = [token] + ([speaker_tok] if speaker_tok is not None and speaker_tok.i > token.i else [])
        clause = next((c for h in hosts for c in h.children if c.i > h.i and c.dep_ in ("acl", "ccomp", "relcl")
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None or speaker_tok is None:
            continue
        para_end = para.offset + token.sent.end_char
        mark = next((g for g in clause.children if g.dep_ == "mark"), clause.left_edge)
        right = clause.right_edge
        if token.i < token.sent.root.i or token.dep_ in ("nsubj", "nsubjpass"):
            # the parser often closes the clause early ("that it is necessary - it turns out - to look for ...
            # caused applause"): run it to the word before the sentence's last finite verb
            finite = [t for t in token.sent if t.i > right.i and t.tag_ in ("VBD", "VBZ", "VBP")
                      and t.dep_ not in ("aux", "auxpass")]
            if finite and finite[-1].i - 1 > right.i:
                right = token.doc[finite[-1].i - 1]
        content = _trim(text, _abs(para, mark)[0], max(para.offset + right.idx + len(right.text),
                                                       _abs(para, right)[1]))
        content = (content[0], min(content[1], para_end))
        yield Candidate(kind=_kind_of(text, content, quotes), content=content,
                        speaker=_np_range(para, speaker_tok), cue=_abs(para, token), score=0.75,
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
    ents = [e for e in para.doc.ents if e.label_ in ("ORG", "PERSON", "NORP", "GPE")
            and para.offset + e.end_char <= limit]
    if ents:
        e = ents[0]
        return (para.offset + e.start_char, para.offset + e.end_char), e.root, None
    return None


def _colon_lists(text: str, doc: Document, quotes: Sequence[Quote],
                 found: Sequence[Candidate]) -> Iterator[Candidate]:
    parsed_by_start = {p.offset: p for p in doc.parsed}
    paragraphs = doc.paragraphs
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
            for nxt in paragraphs[i + 1:]:
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
                    yield Candidate(kind=_kind_of(text, content, quotes), content=content, speaker=speaker,
                                    cue=cue, score=0.8, evidence=f"{NAME}:colon-list", speaker_head=head,
                                    offset=para.offset)
        # (b) "... the Ukrainian media: “quote”" inside one paragraph
        for q in quotes:
            if not (para_rng.start <= q.start < para_rng.end):
                continue
            before = text[para_rng.start:q.start].rstrip()
            if not before.endswith(":"):
                continue
            if any(_overlap(c.content, q.inner) > 0 for c in found):
                continue
            colon = para_rng.start + len(before) - 1
            sent = _sentence_of(doc.sentences, colon)
            source = _colon_speaker(text, para, colon)
            if source is None:
                continue
            speaker, head, verb_cue = source
            if sent is not None and speaker[0] < sent.start:
                continue
            content = _trim(text, *q.inner, strip_that=False)
            yield Candidate(kind="direct", content=content, speaker=speaker,
                            cue=verb_cue or (colon, colon + 1), score=0.7 if q.balanced else 0.35,
                            evidence=f"{NAME}:colon-quote", speaker_head=head, offset=para.offset)


def _colon_cue(text: str, start: int, colon: int) -> tuple[int, int]:
    """The words before the colon that introduce the list ("where the following was noted")."""
    clause = text[start:colon]
    m = list(re.finditer(r"(?:where|which|in which|that)\b[^,;]*$", clause))
    if m:
        return start + m[-1].start(), colon
    return colon, colon + 1


# 5. passive and anonymous ------------------------------------------------------------------------------------


def _anonymous_passive(text: str, doc: Document, found: Sequence[Candidate]) -> Iterator[Candidate]:
    for sent in doc.sentences:
        chunk = text[sent.start:sent.end]
        for m in ANONYMOUS_PASSIVE.finditer(chunk):
            cue = (sent.start + m.start(), sent.start + m.end())
            if any(c.cue and _overlap(c.cue, cue) > 0 for c in found):
                continue
            content = _trim(text, cue[1], sent.end)
            if content[1] - content[0] < 8:
                continue
            yield Candidate(kind="indirect", content=content, speaker=None, cue=cue, score=0.6,
                            evidence=f"{NAME}:anonymous-passive", anonymous=True)


# 6. quotes no rule claimed -----------------------------------------------------------------------------------


def _orphan_quotes(text: str, doc: Document, quotes: Sequence[Quote],
                   found: Sequence[Candidate]) -> Iterator[Candidate]:
    for q in quotes:
        inner = q.inner
        if any(_overlap(c.content, inner) > 0.5 * (inner[1] - inner[0]) for c in found):
            continue
        words = len(text[inner[0]:inner[1]].split())
        before = text[max(0, q.start - 40):q.start].lower().split()
        if before and before[-1].strip(",:") in (*DOCUMENT_NOUNS, "book", "film", "titled", "entitled", "called",
                                                  "named", "headlined", "slogan", "thesis", "term"):
            continue  # a title or a term ("a report “External risks ...”"), not a statement
        if q.balanced and words < SCARE_QUOTE_MAX_WORDS:
            continue  # a scare quote ("the main “signal”"), not a statement
        sent = _sentence_of(doc.sentences, q.start)
        # a quote split across sentences: the previous speaker, within this or the previous paragraph
        previous = [c for c in found if c.speaker is not None and c.content[1] <= q.start
                    and q.start - c.content[1] < 400 and "\n\n" not in text[c.content[1]:q.start]]
        if sent is not None and previous:
            prev = max(previous, key=lambda c: c.content[1])
            between = text[prev.content[1]:q.start]
            if between.count("\n") <= 1:
                content = _trim(text, *inner, strip_that=False)
                kind = "direct" if text[sent.start:q.start].strip() == "" else "mixed"
                yield Candidate(kind=kind, content=content, speaker=prev.speaker, cue=None,
                                score=0.55 if q.balanced else 0.3, evidence=f"{NAME}:quote-continues-previous",
                                speaker_head=prev.speaker_head, offset=prev.offset)
                continue
        if words >= ORPHAN_QUOTE_MIN_WORDS:
            reason = "quote-no-speaker" if q.balanced else "unclosed-quote-no-speaker"
            yield Candidate(kind="direct", content=_trim(text, *inner, strip_that=False), speaker=None, cue=None,
                            score=0.3 if q.balanced else 0.15, evidence=f"{NAME}:{reason}", anonymous=True)


def _dedupe(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep one candidate per content: the one with a speaker and the higher score."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.speaker is not None), -c.score)):
        clash = next((k for k in kept if _overlap(k.content, cand.content) > 0.5 * min(
            k.content[1] - k.content[0], cand.content[1] - cand.content[0])), None)
        if clash is None:
            kept.append(cand)
    return kept


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
ROLE_TYPES = {"head_of_state": "government", "head_of_government": "government", "foreign_minister": "government",
              "official": "government", "politician": "politician"}


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


#: Titles that name one office holder when used alone ("the mayor said"), besides TITLE_WORDS.
BARE_TITLES = ("mayor", "governor", "ambassador", "general", "secretary", "senator", "chairwoman", "director",
               "commander", "envoy", "judge", "prosecutor", "chief", "head")


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


def _type_source(phrase: str, head: Token | None, table: SourceTable, *, anonymous: bool,
                 context: str) -> tuple[str, str | None, bool, str | None]:
    """(source type, country, state-affiliated, affiliation) of a speaker phrase."""
    lower = f" {phrase.lower()} "
    entry = table.find_source(phrase)
    country = table.country_in(phrase)
    state = bool(STATE_DESCRIPTIONS.search(phrase))
    affiliation = None
    if entry is not None:
        src, form = entry
        affiliation = src.name
        country = country or src.country
        state = state or src.state_affiliated
        head_in_entry = head is not None and head.text in form
        if head_in_entry or head is None:
            return src.type, country, state, None
    if anonymous:
        return "anonymous", country, state, affiliation
    source_type: str | None = None
    head_word = head.lemma_.lower() if head is not None else ""
    for label, words in SOURCE_TYPE_KEYWORDS:  # the head noun first ("a study by the Institute" is a report)
        if head_word in words:
            source_type = label
            break
    for label, words in SOURCE_TYPE_KEYWORDS:
        if source_type is None and any(re.search(rf"\b{re.escape(w)}\b", lower) for w in words):
            source_type = label
    if source_type is None and head is not None:
        if head.ent_type_ == "PERSON":
            source_type = "person"
        elif head.ent_type_ in ("GPE", "NORP") or head.text in table.countries:
            source_type = "government"
            country = country or table.country_in(head.text)
        elif head.ent_type_ == "ORG":
            source_type = "organization"
        elif head.lower_ in ("he", "she", "i"):
            source_type = "person"
        elif head.lower_ in ("we", "they"):
            source_type = "anonymous"
    if source_type == "politician" and head is not None and head.ent_type_ == "PERSON" and not any(
            re.search(rf"\b{w}\b", lower) for w in ("politician", "lawmaker", "senator", "deputy", "party", "mp")):
        source_type = "person"
    if source_type == "government":
        state = True
    if entry is not None:
        source_type = source_type or entry[0].type
        state = state or entry[0].state_affiliated
    return source_type or "person", country, state, affiliation


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
