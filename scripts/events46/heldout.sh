#!/usr/bin/env bash
# Round 46 held-out figures for a source tree, read once on the base and once on the branch at the end (scores only;
# scripts/events36/score.py refuses --show on held-out files): the real-news held-out files of rounds 36, 37, 39, 42
# and both PLOVER GSR dev halves.
#   bash scripts/events46/heldout.sh SRC
# GOLDS: the real-news golds to score (default "events_real42 events_real39 events_real37 events_real36"; round 49
# added events_real45).
set -euo pipefail
src="${1:-src}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
for f in ${GOLDS:-events_real42 events_real39 events_real37 events_real36}; do
    python scripts/events36/score.py tests/gold/${f}_heldout.jsonl
done
python scripts/plover_dev_halves.py
