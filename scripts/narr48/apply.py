"""narr48 (`recal48`, scripts/narr48/RULE.md): write a language's narrative thresholds chosen on all its validation
articles (the procedure of crossfit.py, ties against the shipped pair) into the multilingual heads' config.json.

    python scripts/narr48/apply.py BG /tmp/narr48/probs_BG.npz [CONFIG]
"""

import json
import sys

import numpy as np
from crossfit import COARSE_GRID, CONFIG, DATA, FINE_GRID, Tables, load_tsv

from spinscope.training.semeval2025 import is_validation


def main(lang, probs_path, config_path=CONFIG):
    code = lang.lower()
    t = Tables(np.load(probs_path), load_tsv(DATA / lang / "subtask-2-annotations.txt"))
    with open(config_path, encoding="utf-8") as f:
        config = json.loads(f.read())
    heads = config["heads"]
    shipped = (heads["narratives"]["language_thresholds"][code], heads["subnarratives"]["language_thresholds"][code])
    rows = np.array([i for i, n in enumerate(t.names) if is_validation(n)])
    a, b = t.choose(rows, shipped)
    heads["narratives"]["language_thresholds"][code] = COARSE_GRID[a]
    heads["subnarratives"]["language_thresholds"][code] = FINE_GRID[b]
    with open(config_path, "w", encoding="utf-8") as f:
        f.write(json.dumps(config, indent=1, ensure_ascii=False) + "\n")
    print(f"{code}: {shipped} -> ({COARSE_GRID[a]}, {FINE_GRID[b]}) on {len(rows)} validation articles")


if __name__ == "__main__":
    main(*sys.argv[1:])
