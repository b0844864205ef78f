"""Write round 43's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the SemEval-2025 EN raw documents drawn by ``python
scripts/actors34/draw.py --seed 43 --count 6 --held 2 --pool semeval2025 --min-words 1 --max-words 100000
--min-chars 2500 --max-chars 3399 --own tests/gold/actors_real43.jsonl --own tests/gold/actors_real43_heldout.jsonl
--own scripts/actors43 --distinct`` (``draw.txt``) before any spinscope run on them. Whole articles are annotated.
Usage (repository root, ../shared present): ``python scripts/actors43/make_gold.py`` (it also checks that every
surface occurs in its article as whole words). Choices of this batch: ``README.md``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIR = "data/semeval2025_task10/EN/raw-documents/"

# round 38's gold writer, the same form (one line per article: stem, path, sha256, actors)
_spec = importlib.util.spec_from_file_location("actors38_make_gold", Path(__file__).resolve().parents[1] / "actors38"
                                               / "make_gold.py")
assert _spec is not None and _spec.loader is not None
_round38 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round38)
_a = _round38._a


DEV = {
    "EN_CC_200086": [
        _a("Matthew Liao", ["Dr. Matthew Liao", "Matthew Liao", "Liao"], None),
        _a("Armageddon Prose", ["Armageddon Prose"], None),
        _a("Third Reich", ["Third Reich"], None),
        _a("Josef Mengele", ["Dr. Mengele", "Mengele"], None),
        _a("Chinese Communist Party", ["CCP"], "CHN"),
        _a("World Economic Forum", ["WEF"], None),
        _a("Klaus Schwab", ["Klaus Schwab"], None),
    ],
    "EN_UA_104569": [
        _a("European Union", ["EU", "Brussels"], "IGO"),
        _a("Germany", ["Germany", "the Germans", "Germans"], "DEU"),
        _a("European Parliament", ["European Parliament", "EP"], "IGO"),
        _a("Joachim Brudzinski", ["Joachim Brudzinski", "Brudzinski", "the PiS politician", "the Polish MEP",
                                  "The vice president"], "POL"),
        _a("Law and Justice", ["Law and Justice", "PiS", "Law and Justice Party"], "POL"),
        _a("Russia", ["Russia"], "RUS"),
    ],
    "EN_CC_100050": [
        _a("United Nations", ["United Nations"], "IGO"),
        _a("Debbie Bacigalupi", ["Debbie Bacigalupi"], "USA"),
        _a("Liberty Sentinel", ["Liberty Sentinel"], None),
    ],
    "EN_CC_200107": [
        _a("Globalists", ["Globalists", "globalists", "climate extremists"], None),
        _a("The Exposé", ["The Exposé", "The Expose"], None),
    ],
}

HELD = {
    "EN_CC_100002": [
        _a("Oxford residents", ["Oxford residents", "Oxford Residents", "OXFORD RESIDENTS"], None),
        _a("Piers Corbyn", ["Piers Corbyn"], "GBR"),
        _a("United Kingdom", ["UK"], "GBR"),
    ],
    "EN_CC_200116": [
        _a("Justin Trudeau", ["Canadian Prime Minister Justin Trudeau", "Justin Trudeau", "Trudeau", "Trudeu",
                              "this Prime Minister", "the Prime Minister", "the Prime Ministers"], "CAN"),
        _a("Pierre Poilievre", ["Canadian Conservative Leader Poilievre", "the conservative leader Pierre Poilievre",
                                "Pierre Poilievre", "Poilievre"], "CAN"),
        _a("Chrystia Freeland", ["Christina Freeland"], "CAN"),
        _a("Canada", ["Canada"], "CAN"),
        _a("Ukraine", ["Ukraine", "Kiev"], "UKR"),
        _a("Ukrainian Nazis", ["Ukraine Nazis", "Ukrainian Nazis"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, DIR)
    _round38._check(HELD, DIR)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real43.jsonl", DIR)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real43_heldout.jsonl", DIR)
