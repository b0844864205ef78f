#!/usr/bin/env bash
# Round 48: the development parts of the older Russian golds (rounds 26-46; no held-out file), for PYTHONPATH's src.
set -euo pipefail
for r in $(seq 26 46); do
  g=attributions_ru_real$r
  [ -f tests/gold/$g.jsonl ] || continue
  echo "$g: $(python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
done
