"""Full-text search over the store: SQLite FTS5, ranked by BM25, with snippets and filters.

A query that matches more than ``BROAD_QUERY_MATCHES`` articles (after filters) is ranked over its
``BROAD_QUERY_MATCHES`` most recently stored matches only, unless ``rank_all`` is set: scoring every match of a
phrase found in most of the corpus takes about half a second at 100,000 articles, while the window keeps
search under 50 ms. The scores in the window are true BM25 scores (term statistics of the whole corpus); only
the set of candidates is cut, and the result says so (:class:`SearchResults`).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import StoreError

if TYPE_CHECKING:
    from .store import Store

#: Words of context around the matches in a snippet.
SNIPPET_TOKENS = 16

#: Markers around matched words in snippets (the web app escapes the snippet first, then replaces them).
MARK = ("«", "»")

#: BM25 column weights (title, body); migration 0004_search_rank sets the same as the FTS5 rank. Ranking calls
#: bm25() with them: SQLite then keeps only the best ``limit`` rows while scoring, where ORDER BY rank has FTS5
#: score and sort every match first (measured about twice as slow on a broad query).
BM25_WEIGHTS = (3.0, 1.0)

#: A query with more matches than this is ranked over its this-many most recently stored matches (see above).
BROAD_QUERY_MATCHES = 5_000


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    title: str | None
    outlets: list[str]
    day: str | None
    score: float
    snippet: str


class SearchResults(list["SearchHit"]):
    """The hits, best first, and whether the ranking was cut to the most recent matches of a broad query."""

    #: How many of the most recently stored matches were ranked, when the query matched more than that; None
    #: when every match was ranked.
    ranked_window: int | None = None

    @property
    def note(self) -> str | None:
        """A sentence for the user when the ranking was cut, else None."""
        if self.ranked_window is None:
            return None
        return (f"the query matches more than {self.ranked_window:,} articles: ranked the {self.ranked_window:,} "
                "most recently stored matches by BM25; add words or filters, or rank all matches (slower)")


#: Longest query accepted, and most distinct words in it: FTS5's cost grows with the square of the terms (one
#: word repeated 6,666 times took 16.5 s, holding the store's lock); repeated plain words are merged first.
MAX_QUERY_CHARS = 2_000
MAX_QUERY_TERMS = 64
FTS_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def bounded_query(query: str) -> str:
    """The query with repeated plain words merged; StoreError when it is too long or has too many words."""
    if len(query) > MAX_QUERY_CHARS:
        raise StoreError(f"search query is {len(query):,} characters long, over the limit of {MAX_QUERY_CHARS:,}")
    words = re.findall(r"\w+", query)
    if re.fullmatch(r"[\w\s]*", query) and not FTS_OPERATORS & set(words):
        # plain words, ANDed: a repeated word adds nothing to what matches
        words = list(dict.fromkeys(words))
        query = " ".join(words)
    if len(words) > MAX_QUERY_TERMS:
        raise StoreError(f"search query has {len(words):,} words, over the limit of {MAX_QUERY_TERMS}")
    return query


FILTERS = ("outlet", "since", "until", "technique", "narrative", "actor", "genre", "language")


def _quote_terms(query: str) -> str:
    """The query as plain words (each a quoted FTS5 string), for input that is not valid FTS5 syntax."""
    words = re.findall(r"\w+", query)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _filter_sql(filters: dict[str, Any]) -> tuple[list[str], list[Any]]:
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise TypeError(f"unknown search filter(s): {', '.join(sorted(unknown))}")
    where: list[str] = []
    params: list[Any] = []
    place = []
    for key, column, op in (("outlet", "outlet", "="), ("since", "day", ">="), ("until", "day", "<=")):
        if filters.get(key):
            place.append(f"p.{column} {op} ?")
            params.append(str(filters[key]))
    if place:
        where.append(f"EXISTS (SELECT 1 FROM appearances p WHERE p.article_id = a.id AND {' AND '.join(place)})")
    for key, layer, match in (
        ("technique", "techniques", "f.label = ?"),
        ("narrative", "narratives", "(f.label = ? OR f.label LIKE ? || ':%')"),
        ("actor", "actors", "f.label = ? COLLATE NOCASE"),
    ):
        value = filters.get(key)
        if value:
            where.append(f"EXISTS (SELECT 1 FROM findings f WHERE f.article_id = a.id AND f.layer = ? AND {match})")
            params += [layer, value] + ([value] if key == "narrative" else [])
    for key in ("genre", "language"):
        if filters.get(key):
            where.append(f"a.{key} = ?")
            params.append(filters[key])
    return where, params


def search(store: Store, query: str, *, limit: int = 20, mark: tuple[str, str] = MARK, rank_all: bool = False,
           **filters: Any) -> SearchResults:
    """Articles matching ``query`` (FTS5 syntax, or plain words), best first, each with a snippet.

    Filters: ``outlet``, ``since`` and ``until`` (``YYYY-MM-DD``, on any appearance), ``technique``,
    ``narrative`` (a label or its parent), ``actor``, ``genre``, ``language``. An empty query lists the
    articles that pass the filters, newest ingest first. A query with more than ``BROAD_QUERY_MATCHES``
    matches is ranked over its most recently stored matches only, unless ``rank_all`` (see the module doc);
    the result's ``ranked_window`` tells.
    """
    query = bounded_query(query)
    where, params = _filter_sql(filters)
    # the articles table is joined only for filters: an FTS5 rowid is always an article's seq
    join = "JOIN articles a ON a.seq = articles_fts.rowid " if where else ""
    conditions = "".join(" AND " + w for w in where)
    results = SearchResults()
    # 1. the best ``limit`` rows by BM25 (over a window of recent matches for a broad query); 2. snippets,
    # outlets and dates for those rows only
    if query.strip():
        probe_sql = (f"SELECT articles_fts.rowid FROM articles_fts {join}WHERE articles_fts MATCH ?{conditions} "
                     "ORDER BY articles_fts.rowid DESC LIMIT 2 OFFSET ?")
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        rank_sql = (f"SELECT articles_fts.rowid, bm25(articles_fts, {weights}) AS score FROM articles_fts {join}"
                    f"WHERE articles_fts MATCH ? AND articles_fts.rowid >= ?{conditions} ORDER BY score LIMIT ?")
        attempts = [query, _quote_terms(query)]
        if not attempts[1]:  # no words at all (only punctuation): nothing can match
            return results
    else:
        rank_sql = (f"SELECT a.seq, 0.0 FROM articles a {'WHERE ' + ' AND '.join(where) if where else ''} "
                    "ORDER BY a.seq DESC LIMIT ?")
        attempts = [""]
    top: list[Any] = []
    used = ""
    for attempt in attempts:
        try:
            if attempt:
                # the BROAD_QUERY_MATCHES-th most recent match and the one before it, when there are more
                probe = [] if rank_all else store.conn.execute(
                    probe_sql, [attempt, *params, BROAD_QUERY_MATCHES - 1]).fetchall()
                broad = len(probe) == 2
                results.ranked_window = BROAD_QUERY_MATCHES if broad else None
                top = store.conn.execute(rank_sql, [attempt, probe[0][0] if broad else 0, *params, limit]
                                         ).fetchall()
            else:
                top = store.conn.execute(rank_sql, [*params, limit]).fetchall()
            used = attempt
            break
        except sqlite3.OperationalError as exc:
            # the raw query was not valid FTS5 syntax (unterminated string, unknown column filter, ...):
            # try again with its words quoted; only an error on that plain-words query is a real failure
            if attempt is attempts[-1]:
                if not attempt.strip():
                    return results
                raise StoreError(f"search failed: {exc}", source=str(store.path)) from exc
    if not top:
        return results
    seqs = [seq for seq, _ in top]
    marks = ",".join("?" * len(seqs))
    if used:
        snippets = dict(store.conn.execute(
            f"SELECT rowid, snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) FROM articles_fts "
            f"WHERE articles_fts MATCH ? AND rowid IN ({marks})", (*mark, used, *seqs)))
    else:
        snippets = dict(store.conn.execute(f"SELECT seq, substr(text, 1, 200) FROM articles WHERE seq IN ({marks})",
                                           seqs))
    articles = {seq: (article_id, title) for seq, article_id, title in store.conn.execute(
        f"SELECT seq, id, title FROM articles WHERE seq IN ({marks})", seqs)}
    outlets: dict[str, list[str]] = {article_id: [] for article_id, _ in articles.values()}
    days: dict[str, str | None] = dict.fromkeys(outlets)
    for article_id, outlet, day in store.conn.execute(
        f"SELECT article_id, outlet, day FROM appearances WHERE article_id IN ({','.join('?' * len(outlets))}) "
        "ORDER BY seq", list(outlets)):
        if outlet is not None and outlet not in outlets[article_id]:
            outlets[article_id].append(outlet)
        if day is not None and (days[article_id] is None or day < str(days[article_id])):
            days[article_id] = day
    for seq, score in top:
        article_id, title = articles[seq]
        results.append(SearchHit(article_id=article_id, title=title, score=-float(score), snippet=snippets[seq],
                                 outlets=outlets[article_id], day=days[article_id]))
    return results
