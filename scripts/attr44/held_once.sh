#!/usr/bin/env bash
# Round 44's one reading of the held-out sets at the end (base and branch): real32-42 held-out files and
# PolNeAR's held-out half. Usage: bash scripts/attr44/held_once.sh BASE_SRC BRANCH_SRC
# (BASE_SRC: `git archive f52118c0 src | tar -x -C /tmp/attr44/base`, then /tmp/attr44/base/src).
# HELD="real45 real42 ..." reads another list of held-out files (round 45); the default is unchanged.
set -euo pipefail
for label in base branch; do
  if [ "$label" = base ]; then src=$1; else src=$2; fi
  echo "== $label"
  for g in ${HELD:-real42 real41 real39 real38 real37 real36 real35 real34 real33 real32}; do
    echo "$g held: $(PYTHONPATH=$src python scripts/attr31/score.py --gold tests/gold/attributions_${g}_heldout.jsonl | tail -1)"
  done
  echo "polnear held: $(PYTHONPATH=$src python scripts/attr_dev.py score --half held 2>&1 | tail -1)"
done
