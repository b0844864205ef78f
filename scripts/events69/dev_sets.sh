#!/usr/bin/env bash
# Round 69: the development events golds alone (no PLOVER halves, no written batches) for the source tree given.
#   [LIST="36 ... 69"] bash scripts/events69/dev_sets.sh SRC OUTFILE
set -euo pipefail
src="$1"; out="$2"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
: > "$out"
for n in ${LIST:-36 37 39 42 45 48 50 53 55 56 57 58 60 61 62 64 65 66 67 68 69}; do
  f="events_real$n"
  { printf '%s ' "$f"; python scripts/events36/score.py "tests/gold/$f.jsonl" | tail -2 | tr '\n' ' '; echo; } >> "$out"
done
