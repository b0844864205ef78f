"""The corpus store: one SQLite file holding analysed articles, where they appeared, and what failed.

Articles are keyed by their content hash (``ArticleAnalysis.article.id``): the same clean text read twice
is stored once, and each place it was read from (outlet, url, date, source) is kept as an *appearance*.
The full result is stored as JSON (the article text in its own column, which full-text search indexes)
and read back equal. Findings are flattened into one generic table ``findings`` (article, layer, label,
offsets, score), filled from whatever list layers :class:`ArticleAnalysis` has, so a new layer needs no
schema change.

Every write goes through :meth:`Store.transaction` (``BEGIN IMMEDIATE`` ... ``COMMIT``), so an ingest
killed at any moment leaves either the whole article or nothing. Schema changes are named migrations,
recorded in the table ``migrations``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ArticleNotFound, NotAStore, StoreBusy, StoreError, StoreWriteError
from ..result import ArticleAnalysis

if TYPE_CHECKING:
    from .search import SearchResults

SQLITE_HEADER = b"SQLite format 3\x00"

#: The ``meta`` row that marks a file as a spinscope store.
STORE_MARK = ("store", "spinscope")

#: How long a writer waits for another writer's transaction before giving up, in milliseconds.
BUSY_TIMEOUT_MS = 30_000

#: Result fields that are not findings layers.
NOT_LAYERS = frozenset({"schema_version", "article", "errors", "provenance"})

#: Attribute names tried, in order, for a finding's secondary label (``detail``).
DETAIL_FIELDS = ("category", "type", "kind", "mode")

#: Shortest article-id prefix :meth:`Store.get` accepts.
MIN_ID_PREFIX = 6

#: Named schema migrations, applied in order and recorded in ``migrations``. Never edit a released one:
#: add a new one.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            title TEXT,
            text TEXT NOT NULL,
            language TEXT,
            genre TEXT,
            words INTEGER NOT NULL,
            schema_version TEXT NOT NULL,
            result TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE appearances (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL REFERENCES articles(id),
            source TEXT NOT NULL,
            outlet TEXT,
            url TEXT,
            published TEXT,
            day TEXT,
            ingested_at TEXT NOT NULL,
            UNIQUE (article_id, source)
        );
        CREATE INDEX appearances_outlet ON appearances (outlet);
        CREATE INDEX appearances_day ON appearances (day);
        CREATE TABLE findings (
            article_id TEXT NOT NULL REFERENCES articles(id),
            layer TEXT NOT NULL,
            label TEXT NOT NULL,
            start_char INTEGER,
            end_char INTEGER,
            score REAL,
            detail TEXT
        );
        CREATE INDEX findings_layer_label ON findings (layer, label, article_id);
        CREATE INDEX findings_article ON findings (article_id);
        CREATE TABLE inputs (
            source TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('stored', 'failed')),
            article_id TEXT,
            done_at TEXT NOT NULL
        );
        CREATE TABLE failures (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            stage TEXT NOT NULL,
            code TEXT,
            reason TEXT NOT NULL,
            article_id TEXT,
            failed_at TEXT NOT NULL
        );
        """,
    ),
    (
        "0002_full_text_search",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
        """,
    ),
    (
        "0003_republications",
        """
        CREATE TABLE republications (
            appearance INTEGER PRIMARY KEY REFERENCES appearances(seq),
            cluster INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('first', 'copy', 'partial')),
            first_appearance INTEGER,
            similarity REAL
        );
        CREATE INDEX republications_cluster ON republications (cluster);
        """,
    ),
    (
        # the column weights as FTS5's rank; search now calls bm25() with the same weights (search.BM25_WEIGHTS),
        # which with ORDER BY ... LIMIT measured faster than ORDER BY rank on broad queries
        "0004_search_rank",
        """
        INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0)');
        """,
    ),
)


@dataclass(frozen=True)
class Appearance:
    """Where an article was read: its source (path, path:line, URL) and the metadata given there."""

    source: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    day: str | None = None
    ingested_at: str | None = None
    seq: int | None = None

    @classmethod
    def of(cls, result: ArticleAnalysis, *, source: str | None = None) -> Appearance:
        a = result.article
        return cls(source=source or a.source or a.url or a.id, outlet=a.outlet, url=a.url, published=a.published)


@dataclass(frozen=True)
class Failure:
    """An input that was not stored, or a component that failed on a stored article."""

    source: str
    stage: str
    code: str | None
    reason: str
    article_id: str | None
    failed_at: str


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    title: str | None
    outlets: list[str]
    day: str | None
    score: float
    snippet: str


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


_ISO_DAY = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})")


def normalize_day(published: str | None) -> str | None:
    """``YYYY-MM-DD`` of a publication date given as ISO 8601 or RFC 2822; None when it cannot be read."""
    if not published:
        return None
    match = _ISO_DAY.match(published)
    try:
        if match:
            return dt.date(*(int(g) for g in match.groups())).isoformat()
        return email.utils.parsedate_to_datetime(published).date().isoformat()
    except (ValueError, TypeError, IndexError):
        return None


FindingRow = tuple[str, str, int | None, int | None, float | None, str | None]


def flatten_findings(result: ArticleAnalysis) -> list[FindingRow]:
    """One row per finding, over every layer of the result: (layer, label, start, end, score, detail).

    Generic over layers: any field of :class:`ArticleAnalysis` that holds an object or a list of objects
    with a ``label`` (or a ``name``, as actors have) becomes rows, so new layers are picked up unchanged.
    """
    rows: list[FindingRow] = []
    for layer in type(result).model_fields:
        if layer in NOT_LAYERS:
            continue
        value = getattr(result, layer)
        items = value if isinstance(value, list) else ([] if value is None else [value])
        for item in items:
            label = getattr(item, "label", None) or getattr(item, "name", None)
            if label is None:
                continue
            detail = next((str(v) for f in DETAIL_FIELDS if (v := getattr(item, f, None)) is not None), None)
            rows.append((layer, str(label), getattr(item, "start", None), getattr(item, "end", None),
                         getattr(item, "score", None), detail))
    return rows


def _dump(result: ArticleAnalysis) -> tuple[str, str]:
    """(JSON of the result without article.text, the text): the text is stored once, in its own column."""
    data = result.model_dump(mode="json")
    text = data["article"].pop("text")
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")), text


def _load(payload: str, text: str) -> ArticleAnalysis:
    data = json.loads(payload)
    data["article"]["text"] = text
    return ArticleAnalysis.model_validate(data)


def _translate(exc: sqlite3.Error, path: Path) -> StoreError:
    message = str(exc)
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return StoreWriteError("cannot write: the database is read-only; nothing was changed", source=str(path))
    if "disk is full" in lowered or "disk full" in lowered:
        return StoreWriteError("cannot write: the disk is full; the last transaction was rolled back and the "
                               "store is intact", source=str(path))
    if "locked" in lowered or "busy" in lowered:
        return StoreBusy("the database is locked by another writer", source=str(path))
    if "malformed" in lowered or "not a database" in lowered:
        return NotAStore(f"not a spinscope store, or damaged: {message}", source=str(path))
    return StoreWriteError(f"database error: {message}", source=str(path))


class Store:
    """A corpus of analysed articles in one SQLite file. Open with :meth:`Store.open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool, migrated: list[str],
                 created: bool) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        #: Migrations applied when this store was opened (empty when it was up to date or new).
        self.migrated = migrated
        self.created = created
        self._depth = 0
        # one connection may serve several threads (the web app): one transaction at a time
        self._lock = threading.RLock()

    # -- opening ---------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, create: bool = True) -> Store:
        """Open a store, creating it when ``create`` and absent, migrating an older schema.

        Raises NotAStore for a file that is not a spinscope store (the file is left untouched), StoreError when
        the store is absent and ``create`` is False, StoreWriteError when it cannot be written.
        """
        path = Path(path)
        exists = path.exists() and path.stat().st_size > 0
        if path.is_dir():
            raise NotAStore("is a directory, not a spinscope store", source=str(path))
        if exists:
            try:
                with path.open("rb") as fh:
                    header = fh.read(len(SQLITE_HEADER))
            except OSError as exc:
                raise StoreError(f"cannot read: {exc.strerror or exc}", source=str(path)) from exc
            if header != SQLITE_HEADER:
                raise NotAStore("not a spinscope store (not an SQLite database); nothing was changed",
                                source=str(path))
        elif readonly or not create:
            raise StoreError("no such store", source=str(path))
        try:
            if readonly:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.Error as exc:
            raise _translate(exc, path) from exc
        if tables and not cls._is_store(conn, tables):
            conn.close()
            raise NotAStore("an SQLite database, but not a spinscope store; nothing was changed", source=str(path))
        if readonly:
            store = cls(conn, path, readonly=True, migrated=[], created=False)
            pending = store.pending_migrations()
            if pending:
                conn.close()
                raise StoreError(f"the store needs migrations ({', '.join(pending)}); open it once for writing",
                                 source=str(path))
            return store
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            # WAL with synchronous=NORMAL: a killed process never loses a committed transaction.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            conn.close()
            raise _translate(exc, path) from exc
        store = cls(conn, path, readonly=False, migrated=[], created=not tables)
        applied = store.migrate()
        store.migrated = [] if store.created else applied
        return store

    @staticmethod
    def _is_store(conn: sqlite3.Connection, tables: set[str]) -> bool:
        if not {"migrations", "meta"} <= tables:
            return False
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (STORE_MARK[0],)).fetchone()
        return row is not None and row[0] == STORE_MARK[1]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations --------------------------------------------------------------------------------------

    def applied_migrations(self) -> list[str]:
        try:
            return [row[0] for row in self.conn.execute("SELECT name FROM migrations ORDER BY rowid")]
        except sqlite3.OperationalError:
            return []

    def pending_migrations(self) -> list[str]:
        done = set(self.applied_migrations())
        return [name for name, _ in MIGRATIONS if name not in done]

    def migrate(self, *, upto: str | None = None) -> list[str]:
        """Apply the pending migrations (up to and including ``upto``), each in its own transaction."""
        applied: list[str] = []
        if not self.pending_migrations():
            return applied
        with self.transaction():
            self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        for name, sql in MIGRATIONS:
            if name in self.applied_migrations():
                if name == upto:
                    break
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                if name == MIGRATIONS[0][0]:
                    self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", STORE_MARK)
                self.conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now()))
            applied.append(name)
            if name == upto:
                break
        return applied

    # -- the one write path -------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The one write path: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error. Re-entrant."""
        if self.readonly:
            raise StoreWriteError("cannot write: the store was opened read-only", source=str(self.path))
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _translate(exc, self.path) from exc
            self._depth = 1
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise _translate(exc, self.path) from exc
                raise
            finally:
                self._depth = 0

    def add(self, result: ArticleAnalysis, appearance: Appearance | None = None) -> bool:
        """Store a result and where it appeared. Returns True when the article (its text) was new."""
        appearance = appearance or Appearance.of(result)
        with self.transaction() as conn:
            article = result.article
            payload, text = _dump(result)
            cursor = conn.execute(
                "INSERT OR IGNORE INTO articles (id, title, text, language, genre, words, schema_version, result, "
                "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.title, text, article.language, result.genre.label if result.genre else None,
                 len(text.split()), result.schema_version, payload, now()),
            )
            new = cursor.rowcount == 1
            if new:
                seq = cursor.lastrowid
                conn.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                             (seq, article.title or "", text))
                conn.executemany(
                    "INSERT INTO findings (article_id, layer, label, start_char, end_char, score, detail) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(article.id, *row) for row in flatten_findings(result)],
                )
                for error in result.errors:
                    if error.level == "error":
                        conn.execute(
                            "INSERT INTO failures (source, stage, code, reason, article_id, failed_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)",
                            (appearance.source, f"component {error.component}", error.code, error.message,
                             article.id, now()),
                        )
            conn.execute(
                "INSERT OR IGNORE INTO appearances (article_id, source, outlet, url, published, day, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article.id, appearance.source, appearance.outlet, appearance.url, appearance.published,
                 appearance.day or normalize_day(appearance.published), now()),
            )
            conn.execute("INSERT OR REPLACE INTO inputs (source, status, article_id, done_at) VALUES (?, ?, ?, ?)",
                         (appearance.source, "stored", article.id, now()))
        return new

    def add_failure(self, source: str, reason: str, *, code: str | None = None, stage: str = "read") -> None:
        """Record an input that could not be analysed; it counts as done, so a resumed ingest skips it."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO failures (source, stage, code, reason, article_id, failed_at) VALUES (?, ?, ?, ?, ?, ?)",
                (source, stage, code, reason, None, now()),
            )
            conn.execute("INSERT OR REPLACE INTO inputs (source, status, article_id, done_at) VALUES (?, ?, ?, ?)",
                         (source, "failed", None, now()))

    def forget_failed_inputs(self) -> int:
        """Make failed inputs eligible for another try; returns how many."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM failures WHERE article_id IS NULL")
            return conn.execute("DELETE FROM inputs WHERE status = 'failed'").rowcount

    # -- reading --------------------------------------------------------------------------------------------

    def _read(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[sqlite3.Row]:
        try:
            with self._lock:
                cursor = self.conn.execute(sql, params)
                cursor.row_factory = sqlite3.Row  # type: ignore[assignment]
                return cursor.fetchall()
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc

    def done_sources(self) -> set[str]:
        """Sources already stored or recorded as failed: what a resumed ingest skips."""
        return {row[0] for row in self._read("SELECT source FROM inputs")}

    def resolve_id(self, article_id: str) -> str:
        if len(article_id) == 64:
            return article_id
        if len(article_id) < MIN_ID_PREFIX:
            raise ArticleNotFound(f"article id prefix {article_id!r} is shorter than {MIN_ID_PREFIX} characters",
                                  source=str(self.path))
        rows = self._read("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2",
                          (article_id, article_id + "\uffff"))
        if len(rows) != 1:
            what = "no article" if not rows else "more than one article"
            raise ArticleNotFound(f"{what} with id starting {article_id!r}", source=str(self.path))
        return str(rows[0][0])

    def get(self, article_id: str) -> ArticleAnalysis:
        """The stored result of one article (full id or a unique prefix); raises ArticleNotFound."""
        rows = self._read("SELECT result, text FROM articles WHERE id = ?", (self.resolve_id(article_id),))
        if not rows:
            raise ArticleNotFound(f"no article with id {article_id!r}", source=str(self.path))
        return _load(rows[0]["result"], rows[0]["text"])

    def __contains__(self, article_id: object) -> bool:
        return bool(self._read("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def iter_results(self, *, batch: int = 500) -> Iterator[ArticleAnalysis]:
        """Every stored result, in ingest order."""
        last = 0
        while True:
            rows = self._read("SELECT seq, result, text FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
                              (last, batch))
            if not rows:
                return
            for row in rows:
                yield _load(row["result"], row["text"])
            last = rows[-1]["seq"]

    def appearances(self, article_id: str | None = None) -> list[Appearance]:
        """Where an article appeared (or every appearance), in ingest order."""
        sql = "SELECT seq, source, outlet, url, published, day, ingested_at FROM appearances"
        rows = (self._read(sql + " WHERE article_id = ? ORDER BY seq", (self.resolve_id(article_id),))
                if article_id else self._read(sql + " ORDER BY seq"))
        return [Appearance(source=r["source"], outlet=r["outlet"], url=r["url"], published=r["published"],
                           day=r["day"], ingested_at=r["ingested_at"], seq=r["seq"]) for r in rows]

    def failures(self) -> list[Failure]:
        rows = self._read("SELECT source, stage, code, reason, article_id, failed_at FROM failures ORDER BY seq")
        return [Failure(**dict(r)) for r in rows]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "appearances", "findings", "failures", "inputs"):
            out[table] = int(self._read(f"SELECT count(*) FROM {table}")[0][0])
        return out

    def integrity_check(self) -> str:
        return str(self._read("PRAGMA integrity_check")[0][0])

    # -- search, statistics, republication --------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, rank_all: bool = False, **filters: Any) -> SearchResults:
        """Full-text search ranked by BM25, with snippets; filters: outlet, since, until, technique, narrative,
        actor, genre, language. A query matching more than 5,000 articles is ranked over its most recent
        matches unless ``rank_all`` (see :func:`spinscope.corpus.search.search`)."""
        from .search import search

        return search(self, query, limit=limit, rank_all=rank_all, **filters)

    def stats(self, *, by: str = "outlet") -> list[dict[str, Any]]:
        """Rows of statistics grouped by outlet, day, week, month, narrative or actor (co-occurrence)."""
        from .stats import stats

        return stats(self, by=by)

    def duplicates(self, *, min_similarity: float | None = None, save: bool = True) -> Any:
        """Clusters of republished articles and partial copies (MinHash LSH); saved for statistics."""
        from .dedup import DEFAULT_MIN_SIMILARITY, find_republications

        found = find_republications(self, min_similarity=min_similarity or DEFAULT_MIN_SIMILARITY)
        if save and not self.readonly:
            found.save(self)
        return found


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
