#!/usr/bin/env bash
# Round 65 (copy of events64): the PLOVER halves and the pooled written batches for the source tree given (the lines
# scripts/events64/figures.sh writes without --heldout), run apart so that the guards come first on a busy machine.
#   bash scripts/events64/guards.sh SRC OUTFILE
set -euo pipefail
src="$1"; out="$2"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
python scripts/plover_dev_halves.py | tail -4 > "$out"
python scripts/events_written_score.py tests/gold/events_written*.jsonl | tail -1 >> "$out"
