#!/usr/bin/env bash
# Score the development golds of rounds 26-34 and the PolNeAR tuning half with the src on PYTHONPATH.
#   bash scripts/sources34/guards.sh TAG     (writes scripts/sources34/results/r*_TAG.txt and tune_TAG.txt)
set -euo pipefail
tag=$1
out=scripts/sources34/results
mkdir -p $out
for r in 34 26 27 28 30 31 32 33; do
  python scripts/sources27/score.py --gold tests/gold/sources_real$r.jsonl --errors > $out/r${r}_$tag.txt 2>&1
done
python scripts/attr_dev.py score --half tune > $out/tune_$tag.txt 2>&1
