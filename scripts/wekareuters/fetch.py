"""Unpack the Reuters news articles that Debian's ``weka`` package ships as example data into one plain-text file an
article, beside ../shared, as fresh English wire news for real-article golds.

The package (Weka 3.6, Debian ``weka`` 3.6.14-3, GPL-2+) ships ``ReutersGrain-{train,test}.arff`` under
``/usr/share/doc/weka/examples/``: 2,158 Reuters-21578 documents (1987, all topics: trade, farming, money, oil,
companies, governments; the ModApte split, one fifth of it) as ARFF strings, the title run into the body
(``ReutersCorn-*.arff`` hold the same texts with another class column). Nothing of them is committed here: golds
name an article by its path relative to ../shared (``../wekareuters/train/wr-train-0001.txt``), its sha256 and
character offsets, as for the Lee corpus (``scripts/lee/fetch.py``) and the r-cran-tm Reuters texts
(``scripts/reuters/fetch.py``). The package comes from the Debian mirror (``apt-get download``) or from ``--deb``.

    python scripts/wekareuters/fetch.py         # writes ../wekareuters/{train,test}/*.txt and its MANIFEST.tsv
    python scripts/wekareuters/fetch.py --out DIR --deb weka_3.6.14-3_all.deb

Each file is the title, a blank line, then the body's paragraphs, each on one line and separated by a blank line
(the wire's hard wrapping is undone; the closing "Reuter" sign-off and its end-of-text mark are left out). The title
is the run of words with no lower-case letter that opens the text; when the word after that run opens with a
lower-case letter, the run's last word (a "U.S." or "OPEC" opening the body) goes back to the body; a body that
opens with such a word and then a capital ("U.S. Trade ...") keeps it in the title (a known seam). Kept: documents
whose body has at least ``MIN_BODY`` characters, at least half of them in prose paragraphs (``MIN_PROSE``
characters or more): title-only flashes and results tables ("Shr 25 cts vs 20 cts") are left out, as are a repeat
of an earlier text and the r-cran-tm articles that ``scripts/reuters/fetch.py`` already unpacks (``ALREADY``).
The two ARFF files are checked against the digests below, so a changed package stops the script.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
PACKAGE = "weka=3.6.14-3"
EXAMPLES = "usr/share/doc/weka/examples/"
#: set -> (ARFF file, sha256 of the file)
FILES = {
    "train": ("ReutersGrain-train.arff", "87abc5c45221a5027329912a1ed85d670edf338e696a2a2744893ae71cc2ae1b"),
    "test": ("ReutersGrain-test.arff", "957e519ba6094b5e1f5aaf0ab4c0829052c8c9b5fd3c586834ddbef77f704cea"),
}
MIN_BODY = 400
MIN_PROSE = 80
#: document numbers (train set) of the 57 articles the r-cran-tm sample texts hold too (scripts/reuters/fetch.py;
#: matched by the opening 120 to 200 letters and digits of the body, dateline left out)
ALREADY: frozenset[tuple[str, int]] = frozenset(('train', n) for n in (
    1, 2, 5, 7, 24, 25, 72, 78, 80, 87, 94, 100, 101, 125, 132, 146, 147, 149, 150, 152, 158, 162, 175, 177, 185,
    192, 194, 202, 203, 204, 207, 208, 209, 210, 211, 212, 213, 221, 223, 226, 232, 238, 248, 251, 255, 256, 260,
    271, 272, 274, 280, 283, 284, 287, 288, 317, 358,
))
_ROW = re.compile(r"^'(.*)',[01]\s*$")
_ESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r"}
_PARAGRAPH = re.compile(r"\n(?=[ \t]{2,}\S)")
_SIGN_OFF = re.compile(r"\s*\bREUTER\b\s*\Z", re.IGNORECASE)


def default_out() -> Path:
    """``../wekareuters`` seen from ../shared, with symlinks resolved (a worktree's ../shared may be a link)."""
    return Path(os.path.realpath(SHARED / "..")) / "wekareuters" if SHARED.exists() else ROOT.parent / "wekareuters"


def download(into: Path) -> Path:
    subprocess.run(["apt-get", "download", PACKAGE], check=True, cwd=into)
    debs = sorted(into.glob("weka_*.deb"))
    if not debs:
        sys.exit(f"apt-get download left no weka package in {into}")
    return debs[0]


def extract(deb: Path, into: Path) -> Path:
    """Unpack the package's data archive with ``dpkg-deb`` and return its ``examples`` folder."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True)
    examples = into / EXAMPLES
    if not examples.is_dir():
        sys.exit(f"{deb}: no {EXAMPLES} folder in the package")
    return examples


def documents(arff: str) -> list[str]:
    """The ARFF file's string values, one a data row, unescaped (``\\n``, ``\\'``, ``\\"``, ``\\\\``)."""
    rows = []
    for line in arff.splitlines():
        match = _ROW.match(line)
        if match:
            rows.append(_ESCAPE.sub(lambda m: _ESCAPED.get(m.group(1), m.group(1)), match.group(1)))
    return rows


def split_title(text: str) -> tuple[str, str]:
    """The opening run of words with no lower-case letter (the title) and the rest (the body)."""
    words = list(re.finditer(r"\S+", text))
    end = 0
    while end < len(words) and not any(ch.islower() for ch in words[end].group()):
        end += 1
    if 0 < end < len(words) and words[end].group()[0].islower():
        end -= 1
    if end == 0:
        return "", text
    if end == len(words):
        return text, ""
    return text[:words[end - 1].end()], text[words[end].start():]


def unwrap(body: str) -> list[str]:
    """The wire body's paragraphs (an indented line opens one), each joined onto one line."""
    body = _SIGN_OFF.sub("", body.strip())
    paragraphs = [" ".join(line.strip() for line in part.splitlines()) for part in _PARAGRAPH.split(body)]
    return [re.sub(r"\s+", " ", p).strip() for p in paragraphs if p.strip()]


def article_text(document: str) -> str | None:
    """Title, blank line, paragraphs one a line; None for a flash, a table or a body too short to be an article."""
    title, body = split_title(html.unescape(document.replace("&#3;", "")).strip())
    paragraphs = unwrap(body)
    size = sum(map(len, paragraphs))
    prose = sum(len(p) for p in paragraphs if len(p) >= MIN_PROSE)
    if size < MIN_BODY or prose * 2 < size:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    return "\n\n".join([title, *paragraphs] if title else paragraphs) + "\n"


def unpack(examples: Path, out: Path) -> list[tuple[str, int, str]]:
    """Write each article to ``out/<set>/wr-<set>-NNNN.txt``; return (relative path, characters, sha256) rows."""
    rows = []
    seen: set[str] = set()
    for name, (filename, digest) in FILES.items():
        data = (examples / filename).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            sys.exit(f"{examples / filename}: not the file the golds were written on (sha256 differs)")
        for number, document in enumerate(documents(data.decode("latin-1")), start=1):
            text = article_text(document)
            if text is None or text in seen or (name, number) in ALREADY:
                continue
            seen.add(text)
            relative = f"{name}/wr-{name}-{number:04d}.txt"
            path = out / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            rows.append((relative, len(text), hashlib.sha256(path.read_bytes()).hexdigest()))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write (default: ../wekareuters beside ../shared)")
    parser.add_argument("--deb", type=Path, default=None, help="a weka .deb on disk (default: apt-get download)")
    args = parser.parse_args()
    out = args.out or default_out()
    with tempfile.TemporaryDirectory() as tmp:
        deb = args.deb or download(Path(tmp))
        rows = unpack(extract(deb, Path(tmp) / "pkg"), out)
    with open(out / "MANIFEST.tsv", "w", encoding="utf-8") as manifest:
        manifest.write("path\tchars\tsha256\n")
        for row in rows:
            manifest.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} articles written under {out}")


if __name__ == "__main__":
    main()
