"""narr49: `predict semeval2025 --subtask 2`'s decision for every article of BG, PT, RU (and HI), recomputed from the
cached lead vectors (the heads' only input) with `narratives_of` and the domain-word check exactly as
`multilingual_narratives` applies them, once with main's model folder and once with the branch's; compared with
each other and with main's `predict` files. (A full `predict` run on the four languages did not fit the 2 shared
cores this round: it embeds every paragraph, not only the lead.)

    python scripts/narr49/check_outputs.py LEADS_DIR MAIN_MODEL_DIR MAIN_PRED_DIR
"""

import sys
from pathlib import Path

import numpy as np
from crossfit import f1, load_tsv

from spinscope.components.multilingual import MODEL_DIR, ArticleVectors, MultilingualModel, narratives_of
from spinscope.components.narrative_domains import names_domain

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "semeval2025_task10"


def load_tsv_lines(lines):
    return {r[0]: tuple(frozenset(x for x in r[i].split(";") if x and x != "Other") for i in (1, 2))
            for r in (line.split("\t") for line in lines)}


def lines_of(model, lang, names, leads):
    out = []
    for name, lead in zip(names, leads, strict=True):
        text = (DATA / lang / "raw-documents" / name).read_text(encoding="utf-8")
        vectors = ArticleVectors(np.zeros((0, 384), dtype=np.float32), lead, lead)
        domain, kept, subs, _ = narratives_of(model, vectors, lang.lower())
        if not names_domain(text, domain, lang.lower()):
            kept, subs = [], []
        out.append(f"{name}\t{';'.join(x for x, _ in kept) or 'Other'}\t{';'.join(x for x, _ in subs) or 'Other'}")
    return out


def main(leads, main_model, main_pred):
    old, new = MultilingualModel(Path(main_model)), MultilingualModel(MODEL_DIR)
    for lang in ("BG", "PT", "RU", "HI"):
        d = np.load(Path(leads) / f"{lang.lower()}_lead.npz")
        names, vecs = [str(x) for x in d["names"]], d["lead"].astype(np.float32)
        a, b = lines_of(old, lang, names, vecs), lines_of(new, lang, names, vecs)
        pred = dict(line.split("\t", 1) for line in (Path(main_pred) / f"main47_{lang}.txt").read_text(
            encoding="utf-8").splitlines())
        if lang == "HI":  # main's predict reads Hindi with the English model: the branch's lines against the gold
            gold = load_tsv(DATA / "HI" / "subtask-2-annotations.txt")
            got = load_tsv_lines(b)
            c = np.mean([f1(gold[n][0], got[n][0]) for n in names])
            f = np.mean([f1(gold[n][1], got[n][1]) for n in names])
            others = sum(line.endswith("\tOther\tOther") for line in b)
            print(f"HI: branch lines, in-sample samples-F1 coarse / fine {c:.4f} / {f:.4f} (the heads saw every HI "
                  f"article); {others} of {len(b)} Other")
            Path("/tmp/narr49/branch_HI_cached.txt").write_text("".join(x + "\n" for x in b), encoding="utf-8")
            continue
        vs_file = sum(pred[x.split("\t", 1)[0]] != x.split("\t", 1)[1] for x in a)
        changed = sum(x != y for x, y in zip(a, b, strict=True))
        print(f"{lang}: {len(names)} articles; main's model recomputed vs main's predict file: {vs_file} differ; "
              f"branch model vs main's model: {changed} differ")


if __name__ == "__main__":
    main(*sys.argv[1:4])
