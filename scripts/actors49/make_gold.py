"""Write round 49's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the Lee corpus background articles (ABC Australia news wire, 2001; files
that ``scripts/lee/fetch.py`` writes to ``/work/lee``, named relative to ``../shared``) drawn by ``python
scripts/actors34/draw.py --pool lee --seed 49 --count 8 --held 3 --min-chars 700 --max-chars 849 --min-words 1
--max-words 100000 --distinct --own tests/gold/actors_real49.jsonl --own tests/gold/actors_real49_heldout.jsonl --own
scripts/actors49`` (``draw.txt``) before any spinscope run on them. Whole articles are annotated. Usage (repository
root, ../shared and ../lee present): ``python scripts/actors49/make_gold.py`` (it also checks that every surface
occurs in its article as whole words). Choices of this batch: ``README.md``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# round 38's gold writer, the same form (one line per article: stem, path, sha256, actors)
_spec = importlib.util.spec_from_file_location("actors38_make_gold", Path(__file__).resolve().parents[1] / "actors38"
                                               / "make_gold.py")
assert _spec is not None and _spec.loader is not None
_round38 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round38)
_a = _round38._a
FOLDER = "../lee/background/"
AUS = "AUS"


DEV = {
    "lee_bg_009": [
        _a("New South Wales police", ["police"], AUS),
    ],
    "lee_bg_193": [
        _a("Australian National University", ["Australian National University"], AUS),
        _a("New South Wales Bureau of Crime Statistics", ["New South Wales Bureau of Crime Statistics"], AUS),
        _a("Boyd Hunter", ["Boyd Hunter"], AUS),
    ],
    "lee_bg_289": [
        _a("Conference delegates", ["delegates"], AUS),
        _a("Republic committee", ["committee"], AUS),
        _a("Walter Phillips", ["Walter Phillips", "Mr Phillips"], AUS),
    ],
    "lee_bg_175": [
        _a("Bank staff", ["bank staff", "staff"], AUS),
        _a("National Australia Bank", ["National Australia Bank"], AUS),
        _a("ANZ", ["ANZ"], AUS),
        _a("Bank of Melbourne", ["Bank of Melbourne"], AUS),
        _a("Tony Beck", ["Tony Beck"], AUS),
        _a("Finance Sector Union", ["Finance Sector Union"], AUS),
    ],
    "lee_bg_286": [
        _a("Malaysian police", ["Malaysian police"], "MYS"),
        _a("Naeil Ahmad Abdullah", ["Naeil Ahmad Abdullah", "a man"], None),
        _a("Australian Federal Police", ["Australian Federal Police", "AFP"], AUS),
        _a("Department of Immigration", ["Department of Immigration"], AUS),
        _a("Mick Keelty", ["Mick Keelty"], AUS),
    ],
}

HELD = {
    "lee_bg_097": [
        _a("Australian authorities", ["Australian authorities"], AUS),
        _a("David Hicks", ["David Hicks"], AUS),
        _a("Northern Alliance", ["Northern Alliance"], None),
        _a("Daryl Williams", ["Attorney-General", "Daryl Williams", "Mr Williams"], AUS),
        _a("United States", ["United States"], "USA"),
        _a("Al Qaeda", ["Al Qaeda"], None),
        _a("ASIO", ["ASIO"], AUS),
        _a("Australian Federal Police", ["Federal Police", "AFP"], AUS),
    ],
    "lee_bg_235": [
        _a("Israel", ["Israel", "Government", "Israelis"], "ISR"),
        _a("Yasser Arafat", ["Yasser Arafat", "Mr Arafat", "Palestinian leader"], "PSE"),
        _a("Palestinian militants", ["Palestinian militants", "militants"], "PSE"),
        _a("Israeli army", ["army"], "ISR"),
        _a("Shimon Peres", ["Israeli Foreign Minister", "Shimon Peres"], "ISR"),
        _a("Palestinian security forces", ["security forces"], "PSE"),
        _a("Israeli Foreign Ministry", ["Israeli Foreign Ministry", "spokesman"], "ISR"),
    ],
    "lee_bg_143": [
        _a("Muttahida Jihad Council", ["Kashmiri militant groups", "Muttahida Jihad Council", "MJC", "Kashmiri groups"],
           None),
        _a("Indian intelligence", ["Indian intelligence", "Indian intelligence agencies"], "IND"),
        _a("Indian Parliament", ["Indian Parliament"], "IND"),
        _a("India", ["Indian authorities", "Indian Government"], "IND"),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real49.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real49_heldout.jsonl", FOLDER)
