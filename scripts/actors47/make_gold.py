"""Write round 47's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the Lee corpus background articles (ABC Australia news wire, 2001; files
that ``scripts/lee/fetch.py`` writes to ``/work/lee``, named relative to ``../shared``) drawn by ``python
scripts/actors34/draw.py --pool lee --seed 47 --count 8 --held 3 --min-chars 700 --max-chars 999 --min-words 1
--max-words 100000 --distinct --own tests/gold/actors_real47.jsonl --own tests/gold/actors_real47_heldout.jsonl --own
scripts/actors47`` (``draw.txt``) before any spinscope run on them. Whole articles are annotated. Usage (repository
root, ../shared and ../lee present): ``python scripts/actors47/make_gold.py`` (it also checks that every surface
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
USA = "USA"


DEV = {
    "lee_bg_262": [
        _a("HIH", ["HIH", "the company", "the board"], AUS),
        _a("Royal commission", ["royal commission", "commission"], AUS),
        _a("Wayne Martin", ["Wayne Martin QC", "Mr Martin"], AUS),
        _a("Ernst and Young", ["Ernst and Young"], None),
        _a("Australian Prudential Regulatory Authority", ["Australian Prudential Regulatory Authority", "APRA"], AUS),
    ],
    "lee_bg_022": [
        _a("Australia", ["Federal Government"], AUS),
        _a("David Kemp", ["David Kemp", "Mr Kemp"], AUS),
        _a("State and territory inspectors", ["state and territory inspectors"], AUS),
    ],
    "lee_bg_073": [
        _a("John Howard", ["Prime Minister", "Mr Howard"], AUS),
        _a("Peter Hollingworth", ["Governor-General", "Dr Peter Hollingworth", "Dr Hollingworth"], AUS),
        _a("Child rights campaigners", ["Child rights campaigners"], None),
    ],
    "lee_bg_142": [
        _a("Robert Hill", ["Defence Minister", "Robert Hill", "Senator Hill"], AUS),
        _a("Australia", ["Australian Government", "Government"], AUS),
        _a("David Hicks", ["David Hicks"], AUS),
        _a("Taliban", ["Taliban"], None),
        _a("Australian Defence Force", ["Australian Defence Force"], AUS),
        _a("Australian authorities", ["Australian authorities"], AUS),
        _a("Channel Seven", ["Channel Seven"], None),
        _a("American Taliban fighter", ["American"], USA),
    ],
    "lee_bg_228": [
        _a("Philip Ruddock", ["Immigration Minister", "Philip Ruddock", "Mr Ruddock"], AUS),
        _a("Australia", ["Government"], AUS),
    ],
}

HELD = {
    "lee_bg_248": [
        _a("Larrakia people", ["Darwin Aboriginal custodians", "Larrakia people", "Larrakia"], None),
        _a("Northern Territory Government", ["Territory Government"], AUS),
    ],
    "lee_bg_254": [
        _a("Defendants", ["Defendants"], None),
        _a("Bernard Struree", ["Bernard Strureewas", "Mr Struree"], None),
        _a("Swiss court", ["the court"], "CHE"),
        _a("Australian families", ["Australian families"], AUS),
    ],
    "lee_bg_159": [
        _a("Pentagon", ["Pentagon"], USA),
        _a("Osama bin Laden", ["Osama bin Laden"], None),
        _a("United States Air Force", ["United States Air Force"], USA),
        _a("Al Qaeda", ["Al Qaeda"], None),
        _a("United States", ["United States"], USA),
        _a("Richard Myers", ["General Richard Myers"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real47.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real47_heldout.jsonl", FOLDER)
