"""Round 25: CPU seconds an article of the layers `predict semeval2025 --subtask 1 --entities` runs: segment.v1 alone
(before) against ATTRIBUTION_LAYERS (now, with the window block), over the first N English subtask-1 articles.

Usage: python scripts/roles25/layer_cost.py DATA_DIR N"""
import sys
import time
from pathlib import Path

from spinscope.components.semeval2025 import ATTRIBUTION_LAYERS
from spinscope.predict import _raw_documents
from spinscope.training import semeval2025 as S

folder = S.language_dir(Path(sys.argv[1]), "EN")
texts = S.read_articles(folder / "raw-documents")
wanted = sorted({m.article for m in S.read_subtask1(folder / "subtask-1-annotations.txt")})[: int(sys.argv[2])]
arts = {a: texts[a] for a in wanted}
list(_raw_documents(dict(list(arts.items())[:2]), ATTRIBUTION_LAYERS))  # load the models first
for layers in (("segment.v1",), ATTRIBUTION_LAYERS):
    t0 = time.process_time()
    list(_raw_documents(arts, layers))
    print(f"{'+'.join(layers)}: {(time.process_time() - t0) / len(arts):.3f} s CPU an article ({len(arts)} articles)")
