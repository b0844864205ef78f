#!/usr/bin/env bash
# Round 73: every sources_real*_heldout file's figures on one line each (scripts/sources27/score.py prints JSON; the
# compact line is its JSON, whitespace squeezed). Usage: PYTHONPATH=<src> bash scripts/attr73/sources_held.sh
set -euo pipefail
for f in $(ls tests/gold/sources_real*_heldout.jsonl); do
  echo "$(basename "$f" .jsonl): $(python scripts/sources27/score.py --gold "$f" 2>&1 | tr -s ' \n' ' ')"
done
