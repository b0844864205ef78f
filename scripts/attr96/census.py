#!/usr/bin/env python3
"""Round 96's census of the PolNeAR tuning half's misses by construction (offsets and labels only, never text).

    PYTHONPATH=src python scripts/attr96/census.py base [r1 ...] > scripts/attr96/census.txt

For a saved run of ``scripts/attr86/dev.py --cache /tmp/attr96 --save NAME``, every gold record of the tuning half
with no found record at 30% (the scorer's one-to-one rule, ``attr_dev._match``) is labelled by the syntax between
its gold cue and its content (spaCy over the sentence): the cue's part of speech and the content's relation to it
(a clause, a to-infinitive, a noun object, a preposition's object, a passive's subject with the source in a
"by" phrase, a noun's complement), the speaker's shape (first or second person, none) and whether the cue stands
in the title. The counts are printed per run, and per construction the cue lemmas (the cue's last three lemmas:
words, never a run of text).
attr92's census (``scripts/attr92/errors_summary.txt``) counted the same misses by cue kind and speaker shape; this
one adds the construction, which is what a rule reads.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402

FIRST_SECOND = {"i", "we", "you", "me", "us", "my", "our", "your"}


def _label(doc, base: int, gc, gs, gq, title_end: int) -> str:  # type: ignore[no-untyped-def]
    a = min(s for s, _ in gc)
    b = max(e for _, e in gc)
    src = " ".join(doc.text[s - base:e - base] for s, e in gs).strip().lower()
    if not gq:
        return "no-cue"
    if gq[0][0] < title_end:
        return "title"
    if not gs:
        pre = "no-source:"
    elif src in FIRST_SECOND:
        pre = "first-second-person:"
    else:
        pre = ""
    cue = [t for t in doc if any(s <= t.idx + base < e for s, e in gq)]
    inside = [t for t in doc if a <= t.idx + base < b]
    if not cue or not inside:
        return pre + "unparsed"
    heads = [t for t in inside if t.head not in inside or t.head == t]
    head = heads[0] if heads else inside[0]
    verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")]
    nouns = [t for t in cue if t.pos_ in ("NOUN", "PROPN")]
    core = verbs[-1] if verbs else (nouns[-1] if nouns else cue[-1])
    kind = "verb" if verbs else "noun" if nouns else cue[-1].pos_.lower()
    # the content's relation to the cue: walk up from the content's head to a cue token
    rel, t, path = None, head, []
    for _ in range(6):
        path.append(t.dep_)
        if t.head in cue or t.head == core:
            rel = t.dep_
            break
        if t.head == t:
            break
        t = t.head
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in core.children) or (core.tag_ == "VBN" and any(
        c.dep_ == "agent" for c in core.children))
    if head in cue or any(q in inside for q in cue):
        return pre + f"{kind}:cue-inside-content"
    if passive and (head.dep_ in ("nsubjpass",) or b <= core.idx + base):
        return pre + f"{kind}:passive-subject"
    if rel is None:
        if b <= min(q.idx for q in cue) + base:
            return pre + f"{kind}:content-before-unlinked"
        return pre + f"{kind}:unlinked"
    if rel in ("ccomp", "advcl") and path[0] != "pobj":
        return pre + f"{kind}:clause"
    if rel == "xcomp" or (head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)):
        return pre + f"{kind}:to-infinitive"
    if rel in ("dobj", "dative", "attr", "oprd"):
        return pre + f"{kind}:object"
    if rel in ("prep", "pobj") or "pobj" in path:
        return pre + f"{kind}:preposition-object"
    if rel in ("acl", "relcl"):
        return pre + f"{kind}:noun-complement"
    if rel in ("nsubj", "nsubjpass"):
        return pre + f"{kind}:subject"
    return pre + f"{kind}:{rel}"


def census(run: Path):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(attr_dev.SCORER.parent))
    import score_attr  # type: ignore[import-not-found]
    import spacy

    from spinscope.settings import SPACY_MODEL

    nlp = spacy.load(SPACY_MODEL)
    labels: Counter[str] = Counter()
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    for stem in attr_dev.stems("tune"):
        original = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        title_end = original.find("\n") if "\n" in original.strip() else original.find(". ") + 1
        result = json.loads((run / f"{stem}.json").read_text())
        pred = score_attr.predicted(result, original)
        used: set[int] = set()
        for gc, gs, gq in attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann"):
            bi, best = attr_dev._match(gc, pred, used)
            if bi is not None:
                continue
            if best > 0:
                labels["overlap-under-0.3"] += 1
                continue
            lo = min([min(s for s, _ in gc), *(s for s, _ in gq), *(s for s, _ in gs)])
            hi = max([max(e for _, e in gc), *(e for _, e in gq), *(e for _, e in gs)])
            base = max(0, original.rfind(". ", 0, max(0, lo - 1)) + 2 if original.rfind(". ", 0, lo) > 0 else 0)
            doc = nlp(original[base:hi + 2])
            lab = _label(doc, base, gc, gs, gq, title_end)
            labels[lab] += 1
            cue = [t.lemma_.lower() for t in doc if any(s <= t.idx + base < e for s, e in gq)]
            lemmas[lab][" ".join(cue[-3:]) or "-"] += 1  # the cue's last three lemmas: words, never a run of text
    return labels, lemmas


def main() -> None:
    for name in sys.argv[1:]:
        labels, lemmas = census(Path("/tmp/attr96") / f"run_{name}")
        print(f"===== {name}: {sum(labels.values())} missed")
        for lab, n in labels.most_common():
            top = ", ".join(f"{k} {v}" for k, v in lemmas[lab].most_common(8))
            print(f"  {lab:42s} {n:4d}  {top}")


if __name__ == "__main__":
    main()
