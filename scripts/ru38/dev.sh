#!/usr/bin/env bash
# Round 38's development figures only (no held-out file): this round's development file, then rounds 26-36's.
set -euo pipefail
for r in ${ROUNDS:-38 $(seq 26 36)}; do   # ROUNDS="40 38 $(seq 26 36)": round 40's
  echo "attributions_ru_real$r: $(python scripts/ru26/score.py --gold tests/gold/attributions_ru_real$r.jsonl | tail -1)"
done
