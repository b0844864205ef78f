#!/usr/bin/env bash
# The scorer's whole-word change alone: main's src (a snapshot at SRC) scored with this branch's scorer.
#   SRC=/tmp/s34_base/src bash scripts/sources34/scorer_only.sh TAG   (writes results/r*_TAG.txt, or h*_TAG.txt
#   with HELD=1)
set -euo pipefail
tag=$1
out=scripts/sources34/results
for r in 34 26 27 28 30 31 32 33; do
  if [ "${HELD:-0}" = 1 ]; then
    [ "$r" = 26 ] && continue
    PYTHONPATH=$SRC python scripts/sources27/score.py --gold tests/gold/sources_real${r}_heldout.jsonl --errors \
      > $out/h${r}_$tag.txt 2>&1
  else
    PYTHONPATH=$SRC python scripts/sources27/score.py --gold tests/gold/sources_real$r.jsonl --errors \
      > $out/r${r}_$tag.txt 2>&1
  fi
done
