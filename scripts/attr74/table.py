#!/usr/bin/env python3
"""The PolNeAR tuning half's errors by pattern (round 72): offsets and pattern labels only, never article text.

    python scripts/attr74/table.py [--out scripts/attr74/errors_tune.tsv]

Every missed gold record, every unmatched (spurious) prediction and every found record whose speaker does not
overlap the gold source is written as one row: stem, error kind, content start/end, cue lemma(s) (the gold cue for
a miss or a wrong speaker, the rule's lemma for a spurious finding), cue kind, speaker shape, quote style, and
whether cue and content share a sentence. The summary counts the rows by each label. Only the tuning half is read
(``scripts/attr_dev.py``'s split); matching is the acceptance scorer's one-to-one rule as ``attr_dev.errors``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402

PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "his", "its", "their",
            "our", "my", "your", "who", "which", "that", "this", "these", "those", "one", "some", "others", "many"}
TITLES = {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "president", "secretary", "senator", "chief",
          "director", "chairman", "spokesman", "spokeswoman", "minister", "judge", "justice", "officer", "former",
          "democratic", "republican", "gop", "retired", "vice"}
QUOTES = "\"“”'‘’«»"
SAY = {"say", "tell", "add", "explain", "write", "state", "claim", "report", "announce", "note", "argue", "insist",
       "warn", "ask", "reply", "respond", "suggest", "speak", "talk", "call", "describe", "show", "reveal"}


def speaker_shape(src: str, cue: str) -> str:
    s = src.strip()
    low = s.lower()
    if "according" in cue.lower():
        return "according-to"
    if not s:
        return "none"
    if low in PRONOUNS or low.rstrip("’'s") in PRONOUNS:
        return "pronoun"
    first = low.split()[0]
    if first == "by" or any(w in cue.lower().split() for w in ("was", "were", "been", "is", "are", "be")):
        return "passive-or-copula"
    if first in TITLES or any(t in low.split() for t in ("president", "sen.", "rep.", "gov.")):
        return "title"
    if "," in s or " who" in low:
        return "apposition-or-relative"
    if s[0].isupper():
        return "name" if len(s.split()) <= 3 else "long-name-phrase"
    return "common-noun"


def quote_style(text: str, spans: list[tuple[int, int]]) -> str:
    a, b = min(s for s, _ in spans), max(e for _, e in spans)
    inside = text[a:b]
    edge = text[max(0, a - 1):a + 1] + text[max(a, b - 1):b + 1]
    if any(q in edge for q in QUOTES):
        return "quoted"
    if any(q in inside for q in "\"“”"):
        return "partly-quoted"
    return "unquoted"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "scripts" / "attr74" / "errors_tune.tsv")
    args = parser.parse_args()
    sys.path.insert(0, str(attr_dev.SCORER.parent))
    import score_attr  # type: ignore[import-not-found]
    import spacy

    from spinscope.settings import SPACY_MODEL

    nlp = spacy.load(SPACY_MODEL)
    rows: list[dict[str, str]] = []
    names = attr_dev.stems("tune")
    with tempfile.TemporaryDirectory() as tmp:
        attr_dev.analyze(names, Path(tmp))
        for stem in names:
            text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            result = json.loads(Path(tmp, f"{stem}.json").read_text())
            pred, rules = [], []
            for a in result["attributions"]:
                one = score_attr.predicted({**result, "attributions": [a]}, text)
                if one:
                    pred.append(one[0])
                    rules.append(a["evidence"].split(":", 1)[1] if ":" in a["evidence"] else a["evidence"])
            used: set[int] = set()
            for gc, gs, gq in attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann"):
                bi, best = attr_dev._match(gc, pred, used)
                cue = " ".join(text[s:e] for s, e in gq)
                src = " ".join(text[s:e] for s, e in gs)
                if bi is not None and (not gs or score_attr.overlap(gs, pred[bi][1]) > 0):
                    continue
                kind = "missed" if bi is None else "wrong-speaker"
                lemmas = " ".join(t.lemma_.lower() for t in nlp(cue) if t.pos_ in ("VERB", "NOUN", "ADJ", "AUX")
                                  or t.lower_ == "according")
                lemmas = " ".join(lemmas.split()[:3]) or "-"  # three lemmas at most: labels, never a run of text
                a, b = min(s for s, _ in gc), max(e for _, e in gc)
                same = "same-sentence" if gq and abs(gq[0][0] - a) < 400 and "." not in text[
                    min(gq[0][0], b):max(gq[0][0], a)].replace("Mr.", "").replace("Mrs.", "") else "apart"
                cue_kind = ("saying" if set(lemmas.split()) & SAY else "according" if "according" in lemmas
                            else "noun" if lemmas and all(t.pos_ == "NOUN" for t in nlp(lemmas.split()[-1]))
                            else "none" if not gq else "view-or-act")
                rows.append({"stem": stem, "error": kind, "start": str(a), "end": str(b), "cue": lemmas,
                             "cue_kind": cue_kind, "speaker": speaker_shape(src, cue),
                             "quote": quote_style(text, gc), "cue_place": same,
                             "overlap": f"{best:.2f}", "rule": rules[bi] if bi is not None else "-"})
            for i, (pc, ps) in enumerate(pred):
                if i in used:
                    continue
                rule = rules[i]
                parts = rule.split(":")
                lemma = parts[1] if len(parts) > 1 and parts[0] in ("reporting-verb", "stance-verb", "stance-noun",
                                                                    "stance-adjective") else parts[0]
                src = " ".join(text[s:e] for s, e in ps)
                rows.append({"stem": stem, "error": "spurious", "start": str(pc[0][0]), "end": str(pc[-1][1]),
                             "cue": lemma, "cue_kind": parts[0], "speaker": speaker_shape(src, ""),
                             "quote": quote_style(text, pc), "cue_place": "-", "overlap": "-", "rule": rule})
    cols = ["stem", "error", "start", "end", "cue", "cue_kind", "speaker", "quote", "cue_place", "overlap", "rule"]
    args.out.write_text("\t".join(cols) + "\n" + "\n".join("\t".join(r[c] for c in cols) for r in rows) + "\n",
                        encoding="utf-8")
    for error in ("missed", "spurious", "wrong-speaker"):
        part = [r for r in rows if r["error"] == error]
        print(f"===== {error}: {len(part)}")
        for col in ("cue_kind", "speaker", "quote", "cue_place", "cue"):
            top = Counter(r[col] for r in part).most_common(12 if col == "cue" else 8)
            print(f"  {col:10s} " + ", ".join(f"{k} {n}" for k, n in top))


if __name__ == "__main__":
    main()
