"""Round 113's source gold for the speakers of tests/gold/attributions_real113*.jsonl (sources51's format, anchors
of six words at most), written by hand from the thirty wekareuters stories of round 113's draw before any spinscope
run on them. One entry per source span; a long source span is named by its head (surface) inside a short anchor.

Types (attr102's to attr111's conventions, checked against every older sources_real* gold): a company, its "The
company", "It" and short name `organization` of its country (US for the US firms, GB for the London Plcs, CA for the
Canadian firms, NL for the Dutch state-owned chemical group, CH for a Swiss bank), named by its full name; an
exchange `organization` US and its unnamed spokeswoman the same, not named (reut-00022's NYMEX and "an exchange
spokeswoman"); an individual investor `person` of his country, also where the source span adds the partnerships
or the family he leads (the head is the named man); a company's named chairman `person`; central banks, a
department and a national statistics institute `government` of their country, named (the Dutch Central Bank NL,
the statistics department NZ in the older golds); a regulator's unnamed spokeswoman `government` US, not named;
a port control spokesman `government` of the port's country (Belgium), not named ("a board spokesman" of the
Canadian Wheat Board `government` CA in the older golds); dealers, "trade sources", "market sources" and "traders and
analysts" `anonymous` of no country.

    python scripts/attr113/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, M, REP = "person", "organization", "government", "anonymous", "media", "report"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


BF, BOE, UNI, FU, BRA, WIM = ("Brown-Forman Inc", "Bank of England", "Unicorp Canada Corp", "First Union Corp",
                               "C.D. Bramall Plc", "George Wimpey Plc")
USDA, IST, LIFE, ROB, AB, SO = ("U.S. Agriculture Department", "Istat", "Lifetime Corp", "Julian Robertson",
                                "Alex. Brown Inc", "Standard Oil Co")
NYM, CS, DCB = "New York Mercantile Exchange", "Credit Suisse", "Dutch Central Bank"
KNU, HOL, SAFE, HAM, CNR, WIL, CIT, DSM = ("Knutson Mortgage Corp", "Albert Holderson", "Safeway Stores Inc",
                                           "Mark Hammer", "Canadian Natural Resources Ltd", "Wilshire Oil Co of Texas",
                                           "Citgo Petroleum Corp", "NV DSM")

DEV = {
    R + "wr-train-0823.txt": [
        sp("Brown-Forman Inc said at the", "Brown-Forman Inc", BF, ORG, "US", True),
        sp("It said the record date", "It", BF, ORG, "US", True),
    ],
    R + "wr-train-1025.txt": [
        sp("The Bank of England said it", "The Bank of England", BOE, G, "GB", True),
        sp("Dealers noted that", "Dealers", None, N, None, False),
    ],
    R + "wr-train-1510.txt": [
        sp("a port control spokesman said", "a port control spokesman", None, G, "BE", False),
        sp("The spokesman, contacted by telephone", "The spokesman", None, G, "BE", False),
        sp("pier, he added", "he", None, G, "BE", False),
    ],
    R + "wr-train-0874.txt": [
        sp("Unicorp Canada Corp told the", "Unicorp Canada Corp", UNI, ORG, "CA", True),
        sp("Unicorp, a management and investment", "Unicorp", UNI, ORG, "CA", True),
    ],
    R + "wr-train-1226.txt": [
        sp("First Union Corp said it", "First Union Corp", FU, ORG, "US", True),
    ],
    T + "wr-test-0341.txt": [
        sp("Bramall Plc> said in a", "Bramall Plc", BRA, ORG, "GB", True),
    ],
    T + "wr-test-0346.txt": [
        sp("George Wimpey Plc <WMPY.L> said", "George Wimpey Plc", WIM, ORG, "GB", True),
        sp("It said its overall financial", "It", WIM, ORG, "GB", True),
        sp("America, the company said", "the company", WIM, ORG, "GB", True),
    ],
    T + "wr-test-0481.txt": [],
    R + "wr-train-0033.txt": [
        sp("the U.S. Agriculture Department said", "the U.S. Agriculture Department", USDA, G, "US", True),
        sp("The department said the action", "The department", USDA, G, "US", True),
        sp("1987, it said", "it", USDA, G, "US", True),
    ],
    R + "wr-train-0473.txt": [
        sp("the national statistics institute (Istat)", "the national statistics institute", IST, G, "IT", True),
        sp("Istat said its consumer", "Istat", IST, G, "IT", True),
    ],
    R + "wr-train-0632.txt": [
        sp("Lifetime Corp said it agreed", "Lifetime Corp", LIFE, ORG, "US", True),
        sp("It said it plans", "It", LIFE, ORG, "US", True),
        sp("addition, it said", "it", LIFE, ORG, "US", True),
    ],
    R + "wr-train-0952.txt": [
        sp("investor Julian Robertson and several", "Julian Robertson", ROB, P, "US", True),
        sp("Commission Robertson and his Tiger", "Robertson", ROB, P, "US", True),
        sp("Robertson said his group", "Robertson", ROB, P, "US", True),
    ],
    T + "wr-test-0413.txt": [
        sp("Alex. Brown Inc said it", "Alex. Brown Inc", AB, ORG, "US", True),
        sp("The company also said", "The company", AB, ORG, "US", True),
        sp("split, the company said", "the company", AB, ORG, "US", True),
    ],
    R + "wr-train-1059.txt": [
        sp("trade sources here said", "trade sources", None, N, None, False),
    ],
    R + "wr-train-0844.txt": [
        sp("Standard Oil Co said the", "Standard Oil Co", SO, ORG, "US", True),
        sp("It said it has contracted", "It", SO, ORG, "US", True),
    ],
    R + "wr-train-0400.txt": [
        sp("The New York Mercantile Exchange said", "The New York Mercantile Exchange", NYM, ORG, "US", True),
        sp("An exchange spokeswoman said", "An exchange spokeswoman", None, ORG, "US", False),
        sp("according to traders and analysts", "traders and analysts", None, N, None, False),
        sp("according to a CFTC spokeswoman", "a CFTC spokeswoman", None, G, "US", False),
    ],
    T + "wr-test-0342.txt": [
        sp("lead mananger Credit Suisse said", "Credit Suisse", CS, ORG, "CH", True),
    ],
    R + "wr-train-1374.txt": [
        sp("The Dutch central bank announced", "The Dutch central bank", DCB, G, "NL", True),
        sp("Money dealers estimated", "Money dealers", None, N, None, False),
        sp("They said call money", "They", None, N, None, False),
    ],
    R + "wr-train-0719.txt": [],
    R + "wr-train-0084.txt": [],
}

HELD = {
    R + "wr-train-0610.txt": [
        sp("Knutson Mortgage Corp said it", "Knutson Mortgage Corp", KNU, ORG, "US", True),
        sp("Albert Holderson, Knutson chairman, said", "Albert Holderson", HOL, P, "US", True),
    ],
    R + "wr-train-0848.txt": [
        sp("Safeway Stores Inc said it", "Safeway Stores Inc", SAFE, ORG, "US", True),
        sp("facilities, Safeway said", "Safeway", SAFE, ORG, "US", True),
        sp("It said sales for the", "It", SAFE, ORG, "US", True),
        sp("Safeway also said the transaction", "Safeway", SAFE, ORG, "US", True),
    ],
    R + "wr-train-0828.txt": [
        sp("Mark Hammer, a private investor", "Mark Hammer", HAM, P, "US", True),
        sp("Hammer said his group", "Hammer", HAM, P, "US", True),
        sp("While he said he", "he", HAM, P, "US", True),
        sp("Hammer said that because", "Hammer", HAM, P, "US", True),
    ],
    R + "wr-train-1529.txt": [
        sp("<Canadian Natural Resources Ltd> said", "Canadian Natural Resources Ltd", CNR, ORG, "CA", True),
        sp("1987, the company said", "the company", CNR, ORG, "CA", True),
        sp("capital, the company said", "the company", CNR, ORG, "CA", True),
    ],
    R + "wr-train-0187.txt": [
        sp("market sources said", "market sources", None, N, None, False),
    ],
    R + "wr-train-1176.txt": [
        sp("Wilshire Oil Co of Texas", "Wilshire Oil Co of Texas", WIL, ORG, "US", True),
        sp("Commission, Wilshire, which holds", "Wilshire", WIL, ORG, "US", True),
        sp("Wilshire also said that", "Wilshire", WIL, ORG, "US", True),
    ],
    R + "wr-train-1328.txt": [],
    R + "wr-train-1404.txt": [],
    R + "wr-train-0975.txt": [
        sp("Citgo Petrleum Corp said it", "Citgo Petrleum Corp", CIT, ORG, "US", True),
    ],
    T + "wr-test-0052.txt": [
        sp("firm NV DSM <DSMN.AS> said", "NV DSM", DSM, ORG, "NL", True),
        sp("The company said 1986 dividend", "The company", DSM, ORG, "NL", True),
        sp("results, DSM said", "DSM", DSM, ORG, "NL", True),
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
    write(DEV, ROOT / "tests/gold/sources_real113.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real113_heldout.jsonl")
