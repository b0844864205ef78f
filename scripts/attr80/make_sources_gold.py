"""Round 80's source gold for the speakers of tests/gold/attributions_real80*.jsonl (sources51's format, anchors of
six words at most), written by hand from the Reuters articles before any spinscope run on them. One entry per
source span (Redstone's "estimated" and "said" in one sentence share one; Qatar's "announced" and "projected"
share one); the two speakerless records (a subjectless "Noting that ..., said", "the news that") have none.

Types (round 35's conventions): a company and its unnamed spokesperson / officials `organization` (the body's
country); a named officer of a company or exchange, and a named analyst of a firm, `person` with the firm's
country; unnamed analysts and traders `anonymous` (round 35's "experts"), no country; a state's minister and the
state itself `government`; a state news agency `media`; a US commission's spokeswoman `government`.

    python scripts/attr80/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R = "../reuters/"

P, ORG, G, M, N = "person", "organization", "government", "media", "anonymous"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


OHIO, VIA, SHEIKH = "Ohio Mattress Co", "Viacom International Inc", "Abdul-Aziz bin Khalifa al-Thani"
RED, RED_N = "Redstone", "Sumner Redstone"

DEV = {
    R + "acq/reut-00002.txt": [
        sp("Ohio Mattress Co said its", OHIO, OHIO, ORG, "US", True),
        sp("The company said any decline", "The company", OHIO, ORG, "US", True),
        sp("acquisitions, it said, first", "it", OHIO, ORG, "US", True),
        sp("It said the delay", "It", OHIO, ORG, "US", True),
    ],
    R + "acq/reut-00022.txt": [
        sp("Sale Tilney Plc> said it", "Sale Tilney Plc", "Sale Tilney Plc", ORG, "GB", True),
    ],
    R + "acq/reut-00053.txt": [
        sp("Viacom said earlier today", "Viacom", VIA, ORG, "US", True),
        sp("The company did not disclose", "The company", VIA, ORG, "US", True),
        sp("Redstone, who estimated his cost", RED, RED_N, P, "US", True),
        sp("592 mln dlrs, Redstone said", RED, RED_N, P, "US", True),
        sp("underwrite earlier, Redstone said", RED, RED_N, P, "US", True),
        sp("Redstone said his group would", RED, RED_N, P, "US", True),
        sp("mln dlrs cash, he said", "he", RED_N, P, "US", True),
        sp("merger documents, he said", "he", RED_N, P, "US", True),
        sp("what it called its last", "it", "MCV Holdings Inc", ORG, "US", True),
    ],
    R + "crude/reut-00010.txt": [
        sp("The Gulf oil state of Qatar", "The Gulf oil state of Qatar", "Qatar", G, "QA", True),
        sp("Sheikh Abdul-Aziz bin Khalifa al-Thani said", "Sheikh " + SHEIKH, SHEIKH, G, "QA", True),
        sp("Sheikh Abdul-Aziz said government revenue", "Sheikh Abdul-Aziz", SHEIKH, G, "QA", True),
        sp("Sheikh Abdul-Aziz said that during", "Sheikh Abdul-Aziz", SHEIKH, G, "QA", True),
        sp("He urged heads of government", "He", SHEIKH, G, "QA", True),
        sp("Sheikh Abdul-Aziz said plans to", "Sheikh Abdul-Aziz", SHEIKH, G, "QA", True),
        sp("He added in 1987/88", "He", SHEIKH, G, "QA", True),
        sp("Sheikh Abdul-Aziz said:", "Sheikh Abdul-Aziz", SHEIKH, G, "QA", True),
    ],
    R + "crude/reut-00022.txt": [
        sp("according to an exchange spokeswoman", "an exchange spokeswoman", None, ORG, "US", False),
        sp("said Thomas McKiernan, McKiernan and", "Thomas McKiernan", "Thomas McKiernan", P, "US", True),
        sp("McKiernan explained", "McKiernan", "Thomas McKiernan", P, "US", True),
        sp("said Frank Capozza, secretary of", "Frank Capozza", "Frank Capozza", P, "US", True),
        sp("according to traders and analysts", "traders and analysts", None, N, None, False),
        sp("according to exchange officials", "exchange officials", None, ORG, "US", False),
        sp("When NYMEX announced its proposed", "NYMEX", "New York Mercantile Exchange", ORG, "US", True),
        sp("NYMEX President Rosemary McFadden, said", "Rosemary McFadden", "Rosemary McFadden", P, "US", True),
        sp("according to a CFTC spokeswoman", "a CFTC spokeswoman", None, G, "US", False),
    ],
    R + "r21578/newid-00007.txt": [
        sp("Red Lion Inns Limited Partnership said", "Red Lion Inns Limited Partnership",
           "Red Lion Inns Limited Partnership", ORG, "US", True),
        sp("The company said it expects", "The company", "Red Lion Inns Limited Partnership", ORG, "US", True),
        sp("It said proceeds from", "It", "Red Lion Inns Limited Partnership", ORG, "US", True),
    ],
}

HELD = {
    R + "acq/reut-00036.txt": [
        sp("Viacom International Inc said it", VIA, VIA, ORG, "US", True),
        sp("The company said the special", "The company", VIA, ORG, "US", True),
        sp("Viacom said National Amusements'", "Viacom", VIA, ORG, "US", True),
        sp("A Viacom spokesman said", "A Viacom spokesman", None, ORG, "US", False),
        sp("Viacom said MCV Holdings", "Viacom", VIA, ORG, "US", True),
        sp("MCV called its previous offer", "MCV", "MCV Holdings Inc", ORG, "US", True),
    ],
    R + "crude/reut-00001.txt": [
        sp("Diamond Shamrock Corp said that", "Diamond Shamrock Corp", "Diamond Shamrock Corp", ORG, "US", True),
        sp("the copany said", "the copany", "Diamond Shamrock Corp", ORG, "US", True),
        sp("a company spokeswoman said", "a company spokeswoman", None, ORG, "US", False),
        sp("U.S. oil companies that have", "U.S. oil companies", None, ORG, "US", False),
    ],
    R + "crude/reut-00013.txt": [
        sp("the official Emirates news agency WAM", "WAM", "WAM", M, "AE", True),
        sp("WAM said the officials", "WAM", "WAM", M, "AE", True),
    ],
    R + "r21578/newid-00004.txt": [
        sp("performance, banking analysts said", "banking analysts", None, N, None, False),
        sp("Some analysts said they", "Some analysts", None, N, None, False),
        sp("Banking analysts said that", "Banking analysts", None, N, None, False),
        sp("A BankAmerica spokesman said", "A BankAmerica spokesman", None, ORG, "US", False),
        sp("said Arthur Miller, BankAmerica's Vice", "Arthur Miller", "Arthur Miller", P, "US", True),
        sp("said Lawrence Cohn, analyst with", "Lawrence Cohn", "Lawrence Cohn", P, "US", True),
        sp("Cohn said the longer", "Cohn", "Lawrence Cohn", P, "US", True),
        sp("most analysts believed", "most analysts", None, N, None, False),
        sp("noted Daniel Williams, analyst with", "Daniel Williams", "Daniel Williams", P, "US", True),
        sp("Several analysts said that", "Several analysts", None, N, None, False),
        sp("said Joseph Arsenio, analyst with", "Joseph Arsenio", "Joseph Arsenio", P, "US", True),
        sp("He noted, however, that", "He", "Joseph Arsenio", P, "US", True),
        sp("the analysts said they expect", "the analysts", None, N, None, False),
    ],
}


def write(rows: dict[str, list[dict]], out: Path) -> None:
    lines = []
    for path, speakers in rows.items():
        sha = hashlib.sha256((SHARED / path).read_bytes()).hexdigest()
        lines.append(json.dumps({"id": Path(path).stem, "path": path, "sha256": sha, "speakers": speakers},
                                ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(DEV, ROOT / "tests/gold/sources_real80.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real80_heldout.jsonl")
