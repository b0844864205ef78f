#!/usr/bin/env bash
# Round 32b actor figures: every real-article actor gold, the written articles, the pooled written events batches
# and the PLOVER tuning half, for the source tree on PYTHONPATH. Run from the repository root:
#   PYTHONPATH=src bash scripts/actors32b/figures.sh            (this branch)
#   PYTHONPATH=/path/to/main/src bash scripts/actors32b/figures.sh   (the base)
# Held-out sets are scored only with --heldout (read once, at the end of the round).
set -euo pipefail
sets="actors_real actors_real27 actors_real28 actors_real29 actors_real30 actors_real31 actors_real32b"
if [ "${1:-}" = "--heldout" ]; then
  sets="actors_real_heldout actors_real27_heldout actors_real28_heldout actors_real29_heldout actors_real30_heldout"
  sets="$sets actors_real31_heldout actors_real32b_heldout"
fi
for f in $sets; do
  printf '%s ' "$f"
  python -m spinscope.training.actor_eval --real "tests/gold/$f.jsonl" | python -c \
    'import json,sys; d=json.load(sys.stdin); print(d["precision"], d["recall"], d["predicted"])'
done
if [ "${1:-}" != "--heldout" ]; then
  python -m spinscope.training.actor_eval | python -c \
    'import json,sys; d=json.load(sys.stdin); print("written", d["precision"], d["recall"])'
  python scripts/events_written_score.py tests/gold/events_written*.jsonl | grep '"pooled"'
  python scripts/events26/tuning_half.py
fi
