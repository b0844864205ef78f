#!/usr/bin/env bash
# Round 50: the older Russian golds (rounds 26-47, dev and held out) and the written batches, for PYTHONPATH's src
# (round 49's loop; the new round's files are scored separately so the new held-out file is read only where meant).
set -euo pipefail
for r in $(seq 26 47); do
  for g in attributions_ru_real$r attributions_ru_real${r}_heldout; do
    [ -f tests/gold/$g.jsonl ] || continue
    echo "$g: $(python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
  done
done
bash scripts/ru38/older.sh
