#!/usr/bin/env bash
# Round 68: the golds outside the events layer whose articles hold the new actors alias ("crimean peninsula"):
# figures only, for the source tree given.   bash scripts/events68/alias_check.sh SRC OUTFILE
set -euo pipefail
export PYTHONPATH="$1" OMP_NUM_THREADS=1
out="$2"; : > "$out"
for f in attributions_real32 attributions_real36_heldout; do
  { printf '%s ' "$f"; python scripts/attr31/score.py --gold "tests/gold/$f.jsonl" | tail -3 | tr '\n' ' '; echo; } >> "$out"
done
{ printf 'sources_real26 '; python scripts/sources27/score.py --gold tests/gold/sources_real26.jsonl | head -8 | tr '\n' ' '; echo; } >> "$out"
