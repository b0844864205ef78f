"""Technique findings of the default pipeline (``analyze(text)``, no components named) on round 56's three pages:
``python scripts/tech56/measure56.py OUT.json``. Writes every finding (start, end, label, score, evidence kind,
whole-sentence flag) and genre.v1's label per page to OUT.json and prints counts only (no article text)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


draw56 = _load("tech56_draw", HERE / "draw.py")


def kind(evidence: str) -> str:
    parts = evidence.split(":")
    if parts[-1] in ("sentence", "paragraph", "head-sentence"):
        return parts[-1]
    if len(parts) > 1 and parts[1] in ("lexicon", "rule"):
        return ":".join(parts[1:])
    return "span"


def run(names: list[str]) -> list[dict]:
    from spinscope.api import analyze
    from spinscope.components.persuasion_models import split_sentences

    out = []
    for name in names:
        text = (draw56.TEXT / name).read_text(encoding="utf-8")
        r = analyze(text)
        sents = split_sentences(text, 0, len(text))
        found = [{"start": t.start, "end": t.end, "label": t.label, "score": round(t.score, 4),
                  "kind": kind(t.evidence), "evidence": t.evidence,
                  "sentence_long": any(t.start <= s + 2 and t.end >= e - 2 for s, e in sents)}
                 for t in r.techniques]
        out.append({"path": name, "chars": len(text), "genre": r.genre.label if r.genre else None,
                    "findings": found})
    return out


if __name__ == "__main__":
    names, dev, held = draw56.sample56()
    rows = run(names)
    Path(sys.argv[1]).write_text(json.dumps(rows, indent=1))
    for r in rows:
        c = Counter(f["label"] for f in r["findings"])
        tag = "D56" if r["path"] in dev else "H56"
        print(f"{tag} {r['path']}: {r['chars']} chars, genre {r['genre']}, {len(r['findings'])} findings: "
              + ", ".join(f"{k} {v}" for k, v in c.most_common()))
