#!/usr/bin/env bash
# Round 59 (actors59): every actor set (dev or held-out) in one process, plus (held-out run only) the PLOVER
# halves and the pooled written event batches, for the source tree given; full outputs in OUTDIR.
#   bash scripts/actors59/guards.sh SRC OUTDIR (--dev | --heldout)
set -uo pipefail
src="$1"; out="$2"; mode="$3"; mkdir -p "$out"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
python scripts/actors59/figures.py "$out" "$mode" > "$out/figures.txt" 2>&1
if [ "$mode" = "--heldout" ]; then
  python scripts/plover_dev_halves.py > "$out/plover_halves.txt" 2>&1
  python scripts/events_written_score.py tests/gold/events_written*.jsonl > "$out/events_written.txt" 2>&1
fi
echo done > "$out/DONE"
