#!/usr/bin/env bash
# Round 58 (actors58): development figures for the source tree given: main's actors_real54 / real49 dev golds and
# the dev halves of this round's Reuters golds from the branches actors55/56/57 and events71 (copied to GOLDDIR with
# `git show BRANCH:tests/gold/FILE`; their held-out halves are not read).   bash scripts/actors58/dev.sh SRC GOLDDIR OUTDIR
set -uo pipefail
src="$1"; gold="$2"; out="$3"; mkdir -p "$out"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
for f in tests/gold/actors_real54.jsonl tests/gold/actors_real49.jsonl "$gold"/actors_real5[567].jsonl; do
  python -m spinscope.training.actor_eval --real --shared ../shared "$f" > "$out/$(basename "$f" .jsonl).json" 2>&1
done
python scripts/events36/score.py "$gold/events_real71.jsonl" > "$out/events_real71.txt" 2>&1
echo done > "$out/DONE"
