#!/usr/bin/env bash
# Round 44's source-typing check (base and branch): sources_real26-36 development and held-out files, one line each.
# Usage: bash scripts/attr44/sources.sh BASE_SRC BRANCH_SRC
set -euo pipefail
for label in base branch; do
  if [ "$label" = base ]; then src=$1; else src=$2; fi
  echo "== $label"
  for g in tests/gold/sources_real*.jsonl; do
    echo "$(basename "$g" .jsonl): $(PYTHONPATH=$src python scripts/sources27/score.py --gold "$g" 2>/dev/null | python -c "import json,sys; d=json.load(sys.stdin); print({k: d[k] for k in ('speakers', 'matched', 'found', 'type_acc', 'country_acc', 'name_acc')})")"
  done
done
