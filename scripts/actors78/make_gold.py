"""Write round 78's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading thirty short Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; company and market wire under 700 characters) drawn from this
helper's pool by ``python scripts/actors78/draw.py`` (seed 78; ``draw.txt``) before any spinscope run on them. Whole
stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and
../wekareuters present): ``python scripts/actors78/make_gold.py`` (it checks that every surface occurs in its story
as whole words and that every story's sha256 is the one ``../wekareuters/MANIFEST.tsv`` gives). Choices of this
batch: ``README.md``.
"""

from __future__ import annotations

import hashlib
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
SWE = "SWE"
FIN = "FIN"
KOR = "KOR"
ZAF = "ZAF"
ECU = "ECU"
ARG = "ARG"
AUT = "AUT"
NOR = "NOR"
VGB = "VGB"
TCA = "TCA"


DEV = {
    "train/wr-train-0908": [
        _a("Danaher Corp", ["DANAHER", "Danaher Corp", "Danaher", "the company"], USA),
        _a("Steven Rales", ["Steven Rales"], None),
    ],
    "train/wr-train-1130": [
        _a("Zayre Corp", ["ZAYRE CORP"], USA),
    ],
    "train/wr-train-1531": [
        _a("Cyacq Corp", ["CYACQ", "Cyacq Corp", "Cyacq"], None),
        _a("Cyclops Corp", ["CYCLOPS", "Cyclops Corp", "Cyclops"], USA),
        _a("Citicorp Capital Investors Ltd", ["Citicorp Capital Investors Ltd"], None),
        _a("Audio Video Affiliates Inc", ["Audio Video Affiliates INc"], USA),
    ],
    "train/wr-train-1286": [
        _a("Great Western Financial Corp", ["GREAT WESTERN FINANCIAL", "Great Western Financial Corp"], USA),
        _a("Great Western Bank", ["Great Western Bank", "Great Western"], USA),
        _a("Guardian Savings and Loan Association", ["Guardian Savings and Loan Association"], None),
        _a("Goldome Savings Bank", ["Goldome Savings Bank"], None),
    ],
    "train/wr-train-1338": [
        _a("VBI Corp", ["OFFSHORE INVESTMENT FIRM", "VBI", "an offshore-based investment firm"], TCA),
        _a("Securities and Exchange Commission", ["Securities and Exchange Commission"], USA),
        _a("France Fund Inc", ["FRANCE FUND", "France Fund Inc", "France Fund"], USA),
    ],
    "train/wr-train-1446": [
        _a("Cetec Corp", ["CETEC CORP"], USA),
    ],
    "train/wr-train-0626": [
        _a("Pantasote Inc", ["PANTASOTE INC"], USA),
    ],
    "train/wr-train-1530": [
        _a("Malrite Guaranteed Broadcast Partners", ["MALRITE", "Malrite Guaranteed Broadcast Partners L.P.",
                                                    "Malrite Guaranteed"], None),
        _a("WTRK Inc", ["WTRK Inc", "WTRK"], None),
        _a("Cox Enterprises Inc", ["COX", "Cox Enterprises Inc"], None),
        _a("Federal Communications Commission", ["Federal Communications Commission"], USA),
        _a("Malrite Communications Group Inc", ["Malrite Communications Group Inc"], USA),
    ],
    "train/wr-train-1129": [
        _a("Corning Glass Works", ["CORNING GLASS WORKS", "Corning Glass Works"], USA),
        _a("Corning International Corp", ["Corning International Corp", "The company"], USA),
        _a("Rigolleau SA", ["Rigolleau, S.A.", "Rigolleau", "an Argentine glass manufacturer"], ARG),
        _a("Gancia group", ["a European group", "the group"], None),
        _a("Camillo Gancia", ["Camillo Gancia"], ARG),
    ],
    "train/wr-train-0786": [
        _a("Convenient Food Mart Inc", ["CONVENIENT FOOD MART", "Convenient Food Mart Inc"], USA),
        _a("Plaid Pantries Inc", ["Plaid Pantries Inc", "Plaid Pantries"], USA),
    ],
    "train/wr-train-0923": [
        _a("Eastpark Realty Trust", ["EASTPARK REALTY TRUST"], USA),
    ],
    "train/wr-train-1337": [
        _a("Rydin and Vik shareholder group", ["GROUP", "A shareholder group", "the group"], None),
        _a("Ingemar Rydin Industritillbehor AB", ["a Swedish investment firm", "Ingemar Rydin Industritillbehor AB",
                                                 "the firm"], SWE),
        _a("Erik Martin Vik", ["a Norwegian investor", "Erik Martin Vik"], NOR),
        _a("Scandinavia Fund Inc", ["SCANDINAVIA FUND", "Scandinavia Fund Inc"], USA),
    ],
    "train/wr-train-1532": [
        _a("Mono Gold Mines Inc", ["MONO GOLD", "Mono Gold Mines Inc", "Mono", "the company"], None),
        _a("NIM and Co Ltd Partnership", ["PARTNERSHIP", "NIM and Co Ltd", "NIM", "the partnership"], None),
    ],
    "train/wr-train-0980": [
        _a("Gerhard de Kock", ["Reserve Bank Governor Gerhard de Kock", "Gerhard de Kock", "De Kock"], ZAF),
        _a("South African state", ["The state"], ZAF),
    ],
    "train/wr-train-1311": [
        _a("Soekor", ["SOUTH AFRICAN FIRM", "Soekor"], ZAF),
        _a("Louw Alberts", ["Louw Alberts"], ZAF),
    ],
    "train/wr-train-1468": [
        _a("Technigen Platinum Corp", ["TECHNIGEN PLATINUM CORP", "Technigen Platinum corp"], None),
    ],
    "train/wr-train-1341": [
        _a("National Statistics and Census Institute", ["National Statistics and Census Institute",
                                                        "The Institute"], ECU),
    ],
    "train/wr-train-1169": [
        _a("Lowe's Cos Inc", ["LOWE'S COS INC"], USA),
    ],
    "train/wr-train-1089": [
        _a("General Refractories Co", ["GENERAL REFRACTORIES", "General Refractories Co", "General Refractories",
                                       "the company"], USA),
        _a("Austrian investor group", ["an Austrian investor group", "a group"], AUT),
        _a("Girozentrale Bank of Austria", ["Girozentrale Bank of Austria"], AUT),
        _a("General Refractories board", ["board"], USA),
    ],
    "train/wr-train-1421": [
        _a("Sun Co", ["SUN", "Sun Co"], USA),
        _a("Sun Refining and Marketing", ["Sun Refining and Marketing", "the company"], USA),
    ],
}

HELD = {
    "train/wr-train-1478": [
        _a("Struthers Wells Corp", ["STRUTHERS WELLS", "Struthers Wells Corp", "Struthers", "The company"], USA),
        _a("Securities and Exchange Commission", ["Securities and Exchange Commission"], USA),
    ],
    "train/wr-train-0970": [
        _a("Piedmont Aviation Inc", ["PIEDMONT", "Piedmont Aviation Inc", "Piedmont", "The company"], USA),
        _a("Norfolk Southern Corp", ["Norfolk Southern Corp"], USA),
        _a("US Air Corp", ["US Air Corp", "US Air", "U.S. Air"], USA),
        _a("Trans World Airlines Inc", ["Trans World Airlines Inc"], USA),
    ],
    "train/wr-train-0878": [
        _a("First Southern Federal S&L", ["FIRST SOUTHERN", "First Southern Federal Savings", "First Southern",
                                          "The company"], USA),
        _a("Horizon Financial Corp", ["Horizon Financial Corp", "Horizon Financial"], None),
        _a("Horizon Funding Corp", ["Horizon Funding corp", "Horizon Funding"], None),
        _a("Victor Federal S&L", ["Victor Federal Savings", "Victor"], USA),
    ],
    "train/wr-train-1084": [
        _a("Trelleborg AB", ["TRELLEBORG", "Trelleborg AB", "Trelleborg", "the company"], SWE),
        _a("Boliden AB", ["BOLIDEN", "Boliden AB", "Boliden"], SWE),
    ],
    "train/wr-train-1411": [
        _a("Gulf States Utilities Co", ["GULF STATES UTILITIES", "Gulf States Utilities Co", "Gulf States",
                                        "Gulf states"], USA),
        _a("Coopers and Lybrand", ["Coopers and Lybrand"], None),
    ],
    "train/wr-train-1435": [
        _a("Bancroft Convertible Fund Inc", ["BANCROFT", "Bancroft Convertible Fund Inc", "Bancroft"], USA),
        _a("Zico Investment Holdings Inc", ["ZICO", "Zico Investment Holdings Inc", "Zico"], VGB),
        _a("Bancroft board", ["board"], USA),
    ],
    "train/wr-train-0992": [
        _a("Bank of Korea", ["Bank of Korea", "The bank"], KOR),
    ],
    "train/wr-train-1132": [
        _a("Zayre Corp", ["ZAYRE", "Zayre Corp", "Zayre", "the company"], USA),
    ],
    "train/wr-train-0700": [
        _a("Telxon Corp", ["TELXON", "Telxon Corp", "the company", "The company"], USA),
        _a("Analysts", ["analysts"], None),
    ],
    "train/wr-train-1359": [
        _a("Instrumentarium Oy", ["INSTRUMENTARIUM", "Instrumentarium Oy", "Instrumentarium"], FIN),
        _a("Ferrado Oy", ["Ferrado Oy", "Ferrado"], FIN),
        _a("Insele Oy", ["Insele Oy", "Insele"], FIN),
        _a("Nokia Oy", ["NOKIA", "Nokia Oy", "Nokia"], FIN),
    ],
}


def _manifest() -> dict[str, str]:
    """``path -> sha256`` of ``../wekareuters/MANIFEST.tsv`` (columns path, chars, sha256)."""
    rows = (ROOT.parent / "wekareuters" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {cols[0]: cols[2] for cols in (row.split("\t") for row in rows) if len(cols) == 3}


def _check_sha(rows: dict[str, list[dict[str, object]]]) -> None:
    """Stop unless every story's sha256 is the manifest's."""
    manifest = _manifest()
    for stem in rows:
        sha = hashlib.sha256((ROOT.parent / "wekareuters" / f"{stem}.txt").read_bytes()).hexdigest()
        if manifest.get(f"{stem}.txt") != sha:
            raise SystemExit(f"{stem}: sha256 {sha} not the manifest's")


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _check_sha(DEV)
    _check_sha(HELD)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real78.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real78_heldout.jsonl", FOLDER)
