"""Write round 38's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the articles drawn by ``python scripts/actors34/draw.py --seed 38 --count 8
--held 3 --us --own tests/gold/actors_real38.jsonl --own tests/gold/actors_real38_heldout.jsonl --own
scripts/actors38`` before any spinscope run on them. Usage (repository root, ../shared present):
``python scripts/actors38/make_gold.py``.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DIR = "data/semeval2023_task3/en/train-articles-subtask-1/"
USA = "USA"


def _a(name: str, mentions: list[str], code: str | None) -> dict[str, object]:
    return {"name": name, "mentions": mentions, "code": code}


DEV = {
    "article782149032": [
        _a("Siraj Ibn Wahhaj", ["Siraj Ibn Wahhaj"], USA),
        _a("FBI", ["FBI"], USA),
        _a("Pamela Geller", ["Pamela Geller"], None),
    ],
    "article735265649": [
        _a("Immigration and Customs Enforcement", ["Immigrations and Customs Enforcement", "ICE", "ICE’s"], USA),
        _a("Libby Schaaf", ["Libby Schaaf", "Mayor Schaaf", "Schaaf"], USA),
        _a("Democratic Party", ["Democrat", "Democratic"], USA),
        _a("Fox News", ["Fox News"], None),
        _a("Thomas Homan", ["ICE Deputy Director Thomas Homan", "Thomas Homan"], USA),
        _a("Department of Justice", ["Department of Justice"], USA),
        _a("the left", ["the left"], None),
    ],
    "article762152527": [
        _a("Ron DeSantis", ["Rep. Ron DeSantis", "Ron DeSantis"], USA),
        _a("Republican Party", ["Republican", "Republicans"], USA),
        _a("House leadership", ["House leadership", "House leaders"], USA),
        _a("FBI", ["FBI", "FBI’s"], USA),
        _a("Paul Ryan", ["House Speaker Paul Ryan", "Paul Ryan", "Ryan"], USA),
        _a("Kevin McCarthy", ["Kevin McCarthy"], USA),
        _a("Steve Scalise", ["Steve Scalise", "Scalise"], USA),
        _a("Cathy McMorris Rodgers", ["Cathy McMorris Rodgers"], USA),
        _a("Trey Gowdy", ["Oversight Chairman Trey Gowdy", "Trey Gowdy"], USA),
        _a("Russia", ["Russian"], "RUS"),
        _a("Donald Trump", ["Trump"], USA),
        _a("CIA", ["CIA"], USA),
        _a("Michael Steele", ["Michael Steele"], USA),
        _a("Republican National Committee", ["RNC"], USA),
        _a("United States", ["American"], USA),
        _a("Michael S. Rozeff", ["Michael S. Rozeff"], None),
    ],
    "article770221823": [
        _a("Constantinople", ["Constantinople"], None),
        _a("Robert Spencer", ["Robert Spencer"], None),
        _a("Bessarion", ["Bessarion"], None),
        _a("Doge of Venice", ["Doge of Venice"], None),
        _a("Akbar Ahmed", ["Akbar Ahmed"], None),
        _a("The West", ["Western", "Westerners"], None),
    ],
}

HELD = {
    "article832916508": [
        _a("Democrats", ["Democrats", "Dems"], USA),
        _a("Congress", ["Congress"], USA),
        _a("House of Representatives", ["House committees"], USA),
        _a("Jerry Nadler", ["Judiciary Chairman Jerry Nadler", "Jerry Nadler"], USA),
        _a("Elijah Cummings", ["Elijah Cummings"], USA),
        _a("Adam Schiff", ["Adam Schiff"], USA),
        _a("Department of Justice", ["Justice Department", "Department of Justice", "DOJ"], USA),
        _a("Robert Mueller", ["Special Counsel Robert Mueller", "Robert Mueller", "Mueller", "Special Counsel"], USA),
        _a("Associated Press", ["Associated Press", "AP"], None),
        _a("William Barr", ["Attorney General William Barr", "William Barr", "Barr"], USA),
        _a("Russia", ["Russian"], "RUS"),
        _a("Nancy Pelosi", ["House Speaker Nancy Pelosi", "Nancy Pelosi"], USA),
        _a("Donald Trump", ["President Trump", "Trump"], USA),
        _a("Rudy Giuliani", ["Rudy Giuliani", "Giuliani"], USA),
        _a("The Daily Beast", ["The Daily Beast"], None),
        _a("White House", ["White House"], USA),
    ],
    "article740808926": [
        _a("Democrats", ["Democrats"], USA),
        _a("Libby Schaaf", ["Oakland Mayor Libby Schaaf", "Libby Schaaf", "Mayor Schaaf", "Schaaf", "Schaaf’s"], USA),
        _a("Immigration and Customs Enforcement", ["Immigration and Customs Enforcement", "ICE"], USA),
        _a("Trump administration", ["Trump administration"], USA),
        _a("Jeff Sessions", ["Attorney General Jeff Sessions", "Jeff Sessions"], USA),
        _a("Mexican nationals", ["Mexican"], "MEX"),
    ],
    "article701933838": [
        _a("Immigration and Customs Enforcement",
           ["U.S. Immigration and Customs Enforcement", "Immigration and Customs Enforcement", "ICE"], USA),
        _a("Enforcement and Removal Operations", ["Enforcement and Removal Operations", "ERO New York", "ERO"], USA),
        _a("Rigoberto Gonzalez-Aragon", ["Rigoberto Gonzalez-Aragon", "Gonzalez-Aragon"], "GTM"),
        _a("Guatemala", ["Guatemalan", "Guatemala"], "GTM"),
    ],
}


def _write(rows: dict[str, list[dict[str, object]]], out: Path, folder: str = DIR) -> None:
    """One line per article of ``folder``: its stem, path, sha256 and the actors written for it."""
    with out.open("w", encoding="utf-8") as fh:
        for stem, actors in rows.items():
            path = folder + stem + ".txt"
            sha = hashlib.sha256((SHARED / path).read_bytes()).hexdigest()
            fh.write(json.dumps({"id": stem, "path": path, "sha256": sha, "actors": actors}, ensure_ascii=False) + "\n")


def _check(rows: dict[str, list[dict[str, object]]], folder: str = DIR) -> None:
    """Stop unless every surface written for an article of ``folder`` occurs in it as whole words (rounds 41, 43)."""
    for stem, actors in rows.items():
        text = (SHARED / folder / f"{stem}.txt").read_text(encoding="utf-8")
        for actor in actors:
            for surface in actor["mentions"]:  # type: ignore[union-attr]
                if not re.search(rf"(?<!\w){re.escape(str(surface))}(?!\w)", text):
                    raise SystemExit(f"{stem}: surface {surface!r} of {actor['name']} not in the article")


if __name__ == "__main__":
    _write(DEV, ROOT / "tests" / "gold" / "actors_real38.jsonl")
    _write(HELD, ROOT / "tests" / "gold" / "actors_real38_heldout.jsonl")
