#!/usr/bin/env bash
# Round 58 (actors58): every actors held-out gold, the PLOVER halves, the pooled written batches and the Russian
# written event batches for the source tree given, full outputs in OUTDIR (diff two of them).
#   bash scripts/actors58/guards.sh SRC OUTDIR
set -uo pipefail
src="$1"; out="$2"; mkdir -p "$out"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
for f in tests/gold/actors_real*_heldout.jsonl; do
  python -m spinscope.training.actor_eval --real --shared ../shared "$f" > "$out/$(basename "$f" .jsonl).json" 2>&1
done
python scripts/plover_dev_halves.py > "$out/plover_halves.txt" 2>&1
python scripts/events_written_score.py tests/gold/events_written*.jsonl > "$out/events_written.txt" 2>&1
for f in tests/gold/russian_events_written*.tsv; do
  python scripts/russian_events_score.py "$f" > "$out/$(basename "$f" .tsv).txt" 2>&1
done
echo done > "$out/DONE"
