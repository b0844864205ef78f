"""Write round 51's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading SemEval-2023 task 3 EN subtask-3 training articles drawn from this
helper's pool by ``python scripts/actors51/draw.py`` (seed 51, 1,500-6,500 characters; ``draw.txt``) before any
spinscope run on them. Whole articles are annotated (the title line included). Usage (repository root, ../shared
present): ``python scripts/actors51/make_gold.py`` (it also checks that every surface occurs in its article as whole
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
VAT = "VAT"


DEV = {
    "article111111124": [
        _a("Intelligence agencies", ["Intelligence agencies", "intelligence agencies", "intelligence community"], USA),
        _a("Donald Trump", ["President Trump", "Trump", "The president", "the president", "President"], USA),
        _a("Carter Page", ["Carter Page"], USA),
        _a("Peter Strzok", ["Peter Strzok", "Strzok"], USA),
        _a("Lisa Page", ["Lisa Page"], USA),
        _a("FBI", ["FBI", "Federal Bureau of Investigation", "the bureau"], USA),
        _a("ODNI", ["ODNI", "Director of National Intelligence"], USA),
        _a("Department of Justice", ["Justice Department", "The Department"], USA),
        _a("Congress", ["Congress"], USA),
        _a("Sarah Sanders", ["White House Press Secretary Sarah Sanders", "Sarah Sanders"], USA),
        _a("White House Counsel", ["White House Counsel"], USA),
        _a("Fox News", ["Fox News"], None),
        _a("Kellie Wade", ["Kellie Wade"], USA),
        _a("Bruce Ohr", ["Bruce Ohr", "Ohr"], USA),
        _a("FISA court", ["FISA court"], USA),
        _a("James Comey", ["James Comey", "Comey"], USA),
        _a("Andrew McCabe", ["Andrew McCabe", "McCabe"], USA),
        _a("Jeff Sessions", ["Attorney General Jeff Sessions", "Jeff Sessions"], USA),
        _a("Republicans", ["Republicans", "Congressional Republicans", "Republican-led"], USA),
        _a("House Intelligence Committee", ["House Intelligence Committee"], USA),
        _a("Devin Nunes", ["House Intelligence Committee Chairman Devin Nunes", "Devin Nunes", "Nunes"], USA),
        _a("Robert Mueller", ["Special Counsel Robert Mueller", "Robert Mueller"], USA),
        _a("Russia", ["Russian", "Russia"], "RUS"),
        _a("Democrats", ["Democrats"], USA),
        _a("Adam Schiff", ["Rep. Adam Schiff", "Adam Schiff", "Schiff"], USA),
    ],
    "article832908730": [
        _a("Robert Mueller", ["Special Counsel Robert Mueller", "Robert Mueller", "Mueller"], USA),
        _a("Special Counsel's Office", ["Special Counsel’s Office"], USA),
        _a("William Barr", ["Attorney General William Barr", "William Barr", "Barr"], USA),
        _a("Congress", ["Congress"], USA),
        _a("Department of Justice", ["Justice Department"], USA),
        _a("Associated Press", ["Associated Press"], None),
        _a("Rod Rosenstein", ["Deputy Attorney General Rod Rosenstein", "Rod Rosenstein"], USA),
        _a("White House", ["White House"], USA),
        _a("Donald Trump", ["President Trump", "Trump"], USA),
        _a("Trump's lawyers", ["lawyers"], USA),
        _a("Adam Schiff", ["Rep. Adam Schiff", "Adam Schiff"], USA),
        _a("Russia", ["Russian government", "Russians"], "RUS"),
        _a("Saudi Arabia", ["Saudi Arabia"], "SAU"),
        _a("Israel", ["Israel"], "ISR"),
        _a("United Arab Emirates", ["UAE"], "ARE"),
        _a("Qatar", ["Qatar"], "QAT"),
        _a("Michael Flynn", ["former National Security Adviser Michael Flynn", "Michael Flynn", "Flynn"], USA),
        _a("Paul Manafort", ["Paul Manafort", "Manafort"], USA),
        _a("Richard Gates", ["Richard Gates", "Gates"], USA),
        _a("Michael Cohen", ["Michael Cohen", "Cohen"], USA),
        _a("FBI", ["FBI"], USA),
        _a("Sergei Kislyak", ["Russian Ambassador Sergei Kislyak", "Sergei Kislyak"], "RUS"),
        _a("Ukraine", ["Ukraine"], "UKR"),
        _a("SDNY federal prosecutors",
           ["Southern District of New York", "SDNY"], USA),
        _a("Eastern District of New York", ["Eastern District of New York"], USA),
        _a("Trump inaugural committee", ["Trump inaugural committee"], USA),
        _a("Law enforcement agencies", ["law enforcement agencies", "law enforcement offices"], USA),
        _a("United States", ["U.S.", "Americans"], USA),
    ],
    "article715790840": [
        _a("Raymond Burke", ["Raymond Cardinal Burke", "Cardinal Burke", "His Eminence"], None),
        _a("Michael Matt", ["Michael Matt"], None),
        _a("Pope Francis", ["Pope Francis", "Francis", "the Pope", "the pope", "His Holiness", "Holy Father"], VAT),
        _a("Argentine bishops", ["Argentine bishops", "Buenos Aires bishops"], "ARG"),
        _a("Francesco Coccopalmerio", ["Cardinal Francesco Coccopalmerio", "Francesco Coccopalmerio"], VAT),
        _a("Catholic News Service", ["Catholic News Service"], None),
        _a("Catholic Church", ["Church", "church"], None),
    ],
    "article721710340": [
        _a("Immigration and Customs Enforcement", ["U.S. Immigration and Customs Enforcement", "ICE"], USA),
        _a("Enforcement and Removal Operations", ["Enforcement and Removal Operations", "ERO", "ERO Chicago"], USA),
        _a("Arrested aliens", ["criminal aliens", "Aliens", "aliens", "immigration violators", "Mexican citizen",
                               "Mexican man", "Ecuadoran man", "offenders"], None),
        _a("Local law enforcement", ["local law enforcement"], USA),
        _a("Cook County Sheriff's Office", ["Cook County Sheriff’s Office"], USA),
        _a("Ricardo Wong", ["Ricardo Wong"], USA),
    ],
    "article707451080": [
        _a("House of Representatives", ["House of Representatives", "the House"], USA),
        _a("CNN", ["CNN"], None),
        _a("Hill staff", ["Hill aides", "ex-House aide", "Senate staffer", "political veteran", "political veterans"],
           USA),
        _a("Members of Congress", ["members of Congress", "member of Congress"], USA),
        _a("Career politicians", ["career politicians"], USA),
        _a("Congress", ["Congress"], USA),
        _a("American people", ["American people"], USA),
        _a("Rest of the world", ["rest of the world"], None),
        _a("Jackie Speier", ["U.S. Representative Jackie Speier", "Rep. Jackie Speier", "Jackie Speier", "Speier"],
           USA),
        _a("Victims", ["victims", "staff members"], USA),
        _a("Breitbart", ["Breitbart"], None),
        _a("Chuck Todd", ["Chuck Todd", "Todd"], None),
        _a("Barbara Comstock", ["Representative Barbara Comstock", "Rep. Barbara Comstock", "Barbara Comstock",
                                "Comstock"], USA),
        _a("Female staffer", ["female staffer", "young staffer"], USA),
        _a("Secret Service agent", ["ex-Secret Service agent", "Secret Service agent", "the agent"], USA),
        _a("Joe Biden", ["Vice-President Joe Biden", "former Vice President Joe Biden", "Joe Biden", "Biden"], USA),
        _a("Cassandra Fairbanks", ["Cassandra Fairbanks"], None),
        _a("Paul Joseph Watson", ["Paul Joseph Watson"], None),
        _a("End of the American Dream", ["End of the American Dream"], None),
    ],
}

HELD = {
    "article724095598": [
        _a("Congress", ["Congress"], USA),
        _a("Islamic State", ["ISIS"], None),
        _a("Scott Perry", ["Pennsylvania Congressman Scott Perry", "Scott Perry", "Perry", "Congressman"], USA),
        _a("Terrorists", ["terrorists"], None),
        _a("Stephen Paddock", ["Stephen Paddock", "Paddock"], USA),
        _a("Other shooters", ["other shooters", "more than one shooter"], None),
        _a("United States", ["United States"], USA),
        _a("Alternative media", ["alternative media"], None),
        _a("Mainstream media", ["mainstream media"], None),
        _a("Eyewitnesses", ["eyewitnesses"], USA),
        _a("Paddock's girlfriend", ["girlfriend"], USA),
        _a("Police", ["police"], USA),
        _a("Infowars", ["Infowars"], None),
    ],
    "article712382330": [
        _a("Holy See", ["Holy See", "Vatican"], VAT),
        _a("Pope Francis", ["Pope Francis", "Francis", "the pope", "Supreme Pontiff", "His Holiness", "Bergoglio"],
           VAT),
        _a("Argentine bishops", ["bishops of Buenos Aires", "Argentinian bishops"], "ARG"),
        _a("Pietro Parolin", ["Cardinal Pietro Parolin", "Pietro Parolin", "Cardinal Parolin", "Parolin",
                              "Pietro Card. Parolin"], VAT),
        _a("Thomas Aquinas", ["St. Thomas Aquinas"], None),
        _a("Dissenting left", ["dissenting left"], None),
        _a("Four Cardinals", ["Four Cardinals", "the cardinals"], None),
        _a("Walter Brandmuller", ["Brandmuller"], None),
        _a("Raymond Burke", ["Cardinal Raymond Burke", "Burke"], VAT),
        _a("Cormac Murphy O'Connor", ["English Cardinal Cormac Murphy O’Connor", "Cormac Murphy O’Connor"], "GBR"),
        _a("Paul Valley", ["Paul Valley"], None),
        _a("Catholic World Report", ["Catholic World Report", "CWR"], None),
        _a("Franz Wernz", ["Franz Wernz"], None),
        _a("Catholic Church", ["Church"], None),
    ],
    "article698092698": [
        _a("Laura Loomer", ["Laura Loomer"], None),
        _a("Mike Tokes", ["Mike Tokes"], None),
        _a("Joseph Lombardo", ["Sheriff Lombardo", "Lombardo", "The sheriff"], USA),
        _a("Concertgoers", ["concertgoers", "Americans"], USA),
        _a("FBI", ["FBI", "F.B.I."], USA),
        _a("Law enforcement", ["law enforcement"], USA),
        _a("MGM Resorts International", ["MGM Resorts International", "MGM Resorts", "MGM", "The company"], USA),
        _a("William Jacobson", ["William Jacobson"], None),
        _a("Legal Insurrection", ["Legal Insurrection"], None),
        _a("Authorities", ["authorities"], USA),
        _a("Las Vegas police", ["Las Vegas police", "Police", "police", "Metro officers", "police officers",
                                "officers"], USA),
        _a("Mandalay Bay", ["Mandalay Bay", "hotel"], USA),
        _a("Stephen Paddock", ["Stephen Paddock", "Paddock", "the gunman", "gunman"], USA),
        _a("Jesus Campos", ["Jesus Campos", "Campos", "security guard", "the guard"], USA),
        _a("Washington Post", ["WaPo"], None),
        _a("Pamela Geller", ["Pamela Geller"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real51.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real51_heldout.jsonl", FOLDER)
