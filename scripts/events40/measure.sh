#!/usr/bin/env bash
# Round 40 figures for a source tree (run from the project root with the venv active; ~3 min on one core a tree).
# SRC: the tree to measure (this branch: src; the base: `git archive 980d3799 src | tar -x -C /tmp/ev40_base`, then
# /tmp/ev40_base/src). This round changes the events layer only, so the actor golds of scripts/events38/guards.sh
# cannot move and are left out. --heldout also scores the real-news held-out files (score only: round 40 read them
# once on the base and once on the branch, at the end).
set -euo pipefail
src="${1:-src}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
python scripts/events_written_score.py --show tests/gold/events_written*.jsonl | grep '"pooled"'
python scripts/plover_dev_halves.py | tail -2
for f in events_real36 events_real37; do
    python scripts/events36/score.py tests/gold/$f.jsonl                  # development
done
if [ "${2:-}" = "--heldout" ]; then
    for f in events_real36_heldout events_real37_heldout; do
        python scripts/events36/score.py tests/gold/$f.jsonl
    done
fi
