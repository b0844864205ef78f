"""narr50: rebuild the committed Hindi narrative heads through the training command's new stage
(``training.multilingual.train_narratives_hi``) from narr49's cached lead vectors, and compare them with the packaged
model's tensors and thresholds.

    python scripts/narr50/rebuild.py LEADS_DIR OUT_DIR

LEADS_DIR: narr49's ``{hi,bg,en,pt,ru}_lead.npz`` (``scripts/narr49/embed_leads.py``; sha256 in
``scripts/narr49/inputs.sha256``). The lead vectors stand in for the items that ``load_items_2025`` builds (same
languages, order, ids, labels and validation flags), so that the stage's own code path (rows, fit, thresholds,
``write_model``) is what is checked.
"""

import json
import sys
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

from spinscope.components.multilingual import MODEL_DIR, ArticleVectors, MultilingualModel
from spinscope.training.multilingual import LANGUAGES_2025, Item, train_narratives_hi, write_model
from spinscope.training.semeval2025 import is_validation, load_task

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def items_from_leads(leads: Path) -> list[Item]:
    items = []
    for lang in LANGUAGES_2025:
        d = np.load(leads / f"{lang.lower()}_lead.npz")
        articles, _ = load_task(DATA, lang)
        for name, vec in zip(d["names"], d["lead"], strict=True):
            art = articles[str(name)]
            v = ArticleVectors(paragraphs=vec[None, :], lead=vec, mean=vec)
            items.append(Item(lang.lower(), str(name), is_validation(str(name)), v,
                              narratives=list(art.narratives) or ["Other"],
                              subnarratives=list(art.subnarratives) or ["Other"]))
    return items


def main(leads: str, out: str) -> None:
    base = MultilingualModel()
    heads = dict(base.heads)
    new, _ = train_narratives_hi(items_from_leads(Path(leads)), heads, DATA)
    heads.update(new)
    write_model(heads, Path(out))
    old, got = load_file(str(MODEL_DIR / "heads.safetensors")), load_file(str(Path(out) / "heads.safetensors"))
    print(f"tensor names equal: {sorted(old) == sorted(got)}")
    for k in sorted(k for k in old if ".hi." in k):
        same = old[k].dtype == got[k].dtype and old[k].shape == got[k].shape and old[k].tobytes() == got[k].tobytes()
        diff = (float(np.abs(old[k].astype(np.float64) - got[k].astype(np.float64)).max())
                if old[k].shape == got[k].shape else None)
        print(f"  {k}: byte-identical {same}; max abs diff {diff}")
    others = all(old[k].tobytes() == got[k].tobytes() for k in old if ".hi." not in k)
    print(f"every other tensor byte-identical: {others}")
    cfg_old = json.loads((MODEL_DIR / "config.json").read_text(encoding="utf-8"))["heads"]
    cfg_new = json.loads((Path(out) / "config.json").read_text(encoding="utf-8"))["heads"]
    print(f"config heads equal: {cfg_old == cfg_new}")
    for name in ("narratives.hi", "subnarratives.hi"):
        print(f"  {name}: labels equal {cfg_old[name]['labels'] == cfg_new[name]['labels']}; threshold "
              f"{cfg_old[name]['threshold']} -> {cfg_new[name]['threshold']}; language_thresholds "
              f"{cfg_old[name]['language_thresholds']} -> {cfg_new[name]['language_thresholds']}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
