#!/usr/bin/env python3
"""Round 105: class the PolNeAR tuning half's errors by pattern (cue kind, content shape, speaker kind), counts only.

Reads the listing of ``scripts/attr_dev.py errors`` (it quotes the tuning half's text: keep it in /tmp, never commit
it) and prints counts, no text:

    python scripts/attr_dev.py errors > /tmp/attr105/errors_main.txt
    python scripts/attr105/classify.py /tmp/attr105/errors_main.txt > scripts/attr105/classes_main.txt

Missed gold: cue kind (a saying verb, another verb or phrase, a noun, none), content shape (a quotation, a "that"
clause, an infinitive, a clause of five words or more, a short phrase), speaker kind (none, a pronoun, a noun phrase).
Spurious predictions: the rule family that made them (the evidence's first two fields), content shape, speaker kind.
Wrong speakers: the rule family, and the predicted speaker's kind against the gold's.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

SAY = {"said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "wrote", "writes",
       "asked", "asks", "noted", "notes", "explained", "explains", "stated", "states", "according to"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "who", "which"}


def content_shape(text: str) -> str:
    t = text.strip()
    if t[:1] in "\"“‘'" or t[-1:] in "\"”’":
        return "quotation"
    words = t.split()
    first = words[0].lower() if words else ""
    if first == "that":
        return "that-clause"
    if first == "to":
        return "infinitive"
    if first in {"whether", "if", "how", "what", "why", "when", "who"}:
        return "wh-clause"
    return "clause (5+ words)" if len(words) >= 5 else "short phrase"


def speaker_kind(src: str) -> str:
    s = src.strip().lower()
    if not s:
        return "none"
    if s in PRONOUNS or s in {"'s", "’s"}:
        return "pronoun"
    return "noun phrase"


def cue_kind(cue: str) -> str:
    c = cue.strip().lower()
    if not c:
        return "no cue"
    if c in SAY or any(w in SAY for w in c.split()):
        return "saying verb"
    if re.search(r"(ion|ment|ance|ence|ism|ity|ness|ure|claim|report|statement|view|plan)s?$", c):
        return "noun-like"
    return "other verb or phrase"


def main(path: str) -> None:
    lines = open(path, encoding="utf-8").read().splitlines()
    part, i = "", 0
    missed: Counter[tuple[str, str, str]] = Counter()
    spurious: Counter[tuple[str, str, str]] = Counter()
    wrong: Counter[tuple[str, str, str]] = Counter()
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("====="):
            part = ln.split()[1]
            i += 1
            continue
        if part == "MISSED:" and " CUE=" in ln:
            cue = re.search(r"CUE=(['\"])(.*?)\1 SRC=", ln)
            src = re.search(r"SRC=(['\"])(.*)\1$", ln)
            ctx = lines[i + 1] if i + 1 < len(lines) else ""
            body = re.search(r"\[\[(.*?)\]\]", ctx)
            missed[(cue_kind(cue.group(2) if cue else ""), content_shape(body.group(1) if body else ""),
                    speaker_kind(src.group(2) if src else ""))] += 1
            i += 2
            continue
        if part == "SPURIOUS:" and " SRC=" in ln and ln.split(" ", 1)[0] and not ln.startswith(" "):
            rule = re.search(r"\[[0-9.]+ ([^\]]+)\]", ln)
            fam = ":".join(rule.group(1).split(":")[:2]) if rule else "?"
            src = re.search(r"SRC=(['\"])(.*)\1$", ln)
            body = lines[i + 1] if i + 1 < len(lines) else ""
            spurious[(fam, content_shape(body), speaker_kind(src.group(2) if src else ""))] += 1
            i += 2
            continue
        if part == "WRONG" and not ln.startswith(" ") and "[" in ln:
            rule = re.search(r"\[[0-9.]+ ([^\]]+)\]", ln)
            fam = ":".join(rule.group(1).split(":")[:2]) if rule else "?"
            m = re.search(r"GOLD SRC: (['\"])(.*?)\1  PRED SRC: (['\"])(.*)\3$", lines[i + 1])
            g, p = (m.group(2), m.group(4)) if m else ("", "")
            wrong[(fam, "gold " + speaker_kind(g), "predicted " + speaker_kind(p))] += 1
            i += 3
            continue
        i += 1
    for title, counts in (("MISSED (cue kind, content shape, speaker kind)", missed),
                          ("SPURIOUS (rule family, content shape, speaker kind)", spurious),
                          ("WRONG SPEAKER (rule family, gold speaker, predicted speaker)", wrong)):
        print(f"===== {title}: {sum(counts.values())}")
        for axis in range(3):
            marg: Counter[str] = Counter()
            for k, n in counts.items():
                marg[k[axis]] += n
            print("  by " + ("first", "second", "third")[axis] + " field: " +
                  ", ".join(f"{k} {n}" for k, n in marg.most_common(12)))
        for k, n in counts.most_common(15):
            print(f"  {n:4d}  {' / '.join(k)}")


if __name__ == "__main__":
    main(sys.argv[1])
