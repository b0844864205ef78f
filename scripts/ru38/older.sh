#!/usr/bin/env bash
# The older Russian attribution batches (written articles; round 26's measure.sh lines), for PYTHONPATH's src.
set -euo pipefail
for g in russian russian_written2 russian_written3 russian_written4 russian_written5; do
  echo "$g:"; python scripts/ru25/summary.py tests/gold/$g.jsonl | tail -2
done
