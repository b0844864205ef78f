"""Unpack the Lee news corpus (ABC Australia news, 2001) from gensim's wheel into one file an article, beside
../shared, as fresh English text for real-article golds.

gensim ships the corpus as test data (``gensim/test/test_data/lee_background.cor``: 300 articles, and
``lee.cor``: 50 more; one article a line). Nothing of it is committed here: golds name an article by its path
relative to ../shared (``../lee/background/lee_bg_042.txt``), its sha256 and character offsets, as for the
other pools. The wheel comes from PyPI (``pip download``), or from ``--wheel`` when one lies on disk.

    python scripts/lee/fetch.py                 # writes ../lee/{background,test}/*.txt and ../lee/MANIFEST.tsv
    python scripts/lee/fetch.py --out DIR --wheel gensim-4.4.0-...whl

Articles whose text repeats an earlier one (seven in the background file) are left out: a stem names one text.
The files are checked against the digests below, so a changed wheel stops the script instead of moving offsets.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
VERSION = "4.4.0"
#: member of the wheel -> (folder, stem prefix, encoding, sha256 of the member)
MEMBERS = {
    "gensim/test/test_data/lee_background.cor": (
        "background", "lee_bg_", "utf-8", "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb"),
    "gensim/test/test_data/lee.cor": (
        "test", "lee_t_", "latin-1", "a878f9a58f6743c32985c56c2f2f75988386216b38a4023a01fd3bcf7884d93e"),
}


def default_out() -> Path:
    """``../lee`` seen from ../shared, with symlinks resolved (a worktree's ../shared may be a link)."""
    return Path(os.path.realpath(SHARED / "..")) / "lee" if SHARED.exists() else ROOT.parent / "lee"


def download(into: Path) -> Path:
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
           "--platform", "manylinux_2_28_x86_64", "--python-version", "3.11", f"gensim=={VERSION}", "-d", str(into)]
    subprocess.run(cmd, check=True)
    wheels = sorted(into.glob(f"gensim-{VERSION}-*.whl"))
    if not wheels:
        sys.exit(f"pip download left no gensim {VERSION} wheel in {into}")
    return wheels[0]


def unpack(wheel: Path, out: Path) -> list[tuple[str, int, str]]:
    """Write each article to ``out/<folder>/<prefix><n>.txt``; return (relative path, characters, sha256) rows."""
    rows = []
    with zipfile.ZipFile(wheel) as archive:
        for member, (folder, prefix, encoding, digest) in MEMBERS.items():
            data = archive.read(member)
            if hashlib.sha256(data).hexdigest() != digest:
                sys.exit(f"{wheel}: {member} is not the file the golds were written on (sha256 differs)")
            lines = data.decode(encoding).splitlines()
            width = len(str(len(lines) - 1))
            (out / folder).mkdir(parents=True, exist_ok=True)
            seen: set[str] = set()
            for n, line in enumerate(lines):
                text = line.strip()
                if not text or text in seen:
                    continue
                seen.add(text)
                path = out / folder / f"{prefix}{n:0{width}d}.txt"
                path.write_text(text + "\n", encoding="utf-8")
                rows.append((f"{folder}/{path.name}", len(text) + 1, hashlib.sha256(path.read_bytes()).hexdigest()))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=None, help="where to write (default: ../lee beside ../shared)")
    parser.add_argument("--wheel", type=Path, default=None, help="a gensim wheel on disk (default: pip download)")
    args = parser.parse_args()
    out = args.out or default_out()
    if args.wheel is not None:
        rows = unpack(args.wheel, out)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows = unpack(download(Path(tmp)), out)
    with open(out / "MANIFEST.tsv", "w", encoding="utf-8") as manifest:
        manifest.write("path\tchars\tsha256\n")
        for row in rows:
            manifest.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} articles written under {out}")


if __name__ == "__main__":
    main()
