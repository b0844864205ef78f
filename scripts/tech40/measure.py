"""Technique findings on round 40's wire sample (issue 15): ``python scripts/tech40/measure.py OUT.json [--show]``.

Runs ``analyze`` with the components the techniques layer needs (language, segment, sentence vectors, techniques,
genre) on the 30 drawn Lee articles (``draw.py``) and writes every finding (path, start, end, label, score, evidence,
whether it covers a whole sentence) to OUT.json, with per-article counts. Prints findings per article and per 1,000
characters, by evidence kind; with ``--marks FILE``, also right / wrong counts of the marked findings still present
(a finding is matched by path, start, end and label). ``--show`` prints each finding's text (for reading, never to
be committed). The Lee text is read from LEE_DIR (default /work/lee).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import rest, sample

LEE = Path(os.environ.get("LEE_DIR", "/work/lee"))
COMPONENTS = ["language.v1", "segment.v1", "sentence-vectors.v1", "techniques.v1", "genre.v1"]


def kind(evidence: str) -> str:
    """The finding's source: span (the tagger), sentence (a paragraph label shown on its best sentence),
    head-sentence (the sentence head), lexicon, rule:*."""
    parts = evidence.split(":")
    if parts[-1] in ("sentence", "paragraph", "head-sentence"):
        return parts[-1]
    if parts[1] in ("lexicon",) or parts[1] == "rule":
        return ":".join(parts[1:])
    return "span"


def run(paths: list[str]) -> list[dict]:
    from spinscope.api import analyze
    from spinscope.components.persuasion_models import split_sentences

    out = []
    for path in paths:
        text = (LEE / path).read_text(encoding="utf-8")
        r = analyze(text, components=COMPONENTS)
        sents = split_sentences(text, 0, len(text))
        found = []
        for t in r.techniques:
            whole = any(t.start <= s + 2 and t.end >= e - 2 for s, e in sents)
            found.append({"start": t.start, "end": t.end, "label": t.label, "score": t.score,
                          "kind": kind(t.evidence), "sentence_long": whole})
        out.append({"path": path, "chars": len(text), "genre": r.genre.label if r.genre else None,
                    "p_reporting": next((s.score for s in (r.genre.scores if r.genre else [])
                                         if s.label == "reporting"), None), "findings": found})
    return out


def summary(rows: list[dict], marks: dict | None = None, marks_after: Path | None = None) -> str:
    n = sum(len(r["findings"]) for r in rows)
    chars = sum(r["chars"] for r in rows)
    kinds = Counter(f["kind"] for r in rows for f in r["findings"])
    long_ = sum(1 for r in rows for f in r["findings"] if f["sentence_long"])
    long_kinds = Counter(f["kind"] for r in rows for f in r["findings"] if f["sentence_long"])
    lines = [f"articles {len(rows)}, characters {chars}, findings {n}: {n / len(rows):.2f} per article, "
             f"{1000 * n / chars:.2f} per 1,000 characters; sentence-long {long_} ("
             + ", ".join(f"{k} {v}" for k, v in long_kinds.most_common()) + ")",
             "by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()),
             "by label: " + ", ".join(f"{k} {v}" for k, v in
                                      Counter(f["label"] for r in rows for f in r["findings"]).most_common()),
             "articles with no finding: " + str(sum(1 for r in rows if not r["findings"]))]
    if marks is not None:
        marked = set(marks["articles"])
        # a finding is the marked one when it has its label and overlaps it (a rescored span may shift its ends);
        # marks of findings main did not give come from --marks-after (marked after the change, said so)
        extra = json.loads(marks_after.read_text())["findings"] if marks_after else []
        kept: Counter[str] = Counter()
        used: set[int] = set()
        new = []
        for r in rows:
            if r["path"] not in marked:
                continue
            for f in r["findings"]:
                hit = [i for i, m in enumerate(marks["findings"]) if m["path"] == r["path"] and m["label"] == f["label"]
                       and m["start"] < f["end"] and f["start"] < m["end"] and i not in used]
                if hit:
                    used.add(hit[0])
                    kept[marks["findings"][hit[0]]["mark"]] += 1
                    continue
                later = [m["mark"] for m in extra if (m["path"], m["start"], m["end"], m["label"])
                         == (r["path"], f["start"], f["end"], f["label"])]
                new.append(later[0] if later else "unmarked")
        total = Counter(m["mark"] for m in marks["findings"])
        lines.append(f"marked ten: of main's marked findings right {kept['right']}/{total['right']} kept, wrong "
                     f"{kept['wrong']}/{total['wrong']} kept; findings main did not give: {len(new)} ("
                     + ", ".join(f"{k} {v}" for k, v in Counter(new).most_common()) + "); findings now right "
                     f"{kept['right'] + new.count('right')}, wrong {kept['wrong'] + new.count('wrong')}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--reuse", action="store_true", help="read OUT instead of running")
    ap.add_argument("--marks", type=Path)
    ap.add_argument("--marks-after", type=Path, help="marks of findings main did not give (marked after the change)")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--rest", action="store_true", help="the pool's 24 undrawn articles (the never-seen check)")
    a = ap.parse_args()
    rows = json.loads(a.out.read_text()) if a.reuse else run(rest() if a.rest else sample()[0])
    if not a.reuse:
        a.out.write_text(json.dumps(rows, indent=1))
    marks = json.loads(a.marks.read_text()) if a.marks else None
    print(summary(rows, marks, a.marks_after))
    if a.show:
        for r in rows:
            text = (LEE / r["path"]).read_text(encoding="utf-8")
            print(f"\n== {r['path']} {r['chars']} chars, genre {r['genre']} p(rep) {r['p_reporting']}")
            for f in r["findings"]:
                print(f"  [{f['start']},{f['end']}] {f['label']} {f['score']} {f['kind']} "
                      f"{'S' if f['sentence_long'] else '-'} | {text[f['start']:f['end']]}")


if __name__ == "__main__":
    main()
