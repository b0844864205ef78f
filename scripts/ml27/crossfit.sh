#!/usr/bin/env bash
# Round 27: the never-seen figure of the shipped form of (M), a bag of MLP seeds 0-2 averaged 0.5/0.5 with the
# committed linear head, on outer draws 14, 15, 16 (never used before; scripts/ml27/RULE.md). Round 26's harness.
#   bash scripts/ml27/crossfit.sh      (from the project root, the venv active, PYTHONPATH=src)
# Inputs: round 25's store /tmp/ml25/items_st3.pkl and /tmp/ml25/rest (see "Languages, round 25/26").
set -euo pipefail
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
mkdir -p /tmp/ml27
for s in 14 15 16; do  # the committed recipe's cross-fitted probabilities -> /tmp/ml27/p_base_s$s.npy
  nice -n 10 python scripts/ml21/st3_rest.py --store /tmp/ml25/items_st3.pkl --rest /tmp/ml25/rest \
    --probs /tmp/ml27/p --recipes base --outer-seed $s > /tmp/ml27/base_s$s.out
done
B=14=/tmp/ml27/p_base_s14.npy,15=/tmp/ml27/p_base_s15.npy,16=/tmp/ml27/p_base_s16.npy
nice -n 10 python scripts/ml26/st3_mlp.py --store /tmp/ml25/items_st3.pkl --base $B --probs /tmp/ml27/p \
  --mlp-seeds 0,1,2 --json /tmp/ml27/bag3_s14_16.json > /tmp/ml27/bag3_s14_16.out
