#!/usr/bin/env bash
# Round 62 (actors62): every actors_real* gold (dev and held-out), every events_real* gold (dev and held-out), the
# PLOVER halves and the written batches (EXTRA_EVENTS: more events golds, e.g. a branch's copied to /tmp) for the source tree given; full outputs in OUTDIR (diff two of them).
#   bash scripts/actors62/guards.sh SRC OUTDIR
set -uo pipefail
src="$1"; out="$2"; mkdir -p "$out"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
python scripts/actors62/allactors.py "$out/actors" tests/gold/actors_real*.jsonl > "$out/actors.txt" 2>&1
python scripts/actors62/allevents.py "$out/events" tests/gold/events_real*.jsonl ${EXTRA_EVENTS:-} > "$out/events.txt" 2>&1
python scripts/plover_dev_halves.py > "$out/plover_halves.txt" 2>&1
python scripts/events_written_score.py tests/gold/events_written*.jsonl > "$out/events_written.txt" 2>&1
echo done > "$out/DONE"
