#!/usr/bin/env bash
# Round 67 (copy of events64): the PLOVER halves and the pooled written batches for the source tree given (the lines
# scripts/events67/figures.sh writes without --heldout), run apart so that the guards come first on a busy machine.
#   bash scripts/events67/guards.sh SRC OUTFILE
set -euo pipefail
src="$1"; out="$2"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
python scripts/plover_dev_halves.py | tail -4 > "$out"
python scripts/events_written_score.py tests/gold/events_written*.jsonl | tail -1 >> "$out"
