#!/usr/bin/env bash
# Round 80: every sources gold (development with error lines; HELD=1: held-out figures only, the attributions
# held-out golds and the PolNeAR held half) into scripts/src80/results (scripts/sources35/guards.sh).
#   bash scripts/src80/guards.sh TAG ; HELD=1 bash scripts/src80/guards.sh TAG
set -euo pipefail
tag=$1
out=scripts/src80/results
OUT=$out ROUNDS="76 51 50 49 47 46 44 43 42 41 40 39 38 36 35 34 33 32 31 30 28 27 26" bash scripts/sources35/guards.sh "$tag"
if [ "${HELD:-0}" = 1 ]; then
  for f in tests/gold/attributions_real*_heldout.jsonl; do
    n=$(basename "$f" .jsonl)
    python scripts/attr31/score.py --gold "$f" > $out/a_${n}_$tag.txt 2>&1
  done
fi
