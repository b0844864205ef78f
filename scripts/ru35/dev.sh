#!/usr/bin/env bash
# Round 35's development figures only (no held-out file): this round's development file, then rounds 26-34's.
set -euo pipefail
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real35.jsonl --per-article
for r in $(seq 26 34); do
  echo "attributions_ru_real$r: $(python scripts/ru26/score.py --gold tests/gold/attributions_ru_real$r.jsonl | tail -1)"
done
