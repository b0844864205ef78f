#!/bin/bash
# Round 28's figures for one export of src (run from the repository root; ../shared or /work/shared present):
#   sh scripts/actors28/figures.sh SRC OUTDIR
# SRC: a src folder (this branch's `$PWD/src`, or `git archive integ src | tar -x -C DIR` for the base).
SRC=$1; OUT=$2; SHARED=${SHARED:-../shared}; mkdir -p "$OUT"
export PYTHONPATH=$SRC OMP_NUM_THREADS=1
PY=${PY:-python}
for g in actors_real28 actors_real27 actors_real27_heldout actors_real actors_real_heldout; do
  nice -n 10 $PY -m spinscope.training.actor_eval --real --shared "$SHARED" tests/gold/$g.jsonl > "$OUT/$g.json" 2>&1
done
nice -n 10 $PY -m spinscope.training.actor_eval tests/gold/actors.jsonl > "$OUT/written.json" 2>&1
nice -n 10 $PY scripts/events26/tuning_half.py --shared "$SHARED" --keep "$OUT/plover" > "$OUT/plover.txt" 2>&1
nice -n 10 $PY scripts/attr_dev.py score --half tune > "$OUT/attr.txt" 2>&1
