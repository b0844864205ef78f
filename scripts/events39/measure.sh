#!/usr/bin/env bash
# Round 39 figures for a source tree (from the project root, venv active; a few minutes on one core).
#   bash scripts/events39/measure.sh SRC [--heldout]
# GOLDS: the real-news golds to score (default "events_real39 events_real37 events_real36"; round 40 measured
# GOLDS="events_real36 events_real37", before round 39's gold existed on its branch).
# SRC: this branch's `src`, or the base: `git archive 980d3799 src | tar -x -C /tmp/ev39_base` then /tmp/ev39_base/src.
# --heldout adds the three held-out files, read for their score only (scripts/events36/score.py refuses --show on
# them): round 39 read them once on the base (never-seen) and once on the branch, at the end.
set -euo pipefail
src="${1:-src}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
GOLDS="${GOLDS:-events_real39 events_real37 events_real36}"
for f in $GOLDS; do
    python scripts/events36/score.py tests/gold/$f.jsonl                  # development
done
if [ "${2:-}" = "--heldout" ]; then
    for f in $GOLDS; do
        python scripts/events36/score.py tests/gold/${f}_heldout.jsonl
    done
fi
python scripts/plover_dev_halves.py | tail -3                            # PLOVER GSR dev halves (tuning / held-out)
python scripts/events_written_score.py tests/gold/events_written*.jsonl | grep '"pooled"'   # written batches
