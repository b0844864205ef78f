#!/usr/bin/env bash
# Round 42's one reading of the held-out sets at the end (base and branch): real42 held out, then round 40's set
# (real32-39 held out, PolNeAR's held-out half). Usage: bash scripts/attr42/held_once.sh BASE_SRC BRANCH_SRC
# (BASE_SRC: `git archive 980d3799 src | tar -x -C /tmp/attr42/base`, then /tmp/attr42/base/src).
set -euo pipefail
for label in base branch; do
  if [ "$label" = base ]; then src=$1; else src=$2; fi
  echo "real42 held ($label): $(PYTHONPATH=$src python scripts/attr31/score.py --gold tests/gold/attributions_real42_heldout.jsonl | tail -1)"
done
bash scripts/attr40/held_once.sh "$1" "$2"
