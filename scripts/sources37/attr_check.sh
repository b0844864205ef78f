#!/usr/bin/env bash
# The attribution golds of rounds 36-42 (development files) under TAG, with the src on PYTHONPATH (a check that the
# inverted-reporter rule costs the attribution layer nothing): bash scripts/sources37/attr_check.sh TAG
out=${OUT:-scripts/sources37/results}
for f in tests/gold/attributions_real3[6-9].jsonl tests/gold/attributions_real4[0-2].jsonl; do
  [ -e "$f" ] || continue
  printf '%s ' "$(basename "$f")"; python scripts/attr31/score.py --gold "$f" 2>&1 | grep -iE "f1" | tail -1
done > $out/attr_$1.txt
