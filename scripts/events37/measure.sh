#!/usr/bin/env bash
# Round 37 figures (run from the project root with the venv active and PYTHONPATH=src; ~2 min on one core).
# The held-out files are read for their score only (scripts/events36/score.py refuses --show on them).
set -euo pipefail
python scripts/events37/draw.py | tail -1                           # the draw (60 sentences, 16 of 48 documents held out)
for f in events_real37 events_real37_heldout events_real36 events_real36_heldout; do
    python scripts/events36/score.py tests/gold/$f.jsonl
done
python scripts/plover_dev_halves.py                                 # PLOVER GSR dev halves (tuning / held-out)
python scripts/events_written_score.py tests/gold/events_written*.jsonl | grep '"pooled"'   # written batches
