"""Round 25 (narr25), part B of RULE.md: the sub-narrative support bar on the path `spinscope predict semeval2025
--subtask 2` takes (NarrativeModel.predict_article). For every outer fold of a fold cache of the shipped procedure
(scripts/narr22/cache_n22.py P ship), the inner CV's choice is read from the cache (round 17's harness,
scripts/narr17/levers.py, variant base), the model it would ship is fitted on the outer training part
(training/semeval2025.py:_fit_chosen, as scripts/narr17/article_path.py), and every outer test article is predicted
with SUPPORT_MIN 0: its narratives, sub-narratives and each sub-narrative's best-sentence score are saved, so any bar
can be applied afterwards (scripts/narr25/support_bar.py).
Check: predict_rows of the fitted model reproduces the cache's outer rows (printed per fold).
Usage: python scripts/narr25/support_cache.py CACHE.pkl OUT.json"""

import json
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
import levers as L

from spinscope.components import narratives as N
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
EMBED = Path(os.environ.get("EMBED_CACHE", "/tmp/narr24/semeval2025-cache"))


def main():
    cache, out = sys.argv[1], sys.argv[2]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in ids]
    S.embed(arts, cache=EMBED)
    labels = S.label_vectors()
    texts, dense = S.narrative_rows(arts, labels, 0.0)
    N.SUPPORT_MIN = 0.0  # every sub-narrative kept; its best sentence's score recorded
    records = {}
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner = [L.prepare(x, "base") for x in fold["inner"]]
        _, (_, s) = L.choose(inner, "base")
        c_rows, f_rows = L.outer_rows(L.prepare(fold["outer"], "base"), s)
        params = {
            **data["params"],
            "cue_threshold": s["tq"],
            "other_C": s["oc"],
            "other_threshold": s["ot"],
            "other_keep": None,
            "fine_lift": L.LIFT,
            "fine_ratio": s["fine"][0],
        }
        bundle = S._fit_chosen(
            [texts[i] for i in tr], dense[tr], [arts[i] for i in tr], params, (s["tc"], s["tf"]), {}, labels
        )
        rows_pred = S.predict_narratives(bundle, [texts[i] for i in te], dense[te])
        check = S.score_narratives([arts[i] for i in te], rows_pred)
        model = S._narrative_model(bundle)
        for i in te:
            a = arts[i]
            if N.about_neither_domain(a.text):
                records[a.id] = {"neither": True}
                continue
            p = model.predict_article(a.text, a.vectors, [a.text[x:y] for x, y in a.sentences])
            records[a.id] = {
                "narratives": [lab for lab, _ in p.narratives],
                "subs": {
                    lab: [[f, float(q), p.support[f][1] if f in p.support else None] for f, q in subs]
                    for lab, subs in p.subnarratives.items()
                },
                "gold_coarse": list(a.narratives),
                "gold_fine": list(a.subnarratives),
            }
        print(
            f"  fold {k} ({len(te)}): cache rows {np.mean(c_rows):.4f} / {np.mean(f_rows):.4f}; refitted "
            f"predict_rows {check['coarse_samples_f1']} / {check['fine_samples_f1']}; chosen {s}; "
            f"{time.time() - t0:.0f} s",
            flush=True,
        )
    for a in arts:
        records[a.id].setdefault("gold_coarse", list(a.narratives))
        records[a.id].setdefault("gold_fine", list(a.subnarratives))
    Path(out).write_text(json.dumps({"partition": data["partition"], "ids": ids, "records": records}))


if __name__ == "__main__":
    main()
