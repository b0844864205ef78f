#!/usr/bin/env bash
# Every attributions_real*_heldout file and PolNeAR's held half (read at the start and at the end only).
# Run from the worktree root with PYTHONPATH set (the base's src or the branch's).
set -euo pipefail
for f in tests/gold/attributions_real*_heldout.jsonl; do
  g=$(basename "$f" _heldout.jsonl); g=${g#attributions_}
  echo "$g held: $(python scripts/attr31/score.py --gold "$f" | tail -1)"
done
echo "polnear held: $(python scripts/attr_dev.py score --half held 2>&1 | tail -1)"
