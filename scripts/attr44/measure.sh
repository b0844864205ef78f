#!/usr/bin/env bash
# Round 44's development measurements (held-out files are not read here): every real-article development gold
# (real31-42) and PolNeAR's tuning half. Run from the worktree root with PYTHONPATH set (base's src or branch's).
# GOLDS="real31 ... real45" measures another list of development golds (round 45); the default is unchanged.
set -euo pipefail
for g in ${GOLDS:-real31 real32 real33 real34 real35 real36 real37 real38 real39 real41 real42}; do
  echo "$g: $(python scripts/attr31/score.py --gold tests/gold/attributions_$g.jsonl | tail -1)"
done
python scripts/attr_dev.py score --half tune 2>&1 | tail -1
