"""Write round 48's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the Lee corpus background articles (ABC Australia news wire, 2001; files
that ``scripts/lee/fetch.py`` writes to ``/work/lee``, named relative to ``../shared``) drawn by ``python
scripts/actors34/draw.py --pool lee --seed 48 --count 8 --held 3 --min-chars 700 --max-chars 849 --min-words 1
--max-words 100000 --distinct --own tests/gold/actors_real48.jsonl --own tests/gold/actors_real48_heldout.jsonl --own
scripts/actors48`` (``draw.txt``) before any spinscope run on them. Whole articles are annotated. Usage (repository
root, ../shared and ../lee present): ``python scripts/actors48/make_gold.py`` (it also checks that every surface
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
HTI = "HTI"


DEV = {
    "lee_bg_068": [
        _a("Phillips Petroleum", ["Phillips Petroleum", "Phillips", "the company", "The company"], None),
        _a("East Timor", ["East Timor", "Government"], "TLS"),
        _a("Council of Ministers", ["Council of Ministers"], "TLS"),
        _a("Australia", ["Australia"], AUS),
    ],
    "lee_bg_281": [
        _a("Defendants", ["Eight people", "defendants"], None),
        _a("Swiss court", ["Swiss court"], "CHE"),
        _a("Adventure World", ["Adventure World", "the company"], None),
        _a("Australian victims", ["Australians"], AUS),
    ],
    "lee_bg_246": [
        _a("Tony Lockett", ["Tony Lockett", "Lockett", "Tony"], AUS),
        _a("Sydney Swans", ["Sydney Swans", "Swans", "the club"], AUS),
        _a("Kelvin Templeton", ["Kelvin Templeton", "Mr Templeton"], AUS),
    ],
    "lee_bg_126": [
        _a("Peter McGauran", ["Peter McGauran", "Mr McGauran"], AUS),
        _a("Greenpeace", ["Greenpeace", "demonstrators"], "IGO"),
        _a("Security guards", ["guards"], AUS),
        _a("New South Wales police", ["New South Wales police", "police"], AUS),
    ],
    "lee_bg_222": [
        _a("Australian Food and Grocery Council", ["Australian Food and Grocery Council", "association"], AUS),
        _a("Mitch Hooke", ["Mitch Hooke", "Mr Hooke"], AUS),
        _a("Food and grocery companies", ["companies"], AUS),
    ],
}

HELD = {
    "lee_bg_139": [
        _a("Australian cricket team", ["Australia", "The Australians"], AUS),
        _a("South African cricket team", ["South Africa"], "ZAF"),
        _a("Shane Warne", ["Shane Warne", "Warne"], AUS),
    ],
    "lee_bg_103": [
        _a("HIH Royal Commission", ["HIH Royal Commission", "the commission", "The commission"], AUS),
        _a("HIH", ["HIH", "the directors"], AUS),
        _a("Ernst and Young", ["Ernst and Young", "the accountancy firm"], None),
        _a("John Gibbons", ["John Gibbons", "Mr Gibbons"], AUS),
        _a("Kim Smith", ["Kim Smith", "Mr Smith"], AUS),
        _a("Ray Williams", ["Ray Williams"], AUS),
        _a("Dominic Federa", ["Dominic Federa"], AUS),
    ],
    "lee_bg_122": [
        _a("Haitian coup attackers", ["Armed commandos", "The attackers", "gunmen"], HTI),
        _a("Haitian policemen", ["policemen"], HTI),
        _a("Palace security guards", ["security guards"], HTI),
        _a("Jean Bertrand Aristide", ["Jean Bertrand Aristide", "the President", "President Aristide"], HTI),
        _a("Haiti", ["Haitian Government"], HTI),
        _a("United States", ["United States"], "USA"),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real48.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real48_heldout.jsonl", FOLDER)
