#!/usr/bin/env bash
# Actors and source typing on every real-article gold, with the spinscope on PYTHONPATH; one file per gold in OUT.
#   PYTHONPATH=src bash scripts/countries28/scores.sh OUT_DIR
set -u
out=${1:?output folder}
mkdir -p "$out"
for g in tests/gold/actors_real*.jsonl; do
  python -m spinscope.training.actor_eval --real --shared /work/shared "$g" > "$out/$(basename "$g" .jsonl).txt" 2>&1
done
for g in tests/gold/sources_real*.jsonl; do
  python scripts/sources27/score.py --gold "$g" --json "$out/$(basename "$g" .jsonl).json" > /dev/null 2>&1
done
