"""Write round 64's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading eight Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; government / trade and company stories) drawn from this helper's
pool by ``python scripts/actors64/draw.py`` (seed 64; ``draw.txt``) before any spinscope run on them. Whole stories
(title and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and
../wekareuters present): ``python scripts/actors64/make_gold.py`` (it also checks that every surface occurs in its
story as whole words). Choices of this batch: ``README.md``.
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
GBR = "GBR"
BEL = "BEL"
ZAF = "ZAF"
CHE = "CHE"


DEV = {
    "test/wr-test-0043": [
        _a("United States", ["U.S."], USA),
        _a("Japan", ["Japan", "JAPAN"], JPN),
        _a("Michael Armacost", ["top U.S. Official", "Michael Armacost",
                                "Under Secretary of State", "Armacost"], USA),
        _a("Japanese team", ["Japanese team"], JPN),
        _a("Congress", ["Congress"], USA),
    ],
    "train/wr-train-0927": [
        _a("USAir Group Inc", ["USAIR", "U", "USAir Group Inc", "USAir"], USA),
        _a("Trans World Airlines", ["TWA", "Trans World Airlines", "twa"], USA),
        _a("David Shipley", ["David Shipley"], None),
        _a("Piedmont Aviation Inc", ["Piedmont Aviation Inc", "PIE", "Piedmont"], USA),
        _a("Norfolk Southern Corp", ["Norfolk Southern Corp", "NSC", "Norfolk Southern"], USA),
        _a("Piedmont spokesman", ["A spokesman"], None),
    ],
    "train/wr-train-0371": [
        _a("Imperial Chemical Industries PLC", ["ICI", "Imperial Chemical Industries PLC", "the company"], GBR),
        _a("Denys Henderson", ["chairman-elect Denys Henderson", "Denys Henderson", "Henderson"], None),
        _a("ICI Pharma", ["ICI Pharma", "new U.S. drug concern"], USA),
        _a("Stuart Pharmaceuticals", ["Stuart Pharmaceuticals"], None),
        _a("Glaxo Holdings PLC", ["Glaxo Holdings PLC", "Glaxo"], GBR),
        _a("A.W. Clements", ["A.W. Clements"], None),
        _a("US Food and Drug Administration", ["U.S. Food and Drug Administration"], USA),
        _a("Merck and Co Inc", ["Merck and Co Inc", "MRK"], USA),
        _a("Glidden Paints", ["Glidden Paints", "Glidden"], None),
        _a("Hanson Industries Inc", ["Hanson Industries Inc"], USA),
        _a("John Harvey-Jones", ["Sir John Harvey-Jones"], None),
    ],
    "train/wr-train-0623": [
        _a("Herman De Croo", ["Foreign Trade Minister Herman De Croo", "BELGIAN", "Herman De Croo",
                              "De Croo"], BEL),
        _a("Congress", ["Congress"], USA),
        _a("Congressmen", ["Congressmen"], USA),
        _a("European Community", ["European Community", "EC"], IGO),
        _a("Ronald Reagan", ["President Reagan"], USA),
        _a("Democratic Party", ["Democratic"], USA),
        _a("Administration officials", ["Administration officials"], USA),
        _a("US trading partners", ["trading partners"], None),
        _a("US officials", ["U.S. officials"], USA),
        _a("Japan", ["Japan"], JPN),
    ],
    "test/wr-test-0210": [
        _a("Union Texas Petroleum", ["UNION TEXAS", "Union Texas Petroleum", "Union Texas", "the company",
                                     "The Houston-based company"], USA),
        _a("Kohlberg Kravis Roberts and Co", ["Kohlberg Kravis Roberts and Co"], USA),
        _a("Allied-Signal Inc", ["Allied-Signal Inc", "ALD"], USA),
    ],
}

HELD = {
    "train/wr-train-1553": [
        _a("US Treasury", ["TREASURY", "Treasury"], USA),
        _a("United States", ["United States"], USA),
        _a("Congress", ["Congress"], USA),
        _a("South Africa", ["South Africa"], ZAF),
        _a("South African government", ["white minority government"], ZAF),
        _a("South African state-controlled organizations", ["South African state-controlled organizations"], ZAF),
        _a("Ronald Reagan", ["President Reagan"], USA),
        _a("US federal government", ["federal government"], USA),
        _a("Foreign electric utilities", ["foreign electric utilities"], None),
        _a("Nuclear Regulatory Commission", ["Nuclear Regulatory Commission"], USA),
        _a("US Customs", ["U.S. Customs"], USA),
    ],
    "train/wr-train-0900": [
        _a("Pacific Telesis Group", ["PACTEL", "PAC", "Pacific Telesis Group", "the company"], USA),
        _a("Donald Guinn", ["chairman Donald Guinn", "Donald Guinn", "Guinn"], None),
        _a("Pacific Bell", ["Pacific Bell"], USA),
        _a("California Public Utility Commission", ["California Public Utility Commission", "the commission"], USA),
        _a("International consortium", ["international consortium"], None),
        _a("US Department of Justice", ["U.S. Department of Justice"], USA),
        _a("Bell operating companies", ["Bell operating companies"], USA),
    ],
    "test/wr-test-0010": [
        _a("Sumitomo Bank Ltd", ["SUMITOMO BANK", "Sumitomo Bank Ltd", "SUMI.T", "Sumitomo"], JPN),
        _a("Heiwa Sogo Bank", ["Heiwa Sogo Bank", "Heiwa Sogo", "the smaller bank"], JPN),
        _a("Financial analysts", ["financial analysts", "analysts"], None),
        _a("One analyst", ["one analyst"], None),
        _a("Koh Komatsu", ["Sumitomo President Koh Komatsu", "Koh Komatsu", "Komatsu"], None),
        _a("Reuters", ["Reuters"], None),
        _a("Kleinwort Benson Ltd", ["Kleinwort Benson Ltd", "Kleinwort"], None),
        _a("Simon Smithson", ["Simon Smithson", "Smithson"], None),
        _a("Goldman, Sachs and Co", ["Goldman, Sachs and Co"], USA),
        _a("Federal Reserve Board", ["Federal Reserve Board", "Fed"], USA),
        _a("Meiko Securities Co Ltd", ["Meiko Securities Co Ltd"], JPN),
        _a("Banca del Gottardo", ["Banca del Gottardo", "Gottardo"], CHE),
        _a("Japanese Finance Ministry", ["Finance Ministry"], JPN),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real64.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real64_heldout.jsonl", FOLDER)
