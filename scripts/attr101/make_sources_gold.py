"""Round 101's source gold for the speakers of tests/gold/attributions_real101*.jsonl (sources51's format, anchors of
six words at most), written by hand from the ten wekareuters stories of round 101's draw before any spinscope run
on them. One entry per source span; a source span of more than six words is named by its head (surface) inside a
six-word anchor.

Types (attr83's to attr98's conventions): a company or a company's unit, its "it", "It" and "the company"
`organization` of its country (the US for a ticker in the title), named by its full name; a company's chairman and
his "He" `person` of the company's country; an exchange's named spokesperson `person` US; unnamed market voices
("shipping sources", "trade sources", "money market dealers", "one dealer", "Commission sources", their "they" and
"the sources") `anonymous`, no country, not named (attr83's "Some sources", attr91's "dealers", attr88's "Finance
Ministry sources"); a House committee's staff member `politician` US, not named (sources38: a legislature's staff is
a politician's), and his "He"; "The administration" and unnamed U.S. officials (and "U.S. government and farm group
representatives") `government` US, not named; "the Canadian government" `government` CA, named "Canadian
government" (sources31's convention). The USDA's table story (test-0597) has no speaker.

    python scripts/attr101/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, POL = "person", "organization", "government", "anonymous", "politician"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


def anon(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, None, N, None, False)


GE, WELCH, SEARLE, GIL = "General Electric Corp", "John Welch Jr", "G.D. Searle and Co", "Sheldon Gilgore"
CAN, HEND = "Canadian government", "Pat Henderson"

DEV = {
    T + "wr-test-0006.txt": [
        anon("dispute, shipping sources said", "shipping sources"),
        anon("20 vessels, they said", "they"),
        anon("Port Kembla, they said", "they"),
        anon("The shipping sources said the", "The shipping sources"),
        anon("altogether, they said", "they"),
        anon("They said they could not", "They"),
    ],
    T + "wr-test-0225.txt": [
        sp("General Electric Corp said its", "General Electric Corp", GE, ORG, "US", True),
        sp("General Electric also attibuted", "General Electric", GE, ORG, "US", True),
        sp("General Electric chairman John Welch Jr", "General Electric chairman John Welch Jr", WELCH, P, "US", True),
        sp("He said the first quarter", "He", WELCH, P, "US", True),
        sp("General Electric cited the strong", "General Electric", GE, ORG, "US", True),
        sp("It also noted that aircraft", "It", GE, ORG, "US", True),
        sp("defense business, the company said", "the company", GE, ORG, "US", True),
        sp("General Electric said restructuring provisions", "General Electric", GE, ORG, "US", True),
        sp("It added that there was", "It", GE, ORG, "US", True),
    ],
    T + "wr-test-0480.txt": [
        sp("G.D. Searle and Co unit", "G.D. Searle and Co unit", SEARLE, ORG, "US", True),
        sp("Searle chairman Sheldon Gilgore said", "Searle chairman Sheldon Gilgore", GIL, P, "US", True),
        sp("He said Searle's first quarter", "He", GIL, P, "US", True),
        sp("Gilgore said the company intends", "Gilgore", GIL, P, "US", True),
        sp("He said the company anticipates", "He", GIL, P, "US", True),
        sp("He also said that in", "He", GIL, P, "US", True),
    ],
    T + "wr-test-0571.txt": [
        sp("a staff member of the committee", "a staff member of the committee", None, POL, "US", False),
        sp("said the staffer", "the staffer", None, POL, "US", False),
        sp("The staffer said that under", "The staffer", None, POL, "US", False),
        sp("The administration has proposed a", "The administration", None, G, "US", False),
        sp("He said several agencies currently", "He", None, POL, "US", False),
        sp("and Commerce, he said", "he", None, POL, "US", False),
        sp("counter-productive, he said", "he", None, POL, "US", False),
    ],
    R + "wr-train-0172.txt": [
        anon("accords, trade sources said", "trade sources"),
        anon("previous year, the sources said", "the sources"),
        anon("a year, the sources said", "the sources"),
        anon("crushing, they said", "they"),
    ],
    R + "wr-train-0297.txt": [
        sp("and farm group representatives said", "representatives", None, G, "US", False),
        sp("U.S. officials said they are", "U.S. officials", None, G, "US", False),
        sp("the Canadian government said U.S.", "the Canadian government", CAN, G, "CA", True),
    ],
    R + "wr-train-0472.txt": [
        anon("weeks, money market dealers said", "money market dealers"),
        anon("Dealers said the Bundesbank would", "Dealers"),
        anon("marks,\" one dealer said", "one dealer"),
        anon("clearer,\" he added", "he"),
    ],
}

HELD = {
    T + "wr-test-0490.txt": [
        anon("April 30, Commission sources said", "Commission sources"),
        anon("They said approval was given", "They"),
        anon("The sources said the intervention", "The sources"),
        anon("They said at this price", "They"),
        anon("They added the decision is", "They"),
    ],
    T + "wr-test-0597.txt": [],
    R + "wr-train-1465.txt": [
        sp("Pat Henderson, spokesperson for the", "Pat Henderson", HEND, P, "US", True),
        sp("bottlers,\" Henderson said", "Henderson", HEND, P, "US", True),
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
    write(DEV, ROOT / "tests/gold/sources_real101.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real101_heldout.jsonl")
