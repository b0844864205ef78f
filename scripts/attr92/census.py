"""The census of attr92's leads on PolNeAR's tuning half (counts only, never text), on saved runs of
``scripts/attr86/dev.py --cache /tmp/attr92``:

    PYTHONPATH=src python scripts/attr92/census.py base [r1 ...] > scripts/attr92/census.txt

Each gold record of the tuning half is given the shapes it has (a record may have several):
- ``multi-paragraph``: its content runs over a paragraph break;
- ``multi-paragraph-quoted``: the same, and the content opens with a quotation mark;
- ``split``: its content has two or more parts and its cue lies between them ('"Q1," X said. "Q2"');
- ``headline``: its cue is in the first line (the title);
- ``headline-colon``: the same, and a colon ends the source before the content ("X: ...");
- ``cue:summing-up`` / ``cue:referring-to`` / ``cue:in-a-statement`` / ``cue:statement``: its cue's words.
For each shape and each run: gold records, found (the scorer's one-to-one rule), speaker right among the found,
and the predicted records whose content overlaps the gold content (pieces: more than one means our output cut it).
A second table counts each run's ``quote-continues-previous`` records (the quotation reader's record for a
quotation with no cue of its own) by the form round 92 reads before them (``paragraph-run-on``, ``across-tag``,
``other``: ``attribution/round92.py``'s tests, applied to the record right before with the same speaker) and by
the gold: ``same-gold`` (the gold record it overlaps is the one the record before overlaps: PolNeAR merges the
pair), ``other-gold`` (a gold record of its own), ``no-gold``; and each run's merged records (``run-on-92`` of the
first version, ``across-tag-92``) found or not by the scorer.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402

sys.path.insert(0, str(attr_dev.SCORER.parent))
import score_attr  # type: ignore[import-not-found]  # noqa: E402

Spans = list[tuple[int, int]]


def shapes(text: str, content: Spans, source: Spans, cue: Spans) -> list[str]:
    out = []
    c0, c1 = min(s for s, _ in content), max(e for _, e in content)
    if "\n" in text[c0:c1].strip():
        out.append("multi-paragraph")
        if text[c0] in "“\"'‘":
            out.append("multi-paragraph-quoted")
    if len(content) > 1 and cue and any(c0 < s < c1 for s, _ in cue):
        out.append("split")
    first = text.find("\n")
    if cue and first > 0 and cue[0][0] < first:
        out.append("headline")
        if source and ":" in text[source[-1][1]:c0]:
            out.append("headline-colon")
    words = " ".join(text[s:e] for s, e in cue).lower()
    for key in ("summing up", "referring to", "in a statement"):
        if key in words:
            out.append("cue:" + key.replace(" ", "-"))
    if re.search(r"\bstatement\b", words) and "in a statement" not in words:
        out.append("cue:statement")
    return out


def continuing(text: str, pred_rows: list[dict], shift: int, gold: list[tuple[Spans, Spans, Spans]],
               count: Counter[str], run: str) -> None:
    from spinscope.components.attribution import round92 as r92
    from spinscope.result import Attribution

    def paragraph_run_on(first: Attribution, second: Attribution) -> bool:
        # the first version's form (a), backed out (RULE.md): a quotation left open at its paragraph's end
        gap = text[first.content.end:second.content.start]
        if re.fullmatch(r"[.!?…]?[ \t\u00a0]*\n\s*(?:[“\"‘]|'')\s*", gap) is None:
            return False
        para = text[text.rfind("\n", 0, first.content.end) + 1:first.content.end]
        return para.count("“") > para.count("”") or para.count('"') % 2 == 1

    atts = [Attribution.model_validate(a) for a in pred_rows]

    def golds(a: Attribution) -> set[int]:
        span = [(a.content.start + shift, a.content.end + shift)]
        return {k for k, (gc, _gs, _gq) in enumerate(gold) if score_attr.overlap(gc, span) > 0}

    for second in atts:
        if r92._rule(second) != "quote-continues-previous":
            continue
        before = [a for a in atts if a is not second and a.content.end <= second.content.start]
        first = max(before, key=lambda a: (a.content.end, a.content.start)) if before else None
        form = "other"
        if first is not None and r92._same_speaker(text, first, second):
            form = ("paragraph-run-on" if paragraph_run_on(first, second) else
                    "across-tag" if r92._across_tag(text, first, second) else "other")
        g2 = golds(second)
        judged = "no-gold" if not g2 else "same-gold" if first is not None and g2 & golds(first) else "other-gold"
        count[f"{run} | {form} | {judged}"] += 1


def main() -> None:
    runs = sys.argv[1:]
    table: dict[str, Counter[str]] = {}
    cont: Counter[str] = Counter()
    merged: Counter[str] = Counter()
    for stem in attr_dev.stems("tune"):
        original = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for run in runs:
            result = json.loads((Path("/tmp/attr92") / f"run_{run}" / f"{stem}.json").read_text())
            pred = score_attr.predicted(result, original)
            t = result["article"]["text"]
            shift = max(0, original.find(t.lstrip()[:80])) - (len(t) - len(t.lstrip()))
            continuing(t, result["attributions"], shift, triples, cont, run)
            used: set[int] = set()
            matched: set[int] = set()
            for content, source, cue in triples:
                bi, _best = attr_dev._match(content, pred, used)
                if bi is not None:
                    matched.add(bi)
                pieces = sum(1 for pc, _ps in pred if score_attr.overlap(content, pc) > 0)
                for shape in shapes(original, content, source, cue) or ["other"]:
                    row = table.setdefault(shape, Counter())
                    row[f"{run}:gold"] += 1
                    if bi is not None:
                        row[f"{run}:found"] += 1
                        if source:
                            row[f"{run}:with-source"] += 1
                            row[f"{run}:speaker-right"] += score_attr.overlap(source, pred[bi][1]) > 0
                    row[f"{run}:pieces>1"] += pieces > 1
            with_content = [a for a in result["attributions"] if score_attr.predicted({**result, "attributions": [a]},
                                                                                       original)]
            for i, a in enumerate(with_content):
                if a["evidence"].endswith((":run-on-92", ":across-tag-92")):
                    merged[f"{run} | {'found' if i in matched else 'spurious'}"] += 1
    print("shape | run | gold | found | speaker right / with source | gold content overlapped by 2+ records")
    for shape in sorted(table, key=lambda s: (s == "other", s)):
        for run in runs:
            r = table[shape]
            print(f"{shape} | {run} | {r[run + ':gold']} | {r[run + ':found']} | "
                  f"{r[run + ':speaker-right']} / {r[run + ':with-source']} | {r[run + ':pieces>1']}")
    print()
    print("quote-continues-previous records: run | form before it | gold | count")
    for key in sorted(cont):
        print(f"{key} | {cont[key]}")
    print()
    print("merged records (run-on-92): run | scored | count")
    for key in sorted(merged):
        print(f"{key} | {merged[key]}")


if __name__ == "__main__":
    main()
