#!/usr/bin/env bash
# Round 38 figures (run from the project root with the venv active; ~4 min on one core a tree).
# SRC: the source tree to measure (this branch: src; the base: `git archive integ src | tar -x -C /tmp/base`).
# The held-out files are read for their score only (scripts/events36/score.py refuses --show on them); round 38
# read them once on the base and once on the branch, at the end.
set -euo pipefail
src="${1:-src}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
for f in events_real36 events_real37; do
    python scripts/events36/score.py tests/gold/$f.jsonl                  # development
done
if [ "${2:-}" = "--heldout" ]; then
    for f in events_real36_heldout events_real37_heldout; do
        python scripts/events36/score.py tests/gold/$f.jsonl
    done
fi
bash scripts/events38/guards.sh "$src" /tmp/events38-guards
