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
import hashlib
import json
import os
import random
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ArticleNotFound, DamagedStore, NotAStore, StoreBusy, StoreError, StoreWriteError
from ..result import ArticleAnalysis
from .search import SearchHit, SearchResults  # noqa: F401  (SearchHit is re-exported: corpus.SearchHit)

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
    (
        # resume by content (issue 21): the ledger ``inputs`` is keyed by a content key (sha256 of where an item
        # was read and its bytes), no longer by source alone, so new content at a known path or on stdin is never
        # skipped; an appearance is one per (article, source, outlet, url, published), so the same text from
        # outlets A, B and C through one source (the API) keeps three. The tables are rebuilt (SQLite cannot
        # drop a UNIQUE constraint); rows of older stores keep their source as key, prefixed ``source:``.
        "0005_content_keys",
        """
        CREATE TABLE appearances_new (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL REFERENCES articles(id),
            source TEXT NOT NULL,
            outlet TEXT,
            url TEXT,
            published TEXT,
            day TEXT,
            ingested_at TEXT NOT NULL
        );
        INSERT INTO appearances_new (seq, article_id, source, outlet, url, published, day, ingested_at)
            SELECT seq, article_id, source, outlet, url, published, day, ingested_at FROM appearances ORDER BY seq;
        DROP TABLE appearances;
        ALTER TABLE appearances_new RENAME TO appearances;
        CREATE INDEX appearances_outlet ON appearances (outlet);
        CREATE INDEX appearances_day ON appearances (day);
        CREATE UNIQUE INDEX appearances_identity ON appearances (
            article_id, source, ifnull(outlet, ''), ifnull(url, ''), ifnull(published, ''));
        CREATE TABLE inputs_new (
            key TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('stored', 'failed')),
            article_id TEXT,
            done_at TEXT NOT NULL
        );
        INSERT INTO inputs_new (key, source, status, article_id, done_at)
            SELECT 'source:' || source, source, status, article_id, done_at FROM inputs;
        DROP TABLE inputs;
        ALTER TABLE inputs_new RENAME TO inputs;
        CREATE INDEX inputs_source ON inputs (source);
        """,
    ),
)

#: Migrations that rebuild tables others reference: run with foreign keys off (SQLite's "12 steps" for
#: changing a table), then checked with ``PRAGMA foreign_key_check`` before they commit.
REBUILDING_MIGRATIONS = frozenset({"0005_content_keys"})

#: Pending migrations a read-only open may leave pending: the reads (search, stats, export) work on the
#: older schema, so a store in a read-only place can still be read after an upgrade of spinscope.
READ_COMPATIBLE_MIGRATIONS = frozenset({"0005_content_keys"})

#: Prefix of the ledger keys carried over from stores made before 0005 (keyed by source).
LEGACY_KEY_PREFIX = "source:"


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

    def key(self, article_id: str) -> str:
        """The default ledger key of this appearance of an article: sha256 of the article and where it
        appeared (source, outlet, url, date). Used when the caller has no content key of its own (the API)."""
        parts = [article_id, self.source, self.outlet, self.url, self.published]
        payload = json.dumps(parts, ensure_ascii=False).encode("utf-8", errors="surrogatepass")
        return "appearance:" + hashlib.sha256(payload).hexdigest()


@dataclass(frozen=True)
class Failure:
    """An input that was not stored, or a component that failed on a stored article."""

    source: str
    stage: str
    code: str | None
    reason: str
    article_id: str | None
    failed_at: str


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
        if layer == "extensions":  # plugin layers: each span a finding of the layer "extensions.<name>"
            rows += [(f"{layer}.{name}", span.label, span.start, span.end, span.score, None)
                     for name, ext in value.items() for span in ext.spans]
            continue
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


#: Longest part of an SQLite message repeated to the user (a damaged page can make it quote raw bytes).
MAX_SQLITE_MESSAGE = 120

#: What to do about a damaged store, said with every such error.
DAMAGED_ADVICE = ("run `sqlite3 FILE 'PRAGMA integrity_check'` on a copy, and restore a backup or "
                  "`sqlite3 FILE .recover`")


def _translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """A typed, one-line error for an SQLite error: never its raw bytes, always what to do."""
    message = str(exc)
    lowered = message.lower()
    # quoted column values (a damaged page's bytes) and anything not printable are left out of what is shown
    shown = re.sub(r"[^\x20-\x7e]", "?", message.split(" with text ", 1)[0])[:MAX_SQLITE_MESSAGE]
    if "readonly" in lowered or "read-only" in lowered:
        return StoreWriteError("cannot write: the database is read-only; nothing was changed", source=str(path))
    if "disk is full" in lowered or "disk full" in lowered:
        return StoreWriteError("cannot write: the disk is full; the last transaction was rolled back and the "
                               "store is intact", source=str(path))
    if "locked" in lowered or "busy" in lowered:
        return StoreBusy("the database is locked by another writer", source=str(path))
    if "not a database" in lowered:
        return NotAStore(f"not a spinscope store, or damaged ({shown}); {DAMAGED_ADVICE}", source=str(path))
    if "malformed" in lowered or "could not decode" in lowered or "corrupt" in lowered:
        return DamagedStore(f"the store is damaged ({shown}); {DAMAGED_ADVICE}", source=str(path))
    if "unable to open" in lowered:
        return StoreError(f"cannot open the store ({shown}): check that it and its folder can be read",
                          source=str(path))
    return StoreWriteError(f"database error: {shown}", source=str(path))


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
        self._legacy: bool | None = None
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
                conn = cls._connect_readonly(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                       timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.Error as exc:
            raise _translate(exc, path) from exc
        except OSError as exc:
            raise StoreWriteError(f"cannot create the store's folder: {exc.strerror or exc}", source=str(path)) from exc
        try:
            is_store = not tables or cls._is_store(conn, tables)
        except sqlite3.Error as exc:
            conn.close()
            raise _translate(exc, path) from exc
        if not is_store:
            conn.close()
            raise NotAStore("an SQLite database, but not a spinscope store; nothing was changed", source=str(path))
        if readonly:
            store = cls(conn, path, readonly=True, migrated=[], created=False)
            pending = [m for m in store.pending_migrations() if m not in READ_COMPATIBLE_MIGRATIONS]
            if pending:
                conn.close()
                raise StoreError(f"the store needs migrations ({', '.join(pending)}); open it once for writing",
                                 source=str(path))
            return store
        try:
            # WAL with synchronous=NORMAL: a killed process never loses a committed transaction.
            _enable_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            conn.close()
            raise _translate(exc, path) from exc
        store = cls(conn, path, readonly=False, migrated=[], created=not tables)
        try:
            applied = store.migrate()
        except BaseException:
            conn.close()
            raise
        store.created = store.created or applied[:1] == [MIGRATIONS[0][0]]
        store.migrated = [] if store.created else applied
        return store

    @staticmethod
    def _connect_readonly(path: Path) -> sqlite3.Connection:
        """A read-only connection; in a folder this process cannot write, an immutable one.

        A WAL store's readers need its ``-shm`` file, which SQLite cannot create in a read-only folder; there,
        no writer can be at work either (it could not create its ``-wal``), so the file is opened as immutable.
        A ``-wal`` file left there by a writer that was killed holds committed data an immutable reader would
        miss: that is refused with a clear error.
        """
        uri = path.resolve().as_uri()
        if os.access(path.parent, os.W_OK) or Path(f"{path}-shm").exists():
            return sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError("the store has unsaved changes in its -wal file, and its folder is not writable: "
                             "open it once where it can be written (e.g. copy the folder)", source=str(path))
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)

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
        """Apply the pending migrations (up to and including ``upto``), each in its own transaction.

        Safe when several processes open (or create) the same store at once: each migration is checked for
        and applied inside one ``BEGIN IMMEDIATE`` transaction, so it runs once and the others skip it; the
        table ``migrations`` is created in the transaction of the first migration, so a store is never seen
        half made.
        """
        applied: list[str] = []
        if not self.pending_migrations():
            return applied
        for name, sql in MIGRATIONS:
            rebuild = name in REBUILDING_MIGRATIONS
            if rebuild:  # a no-op inside a transaction, so set before it
                self.conn.execute("PRAGMA foreign_keys = OFF")
            try:
                with self.transaction() as conn:
                    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
                    if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone() is None:
                        for statement in _statements(sql):
                            conn.execute(statement)
                        if name == MIGRATIONS[0][0]:
                            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", STORE_MARK)
                        if rebuild and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                            raise StoreError(f"migration {name} would break a reference; nothing was changed",
                                             source=str(self.path))
                        conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now()))
                        applied.append(name)
            finally:
                if rebuild:
                    self.conn.execute("PRAGMA foreign_keys = ON")
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

    def add(self, result: ArticleAnalysis, appearance: Appearance | None = None, *, key: str | None = None) -> bool:
        """Store a result and where it appeared. Returns True when the article (its text) was new.

        ``key`` is the input's content key (see :meth:`is_done`; ingest passes the reader's digest). Without
        it the appearance's own key is used (:meth:`Appearance.key`), so the same text from several sources,
        or from one source with different outlets (the API), keeps each appearance, and the same text from the
        same place again is a no-op.
        """
        appearance = appearance or Appearance.of(result)
        article = result.article
        key = key or appearance.key(article.id)
        with self.transaction() as conn:
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
            # an older store (before 0005) has one appearance per (article, source): there OR IGNORE keeps the first
            conn.execute(
                "INSERT OR IGNORE INTO appearances (article_id, source, outlet, url, published, day, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article.id, appearance.source, appearance.outlet, appearance.url, appearance.published,
                 appearance.day or normalize_day(appearance.published), now()),
            )
            self._mark_done(conn, key, appearance.source, "stored", article.id)
        return new

    def _mark_done(self, conn: sqlite3.Connection, key: str, source: str, status: str,
                   article_id: str | None) -> None:
        if self._legacy_inputs():
            conn.execute("INSERT OR REPLACE INTO inputs (source, status, article_id, done_at) VALUES (?, ?, ?, ?)",
                         (source, status, article_id, now()))
        else:
            conn.execute("INSERT OR REPLACE INTO inputs (key, source, status, article_id, done_at) "
                         "VALUES (?, ?, ?, ?, ?)", (key, source, status, article_id, now()))

    def _legacy_inputs(self) -> bool:
        """Whether the ledger is still keyed by source (a store opened before migration 0005, read-only)."""
        if self._legacy is None:
            columns = {row[1] for row in self.conn.execute("PRAGMA table_info(inputs)")}
            self._legacy = "key" not in columns
        return self._legacy

    def add_failure(self, source: str, reason: str, *, code: str | None = None, stage: str = "read",
                    key: str | None = None) -> None:
        """Record an input that could not be analysed; it counts as done, so a resumed ingest skips it.

        ``key`` is the input's content key; without it, one made of the source and the reason.
        """
        if key is None:
            payload = json.dumps([source, reason], ensure_ascii=False).encode("utf-8", errors="surrogatepass")
            key = "failure:" + hashlib.sha256(payload).hexdigest()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO failures (source, stage, code, reason, article_id, failed_at) VALUES (?, ?, ?, ?, ?, ?)",
                (source, stage, code, reason, None, now()),
            )
            self._mark_done(conn, key, source, "failed", None)

    def is_done(self, key: str, *, source: str | None = None, article_id: str | None = None) -> bool:
        """Whether the input with this content key was stored or recorded as failed (a resumed ingest skips it).

        For a store made before content keys, an input stored from ``source`` also counts when its
        ``article_id`` (the content hash of its clean text) is the one stored from there: the same content,
        so rerunning an ingest after an upgrade stores nothing twice.
        """
        if self._read("SELECT 1 FROM inputs WHERE key = ?", (key,)):
            return True
        if source is None or article_id is None:
            return False
        return bool(self._read("SELECT 1 FROM inputs WHERE key = ? AND status = 'stored' AND article_id = ?",
                               (LEGACY_KEY_PREFIX + source, article_id)))

    def has_legacy_inputs(self) -> bool:
        """Whether the ledger holds inputs recorded by source only (before content keys)."""
        return bool(self._read("SELECT 1 FROM inputs WHERE key >= ? AND key < ? LIMIT 1",
                               (LEGACY_KEY_PREFIX, LEGACY_KEY_PREFIX[:-1] + chr(ord(LEGACY_KEY_PREFIX[-1]) + 1))))

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
        """Sources already stored or recorded as failed. Ingest no longer skips by source (see :meth:`is_done`)."""
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


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting for other processes that hold the file meanwhile.

    Changing the journal mode answers "database is locked" at once, without SQLite's busy handler, while
    another connection switches it or holds a lock (measured: 2 of 450 opens of a new store by 3 processes at
    once); so it is retried here, up to BUSY_TIMEOUT_MS.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.2)


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
