"""Round 19 (docs/EVALUATION.md, "Techniques, round 19"), step 1: how noisy is the shipped `techniques.v1` on
straight news? The shipped component (`TechniqueSpans(sentence_head=True)`, shipped thresholds; round 18's
harness: the tagger's forward pass replaced by round 16's cached scores of the 87 English validation articles,
never seen by the tagger) on every validation article, findings counted by genre (subtask-1 label): findings per
1,000 words, one-word findings (one content word), findings cut inside a word, and how many lie on no gold span
of any technique (all 87 are PTC train or dev articles, so their span gold is PTC's). Every one-word finding on the
reporting articles is printed for reading.

    python scripts/tech19/noise.py [--out /tmp/tech19/shipped.pkl]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech18"))

from harness import Runner

from spinscope.components.persuasion_models import _inside_word, content_words


def kind(evidence: str) -> str:
    if evidence.startswith("techniques.v1:lexicon"):
        return "lexicon"
    if ":rule:" in evidence:
        return evidence.rsplit(":", 1)[1]
    for tail in ("head-sentence", "sentence", "paragraph"):
        if evidence.endswith(":" + tail):
            return tail
    return "model"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scores", type=Path, default=Path("/tmp/tech16/val_scores.pkl"))
    ap.add_argument("--vectors", type=Path, default=Path("/tmp/tech16/val_sent.npz"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/tech19/shipped.pkl"))
    args = ap.parse_args()
    r = Runner(args.scores, args.vectors)
    found = {}
    for aid in r.ids:
        r.current = aid
        r.findings(aid, None)  # warms the config
    import copy

    from spinscope.cli.train import _document

    for aid in r.ids:
        r.component.tagger.config = copy.deepcopy(r.base_config)
        r.current = aid
        text = r.articles[aid].text
        doc = _document(text)
        sentences = [(s.start, s.end) for s in doc.sentences if text[s.start:s.end].strip()]
        doc.sentence_vectors = (sentences, r.vectors[aid])
        doc = r.component(doc)
        found[aid] = [(t.start, t.end, t.label, kind(t.evidence), float(t.score)) for t in doc.techniques]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(pickle.dumps({"ids": r.ids, "found": found}))
    stats: dict[str, Counter[str]] = {}
    for aid in r.ids:
        art = r.articles[aid]
        text = art.text
        g = "reporting" if art.genre == "reporting" else "opinion+satire"
        c = stats.setdefault(g, Counter())
        c["articles"] += 1
        c["words"] += len(text.split())
        gold = [(s.start, s.end) for s in art.spans]
        c["gold"] += len(gold)
        for s, e, label, k, score in found[aid]:
            c["findings"] += 1
            c[f"kind:{k}"] += 1
            on_gold = any(s < ge and e > gs for gs, ge in gold)
            c["off_gold"] += not on_gold
            if _inside_word(text, s) or _inside_word(text, e):
                c["cut"] += 1
            if len(content_words(text[s:e])) == 1:
                c["one"] += 1
                c["one_off_gold"] += not on_gold
                c[f"one:{label}"] += 1
                if g == "reporting":
                    print(f"  {aid} {label:28s} {k:8s} {score:.2f} {'gold' if on_gold else '----'} "
                          f"{text[s:e]!r:30s} | {text[max(0, s - 50):e + 50]!r}")
    for g, c in stats.items():
        kw = c["words"] / 1000
        print(f"{g}: {c['articles']} articles, {c['words']} words; findings {c['findings']} "
              f"({c['findings'] / kw:.1f} per 1,000 words), gold spans {c['gold'] / kw:.1f} per 1,000 words; "
              f"off any gold {c['off_gold']} ({c['off_gold'] / max(1, c['findings']):.0%}); one-word {c['one']} "
              f"({c['one'] / kw:.2f} per 1,000 words, {c['one_off_gold']} off gold); cut inside a word {c['cut']}")
        print("   ", {k: v for k, v in sorted(c.items()) if k.startswith(("kind:", "one:"))})


if __name__ == "__main__":
    main()
