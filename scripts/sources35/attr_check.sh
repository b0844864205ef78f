#!/usr/bin/env bash
# The attribution golds of rounds 31-37 (development files) scored with the src on PYTHONPATH (speaker spans moved
# by the curly-apostrophe rule would show here).   bash scripts/sources35/attr_check.sh TAG
set -euo pipefail
tag=$1
out=scripts/sources35/results
for r in 31 32 33 34 35 36 37; do
  python scripts/attr31/score.py --gold tests/gold/attributions_real$r.jsonl 2>&1 | tail -n 3 | sed "s/^/r$r /"
done > $out/attr_$tag.txt
