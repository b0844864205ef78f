"""Corpus commands: ingest, failures, import-parquet, duplicates, stats, search, export.

Attached to the main ``spinscope`` group in cli.py. Heavy libraries are imported inside the commands.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import PipelineConfigError, SpinscopeError
from ..settings import DEFAULT_MAX_BYTES

F = TypeVar("F", bound=Callable[..., Any])

OUTPUT_FORMATS = ("table", "csv", "json")


def db_option(f: F) -> F:
    """The one ``--db`` option every corpus command shares."""
    return click.option("--db", "db", required=True, metavar="FILE", type=click.Path(dir_okay=False),
                        help="The corpus store (an SQLite file; created by ingest).")(f)


def format_option(f: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True,
                        help="Output format.")(f)


def friendly(f: F) -> F:
    """One line on stderr and exit 1 for a spinscope error, never a traceback."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        import sqlite3

        try:
            try:
                return f(*args, **kwargs)
            except sqlite3.Error as exc:  # a query outside the store's own translation: a damaged store
                from pathlib import Path

                from ..corpus.store import _translate

                raise _translate(exc, Path(str(kwargs.get("db") or "?"))) from exc
        except PipelineConfigError as exc:
            raise click.UsageError(str(exc)) from exc
        except SpinscopeError as exc:
            click.echo(f"{click.style('error', fg='red')}: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted: what was stored is kept; run the same command again to resume", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def _open(db: str, *, readonly: bool = True) -> Any:
    from ..corpus.store import Store

    return Store.open(db, readonly=readonly, create=not readonly)


def emit_rows(rows: list[dict[str, Any]], fmt: str, *, title: str | None = None) -> None:
    """Print rows as a rich table, CSV or JSON on stdout."""
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        from ..corpus.export import to_csv

        click.echo(to_csv(rows), nl=False)
        return
    from rich.table import Table

    from ..report.text import print_table

    if not rows:
        click.echo("(nothing yet)")
        return
    table = Table(title=title, show_lines=False)
    columns = list(rows[0])
    for col in columns:
        table.add_column(col.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    print_table(table)


def _progress() -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class SpeedColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} articles/s" if speed else "- articles/s", style="cyan")

    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    SpeedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=Console(stderr=True))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Analysis processes (local engine) or LocalCluster workers (dask engine, default 2).")
@click.option("--engine", type=click.Choice(("local", "dask")), default="local", show_default=True,
              help="Run the analysis here, or on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786); "
              "without it --engine dask starts a LocalCluster.")
@click.option("--shards", metavar="DIR", help="Where the dask engine writes Parquet shards (default: DB.shards/).")
@click.option("--components", metavar="NAMES", help="Comma-separated component names (default: all built-in).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest input file (or JSON line) accepted.")
@click.option("--retry-failed", is_flag=True, help="Try again the inputs that failed in earlier runs.")
@click.option("--wait", is_flag=True, help="If another ingest is writing to the store, wait for it instead of "
              "stopping.")
@friendly
def ingest(paths: tuple[str, ...], db: str, workers: int, engine: str, scheduler: str | None, shards: str | None,
           components: str | None, max_bytes: int, retry_failed: bool, wait: bool) -> None:
    """Analyse articles (files, directories, JSON Lines, .jsonl.gz) and store them in a corpus store.

    Resumable: stop it at any moment (even kill -9) and run the same command again; every article is stored
    exactly once. What is done is known by content (each file or JSON line with where it was read), so a
    rewritten file or another feed on stdin is stored, and the same content again is skipped. Inputs are
    streamed; --max-bytes bounds each file after decompression and each JSON line, while reading. Inputs that
    fail are recorded with their reason (see `spinscope failures`).

    \b
    Examples:
        spinscope ingest articles/ feed.jsonl.gz --db corpus.db --workers 2
        spinscope ingest big.jsonl.gz --db corpus.db --engine dask --scheduler tcp://10.0.0.5:8786
    """
    names = [c.strip() for c in components.split(",") if c.strip()] if components else None
    progress = _progress()
    state: dict[str, Any] = {}

    def on_total(total: int) -> None:
        progress.update(state["task"], total=total)

    def on_progress(n: int) -> None:
        progress.advance(state["task"], n)

    with progress:
        # inputs are streamed: the number of articles is known once they are all read (a pulsing bar until then)
        state["task"] = progress.add_task("ingesting", total=None)
        if engine == "dask":
            from ..batch.dask_runner import LOCAL_CLUSTER_WORKERS, run_dask

            report = run_dask(paths, db, components=names, scheduler=scheduler,
                              workers=workers if workers > 1 else LOCAL_CLUSTER_WORKERS, shards=shards,
                              max_bytes=max_bytes, retry_failed=retry_failed, wait=wait, on_total=on_total,
                              on_progress=on_progress)
        else:
            from ..batch.local import run_local

            report = run_local(paths, db, components=names, workers=workers, max_bytes=max_bytes,
                               retry_failed=retry_failed, wait=wait, on_total=on_total, on_progress=on_progress)
    if report.migrated:
        click.echo(f"note: migrated {db} from an older schema (applied: {', '.join(report.migrated)})", err=True)
    for source, message in report.failures:
        line = message if message.startswith(source) else f"{source}: {message}"
        click.echo(f"{click.style('failed', fg='yellow')}: {line}", err=True)
    click.echo(f"{report.stored} stored ({report.new_articles} new articles), {report.failed} failed, "
               f"{report.skipped} already done; {report.rate:.1f} articles/s", err=True)
    if report.failed:
        sys.exit(1)


@click.command()
@db_option
@format_option
@friendly
def failures(db: str, fmt: str) -> None:
    """List the inputs that failed, and the components that failed on stored articles, with their reasons.

    \b
    Example:
        spinscope failures --db corpus.db
    """
    from dataclasses import asdict

    with _open(db) as store:
        rows = [asdict(f) for f in store.failures()]
    emit_rows(rows, fmt, title=f"{len(rows)} failure(s)")


@click.command("import-parquet")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@friendly
def import_parquet_command(paths: tuple[str, ...], db: str) -> None:
    """Load Parquet shards written by `spinscope ingest --engine dask` into a store (directories: every shard).

    \b
    Example:
        spinscope import-parquet corpus.db.shards/ --db corpus.db
    """
    from pathlib import Path

    from ..batch.dask_runner import import_parquet
    from ..batch.local import ingest_lock
    from ..corpus.store import Store

    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.parquet")) if p.is_dir() else [p]
    with Store.open(db) as store, ingest_lock(db):
        report = import_parquet(store, files)
    click.echo(f"{len(files)} shard(s): {report.stored} stored ({report.new_articles} new articles), "
               f"{report.failed} failed, {report.skipped} already in the store", err=True)


@click.command()
@db_option
@click.option("--min-similarity", type=click.FloatRange(0.05, 1.0), default=None,
              help="Smallest estimated Jaccard similarity of two articles' word 5-gram sets to count as copies "
                   "(default 0.5).")
@click.option("--min-paragraphs", type=click.IntRange(min=1), default=None,
              help="Copied paragraphs that make a partial copy (default 2).")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True)
@friendly
def duplicates(db: str, min_similarity: float | None, min_paragraphs: int | None, fmt: str) -> None:
    """Find republished articles (near-duplicates, MinHash LSH) and partial copies (copied paragraphs).

    Each cluster names its first publisher (earliest date, then earliest ingest) and the outlets that
    republished it. The result is also saved in the store for `spinscope stats --by outlet`.

    \b
    Example:
        spinscope duplicates --db corpus.db --min-similarity 0.6
    """
    from ..corpus.dedup import DEFAULT_MIN_PARAGRAPHS, DEFAULT_MIN_SIMILARITY, find_republications
    from ..corpus.store import Store

    with Store.open(db, create=False) as store:
        found = find_republications(store, min_similarity=min_similarity or DEFAULT_MIN_SIMILARITY,
                                    min_paragraphs=min_paragraphs or DEFAULT_MIN_PARAGRAPHS)
        found.save(store)
    if fmt == "json":
        click.echo(json.dumps(found.to_dict(), indent=2, ensure_ascii=False))
        return
    rows = list(found.rows())
    if fmt == "csv":
        emit_rows(rows, "csv")
        return
    from rich.console import Console

    console = Console()
    console.print(f"{found.articles:,} articles: {len(found.clusters)} republication cluster(s), "
                  f"{len(found.partial_copies)} partial cop(ies); min similarity {found.min_similarity}")
    for c in found.clusters:
        first = c.first
        console.print(f"[bold]cluster {c.id}[/bold] ({c.size} appearances) first: {first.outlet or '?'} "
                      f"{first.day or 'undated'} {first.article_id[:12]} ({first.url or first.source})")
        for m in c.republishers:
            console.print(f"    republished by {m.outlet or '?'} {m.day or 'undated'} {m.article_id[:12]} "
                          f"similarity {m.similarity:.2f}", highlight=False)
    for p in found.partial_copies:
        console.print(f"[bold]partial copy[/bold]: {p.copy.outlet or '?'} {p.copy.day or 'undated'} "
                      f"{p.copy.article_id[:12]} copies {p.shared_paragraphs} paragraph(s) of "
                      f"{p.original.outlet or '?'} {p.original.day or 'undated'} {p.original.article_id[:12]}")


@click.command()
@db_option
@click.option("--by", type=click.Choice(("outlet", "day", "week", "month", "narrative", "actor")),
              default="outlet", show_default=True, help="Group by outlet, period, narrative, or actor pairs.")
@format_option
@click.option("--chart", metavar="FILE", help="Also draw technique and narrative rates (by outlet or over time) "
              "into FILE.png or FILE.svg.")
@friendly
def stats(db: str, by: str, fmt: str, chart: str | None) -> None:
    """Corpus statistics: outlet profiles, counts over time, narrative spread, actor co-occurrence.

    \b
    Examples:
        spinscope stats --db corpus.db --by outlet
        spinscope stats --db corpus.db --by week --format csv --chart weeks.png
    """
    if chart and not chart.lower().endswith((".png", ".svg")):
        raise click.BadParameter("the chart file must end in .png or .svg", param_hint="--chart")
    from ..corpus.stats import chart as draw

    with _open(db) as store:
        rows = store.stats(by=by)
        if by == "outlet" and fmt == "table" and rows and rows[0]["republished_share"] is None:
            click.echo("note: republished share is empty until `spinscope duplicates` has been run", err=True)
        if chart:
            click.echo(f"wrote {draw(store, chart, by=by)}", err=True)
    emit_rows(rows, fmt, title=f"by {by}")


@click.command()
@click.argument("query")
@db_option
@click.option("--outlet", help="Only articles that appeared at this outlet.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only articles published on or before this day.")
@click.option("--technique", metavar="LABEL", help="Only articles with this technique (e.g. Name_Calling-Labeling).")
@click.option("--narrative", metavar="LABEL", help="Only articles with this narrative (or a sub-narrative of it).")
@click.option("--actor", metavar="NAME", help="Only articles that mention this actor.")
@click.option("--genre", type=click.Choice(("opinion", "reporting", "satire")), help="Only articles of this genre.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--rank-all", is_flag=True,
              help="Rank every match of a query that matches more than 5,000 articles (slower; see above).")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True)
@friendly
def search(query: str, db: str, limit: int, rank_all: bool, fmt: str, **filters: Any) -> None:
    """Full-text search, ranked by BM25, with snippets. QUERY is words, "a phrase", or FTS5 syntax.

    A query that matches more than 5,000 articles (after filters) is ranked over its 5,000 most recently
    stored matches, to answer fast; a note on stderr says so. --rank-all ranks every match.

    \b
    Examples:
        spinscope search --db corpus.db "grain exports"
        spinscope search --db corpus.db "sanctions" --technique Name_Calling-Labeling --since 2024-01-01
    """
    import datetime as dt

    for key in ("since", "until"):
        if filters.get(key):
            try:
                dt.date.fromisoformat(filters[key])
            except ValueError as exc:
                raise click.BadParameter(f"{filters[key]!r} is not a date (YYYY-MM-DD)", param_hint=f"--{key}") from exc
    with _open(db) as store:
        hits = store.search(query, limit=limit, rank_all=rank_all, **{k: v for k, v in filters.items() if v})
    if hits.note:
        click.echo(f"note: {hits.note} (--rank-all)", err=True)
    rows = [{"article": h.article_id[:12], "score": float(f"{h.score:.4g}"), "day": h.day,
             "outlets": ", ".join(h.outlets), "title": h.title, "snippet": h.snippet} for h in hits]
    if fmt == "json":
        for row, hit in zip(rows, hits, strict=True):
            row["article"] = hit.article_id
    emit_rows(rows, fmt, title=f"{len(rows)} hit(s) for {query!r}")


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv", "parquet")), default="jsonl", show_default=True)
@click.option("--what", type=click.Choice(("articles", "findings", "appearances")), default="articles",
              show_default=True, help="Full articles, one row per finding (span), or where articles appeared.")
@click.option("--output", "-o", metavar="FILE", help="Write here instead of stdout (required for parquet).")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists (without it, an existing file is "
              "refused).")
@friendly
def export(db: str, fmt: str, what: str, output: str | None, force: bool) -> None:
    """Export the store's articles, findings or appearances as JSON Lines, CSV or Parquet.

    The output appears whole or not at all (it is written to a temporary file first). CSV cells that a
    spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) start with a ' instead.

    \b
    Examples:
        spinscope export --db corpus.db --format jsonl > articles.jsonl
        spinscope export --db corpus.db --format parquet --what findings -o findings.parquet
    """
    from ..corpus.export import check_output
    from ..corpus.export import export as run_export

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs --output FILE")
    if output:
        check_output(output, force=force)  # before the store is opened: a clear error, nothing done
    with _open(db) as store:
        count = run_export(store, fmt=fmt, what=what, output=output, force=force)
    if output:
        click.echo(f"wrote {count} {what} row(s) to {output}", err=True)


commands = [ingest, failures, import_parquet_command, duplicates, stats, search, export]
