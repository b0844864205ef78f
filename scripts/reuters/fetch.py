"""Unpack the Reuters news articles that Debian's ``r-cran-tm`` package ships as sample texts into one plain-text
file an article, beside ../shared, as fresh English wire news for real-article golds.

The package (GNU R's ``tm``, Debian ``r-cran-tm`` 0.7-11-1) ships 70 Reuters-21578 articles (1987: 20 on crude oil,
50 on acquisitions), ten more Reuters-21578 articles in one file and one RCV1 article (1996) under
``/usr/lib/R/site-library/tm/texts/``. Nothing of them is committed here: golds name an article by its path relative
to ../shared (``../reuters/crude/reut-00001.txt``), its sha256 and character offsets, as for the Lee corpus
(``scripts/lee/fetch.py``). The package comes from the Debian mirror (``apt-get download``) or from ``--deb``.

    python scripts/reuters/fetch.py             # writes ../reuters/<folder>/*.txt and ../reuters/MANIFEST.tsv
    python scripts/reuters/fetch.py --out DIR --deb r-cran-tm_0.7-11-1_amd64.deb

Each file is the title, a blank line, then the body's paragraphs (the dateline opens the first), each paragraph on
one line and separated by a blank line: the wire's hard line wrapping is undone, the closing "Reuter" sign-off and
articles with no body are left out. The package's XML files are checked against the digests below, so a changed
package stops the script instead of moving offsets.
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
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
PACKAGE = "r-cran-tm=0.7-11-1"
TEXTS = "usr/lib/R/site-library/tm/texts/"
#: sha256 of the concatenated sample files, in sorted member order (a changed package moves every offset)
DIGEST = "bd69a04d13ad63a7a5ab93c41726e61eba33bae494f61eee70c0799739cb4c32"
_PARAGRAPH = re.compile(r"\n(?=[ \t]{2,}\S)")
_SIGN_OFF = re.compile(r"\s*\bREUTER\b\s*\Z", re.IGNORECASE)


def default_out() -> Path:
    """``../reuters`` seen from ../shared, with symlinks resolved (a worktree's ../shared may be a link)."""
    return Path(os.path.realpath(SHARED / "..")) / "reuters" if SHARED.exists() else ROOT.parent / "reuters"


def download(into: Path) -> Path:
    subprocess.run(["apt-get", "download", PACKAGE], check=True, cwd=into)
    debs = sorted(into.glob("r-cran-tm_*.deb"))
    if not debs:
        sys.exit(f"apt-get download left no r-cran-tm package in {into}")
    return debs[0]


def extract(deb: Path, into: Path) -> Path:
    """Unpack the package's data archive with ``dpkg-deb`` and return its ``texts`` folder."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True)
    texts = into / TEXTS
    if not texts.is_dir():
        sys.exit(f"{deb}: no {TEXTS} folder in the package")
    return texts


def unwrap(body: str) -> list[str]:
    """The wire body's paragraphs (an indented line opens one), each joined onto one line."""
    body = _SIGN_OFF.sub("", body.strip())
    paragraphs = [" ".join(line.strip() for line in part.splitlines()) for part in _PARAGRAPH.split(body)]
    return [re.sub(r"\s+", " ", p).strip() for p in paragraphs if p.strip()]


def article_text(title: str, dateline: str, paragraphs: list[str]) -> str:
    title = re.sub(r"\s+", " ", title).strip()
    dateline = re.sub(r"\s+", " ", dateline).strip()
    first = f"{dateline} {paragraphs[0]}" if dateline else paragraphs[0]
    return "\n\n".join([title, first, *paragraphs[1:]]) + "\n"


def reuters21578(element: ET.Element) -> str | None:
    text = element.find("TEXT")
    if text is None or text.find("BODY") is None:
        return None
    paragraphs = unwrap(html.unescape(text.findtext("BODY") or ""))
    if not paragraphs:
        return None
    return article_text(text.findtext("TITLE") or "", text.findtext("DATELINE") or "", paragraphs)


def rcv1(element: ET.Element) -> str:
    paragraphs = [re.sub(r"\s+", " ", "".join(p.itertext())).strip() for p in element.iter("p")]
    dateline = (element.findtext("dateline") or "").strip()
    return article_text(element.findtext("headline") or "", f"{dateline} -" if dateline else "", paragraphs)


def unpack(texts: Path, out: Path) -> list[tuple[str, int, str]]:
    """Write each article to ``out/<folder>/<stem>.txt``; return (relative path, characters, sha256) rows."""
    sources = sorted([*texts.glob("crude/*.xml"), *texts.glob("acq/*.xml"), texts / "reuters-21578.xml",
                      texts / "rcv1_2330.xml"])
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    if digest.hexdigest() != DIGEST:
        sys.exit(f"{texts}: the sample texts are not the files the golds were written on (sha256 differs)")
    articles: list[tuple[str, str]] = []
    for folder in ("crude", "acq"):
        for path in sorted((texts / folder).glob("*.xml")):
            text = reuters21578(ET.parse(path).getroot())
            if text is not None:
                articles.append((f"{folder}/{path.stem}.txt", text))
    root = ET.fromstring("<ROOT>" + re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "",
                                           (texts / "reuters-21578.xml").read_text(encoding="latin-1")) + "</ROOT>")
    for element in root.iter("REUTERS"):
        text = reuters21578(element)
        if text is not None:
            articles.append((f"r21578/newid-{int(element.get('NEWID', '0')):05d}.txt", text))
    articles.append(("rcv1/rcv1_2330.txt", rcv1(ET.parse(texts / "rcv1_2330.xml").getroot())))
    rows = []
    seen: set[str] = set()
    for relative, text in articles:
        if text in seen:
            continue
        seen.add(text)
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        rows.append((relative, len(text), hashlib.sha256(path.read_bytes()).hexdigest()))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=None, help="where to write (default: ../reuters beside ../shared)")
    parser.add_argument("--deb", type=Path, default=None, help="an r-cran-tm .deb on disk (default: apt-get download)")
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
