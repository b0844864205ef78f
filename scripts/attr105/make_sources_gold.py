"""Round 105's source gold for the speakers of tests/gold/attributions_real105*.jsonl (sources51's format, anchors of
six words at most), written by hand from the ten wekareuters stories of round 105's draw before any spinscope run
on them. One entry per source span; a source span of more than six words is named by its head (surface) inside a
six-word anchor.

Types (attr83's to attr103's conventions): "Official sources", "The sources", traders and dealers `anonymous`, no
country; a company's deputy director-general `person` of its country; an embassy `government` of its country, named
("U.S. Embassy"), its "It" the same; its annual report and the report's "it" `report`, no country, not named
(attr88's "The report"); a company and its "The company", "It", short name `organization` of its country, named by
its full name; an investor group and its "The Hunt group" `organization` US named "Hunt group" (the
older golds' "The Sterling Grace Capital group"); a named holding company `organization` US; an economy minister, named by a later
sentence, and his pronouns `government` of his country; "government officials" `government` of the story's country,
not named; a prime minister `government`. Held out: the head of an employers' federation `person` ES (attr103's port
employers' chairman); a growers' association's lobbyist `person` US; "A Canadian government agency" `government` CA,
not named; "The French" (growers) `anonymous` FR, not named.

    python scripts/attr105/make_sources_gold.py
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


def anon(anchor: str, surface: str, country: str | None = None) -> dict:
    return sp(anchor, surface, None, N, country, False)


SERRE, EMB, BCR, HUNT = "Rene de la Serre", "U.S. Embassy", "British Columbia Resources Investment Corp", "Hunt group"
ESC, CUEVAS, HALL = "Luis Diego Escalante", "Jose Maria Cuevas", "Mike Hall"


def bcr(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, BCR, ORG, "CA", True)


def hunt(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, HUNT, ORG, "US", True)


def esc(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, ESC, G, "CR", True)


def rep(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, None, REP, None, False)


DEV = {
    T + "wr-test-0309.txt": [
        anon("Official sources said the bank,", "Official sources"),
        anon("The sources said it was", "The sources"),
        sp("Rene de la Serre told Reuters", "Rene de la Serre", SERRE, P, "FR", True),
        sp("De la Serre said the bank", "De la Serre", SERRE, P, "FR", True),
    ],
    T + "wr-test-0437.txt": [
        anon("4,200 stg, traders said", "traders"),
        anon("Dealers said major consumers still", "Dealers"),
        anon("per kilo, traders said", "traders"),
    ],
    R + "wr-train-0176.txt": [
        sp("the U.S. Embassy said in", "the U.S. Embassy", EMB, G, "US", True),
        sp("It said Indonesia did not", "It", EMB, G, "US", True),
        rep("1985/86, the report said", "the report"),
        rep("the rest, it said", "it"),
        rep("them,\" it said", "it"),
        rep("problems,\" the report said", "the report"),
    ],
    R + "wr-train-0763.txt": [
        bcr("<British Columbia Resources Investment Corp>, earlier", "British Columbia Resources Investment Corp"),
        bcr("The company said the credit", "The company"),
        bcr("It earlier reported 1986 losses", "It"),
        bcr("B.C. Resources also said dividends", "B.C. Resources"),
        bcr("account, B.C. Resources said", "B.C. Resources"),
        bcr("March 31, the company said", "the company"),
        bcr("<WTC>, B.C. Resources said", "B.C. Resources"),
        bcr("The company said its increased", "The company"),
        bcr("loss, the company said", "the company"),
        bcr("The company said the asset", "The company"),
        bcr("It also said it cut", "It"),
    ],
    R + "wr-train-1325.txt": [
        hunt("An investor group led by members", "An investor group"),
        hunt("The investor group, led by Rosewood", "The investor group"),
        hunt("The Hunt group said it offered", "The Hunt group"),
        sp("Rosewood, which is owned by", "Rosewood", "Rosewood Financial Inc", ORG, "US", True),
        hunt("The Hunt group said it has", "The Hunt group"),
        hunt("said it has told Comdata", "it"),
        hunt("The Hunt group, which also includes", "The Hunt group"),
    ],
    R + "wr-train-1339.txt": [
        esc("Costa Rica's economy minister said he", "Costa Rica's economy minister"),
        esc("Minister Luis Diego Escalante, who serves", "Minister Luis Diego Escalante"),
        esc("Escalante told a news conference", "Escalante"),
        esc("here he \"carried the weight", "he"),
        esc("insisting, Escalante said, on", "Escalante"),
        esc("quotas,\" Escalante said", "Escalante"),
        esc("export potential, he said", "he"),
        esc("autocratic,\" Escalante said", "Escalante"),
        esc("Escalante attributed the nosedive", "Escalante"),
        esc("he warned", "he"),
    ],
    R + "wr-train-1442.txt": [
        sp("redundant, government officials said", "government officials", None, G, "FR", False),
        sp("Prime Minister Jacques Chirac told", "Prime Minister Jacques Chirac", "Jacques Chirac", G, "FR", True),
    ],
}


def cuevas(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, CUEVAS, P, "ES", True)


def hall(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, HALL, P, "US", True)


HELD = {
    T + "wr-test-0386.txt": [
        cuevas("federation, Jose Maria Cuevas, said employers", "Jose Maria Cuevas"),
        cuevas("He told a news conference", "He"),
        cuevas("unnecessary, he said", "he"),
        cuevas("growth, Cuevas said", "Cuevas"),
        cuevas("Cuevas said employers were heeding", "Cuevas"),
        cuevas("workers, Cuevas said", "Cuevas"),
        cuevas("He said Spain's current wave", "He"),
        cuevas("Cuevas said employers were also", "Cuevas"),
    ],
    R + "wr-train-0888.txt": [],
    R + "wr-train-1536.txt": [
        hall("said Mike Hall, lobbyist for", "Mike Hall"),
        hall("Hall told Reuters", "Hall"),
        sp("A Canadian government agency ruled", "A Canadian government agency", None, G, "CA", False),
        hall("decision,\" Hall said", "Hall"),
        hall("program, Hall said", "Hall"),
        hall("Hall said this is a", "Hall"),
        hall("feed, Hall said", "Hall"),
        anon("The French have long wanted", "The French", "FR"),
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
    write(DEV, ROOT / "tests/gold/sources_real105.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real105_heldout.jsonl")
