#!/usr/bin/env bash
# Round 40 (lead40) figures for the source tree given: every actors gold (actors_real27-47), the PLOVER dev halves,
# every real events gold (events_real36-56) and the written events batches. From the repository root, venv active:
#   bash scripts/lead40/figures.sh SRC OUTDIR [--heldout]
# Without --heldout: development sets, PLOVER halves, written batches. With --heldout: the held-out sets (totals only,
# read once before and once after). Needs ../shared and /work/lee.
set -euo pipefail
src="$1"; out="$2"; mode="${3:-}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
mkdir -p "$out"
suffix=""; [ "$mode" = "--heldout" ] && suffix="_heldout"
for n in 27 28 29 30 31 32 32b 33 33b 34 35 37 38 39 41 43 45 46 47; do
  f="actors_real$n$suffix"
  python -m spinscope.training.actor_eval --real --shared ../shared "tests/gold/$f.jsonl" > "$out/$f.json"
  python -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], d["precision"], d["recall"], d["predicted"])' \
    "$out/$f.json" "$f"
done
for n in 36 37 39 42 45 48 50 53 55 56; do
  f="events_real$n$suffix"
  printf '%s ' "$f"
  python scripts/events36/score.py "tests/gold/$f.jsonl" | tail -2 | tr '\n' ' '
  echo
done
if [ "$mode" != "--heldout" ]; then
  python scripts/plover_dev_halves.py | tail -4
  python scripts/events_written_score.py tests/gold/events_written*.jsonl | tail -1
fi
