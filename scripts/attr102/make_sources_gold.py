"""Round 102's source gold for the speakers of tests/gold/attributions_real102*.jsonl (sources51's format, anchors
of six words at most), written by hand from the ten wekareuters stories of round 102's draw before any spinscope
run on them. One entry per source span (two records sharing one source span share one entry; a quotation
continuing its speaker's quotation shares its source span); a long source span is named by its head (surface)
inside a short anchor.

Types (attr83's to attr100's conventions): a company, its "the company" and "It" `organization` of its country (NL
for a Dutch insurer, SE for a Stockholm ticker, CA for a Calgary oil company), named by its full name; company
officers and firms' analysts and dealers named by the story `person` of their firm's country (a Plc's chairman and
finance director GB; a Frankfurt bank's dealer DE, a Zurich bank's CH, a London bank's GB; Canadian brokers'
analysts CA; a US broker's analyst US), a named spokesman `person`; unnamed dealers, traders, bankers, economists,
analysts, "monetary sources" and "trade sources" `anonymous`, no country; ministers, a prime minister, a central
bank, "the government" and its "it" and unnamed officials `government` of their country; the SEC chairman
`government` US (attr100's); countries speaking together ("European nations and Japan") `government`, no country;
trade unions `organization` of their country, not named; "private estimates" `report` with no country, "official
figures" `report` of the story's country.

    python scripts/attr102/make_sources_gold.py
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


AEG, GIS, LAW, PHA, EGAN, EDW, BOS, FGZ, SHAD = ("AEGON NV", "Gisela Steinhaeuser", "Nigel Lawson", "Pharmacia AB",
                                                 "John Egan", "John Edwards", "Bank of Spain", "Felipe Gonzalez",
                                                 "John Shad")
MIY, STO, VOL, WIL, DOME, ANN, GOB, MOTE, WEB = ("Kiichi Miyazawa", "Gerhard Stoltenberg", "Paul Volcker",
                                                 "Michael Wilson", "Dome Petroleum Ltd", "David Annesley",
                                                 "Wilf Gobert", "Denis Mote", "Doug Weber")

DEV = {
    T + "wr-test-0330.txt": [
        sp("Dutch insurer AEGON NV", "AEGON NV", AEG, ORG, "NL", True),
        sp("The company said its revenues", "The company", AEG, ORG, "NL", True),
        sp("It added that revenues", "It", AEG, ORG, "NL", True),
        sp("AEGON said this was", "AEGON", AEG, ORG, "NL", True),
        sp("AEGON said annuities", "AEGON", AEG, ORG, "NL", True),
        sp("AEGON said incidental", "AEGON", AEG, ORG, "NL", True),
        sp("U.S., AEGON said", "AEGON", AEG, ORG, "NL", True),
        sp("AEGON said it has", "AEGON", AEG, ORG, "NL", True),
    ],
    T + "wr-test-0337.txt": [
        sp("Dealers in Frankfurt and Zurich saw", "Dealers in Frankfurt and Zurich", None, N, None, False),
        sp("said Gisela Steinhaeuser, senior dealer", "Gisela Steinhaeuser", GIS, P, "DE", True),
        sp("She said there was", "She", GIS, P, "DE", True),
        sp("However, she said the dollar", "she", GIS, P, "DE", True),
        sp("Theodor Stadelmann, dealer with Bank", "Theodor Stadelmann", "Theodor Stadelmann", P, "CH", True),
        sp("A Milan banker shared", "A Milan banker", None, N, None, False),
        sp("London traders said the", "London traders", None, N, None, False),
        sp("term, the traders said", "the traders", None, N, None, False),
        sp("Most Paris dealers expressed", "Most Paris dealers", None, N, None, False),
        sp("Traders in several centres said", "Traders in several centres", None, N, None, False),
        sp("Dave Jouhin, senior dealer at", "Dave Jouhin", "Dave Jouhin", P, "GB", True),
        sp("trigger, dealers said", "dealers", None, N, None, False),
        sp("some dealers said London-based", "some dealers", None, N, None, False),
        sp("Bank's Steinhaeuser and other Frankfurt dealers", "Steinhaeuser", GIS, P, "DE", True),
        sp("One dealer at a German bank", "One dealer", None, N, None, False),
        sp("The German dealer saw", "The German dealer", None, N, None, False),
        sp("A Swiss bank economist said", "A Swiss bank economist", None, N, None, False),
        sp("said one dealer, while", "one dealer", None, N, None, False),
        sp("another Italian banker said", "another Italian banker", None, N, None, False),
    ],
    T + "wr-test-0432.txt": [
        sp("Nigel Lawson, Britain's Chancellor", "Nigel Lawson", LAW, G, "GB", True),
        sp("ago, he said central", "he", LAW, G, "GB", True),
        sp("He said the G-7 countries", "He", LAW, G, "GB", True),
        sp("Lawson said he was still", "Lawson", LAW, G, "GB", True),
        sp("risk,\" he said", "he", LAW, G, "GB", True),
        sp("dollar, he said, \"If", "he", LAW, G, "GB", True),
        sp("Lawson said there was some", "Lawson", LAW, G, "GB", True),
        sp("year after year,\" Lawson said", "Lawson", LAW, G, "GB", True),
        sp("accord, he said, \"I", "he", LAW, G, "GB", True),
        sp("inflation, Lawson said", "Lawson", LAW, G, "GB", True),
        sp("He said yesterday's G-7", "He", LAW, G, "GB", True),
        sp("same thing,\" he said", "he", LAW, G, "GB", True),
        sp("Lawson said financial markets", "Lawson", LAW, G, "GB", True),
        sp("but Lawson said the package", "Lawson", LAW, G, "GB", True),
    ],
    R + "wr-train-0537.txt": [
        sp("group, Pharmacia said", "Pharmacia", PHA, ORG, "SE", True),
    ],
    R + "wr-train-1036.txt": [
        sp("Chairman Sir John Egan told", "John Egan", EGAN, P, "GB", True),
        sp("Egan said Jaguar aimed", "Egan", EGAN, P, "GB", True),
        sp("finance director John Edwards said", "John Edwards", EDW, P, "GB", True),
        sp("but Edwards said the", "Edwards", EDW, P, "GB", True),
        sp("He added the XJ-6", "He", EDW, P, "GB", True),
        sp("periods, John Egan said", "John Egan", EGAN, P, "GB", True),
        sp("but Egan said this", "Egan", EGAN, P, "GB", True),
        sp("expectations, dealers said", "dealers", None, N, None, False),
    ],
    R + "wr-train-1068.txt": [
        sp("Bankers welcomed the", "Bankers", None, N, None, False),
        sp("The central bank last night", "The central bank", BOS, G, "ES", True),
        sp("Bankers said the move", "Bankers", None, N, None, False),
        sp("a senior foreign banker said", "a senior foreign banker", None, N, None, False),
        sp("long run,\" he added", "he", None, N, None, False),
        sp("The head of another foreign", "The head", None, N, None, False),
        sp("But bankers said the high", "bankers", None, N, None, False),
        sp("The government says industry's", "The government", None, G, "ES", False),
        sp("it is insisting pay", "it", None, G, "ES", False),
        sp("trade unions, who say", "trade unions", None, ORG, "ES", False),
        sp("Prime Minister Felipe Gonzalez insists", "Felipe Gonzalez", FGZ, G, "ES", True),
        sp("Bankers said the reserve", "Bankers", None, N, None, False),
        sp("Bankers said commercial lending", "Bankers", None, N, None, False),
        sp("Bankers say the liberalisation", "Bankers", None, N, None, False),
        sp("Officials said when the cut", "Officials", None, G, "ES", False),
    ],
    R + "wr-train-1165.txt": [
        sp("Commission Chairman John Shad said", "John Shad", SHAD, G, "US", True),
        sp("days,\" Shad told", "Shad", SHAD, G, "US", True),
        sp("He said the SEC's", "He", SHAD, G, "US", True),
        sp("He said junk bonds", "He", SHAD, G, "US", True),
        sp("Shad said he opposes", "Shad", SHAD, G, "US", True),
        sp("protection,\" Shad said", "Shad", SHAD, G, "US", True),
        sp("He said he had no", "He", SHAD, G, "US", True),
    ],
}

HELD = {
    T + "wr-test-0383.txt": [
        sp("Monetary sources said they believed", "Monetary sources", None, N, None, False),
        sp("Kiichi Miyazawa, Japan's Finance Minister", "Kiichi Miyazawa", MIY, G, "JP", True),
        sp("Miyazawa said yesterday", "Miyazawa", MIY, G, "JP", True),
        sp("Monetary sources also said", "Monetary sources", None, N, None, False),
        sp("They also said there was", "They", None, N, None, False),
        sp("minister Gerhard Stoltenberg argues", "Gerhard Stoltenberg", STO, G, "DE", True),
        sp("European nations and Japan believe", "European nations and Japan", None, G, None, False),
        sp("stability,\" he said", "he", VOL, G, "US", True),
        sp("Volcker warned a further", "Volcker", VOL, G, "US", True),
        sp("Monetary sources said that, privately", "Monetary sources", None, N, None, False),
        sp("Bonn and other European nations worry", "Bonn and other European nations", None, G, None, False),
        sp("Canadian Finance Minister Michael Wilson, said", "Michael Wilson", WIL, G, "CA", True),
        sp("Wilson said they will meet", "Wilson", WIL, G, "CA", True),
        sp("monetary sources say, because", "monetary sources", None, N, None, False),
        sp("The sources said the Reagan", "The sources", None, N, None, False),
    ],
    R + "wr-train-0829.txt": [
        sp("yesterday, trade sources said", "trade sources", None, N, None, False),
        sp("affected, they said", "they", None, N, None, False),
        sp("year according to private estimates", "private estimates", None, REP, None, False),
        sp("according to official figures", "official figures", None, REP, "AR", False),
        sp("tonnes, according to private estimates", "private estimates", None, REP, None, False),
    ],
    R + "wr-train-1499.txt": [
        sp("energy industry analysts said", "energy industry analysts", None, N, None, False),
        sp("down debt, analysts said", "analysts", None, N, None, False),
        sp("said one analyst who asked", "one analyst", None, N, None, False),
        sp("Dome earlier said it was", "Dome", DOME, ORG, "CA", True),
        sp("spokesman David Annesley said", "David Annesley", ANN, P, "CA", True),
        sp("producer, analysts said", "analysts", None, N, None, False),
        sp("oil analyst Wilf Gobert commented", "Wilf Gobert", GOB, P, "CA", True),
        sp("recent years,\" he added", "he", GOB, P, "CA", True),
        sp("analyst Denis Mote commented", "Denis Mote", MOTE, P, "CA", True),
        sp("sense,\" Mote said", "Mote", MOTE, P, "CA", True),
        sp("However, analysts said Dome", "analysts", None, N, None, False),
        sp("Securities Inc analyst Doug Weber", "Doug Weber", WEB, P, "US", True),
        sp("said analyst Gobert", "Gobert", GOB, P, "CA", True),
        sp("Analysts said a similar hurdle", "Analysts", None, N, None, False),
        sp("Petroleum, Gobert said", "Gobert", GOB, P, "CA", True),
        sp("Dome spokesman Annesley earlier", "Annesley", ANN, P, "CA", True),
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
    write(DEV, ROOT / "tests/gold/sources_real102.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real102_heldout.jsonl")
