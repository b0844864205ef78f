"""Readers: plain text, HTML, JSON Lines, directories and stdin, into ArticleInput items.

Every reader yields either an :class:`ArticleInput` or an :class:`IngestFailure` naming the source and
the reason, so one bad file or line never stops a batch and is never dropped silently.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import math
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from ..document import ArticleInput
from ..errors import EmptyArticle, InputTooLarge, SpinscopeError, UnreadablePath, UnsupportedInput
from ..langid import identify
from ..settings import DEFAULT_MAX_BYTES
from .sanitize import describe, safe_str, sanitize, sanitize_fields

#: Decodings within this chaos of the best one count as tied (see decode_bytes).
ENCODING_CHAOS_TIE = 0.05
ENCODING_CANDIDATES = 8
#: Among tied decodings, those whose language-identifier log-odds are within this of the best one are ones the
#: identifier cannot tell apart; below ENCODING_UNSURE (a sentence or two) it tells none apart.
ENCODING_LOGIT_TIE = 1.0
ENCODING_UNSURE = 0.9
#: Single-byte code pages in the order of how many web pages used them before UTF-8 (W3Techs' character-encoding
#: survey): among decodings the language identifier cannot tell apart, the more common code page wins, so a short
#: Western text with "naïve" or "Núñez" is not read as Czech or Baltic ("naďve", "Núņez").
COMMON_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250", "iso8859_2", "cp1256", "cp1254", "iso8859_9", "cp1253",
    "iso8859_7", "koi8_r", "cp1257", "iso8859_13", "cp1255", "iso8859_8", "cp874", "tis_620", "iso8859_5",
    "koi8_u", "cp1258", "mac_roman",
)

#: An HTML page whose extracted text has fewer words than this has no article in it.
MIN_HTML_WORDS = 5

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}

#: File signatures of common binary formats, checked before any decoding is tried.
BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"\x00\x00\x01\x00",
    b"\xca\xfe\xba\xbe",
)
#: Signatures made only of letters, which a text can start with too ("BMC Industries", "MZM", "GIF8 ..."): binary
#: only when control bytes follow them at the start of the data (a BMP, WAV, Ogg, MP3 or EXE header has some).
LETTER_MAGIC = (b"BM", b"RIFF", b"OggS", b"ID3", b"MZ", b"GIF8")
#: Bytes no text file holds (controls other than tab, newlines, form feed and escape).
CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
MAGIC_WINDOW = 64


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` starts with the signature of a common binary format (an image, archive, executable, audio).

    A letters-only signature counts only when control bytes follow it, so a text starting "BMW" is still text.
    """
    if data.startswith(BINARY_MAGIC):
        return True
    if data.startswith(LETTER_MAGIC):
        return any(byte in CONTROL_BYTES for byte in data[:MAGIC_WINDOW])
    return False


@dataclass(frozen=True)
class IngestFailure:
    """An input that could not be read as an article."""

    source: str
    error: SpinscopeError
    #: sha256 of where the input was read and its raw bytes (see ArticleInput.digest); None when unknown.
    digest: str | None = None

    @property
    def message(self) -> str:
        return str(self.error)


Item = ArticleInput | IngestFailure


def content_digest(origin: str, *chunks: bytes) -> str:
    """sha256 of an item's origin (its file, or ``-``) and its raw bytes: the key a resumed ingest checks."""
    h = hashlib.sha256(origin.encode("utf-8", errors="surrogatepass"))
    h.update(b"\0")
    for chunk in chunks:
        h.update(chunk)
    return h.hexdigest()


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode bytes as text: UTF-8 first, then the encoding charset-normalizer finds.

    Raises UnsupportedInput for binary data and for data no encoding explains.
    """
    if not data.strip():
        raise UnsupportedInput("empty file", source=source)
    if looks_binary(data) and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
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
    # French); among the tied ones, keep the decodings the language identifier is (nearly) surest of, and of
    # those the most common code page.
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + ENCODING_CHAOS_TIE][:ENCODING_CANDIDATES]
    texts = [str(m) for m in tied]
    sureness = [identify(text[:5000])[1] for text in texts]
    best = max(range(len(tied)), key=sureness.__getitem__)
    if sureness[best] >= ENCODING_UNSURE:
        near = [i for i in range(len(tied)) if _log_odds(sureness[i]) >= _log_odds(sureness[best]) - ENCODING_LOGIT_TIE]
    else:
        near = list(range(len(tied)))
    return texts[min(near, key=lambda i: (_encoding_rank(tied[i].encoding), -sureness[i]))]


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def _encoding_rank(encoding: str) -> int:
    name = encoding.lower().replace("-", "_")
    return COMMON_ENCODINGS.index(name) if name in COMMON_ENCODINGS else len(COMMON_ENCODINGS)


def read_limited(fh: IO[bytes], *, max_bytes: int, source: str, what: str = "file") -> bytes:
    """At most ``max_bytes`` from a stream (a file, a gzip stream, stdin), never more in memory.

    Raises InputTooLarge when the stream holds more: for a gzip stream the limit is on the decompressed
    bytes, which are read (and decompressed) no further than one byte past the limit.
    """
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(f"{what} is over the limit of {max_bytes:,} bytes", source=source)
    return data


def read_bytes(path: Path, *, max_bytes: int, source: str, gzipped: bool = False) -> bytes:
    """The bytes of a file (decompressed when ``gzipped``), bounded by ``max_bytes`` while reading."""
    try:
        if not gzipped:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputTooLarge(f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes", source=source)
        opener = gzip.open if gzipped else Path.open
        with opener(path, "rb") as fh:
            return read_limited(fh, max_bytes=max_bytes, source=source,  # type: ignore[arg-type]
                                what="decompressed file" if gzipped else "file")
    except SpinscopeError:
        raise
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise UnsupportedInput(f"not a valid gzip file: {exc}", source=source) from exc
    except OSError as exc:
        raise UnreadablePath(f"cannot read: {exc.strerror or exc}", source=source) from exc


def make_input(text: str, *, source: str, input_format: str = "text", digest: str | None = None,
               warnings: list[str] | None = None, **meta: Any) -> ArticleInput:
    """An ArticleInput whose text and metadata are sanitized (see :mod:`.sanitize`), rejected when cleaning
    leaves no article text.

    Raises EmptyArticle when nothing is left after cleaning (only whitespace, control characters or page
    chrome): such an input is no article, and would otherwise be stored under the hash of the empty string.
    """
    from .clean import make_document

    values, warning = sanitize_fields({"text": text, **meta})
    item = ArticleInput(source=source, input_format=input_format, digest=digest,
                        warnings=[*(warnings or []), *([warning] if warning else [])], **values)  # type: ignore[arg-type]
    if not item.text.strip() or not make_document(item).text.strip():
        raise EmptyArticle("no article text: the input holds only whitespace, control characters or page chrome",
                           source=source)
    return item


def article_from_text(text: str, *, source: str, digest: str | None = None, **meta: Any) -> ArticleInput:
    if not text.strip():
        raise UnsupportedInput("empty text", source=source)
    return make_input(text, source=source, input_format="text", digest=digest, **meta)


def article_from_html(html: str, *, source: str, digest: str | None = None, **meta: Any) -> ArticleInput:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    import trafilatura

    # lxml refuses NULs and control characters, and a lone surrogate cannot reach it: sanitize first
    html, counts = sanitize(html)
    warnings = [w] if (w := describe({"html": counts})) else []
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
    return make_input(text, source=source, input_format="html", digest=digest, warnings=warnings, **merged)


JSONL_META_FIELDS = ("title", "url", "outlet", "published", "id", "author")

#: Other names that news scrapers and datasets give these fields (news-please, newspaper, trafilatura's JSON,
#: CC-News, CNN/DailyMail, XSum): each is read only when the field's own name is absent.
JSONL_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "body", "content", "article", "document", "raw_text"),
    "title": ("headline",),
    "published": ("date", "date_publish", "publish_date", "published_at"),
    "outlet": ("sitename", "source_domain", "domain", "hostname"),
    "author": ("authors",),
}


def _field(record: dict[str, Any], key: str) -> tuple[str, Any]:
    """The name under which ``record`` holds field ``key`` (its own name first, then its aliases), and the value."""
    for name in (key, *JSONL_ALIASES.get(key, ())):
        if record.get(name) is not None:
            return name, record[name]
    return key, None


def article_from_record(record: object, *, source: str, digest: str | None = None) -> ArticleInput:
    """One JSON Lines record: an object with ``text`` or ``html`` (or an alias of ``text``) and optional metadata."""
    if not isinstance(record, dict):
        raise UnsupportedInput(f"expected a JSON object, got {type(record).__name__}", source=source)
    meta: dict[str, Any] = {}
    for key in JSONL_META_FIELDS:
        name, value = _field(record, key)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ", ".join(v.strip() for v in value if v.strip()) or None  # news-please's list of authors
        if value is not None and not isinstance(value, str | int | float):
            if name != key:
                value = None  # an alias holding something else (a date object, a nested record) is not this field
            else:
                raise UnsupportedInput(f"field {name!r} must be a string", source=source)
        meta[key] = None if value is None else str(value)
    if isinstance(text := record.get("text"), str) and text.strip():
        return make_input(text, source=source, input_format="jsonl", digest=digest, **meta)
    if isinstance(html := record.get("html"), str) and html.strip():
        return article_from_html(html, source=source, digest=digest, **meta)
    for name in JSONL_ALIASES["text"]:
        if isinstance(text := record.get(name), str) and text.strip():
            return make_input(text, source=source, input_format="jsonl", digest=digest, **meta)
    names = ", ".join(repr(n) for n in ("text", "html", *JSONL_ALIASES["text"]))
    raise UnsupportedInput(f"record has no non-empty 'text' or 'html' string field (looked for {names})",
                           source=source)


def parse_json_line(line: bytes | str, *, number: int, source: str) -> object:
    """One JSON value; a clear error for invalid JSON and for nesting too deep for the parser."""
    try:
        return json.loads(line)
    except RecursionError as exc:
        raise UnsupportedInput(f"JSON nested too deeply on line {number}", source=source) from exc
    except json.JSONDecodeError as exc:
        raise UnsupportedInput(f"invalid JSON on line {number}: {exc.msg}", source=source) from exc
    except UnicodeDecodeError as exc:
        raise UnsupportedInput(f"invalid UTF-8 on line {number}", source=source) from exc


def jsonl_item(line: bytes, *, number: int, source: str, origin: str, max_bytes: int) -> Item:
    """One line of JSON Lines as an article or a failure named ``source:number``."""
    where = f"{source}:{number}"
    digest = content_digest(origin, line.strip())
    try:
        if len(line) > max_bytes:
            raise InputTooLarge(f"line is over the limit of {max_bytes:,} bytes", source=where)
        text = line.decode("utf-8", errors="replace")
        return article_from_record(parse_json_line(text, number=number, source=where), source=where, digest=digest)
    except SpinscopeError as exc:
        return IngestFailure(where, exc, digest)


def iter_jsonl_lines(lines: Iterable[str], *, source: str, max_bytes: int, first_line: int = 1) -> Iterator[Item]:
    """JSON Lines given as strings (already in memory), one item per non-blank line."""
    for number, line in enumerate(lines, start=first_line):
        if line.strip():
            yield jsonl_item(line.encode("utf-8", errors="surrogatepass"), number=number, source=source,
                             origin=source, max_bytes=max_bytes)


#: Bytes read at a time while skipping the rest of an over-long line.
SKIP_CHUNK = 1 << 20


def iter_bounded_lines(fh: IO[bytes], *, max_bytes: int) -> Iterator[tuple[bytes | None, str | None]]:
    """Lines of a binary stream, none held in memory beyond ``max_bytes``.

    Yields (line, None) for each line within the limit, and (None, sha256 of the whole line) for a line over
    it, whose rest is read in bounded chunks and dropped: a gzip bomb on one line never fills memory.
    """
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line, None
            continue
        h = hashlib.sha256(line)
        while True:
            chunk = fh.readline(SKIP_CHUNK)
            h.update(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        yield None, h.hexdigest()


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read one file into articles (one for text and HTML, one per line for JSON Lines)."""
    source = safe_str(path)
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    kind_suffix = (suffixes[-2] if len(suffixes) > 1 else "") if gzipped else (suffixes[-1] if suffixes else "")
    if kind_suffix in JSONL_SUFFIXES:
        # JSON Lines are read line by line: the size limit is per line, and a truncated or corrupt
        # .jsonl.gz yields every line before the damage, then a failure naming the line it stopped at.
        yield from iter_jsonl_file(path, gzipped=gzipped, max_bytes=max_bytes)
        return
    digest: str | None = None
    try:
        data = read_bytes(path, max_bytes=max_bytes, source=source, gzipped=gzipped)
        digest = content_digest(source, data)
        text = decode_bytes(data, source=source)
        if kind_suffix in HTML_SUFFIXES or (kind_suffix not in TEXT_SUFFIXES and looks_like_html(text)):
            yield article_from_html(text, source=source, digest=digest)
        else:
            yield article_from_text(text, source=source, digest=digest)
    except SpinscopeError as exc:
        yield IngestFailure(source, exc, digest or content_digest(source, str(exc).encode("utf-8")))


def iter_jsonl_file(path: Path, *, gzipped: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Stream a JSON Lines file (plain or gzip'd) record by record, naming the line where damage stops it."""
    source = safe_str(path)
    try:
        raw = cast(IO[bytes], gzip.open(path, "rb") if gzipped else path.open("rb"))  # noqa: SIM115 (closed below)
    except OSError as exc:
        error = UnreadablePath(f"cannot read: {exc.strerror or exc}", source=source)
        yield IngestFailure(source, error, content_digest(source, str(error).encode("utf-8")))
        return
    with raw:
        yield from iter_jsonl_stream(raw, source=source, max_bytes=max_bytes, gzipped=gzipped)


def iter_jsonl_stream(raw: IO[bytes], *, source: str, max_bytes: int, gzipped: bool = False,
                      first: tuple[bytes | None, str | None] | None = None) -> Iterator[Item]:
    """JSON Lines from a binary stream, one bounded line at a time (``first``: a line already read from it)."""
    number = 0
    try:
        seen_any = False
        lines = iter_bounded_lines(raw, max_bytes=max_bytes)
        for number, (line_bytes, long_digest) in enumerate(
                lines if first is None else itertools.chain([first], lines), start=1):
            if line_bytes is None:
                where = f"{source}:{number}"
                seen_any = True
                error: SpinscopeError = InputTooLarge(f"line is over the limit of {max_bytes:,} bytes", source=where)
                yield IngestFailure(where, error, content_digest(source, (long_digest or "").encode("ascii")))
                continue
            if number == 1:
                if b"\x00" in line_bytes[:8192]:
                    error = UnsupportedInput("binary file (not JSON Lines)", source=source)
                    yield IngestFailure(source, error, content_digest(source, line_bytes[:8192]))
                    return
                line_bytes = line_bytes.removeprefix(b"\xef\xbb\xbf")
            if not line_bytes.strip():
                continue
            seen_any = True
            yield jsonl_item(line_bytes, number=number, source=source, origin=source, max_bytes=max_bytes)
        if not seen_any:
            error = UnsupportedInput("empty file", source=source)
            yield IngestFailure(source, error, content_digest(source, b""))
    except (OSError, EOFError, zlib.error) as exc:
        where = f"{source}:{number + 1}"
        what = "truncated" if isinstance(exc, EOFError) else "corrupt"
        error = UnsupportedInput(f"{what} {'gzip ' if gzipped else ''}data at line {number + 1} ({exc}); "
                                 f"the {number} line(s) before it were read", source=where)
        yield IngestFailure(where, error, content_digest(source, str(error).encode("utf-8")))


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def iter_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read every article under the given paths: files, directories (recursive) and ``-`` for stdin.

    A generator: each file is read when the item before it has been consumed, so a batch of any size holds
    one input at a time (a directory's file names are listed first).
    """
    for raw in paths:
        if str(raw) == "-":
            yield from read_stdin(max_bytes=max_bytes)
            continue
        path = Path(raw)
        source = safe_str(path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                error: SpinscopeError = UnsupportedInput("directory holds no files", source=source)
                yield IngestFailure(source, error, content_digest(source, str(error).encode("utf-8")))
            for file in files:
                yield from read_file(file, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            error = UnreadablePath("no such file or directory", source=source)
            yield IngestFailure(source, error, content_digest(source, str(error).encode("utf-8")))


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES, stream: IO[bytes] | None = None) -> Iterator[Item]:
    """Standard input: JSON Lines when its first line is a JSON object, HTML when it looks like HTML, else text.

    JSON Lines are streamed line by line with the per-line limit (so a large feed can be piped in); text and
    HTML are one article, read up to ``max_bytes``.
    """
    raw = stream if stream is not None else sys.stdin.buffer
    first = next(iter_bounded_lines(raw, max_bytes=max_bytes), None)
    while first is not None and first[0] is not None and not first[0].strip():
        first = next(iter_bounded_lines(raw, max_bytes=max_bytes), None)  # leading blank lines
    if first is not None and first[0] is not None and _is_json_object(first[0]):
        yield from iter_jsonl_stream(raw, source="-", max_bytes=max_bytes, first=first)
        return
    digest: str | None = None
    try:
        if first is not None and first[0] is None:
            raise InputTooLarge(f"input is over the limit of {max_bytes:,} bytes", source="-")
        head = first[0] if first is not None and first[0] is not None else b""
        data = head + read_limited(raw, max_bytes=max_bytes - len(head), source="-", what="input")
        if len(data) > max_bytes:
            raise InputTooLarge(f"input is over the limit of {max_bytes:,} bytes", source="-")
        digest = content_digest("-", data)
        text = decode_bytes(data, source="-")
        if looks_like_html(text):
            yield article_from_html(text, source="-", digest=digest)
        else:
            yield make_input(text, source="-", digest=digest)
    except SpinscopeError as exc:
        yield IngestFailure("-", exc, digest or content_digest("-", str(exc).encode("utf-8")))


def _is_json_object(line: bytes) -> bool:
    stripped = line.strip().removeprefix(b"\xef\xbb\xbf")
    if not stripped.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except RecursionError:
        return True
    except ValueError:
        # a line shaped like an object that does not parse: JSON Lines whose first line is bad; text that
        # merely starts with a brace stays text
        return stripped.endswith(b"}")
