#!/usr/bin/env bash
# Round 46 development figures for a source tree (from the project root, venv active; a few minutes on one core):
# the real-news development files of rounds 36, 37, 39, 42, the PLOVER GSR tuning half only (the held-out half's line
# is not printed: it is read by scripts/events39/measure.sh SRC --heldout, once on the base and once at the end), and
# the pooled written batches.
#   bash scripts/events46/measure_dev.sh SRC
# SRC: this branch's `src`, or the base: `git archive bc44d6a3 src | tar -x -C /tmp/ev46_base` then /tmp/ev46_base/src.
# GOLDS: the real-news golds to score (default round 46's four, "events_real42 events_real39 events_real37
# events_real36"; round 49 added events_real45, round 48 events_real48 and events_real45).
set -euo pipefail
src="${1:-src}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
for f in ${GOLDS:-events_real42 events_real39 events_real37 events_real36}; do
    python scripts/events36/score.py tests/gold/$f.jsonl
done
python scripts/plover_dev_halves.py | grep '^tuning'
python scripts/events_written_score.py tests/gold/events_written*.jsonl | grep '"pooled"'
