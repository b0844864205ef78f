"""``spinscope analyze``, ``spinscope components`` and ``spinscope serve``: one article or a folder, a report each."""

from __future__ import annotations

import itertools
import os
import re
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..document import ArticleInput
from ..errors import PipelineConfigError, SpinscopeError
from ..ingest.readers import IngestFailure, iter_paths
from ..result import ArticleAnalysis
from ..settings import DEFAULT_MAX_BYTES

FORMATS = ("text", "json", "jsonl", "html")

err_console = Console(stderr=True)


def _safe_name(result: ArticleAnalysis) -> str:
    stem = Path((result.article.source or "article").split(":")[0]).stem or "article"
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)[:60]
    return f"{stem}-{result.article.id[:8]}"


def _write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")


class ResultWriter:
    """Writes each result as soon as it is analyzed, so a batch of any size holds one result in memory.

    ``expected`` is the number of articles in the batch, or 2 for "several" (inputs are streamed, so the CLI
    reads ahead only far enough to tell one from several): it decides, before the first result, whether a
    single ``--output`` is a file or a directory (HTML of several articles) and whether JSON is an object or
    an array. Text to the terminal is the exception: it is printed at :meth:`close`, after the progress bar.
    """

    def __init__(self, fmt: str, output: str | None, expected: int, *, verbose: bool = False) -> None:
        self.fmt = fmt
        self.verbose = verbose
        self.out = Path(output) if output else None
        self.to_dir = self.out is not None and (self.out.is_dir() or str(output).endswith(("/", "\\")) or (
            expected > 1 and fmt == "html"))
        self.array = fmt == "json" and expected > 1 and not self.to_dir
        self.written: list[Path] = []
        self.count = 0
        self._held: list[ArticleAnalysis] = []  # text for the terminal only
        self._fh: Any = None
        self._console: Console | None = None

    def check(self) -> None:
        """Raise click.BadParameter, before any analysis, when the output cannot be written."""
        if self.out is None:
            return
        if self.to_dir:
            if self.out.exists() and not self.out.is_dir():
                raise click.BadParameter(f"{self.out} is a file, but several {self.fmt.upper()} reports need a "
                                         "folder: give a folder name (or end it with /)", param_hint="--output")
            folder = self.out
        else:
            folder = self.out.parent
        existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if existing is not None and not existing.is_dir():
            raise click.BadParameter(f"{existing} is a file, not a folder", param_hint="--output")
        if existing is not None and not os.access(existing, os.W_OK):
            raise click.BadParameter(f"cannot write to the folder {existing}", param_hint="--output")

    def _stream(self) -> Any:
        if self._fh is None:
            if self.out is None:
                self._fh = sys.stdout
            else:
                self.out.parent.mkdir(parents=True, exist_ok=True)
                self._fh = self.out.open("w", encoding="utf-8")
                self.written.append(self.out)
            if self.array:
                self._fh.write("[\n")
        return self._fh

    def add(self, result: ArticleAnalysis) -> None:
        from ..report.html import render_html
        from ..report.text import print_summary

        self.count += 1
        if self.fmt == "text":
            if self.out is None:
                self._held.append(result)
            else:
                if self._console is None:
                    self._console = Console(file=self._stream(), width=120, force_terminal=False)
                print_summary(result, self._console, verbose=self.verbose)
        elif self.out is not None and self.to_dir:
            suffix = {"json": ".json", "jsonl": ".jsonl", "html": ".html"}[self.fmt]
            path = self.out / f"{_safe_name(result)}{suffix}"
            _write(path, render_html(result) if self.fmt == "html"
                   else result.model_dump_json(indent=2 if self.fmt == "json" else None))
            self.written.append(path)
        elif self.fmt == "html":
            self._stream().write(render_html(result))
        elif self.fmt == "jsonl":
            self._stream().write(result.model_dump_json() + "\n")
        else:
            fh = self._stream()
            if self.array and self.count > 1:
                fh.write(",\n")
            fh.write(result.model_dump_json(indent=2) + ("" if self.array else "\n"))

    def close(self) -> list[Path]:
        """Finish the output (the JSON array's end, the terminal summaries); the files written."""
        if self._held:
            from ..report.text import print_summary

            console = Console()
            for result in self._held:
                print_summary(result, console, verbose=self.verbose)
        if self._fh is not None:
            if self.array:
                self._fh.write("\n]\n")
            if self._fh is not sys.stdout:
                self._fh.close()
            else:
                self._fh.flush()
        return self.written


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--output", "-o", metavar="FILE|DIR",
              help="Write here instead of stdout; a directory gets one file per article.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest input file accepted.")
@click.option("--components", metavar="NAMES", help="Comma-separated component names (default: all built-in).")
@click.option("--verbose", "-v", is_flag=True, help="Text format: every finding, unclipped (default: the top rows).")
def analyze(paths: tuple[str, ...], fmt: str, output: str | None, max_bytes: int, components: str | None,
            verbose: bool) -> None:
    """Analyze articles: text, HTML or JSON Lines files, directories, or - for stdin.

    \b
    Examples:
        spinscope analyze article.txt
        spinscope analyze article.txt --verbose
        spinscope analyze page.html --format json --output result.json
        spinscope analyze corpus/ --format html --output reports/
        cat articles.jsonl | spinscope analyze - --format jsonl

    Exit status: 0 when every article was analyzed, 1 when some failed (each is named), 2 on usage errors.
    """
    from ..api import load_pipeline
    from ..config import load_config
    from ..pipeline import resolve

    names = components.split(",") if components else None
    try:
        resolve(names or load_config().layers())  # a bad name is a usage error before anything is read
    except PipelineConfigError as exc:
        raise click.UsageError(str(exc)) from exc

    # Inputs are streamed (one in memory at a time); read ahead only until two articles are known, which
    # decides whether --output is a file or a folder, then check it before any model is loaded.
    items = iter_paths(paths, max_bytes=max_bytes)
    failures: list[tuple[str, str]] = []
    ahead: list[ArticleInput] = []
    for item in items:
        if isinstance(item, IngestFailure):
            failures.append((item.source, item.message))
        else:
            ahead.append(item)
            if len(ahead) == 2:
                break
    writer = ResultWriter(fmt, output, len(ahead), verbose=verbose)
    writer.check()
    try:
        pipeline = load_pipeline(names)
    except PipelineConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=err_console, disable=len(ahead) < 2,
    )
    with progress:
        task = progress.add_task("analyzing", total=None)
        for item in itertools.chain(ahead, items):
            if isinstance(item, IngestFailure):
                failures.append((item.source, item.message))
                continue
            article = item
            try:
                result = pipeline(article)
            except SpinscopeError as exc:
                failures.append((article.source or "<input>", str(exc)))
            except Exception as exc:  # a defect costs one article, never the batch: named with its reason
                failures.append((article.source or "<input>", f"analysis failed: {type(exc).__name__}: {exc}"))
            else:
                writer.add(result)
                failures += [
                    (article.source or "<input>", f"component {e.component} failed: {e.message} [{e.code}]")
                    for e in result.errors if e.level == "error"
                ]
            progress.advance(task)
        ahead.clear()

    for path in writer.close():
        click.echo(f"wrote {path}", err=True)
    for source, message in failures:
        # one line per failure: the message already names its source when it came from a reader
        line = message if message.startswith(source) else f"{source}: {message}"
        click.echo(f"{click.style('error', fg='red')}: {line}", err=True)
    if failures:
        click.echo(f"{writer.count} analyzed, {len(failures)} failed", err=True)
        sys.exit(1)


@click.command()
def components() -> None:
    """List the registered analysis components, with what each requires and assigns.

    \b
    Example:
        spinscope components
    """
    from rich.table import Table

    from ..config import load_config
    from ..pipeline import registered_components
    from ..report.text import print_table

    layers = load_config().layers()

    table = Table()
    for col in ("name", "default", "requires", "assigns", "description"):
        table.add_column(col)
    for name, spec in registered_components().items():
        table.add_row(name, "yes" if name in layers else "",
                      ", ".join([*spec.requires, *(f"{o} (if present)" for o in spec.optional)]),
                      ", ".join(spec.assigns), spec.description)
    print_table(table)


@click.command()
@click.option("--db", metavar="FILE", help="Corpus store (SQLite) to serve and store into.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="SPINSCOPE_TOKEN", help="API token; required when binding beyond loopback.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest request body accepted.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds one analysis may take.")
@click.option("--components", metavar="NAMES", help="Comma-separated component names (default: all built-in).")
@click.option("--allow-host", "allow_hosts", metavar="NAME", multiple=True,
              help="Another host name the server answers to without a token (repeatable; the bound address, "
                   "localhost, 127.0.0.1 and [::1] always are).")
def serve(db: str | None, host: str, port: int, token: str | None, max_bytes: int, timeout: float,
          components: str | None, allow_hosts: tuple[str, ...]) -> None:
    """Serve the web app and the REST API (OpenAPI docs at /docs).

    \b
    Examples:
        spinscope serve
        spinscope serve --db spinscope.db --port 8080
        SPINSCOPE_TOKEN=secret spinscope serve --host 0.0.0.0
    """
    import ipaddress

    from ..config import active_path
    from ..web import ServerSettings, create_app
    from ..web.server import serve as serve_app

    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not token:
        raise click.UsageError(f"binding to {host} exposes the server: give --token or set SPINSCOPE_TOKEN")
    names = tuple(components.split(",")) if components else None
    try:
        app = create_app(ServerSettings(db=db, token=token, max_bytes=max_bytes, analysis_timeout=timeout,
                                        components=names, host=host, allowed_hosts=allow_hosts,
                                        config=str(path) if (path := active_path()) else None))
    except PipelineConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    serve_app(app, host=host, port=port)
