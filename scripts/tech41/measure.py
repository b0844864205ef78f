"""Technique findings on round 41's political-news sample (issue 15):
``python scripts/tech41/measure.py OUT.json [--reuse] [--marks marks.json] [--show]``.

Runs ``analyze`` with the components the techniques layer needs (language, segment, sentence vectors, techniques,
genre) on the 30 drawn PolNeAR development articles (``draw.py``), each text as a user would pass it, and writes
every finding (name, start, end, label, score, evidence kind, whether it covers a whole sentence, whether the
sentence holds a verb of saying) to OUT.json. Prints findings per article and per 1,000 characters, sentence-long
findings, by kind and by label, separately for the marked ten and the other twenty (never read); with ``--marks``,
right / wrong among the marked ten (a finding is a marked one when it has its label and overlaps it; a finding no
mark matches is "unmarked"). ``--show`` prints the marked ten's findings with their text, for reading only (never
committed); the other twenty are never shown.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import TEXT, sample

COMPONENTS = ["language.v1", "segment.v1", "sentence-vectors.v1", "techniques.v1", "genre.v1"]
SAYS = re.compile(r"\b(says?|said|saying|told|tells|according to|stated|added|argued?|claim(?:s|ed)?|insist(?:s|ed)?"
                  r"|warn(?:s|ed)?|wrote|writes)\b", re.IGNORECASE)


def kind(evidence: str) -> str:
    """The finding's source: span (the tagger), sentence / paragraph (a paragraph label shown on its best
    sentence), head-sentence (the sentence head), lexicon, rule:*."""
    parts = evidence.split(":")
    if parts[-1] in ("sentence", "paragraph", "head-sentence"):
        return parts[-1]
    if parts[1] == "lexicon" or parts[1] == "rule":
        return ":".join(parts[1:])
    return "span"


def run(names: list[str]) -> list[dict]:
    from spinscope.api import analyze
    from spinscope.components.persuasion_models import split_sentences

    out = []
    for name in names:
        text = (TEXT / name).read_text(encoding="utf-8")
        r = analyze(text, components=COMPONENTS)
        sents = split_sentences(text, 0, len(text))
        found = []
        for t in r.techniques:
            whole = any(t.start <= s + 2 and t.end >= e - 2 for s, e in sents)
            around = [(s, e) for s, e in sents if s < t.end and t.start < e]
            says = any(SAYS.search(text[s:e]) for s, e in around)
            found.append({"start": t.start, "end": t.end, "label": t.label, "score": t.score,
                          "kind": kind(t.evidence), "sentence_long": whole, "says_sentence": says})
        out.append({"path": name, "chars": len(text), "paragraphs": len([p for p in r.paragraphs]) if hasattr(
            r, "paragraphs") else None, "genre": r.genre.label if r.genre else None, "findings": found})
    return out


def summary(rows: list[dict], title: str) -> list[str]:
    n = sum(len(r["findings"]) for r in rows)
    chars = sum(r["chars"] for r in rows)
    fs = [f for r in rows for f in r["findings"]]
    long_kinds = Counter(f["kind"] for f in fs if f["sentence_long"])
    return [f"{title}: articles {len(rows)}, characters {chars}, findings {n}: {n / max(1, len(rows)):.2f} per "
            f"article, {1000 * n / max(1, chars):.2f} per 1,000 characters; sentence-long "
            f"{sum(long_kinds.values())} (" + ", ".join(f"{k} {v}" for k, v in long_kinds.most_common()) + ")",
            "  by kind: " + ", ".join(f"{k} {v}" for k, v in Counter(f["kind"] for f in fs).most_common()),
            "  by label: " + ", ".join(f"{k} {v}" for k, v in Counter(f["label"] for f in fs).most_common()),
            f"  Appeal_to_Authority in a sentence with a verb of saying: "
            f"{sum(1 for f in fs if f['label'] == 'Appeal_to_Authority' and f['says_sentence'])}",
            "  articles with no finding: " + str(sum(1 for r in rows if not r["findings"])),
            "  per article: " + " ".join(str(len(r["findings"])) for r in rows)]


def marked_summary(rows: list[dict], marks: dict) -> str:
    marked = set(marks["articles"])
    kept: Counter[str] = Counter()
    used: set[int] = set()
    new: Counter[str] = Counter()
    for r in rows:
        if r["path"] not in marked:
            continue
        for f in r["findings"]:
            hit = [i for i, m in enumerate(marks["findings"]) if m["path"] == r["path"] and m["label"] == f["label"]
                   and m["start"] < f["end"] and f["start"] < m["end"] and i not in used]
            if hit:
                used.add(hit[0])
                kept[marks["findings"][hit[0]]["mark"]] += 1
            else:
                later = [m["mark"] for m in marks.get("after", []) if m["path"] == r["path"] and m["label"] ==
                         f["label"] and m["start"] < f["end"] and f["start"] < m["end"]]
                new[later[0] if later else "unmarked"] += 1
    total = Counter(m["mark"] for m in marks["findings"])
    return (f"marked ten: main's marked findings kept: right {kept['right']}/{total['right']}, wrong "
            f"{kept['wrong']}/{total['wrong']}; findings main did not give: {sum(new.values())} ("
            + ", ".join(f"{k} {v}" for k, v in new.most_common()) + f"); now right {kept['right'] + new['right']}, "
            f"wrong {kept['wrong'] + new['wrong']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--reuse", action="store_true", help="read OUT instead of running")
    ap.add_argument("--marks", type=Path)
    ap.add_argument("--show", action="store_true", help="the marked ten's findings with their text (never committed)")
    a = ap.parse_args()
    drawn, marked = sample()
    rows = json.loads(a.out.read_text()) if a.reuse else run(drawn)
    if not a.reuse:
        a.out.write_text(json.dumps(rows, indent=1))
    lines = summary(rows, "all 30")
    lines += summary([r for r in rows if r["path"] in marked], "marked ten")
    lines += summary([r for r in rows if r["path"] not in marked], "other twenty (never read)")
    if a.marks:
        lines.append(marked_summary(rows, json.loads(a.marks.read_text())))
    print("\n".join(lines))
    if a.show:
        for r in rows:
            if r["path"] not in marked:
                continue
            text = (TEXT / r["path"]).read_text(encoding="utf-8")
            print(f"\n== {r['path']} {r['chars']} chars, genre {r['genre']}")
            for f in r["findings"]:
                s0 = text.rfind("\n", 0, f["start"]) + 1
                print(f"  [{f['start']},{f['end']}] {f['label']} {f['score']} {f['kind']} "
                      f"{'S' if f['sentence_long'] else '-'} | {text[f['start']:f['end']]!r}\n      para: "
                      f"{text[s0:text.find(chr(10), f['end']) if text.find(chr(10), f['end']) > 0 else None]!r}")


if __name__ == "__main__":
    main()
