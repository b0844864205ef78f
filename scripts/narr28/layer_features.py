"""Round 28 (narr28): per-article features from spinscope's own layers (scripts/narr28/RULE.md), read from one
`spinscope analyze --format jsonl -o DIR` pass over the SemEval-2025 English raw documents (one file per article,
named STEM-HASH.jsonl). No label is read.

Build the pass (one process, about 10-15 min on shared cores):
  nice -n 10 python -m spinscope analyze ../shared/data/semeval2025_task10/EN/raw-documents/ --format jsonl \
    --components language.v1,segment.v1,sentence-vectors.v1,techniques.v1,genre.v1,frames.v1,entities.v1,\
actors.v1,attributions.v1,events.v1 -o /tmp/narr28/layers/
Usage: python scripts/narr28/layer_features.py /tmp/narr28/layers OUT.npz"""

import json
import math
import sys
from pathlib import Path

import numpy as np

from spinscope.training.data import FRAMES, GENRES, TECHNIQUES

#: The event types events.v1 emits (the 16 PLOVER types of RULE.md and INVESTIGATE, which events.v1 also emits).
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
               "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "INVESTIGATE")
COUNTRIES = ("RUS", "UKR", "USA", "CHN", "GBR")


def names():
    return [*(f"tech:{t}" for t in TECHNIQUES), "tech:all", "tech:sentence_share", *(f"genre:{g}" for g in GENRES),
            *(f"frame:{f}" for f in FRAMES), *(f"actor:{c}" for c in (*COUNTRIES, "other", "none")), "actor:IGO",
            "actor:NGO", "actor:distinct", *(f"event:{e}" for e in EVENT_TYPES), "event:all", "event:not_asserted",
            "attr:all", "attr:direct_share"]


def features(result):
    """The layer feature row of one analyze result (RULE.md's list, in ``names()``'s order)."""
    art = result["article"]
    w = max(len(art["text"].split()) / 1000.0, 0.1)

    def rate(x):
        return math.log1p(x / w)

    tech = [t["label"] for t in result["techniques"]]
    unknown = set(tech) - set(TECHNIQUES)
    if unknown:
        raise ValueError(f"techniques outside the SemEval-2023 list: {sorted(unknown)}")
    sentences = art["sentences"]
    spans = [(t["start"], t["end"]) for t in result["techniques"]]
    with_tech = sum(any(s < se["end"] and e > se["start"] for s, e in spans) for se in sentences)
    genre = {g["label"]: g["score"] for g in result["genre"]["scores"]}
    frames = {f["label"]: f["score"] for f in result["frames"]}
    countries = dict.fromkeys((*COUNTRIES, "other", "none"), 0)
    igo = ngo = 0
    for a in result["actors"]:
        n = max(len(a.get("mentions") or []), 1)
        code = a.get("code") or ""
        country = a.get("country") or (code[:3] if len(code) >= 3 and code[:3].isalpha() and
                                       not code.startswith(("IGO", "NGO", "MNC")) else None)
        countries[country if country in COUNTRIES else ("none" if country is None else "other")] += n
        igo += n * code.startswith("IGO")
        ngo += n * code.startswith("NGO")
    events = [e["label"] for e in result["events"]]
    not_asserted = sum(e.get("mode") not in (None, "asserted") for e in result["events"])
    attrs = result["attributions"]
    return [*(rate(tech.count(t)) for t in TECHNIQUES), rate(len(tech)), with_tech / max(len(sentences), 1),
            *(genre.get(g, 0.0) for g in GENRES), *(frames.get(f, 0.0) for f in FRAMES),
            *(rate(countries[c]) for c in (*COUNTRIES, "other", "none")), rate(igo), rate(ngo),
            rate(len(result["actors"])), *(rate(events.count(e)) for e in EVENT_TYPES), rate(len(events)),
            not_asserted / max(len(events), 1), rate(len(attrs)),
            sum(a.get("kind") == "direct" for a in attrs) / max(len(attrs), 1)]


def main():
    folder, out = Path(sys.argv[1]), sys.argv[2]
    ids, rows = [], []
    for path in sorted(folder.glob("*.jsonl")):
        result = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        if result.get("errors"):
            print(f"  {path.name}: errors {result['errors']}")
        ids.append(path.name.rsplit("-", 1)[0] + ".txt")
        rows.append(features(result))
    x = np.array(rows, dtype=np.float64)
    assert x.shape[1] == len(names())
    np.savez(out, ids=np.array(ids), names=np.array(names()), x=x)
    print(f"{len(ids)} articles, {x.shape[1]} columns -> {out}; columns never non-zero: "
          f"{[n for n, c in zip(names(), (x != 0).any(axis=0), strict=True) if not c]}")


if __name__ == "__main__":
    main()
