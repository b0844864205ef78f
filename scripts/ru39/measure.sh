#!/usr/bin/env bash
# Round 39 (Russian) figures: the development files of rounds 26-36, then (HELD=1) their held-out files, one total
# line per file (no --show, no per-article). Run from the worktree root with PYTHONPATH set to the src to measure.
# ROUNDS="26 ... 38" picks other rounds (default: 26-36).
set -euo pipefail
for r in ${ROUNDS:-$(seq 26 36)}; do
  echo "attributions_ru_real$r: $(python scripts/ru26/score.py --gold tests/gold/attributions_ru_real$r.jsonl | tail -1)"
done
if [ "${HELD:-0}" = 1 ]; then
  for r in ${ROUNDS:-$(seq 26 36)}; do
    g=attributions_ru_real${r}_heldout
    echo "$g: $(python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
  done
fi
