"""Round 22: the genre label of each of the 87 ST3 validation articles by a genre model folder (for the estimate, the
shipped recipe fitted on the English train articles only: ``spinscope train genre --no-embeddings --out
/tmp/tech22/models``), through ``GenreClassifier`` on the article's file text, as ``predict semeval2023
--subtask 1`` labels it. Writes ``{id: [label, p_opinion, p_reporting, p_satire]}`` as JSON, with the ST1 gold
genre of each article for the record.

    python scripts/tech22/genre_val.py /tmp/tech22/models/genre /tmp/tech22/genre_val.json
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

from spinscope.cli.train import _document
from spinscope.components.persuasion import GenreClassifier
from spinscope.training.data import load_semeval2023


def main() -> None:
    model_dir, out = sys.argv[1], Path(sys.argv[2])
    saved = pickle.loads(Path("/tmp/tech20/val_scores.pkl").read_bytes())  # a cache this project's script wrote
    articles = load_semeval2023(None)
    component = GenreClassifier(model_dir=model_dir)
    assert component.error is None, component.error
    res = {}
    for aid in saved["val_ids"]:
        a = articles[aid]
        doc = component(_document(a.text))
        res[a.id] = {
            "label": doc.genre.label if doc.genre else None,
            "gold": a.genre,
            "score": doc.genre.score if doc.genre else None,
        }
    out.write_text(json.dumps(res, indent=1))
    n = sum(r["label"] == "reporting" for r in res.values())
    hit = sum(r["label"] == "reporting" and r["gold"] == "reporting" for r in res.values())
    gold = sum(r["gold"] == "reporting" for r in res.values())
    print(f"called reporting {n} of {len(res)}; of those gold reporting {hit}; gold reporting {gold}")


if __name__ == "__main__":
    main()
