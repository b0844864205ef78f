"""narr48: the committed multilingual narrative heads' probabilities for every SemEval-2025 subtask-2 article of
one language, as `predict semeval2025 --subtask 2` computes them (`multilingual_narratives`: the article's non-blank
lines are its paragraphs; only the lead paragraphs are embedded, which gives the same lead vector, the heads'
only input), and whether the article names each domain (`names_domain`). No label is read.

    python scripts/narr48/dump_probs.py LANG OUT.npz     # LANG: HI, BG, PT, RU
"""

import sys
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import article_vectors, lead_count, shared_model
from spinscope.components.narrative_domains import names_domain

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "semeval2025_task10"


def main(lang, out):
    model = shared_model()
    coarse, fine = model.heads["narratives"], model.heads["subnarratives"]
    names, cps, fps, urw, cc = [], [], [], [], []
    folder = DATA / lang / "raw-documents"
    files = sorted(folder.glob("*.txt"))
    for n, path in enumerate(files):
        text = path.read_text(encoding="utf-8")
        lines = [line for line in text.split("\n") if line.strip()]
        vectors = article_vectors(lines[:lead_count(lines)])
        cps.append(model.predict("narratives", vectors)[0])
        fps.append(model.predict("subnarratives", vectors)[0])
        names.append(path.name)
        urw.append(names_domain(text, "URW", lang.lower()))
        cc.append(names_domain(text, "CC", lang.lower()))
        if n % 50 == 0:
            print(lang, n, len(files), flush=True)
    np.savez(out, names=np.array(names), cp=np.array(cps), fp=np.array(fps), urw=np.array(urw), cc=np.array(cc),
             coarse_labels=np.array(coarse.labels), fine_labels=np.array(fine.labels))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
