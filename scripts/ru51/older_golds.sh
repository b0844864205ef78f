#!/usr/bin/env bash
# Round 51: every Russian attribution gold (rounds 26-50, dev and held out) and the written batches, for
# PYTHONPATH's src (round 50's loop, extended to round 50's files; round 51 draws no new articles).
set -euo pipefail
for r in $(seq 26 50); do
  for g in attributions_ru_real$r attributions_ru_real${r}_heldout; do
    [ -f tests/gold/$g.jsonl ] || continue
    echo "$g: $(python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
  done
done
bash scripts/ru38/older.sh
