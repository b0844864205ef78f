"""Write round 46's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the SemEval-2023 task 3 EN training articles (subtask-3 copies, whose
characters ``/work/wt/FRESH.txt`` counts) drawn by ``python scripts/actors34/draw.py --pool semeval2023st3 --seed 46
--distinct --min-chars 2900 --max-chars 4099 --min-words 1 --max-words 100000 --count 6 --held 2 --own
tests/gold/actors_real46.jsonl --own tests/gold/actors_real46_heldout.jsonl --own scripts/actors46`` (``draw.txt``)
before any spinscope run on them. Whole articles are annotated (title line included). Usage (repository root,
../shared present): ``python scripts/actors46/make_gold.py`` (it also checks that every surface occurs in its article
as whole words). Choices of this batch: ``README.md``.
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
    "article731063195": [
        _a("Charles Messier", ["Charles Messier", "Messier"], "FRA"),
        _a("Ptolemy", ["the Greek astronomer Ptolemy", "Ptolemy"], None),
    ],
    "article777785889": [
        _a("Taos County Sheriff's Office", ["TCSO"], USA),
        _a("Sheriff's Response Team", ["Sheriff’s Response Team", "SRT"], USA),
        _a("Jerry Hogrefe", ["Sheriff Jerry Hogrefe", "Jerry Hogrefe", "Sheriff Hogrefe", "Hogrefe"], USA),
        _a("Lucas Morton", ["Lucas Morton", "Morton"], USA),
        _a("Siraj Wahhaj", ["39-year-old Siraj Wahhaj", "Siraj Wahhaj"], USA),
        _a("AG Wahhaj", ["AG Wahhaj"], USA),
        _a("Jany Leveille", ["Jany Leveille"], USA),
        _a("Hujrah Wahhaj", ["Hujrah Wahhaj"], USA),
        _a("Subhannah Wahhaj", ["Subhannah Wahhaj"], USA),
        _a("New Mexico Children Youth and Families Department",
           ["New Mexico Children Youth and Families Department",
            "CYFD"], USA),  # the body's name and its acronym on two lines (no 8-word run of the article)
        _a("Federal Bureau of Investigation", ["FBI"], USA),
        _a("Clayton County", ["Clayton County"], USA),
        _a("Georgia detective", ["a Georgia Detective"], USA),
        _a("State OSI unit", ["State OSI unit", "OSI"], USA),
    ],
    "article738361208": [
        _a("Donald Trump", ["President Donald Trump", "Donald Trump", "Trump"], USA),
        _a("Rex Tillerson", ["Secretary of State Rex Tillerson", "Rex Tillerson", "Tillerson"], USA),
        _a("Mike Pompeo", ["Mike Pompeo", "Pompeo"], USA),
        _a("Gina Haspel", ["Gina Haspel", "Haspel"], USA),
        _a("CIA", ["CIA"], USA),
        _a("Deep state", ["the deep state"], None),
        _a("Hillary Clinton", ["Hillary Clinton", "Clinton"], USA),
        _a("Democratic Party", ["Democrat allies"], USA),
        _a("Russia", ["Russia", "Russian", "Russians"], "RUS"),
        _a("GRU", ["Russian military intelligence", "GRU"], "RUS"),
        _a("Barack Obama", ["Barack Obama", "Obama"], USA),
        _a("Ukraine", ["Ukraine"], "UKR"),
        _a("Europe", ["Europe"], None),
        _a("Islamic State", ["ISIS"], None),
        _a("State Department", ["State Department"], USA),
        _a("United States", ["U.S.", "Americans", "the federal government"], USA),
        _a("WikiLeaks", ["WikiLeaks"], None),
        _a("Intelligence Community", ["Intelligence Community"], USA),
        _a("Democratic National Committee", ["Democratic National Committee"], USA),
        _a("RT", ["RT"], None),
        _a("Iran", ["Iran"], "IRN"),
        _a("North Korea", ["North Korea"], "PRK"),
        _a("Washington Post", ["Washington Post"], None),
        _a("The Intercept", ["The Intercept"], None),
        _a("Greg Miller", ["Greg Miller", "Miller"], None),
        _a("John Brennan", ["John Brennan"], USA),
        _a("Senate Intelligence Committee", ["Senate Intelligence Committee"], USA),
        _a("Abu Zubaydah", ["Abu Zubaydah"], None),
        _a("9/11 commission", ["9/11 commission"], USA),
        _a("Lee Hamilton", ["Lee Hamilton"], USA),
        _a("Thomas Keane", ["Thomas Keane"], USA),
        _a("White House", ["White House"], USA),
        _a("George W. Bush", ["George W. Bush", "Bush"], USA),
    ],
    "article759337941": [
        _a("Capitol Police", ["Capitol Police", "CAPITOL POLICE"], USA),
        _a("Democratic Party", ["Democrats", "Democrat leadership"], USA),
        _a("Imran Awan", ["Imran Awan", "Awan"], None),
        _a("Hina Alvi", ["Hina Alvi"], None),
        _a("Abid Awan", ["Abid"], None),
        _a("Jamal Awan", ["Jamal"], None),
        _a("Rao Abbas", ["Rao Abbas"], None),
        _a("The media", ["the media"], None),
        _a("Donald Trump", ["President Trump"], USA),
        _a("House investigators", ["House investigators"], USA),
        _a("House Office of Inspector General", ["House Office of Inspector General", "House IG"], USA),
        _a("Pakistan", ["Pakistan"], "PAK"),
        _a("Pakistani senator", ["a Pakistani senator"], "PAK"),
        _a("Awan's father", ["the father"], None),
        _a("Luke Rosiak", ["Luke Rosiak"], None),
        _a("US prosecutors", ["prosecutors", "Prosecutors"], USA),
        _a("Chris Gowen", ["Chris Gowen", "Gowen"], USA),
        _a("Daily Caller News Foundation", ["The Daily Caller News Foundation", "Daily Caller News Foundation",
                                            "TheDCNF"], None),
        _a("Democratic National Committee", ["DNC"], USA),
        _a("Michael Marando", ["Prosecutor Michael Marando", "Michael Marando"], USA),
        _a("Pamela Geller", ["Pamela Geller"], None),
    ],
}

HELD = {
    "article999000878": [
        _a("Jim Acosta", ["Jim Acosta", "Acosta"], None),
        _a("CNN", ["CNN"], None),
        _a("Donald Trump", ["President Trump", "Trump"], USA),
        _a("Trump administration", ["Trump Administration", "Trump administration"], USA),
        _a("White House", ["the White House", "White House"], USA),
        _a("Sam Donaldson", ["Sam Donaldson", "Donaldson"], None),
        _a("George W. Bush", ["President George Bush"], USA),
        _a("RT", ["RT"], None),
        _a("Floyd Mayweather", ["constitutional lawyer Floyd Mayweather", "Floyd Mayweather"], USA),
        _a("Sarah Sanders", ["Sarah Sanders"], USA),
        _a("White House intern", ["a White House intern", "the young woman"], USA),
    ],
    "article785331076": [
        _a("Dallas police officer", ["the unnamed officer", "The officer", "the officer"], USA),
        _a("Botham Shem Jean", ["Bothan Shem Jean", "Jean"], None),
        _a("Dallas Police Department", ["Dallas Police Department", "Dallas police", "Dallas Police"], USA),
        _a("District Attorney's Office", ["District Attorney’s Office"], USA),
        _a("US police", ["law enforcement", "the police"], USA),
        _a("Richard Healy Nelson", ["Richard Healy Nelson"], USA),
        _a("NBC News", ["NBC News"], None),
        _a("Jean's mother", ["Jean’s mother"], None),
        _a("Free Thought Project", ["The Free Thought Project", "Free Thought Project"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real46.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real46_heldout.jsonl", FOLDER)
