#!/usr/bin/env bash
# Round 40's development measurements (held-out files are not read here): every real-article development gold
# (real31-39) and PolNeAR's tuning half. Run from the worktree root with PYTHONPATH set.
set -euo pipefail
for g in real31 real32 real33 real34 real35 real36 real37 real38 real39; do
  echo "$g: $(python scripts/attr31/score.py --gold tests/gold/attributions_$g.jsonl | tail -1)"
done
python scripts/attr_dev.py score --half tune 2>&1 | tail -1
