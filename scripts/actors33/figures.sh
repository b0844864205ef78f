#!/bin/bash
# Round 33's figures for one export of src (run from the repository root; ../shared present):
#   bash scripts/actors33/figures.sh SRC OUTDIR [--heldout]
# SRC: a src folder (this branch's `$PWD/src`, or `git archive main src | tar -x -C DIR` for the base).
# Without --heldout the held-out files (tests/gold/actors_real33_heldout.jsonl) are not
# scored; with it, only they are (read once, after the last rule change). --actors: the actor sets alone;
# --rest: all but the actor sets.
SRC=$1; OUT=$2; SHARED=${SHARED:-../shared}; mkdir -p "$OUT"
export PYTHONPATH=$SRC OMP_NUM_THREADS=1
PY=${PY:-python}
sets="actors_real33 actors_real32 actors_real32_heldout actors_real32b actors_real32b_heldout actors_real31 actors_real31_heldout actors_real30_heldout actors_real29_heldout actors_real30 actors_real29 actors_real28 actors_real28_heldout actors_real27 actors_real27_heldout actors_real actors_real_heldout"
[ "$3" = "--heldout" ] && sets="actors_real33_heldout"
[ "$3" = "--rest" ] && sets=""  # --rest: the written articles, events, PLOVER and PolNeAR only
for g in $sets; do
  nice -n 10 $PY -m spinscope.training.actor_eval --real --shared "$SHARED" tests/gold/$g.jsonl > "$OUT/$g.json" 2>&1
done
[ "$3" = "--heldout" ] && exit 0
[ "$3" = "--actors" ] && exit 0
# every written events batch in one run: each sentence's gold and predicted events, each batch's score, pooled
nice -n 10 $PY -m spinscope.training.actor_eval tests/gold/actors.jsonl > "$OUT/written.json" 2>&1
nice -n 10 $PY scripts/events_written_score.py tests/gold/events_written*.jsonl --show > "$OUT/events_show.txt" 2>&1
tail -1 "$OUT/events_show.txt" > "$OUT/events_pooled.txt"
nice -n 10 $PY scripts/events26/tuning_half.py --shared "$SHARED" --keep "$OUT/plover" > "$OUT/plover.txt" 2>&1
nice -n 10 $PY scripts/attr_dev.py score --half tune > "$OUT/attr.txt" 2>&1
