#!/usr/bin/env bash
# Round 67 (events67, copy of events66; LIST overrides the rounds) events figures for the source tree given: the real events golds (events_real36-58), and without
# --heldout the PLOVER dev halves and the written batches. Lines as scripts/lead40/figures.sh writes them, so that
# scripts/lead40/totals.py sums them. From the repository root, venv active:
#   [LIST="36 ... 62"] bash scripts/events67/figures.sh SRC OUTFILE [--heldout]
# With --heldout: the held-out sets only (read once before and once after; report totals only). Needs ../shared, /work/lee.
set -euo pipefail
src="$1"; out="$2"; mode="${3:-}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
suffix=""; [ "$mode" = "--heldout" ] && suffix="_heldout"
: > "$out"
for n in ${LIST:-36 37 39 42 45 48 50 53 55 56 57 58 60 61 62 64 65 66 67}; do
  f="events_real$n$suffix"
  { printf '%s ' "$f"; python scripts/events36/score.py "tests/gold/$f.jsonl" | tail -2 | tr '\n' ' '; echo; } >> "$out"
done
if [ "$mode" != "--heldout" ]; then
  python scripts/plover_dev_halves.py | tail -4 >> "$out"
  python scripts/events_written_score.py tests/gold/events_written*.jsonl | tail -1 >> "$out"
fi
