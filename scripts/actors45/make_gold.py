"""Write round 45's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the SemEval-2023 task 3 EN training articles drawn by ``python
scripts/actors34/draw.py --pool semeval2023 --seed 45 --distinct --min-chars 2900 --max-chars 3899 --min-words 1
--max-words 100000 --count 6 --held 2 --own tests/gold/actors_real45.jsonl --own tests/gold/actors_real45_heldout.jsonl
--own scripts/actors45`` (``draw.txt``) before any spinscope run on them. Whole articles are annotated (title line
included). Usage (repository root, ../shared present): ``python scripts/actors45/make_gold.py`` (it also checks that
every surface occurs in its article as whole words). Choices of this batch: ``README.md``.
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
USA = "USA"
FRA = "FRA"


DEV = {
    "article771406408": [
        _a("France", ["France"], FRA),
        _a("Sarah Halimi", ["Sarah Lucy Halimi", "Sarah Halimi", "Halimi", "Sarah Lucy", "Sarah"], FRA),
        _a("Yonathan Halimi", ["Yonathan Halimi"], FRA),
        _a("Kobili Traore", ["Kobili Traore", "Traore", "Kobili", "the Malian immigrant"], None),
        _a("Diara Traore", ["Diara Traore", "Diara"], None),
        _a("French authorities", ["The authorities", "the authorities"], FRA),
        _a("20 Minutes", ["20 Minutes"], None),
        _a("Anti-Crime Brigade", ["Anti-Crime Brigade", "BAC"], FRA),
        _a("French police", ["the police", "policemen"], FRA),
    ],
    "article999001256": [
        _a("Stacey Abrams", ["Stacey Abrams", "Abrams"], USA),
        _a("Brian Kemp", ["Brian Kemp", "Kemp"], USA),
        _a("Democratic Party", ["Democrats"], USA),
        _a("Atlanta Journal-Constitution", ["The Atlanta Journal-Constitution", "Atlanta Journal-Constitution"], None),
        _a("Hillary Clinton", ["Hillary Clinton"], USA),
        _a("Georgia", ["Georgia"], USA),
    ],
    "article695833178": [
        _a("US authorities", ["Authorities", "authorities"], USA),
        _a("Alternative media", ["alternative media"], None),
        _a("Mainstream media", ["mainstream media"], None),
        _a("Laura Loomer", ["investigative reporter Laura Loomer", "Laura Loomer", "Loomer"], None),
        _a("United States", ["the American people"], USA),
        _a("Stephen Paddock", ["Stephen Paddock", "Paddock"], USA),
        _a("Federal Bureau of Investigation", ["FBI"], USA),
        _a("US police", ["police", "Law enforcement"], USA),
        _a("Drudge Report", ["Drudge Report"], None),
        _a("Eric Paddock", ["Eric"], USA),
    ],
    "article789454337": [
        _a("Amber Guyger", ["Amber Guyger", "Guyger"], USA),
        _a("Botham Jean", ["Botham Jean"], USA),
        _a("Dallas police", ["police", "Police", "Dallas police force"], USA),
        _a("Dallas 9", ["Activists", "the protesters", "the protestors", "Dallas 9", "D-9"], None),
        _a("Lee Merritt", ["Attorney Lee Merritt", "Lee Merritt", "Merritt", "Merrit"], USA),
        _a("Officer Wiley", ["Officer Wiley", "Wiley"], USA),
        _a("O'Shea Terry", ["O’Shea Terry"], USA),
        _a("John Vibes", ["John Vibes"], None),
    ],
}

HELD = {
    "article999000142": [
        _a("Hillary Clinton", ["Former Secretary of State Hillary Clinton", "Hillary Clinton", "Hillary", "Clinton"],
           USA),
        _a("Cory Booker", ["Senator Cory Booker", "Cory Booker", "Booker"], USA),
        _a("Eric Holder", ["former Attorney General Eric Holder", "Eric Holder", "Holder"], USA),
        _a("Donald Trump", ["President Donald Trump", "Donald Trump", "Trump"], USA),
        _a("Kara Swisher", ["Kara Swisher", "Swisher"], None),
        _a("Democratic Party", ["The Democratic Party", "Democratic Party"], USA),
    ],
    "article790666929": [
        _a("Star Tribune", ["The Star Tribune", "Star Tribune", "STAR TRIBUNE"], None),
        _a("Keith Ellison", ["U.S. Rep. Keith Ellison", "Keith Ellison", "KEITH ELLISON", "Ellison", "Keith"], USA),
        _a("Barack Obama", ["Barack Obama", "Obama"], USA),
        _a("Jack Ryan", ["Jack Ryan", "Ryan"], USA),
        _a("Democratic Party", ["Democrat", "Democratic"], USA),
        _a("Jesse Van Berkel", ["Jesse Van Berkel"], None),
        _a("Kim Ellison", ["Kim Ellison"], USA),
        _a("Alpha News", ["Alpha News"], None),
        _a("Karen Monahan", ["Karen Monahan", "Monahan"], USA),
        _a("CNN", ["CNN"], None),
        _a("Ken Martin", ["Ken Martin"], USA),
        _a("Minnesota DFL", ["Minnesota DFL", "DFL"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV)
    _round38._check(HELD)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real45.jsonl")
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real45_heldout.jsonl")
