#!/usr/bin/env python3
"""Draw round 36's real-news event sentences and their held-out part (before any spinscope run).

    python scripts/events36/draw.py [--sheet /tmp/events36_sheet.txt]

Pool: SemEval-2025 task 10 English raw documents (``data/semeval2025_task10/EN/raw-documents``) whose file stem
is found by no ``git grep -F STEM`` over every local branch (the brief's freshness test). Sentences: the text is
cut at line breaks and after ``.!?`` followed by a space and a capital or quote; a candidate sentence has 40-400
characters, names at least two political actors from the small self-contained lexicon below (countries, their
demonyms and capitals, blocs and organisations: two distinct lexicon entries) and has an event cue word (a verb stem
from the PLOVER categories). No spinscope code is used. Draw: random.Random(36) shuffles the sorted candidates
and keeps them in that order with at most 3 a document until 75 are kept (the coder drops those that turn out to
carry no event between political actors: no event = no record). Held out: random.Random(36).sample(sorted
documents of the drawn sentences, a third of them, rounded); every sentence of a held-out document is held out.

Prints the draw (path, offsets, dev/HELD); ``--sheet`` writes the sentences to a snippet sheet for hand coding
(keep it in /tmp: article text is never committed).
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DIR = "data/semeval2025_task10/EN/raw-documents"
PER_DOC = 3
TARGET = 75

ACTORS = {
    "RUS": r"Russia|Russian|Moscow|Kremlin|Putin",
    "UKR": r"Ukraine|Ukrainian|Kyiv|Kiev|Zelensky|Zelenskyy",
    "USA": r"United States|U\.S\.|US|America|American|Washington|White House|Pentagon|Biden|Trump",
    "NATO": r"NATO",
    "EU": r"European Union|EU|Brussels|European Commission",
    "UN": r"United Nations|UN|U\.N\.|Security Council",
    "CHN": r"China|Chinese|Beijing",
    "GBR": r"Britain|British|UK|London",
    "DEU": r"Germany|German|Berlin",
    "FRA": r"France|French|Paris|Macron",
    "POL": r"Poland|Polish|Warsaw",
    "BLR": r"Belarus|Belarusian|Minsk",
    "IRN": r"Iran|Iranian|Tehran",
    "ISR": r"Israel|Israeli",
    "PSE": r"Palestinian|Hamas|Gaza",
    "TUR": r"Turkey|Turkish|Ankara|Erdogan",
    "IND": r"India|Indian|New Delhi",
    "HUN": r"Hungary|Hungarian|Orban",
    "PRK": r"North Korea|North Korean|Pyongyang",
    "SYR": r"Syria|Syrian|Damascus",
    "JPN": r"Japan|Japanese|Tokyo",
    "CAN": r"Canada|Canadian|Ottawa",
    "IMF": r"IMF|World Bank|G7|G20|BRICS|OPEC",
}
ACTOR_RES = {k: re.compile(rf"\b(?:{v})\b") for k, v in ACTORS.items()}
CUES = re.compile(
    r"\b(?:agree|accept|sign|pledge|promis|offer|demand|urg|call(?:ed|s)? on|call(?:ed|s)? for|ask|request|"
    r"reject|refus|deni|deny|threat|warn|protest|rall|sanction|ban|impos|expel|arrest|detain|attack|strik|shell|"
    r"bomb|kill|invad|fight|fought|clash|withdr|retreat|pull(?:ed)? out|meet|met|talk|visit|host|negotiat|"
    r"support|back|endors|aid|suppl|send|sent|deliver|provid|fund|cooperat|investigat|accus|blam|condemn|"
    r"critici|denounc|mobiliz|deploy|seiz|captur|block|cut|suspend|halt|concede|yield|releas)\w*",
    re.IGNORECASE)
SPLIT = re.compile(r"\n+|(?<=[.!?])[\"'”’)]?\s+(?=[\"“'‘(]?[A-Z0-9])")


def branches() -> list[str]:
    out = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def used_stems(stems: list[str], refs: list[str]) -> set[str]:
    """The stems found by ``git grep -F`` over the refs (one call with every stem as a pattern: same test as
    ``git grep -F STEM`` a stem, much faster)."""
    out = subprocess.run(["git", "grep", "-h", "-o", "-F", *[a for s in stems for a in ("-e", s)], *refs],
                         cwd=ROOT, capture_output=True, text=True)
    found = set()
    for line in out.stdout.splitlines():
        found.add(line.split(":", 1)[-1])
    return found & set(stems)


#: Round 58 (``sentences(..., abbreviations=True)``; ``scripts/events37/draw.py --keep-abbreviations``): words
#: whose closing full stop ends no sentence ("U.S.", "Sept.", "Mr."): the default cut splits after them.
ABBREVIATIONS = re.compile(
    r"(?:\b[A-Z]\.(?:[A-Z]\.)+|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|"
    r"Sen|Rep|Gov|Prof|Rev|Hon|Jr|Sr|Inc|Corp|Ltd|vs)\.)$")


def sentences(text: str, abbreviations: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence; ``abbreviations``: no cut after a word of ``ABBREVIATIONS`` followed by a
    space and a capital ("the U.S. State Department", "on Sept. 11"); the default (False) cuts as round 36 did."""
    spans, start = [], 0
    for m in SPLIT.finditer(text):
        if abbreviations and "\n" not in m.group(0) and ABBREVIATIONS.search(text[max(0, m.start() - 12):m.start()]):
            continue
        closing = len(m.group(0)) - len(m.group(0).lstrip("\"'”’)"))
        spans.append((start, m.start() + closing))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg:
            out.append((s + lead, s + lead + len(seg)))
    return out


def candidate(sent: str) -> bool:
    if not 40 <= len(sent) <= 400:
        return False
    actors = [k for k, rx in ACTOR_RES.items() if rx.search(sent)]
    return len(actors) >= 2 and bool(CUES.search(sent))


def draw() -> tuple[list[tuple[str, int, int]], set[str]]:
    refs = branches()
    paths = sorted((SHARED / DIR).glob("*.txt"))
    used = used_stems([p.stem for p in paths], refs)
    cands = []
    for p in paths:
        if p.stem in used:
            continue
        text = p.read_text(encoding="utf-8")
        rel = f"{DIR}/{p.name}"
        cands.extend((rel, s, e) for s, e in sentences(text) if candidate(text[s:e]))
    cands.sort()
    order = list(cands)
    random.Random(36).shuffle(order)
    kept: list[tuple[str, int, int]] = []
    per: dict[str, int] = {}
    for c in order:
        if per.get(c[0], 0) < PER_DOC:
            kept.append(c)
            per[c[0]] = per.get(c[0], 0) + 1
        if len(kept) == TARGET:
            break
    docs = sorted(per)
    held = set(random.Random(36).sample(docs, round(len(docs) / 3)))
    return sorted(kept), held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", help="write a snippet sheet here (keep it in /tmp)")
    args = parser.parse_args()
    kept, held = draw()
    lines = []
    for n, (rel, s, e) in enumerate(kept, 1):
        tag = "HELD" if rel in held else "dev "
        print(f"{n:02d} {tag} {rel} {s} {e}")
        if args.sheet:
            text = (SHARED / rel).read_text(encoding="utf-8")
            lines.append(f"{n:02d} {tag} {rel} {s} {e}\n    {text[s:e]}\n")
    print(f"{len(kept)} sentences from {len({k[0] for k in kept})} documents, {len(held)} documents held out")
    if args.sheet:
        Path(args.sheet).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
