#!/usr/bin/env python3
"""Score ``attributions.v1`` on polnear_dev by halves, and list its errors on the tuning half.

The 84 articles are split by file name (``sha1(stem) % 2``: 0 is the tuning half, 43 articles; 1 the held-out
half, 41): rules are studied only on the tuning half, and both halves are reported.

    python scripts/attr_dev.py score [--half tune|held|all]          # analyze (parse cached) and score
    python scripts/attr_dev.py score --jsonl RUN.jsonl                 # score a full `spinscope analyze` run by halves
    python scripts/attr_dev.py errors [--limit N]                      # missed gold and spurious predictions (tune)
    python scripts/attr_dev.py kinds [--show KIND]                     # the tuning half's misses counted by kind
    python scripts/attr_dev.py bands                                   # precision and speaker accuracy by score

Scoring goes through the acceptance scorer ``../shared/eval/score_attr.py TEXT_DIR ANN_DIR RESULTS_DIR`` on
directories of symlinks, so the figures are the official metric on each half. Each article is parsed afresh
(components up to ``entities.v1``): a cache would go stale when the segmenter changes, and a pickle in a shared
temporary folder is not safe to load.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "polnear_dev"
SCORER = ROOT.parent / "shared" / "eval" / "score_attr.py"
UPSTREAM = ("language.v1", "segment.v1", "entities.v1")


def half_of(stem: str) -> str:
    return "tune" if int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 2 == 0 else "held"


def stems(half: str) -> list[str]:
    return sorted(p.stem for p in (DATA / "attributions").glob("*.ann") if half == "all" or half_of(p.stem) == half)


def _parsed(stem: str, upstream):  # type: ignore[no-untyped-def]
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    item = next(iter(iter_paths([DATA / "text" / f"{stem}.txt"])))
    return upstream.run(make_document(item))


def analyze(names: list[str], out: Path) -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.pipeline import Pipeline

    extractor, upstream = AttributionExtractor(), Pipeline.from_names(UPSTREAM)
    out.mkdir(parents=True, exist_ok=True)
    for stem in names:
        doc = extractor(_parsed(stem, upstream))
        result = {"article": {"text": doc.text}, "attributions": [a.model_dump(mode="json") for a in doc.attributions]}
        (out / f"{stem}.json").write_text(json.dumps(result), encoding="utf-8")


def score(names: list[str], results: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        text_dir, ann_dir = Path(tmp, "text"), Path(tmp, "ann")
        text_dir.mkdir()
        ann_dir.mkdir()
        for stem in names:
            (text_dir / f"{stem}.txt").symlink_to(DATA / "text" / f"{stem}.txt")
            (ann_dir / f"{stem}.ann").symlink_to(DATA / "attributions" / f"{stem}.ann")
        run = subprocess.run([sys.executable, str(SCORER), str(text_dir), str(ann_dir), str(results)],
                             capture_output=True, text=True, check=True)
        return run.stdout.strip()


def _split_jsonl(jsonl: Path, out: Path) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (DATA / "text").glob("*.txt")}
    out.mkdir(parents=True, exist_ok=True)
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        body = json.loads(line)["article"]["text"].strip()
        key = body[:120] if len(body) < 400 else body[200:320]
        stem = next((s for s, t in texts.items() if key and key in t), None)
        if stem:
            (out / f"{stem}.json").write_text(line, encoding="utf-8")


def _gold_cues(ann: Path) -> dict[tuple[tuple[int, int], ...], str]:
    """Gold content spans -> the text of their cue."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    out: dict[tuple[tuple[int, int], ...], str] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, mid, surface = line.split("\t", 2)
            typ, rng = mid.split(" ", 1)
            spans[tid] = (typ, [tuple(map(int, p.split())) for p in rng.split(";")], surface)  # type: ignore[misc]
        elif line.startswith("E"):
            parts = dict(p.split(":") for p in line.split("\t")[1].split())
            if "Content" in parts and parts["Content"] in spans:
                out[tuple(spans[parts["Content"]][1])] = spans.get(parts.get("Cue", ""), ("", [], ""))[2]
    return out


def _match(gc: list[tuple[int, int]], pred: list, used: set[int]) -> tuple[int | None, float]:  # type: ignore[type-arg]
    """(the unused prediction whose content covers most of the gold content ``gc``, or None when none covers 30%:
    the scorer's one-to-one rule; the best share covered). A match is marked used."""
    import score_attr  # type: ignore[import-not-found]  # ../shared/eval, put on sys.path by the callers

    glen = sum(e - s for s, e in gc)
    best, bi = 0.0, None
    for i, (pc, _ps) in enumerate(pred):
        ov = score_attr.overlap(gc, pc) / max(1, glen) if i not in used else 0.0
        if ov > best:
            best, bi = ov, i
    if bi is None or best < 0.3:
        return None, best
    used.add(bi)
    return bi, best


def errors(limit: int) -> None:
    """Missed gold attributions and unmatched predictions on the tuning half, with their text."""
    sys.path.insert(0, str(SCORER.parent))
    import score_attr  # type: ignore[import-not-found]

    names = stems("tune")
    with tempfile.TemporaryDirectory() as tmp:
        analyze(names, Path(tmp))
        missed, spurious, wrong_speaker = [], [], []
        rule_hits: dict[str, int] = {}
        rule_all: dict[str, int] = {}
        for stem in names:
            original = (DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            gold = score_attr.load_gold(DATA / "attributions" / f"{stem}.ann")
            result = json.loads(Path(tmp, f"{stem}.json").read_text())
            pred, rules, scores = [], [], []
            for a in result["attributions"]:
                one = score_attr.predicted({**result, "attributions": [a]}, original)
                if one:
                    pred.append(one[0])
                    rules.append(":".join(a["evidence"].split(":")[1:4]))
                    scores.append(f"{a['score']:.2f} {a['evidence'].split(':', 1)[1]}")
            used: set[int] = set()
            cues = _gold_cues(DATA / "attributions" / f"{stem}.ann")
            for gc, gs in gold:
                bi, best = _match(gc, pred, used)
                show = " | ".join(original[s:e] for s, e in gc)
                cue = cues.get(tuple(gc), "")
                src = " ".join(original[s:e] for s, e in gs)
                if bi is not None:
                    rule_hits[rules[bi]] = rule_hits.get(rules[bi], 0) + 1
                    if gs and score_attr.overlap(gs, pred[bi][1]) == 0:
                        ps = " ".join(original[s:e] for s, e in pred[bi][1])
                        wrong_speaker.append(f"{stem} [{scores[bi]}]\n  GOLD SRC: {src!r}  PRED SRC: {ps!r}\n"
                                             f"  {show[:200]!r}")
                else:
                    a, b = min(s for s, _ in gc), max(e for _, e in gc)
                    ctx = original[max(0, a - 150):a] + "[[" + original[a:b] + "]]" + original[b:b + 100]
                    missed.append(f"{stem} best={best:.2f} CUE={cue!r} SRC={src!r}\n  {' '.join(ctx.split())[:600]}")
            for rule in rules:
                rule_all[rule] = rule_all.get(rule, 0) + 1
            for i, (pc, ps) in enumerate(pred):
                if i not in used:
                    spk = " ".join(original[s:e] for s, e in ps)
                    spurious.append(f"{stem} [{scores[i]}] SRC={spk!r}\n"
                                    f"  {' '.join(original[pc[0][0]:pc[0][1]].split())[:300]}")
    print("===== RULES (found / predicted)")
    for rule, n in sorted(rule_all.items(), key=lambda kv: -kv[1]):
        print(f"  {rule:50s} {rule_hits.get(rule, 0):4d} / {n:4d}  {rule_hits.get(rule, 0) / n:.2f}")
    for title, rows in (("MISSED", missed), ("SPURIOUS", spurious), ("WRONG SPEAKER", wrong_speaker)):
        print(f"===== {title}: {len(rows)}")
        for row in rows[:limit]:
            print(row)


def _gold_triples(ann: Path) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]]:
    """Gold (content, source, cue) spans of one file."""
    sys.path.insert(0, str(SCORER.parent))
    import score_attr  # type: ignore[import-not-found]

    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, mid, _ = line.split("\t", 2)
            spans[tid] = score_attr.spans(mid.split(" ", 1)[1])
        elif line.startswith("E"):
            parts = dict(p.split(":") for p in line.split("\t")[1].split())
            content = spans.get(parts.get("Content", ""), [])
            if content:
                out.append((content, spans.get(parts.get("Source", ""), []), spans.get(parts.get("Cue", ""), [])))
    return out


def kinds(show: str | None) -> None:
    """The tuning half's missed gold counted by kind of cue (a rough heuristic over the gold cue's words and the
    parse of its sentence): verbs of saying, of holding a view or acting (believe, want, attack ...), noun and
    adjective cues, "according to", no source, a content found with too little overlap; saying verbs split into
    same sentence, a conjunct sharing its subject, and a cue in another sentence."""
    sys.path.insert(0, str(SCORER.parent))
    import score_attr
    import spacy

    from spinscope.components.attribution import rules as r
    from spinscope.settings import SPACY_MODEL

    nlp = spacy.load(SPACY_MODEL)
    say = (r.REPORTING_VERBS - r.BELIEF_VERBS - {"argue", "insist"}) | {"say", "tell", "add", "explain", "write"}
    stance = r.BELIEF_VERBS | r.INTENTION_VERBS | r.STANCE_OBJECT_VERBS | r.EFFORT_VERBS | {"argue", "insist"}
    counts: dict[str, int] = {}
    rows: dict[str, list[str]] = {}
    names = stems("tune")
    with tempfile.TemporaryDirectory() as tmp:
        analyze(names, Path(tmp))
        for stem in names:
            original = (DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            result = json.loads(Path(tmp, f"{stem}.json").read_text())
            pred = score_attr.predicted(result, original)
            used: set[int] = set()
            for gc, gs, gq in _gold_triples(DATA / "attributions" / f"{stem}.ann"):
                bi, best = _match(gc, pred, used)
                if bi is not None:
                    continue
                a = min(s for s, _ in gc)
                lo = min([a, *(s for s, _ in gq), *(s for s, _ in gs)])
                hi = max([max(e for _, e in gc), *(e for _, e in gq), *(e for _, e in gs)])
                base = max(0, original.rfind(".", 0, max(0, lo - 1)) - 200)
                doc = nlp(original[base:hi + 50])
                cue_toks = [t for t in doc if any(s <= t.idx + base < e for s, e in gq)]
                lemmas = {t.lemma_.lower() for t in cue_toks}
                first = next((t for t in doc if t.idx + base >= a), None)
                same_sentence = first is not None and any(t.sent == first.sent for t in cue_toks)
                cue = " ".join(original[s:e] for s, e in gq)

                def shared(v: list) -> bool:  # type: ignore[type-arg]
                    return bool(v) and v[0].dep_ == "conj" and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in v[0].children)

                if best > 0:
                    kind = "content overlap under 0.3"
                elif not gs:
                    kind = "no source"
                elif "according" in cue.lower():
                    kind = "according to"
                elif not gq:
                    kind = "no cue"
                elif lemmas & say:
                    verbs = [t for t in cue_toks if t.lemma_.lower() in say]
                    kind = ("saying verb: cue in another sentence" if not same_sentence else
                            "saying verb: conjunct sharing a subject" if shared(verbs) else
                            "saying verb: same sentence")
                elif lemmas & stance:
                    verbs = [t for t in cue_toks if t.lemma_.lower() in stance]
                    kind = ("view or act verb: conjunct sharing a subject" if shared(verbs) else
                            "view or act verb: belief" if lemmas & r.BELIEF_VERBS else
                            "view or act verb: intention" if lemmas & r.INTENTION_VERBS else
                            "view or act verb: object")
                elif any(t.pos_ == "NOUN" for t in cue_toks) and not any(t.pos_ == "VERB" for t in cue_toks):
                    kind = "noun cue"
                elif any(t.pos_ == "ADJ" for t in cue_toks) and not any(t.pos_ == "VERB" for t in cue_toks):
                    kind = "adjective cue"
                else:
                    kind = "other verb or phrase"
                counts[kind] = counts.get(kind, 0) + 1
                ctx = " ".join((original[max(0, lo - 100):lo] + "[[" + original[lo:hi] + "]]").split())
                rows.setdefault(kind, []).append(f"{stem} CUE={cue!r}\n  {ctx[-400:]}")
    for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{kind:45s} {n:4d}")
    print(f"{'all missed':45s} {sum(counts.values()):4d}")
    for kind, found in rows.items():
        if show and kind.startswith(show):
            print(f"===== {kind}")
            print("\n".join(found))


#: Upper bounds of the score bands that ``bands`` reports.
BANDS = (0.3, 0.5, 0.7, 0.85, 1.01)


def bands() -> None:
    """Precision and speaker accuracy of the tuning half's predictions by score band: a score is worth only what
    it says if a wrong speaker or a spurious finding is rarer the higher it goes. The speaker is right when its span
    overlaps the gold source, as the acceptance scorer counts it; resolved names are not scored."""
    sys.path.insert(0, str(SCORER.parent))
    import score_attr

    rows = {b: [0, 0, 0, 0, 0] for b in BANDS}  # predicted, found, with a gold source, speaker right, no speaker
    by_link: dict[str, list[float]] = {}  # how the speaker was resolved: with a gold source, right, sum of scores
    names = stems("tune")
    with tempfile.TemporaryDirectory() as tmp:
        analyze(names, Path(tmp))
        for stem in names:
            original = (DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            result = json.loads(Path(tmp, f"{stem}.json").read_text())
            pred, scores, links = [], [], []
            for a in result["attributions"]:
                one = score_attr.predicted({**result, "attributions": [a]}, original)
                if one:
                    pred.append(one[0])
                    scores.append(a["score"])
                    links.append(a["evidence"].split(":coref:")[1] if ":coref:" in a["evidence"] else "(none)")
            used: set[int] = set()
            for gc, gs in score_attr.load_gold(DATA / "attributions" / f"{stem}.ann"):
                bi, _ = _match(gc, pred, used)
                if bi is not None:
                    row = rows[next(b for b in BANDS if scores[bi] < b)]
                    row[1] += 1
                    if gs:
                        row[2] += 1
                        row[3] += score_attr.overlap(gs, pred[bi][1]) > 0
                        row[4] += not pred[bi][1]
                        link = by_link.setdefault(links[bi], [0, 0, 0.0])
                        link[0] += 1
                        link[1] += score_attr.overlap(gs, pred[bi][1]) > 0
                        link[2] += scores[bi]
            for i, (_pc, _ps) in enumerate(pred):
                rows[next(b for b in BANDS if scores[i] < b)][0] += 1
    print(f"{'score band':12s} {'predicted':>9s} {'precision':>9s} {'speakers':>8s} {'accuracy':>8s} "
          f"{'no speaker':>10s}")
    low = 0.0
    for b, (n, found, with_src, right, empty) in rows.items():
        print(f"{low:.2f}-{min(b, 1.0):.2f}    {n:9d} {found / max(1, n):9.3f} {with_src:8d} "
              f"{right / max(1, with_src):8.3f} {empty:10d}")
        low = b
    print(f"\n{'speaker resolution':22s} {'speakers':>8s} {'accuracy':>8s} {'mean score':>10s}")
    for link, (n, right, total) in sorted(by_link.items(), key=lambda kv: -kv[1][0]):
        print(f"{link:22s} {n:8.0f} {right / n:8.3f} {total / n:10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_score = sub.add_parser("score")
    p_score.add_argument("--half", choices=("tune", "held", "all", "both"), default="both")
    p_score.add_argument("--jsonl", type=Path)
    p_err = sub.add_parser("errors")
    p_err.add_argument("--limit", type=int, default=100000)
    p_kinds = sub.add_parser("kinds")
    p_kinds.add_argument("--show", help="list the misses of the kinds starting with this")
    sub.add_parser("bands")
    args = parser.parse_args()
    if args.command == "bands":
        bands()
        return
    if args.command == "errors":
        errors(args.limit)
        return
    if args.command == "kinds":
        kinds(args.show)
        return
    halves = ("tune", "held", "all") if args.half == "both" else (args.half,)
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp)
        if args.jsonl:
            _split_jsonl(args.jsonl, results)
        else:
            analyze(stems("all" if args.half == "both" else args.half), results)
        for half in halves:
            print(f"{half:5s} ({len(stems(half))} articles): {score(stems(half), results)}")


if __name__ == "__main__":
    main()
