"""Full-text search over the store: SQLite FTS5, ranked by BM25, with snippets and filters."""

from __future__ import annotations

import re
import sqlite3
from typing import TYPE_CHECKING, Any

from ..errors import StoreError

if TYPE_CHECKING:
    from .store import SearchHit, Store

#: Words of context around the matches in a snippet.
SNIPPET_TOKENS = 16

#: Markers around matched words in snippets (the web app escapes the snippet first, then replaces them).
MARK = ("«", "»")

#: BM25 column weights (title 3, body 1) are set as the FTS5 rank in migration 0004_search_rank.

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


def search(store: Store, query: str, *, limit: int = 20, mark: tuple[str, str] = MARK,
           **filters: Any) -> list[SearchHit]:
    """Articles matching ``query`` (FTS5 syntax, or plain words), best first, each with a snippet.

    Filters: ``outlet``, ``since`` and ``until`` (``YYYY-MM-DD``, on any appearance), ``technique``,
    ``narrative`` (a label or its parent), ``actor``, ``genre``, ``language``. An empty query lists the
    articles that pass the filters, newest ingest first.
    """
    from .store import SearchHit

    where, params = _filter_sql(filters)
    # 1. the best ``limit`` rows by rank; 2. snippets, outlets and dates for those rows only, so a query
    # that matches most of the corpus does not build a snippet for every match
    if query.strip():
        sql = ("SELECT articles_fts.rowid, rank FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
               f"WHERE articles_fts MATCH ? {''.join(' AND ' + w for w in where)} ORDER BY rank LIMIT ?")
        attempts = [query, _quote_terms(query)]
        if not attempts[1]:  # no words at all (only punctuation): nothing can match
            return []
    else:
        sql = (f"SELECT a.seq, 0.0 FROM articles a {'WHERE ' + ' AND '.join(where) if where else ''} "
               "ORDER BY a.seq DESC LIMIT ?")
        attempts = [""]
    top: list[Any] = []
    used = ""
    for attempt in attempts:
        args = ([attempt] if attempt else []) + params + [limit]
        try:
            top = store.conn.execute(sql, args).fetchall()
            used = attempt
            break
        except sqlite3.OperationalError as exc:
            # the raw query was not valid FTS5 syntax (unterminated string, unknown column filter, ...):
            # try again with its words quoted; only an error on that plain-words query is a real failure
            if attempt is attempts[-1]:
                if not attempt.strip():
                    return []
                raise StoreError(f"search failed: {exc}", source=str(store.path)) from exc
    rows = []
    for seq, rank in top:
        if used:
            snippet = store.conn.execute(
                f"SELECT snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) FROM articles_fts "
                "WHERE articles_fts MATCH ? AND rowid = ?", (*mark, used, seq)).fetchone()[0]
        else:
            snippet = store.conn.execute("SELECT substr(text, 1, 200) FROM articles WHERE seq = ?",
                                         (seq,)).fetchone()[0]
        article_id, title = store.conn.execute("SELECT id, title FROM articles WHERE seq = ?", (seq,)).fetchone()
        outlets = [r[0] for r in store.conn.execute(
            "SELECT DISTINCT outlet FROM appearances WHERE article_id = ? AND outlet IS NOT NULL ORDER BY seq",
            (article_id,))]
        day = store.conn.execute("SELECT min(day) FROM appearances WHERE article_id = ?", (article_id,)).fetchone()[0]
        rows.append((article_id, title, rank, snippet, outlets, day))
    return [SearchHit(article_id=r[0], title=r[1], score=-float(r[2]), snippet=r[3], outlets=r[4], day=r[5])
            for r in rows]
