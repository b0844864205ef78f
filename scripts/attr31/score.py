#!/usr/bin/env python3
"""Score ``attributions.v1`` on the round-31 real-article gold (8 fresh English news articles).

    python scripts/attr31/score.py                          # analyze the articles and score them
    python scripts/attr31/score.py --per-article            # one scored line per article too
    python scripts/attr31/score.py --show                   # print missed gold and spurious predictions (terminal)
    python scripts/attr31/score.py --gold tests/gold/attributions_real32.jsonl   # another gold file, same layout

The gold (``tests/gold/attributions_real31.jsonl``) holds, per article, its path under ``../shared``, the file's
sha256 and length, and each attribution's source, cue and content spans as character offsets, its kind
(direct/indirect/mixed) and the speaker's name as the article gives it: no article text. This script writes the
gold as brat standoff (PolNeAR's layout) into a temporary directory, runs the extractor the way
``scripts/attr_dev.py`` does (components up to ``entities.v1``, then ``attributions.v1``), and scores with the
acceptance scorer ``../shared/eval/score_attr.py TEXT_DIR ANN_DIR RESULTS_DIR``, so the figures are the same
metric as PolNeAR's: a gold attribution is found when one predicted content span covers at least 30% of it
(one-to-one); F1 over attributions, speaker accuracy over the found ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score_attr.py"
GOLD = ROOT / "tests" / "gold" / "attributions_real31.jsonl"
UPSTREAM = ("language.v1", "segment.v1", "entities.v1")
Span = list[int]


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Read the gold and check each article against the file it names (present, same hash, spans inside)."""
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        src = SHARED / rec["path"]
        if not src.is_file():
            sys.exit(f"{path}:{n}: article {src} is missing (is ../shared mounted?)")
        if hashlib.sha256(src.read_bytes()).hexdigest() != rec["sha256"]:
            sys.exit(f"{path}:{n}: {src} changed since it was annotated (sha256 differs)")
        size = len(src.read_text(encoding="utf-8"))
        for a in rec["attributions"]:
            spans: list[Span] = a["content"] + a["source"] + a["cue"]
            if not a["content"] or any(not 0 <= s < e <= size for s, e in spans):
                sys.exit(f"{path}:{n}: bad span in {a}")
        records.append(rec)
    return records


def stem_of(rec: dict[str, Any]) -> str:
    path = Path(rec["path"])
    if rec["path"].startswith("../reuters/"):  # the Reuters folders repeat file names (acq/ and crude/ reut-00022)
        return f"{path.parent.name}-{path.stem}"
    return path.stem


def write_brat(rec: dict[str, Any], text: str, out: Path) -> None:
    """One .ann file in PolNeAR's layout: T lines for Source/Cue/Content spans, E lines tying them."""
    lines, t = [], 0
    for i, a in enumerate(rec["attributions"], 1):
        ids = {}
        for role, key in (("Source", "source"), ("Cue", "cue"), ("Content", "content")):
            if not a[key]:
                continue
            t += 1
            rng = ";".join(f"{s} {e}" for s, e in a[key])
            frag = " ".join(text[s:e] for s, e in a[key]).replace("\n", " ")
            lines.append(f"T{t}\t{role} {rng}\t{frag}")
            ids[role] = f"T{t}"
        lines.append(f"E{i}\tAttribution:{ids['Content']} " + " ".join(f"{r}:{v}" for r, v in ids.items()))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def analyze(records: list[dict[str, Any]], out: Path) -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    extractor, upstream = AttributionExtractor(), Pipeline.from_names(UPSTREAM)
    out.mkdir(parents=True, exist_ok=True)
    for rec in records:
        item = next(iter(iter_paths([SHARED / rec["path"]])))
        doc = extractor(upstream.run(make_document(item)))
        result = {"article": {"text": doc.text}, "attributions": [a.model_dump(mode="json") for a in doc.attributions]}
        (out / f"{stem_of(rec)}.json").write_text(json.dumps(result), encoding="utf-8")


def score(records: list[dict[str, Any]], tmp: Path, results: Path) -> str:
    text_dir, ann_dir = tmp / "text", tmp / "ann"
    text_dir.mkdir(exist_ok=True)
    ann_dir.mkdir(exist_ok=True)
    for rec in records:
        src = SHARED / rec["path"]
        (text_dir / f"{stem_of(rec)}.txt").symlink_to(src)
        write_brat(rec, src.read_text(encoding="utf-8"), ann_dir / f"{stem_of(rec)}.ann")
    run = subprocess.run([sys.executable, str(SCORER), str(text_dir), str(ann_dir), str(results)],
                         capture_output=True, text=True, check=True)
    return run.stdout.strip()


def show(rec: dict[str, Any], results: Path) -> None:
    """Print (to the terminal only) the gold attributions no prediction covers by 30%, and predictions matching none."""
    text = (SHARED / rec["path"]).read_text(encoding="utf-8")
    res = json.loads((results / f"{stem_of(rec)}.json").read_text(encoding="utf-8"))
    pred = []
    for a in res["attributions"]:
        c, s = a.get("content") or {}, a.get("speaker") or {}
        frag = res["article"]["text"][c["start"]:c["end"]] if c else ""
        i = text.find(frag) if frag else -1
        pred.append((i, i + len(frag), res["article"]["text"][s["start"]:s["end"]] if s else a.get("speaker_name")))
    print(f"== {rec['path']}")
    used: set[int] = set()
    for a in rec["attributions"]:
        glen = sum(e - s for s, e in a["content"])
        cov = [(sum(max(0, min(e, pe) - max(s, ps)) for s, e in a["content"]) / glen, k)
               for k, (ps, pe, _) in enumerate(pred) if k not in used and ps >= 0]
        best = max(cov, default=(0.0, -1))
        gs, ge = a["content"][0][0], a["content"][-1][1]
        if best[0] >= 0.3:
            used.add(best[1])
            spk = pred[best[1]][2]
            names = [text[s:e] for s, e in a["source"]]
            if names and not any(spk and (spk in n or n in spk) for n in names):
                print(f"  SPEAKER gold={a['speaker']!r} pred={spk!r}: {text[gs:ge][:90]!r}")
            continue
        print(f"  MISS [{a['kind']}] {a['speaker']!r}: {text[gs:ge][:110]!r}")
    for k, (ps, pe, spk) in enumerate(pred):
        if k not in used:
            print(f"  SPURIOUS {spk!r}: {text[ps:pe][:110]!r}" if ps >= 0 else "  SPURIOUS (unmapped)")


def gold_as_results(records: list[dict[str, Any]], out: Path) -> None:
    """Results that repeat the gold (content and source spans): the scorer must give 1.0 on them."""
    out.mkdir(parents=True, exist_ok=True)
    for rec in records:
        text = (SHARED / rec["path"]).read_text(encoding="utf-8")
        atts = []
        for a in rec["attributions"]:
            for k, (s, e) in enumerate(a["content"]):
                src = {"start": a["source"][0][0], "end": a["source"][0][1]} if a["source"] and k == 0 else None
                atts.append({"content": {"start": s, "end": e}, "speaker": src})
        result = {"article": {"text": text}, "attributions": atts}
        (out / f"{stem_of(rec)}.json").write_text(json.dumps(result), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD,
                    help="gold file in this layout (default: tests/gold/attributions_real31.jsonl)")
    ap.add_argument("--per-article", action="store_true", help="also score each article on its own")
    ap.add_argument("--show", action="store_true", help="print misses, speaker errors and spurious predictions")
    ap.add_argument("--selfcheck", action="store_true",
                    help="score the gold against itself (layout check, no analysis)")
    args = ap.parse_args()
    if not args.gold.is_file():
        sys.exit(f"--gold {args.gold}: no such file")
    records = load_gold(args.gold)
    if not records:
        sys.exit(f"--gold {args.gold}: no articles in it")
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp, "results")
        if args.selfcheck:
            records = [dict(r, attributions=[a for a in r["attributions"] if len(a["content"]) == 1]) for r in records]
            gold_as_results(records, results)
        else:
            analyze(records, results)
        n_gold = sum(len(r["attributions"]) for r in records)
        print(f"articles={len(records)} gold attributions={n_gold}")
        Path(tmp, "all").mkdir()
        print(score(records, Path(tmp, "all"), results))
        if args.per_article:
            for rec in records:
                sub = Path(tmp, stem_of(rec))
                sub.mkdir()
                print(f"  {stem_of(rec)}: {score([rec], sub, results)}")
        if args.show:
            for rec in records:
                show(rec, results)


if __name__ == "__main__":
    main()
