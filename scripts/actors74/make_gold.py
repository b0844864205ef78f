"""Write round 74's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading nine Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; company and market wire) drawn from this helper's pool by
``python scripts/actors74/draw.py`` (seed 74; ``draw.txt``) before any spinscope run on them. Whole stories (title
and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and ../wekareuters
present): ``python scripts/actors74/make_gold.py`` (it also checks that every surface occurs in its story as whole
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
PAK = "PAK"
SWE = "SWE"


DEV = {
    "train/wr-train-0404": [
        _a("American Bureau of Metal Statistics", ["American Bureau of Metal Statistics"], USA),
    ],
    "train/wr-train-0359": [
        _a("Rospatch Corp", ["ROSPATCH", "Rospatch Corp", "Rospatch", "Rosptach", "the company"], USA),
        _a("Diagnostic Retrieval Systems Inc", ["DIAGNOSTIC", "Diagnostic Retrieval Systems Inc", "Diagnostic"], USA),
        _a("Brookehill Group", ["Brookehill Group"], USA),
        _a("J.A. Parini", ["J.A. Parini"], None),
    ],
    "test/wr-test-0279": [
        _a("American Brands Inc", ["AMERICAN BRANDS", "American Brands Inc", "American Brands",
                                   "the tobacco company"], USA),
        _a("National Distillers and Chemical Corp", ["National Distillers and Chemical Corp", "National Distillers"],
           None),
        _a("Analysts", ["analysts", "Analysts"], None),
        _a("Allan Kaplan", ["Allan Kaplan"], None),
        _a("Merrill Lynch and Co", ["Merrill Lynch and Co"], None),
        _a("Chesebrough-Ponds Inc", ["Chesebrough", "Chesebrough-Ponds Inc", "the company"], None),
        _a("Unilever N.V.", ["Unilever N.V."], None),
        _a("Wall Street", ["Wall Street"], None),
        _a("George Thompson", ["George Thompson", "Thompson"], None),
        _a("Prudential-Bache securities", ["Prudential-Bache securities"], None),
    ],
    "train/wr-train-0411": [
        _a("New York Mercantile Exchange", ["NYMEX", "New York Mercantile Exchange", "the exchange",
                                            "The exchange"], None),
        _a("Exchange spokeswoman", ["spokeswoman"], None),
        _a("Board of Governors", ["Board of Governors"], None),
        _a("Commodity Futures Trading Commission", ["CFTC", "Commodity Futures Trading Commission"], USA),
    ],
    "train/wr-train-0416": [
        _a("Leucadia National Corp", ["LEUCADIA", "Leucadia National Corp", "Leucadia"], USA),
        _a("Minstar Inc", ["MINSTAR", "Minstar Inc", "Minstar", "the company"], USA),
        _a("Irwin Jacobs", ["Irwin Jacobs"], None),
        _a("LNC Investments Inc", ["LNC Investments Inc"], USA),
        _a("Charter National Life Insurance Co", ["Charter National Life Insurance Co"], USA),
        _a("TLC Associates", ["TLC Associates"], USA),
    ],
    "train/wr-train-0214": [
        _a("Pakistan", ["PAKISTAN", "Pakistan"], PAK),
        _a("Shafi Niaz", ["Shafi Niaz"], PAK),
        _a("Agricultural Prices Commission", ["Agricultural Prices Commission"], PAK),
        _a("Official sources", ["Official sources"], PAK),
        _a("State-owned cotton export corporation", ["cotton export corporation"], PAK),
        _a("Cotton traders", ["cotton traders", "The traders"], None),
    ],
}

HELD = {
    "train/wr-train-1400": [
        _a("Nordbanken", ["NORDBANKEN", "Nordbanken", "The bank"], SWE),
        _a("Fermenta AB", ["FERMENTA", "Fermenta AB", "Fermenta", "the Fermenta group", "the company"], SWE),
        _a("Refaat el-Sayed", ["Refaat el-Sayed", "el-Sayed"], None),
        _a("Swedish banks", ["Swedish banks"], SWE),
        _a("Gotabanken", ["Gotabanken"], None),
        _a("Industrivarden AB", ["Industrivarden AB"], None),
        _a("Kjell Brandstrom", ["Kjell Brandstrom"], None),
    ],
    "train/wr-train-0076": [
        _a("Ivaco Inc", ["IVACO", "Ivaco Inc", "Ivaco"], None),
    ],
    "test/wr-test-0530": [
        _a("UAL Inc", ["UAL Inc", "UAL", "the company"], USA),
        _a("Traders", ["traders", "Traders"], None),
        _a("Coniston Partners", ["Coniston Partners", "Coniston"], None),
        _a("Pritzker family", ["Pritzker family", "Pritzkers"], USA),
        _a("Donald Trump", ["Donald Trump"], None),
        _a("UAL pilots", ["pilots"], None),
        _a("United Airlines", ["United Airlines"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real74.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real74_heldout.jsonl", FOLDER)
