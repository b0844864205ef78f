"""Round 109's source gold for the speakers of tests/gold/attributions_real109*.jsonl (sources51's format, anchors
of six words at most), written by hand from the ten wekareuters stories of round 109's draw before any spinscope
run on them. One entry per source span.

Types (attr106's conventions): a company, its "The company", "It", "The bank" and short names `organization` of its
country (US firms; CA for a Toronto bank; AU for a Melbourne mining group), named by its full name; a company's
statement ("The BHP statement", and "The statement" that continues it) is the company (the older golds' "the White
House statement"); company officers `person` of their country; the U.S. trade representative and the Agriculture
Department `government` US; unnamed trade sources and growers `anonymous`, no country.

    python scripts/attr109/make_sources_gold.py
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


CAL, MEAD, ROB, BF = "California Biotechnology Inc", "Mead Corp", "Burnell Roberts", "Brown-Forman Inc"
BHP, GOU, CIBC, YEU = ("Broken Hill Pty Co Ltd", "John Gough", "Canadian Imperial Bank of Commerce",
                       "Clayton Yeutter")
MIC, USDA, MAT, KIS, HUG = ("Microbiological Research Corp", "U.S. Agriculture Department", "Eric Mattson",
                            "W.A. Kistler", "Hughes Tool Co")

DEV = {
    T + "wr-test-0055.txt": [
        sp("California Biotechnology Inc said it", "California Biotechnology Inc", CAL, ORG, "US", True),
        sp("The company said research", "The company", CAL, ORG, "US", True),
        sp("It said operating results", "It", CAL, ORG, "US", True),
    ],
    T + "wr-test-0086.txt": [
        sp("Mead Corp said the outlook", "Mead Corp", MEAD, ORG, "US", True),
        sp("Burnell Roberts, chairman and chief", "Burnell Roberts", ROB, P, "US", True),
        sp("Mead said its first", "Mead", MEAD, ORG, "US", True),
        sp("operations,\" Roberts said.", "Roberts", ROB, P, "US", True),
        sp("He added that Mead's", "He", ROB, P, "US", True),
        sp("Mead said sales of", "Mead", MEAD, ORG, "US", True),
    ],
    R + "wr-train-0013.txt": [
        sp("Brown-Forman Inc said its", "Brown-Forman Inc", BF, ORG, "US", True),
        sp("The company cited its", "The company", BF, ORG, "US", True),
        sp("Brown-Forman said the split", "Brown-Forman", BF, ORG, "US", True),
        sp("The company said directors", "The company", BF, ORG, "US", True),
        sp("Brown-Forman said nine month", "Brown-Forman", BF, ORG, "US", True),
        sp("The company said lower", "The company", BF, ORG, "US", True),
    ],
    R + "wr-train-0996.txt": [
        sp("The Broken Hill Pty Co Ltd", "The Broken Hill Pty Co Ltd", BHP, ORG, "AU", True),
        sp("In a statement BHP said", "BHP", BHP, ORG, "AU", True),
        sp("The BHP statement said", "The BHP statement", BHP, ORG, "AU", True),
        sp("BHP said the new", "BHP", BHP, ORG, "AU", True),
        sp("It said there are plans", "It", BHP, ORG, "AU", True),
        sp("The statement said BHPGM", "The statement", BHP, ORG, "AU", True),
        sp("chairman-designate John Gough said", "John Gough", GOU, P, "AU", True),
        sp("growth,\" he said.", "he", GOU, P, "AU", True),
    ],
    R + "wr-train-1136.txt": [
        sp("<Canadian Imperial Bank of Commerce>, earlier", CIBC, CIBC, ORG, "CA", True),
        sp("However, the bank said", "the bank", CIBC, ORG, "CA", True),
        sp("The bank earlier said", "The bank", CIBC, ORG, "CA", True),
        sp("Commerce Bank said because", "Commerce Bank", CIBC, ORG, "CA", True),
        sp("Commerce Bank also said it", "Commerce Bank", CIBC, ORG, "CA", True),
        sp("Commerce Bank said improved", "Commerce Bank", CIBC, ORG, "CA", True),
        sp("The bank said first", "The bank", CIBC, ORG, "CA", True),
        sp("The bank also said total", "The bank", CIBC, ORG, "CA", True),
        sp("announcement,\" Commerce bank said.", "Commerce bank", CIBC, ORG, "CA", True),
    ],
    R + "wr-train-1342.txt": [
        sp("since 1972, trade sources said", "trade sources", None, N, None, False),
    ],
    R + "wr-train-1445.txt": [
        sp("representative Clayton Yeutter said Canada's", "Clayton Yeutter", YEU, G, "US", True),
        sp("measure,\" Yeutter said in", "Yeutter", YEU, G, "US", True),
        sp("He said if other", "He", YEU, G, "US", True),
        sp("French corn growers have", "French corn growers", None, N, None, False),
        sp("Yeutter said the U.S.", "Yeutter", YEU, G, "US", True),
    ],
}

HELD = {
    R + "wr-train-0419.txt": [
        sp("Microbiological Research Corp said it", "Microbiological Research Corp", MIC, ORG, "US", True),
        sp("It also said it received", "It", MIC, ORG, "US", True),
        sp("Microbiological also said that", "Microbiological", MIC, ORG, "US", True),
        sp("It said the remaining", "It", MIC, ORG, "US", True),
    ],
    R + "wr-train-0676.txt": [
        sp("the U.S. Agriculture Department said",
           "the U.S. Agriculture Department", USDA, G, "US", True),
        sp("The department also said", "The department", USDA, G, "US", True),
    ],
    R + "wr-train-1233.txt": [
        sp("Corp treasurer Eric Mattson said", "Eric Mattson", MAT, P, "US", True),
        sp("Earlier today, Hughes adjourned", "Hughes", HUG, ORG, "US", True),
        sp("Hughes chairman W.A. Kistler told", "W.A. Kistler", KIS, P, "US", True),
        sp("Mattson told Reuters that", "Mattson", MAT, P, "US", True),
        sp("shareholders,\" Mattson said.", "Mattson", MAT, P, "US", True),
        sp("than that,\" he said.", "he", MAT, P, "US", True),
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
    write(DEV, ROOT / "tests/gold/sources_real109.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real109_heldout.jsonl")
