"""Write round 65's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading eight Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; government / economy and company stories) drawn from this
helper's pool by ``python scripts/actors65/draw.py`` (seed 65; ``draw.txt``) before any spinscope run on them. Whole
stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and
../wekareuters present): ``python scripts/actors65/make_gold.py`` (it also checks that every surface occurs in its
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
ITA = "ITA"
COL = "COL"


DEV = {
    "test/wr-test-0264": [
        _a("HBO and Co", ["HBO", "HBOC", "HBO and Co", "the company"], USA),
        _a("Andover Group", ["ANDOVER", "Andover Group", "Andover"], None),
        _a("Securities and Exchange Commission", ["Securities and Exchange Commission"], USA),
    ],
    "train/wr-train-0134": [
        _a("Japan", ["JAPAN", "Japan"], JPN),
        _a("Management and Coordination Agency", ["Management and Coodination Agency"], JPN),
    ],
    "test/wr-test-0212": [
        _a("Hartmarx Corp", ["HARTMARX", "HMX", "Hartmarx Corp", "Hartmarx", "apparel manufacturer",
                             "the company"], USA),
        _a("John Meinert", ["Chairman John Meinert", "John Meinert", "Meinert"], None),
    ],
    "train/wr-train-0630": [
        _a("International Coffee Organization", ["ICO", "International Coffee Organization"], IGO),
        _a("Alberto Hesse", ["ITALIAN ADVISER", "Alberto Hesse", "Hesse"], ITA),
        _a("European Coffee Federation", ["European Coffee Federation"], None),
        _a("Italian Foreign Affairs Ministry", ["Italian Foreign Affairs Ministry"], ITA),
        _a("Reuters", ["Reuters"], None),
        _a("Delegations", ["delegations"], None),
        _a("Importing and exporting countries", ["importing and exporting countries"], None),
    ],
    "train/wr-train-0998": [
        _a("Hughes Tool Co", ["HUGHES TOOL", "Hughes Tool Co", "HT", "Hughes"], USA),
        _a("Hughes Tool board", ["DIRECTORS", "The directors", "Hughes board", "the board"], USA),
        _a("Baker International Corp", ["BAKER", "Baker International Corp", "BKO", "Baker"], USA),
        _a("Baker board", ["board of directors"], USA),
        _a("Ike Kerridge", ["Ike Kerridge", "Kerridge"], None),
        _a("US Department of Justice", ["U.S. Department of Justice", "Department of Justice",
                                        "Justice Department"], USA),
    ],
}

HELD = {
    "train/wr-train-1282": [
        _a("Colombia", ["COLOMBIA", "Colombia"], COL),
        _a("Cesar Gaviria", ["finance minister Cesar Gaviria", "Cesar Gaviria", "Gaviria"], COL),
        _a("Reuters", ["reuters"], None),
        _a("Foreign banking community", ["foreign banking community"], None),
        _a("Colombian Conservative Party", ["opposition conservative party"], COL),
        _a("Biggest trade union", ["biggest trade union"], COL),
        _a("World Bank", ["world bank"], IGO),
        _a("Inter-American Development Bank", ["inter-american bank"], IGO),
    ],
    "train/wr-train-1484": [
        _a("Payless Cashways Inc", ["PAYLESS CASHWAYS", "PCI", "Payless Cashways Inc", "Payless", "the company"],
           USA),
        _a("David Stanley", ["David Stanley", "Stanley"], None),
        _a("Analysts", ["analysts"], None),
        _a("Larry Kunz", ["Larry Kunz"], None),
        _a("Knox Lumber Co", ["Knox Lumber Co"], None),
    ],
    "test/wr-test-0435": [
        _a("Group of 10", ["GROUP OF 10", "Group of 10 developed nations", "G-10"], IGO),
        _a("Group of Seven", ["G-7", "Group of Seven", "group of seven"], IGO),
        _a("Sources", ["Sources"], None),
        _a("IMF Interim Committee", ["International Monetary Fund Interim Committee"], IGO),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real65.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real65_heldout.jsonl", FOLDER)
