"""Round 112's source gold for the speakers of tests/gold/attributions_real112*.jsonl (sources51's format, anchors
of six words at most), written by hand from the thirty wekareuters stories of round 112's draw before any spinscope
run on them. One entry per source span; a long source span is named by its head (surface) inside a short anchor.

Types (attr110's and attr111's conventions, checked against the older sources_real* golds): a company, its "The
company", "It", "The trust", a descriptive noun phrase for it and its short name `organization` of its country (US
for the US firms, CA for the Canadian miners and the Canadian bid vehicle, AU for an NL miner, FR for a French
construction group, NL for an N.V., MX for Mexico's state oil company, BM for a Bermuda-based firm), named by its
full name; a company's unnamed spokesman `organization` of the company's country, not named; a company's president
and named analysts `person` of their country ("spokesman Rich Hall" US in the older golds); an unnamed pair of
firms of two countries `organization` of no country, not named; central banks, departments and a state statistics
institute `government` of their country, named ("the Statistics Department" NZ in the older golds); unnamed port
officials `government` of the country of the port, not named ("Japanese officials" JP in the older golds); weather
reports `report` of the country they cover, not named ("reports" GB in the older golds); analysts and economists
`anonymous`, no country.

    python scripts/attr112/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, REP = "person", "organization", "government", "anonymous", "report"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


DIP, SPIE, HUG, PACE, SEC, WTC = ("Diplomat Electronics Corp", "Spie Batignolles", "Hughes Tool Co", "Phil Pace",
                                  "Security Pacific Corp", "WTC International N.V.")
ENT, BURRY, DUM, MCA, PEM, SNB = ("Entourage International Inc", "Roy Burry", "Dumez Investments I Inc",
                                  "McAndrews and Forbes Holdings Inc", "Petroleos Mexicanos", "Swiss National Bank")
WHIM, ASB, CHE = "Whim Creek Consolidated NL", "Asbestec Industries Inc", "Chesebrough-Pond's Inc"
TOR, FUR, GB, FID, ORB, SAY = ("Torchmark Corp", "First Union Real Estate Investments", "Giant Bay Resources Ltd",
                               "Fidelity International Ltd", "Orbit Oil and Gas Ltd", "S.A.Y. Industries Inc")
HUM, DAU, NGX = "Romilly Humphries", "Dauphin Deposit Corp", "Northgate Exploration Ltd"

DEV = {
    R + "wr-train-1535.txt": [
        sp("Diplomat Electronics Corp said it", "Diplomat Electronics Corp", DIP, ORG, "US", True),
        sp("The company also said certain", "The company", DIP, ORG, "US", True),
        sp("Diplomat said it will cut", "Diplomat", DIP, ORG, "US", True),
        sp("Moreover, it said it will", "it", DIP, ORG, "US", True),
    ],
    T + "wr-test-0198.txt": [
        sp("Spie Batignolles, a subsidiary of", "Spie Batignolles", SPIE, ORG, "FR", True),
        sp("A spokesman said if Spie", "A spokesman", None, ORG, "FR", False),
    ],
    R + "wr-train-1490.txt": [
        sp("merger, analysts said", "analysts", None, N, None, False),
        sp("This week Hughes seemed to", "Hughes", HUG, ORG, "US", True),
        sp("said analyst Phil Pace of", "analyst Phil Pace", PACE, P, "US", True),
    ],
    R + "wr-train-0369.txt": [
        sp("Security Pacific Corp said it", "Security Pacific Corp", SEC, ORG, "US", True),
        sp("Security Pacific announced its intention", "Security Pacific", SEC, ORG, "US", True),
        sp("Security Pacific also said", "Security Pacific", SEC, ORG, "US", True),
    ],
    R + "wr-train-0981.txt": [
        sp("International N.V. said it has", "International N.V.", WTC, ORG, "NL", True),
        sp("operations, the company said", "the company", WTC, ORG, "NL", True),
        sp("WTC said its board concluded", "WTC", WTC, ORG, "NL", True),
    ],
    T + "wr-test-0093.txt": [
        sp("Entourage International Inc said it", "Entourage International Inc", ENT, ORG, "US", True),
        sp("Entourage also said it has", "Entourage", ENT, ORG, "US", True),
        sp("The company also said it", "The company", ENT, ORG, "US", True),
    ],
    R + "wr-train-1091.txt": [
        sp("Co analyst Roy Burry issued", "analyst Roy Burry", BURRY, P, "US", True),
        sp("Burry forecast earnings of", "Burry", BURRY, P, "US", True),
        sp("Burry previously had a sell", "Burry", BURRY, P, "US", True),
    ],
    R + "wr-train-1528.txt": [
        sp("(Dumez Investments I Inc) said", "Dumez Investments I Inc", DUM, ORG, "CA", True),
        sp("It said it has received", "It", DUM, ORG, "CA", True),
        sp("Dumez said it will proceed", "Dumez", DUM, ORG, "CA", True),
    ],
    R + "wr-train-1354.txt": [
        sp("McAndrews and Forbes Holdings Inc said", "McAndrews and Forbes Holdings Inc", MCA, ORG, "US", True),
        sp("McAndrews said terms of the", "McAndrews", MCA, ORG, "US", True),
        sp("The company said it would", "The company", MCA, ORG, "US", True),
        sp("McAndrews and Forbes said it", "McAndrews and Forbes", MCA, ORG, "US", True),
        sp("It also said there can", "It", MCA, ORG, "US", True),
    ],
    T + "wr-test-0352.txt": [
        sp("week, the Labor Department said", "the Labor Department", "Labor Department", G, "US", True),
    ],
    R + "wr-train-1322.txt": [
        sp("company Petroleos Mexicanos (PEMEX) said", "Petroleos Mexicanos", PEM, ORG, "MX", True),
        sp("Pemex said this was 32", "Pemex", PEM, ORG, "MX", True),
    ],
    R + "wr-train-0242.txt": [
        sp("February, the National Bank said", "the National Bank", SNB, G, "CH", True),
        sp("arrangements, the National Bank said", "the National Bank", SNB, G, "CH", True),
    ],
    T + "wr-test-0021.txt": [
        sp("<Whim Creek Consolidated NL> said", "Whim Creek Consolidated NL", WHIM, ORG, "AU", True),
        sp("it said in a statement", "it", WHIM, ORG, "AU", True),
    ],
    R + "wr-train-1283.txt": [
        sp("week, the Federal Reserve said", "the Federal Reserve", "Federal Reserve", G, "US", True),
        sp("Economists polled by Reuters had", "Economists polled by Reuters", None, N, None, False),
    ],
    R + "wr-train-0881.txt": [
        sp("<Asbestec Industries Inc> said it", "Asbestec Industries Inc", ASB, ORG, "US", True),
        sp("Asbestec also said it expects", "Asbestec", ASB, ORG, "US", True),
    ],
    R + "wr-train-0258.txt": [
        sp("the State Statistics Institute said", "the State Statistics Institute", "State Statistics Institute",
           G, "TR", True),
    ],
    R + "wr-train-0574.txt": [
        sp("Chesebrough-Pond's Inc, recently acquired by", "Chesebrough-Pond's Inc", CHE, ORG, "US", True),
        sp("The diversified maker of health", "The diversified maker", CHE, ORG, "US", True),
        sp("Chesebrough said Bass's 1986 sales", "Chesebrough", CHE, ORG, "US", True),
    ],
}

HELD = {
    R + "wr-train-0097.txt": [
        sp("Torchmark Corp said its board", "Torchmark Corp", TOR, ORG, "US", True),
        sp("February 25, it said there", "it", TOR, ORG, "US", True),
        sp("The company also said it", "The company", TOR, ORG, "US", True),
    ],
    R + "wr-train-0816.txt": [
        sp("First Union Real Estate Investments said", "First Union Real Estate Investments", FUR, ORG, "US", True),
        sp("The trust, which has raised", "The trust", FUR, ORG, "US", True),
    ],
    R + "wr-train-1255.txt": [
        sp("Giant Bay Resources Ltd said a", "Giant Bay Resources Ltd", GB, ORG, "CA", True),
        sp("encountered, Giant Bay said", "Giant Bay", GB, ORG, "CA", True),
    ],
    R + "wr-train-0427.txt": [
        sp("Two affiliated investment firms and", "Two affiliated investment firms", None, ORG, None, False),
        sp("Fidelity International Ltd, a Bermuda-based", "Fidelity International Ltd", FID, ORG, "BM", True),
        sp("shares, Fidelity said", "Fidelity", FID, ORG, "BM", True),
    ],
    R + "wr-train-1044.txt": [
        sp("weather reports predicted no relief", "weather reports", None, REP, "TR", False),
        sp("Port officials said at least", "Port officials", None, G, "TR", False),
    ],
    R + "wr-train-1041.txt": [
        sp("<Orbit Oil and Gas Ltd> said", "Orbit Oil and Gas Ltd", ORB, ORG, "CA", True),
        sp("Orbit said it has reserves", "Orbit", ORB, ORG, "CA", True),
        sp("dlrs, Orbit said", "Orbit", ORB, ORG, "CA", True),
    ],
    R + "wr-train-1198.txt": [
        sp("Industries Inc said it expects", "Industries Inc", SAY, ORG, "US", True),
        sp("S.A.Y said its board of", "S.A.Y", SAY, ORG, "US", True),
        sp("Romilly Humphries, S.A.Y. president and", "Romilly Humphries", HUM, P, "US", True),
        sp("S.A.Y. said proceeds from the", "S.A.Y.", SAY, ORG, "US", True),
    ],
    R + "wr-train-1460.txt": [
        sp("Dauphin Deposit Corp said it", "Dauphin Deposit Corp", DAU, ORG, "US", True),
        sp("The company said the acquisition", "The company", DAU, ORG, "US", True),
    ],
    R + "wr-train-0839.txt": [
        sp("Northgate Exploration Ltd said year-end", "Northgate Exploration Ltd", NGX, ORG, "CA", True),
        sp("The company said it launched", "The company", NGX, ORG, "CA", True),
        sp("last year, it said", "it", NGX, ORG, "CA", True),
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
    write(DEV, ROOT / "tests/gold/sources_real112.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real112_heldout.jsonl")
