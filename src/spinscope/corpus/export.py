"""Export the store: articles (full results or flat rows), findings (one row per span), appearances."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

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


def export(store: Store, *, fmt: str = "jsonl", what: str = "articles", output: str | Path | None = None) -> int:
    """Write the store's articles, findings or appearances to ``output`` (stdout when None; Parquet needs a file).

    JSON Lines of articles are the full results (each line a valid ``ArticleAnalysis``); every other
    combination is flat rows. Returns the number of rows written.
    """
    if fmt not in FORMATS or what not in WHAT:
        raise ValueError(f"format must be one of {FORMATS} and what one of {WHAT}")
    columns = {"articles": ARTICLE_COLUMNS, "findings": FINDING_COLUMNS, "appearances": APPEARANCE_COLUMNS}[what]
    rows_fn = {"articles": _article_rows, "findings": _finding_rows, "appearances": _appearance_rows}[what]
    if fmt == "parquet":
        if output is None:
            raise ValueError("Parquet export needs an output file (--output FILE.parquet)")
        return _write_parquet(rows_fn(store), columns, Path(output))
    fh: IO[str] = sys.stdout if output is None else Path(output).open("w", encoding="utf-8", newline="")  # noqa: SIM115
    count = 0
    try:
        if fmt == "jsonl" and what == "articles":
            for result in store.iter_results():
                fh.write(result.model_dump_json() + "\n")
                count += 1
        elif fmt == "jsonl":
            for row in rows_fn(store):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        else:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in rows_fn(store):
                writer.writerow(row)
                count += 1
    finally:
        if fh is not sys.stdout:
            fh.close()
    return count


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


def to_csv(rows: list[dict[str, Any]]) -> str:
    """Rows of statistics as CSV text."""
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
