"""Export the store: articles (full results or flat rows), findings (one row per span), appearances."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import OutputError

if TYPE_CHECKING:
    from .store import Store

FORMATS = ("jsonl", "csv", "parquet")
WHAT = ("articles", "findings", "appearances")

ARTICLE_COLUMNS = ("id", "title", "language", "genre", "words", "outlets", "first_day", "appearances", "findings",
                   "ingested_at")
FINDING_COLUMNS = ("article_id", "layer", "label", "start", "end", "score", "detail")
APPEARANCE_COLUMNS = ("article_id", "source", "outlet", "url", "published", "day", "ingested_at")


def _article_rows(store: Store) -> Iterator[dict[str, Any]]:
    sql = ("SELECT a.id, a.title, a.language, a.genre, a.words, "
           "(SELECT group_concat(DISTINCT outlet) FROM appearances WHERE article_id = a.id), "
           "(SELECT min(day) FROM appearances WHERE article_id = a.id), "
           "(SELECT count(*) FROM appearances WHERE article_id = a.id), "
           "(SELECT count(*) FROM findings WHERE article_id = a.id), a.ingested_at FROM articles a ORDER BY a.seq")
    for row in store.conn.execute(sql):
        yield dict(zip(ARTICLE_COLUMNS, row, strict=True))


def _finding_rows(store: Store) -> Iterator[dict[str, Any]]:
    sql = ("SELECT f.article_id, f.layer, f.label, f.start_char, f.end_char, f.score, f.detail FROM findings f "
           "JOIN articles a ON a.id = f.article_id ORDER BY a.seq, f.rowid")
    for row in store.conn.execute(sql):
        yield dict(zip(FINDING_COLUMNS, row, strict=True))


def _appearance_rows(store: Store) -> Iterator[dict[str, Any]]:
    sql = f"SELECT {', '.join(APPEARANCE_COLUMNS)} FROM appearances ORDER BY seq"
    for row in store.conn.execute(sql):
        yield dict(zip(APPEARANCE_COLUMNS, row, strict=True))


#: A cell starting with one of these is read as a formula by spreadsheets (Excel, LibreOffice, Google Sheets):
#: OWASP's CSV-injection advice is to make such a cell start with a single quote, so it is shown as text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting with =, +, -, @, tab or CR gets a
    leading ``'`` (numbers are left as they are); a list becomes its items joined by ``"; "``."""
    if isinstance(value, list | tuple):
        value = "; ".join(map(str, value))
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv(fh: IO[str], rows: Iterable[dict[str, Any]], columns: Sequence[str] | None = None) -> int:
    """The one CSV writer (CLI exports and statistics, the web app's downloads): a header, then each row with
    every cell made safe for spreadsheets (:func:`safe_cell`). Columns default to the first row's keys; keys
    outside them are left out. Returns the number of rows written."""
    iterator = iter(rows)
    first = next(iterator, None)
    if columns is None:
        if first is None:
            return 0
        columns = list(first)
    writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in itertools.chain([] if first is None else [first], iterator):
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
        count += 1
    return count


def to_csv(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV text (empty when there are none), cells made safe for spreadsheets."""
    out = io.StringIO()
    write_csv(out, rows)
    return out.getvalue()


def check_output(output: str | Path, *, force: bool = False) -> Path:
    """The output path, refused with a clear OutputError before any work is done when it cannot be written:
    its folder is missing, a folder stands in its place, or a file is there and ``force`` is not set."""
    path = Path(output)
    if path.is_dir():
        raise OutputError("is a folder: give a file name", source=str(path))
    if not path.parent.is_dir():
        raise OutputError(f"no such folder: {path.parent}", source=str(path))
    if path.exists() and not force:
        raise OutputError("the file exists: pass --force to overwrite it", source=str(path))
    if not os.access(path.parent, os.W_OK):
        raise OutputError(f"cannot write to the folder {path.parent}", source=str(path))
    return path


@contextmanager
def atomic_output(path: Path | None, *, binary: bool = False) -> Iterator[Path]:
    """A temporary file that becomes ``path`` only when the block ends without error (stdout when None: its
    content is copied there at the end). A failure (a damaged store, a full disk) leaves no partial output."""
    folder = path.parent if path is not None else None
    fd, name = tempfile.mkstemp(prefix=f".{path.name}." if path else "spinscope-export.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if path is None:
            with tmp.open("rb") as src:
                shutil.copyfileobj(src, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}; nothing was written",
                          source=str(path) if path else "<stdout>") from exc
    finally:
        tmp.unlink(missing_ok=True)


def export(store: Store, *, fmt: str = "jsonl", what: str = "articles", output: str | Path | None = None,
           force: bool = False) -> int:
    """Write the store's articles, findings or appearances to ``output`` (stdout when None; Parquet needs a file).

    JSON Lines of articles are the full results (each line a valid ``ArticleAnalysis``); every other
    combination is flat rows; CSV cells are made safe for spreadsheets (:func:`safe_cell`). The output is
    written to a temporary file first and appears whole or not at all. An existing ``output`` is refused
    (OutputError) unless ``force``. Returns the number of rows written.
    """
    if fmt not in FORMATS or what not in WHAT:
        raise ValueError(f"format must be one of {FORMATS} and what one of {WHAT}")
    columns = {"articles": ARTICLE_COLUMNS, "findings": FINDING_COLUMNS, "appearances": APPEARANCE_COLUMNS}[what]
    rows_fn = {"articles": _article_rows, "findings": _finding_rows, "appearances": _appearance_rows}[what]
    if fmt == "parquet" and output is None:
        raise ValueError("Parquet export needs an output file (--output FILE.parquet)")
    path = check_output(output, force=force) if output is not None else None
    from .store import _translate

    try:
        with atomic_output(path) as tmp:
            if fmt == "parquet":
                return _write_parquet(rows_fn(store), columns, tmp)
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                count = 0
                if fmt == "jsonl" and what == "articles":
                    for result in store.iter_results():
                        fh.write(result.model_dump_json() + "\n")
                        count += 1
                elif fmt == "jsonl":
                    for row in rows_fn(store):
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                        count += 1
                else:
                    count = write_csv(fh, rows_fn(store), columns)
            return count
    except sqlite3.Error as exc:
        raise _translate(exc, store.path) from exc


def _write_parquet(rows: Iterator[dict[str, Any]], columns: tuple[str, ...], path: Path, *,
                   batch: int = 50_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer: pq.ParquetWriter | None = None
    count = 0
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        table = pa.Table.from_pylist(chunk, schema=schema)
        if writer is None:
            writer = pq.ParquetWriter(path, schema, compression="zstd")
        writer.write_table(table)
        chunk.clear()

    types = {"start": pa.int64(), "end": pa.int64(), "score": pa.float64(), "words": pa.int64(),
             "appearances": pa.int64(), "findings": pa.int64()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
    for row in rows:
        chunk.append(row)
        count += 1
        if len(chunk) >= batch:
            flush()
    if chunk or writer is None:
        flush()
    assert writer is not None
    writer.close()
    return count
