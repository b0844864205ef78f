"""Write round 59's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading eight Reuters-21578 trade-policy stories of 1987 (Debian weka's example
data, ``../wekareuters``, named relative to ``../shared``) drawn from this helper's pool by
``python scripts/actors59/draw.py`` (seed 59; ``draw.txt``) before any spinscope run on them. Whole stories (title
and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and ../wekareuters
present): ``python scripts/actors59/make_gold.py`` (it also checks that every surface occurs in its story as whole
words). Choices of this batch: ``README.md``.
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


DEV = {
    "test/wr-test-0175": [
        _a("White House", ["WHITE HOUSE"], USA),
        _a("Marlin Fitzwater", ["Marlin Fitzwater", "Fitzwater"], USA),
        _a("United States", ["U.S."], USA),
        _a("Japan", ["JAPANESE", "Japan"], "JPN"),
        _a("Japanese officials", ["Japanese officials"], "JPN"),
    ],
    "train/wr-train-0578": [
        _a("Herman De Croo", ["BELGIAN MINISTER", "Herman De Croo", "De Croo"], "BEL"),
        _a("European Community", ["European Community", "EC", "community"], IGO),
        _a("United States", ["United States"], USA),
        _a("Administration officials", ["Administration officials"], USA),
        _a("Congressional leaders", ["Congressional leaders"], USA),
        _a("Clayton Yeutter", ["Clayton Yeutter"], USA),
        _a("U.S. officials", ["U.S. officials"], USA),
        _a("U.S. cattlemen", ["U.S. cattlemen"], USA),
    ],
    "train/wr-train-1385": [
        _a("James Baker", ["BAKER", "James Baker", "Baker"], USA),
        _a("G-6", ["G-6", "industrial nations", "industrial allies"], IGO),
        _a("United States", ["Washington", "U.S."], USA),
        _a("Free-trade coalition", ["coalition"], None),
    ],
    "test/wr-test-0084": [
        _a("Gerhard Stoltenberg", ["STOLTENBERG", "Gerhard Stoltenberg", "Stoltenberg"], "DEU"),
        _a("Karl Otto Poehl", ["Karl Otto Poehl", "Poehl"], "DEU"),
        _a("Bundesbank", ["Bundesbank"], "DEU"),
        _a("West Germany", ["West Germany"], "DEU"),
        _a("Japan", ["Japan"], "JPN"),
        _a("United States", ["United States"], USA),
        _a("Congress", ["Congress"], USA),
        _a("Group of Five", ["Group of Five"], IGO),
        _a("Canada", ["Canada"], "CAN"),
        _a("Group of Seven", ["Group of Seven", "major industrial countries"], IGO),
        _a("International Monetary Fund", ["International Monetary Fund"], IGO),
        _a("World Bank", ["World Bank"], IGO),
        _a("US trading partners", ["major trading partners"], None),
    ],
    "train/wr-train-0525": [
        _a("China", ["CHINA", "China", "Peking"], "CHN"),
        _a("United States", ["United States", "U.S."], USA),
        _a("U.S. Embassy", ["U.S. Embassy"], USA),
        _a("Congress", ["Congress"], USA),
        _a("International Business", ["International Business", "paper"], None),
        _a("George Shultz", ["George Shultz"], USA),
        _a("Chen Shibiao", ["Chen Shibiao"], "CHN"),
    ],
}

HELD = {
    "test/wr-test-0188": [
        _a("Turkey", ["TURKEY", "Turkey"], "TUR"),
        _a("Greece", ["Greece"], "GRC"),
        _a("Turkish Foreign Ministry", ["Foreign Ministry"], "TUR"),
        _a("Nazmi Akiman", ["Nazmi Akiman"], "TUR"),
        _a("Andreas Papandreou", ["Andreas Papandreou"], "GRC"),
        _a("Turgut Ozal", ["Turgut Ozal"], "TUR"),
    ],
    "train/wr-train-1308": [
        _a("Soviet Union", ["MOSCOW", "Moscow", "Soviet Union"], "RUS"),
        _a("Reagan administration", ["Reagan administration", "administration"], USA),
        _a("John Whitehead", ["John Whitehead", "Whitehead"], USA),
        _a("United States", ["Washington"], USA),
        _a("US allies", ["allies"], None),
        _a("Mikhail Gorbachev", ["Mikhail Gorbachev"], "RUS"),
    ],
    "train/wr-train-1220": [
        _a("Clayton Yeutter", ["YEUTTER", "Clayton Yeutter", "Yeutter"], USA),
        _a("Private analysts", ["Private analysts"], None),
        _a("Federal Reserve", ["Federal Reserve"], USA),
        _a("Paul Volcker", ["Paul Volcker"], USA),
        _a("Japan", ["Japan"], "JPN"),
        _a("United States", ["United States", "U.S."], USA),
        _a("Robert Ortner", ["Robert Ortner", "Ortner"], USA),
        _a("Commerce Department", ["Commerce Dept"], USA),
        _a("Export-Import Bank", ["Export-Import Bank"], USA),
        _a("Congress", ["Congress"], USA),
        _a("US trading partners", ["trading partners"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real59.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real59_heldout.jsonl", FOLDER)
