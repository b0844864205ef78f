#!/usr/bin/env python3
"""Round 87's convention census: each disputed shape, counted on PolNeAR's tuning half (scripts/attr_dev.py's
split) and on every real gold's development part (tests/gold/attributions_real*.jsonl, not ``_heldout``), with how
the gold marks it and what the extractor under PYTHONPATH outputs on it. Offsets and labels only, no article text.

Per instance (one line): corpus, article stem, offset of the shape, then

- ``gold_cue``: a gold cue overlaps the shape's words (its verb up to the "to" / the negated verb);
- ``gold_content``: where that gold record's content lies, ``after`` (starts after the shape's verb: the "to <VP>"
  or the complement) or ``other`` (before it, around it), ``-`` when no gold cue;
- ``gold_source``: the gold record has a source span (1/0, ``-`` when no gold cue);
- ``main_cue``: a predicted record's cue overlaps the shape's words;
- ``main_found``: that gold record is found by a predicted content covering 30% of it (the scorer's rule);
- ``main_speaker``: one of those predictions has a speaker overlapping the gold source (``-`` when not found);
- ``main_unmatched``: where the gold has no cue on the shape but a prediction does, that prediction's content
  covers 30% of no gold content (a spurious record under the scorer's rule; 0: it lands on another gold record).

``?``: the extractor's text is not the file's (the offsets cannot be mapped; every such instance has no gold cue).

    PYTHONPATH=/tmp/attr87/base/src python scripts/attr87/census.py [EXTRA_GOLD.jsonl ...] > scripts/attr87/census.txt
"""

from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev as A  # noqa: E402

#: The shapes. The match covers the words a cue could sit on (the verb and its "to" / negation), not the VP.
SHAPES = {
    "agreed-to": r"\b(?:agree[sd]?|agreeing)\s+(?!not\b)(?:\w+\s+){0,4}?to(?=\s+(?!the\b|a\b|an\b)\w)",
    "agreed-not-to": r"\b(?:agree[sd]?|agreeing)\s+not\s+to\b",
    "signed-agreements": r"\bsign(?:ed|s|ing)?(?=\s+(?:\w+\s+){0,3}?(?:agreements?|accords?|deals?|contracts?|"
                         r"pacts?|treaty|treaties)\b)",
    "declined-to": r"\bdeclin(?:ed|es|e|ing)\s+to\s+\w+",
    "refused-to": r"\brefus(?:ed|es|e|ing)\s+to\s+\w+",
    "did-not-disclose": r"\b(?:did|does|do|would|will|could)\s*(?:not|n['’]t)\s+(?:disclose|reveal|specify)\b",
    "did-not-know": r"\b(?:did|does|do)\s*(?:not|n['’]t)\s+know\b",
}


def _ov(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _covered(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> float:
    glen = sum(e - s for s, e in gold) or 1
    return sum(max(0, min(e, pe) - max(s, ps)) for s, e in gold for ps, pe in pred) / glen


def polnear_gold(stem: str) -> list[dict[str, Any]]:
    """PolNeAR's records of one article: cue, source and content spans (offsets only)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for line in (A.DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T"):
            spans[parts[0]] = [tuple(int(x) for x in r.split()) for r in parts[1].split(" ", 1)[1].split(";")]  # type: ignore[misc]
        elif line.startswith("E"):
            roles = dict(p.split(":") for p in parts[1].split())
            out.append({k.lower(): spans.get(roles[k], []) for k in ("Cue", "Source", "Content") if k in roles})
    return out


def predict(path: Path, upstream: Any, extractor: Any) -> tuple[str, list[Any]]:
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    doc = extractor(upstream.run(make_document(next(iter(iter_paths([path]))))))
    return doc.text, list(doc.attributions)


def census(corpus: str, stem: str, original: str, gold: list[dict[str, Any]], pred: list[Any] | None,
           shift: int | None, totals: dict[str, list[int]]) -> None:
    for shape, pat in SHAPES.items():
        for m in re.finditer(pat, original):
            region = m.span()
            g = next((r for r in gold if any(_ov(c, region) for c in r.get("cue", []))), None)
            gcontent = "-" if g is None else ("after" if g.get("content") and
                                              min(s for s, _ in g["content"]) >= region[0] else "other")
            gsource = "-" if g is None else str(int(bool(g.get("source"))))
            main_cue = main_found = "?"
            main_speaker = main_spurious = "-"
            if pred is not None and shift is not None:
                hits = [a for a in pred if a.cue is not None and _ov((a.cue.start + shift, a.cue.end + shift), region)]
                main_cue = str(int(bool(hits)))
                if g is not None and g.get("content"):
                    found = [a for a in pred if _covered(g["content"], [(a.content.start + shift,
                                                                         a.content.end + shift)]) >= 0.3]
                    main_found = str(int(bool(found)))
                    if found and g.get("source"):
                        main_speaker = str(int(any(a.speaker is not None and any(
                            _ov((a.speaker.start + shift, a.speaker.end + shift), tuple(s)) for s in g["source"])
                            for a in found)))
                else:
                    main_found = "-"
                if hits and g is None:
                    # the record on the unmarked shape: does its content cover 30% of some gold content?
                    contents = [r["content"] for r in gold if r.get("content")]
                    main_spurious = str(int(not any(
                        _covered(c, [(a.content.start + shift, a.content.end + shift)]) >= 0.3
                        for a in hits for c in contents)))
            t = totals.setdefault(f"{shape}\t{corpus}", [0, 0, 0, 0])
            t[0] += 1
            t[1] += g is not None
            t[2] += main_cue == "1"
            t[3] += main_cue == "1" and g is None
            print(f"{shape}\t{corpus}\t{stem}\t{m.start()}\tgold_cue={int(g is not None)}\tgold_content={gcontent}\t"
                  f"gold_source={gsource}\tmain_cue={main_cue}\tmain_found={main_found}\tmain_speaker={main_speaker}\t"
                  f"main_unmatched={main_spurious}", flush=True)


def main() -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.pipeline import Pipeline

    upstream, extractor = Pipeline.from_names(A.UPSTREAM), AttributionExtractor()
    totals: dict[str, list[int]] = {}
    any_shape = re.compile("|".join(f"(?:{p})" for p in SHAPES.values()))
    for stem in A.stems("tune"):
        path = A.DATA / "text" / f"{stem}.txt"
        original = path.read_text(encoding="utf-8")
        if not any_shape.search(original):
            continue
        text, pred = predict(path, upstream, extractor)
        shift = 0 if text == original else (original.find(text[:200]) if original.find(text[:200]) >= 0 else None)
        census("polnear-tune", stem, original, polnear_gold(stem), pred, shift, totals)
    golds = sorted(g for g in glob.glob(str(ROOT / "tests/gold/attributions_real*.jsonl")) if "_heldout" not in g)
    for gold_file in golds + sys.argv[1:]:
        corpus = Path(gold_file).stem.replace("attributions_", "")
        for line in Path(gold_file).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            path = SHARED / rec["path"]
            if not path.is_file():
                continue
            original = path.read_text(encoding="utf-8")
            if not any_shape.search(original):
                continue
            gold = [{"cue": [tuple(c) for c in a["cue"]], "source": a["source"], "content": [tuple(c) for c in
                                                                                          a["content"]]}
                    for a in rec["attributions"]]
            text, pred = predict(path, upstream, extractor)
            shift = 0 if text == original else (original.find(text[:200]) if original.find(text[:200]) >= 0
                                                else None)
            census(corpus, Path(rec["path"]).stem, original, gold, pred, shift, totals)
    print("# shape\tcorpus\tinstances\tgold cue\tmain cue\tmain cue where the gold has none")
    for key, (n, g, mc, extra) in sorted(totals.items()):
        print(f"# {key}\t{n}\t{g}\t{mc}\t{extra}")


if __name__ == "__main__":
    main()
