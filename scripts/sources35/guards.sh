#!/usr/bin/env bash
# Score the development golds of rounds 26-35 and the PolNeAR halves with the src on PYTHONPATH.
#   bash scripts/sources35/guards.sh TAG          (writes scripts/sources35/results/r*_TAG.txt, tune_TAG.txt)
#   HELD=1 bash scripts/sources35/guards.sh TAG   (the held-out files once: h*_TAG.txt, no error listing, held_TAG.txt)
#   OUT=DIR ROUNDS="36 35 ..." bash scripts/sources35/guards.sh TAG   (a later round: its folder and rounds; 26 has no
#   held-out file and is skipped under HELD=1)
set -euo pipefail
tag=$1
out=${OUT:-scripts/sources35/results}
mkdir -p $out
if [ "${HELD:-0}" = 1 ]; then
  for r in ${ROUNDS:-35 34 33 32 31 30 28 27}; do
    [ "$r" = 26 ] && continue
    python scripts/sources27/score.py --gold tests/gold/sources_real${r}_heldout.jsonl > $out/h${r}_$tag.txt 2>&1
  done
  python scripts/attr_dev.py score --half held > $out/held_$tag.txt 2>&1
else
  for r in ${ROUNDS:-35 34 33 32 31 30 28 27 26}; do
    python scripts/sources27/score.py --gold tests/gold/sources_real$r.jsonl --errors > $out/r${r}_$tag.txt 2>&1
  done
  python scripts/attr_dev.py score --half tune > $out/tune_$tag.txt 2>&1
fi
