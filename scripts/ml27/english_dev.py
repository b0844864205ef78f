"""Round 27: a folder of symlinks to the English SemEval-2023 ST3 articles of the project's validation split
(``training.data.split_articles``), for the before/after check of `predict semeval2023 --subtask 3`.

    python scripts/ml27/english_dev.py ../shared/data /tmp/ml27/en_dev [LANG]
"""
from __future__ import annotations

import sys
from pathlib import Path

from spinscope.training.data import load_semeval2023, split_articles


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    lang = sys.argv[3] if len(sys.argv) > 3 else "en"
    folder = data / "semeval2023_task3" / lang / "train-articles-subtask-3"
    if not folder.is_dir():
        raise SystemExit(f"no ST3 article folder at {folder}")
    _, val = split_articles(load_semeval2023(data, language=lang))
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for art in val:
        src = folder / f"article{art.id}.txt"
        if src.is_file() and not (out / src.name).exists():
            (out / src.name).symlink_to(src.resolve())
            n += 1
    print(f"{lang}: {n} validation articles linked in {out}")


if __name__ == "__main__":
    main()
