"""Round 110's source gold for the speakers of tests/gold/attributions_real110*.jsonl (sources51's format, anchors
of six words at most), written by hand from the thirty wekareuters stories of round 110's draw before any spinscope
run on them. One entry per source span; a long source span is named by its head (surface) inside a short anchor.

Types (attr107's and attr108's conventions, checked against the older sources_real* golds): a company, its "The
company", "It" and short name `organization` of its country, named by its full name; a company's unnamed official
or spokesman `organization` of the company's country, not named; ministries, agencies, central banks, embassies and
ministers `government` of their state (a minister and a state coffee institute's president named); figures and a
letter of intent `report` (figures named by their issuer, as real107's "figures from the Ministry of Agriculture");
a newspaper `media` of its country; unnamed delegates, dealers, traders and economists `anonymous`, no country.

    python scripts/attr110/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, REP, MED = "person", "organization", "government", "anonymous", "report", "media"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


DC, BP, EIA, END, LAC = ("Diamond Crystal Salt Co", "Bell Petroleum Services Inc", "Energy Information Administration",
                         "Endevco Inc", "Lac Minerals Ltd and Cambior Inc")
CYP, SEB, KLM, DAU, COM = ("Cyprus Minerals Co", "Southeast Banking Corp", "Royal Dutch Airlines", "Jorio Dauster",
                           "Commerce Ministry")
WEB, CCC, GFI, MON, LLO = ("Webcor Electronics Inc", "Continental Can Canada Inc", "GFI Nevada Inc",
                           "Samuel Montagu and Co Ltd", "Lloyds Bank Canada")

DEV = {
    R + "wr-train-0384.txt": [
        sp("failed, senior delegates said after", "senior delegates", None, N, None, False),
        sp("(IBC) Jorio Dauster told Reuters", "Jorio Dauster", DAU, G, "BR", True),
        sp("Dauster said there are no", "Dauster", DAU, G, "BR", True),
    ],
    R + "wr-train-0180.txt": [
        sp("Thailand's Commerce Ministry announced a new", "Thailand's Commerce Ministry", COM, G, "TH", True),
        sp("The ministry said the fresh", "The ministry", COM, G, "TH", True),
        sp("It said the quota allocation", "It", COM, G, "TH", True),
    ],
    T + "wr-test-0431.txt": [
        sp("Diamond Crystal Salt Co said", "Diamond Crystal Salt Co", DC, ORG, "US", True),
        sp("The company said it retained", "The company", DC, ORG, "US", True),
        sp("Diamond Crystal said sale of", "Diamond Crystal", DC, ORG, "US", True),
        sp("The company also said it", "The company", DC, ORG, "US", True),
    ],
    R + "wr-train-1108.txt": [
        sp("Bell Petroleum Services Inc said Regal", "Bell Petroleum Services Inc", BP, ORG, "US", True),
        sp("The company said it is", "The company", BP, ORG, "US", True),
        sp("It said it will explore", "It", BP, ORG, "US", True),
    ],
    T + "wr-test-0472.txt": [
        sp("trading, currency dealers said", "currency dealers", None, N, None, False),
        sp("They said the size of", "They", None, N, None, False),
    ],
    T + "wr-test-0269.txt": [
        sp("the Energy Information Administration (EIA) said", "the Energy Information Administration", EIA, G,
           "US", True),
        sp("the Department of Energy agency said", "the Department of Energy agency", EIA, G, "US", True),
        sp("The EIA said residual fuel", "The EIA", EIA, G, "US", True),
        sp("to 1,561.1, it said", "it", EIA, G, "US", True),
    ],
    T + "wr-test-0294.txt": [
        sp("this year, the China Daily said", "the China Daily", "China Daily", MED, "CN", True),
        sp("The paper said abnormal weather", "The paper", "China Daily", MED, "CN", True),
    ],
    R + "wr-train-0457.txt": [
        sp("according to preliminary figures from the", "preliminary figures", "central bank", REP, "SE", True),
        sp("in 1985, the bank said", "the bank", "central bank", G, "SE", True),
    ],
    R + "wr-train-1245.txt": [
        sp("Endevco Inc said it has", "Endevco Inc", END, ORG, "US", True),
        sp("The company said the pipeline", "The company", END, ORG, "US", True),
        sp("Endevco said it plans to", "Endevco", END, ORG, "US", True),
    ],
    R + "wr-train-0560.txt": [
        sp("Lac Minerals Ltd and Cambior Inc", "Lac Minerals Ltd and Cambior Inc", LAC, ORG, "CA", True),
        sp("feet, the companies said", "the companies", LAC, ORG, "CA", True),
    ],
    R + "wr-train-1408.txt": [
        sp("Cyprus Minerals Co said along", "Cyprus Minerals Co", CYP, ORG, "US", True),
        sp("It said other suits are", "It", CYP, ORG, "US", True),
        sp("Cyprus, which produces talc, said", "Cyprus", CYP, ORG, "US", True),
    ],
    R + "wr-train-1024.txt": [
        sp("Turkey has announced a tender", "Turkey", "Turkey", G, "TR", True),
        sp("Turkish Sugar Factories said in the", "Turkish Sugar Factories", "Turkish Sugar Factories", ORG, "TR",
           True),
        sp("and Trade Cahit Aral as", "Cahit Aral", "Cahit Aral", G, "TR", True),
    ],
    T + "wr-test-0259.txt": [
        sp("Southeast Banking Corp told the", "Southeast Banking Corp", SEB, ORG, "US", True),
        sp("it estimated in a filing", "it", SEB, ORG, "US", True),
        sp("The company also said it", "The company", SEB, ORG, "US", True),
        sp("It also said it would", "It", SEB, ORG, "US", True),
    ],
    T + "wr-test-0040.txt": [
        sp("The Bell Group Ltd <BLLA.S>", "The Bell Group Ltd", "Bell Group Ltd", ORG, "AU", True),
    ],
    R + "wr-train-0273.txt": [
        sp("reserves, economists said", "economists", None, N, None, False),
        sp("They expect it to supply", "They", None, N, None, False),
    ],
    R + "wr-train-0189.txt": [
        sp("a company official said", "a company official", None, ORG, "TW", False),
        sp("in 1985, he said", "he", None, ORG, "TW", False),
        sp("same period, he added", "he", None, ORG, "TW", False),
    ],
    R + "wr-train-1399.txt": [
        sp("According to a letter of intent", "a letter of intent", None, REP, "US", False),
    ],
    T + "wr-test-0268.txt": [
        sp("a U.S. Agriculture Department official said", "a U.S. Agriculture Department official", None, G, "US",
           False),
        sp("The official noted the agreement", "The official", None, G, "US", False),
    ],
    R + "wr-train-0475.txt": [
        sp("Royal Dutch Airlines <KLM.A> said", "Royal Dutch Airlines", KLM, ORG, "NL", True),
        sp("A KLM spokesman said KLM", "A KLM spokesman", None, ORG, "NL", False),
        sp("British and Commonwealth Shipping said", "British and Commonwealth Shipping",
           "British and Commonwealth Shipping Plc", ORG, "GB", True),
        sp("KLM said it hoped the", "KLM", KLM, ORG, "NL", True),
    ],
}

HELD = {
    R + "wr-train-0845.txt": [
        sp("Webcor Electronics Inc said it", "Webcor Electronics Inc", WEB, ORG, "US", True),
        sp("any time, it said", "it", WEB, ORG, "US", True),
    ],
    R + "wr-train-0171.txt": [
        sp("The Dutch Central Bank said", "The Dutch Central Bank", "Dutch Central Bank", G, "NL", True),
        sp("Dealers expect this week's", "Dealers", None, N, None, False),
    ],
    R + "wr-train-0402.txt": [
        sp("Continental Can Canada Inc unit said", "Continental Can Canada Inc", CCC, ORG, "CA", True),
        sp("Continental Can said it would", "Continental Can", CCC, ORG, "CA", True),
        sp("Nestle said it decided to", "Nestle", "Nestle Enterprises Ltd", ORG, "CA", True),
    ],
    R + "wr-train-0373.txt": [
        sp("Albertson's Inc said its board", "Albertson's Inc", "Albertson's Inc", ORG, "US", True),
    ],
    R + "wr-train-0154.txt": [
        sp("Canadian embassy officials said", "Canadian embassy officials", None, G, "CA", False),
    ],
    R + "wr-train-0835.txt": [
        sp("shipment, traders said", "traders", None, N, None, False),
        sp("E D and F Man said", "E D and F Man", "E D and F Man", ORG, "GB", True),
        sp("Traders said at least one", "Traders", None, N, None, False),
    ],
    R + "wr-train-1397.txt": [
        sp("Treasury Secretary James Baker said", "James Baker", "James Baker", G, "US", True),
        sp("He told the National Newspaper", "He", "James Baker", G, "US", True),
        sp("But he said the reduction", "he", "James Baker", G, "US", True),
    ],
    R + "wr-train-1329.txt": [
        sp("led by GFI Nevada Inc, a", "GFI Nevada Inc", GFI, ORG, "US", True),
        sp("Commission, GFI said it sold", "GFI", GFI, ORG, "US", True),
        sp("It said its dealings in", "It", GFI, ORG, "US", True),
    ],
    R + "wr-train-0351.txt": [
        sp("bankers Samuel Montagu and Co Ltd", "Samuel Montagu and Co Ltd", MON, ORG, "GB", True),
        sp("But the firm said silver", "the firm", MON, ORG, "GB", True),
        sp("cautiously,\" Montagu said.", "Montagu", MON, ORG, "GB", True),
        sp("The bank said the US", "The bank", MON, ORG, "GB", True),
    ],
    R + "wr-train-1497.txt": [
        sp("Lloyds Bank Canada, a unit", "Lloyds Bank Canada", LLO, ORG, "CA", True),
        sp("dlrs, the bank said", "the bank", LLO, ORG, "CA", True),
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
    write(DEV, ROOT / "tests/gold/sources_real110.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real110_heldout.jsonl")
