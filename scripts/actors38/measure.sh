#!/usr/bin/env bash
# Round 38's yardsticks besides the actor golds, for one src tree: PLOVER halves and the real-news events golds
# (real36/37 development parts; held-out parts only with --heldout, read once at the end).
# Usage (repository root, ../shared present):  bash scripts/actors38/measure.sh SRC OUTDIR [--heldout]
set -euo pipefail
src="$1"; out="$2"; mode="${3:-}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
mkdir -p "$out"
if [ "$mode" = "--heldout" ]; then
  for g in events_real36_heldout events_real37_heldout; do
    printf '%s ' "$g"; python scripts/events36/score.py "tests/gold/$g.jsonl" | tail -1 | tee "$out/$g.txt"
  done
  exit 0
fi
python scripts/plover_dev_halves.py > "$out/plover_halves.txt"; tail -2 "$out/plover_halves.txt"
for g in events_real36 events_real37; do
  printf '%s ' "$g"; python scripts/events36/score.py "tests/gold/$g.jsonl" | tail -1 | tee "$out/$g.txt"
done
