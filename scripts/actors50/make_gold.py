"""Write round 50's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading SemEval-2023 task 3 EN subtask-3 training articles drawn from this
helper's pool by ``python scripts/actors50/draw.py`` (seed 50, 1,500-5,000 characters; ``draw.txt``) before any
spinscope run on them. Whole articles are annotated (the title line included). Usage (repository root, ../shared
present): ``python scripts/actors50/make_gold.py`` (it also checks that every surface occurs in its article as whole
words). Choices of this batch: ``README.md``.
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
FOLDER = "data/semeval2023_task3/en/train-articles-subtask-3/"
USA = "USA"


DEV = {
    "article706088110": [
        _a("Indonesian asylum seekers", ["Indonesian Christians", "Indonesians"], None),
        _a("Executive Office for Immigration Review", ["Executive Office for Immigration Review", "EOIR",
                                                       "immigration courts", "immigration court"], USA),
        _a("Department of Homeland Security", ["Department of Homeland Security", "DHS"], USA),
        _a("United States", ["United States"], USA),
        _a("Patti Saris", ["Patti Saris", "Saris", "U.S. judge"], USA),
        _a("Reuters", ["Reuters"], None),
        _a("Nate Raymond", ["Nate Raymond", "Raymond"], None),
        _a("Terry Rombot", ["Terry Rombot", "Rombot"], None),
        _a("Trump administration", ["Trump administration"], USA),
        _a("Donald Trump", ["President Donald Trump", "Donald Trump", "Trump"], USA),
        _a("Immigration and Customs Enforcement", ["U.S. Immigration and Customs Enforcement",
                                                   "Immigration and Customs Enforcement", "ICE"], USA),
        _a("Indonesia", ["Indonesia"], "IDN"),
        _a("Monica Herranz", ["Monica Herranz"], None),
        _a("Congress", ["Congress"], USA),
    ],
    "article729581752": [
        _a("Scientists", ["scientists", "experts", "researchers", "team"], None),
        _a("Dan Lubin", ["Dan Lubin", "Lubin"], USA),
    ],
    "article730237078": [
        _a("NASA", ["NASA", "space agency"], USA),
        _a("Alan Stern", ["Alan Stern"], USA),
    ],
    "article703806098": [
        _a("Mike Tokes", ["Mike Tokes"], USA),
        _a("Air traffic dispatcher", ["dispatchers"], USA),
        _a("Stephen Paddock", ["Stephen Paddock"], USA),
        _a("Authorities", ["authorities"], USA),
        _a("Shepard Ambellas", ["Shepard Ambellas"], None),
        _a("Kymberley Suchomel", ["Kymberley Suchomel", "Suchomel"], USA),
        _a("Alternative media", ["alternative media outlets"], None),
        _a("Government officials", ["government officials"], USA),
        _a("Private companies", ["private companies"], None),
        _a("Active shooters", ["active shooters", "multiple shooters"], None),
    ],
    "article710376094": [
        _a("Minor Planet Center", ["Minor Planet Center"], None),
        _a("NASA", ["NASA"], USA),
        _a("Jet Propulsion Laboratory", ["Jet Propulsion Laboratory", "Scientists"], USA),
    ],
}

HELD = {
    "article778730964": [
        _a("Associated Press", ["Associated Press", "AP"], None),
        _a("Establishment media", ["establishment media"], None),
        _a("Siraj Wahhaj", ["Siraj Wahhaj"], USA),
        _a("The imam's son", ["His son", "his father"], USA),
        _a("Counterterror officials", ["counterterror officials"], USA),
        _a("Journalists", ["journalists", "Reporters"], None),
        _a("New York mosque", ["New York mosque", "the mosque", "The mosque"], USA),
        _a("Ali Abdul-Karim Judan", ["Ali Abdul-Karim Judan", "Judan"], USA),
        _a("Authorities", ["authorities"], USA),
        _a("Prosecutors", ["prosecutors"], USA),
        _a("Geller Report", ["Geller Report"], None),
        _a("Robert Spencer", ["Robert Spencer"], None),
        _a("Radicals", ["radicals"], None),
    ],
    "article723823436": [
        _a("Islamic State", ["Islamic State", "ISIS"], None),
        _a("Stephen Paddock", ["Stephen Paddock", "Paddock", "Abu Abdul Barr al-Amriki"], USA),
        _a("Scott Perry", ["Representative Scott Perry", "Scott Perry", "Perry", "congressman", "Congressman"], USA),
        _a("Paddock family", ["family"], USA),
        _a("Paddock's brother", ["brother"], USA),
        _a("Local and state police", ["local and state police"], USA),
        _a("Jesus Campos", ["Jesus Campos"], USA),
        _a("Islamic terrorists", ["Islamic terrorists", "Islamists", "Islamic jihadis", "jihadis", "Muslim terrorists"],
           None),
        _a("Gang of Eight", ["Gang of Eight"], USA),
        _a("Congress", ["Congress"], USA),
        _a("Senate", ["Senate"], USA),
        _a("Department of Homeland Security", ["Homeland Security", "DHS"], USA),
        _a("Local investigator", ["local investigator"], USA),
        _a("United States", ["United States"], USA),
    ],
    "article789370998": [
        _a("Brett Kavanaugh", ["Judge Brett Kavanaugh", "Brett Kavanaugh", "Kavanaugh", "the nominee"], USA),
        _a("New accusers", ["Two more women", "two new women", "accusers"], USA),
        _a("Senate Republicans", ["Senate Republicans", "Republicans", "GOP"], USA),
        _a("Senate Judiciary Committee", ["Senate Judiciary Committee", "the committee"], USA),
        _a("Chuck Grassley", ["Chuck Grassley", "Grassley", "the chairman"], USA),
        _a("Christine Blasey Ford", ["Christine Blasey Ford", "Ford"], USA),
        _a("Paul Sperry", ["Paul Sperry"], None),
        _a("New York Post", ["New York Post"], None),
        _a("Dianne Feinstein", ["Sen. Dianne Feinstein", "Dianne Feinstein"], USA),
        _a("George Soros", ["George Soros"], USA),
        _a("Ford's lawyers", ["lawyers", "the attorneys"], USA),
        _a("The Left", ["The Left", "the Left", "left-wingers"], None),
        _a("Democrats", ["Democrats", "Democratic"], USA),
        _a("Donald Trump", ["President Trump"], USA),
        _a("Supreme Court", ["Supreme Court", "the high court", "the court"], USA),
        _a("Anthony Kennedy", ["Associate Justice Anthony Kennedy", "Anthony Kennedy"], USA),
        _a("Senate", ["the Senate"], USA),
        _a("New Yorker", ["New Yorker"], None),
        _a("Deborah Ramirez", ["Deborah Ramirez", "Ramirez"], USA),
        _a("Michael Avenatti", ["Michael Avenatti", "Avenatti"], USA),
        _a("Stormy Daniels", ["Stormy Daniels"], USA),
        _a("Another accuser", ["another woman", "a woman", "My client"], USA),
        _a("Mark Judge", ["Mark Judge"], USA),
        _a("Washington insiders", ["Washington insiders"], USA),
        _a("Federalist Society", ["Federalist Society"], USA),
        _a("Thomas C. Goldstein", ["Thomas C. Goldstein", "Goldstein"], USA),
        _a("Mitch McConnell", ["Mitch McConnell"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real50.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real50_heldout.jsonl", FOLDER)
