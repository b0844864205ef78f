#!/usr/bin/env python3
"""Round 55: how PolNeAR's annotators treat the open leads of rounds 51-53, on the tuning half only.

Reuses round 49's census (scripts/attr49/census.py: gold cue / inside gold content / left out / cue with no
source) with this round's families in place of its own (its module and its default output are unchanged), then
counts nested gold attributions: gold cues that stand inside another gold attribution's content, inside quotation
marks or not. Counts only, no text.

    python scripts/attr55/census.py            # the tuning half (takes no arguments)
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("census49", Path(__file__).resolve().parents[1] / "attr49" / "census.py")
assert _spec is not None and _spec.loader is not None
census49 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(census49)

#: The open leads of rounds 51-53 (TASKS.md, attr55), as patterns over the article text.
FAMILIES_55: dict[str, str] = {
    "do/would/can you believe/think (any place)": r"\b(?:do|don't|would|can|could|did)\s+you\s+(?:really\s+|"
                                                  r"honestly\s+|seriously\s+|actually\s+)?"
                                                  r"(?:believe|think|imagine|expect|trust)\b",
    "noted + noun phrase (no that)": r"\bnot(?:ed|es)\s+(?!that\b)(?:the|his|her|their|its|a|an)\b",
    "noted (any)": r"\bnot(?:ed|es|ing)\b",
    "thanked/thanks X (verb)": r"\b(?:thank(?:s|ed|ing)?)\s+(?!you\b)(?:the\s+)?[\w'-]+",
    "thanked X for": r"\bthank(?:s|ed|ing)?\s+[^.\n]{1,40}?\s+for\b",
    "approve/approved/approves (any)": r"\bapprov(?:e|es|ed|ing)\b",
    "approve(d) of": r"\bapprov(?:e|es|ed|ing)\s+of\b",
    "the witness / eyewitness": r"\bthe\s+(?:eye-?)?witness(?:es)?\b",
    "made/makes (it) clear/plain": r"\bma(?:de|kes?|king)\s+(?:it\s+)?(?:abundantly\s+|very\s+)?(?:clear|plain)\b",
    "supported/supports X (verb)": r"\bsupport(?:s|ed|ing)\b",
}


def nested() -> tuple[int, int, int]:
    """(gold attributions, with a cue inside another's content inside quotation marks, outside them)."""
    total = inside_q = outside_q = 0
    for stem in census49.attr_dev.stems("tune"):
        text = (census49.attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = census49.attr_dev._gold_triples(census49.attr_dev.DATA / "attributions" / f"{stem}.ann")
        for k, (_content, _source, cue) in enumerate(triples):
            total += 1
            if not cue:
                continue
            at = cue[0][0]
            if any(s <= at < e for j, t in enumerate(triples) if j != k for s, e in t[0]):
                if census49._in_quotes(text, at):
                    inside_q += 1
                else:
                    outside_q += 1
    return total, inside_q, outside_q


def relative_sources() -> tuple[int, int, int]:
    """(gold sources that are a relative pronoun, "noted" gold cues with no "that", those whose content holds a
    ", which/who" clause with a verb of saying in it)."""
    rel = noted = noted_report = 0
    saying = re.compile(r",\s+(?:which|who)\b.{0,60}?\b(?:says?|said|claims?|claimed|shows?|showed|reports?|"
                        r"reported|states?|stated|reads?)\b")
    for stem in census49.attr_dev.stems("tune"):
        text = (census49.attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        for content, source, cue in census49.attr_dev._gold_triples(
                census49.attr_dev.DATA / "attributions" / f"{stem}.ann"):
            said = " ".join(text[s:e] for s, e in source).strip().lower()
            rel += said in ("which", "who", "that") or said.endswith((", which", ", who"))
            if cue and re.fullmatch(r"not(?:ed|es)", text[cue[0][0]:cue[0][1]].lower()) and not re.match(
                    r"\s+that\b", text[cue[0][1]:cue[0][1] + 8]):
                noted += 1
                noted_report += saying.search(" ".join(text[s:e] for s, e in content)) is not None
    return rel, noted, noted_report


def main() -> None:
    if len(sys.argv) > 1:
        sys.exit("census.py reads the tuning half only; it takes no arguments")
    census49.FAMILIES = FAMILIES_55
    print(f"PolNeAR tuning half ({len(census49.attr_dev.stems('tune'))} articles): matches of each family")
    print(f"{'family':52s} {'gold cue':>8s} {'in content':>10s} {'left out':>8s} {'cue, no source':>14s}")
    for name, (cue, inside, left, nosrc) in census49.census().items():
        print(f"{name:52s} {cue:8d} {inside:10d} {left:8d} {nosrc:14d}")
    total, inside_q, outside_q = nested()
    print(f"nested gold attributions (cue inside another gold content): {inside_q} inside quotation marks, "
          f"{outside_q} outside, of {total}")
    rel, noted, noted_report = relative_sources()
    print(f"gold sources that are a relative pronoun: {rel}; 'noted' gold cues with no 'that': {noted}, of which "
          f"the content holds a relative clause with a verb of saying: {noted_report}")


if __name__ == "__main__":
    main()
