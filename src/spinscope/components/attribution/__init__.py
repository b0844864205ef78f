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

from collections.abc import Sequence

from ...document import Document
from ...pipeline import register
from ...result import Attribution
from ...settings import ENGLISH
from .cues import (
    EDITORIAL_NOTE,
    Candidate,
    _according_to,
    _anonymous_passive,
    _colon_lists,
    _dash_quotes,
    _dedupe,
    _drop_circular,
    _final_noun_cue,
    _headline,
    _inverted_cues,
    _noun_cues,
    _orphan_quotes,
    _quote_after_any_verb,
    _source_phrases,
    _speaker_labels,
    _stances,
    _verb_cues,
)
from .quotes import QuoteIndex, find_quotes
from .rules import NAME
from .sources import SourceTable, load_source_table
from .speakers import Person, _article_people, _finish, known_bodies, known_people, merge_sources

# ------------------------------------------------------------------------------------------ the component


@register("attributions.v1", requires=("text", "paragraphs", "sentences", "parsed"), assigns=("attributions",))
class AttributionExtractor:
    """Quotes and reported statements with speaker, cue and content spans, typed sources."""

    languages = ENGLISH

    name = NAME

    def __init__(self, *, sources: Sequence[str] = ()) -> None:
        self.table = load_source_table(sources)

    def __call__(self, doc: Document) -> Document:
        doc.attributions = extract_attributions(doc, self.table)
        doc.models[self.name] = "rules+sources.toml"
        return doc


#: Warnings listed per kind of unbalanced mark (a text with thousands would bury the other warnings).
MAX_WARNINGS = 5


def extract_attributions(doc: Document, table: SourceTable) -> list[Attribution]:
    """Run the cascade over one document; the attributions in text order."""
    text = doc.text
    found_quotes, stray = find_quotes(text, doc.paragraphs)
    quotes = QuoteIndex(found_quotes)
    doc.cache["attributions.quotes"] = quotes  # read by the speaker resolution (a subject inside a quote)
    candidates: list[Candidate] = []
    for para in doc.parsed:
        candidates += _verb_cues(text, para, quotes)
        candidates += _final_noun_cue(text, para, quotes)
        candidates += _according_to(text, para)
        candidates += _source_phrases(text, para)
        candidates += _noun_cues(text, para, quotes)
        candidates += _stances(text, para, quotes)
        candidates += _quote_after_any_verb(text, para, quotes)
    candidates += _colon_lists(text, doc, quotes, candidates)
    candidates += _dash_quotes(text, doc, quotes)
    candidates += _speaker_labels(text, doc)
    candidates += _inverted_cues(text, quotes)
    headline = list(_headline(text, doc, quotes))
    if headline:
        # a headline in title case ("Obama Seeks More Refugees As He ...") defeats the parser: its own cues there go
        start, end = doc.paragraphs[0].start, max(max(c.content[1], c.cue[1] if c.cue else 0) for c in headline)
        candidates = [c for c in candidates if c.cue is None or not start <= c.cue[0] < end]
    candidates += headline
    candidates += _anonymous_passive(text, doc, candidates)
    candidates = [c for c in candidates if not _editorial_note(text, c)]
    candidates = _dedupe(candidates, text)
    candidates += _orphan_quotes(text, doc, quotes, candidates)
    candidates = _drop_circular(_dedupe(candidates))
    candidates.sort(key=lambda c: (c.content[0], c.content[1]))
    people = _article_people(doc, table)
    out: list[Attribution] = []
    last_quoted: list[Person | None] = [None]
    for cand in candidates:
        attribution = _finish(text, doc, cand, table, people, last_quoted)
        if attribution is not None:
            out.append(attribution)
    out = known_bodies(text, known_people(merge_sources(out, people), table))
    for pos in stray[:MAX_WARNINGS]:
        doc.warn(NAME, "W402", f"unmatched closing quotation mark at offset {pos}: skipped")
    unclosed = [q for q in quotes if not q.balanced]
    for q in unclosed[:MAX_WARNINGS]:
        doc.warn(NAME, "W403", f"quotation opened at offset {q.start} is not closed in its paragraph: "
                               "read to the paragraph end with low confidence")
    if len(stray) + len(unclosed) > 2 * MAX_WARNINGS:
        doc.warn(NAME, "W404", f"{len(stray)} unmatched closing and {len(unclosed)} unclosed quotation marks in "
                               f"all; only the first {MAX_WARNINGS} of each are listed")
    return out



def _editorial_note(text: str, cand: Candidate) -> bool:
    """Is the candidate's speaker the quoting writer's note on a quote ("“...” [emphasis added]"): no one?"""
    head = cand.speaker_head
    return head is not None and head.lower_ in ("emphasis", "emphases", "italics") and (
        EDITORIAL_NOTE.match(text, cand.offset + head.idx) is not None)


__all__ = ["NAME", "AttributionExtractor", "SourceTable", "extract_attributions", "find_quotes", "load_source_table"]
