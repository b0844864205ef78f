"""Round 93's source gold for the speakers of tests/gold/attributions_real93*.jsonl (sources51's format, anchors of
six words at most), written by hand from the eight wekareuters company and market stories before any spinscope run
on them. One entry per source span (two records sharing one subject share one entry); a source span of more than
six words is named by its head (surface) inside a six-word anchor. Records with no source (a noun such as
"rumors" or "speculation" with nobody named, a passive accusation or charge) have no entry.

Types (attr83's, attr85's and attr88's conventions): a company, its "it" and "the company" `organization` of its
country, named by the company; a company's unnamed spokesman `organization` of its country, not named; a company's
named president or vice president, a named analyst of a broker `person` of their country; unnamed analysts,
traders, "market sources", "one market source", an anonymous analyst and his "he" `anonymous`, no country; a
cable news network and its program `media` US, named by the network; a US department and "the agency"
`government` US; federal prosecutors `government` US, not named; a US trade union `organization` US.

    python scripts/attr93/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, MED = "person", "organization", "government", "anonymous", "media"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


UAL, TRUMP, PET = "UAL Inc", "Donald Trump", "Timothy Pettee"
WEDGE, CNN, JONES = "WEDGE Group Inc", "Cable News Network", "Wayne Jones"
TOTAL, ORT, GUIL, PDN = "Total", "Francois-Xavier Ortoli", "Armand Guilbaud", "Paradyne Corp"
USAIR, DOT, TWA, TEAM = "USAir Group Inc", "U.S. Department of Transportation", "Trans World Airlines Inc", \
    "Teamsters Union"

DEV = {
    T + "wr-test-0211.txt": [
        sp("unit, a UAL spokesman said", "a UAL spokesman", None, ORG, "US", False),
        sp("out,\" the spokesman said, adding", "the spokesman", None, ORG, "US", False),
        sp("UAL last month said", "UAL", UAL, ORG, "US", True),
        sp("The developer indicated", "The developer", TRUMP, P, "US", True),
        sp("said Timothy Pettee, Bear Stearns", "Timothy Pettee", PET, P, "US", True),
        sp("Analysts have said UAL", "Analysts", None, N, None, False),
        sp("Traders today described", "Traders", None, N, None, False),
        sp("Market sources have said", "Market sources", None, N, None, False),
        sp("said Pettee", "Pettee", PET, P, "US", True),
        sp("for everybody,\" he said", "he", PET, P, "US", True),
    ],
    R + "wr-train-0319.txt": [
        sp("Group Inc, a Houston investment", "Group Inc", WEDGE, ORG, "US", True),
        sp("Commission, WEDGE, which is owned", "WEDGE", WEDGE, ORG, "US", True),
        sp("WEDGE stressed that", "WEDGE", WEDGE, ORG, "US", True),
        sp("WEDGE said it has had", "WEDGE", WEDGE, ORG, "US", True),
        sp("But it said the talks", "it", WEDGE, ORG, "US", True),
        sp("WEDGE said it believes", "WEDGE", WEDGE, ORG, "US", True),
        sp("WEDGE, which holds 4.8 mln", "WEDGE", WEDGE, ORG, "US", True),
    ],
    R + "wr-train-0852.txt": [
        sp("Wall Street traders said", "Wall Street traders", None, N, None, False),
        sp("A report on Cable News Network", "A report on Cable News Network", CNN, MED, "US", True),
        sp("The cable program said", "The cable program", CNN, MED, "US", True),
        sp("Wayne Jones, vice president at", "Wayne Jones", JONES, P, "US", True),
        sp("strategic plans,\" he said", "he", JONES, P, "US", True),
        sp("Jones said all five", "Jones", JONES, P, "US", True),
        sp("An analyst who wanted anonymity", "An analyst who wanted anonymity", None, N, None, False),
        sp("share tops,\" he said", "he", None, N, None, False),
        sp("the analyst said, for", "the analyst", None, N, None, False),
    ],
    R + "wr-train-0892.txt": [
        sp("the company said in a communique", "the company", TOTAL, ORG, "FR", True),
        sp("group president Francois-Xavier Ortoli told", "group president Francois-Xavier Ortoli", ORT, P, "FR", True),
        sp("Earlier today Armand Guilbaud, president", "Armand Guilbaud", GUIL, P, "FR", True),
        sp("regulations,\" Guilbaud said", "Guilbaud", GUIL, P, "FR", True),
        sp("600 mln francs, he said", "he", GUIL, P, "FR", True),
        sp("1987, he said that", "he", GUIL, P, "FR", True),
    ],
    R + "wr-train-1310.txt": [
        sp("Paradyne Corp said it pleaded", "Paradyne Corp", PDN, ORG, "US", True),
        sp("class members, it said", "it", PDN, ORG, "US", True),
        sp("Paradyne also said it named", "Paradyne", PDN, ORG, "US", True),
        sp("The company also said that due", "The company", PDN, ORG, "US", True),
        sp("federal prosecutors agreed to defer", "federal prosecutors", None, G, "US", False),
    ],
}

HELD = {
    R + "wr-train-1034.txt": [
        sp("USAir Group Inc said its board", "USAir Group Inc", USAIR, ORG, "US", True),
        sp("The company said the unsolicited", "The company", USAIR, ORG, "US", True),
        sp("USAir said its board and", "USAir", USAIR, ORG, "US", True),
        sp("The company said it is continuing", "The company", USAIR, ORG, "US", True),
        sp("USAir said \"In light", "USAir", USAIR, ORG, "US", True),
        sp("USAir said its board has authorized", "USAir", USAIR, ORG, "US", True),
        sp("The company said conditions", "The company", USAIR, ORG, "US", True),
    ],
    R + "wr-train-1096.txt": [
        sp("The U.S. Department of Transportation said", "The U.S. Department of Transportation", DOT, G, "US",
           True),
        sp("The department said the acquisition", "The department", DOT, G, "US", True),
        sp("The department said it decided", "The department", DOT, G, "US", True),
        sp("The agency said it rejected", "The agency", DOT, G, "US", True),
        sp("The agency said Air North", "The agency", DOT, G, "US", True),
        sp("The transportation agency said", "The transportation agency", DOT, G, "US", True),
        sp("The agency noted in its", "The agency", DOT, G, "US", True),
        sp("Tucsonm, the agency said", "the agency", DOT, G, "US", True),
        sp("by the Teamsters Union, which", "the Teamsters Union", TEAM, ORG, "US", True),
        sp("The agency noted that USAir", "The agency", DOT, G, "US", True),
    ],
    R + "wr-train-1480.txt": [
        sp("Trans World Airlines Inc said", "Trans World Airlines Inc", TWA, ORG, "US", True),
        sp("TWA said it may acquire", "TWA", TWA, ORG, "US", True),
        sp("USAir rejected the offer yesterday", "USAir", USAIR, ORG, "US", True),
        sp("A TWA spokesman said", "A TWA spokesman", None, ORG, "US", False),
        sp("TWA said it made the", "TWA", TWA, ORG, "US", True),
        sp("Traders said they believed", "Traders", None, N, None, False),
        sp("While analysts and arbitragers have", "analysts and arbitragers", None, N, None, False),
        sp("said one market source", "one market source", None, N, None, False),
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
    write(DEV, ROOT / "tests/gold/sources_real93.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real93_heldout.jsonl")
