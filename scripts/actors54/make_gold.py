"""Write round 54's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading seven short Lee corpus test stories (ABC Australia news wire, 2001;
``/work/lee/test``, named relative to ``../shared``) drawn from this helper's pool by
``python scripts/actors54/draw.py`` (seed 54; ``draw.txt``) before any spinscope run on them. Whole articles are
annotated. Usage (repository root, ../shared and ../lee present): ``python scripts/actors54/make_gold.py`` (it also
checks that every surface occurs in its article as whole words). Choices of this batch: ``README.md``.
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
FOLDER = "../lee/test/"
AUS = "AUS"
ZWE = "ZWE"
PSE = "PSE"


DEV = {
    "lee_t_00": [
        _a("Australian Democrats", ["Democrats"], AUS),
        _a("Democrats national executive", ["national executive", "organisation"], AUS),
        _a("Brian Greig", ["Brian Greig", "Senator Greig"], AUS),
        _a("Aden Ridgeway", ["Aden Ridgeway"], AUS),
        _a("Natasha Stott Despoja", ["Natasha Stott Despoja"], AUS),
        _a("Democrat senators", ["senators"], AUS),
    ],
    "lee_t_37": [
        _a("Robert Mugabe", ["Robert Mugabe"], ZWE),
        _a("Zimbabwe", ["Zimbabwean government", "Zimbabwe"], ZWE),
        _a("Hardliner ministers", ["hardliner ministers"], ZWE),
    ],
    "lee_t_17": [
        _a("World Food Program", ["United Nations World Food Program"], "IGO"),
    ],
    "lee_t_08": [
        _a("Hunan province", ["Hunan province"], "CHN"),
    ],
}

HELD = {
    "lee_t_20": [
        _a("Abu Nidal", ["Abu Nidal"], None),
        _a("Palestinian diplomat", ["Palestinian diplomat"], PSE),
        _a("Fatah Revolutionary Council", ["Fatah Revolutionary Council"], None),
        _a("Yasser Arafat", ["Yasser Arafat", "Arafat"], PSE),
        _a("Israel", ["Israel"], "ISR"),
    ],
    "lee_t_12": [
        _a("Drug squad detectives", ["Drug squad detectives", "drug squad detectives"], AUS),
        _a("Police Ombudsman", ["Police Ombudsman", "ombudsman"], AUS),
        _a("Corruption taskforce", ["taskforce", "Ceja", "special unit"], AUS),
    ],
    "lee_t_19": [
        _a("United Nations", ["United Nations"], "IGO"),
        _a("Conference organisers", ["Organisers"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real54.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real54_heldout.jsonl", FOLDER)
