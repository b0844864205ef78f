#!/usr/bin/env bash
# Round 26, the reference runs of rule (M) (scripts/ml26/RULE.md; not deciding), one after another:
#   bash scripts/ml26/reference.sh      (from the project root, the venv active, PYTHONPATH=src)
set -euo pipefail
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
B=8=/tmp/ml25/p_base_s8.npy,9=/tmp/ml25/p_base_s9.npy,10=/tmp/ml25/p_base_s10.npy
S="--store /tmp/ml25/items_st3.pkl --base $B --probs /tmp/ml26/p"
run() { out=$1; shift; nice -n 10 python scripts/ml26/st3_mlp.py $S "$@" --json /tmp/ml26/$out.json > /tmp/ml26/$out.out; }
run mlp_check                      # rule M again from the cached seed-0 probabilities (must equal mlp.out)
run mlp_seed1 --mlp-seeds 1
run mlp_seed2 --mlp-seeds 2
run mlp_bag3 --mlp-seeds 0,1,2
run mlp_a025 --blend 0.25
run mlp_a075 --blend 0.75
