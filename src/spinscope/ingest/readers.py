"""Readers: plain text, HTML, JSON Lines, directories and stdin, into ArticleInput items.

Every reader yields either an :class:`ArticleInput` or an :class:`IngestFailure` naming the source and
the reason, so one bad file or line never stops a batch and is never dropped silently.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..document import ArticleInput
from ..errors import InputTooLarge, SpinscopeError, UnreadablePath, UnsupportedInput
from ..langid import identify
from ..settings import DEFAULT_MAX_BYTES

#: Decodings within this chaos of the best one count as tied (see decode_bytes).
ENCODING_CHAOS_TIE = 0.05
ENCODING_CANDIDATES = 5

#: An HTML page whose extracted text has fewer words than this has no article in it.
MIN_HTML_WORDS = 5

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}

#: File signatures of common binary formats, checked before any decoding is tried.
BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"BM", b"RIFF",
    b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\xca\xfe\xba\xbe", b"MZ",
)


@dataclass(frozen=True)
class IngestFailure:
    """An input that could not be read as an article."""

    source: str
    error: SpinscopeError

    @property
    def message(self) -> str:
        return str(self.error)


Item = ArticleInput | IngestFailure


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode bytes as text: UTF-8 first, then the encoding charset-normalizer finds.

    Raises UnsupportedInput for binary data and for data no encoding explains.
    """
    if not data.strip():
        raise UnsupportedInput("empty file", source=source)
    if data.startswith(BINARY_MAGIC) and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedInput("binary file (not text): its first bytes are a known binary signature", source=source)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data[:8192]:
        raise UnsupportedInput("binary file (not text): it contains NUL bytes", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise UnsupportedInput("binary file or unknown text encoding", source=source)
    # Single-byte code pages often tie on charset-normalizer's chaos measure (cp1250 vs cp1252 for
    # French); among the tied ones, keep the decoding whose text the language identifier is surest of.
    least = min(m.chaos for m in matches)
    tied = [str(m) for m in matches if m.chaos <= least + ENCODING_CHAOS_TIE][:ENCODING_CANDIDATES]
    return max(tied, key=lambda text: identify(text[:5000])[1])


def read_bytes(path: Path, *, max_bytes: int, source: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes", source=source)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except SpinscopeError:
        raise
    except OSError as exc:
        raise UnreadablePath(f"cannot read: {exc.strerror or exc}", source=source) from exc
    if len(data) > max_bytes:
        raise InputTooLarge(f"file is over the limit of {max_bytes:,} bytes", source=source)
    return data


def article_from_text(text: str, *, source: str, **meta: Any) -> ArticleInput:
    if not text.strip():
        raise UnsupportedInput("empty text", source=source)
    return ArticleInput(text=text, source=source, input_format="text", **meta)


def article_from_html(html: str, *, source: str, **meta: Any) -> ArticleInput:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
    )
    if extracted is None:
        raise UnsupportedInput("HTML with no extractable article text", source=source)
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = data.get("text") or ""
    if len(text.split()) < MIN_HTML_WORDS:
        raise UnsupportedInput("HTML with no extractable article text", source=source)
    found = {
        "title": data.get("title"),
        "author": data.get("author"),
        "published": data.get("date"),
        "outlet": data.get("sitename") or data.get("hostname"),
        "url": data.get("url"),
    }
    merged = {k: meta.get(k) or v for k, v in found.items()}
    merged.update({k: v for k, v in meta.items() if k not in found})
    return ArticleInput(text=text, source=source, input_format="html", **merged)


JSONL_META_FIELDS = ("title", "url", "outlet", "published", "id", "author")


def article_from_record(record: object, *, source: str) -> ArticleInput:
    """One JSON Lines record: an object with ``text`` or ``html`` and optional metadata."""
    if not isinstance(record, dict):
        raise UnsupportedInput(f"expected a JSON object, got {type(record).__name__}", source=source)
    meta: dict[str, Any] = {}
    for key in JSONL_META_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise UnsupportedInput(f"field {key!r} must be a string", source=source)
        meta[key] = None if value is None else str(value)
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        item = article_from_text(text, source=source, **meta)
        item.input_format = "jsonl"
        return item
    if isinstance(html, str) and html.strip():
        return article_from_html(html, source=source, **meta)
    raise UnsupportedInput("record has no non-empty 'text' or 'html' string field", source=source)


def iter_jsonl_lines(lines: Iterable[str], *, source: str, max_bytes: int, first_line: int = 1) -> Iterator[Item]:
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            if len(line.encode("utf-8", errors="replace")) > max_bytes:
                raise InputTooLarge(f"line is over the limit of {max_bytes:,} bytes", source=where)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UnsupportedInput(f"invalid JSON on line {number}: {exc.msg}", source=where) from exc
            yield article_from_record(record, source=where)
        except SpinscopeError as exc:
            yield IngestFailure(where, exc)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read one file into articles (one for text and HTML, one per line for JSON Lines)."""
    source = str(path)
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    kind_suffix = (suffixes[-2] if len(suffixes) > 1 else "") if gzipped else (suffixes[-1] if suffixes else "")
    if kind_suffix in JSONL_SUFFIXES:
        # JSON Lines are read line by line: the size limit is per line, and a truncated or corrupt
        # .jsonl.gz yields every line before the damage, then a failure naming the line it stopped at.
        yield from iter_jsonl_file(path, gzipped=gzipped, max_bytes=max_bytes)
        return
    try:
        data = read_bytes(path, max_bytes=max_bytes, source=source)
        if gzipped:
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                raise UnsupportedInput(f"not a valid gzip file: {exc}", source=source) from exc
        if kind_suffix in JSONL_SUFFIXES:
            text = decode_bytes(data, source=source) if data.strip() else ""
            if not text:
                raise UnsupportedInput("empty file", source=source)
            yield from iter_jsonl_lines(text.splitlines(), source=source, max_bytes=max_bytes)
            return
        text = decode_bytes(data, source=source)
        if kind_suffix in HTML_SUFFIXES or (kind_suffix not in TEXT_SUFFIXES and looks_like_html(text)):
            yield article_from_html(text, source=source)
        else:
            yield article_from_text(text, source=source)
    except SpinscopeError as exc:
        yield IngestFailure(source, exc)


def iter_jsonl_file(path: Path, *, gzipped: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Stream a JSON Lines file (plain or gzip'd) record by record, naming the line where damage stops it."""
    import zlib

    source = str(path)
    number = 0
    try:
        raw = gzip.open(path, "rb") if gzipped else path.open("rb")  # noqa: SIM115 (closed by the with below)
    except OSError as exc:
        yield IngestFailure(source, UnreadablePath(f"cannot read: {exc.strerror or exc}", source=source))
        return
    with raw:
        try:
            seen_any = False
            for number, line_bytes in enumerate(raw, start=1):
                if number == 1:
                    if b"\x00" in line_bytes[:8192]:
                        yield IngestFailure(source, UnsupportedInput("binary file (not JSON Lines)", source=source))
                        return
                    line_bytes = line_bytes.removeprefix(b"\xef\xbb\xbf")
                seen_any = seen_any or bool(line_bytes.strip())
                line = line_bytes.decode("utf-8", errors="replace")
                yield from iter_jsonl_lines([line], source=source, max_bytes=max_bytes, first_line=number)
            if not seen_any:
                yield IngestFailure(source, UnsupportedInput("empty file", source=source))
        except (OSError, EOFError, zlib.error) as exc:
            where = f"{source}:{number + 1}"
            what = "truncated" if isinstance(exc, EOFError) else "corrupt"
            yield IngestFailure(where, UnsupportedInput(
                f"{what} {'gzip ' if gzipped else ''}data at line {number + 1} ({exc}); "
                f"the {number} line(s) before it were read", source=where))


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def iter_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read every article under the given paths: files, directories (recursive) and ``-`` for stdin."""
    for raw in paths:
        if str(raw) == "-":
            yield from read_stdin(max_bytes=max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield IngestFailure(str(path), UnsupportedInput("directory holds no files", source=str(path)))
            for file in files:
                yield from read_file(file, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield IngestFailure(str(path), UnreadablePath("no such file or directory", source=str(path)))


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Standard input: JSON Lines when every line is a JSON object, HTML when it looks like HTML, else text."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    try:
        if len(data) > max_bytes:
            raise InputTooLarge(f"input is over the limit of {max_bytes:,} bytes", source="-")
        text = decode_bytes(data, source="-")
    except SpinscopeError as exc:
        yield IngestFailure("-", exc)
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from iter_jsonl_lines(text.splitlines(), source="-", max_bytes=max_bytes)
    elif looks_like_html(text):
        try:
            yield article_from_html(text, source="-")
        except SpinscopeError as exc:
            yield IngestFailure("-", exc)
    else:
        yield ArticleInput(text=text, source="-")
