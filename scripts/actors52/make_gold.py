"""Write round 52's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading SemEval-2025 Task 10 EN raw documents drawn from this helper's pool by
``python scripts/actors52/draw.py`` (seed 52; ``draw.txt``) before any spinscope run on them. Whole articles are
annotated (the title line included). Usage (repository root, ../shared present):
``python scripts/actors52/make_gold.py`` (it also checks that every surface occurs in its article as whole words).
Choices of this batch: ``README.md``.
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
FOLDER = "data/semeval2025_task10/EN/raw-documents/"
USA = "USA"


DEV = {
    "EN_UA_029155": [
        _a("August Hanning", ["August Hanning", "Hanning", "former head of German intelligence"], "DEU"),
        _a("Volodymyr Zelensky", ["Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "Zelensky"], "UKR"),
        _a("Andrzej Duda", ["President of Poland", "Andrzej Duda", "Duda"], "POL"),
        _a("Germany", ["Germany", "Berlin"], "DEU"),
        _a("Russia", ["Russia", "Moscow", "Russian"], "RUS"),
        _a("Ukraine", ["Ukraine"], "UKR"),
        _a("Poland", ["Poland"], "POL"),
        _a("Polish authorities", ["Polish authorities"], "POL"),
        _a("Federal Intelligence Service", ["Federal Intelligence Service", "BND"], "DEU"),
        _a("WELT-TV", ["WELT-TV"], None),
        _a("Modernity.news", ["Modernity.news"], None),
        _a("Legacy media", ["legacy media"], None),
        _a("Volodymyr Z.", ["Volodymyr Z", "Ukrainian diver", "the suspect"], "UKR"),
        _a("White House", ["White House"], USA),
        _a("Victoria Nuland", ["Under-Secretary of State Victoria Nuland", "Victoria Nuland"], USA),
        _a("Joe Biden", ["President Biden", "Biden"], USA),
        _a("Seymour Hersh", ["Seymour Hersh", "Hersh"], None),
        _a("United States", ["US"], USA),
        _a("US Navy divers", ["US Navy divers", "US Navy"], USA),
    ],
    "EN_CC_200073": [
        _a("Riley Moore", ["West Virginia Treasurer Riley Moore", "Riley Moore"], USA),
        _a("West Virginia", ["West Virginia", "WV"], USA),
        _a("BlackRock", ["Blackrock", "BlackRock", "the firm"], USA),
        _a("Wall Street financial firms", ["Wall Street financial firms"], USA),
        _a("Florida", ["Florida"], USA),
        _a("Jimmy Patronis", ["Florida Chief Financial Officer Jimmy Patronis", "State Chief Financial Officer Jimmy "
                                                                                "Patronis", "Jimmy Patronis",
                              "Patronis"], USA),
        _a("Ron DeSantis", ["Florida Governor Ron DeSantis", "Florida Governor", "DeSantis"], USA),
        _a("DeSantis administration", ["DeSantis administration"], USA),
        _a("Larry Fink", ["BlackRock CEO Larry Fink", "Larry Fink"], USA),
        _a("Republican leaders", ["Republican leaders"], USA),
        _a("Department of Financial Services", ["Department of Financial Services"], USA),
        _a("ConInc influencers", ["ConInc influencers"], None),
        _a("Alex Bruesewitz", ["Alex Bruesewitz"], None),
    ],
    "EN_CC_100036": [
        _a("NASA", ["NASA", "National Aeronautics and Space Administration"], USA),
        _a("NOAA", ["National Oceanic and Atmospheric Administration", "NOAA"], USA),
        _a("Check Your Fact", ["Check Your Fact"], None),
        _a("Space.com", ["Space.com", "the outlet"], None),
        _a("Unilad", ["Unilad"], None),
        _a("Daily Mail", ["Daily Mail"], None),
        _a("Josh Schwarz", ["NOAA physicist Josh Schwarz", "Josh Schwarz", "Schwarz"], USA),
        _a("Lead Stories", ["Lead Stories"], None),
        _a("USA Today", ["USA Today"], None),
        _a("Allard Beutel", ["NASA Spokesperson Allard Beutel", "Allard Beutel", "Beutel", "A NASA spokesperson"], USA),
        _a("Unnamed male", ["an unnamed male"], None),
        _a("NASA astronauts", ["NASA astronauts"], USA),
    ],
    "EN_CC_200048": [
        _a("Letitia James", ["New York AG Letitia James", "Letitia James", "James"], USA),
        _a("JBS USA Food Company", ["JBS USA Food Company", "JBS", "the company"], USA),
        _a("JBS Foods", ["JBS Foods"], None),
        _a("Governments", ["Governments"], None),
        _a("Powerful corporations", ["powerful corporations"], None),
        _a("Climate crusaders", ["climate crusaders"], None),
        _a("SciTechDaily", ["SciTechDaily"], None),
        _a("David Kaplan", ["David Kaplan"], USA),
        _a("Tufts University Center for Cellular Agriculture", ["Tufts University Center for Cellular Agriculture",
                                                                 "TUCCA"], USA),
        _a("Ben Bartee", ["independent journalist Ben Bartee", "Ben Bartee"], None),
        _a("Powers that be", ["powers that be"], None),
        _a("Sandi Adams", ["Sandi Adams"], None),
        _a("Christians", ["Christians"], None),
        _a("Lab-meat startups", ["lab-meat startups"], None),
        _a("Americans", ["Americans"], USA),
    ],
}

HELD = {
    "EN_UA_022016": [
        _a("Russia", ["Russia", "Moscow", "Russians"], "RUS"),
        _a("Kaja Kallas", ["Estonian Prime Minister Kaja Kallas", "Kaja Kallas", "Kallas", "Estonian Prime Minister",
                           "Estonian prime minister", "head of the Estonian government"], "EST"),
        _a("Ukraine", ["Ukraine", "Kyiv"], "UKR"),
        _a("Armed Forces of Ukraine", ["Armed Forces of Ukraine", "Ukrainian army"], "UKR"),
        _a("The West", ["Western countries", "West"], None),
        _a("The Kyiv Independent", ["The Kyiv Independent"], None),
        _a("Estonia", ["Tallinn"], "EST"),
        _a("Partners and allies", ["partners and allies", "partners"], None),
        _a("Ramstein coalition", ["Ramstein format contact group", "Ramstein coalition"], None),
        _a("Russian occupation forces", ["Russian occupation forces"], "RUS"),
        _a("Volodymyr Zelensky", ["Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "head of state"],
           "UKR"),
        _a("OBOZ.UA", ["OBOZ.UA"], None),
    ],
    "EN_CC_100235": [
        _a("Jin Jun", ["Jin Jun"], "CHN"),
        _a("CGTN", ["CGTN"], None),
        _a("CATL", ["CATL"], "CHN"),
        _a("BYD", ["BYD"], "CHN"),
        _a("Chinese enterprises", ["Chinese enterprises"], "CHN"),
        _a("European Union", ["EU"], "IGO"),
    ],
    "EN_CC_200344": [
        _a("David Attenborough", ["Sir David Attenborough", "David Attenborough", "Sir David", "Attenborough"], "GBR"),
        _a("BBC", ["BBC"], None),
        _a("Richard Attenborough", ["Richard Attenborough"], "GBR"),
        _a("Fans", ["fans", "Fans", "One fan"], None),
        _a("Netflix", ["Netflix"], None),
        _a("Celebrity Net Worth", ["Celebrity Net Worth"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real52.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real52_heldout.jsonl", FOLDER)
