#!/usr/bin/env bash
# Round 46 guard, for PYTHONPATH's src: the older Russian golds' articles round 46 can touch (scripts/ru46/touched.py
# --write DIR; every other article's output is the base's by construction) scored per gold file, then the written
# batches (scripts/ru38/older.sh).
set -euo pipefail
DIR=${1:-/tmp/ru46_subset}
for g in "$DIR"/*.jsonl; do
  echo "$(basename "$g" .jsonl) (touched articles only): $(python scripts/ru26/score.py --gold "$g" | tail -1)"
done
bash scripts/ru38/older.sh
