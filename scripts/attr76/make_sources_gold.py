"""Round 76's source gold for the speakers of tests/gold/attributions_real76*.jsonl (sources51's format, anchors of
six words at most), written by hand from the articles before any spinscope run on them. First-person speakers
("I", "we", "my article": the two commenters writing in their own voice) are left out, as in every older source
gold; so is one compound source ("his argument and that of <name>").

    python scripts/attr76/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DIR = "data/semeval2023_task3/en/train-articles-subtask-3/"

P, A, R, N = "person", "academic", "report", "anonymous"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


TT, ED, CT, RH, LW = "Trenton Tolliver", "Elizabeth Deal", "Courtney Tolliver", "Ray Hurt", "Lynne White"
MI, HS, PE, CH = "Mohammad Iqbal", "Hiram Sasser", "Patrick Elliott", "Charles C. Haynes"
DEV = {
    "article111111132": [
        sp("Trenton said as he sat", "Trenton", TT, P, None, True),
        sp("Two county residents with school-age children", "Two county residents", None, N, None, False),
        sp("the suit charges that", "the suit", None, R, "US", False),
        sp("Supporters are adamant", "Supporters", None, N, None, False),
        sp("said the Rev. David W. Dockery", "David W. Dockery", "David W. Dockery", P, "US", True),
        sp("said Brett Tolliver, 27", "Brett Tolliver", "Brett Tolliver", P, None, True),
        sp("she said. \u201cThe kids", "she", CT, P, None, True),
        sp("the plaintiffs in the suit and", "the plaintiffs", None, N, None, False),
        sp("The suit alleges", "The suit", None, R, "US", False),
        sp("The suit quotes from", "The suit", None, R, "US", False),
        sp("It says: \u201cSo picture", "It", None, R, "US", False),
        sp("Deal said there", "Deal", ED, P, None, True),
        sp("Deal said other students", "Deal", ED, P, None, True),
        sp("according to the mother", "the mother", ED, P, None, True),
        sp("Deal said she joined", "Deal", ED, P, None, True),
        sp("wrong,\u201d she said", "she", ED, P, None, True),
        sp("another asks", "another", None, R, None, False),
        sp("proven,\u201d he said", "he", RH, P, "US", True),
        sp("Hurt, whose son", "Hurt", RH, P, "US", True),
        sp("But he also embraces", "he", RH, P, "US", True),
        sp("person,\u201d he said", "he", RH, P, "US", True),
        sp("White said. \u201cBut", "White", LW, P, None, True),
        sp("what she says is", "she", LW, P, None, True),
        sp("White wrote that", "White", LW, P, None, True),
        sp("She argued that", "She", LW, P, None, True),
        sp("She also said it", "She", LW, P, None, True),
        sp("God Bless!!\u201d one wrote", "one", None, N, None, False),
        sp("Another wrote:", "Another", None, N, None, False),
        sp("the president of the local mosque", "the president", MI, P, "US", True),
        sp("said Mohammad Iqbal, head of", "Mohammad Iqbal", MI, P, "US", True),
        sp("Hiram Sasser, a lawyer at", "Hiram Sasser", HS, P, "US", True),
        sp("Sasser said. \u201cThe first", "Sasser", HS, P, "US", True),
        sp("said Patrick Elliott, a lawyer", "Patrick Elliott", PE, P, "US", True),
        sp("According to Elliott", "Elliott", PE, P, "US", True),
        sp("Elliott said, seeks", "Elliott", PE, P, "US", True),
        sp("Haynes said. \u201cIt", "Haynes", CH, P, "US", True),
        sp("Haynes argues that", "Haynes", CH, P, "US", True),
        sp("object, he said", "he", CH, P, "US", True),
        sp("vote,\u201d he said", "he", CH, P, "US", True),
    ],
}

CF, EB, PF, RF = "Chris Ferrara", "E. Christian Brugger", "Pope Francis", "Robert Fastiggi"
HELD = {
    "article697454736": [
        sp("Mr. Ferrara, however, bases", "Mr. Ferrara", CF, P, None, True),
        sp("he still seems to believe", "he", EB, A, None, True),
        sp("Brugger writes that", "Brugger", EB, A, None, True),
        sp("he states that", "he", EB, A, None, True),
        sp("Now Prof. Brugger argues", "Prof. Brugger", EB, A, None, True),
        sp("Our example was an attempt", "Our example", None, R, None, False),
        sp("AL 303 teaches that", "AL 303", "Amoris Laetitia", R, "VA", True),
        sp("when he says \u201ca small", "he", PF, P, "VA", True),
        sp("Rocco Buttiglione, provides this example", "Rocco Buttiglione", "Rocco Buttiglione", A, "IT", True),
        sp("Fastiggi\u2019s claim that", "Fastiggi", RF, P, None, True),
        sp("as he told the bishops", "he", PF, P, "VA", True),
        sp("which John Paul insisted", "John Paul", "Pope John Paul II", P, "VA", True),
        sp("his claim that Pope Francis", "his", CF, P, None, True),
        sp("as Cardinal M\u00fcller told Edward", "Cardinal M\u00fcller", "Cardinal M\u00fcller", P, None, True),
        sp("the statement of the Argentine bishops", "the statement", None, R, "AR", False),
        sp("Mr. Ferrara assumes this", "Mr. Ferrara", CF, P, None, True),
        sp("He says that Dr. Goldstein", "He", CF, P, None, True),
        sp("If Dr. Fastiggi wishes", "Dr. Fastiggi", RF, P, None, True),
    ],
}


def write(rows: dict[str, list[dict]], out: Path) -> None:
    lines = []
    for stem, speakers in rows.items():
        path = DIR + stem + ".txt"
        sha = hashlib.sha256((SHARED / path).read_bytes()).hexdigest()
        lines.append(json.dumps({"id": stem, "path": path, "sha256": sha, "speakers": speakers}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(DEV, ROOT / "tests/gold/sources_real76.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real76_heldout.jsonl")
