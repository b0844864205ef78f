#!/usr/bin/env bash
# Round 52: every older Russian attribution held-out gold (rounds 26-51; WHICH=dev for the development files),
# the Russian written attribution batches, the Russian event batches (written 1-5, russian_events_real50 both parts)
# and, unless NO_POLNEAR is set, the English PolNeAR tuning half, for PYTHONPATH's src. The new round's files are
# scored separately (scripts/ru52/measure_*.txt) so its held-out file is read only where meant.
set -euo pipefail
python scripts/ru52/guards.py "${WHICH:-held}"
bash scripts/ru38/older.sh
for n in 1 2 3 4 5; do
  echo "russian_events_written$n: $(python scripts/russian_events_score.py tests/gold/russian_events_written$n.tsv | tail -1)"
done
for g in russian_events_real50 russian_events_real50_heldout; do
  echo "$g:"; python scripts/ruev50/score.py tests/gold/$g.tsv | tail -3
done
if [ -z "${NO_POLNEAR:-}" ]; then
  echo "PolNeAR tune: $(python scripts/attr_dev.py score --half tune 2>&1 | tail -2 | tr '\n' ' ')"
fi
