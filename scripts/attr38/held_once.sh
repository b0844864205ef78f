#!/usr/bin/env bash
# Round 38's one reading of the held-out sets at the end (base and branch): real32-38 held-out files,
# PolNeAR's held-out half and coref33's held-out split. Usage: bash scripts/attr37/held_once.sh BASE_SRC BRANCH_SRC
# (BASE_SRC: e.g. `git archive ada1fae1 src | tar -x -C /tmp/base`, then /tmp/base/src).
set -euo pipefail
for label in base branch; do
  if [ "$label" = base ]; then src=$1; else src=$2; fi
  echo "== $label ($src)"
  for g in real38 real37 real36 real35 real34 real33 real32; do
    echo "$g held: $(PYTHONPATH=$src python scripts/attr31/score.py --gold tests/gold/attributions_${g}_heldout.jsonl | tail -1)"
  done
  echo "polnear held: $(PYTHONPATH=$src python scripts/attr_dev.py score --half held 2>&1 | tail -1)"
  echo "coref33 held: $(PYTHONPATH=$src python scripts/coref33/score.py --split held 2>&1 | tail -1)"
done
