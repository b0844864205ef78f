"""Write round 41's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the PTC training articles drawn by ``python scripts/actors34/draw.py
--seed 241 --count 6 --held 2 --pool ptc --min-words 750 --max-words 1400 --own tests/gold/actors_real41.jsonl
--own tests/gold/actors_real41_heldout.jsonl --own scripts/actors41`` (``draw.txt``) before any spinscope run on
them. Whole articles are annotated (no character limit). Usage (repository root, ../shared present):
``python scripts/actors41/make_gold.py`` (it also checks that every surface occurs in its article as whole words).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIR = "data/ptc_semeval2020_task11/train-articles/"
USA = "USA"


# round 38's gold writer, the same form (one line per article: stem, path, sha256, actors)
_spec = importlib.util.spec_from_file_location("actors38_make_gold", Path(__file__).resolve().parents[1] / "actors38"
                                               / "make_gold.py")
assert _spec is not None and _spec.loader is not None
_round38 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round38)
_a = _round38._a


DEV = {
    "article756114837": [
        _a("Tyler Durden", ["Tyler Durden"], None),
        _a("Zero Hedge", ["Zero Hedge"], None),
        _a("World Health Organization", ["The World Health Organization", "World Health Organization", "WHO"], None),
        _a("DRC health ministry", ["DRC health ministry"], "COD"),
        _a("Peter Salma", ["Peter Salma", "Mr Salama", "Salma"], None),
        _a("United Nations", ["UN"], None),
        _a("World Food Programme", ["World Food Programme"], None),
        _a("Daily Mail", ["Daily Mail"], None),
        _a("Nigeria", ["Nigeria"], "NGA"),
        _a("Guinea", ["Guinea"], "GIN"),
        _a("Gambia", ["Gambia"], "GMB"),
        _a("Kenya", ["Kenya"], "KEN"),
    ],
    "article761969692": [
        _a("Labor Department", ["Labor Department"], USA),
        _a("Donald Trump", ["President Trump", "Trump"], USA),
        _a("Barack Obama", ["Obama"], USA),
        _a("Americans", ["Americans"], USA),
        _a("Main Stream Media", ["Main Stream Media"], None),
        _a("Bureau of Labor Statistics", ["BLS"], USA),
        _a("Edwin S. Rubenstein", ["Edwin S. Rubenstein"], None),
    ],
    "article757243988": [
        _a("Joshua Gill", ["Joshua Gill"], None),
        _a("Daily Caller News Foundation", ["Daily Caller News Foundation"], None),
        _a("Geller Report", ["Geller Report"], None),
        _a("Rich Penkoski", ["Rich Penkoski", "Penkoski", "Penkoksi"], USA),
        _a("Christian Post", ["The Christian Post", "Christian Post"], None),
        _a("Ron Branch", ["Principal Ron Branch", "Ron Branch", "Branch"], USA),
        _a("Hinson", ["Hinson"], USA),
        _a("Brielle", ["Brielle"], USA),
        _a("Robert Spencer", ["Robert Spencer"], None),
    ],
    "article765197039": [
        _a("Nigel Farage", ["Nigel Farage", "Mr. Farage", "Farage"], "GBR"),
        _a("Britons", ["Britons", "British people"], "GBR"),
        _a("European Union", ["European Union"], None),
        _a("UK Independence Party", ["UK Independence Party", "UKIP"], "GBR"),
        _a("the West", ["West"], None),
        _a("Sharaf ad-Din Ali Yazdi", ["Sharaf ad-Din Ali Yazdi"], None),
        _a("Tamerlane", ["Tamerlane", "Temur"], None),
        _a("Al-Amir bi-Ahkamillah", ["Al-Amir bi-Ahkamillah"], None),
        _a("Umar ibn Abd al-Aziz", ["Umar ibn Abd al-Aziz"], None),
        _a("Robert Spencer", ["Robert Spencer"], None),
    ],
}

HELD = {
    "article761969038": [
        _a("Wall Street", ["Wall Street"], None),
        _a("Main Stream Media", ["Main Stream Media"], None),
        _a("VDARE.com", ["VDARE.com"], None),
        _a("Bureau of Labor Statistics", ["Bureau of Labor Statistics", "BLS"], USA),
        _a("Barack Obama", ["President Obama"], USA),
        _a("Obama Administration", ["Obama Administration"], USA),
        _a("Americans", ["Americans"], USA),
    ],
    "article771879020": [
        _a("Department of Justice", ["Department of Justice", "Obama Justice Department", "Trump DOJ", "DOJ"], USA),
        _a("Cody Wilson", ["Cody Wilson", "Wilson", "Cody"], USA),
        _a("Have Blue", ["Have Blue"], None),
        _a("Defense Distributed", ["Defense Distributed"], None),
        _a("Department of Defense Trade Controls", ["United States Department of Defense Trade Controls"], USA),
        _a("Wired", ["Wired", "WIRED"], None),
        _a("State Department", ["State Department"], USA),
        _a("Commerce Department", ["Commerce Department"], USA),
        _a("Second Amendment Foundation", ["Second Amendment Foundation", "SAF"], None),
        _a("Alan M. Gottlieb", ["Alan M. Gottlieb"], None),
        _a("The Daily Wire", ["The Daily Wire"], None),
        _a("NRA", ["NRA"], None),
        _a("Joe Wolverton", ["Joe Wolverton"], None),
        _a("The New American", ["The New American"], None),
        _a("US government", ["United States government"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, DIR)
    _round38._check(HELD, DIR)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real41.jsonl", DIR)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real41_heldout.jsonl", DIR)
