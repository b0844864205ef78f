#!/usr/bin/env bash
# Round 25, rule (K) (scripts/ml24/st3_probs.sh with the folders /tmp/ml25, and the three draws one after another:
# one process at a time on the shared cores): the store with every vector (the English titles and first paragraphs
# included) and the cross-fitted ST3 probabilities of the committed recipe at outer seeds 8, 9, 10
# (scripts/ml21/st3_rest.py).
#   bash scripts/ml25/st3_probs.sh      (from the project root, the venv active, PYTHONPATH=src)
set -euo pipefail
mkdir -p /tmp/ml25/rest
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
S="--store /tmp/ml25/items_st3.pkl --rest /tmp/ml25/rest --probs /tmp/ml25/p --recipes base"
nice -n 10 python scripts/ml21/st3_rest.py --build --caches /tmp/ml25/shards $S --json /tmp/ml25/st3_s8.json \
  > /tmp/ml25/st3_s8.out 2> /tmp/ml25/st3_s8.err
for s in 9 10; do
  nice -n 10 python scripts/ml21/st3_rest.py $S --outer-seed $s --json /tmp/ml25/st3_s$s.json \
    > /tmp/ml25/st3_s$s.out 2> /tmp/ml25/st3_s$s.err
done
