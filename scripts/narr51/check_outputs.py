"""narr51: `predict semeval2025 --subtask 2`'s decision for every BG, PT, RU and HI article recomputed from narr49's
cached lead vectors (the narrative heads' only input) with `narratives_of` and the domain-word check as
`multilingual_narratives` applies them (narr49's `check_outputs.py` lines), with main's model folder and with the
branch's; BG / PT / RU must not differ; HI: both models' in-sample figures and Other counts (diagnostic: the heads saw
every HI article).

    python scripts/narr51/check_outputs.py LEADS_DIR MAIN_MODEL_DIR OUT_DIR
"""

import importlib.util
import sys
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import MODEL_DIR, MultilingualModel

_spec = importlib.util.spec_from_file_location(
    "narr49_check", Path(__file__).resolve().parents[1] / "narr49" / "check_outputs.py")
assert _spec and _spec.loader
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr49"))
n49c = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(n49c)


def main(leads, main_model, out):
    old, new = MultilingualModel(Path(main_model)), MultilingualModel(MODEL_DIR)
    for lang in ("BG", "PT", "RU", "HI"):
        d = np.load(Path(leads) / f"{lang.lower()}_lead.npz")
        names, vecs = [str(x) for x in d["names"]], d["lead"].astype(np.float32)
        a, b = n49c.lines_of(old, lang, names, vecs), n49c.lines_of(new, lang, names, vecs)
        (Path(out) / f"main_{lang}_cached.txt").write_text("".join(x + "\n" for x in a), encoding="utf-8")
        (Path(out) / f"branch_{lang}_cached.txt").write_text("".join(x + "\n" for x in b), encoding="utf-8")
        changed = sum(x != y for x, y in zip(a, b, strict=True))
        print(f"{lang}: {len(names)} articles; branch model vs main's model: {changed} differ", flush=True)
        if lang == "HI":
            gold = n49c.load_tsv(n49c.DATA / "HI" / "subtask-2-annotations.txt")
            for tag, lines in (("main", a), ("branch", b)):
                got = n49c.load_tsv_lines(lines)
                c = np.mean([n49c.f1(gold[n][0], got[n][0]) for n in names])
                f = np.mean([n49c.f1(gold[n][1], got[n][1]) for n in names])
                others = sum(line.endswith("\tOther\tOther") for line in lines)
                print(f"   HI {tag}: in-sample coarse / fine {c:.4f} / {f:.4f}; {others} of {len(lines)} Other "
                      f"(gold {sum(not gold[n][0] for n in names)})", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
