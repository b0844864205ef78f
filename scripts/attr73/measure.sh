#!/usr/bin/env bash
# Round 73's measurements: every attributions_real* development gold and PolNeAR's tuning half (dev), or every
# attributions_real*_heldout and sources_real*_heldout gold and PolNeAR's held-out half (held: read once at the
# start, once at the end). Usage: PYTHONPATH=<src> bash scripts/attr73/measure.sh dev|held   (from the worktree root)
set -euo pipefail
if [ "$1" = dev ]; then
  for f in $(ls tests/gold/attributions_real*.jsonl | grep -v _heldout); do
    echo "$(basename "$f" .jsonl): $(python scripts/attr31/score.py --gold "$f" | tail -1)"
  done
  echo "polnear tune: $(python scripts/attr_dev.py score --half tune 2>&1 | tail -1)"
else
  for f in $(ls tests/gold/attributions_real*_heldout.jsonl); do
    echo "$(basename "$f" .jsonl): $(python scripts/attr31/score.py --gold "$f" | tail -1)"
  done
  for f in $(ls tests/gold/sources_real*_heldout.jsonl); do
    echo "$(basename "$f" .jsonl): $(python scripts/sources27/score.py --gold "$f" 2>&1 | tail -1)"
  done
  echo "polnear held: $(python scripts/attr_dev.py score --half held 2>&1 | tail -1)"
fi
