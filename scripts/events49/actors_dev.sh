#!/usr/bin/env bash
# Round 49: the actor layer's figures (precision, recall, predicted) on every real-article actor development gold,
# for a source tree (from the project root, venv active). Held-out actor sets are not read.
#   bash scripts/events49/actors_dev.sh SRC
set -euo pipefail
src="${1:-src}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
out=$(mktemp -d)
for f in actors_real actors_real27 actors_real28 actors_real29 actors_real30 actors_real31 actors_real32 \
         actors_real32b actors_real33 actors_real33b actors_real34 actors_real35 actors_real37 actors_real38 \
         actors_real39 actors_real41; do
  python -m spinscope.training.actor_eval --real --shared ../shared "tests/gold/$f.jsonl" > "$out/$f.json"
  printf '%s ' "$f"
  python -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["precision"], d["recall"], d["predicted"])' \
    "$out/$f.json"
done
