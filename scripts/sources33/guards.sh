#!/usr/bin/env bash
# Score the development golds of rounds 26-33 and the PolNeAR tuning half with the src on PYTHONPATH.
#   bash scripts/sources33/guards.sh TAG     (writes scripts/sources33/results/r*_TAG.txt and tune_TAG.txt)
set -euo pipefail
tag=$1
out=scripts/sources33/results
for r in 26 27 28 30 31 32 33; do
  python scripts/sources27/score.py --gold tests/gold/sources_real$r.jsonl --errors > $out/r${r}_$tag.txt 2>&1
done
python scripts/attr_dev.py score --half tune > $out/tune_$tag.txt 2>&1
