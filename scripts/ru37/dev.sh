#!/usr/bin/env bash
# Round 37's development figures only (no held-out file): the development files of rounds 26-35.
set -euo pipefail
for r in $(seq 26 35); do
  echo "attributions_ru_real$r: $(python scripts/ru26/score.py --gold tests/gold/attributions_ru_real$r.jsonl | tail -1)"
done
