"""Round 17 (narr17): does the nested estimate hold for what `spinscope predict semeval2025 --subtask 2` writes?
The nested runs score NarrativeModel.predict_rows (the decision on the article's features); the command calls
predict_article, which also blanks the narratives of an article that names none of its domain's core words
(narrative_domains.names_domain) and drops a sub-narrative whose best single sentence scores under SUPPORT_MIN;
before it, an article about neither domain (narratives.about_neither_domain) is Other (predict.py).
For each outer fold of a partition, the model the shipped procedure would ship from the outer training part (the
inner CV's choice read from levers.py's log, fitted by training/semeval2025.py:_fit_chosen) scores the outer test
articles both ways.
Usage: python scripts/narr17/article_path.py PARTITION (r4, fresh, n15; reads /tmp/narr16/PARTITION.pkl and
/tmp/narr17/PARTITION_cond.log)"""
import ast
import os
import pickle
import re
import sys
from pathlib import Path

from spinscope.components.narratives import about_neither_domain
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
EMBED = Path(os.environ.get("EMBED_CACHE", "/tmp/narr16/semeval2025-cache"))


def main():
    part = sys.argv[1]
    data = pickle.loads(Path(f"/tmp/narr16/{part}.pkl").read_bytes())
    lines = Path(f"/tmp/narr17/{part}_cond.log").read_text().splitlines()
    chosen = [ast.literal_eval(re.search(r"\(shipped (\{.*?\})\)", ln).group(1)) for ln in lines
              if ln.startswith("  fold")]
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=EMBED)
    labels = S.label_vectors()
    texts, dense = S.narrative_rows(arts, labels, 0.0)
    rows_pred, article_pred = [None] * len(arts), [None] * len(arts)
    changed = blanked = dropped = neither = 0
    for fold, s in zip(data["folds"], chosen, strict=True):
        tr, te = fold["train"], fold["test"]
        params = {**data["params"], "cue_threshold": s["tq"], "other_C": s["oc"], "other_threshold": s["ot"],
                  "other_keep": None, "fine_lift": 1.5, "fine_ratio": s["fine"][0]}
        bundle = S._fit_chosen([texts[i] for i in tr], dense[tr], [arts[i] for i in tr], params, (s["tc"], s["tf"]),
                               {}, labels)
        for i, found in zip(te, S.predict_narratives(bundle, [texts[i] for i in te], dense[te]), strict=True):
            rows_pred[i] = found
        model = S._narrative_model(bundle)
        for i in te:
            a = arts[i]
            if about_neither_domain(a.text):
                article_pred[i] = (["Other"], ["Other"])
                neither += article_pred[i] != rows_pred[i]
                changed += article_pred[i] != rows_pred[i]
                continue
            p = model.predict_article(a.text, a.vectors, [a.text[x:y] for x, y in a.sentences])
            article_pred[i] = (p.coarse_labels(), p.fine_labels())
            if article_pred[i] != rows_pred[i]:
                changed += 1
                blanked += bool(p.unnamed_domain)
                dropped += not p.unnamed_domain
    print(f"{part}: predict_rows {S.score_narratives(arts, rows_pred)}")
    print(f"{part}: predict_article {S.score_narratives(arts, article_pred)}; articles changed {changed} "
          f"(about neither domain {neither}, domain not named {blanked}, sub-narratives dropped {dropped})")


if __name__ == "__main__":
    main()
