#!/usr/bin/env bash
# Round 24, rule (P): the store with every vector (the English titles and first paragraphs included) and the
# cross-fitted ST3 probabilities of the committed recipe at outer seeds 8, 9, 10 (scripts/ml21/st3_rest.py).
#   bash scripts/ml24/st3_probs.sh      (from the project root, the venv active, PYTHONPATH=src)
set -euo pipefail
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
S="--store /tmp/ml24/items_st3.pkl --rest /tmp/ml24/rest --probs /tmp/ml24/p --recipes base"
nice -n 10 python scripts/ml21/st3_rest.py --build --caches /tmp/ml24/shards $S --json /tmp/ml24/st3_s8.json \
  > /tmp/ml24/st3_s8.out 2> /tmp/ml24/st3_s8.err &
while [ ! -f /tmp/ml24/items_st3.keys.npy ]; do sleep 5; done
for s in 9 10; do
  nice -n 10 python scripts/ml21/st3_rest.py $S --outer-seed $s --json /tmp/ml24/st3_s$s.json \
    > /tmp/ml24/st3_s$s.out 2> /tmp/ml24/st3_s$s.err &
done
wait
