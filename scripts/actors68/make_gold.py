"""Write round 68's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading nine Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; stories with a government / trade word in the title) drawn from
this helper's pool by ``python scripts/actors68/draw.py`` (seed 68; ``draw.txt``) before any spinscope run on them.
Whole stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root,
../shared and ../wekareuters present): ``python scripts/actors68/make_gold.py`` (it also checks that every surface
occurs in its story as whole words). Choices of this batch: ``README.md``.
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
FOLDER = "../wekareuters/"
USA = "USA"
IGO = "IGO"
JPN = "JPN"


DEV = {
    "train/wr-train-1546": [
        _a("Financial analysts", ["financial analysts", "analysts"], None),
        _a("Fred Leiner", ["Fred Leiner", "Leiner"], None),
        _a("Prudential Bache", ["Prudential Bache"], None),
        _a("Eileen Rico", ["Eileen Rico", "Rico"], None),
        _a("Northern Futures", ["Northern Futures"], None),
        _a("Brian Singer", ["Brian Singer", "Singer"], None),
        _a("Carroll McEntee and McGinley", ["Carroll McEntee and McGinley"], None),
        _a("Federal Reserve", ["Federal Reserve"], USA),
        _a("OPEC", ["OPEC"], IGO),
        _a("OPEC members", ["OPEC nations"], None),
        _a("Ecuador", ["Ecuador"], "ECU"),
    ],
    "train/wr-train-0165": [
        _a("Nippon Telegraph and Telephone Corp", ["Nippon Telegraph and Telephone Corp", "NTT", "the company"],
           JPN),
        _a("NTT spokesman", ["spokesman"], None),
        _a("Post and Telecommunications Ministry", ["Post and Telecommunications Ministry"], JPN),
    ],
    "test/wr-test-0003": [
        _a("Ministry of International Trade and Industry", ["Ministry of International Trade and Industry", "MITI"],
           JPN),
        _a("Ministry officials", ["ministry officials", "officials"], JPN),
        _a("Japan", ["JAPAN", "Japan"], JPN),
        _a("Agency of Natural Resources and Energy", ["Agency of Natural Resources and Energy"], JPN),
    ],
    "test/wr-test-0326": [
        _a("European Community", ["EC", "European Community"], IGO),
        _a("EC Executive Commission", ["EC Executive Commission", "Commission"], IGO),
        _a("Japanese semiconductor makers", ["Japanese semiconductor makers", "Japanese firms", "the Japanese"], JPN),
        _a("Diplomats", ["diplomats"], None),
        _a("Japan", ["Tokyo", "Japan"], JPN),
        _a("United States", ["Washington", "U.S."], USA),
        _a("European Electrical Component Manufacturers Association",
           ["European Electrical Component Manufacturers Association", "Association"], None),
        _a("EC firms", ["EC firms"], None),
        _a("US firms", ["U.S. Firms"], USA),
    ],
    "train/wr-train-0144": [
        _a("Italian Treasury", ["ITALIAN TREASURY", "Italian treasury", "Treasury"], "ITA"),
    ],
    "train/wr-train-0466": [
        _a("Petroleos Mexicanos", ["PEMEX", "Petroleos Mexicanos", "Pemex"], "MEX"),
        _a("Export-Import Bank of Japan", ["Export-Import Bank of Japan"], JPN),
        _a("Tito Ayala", ["Tito Ayal", "Ayala"], None),
        _a("Japan", ["Japan"], JPN),
    ],
}

HELD = {
    "train/wr-train-0558": [
        _a("Eurostat", ["EC statistics office", "Eurostat"], IGO),
    ],
    "train/wr-train-0145": [
        _a("US Embassy", ["U.S. Embassy", "embassy"], USA),
        _a("Indonesian government", ["The government", "the government"], "IDN"),
        _a("Farmers", ["farmers"], "IDN"),
    ],
    "test/wr-test-0237": [
        _a("US Department of Agriculture", ["USDA", "U.S. Agriculture Department", "the department"], USA),
        _a("South Korea", ["SOUTH KOREA", "South Korea", "Koreans"], "KOR"),
        _a("United States", ["United States"], USA),
        _a("China", ["China"], "CHN"),
        _a("Argentina", ["Argentina"], "ARG"),
        _a("South Africa", ["South Africa"], "ZAF"),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real68.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real68_heldout.jsonl", FOLDER)
