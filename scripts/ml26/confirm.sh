#!/usr/bin/env bash
# Round 26, the confirmation of rule (M) on outer draws 11, 12, 13 (scripts/ml26/RULE.md; not deciding):
#   bash scripts/ml26/confirm.sh      (from the project root, the venv active, PYTHONPATH=src)
set -euo pipefail
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
for s in 11 12 13; do  # the committed recipe's cross-fitted probabilities -> /tmp/ml26/p_base_s$s.npy
  nice -n 10 python scripts/ml21/st3_rest.py --store /tmp/ml25/items_st3.pkl --rest /tmp/ml25/rest \
    --probs /tmp/ml26/p --recipes base --outer-seed $s > /tmp/ml26/base_s$s.out
done
B=11=/tmp/ml26/p_base_s11.npy,12=/tmp/ml26/p_base_s12.npy,13=/tmp/ml26/p_base_s13.npy
S="--store /tmp/ml25/items_st3.pkl --base $B --probs /tmp/ml26/p"
nice -n 10 python scripts/ml26/st3_mlp.py $S --json /tmp/ml26/confirm_m.json > /tmp/ml26/confirm_m.out
nice -n 10 python scripts/ml26/st3_mlp.py $S --mlp-seeds 0,1,2 --json /tmp/ml26/confirm_bag3.json \
  > /tmp/ml26/confirm_bag3.out
