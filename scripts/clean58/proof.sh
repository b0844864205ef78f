#!/usr/bin/env bash
# clean58 (round 57): the identical-output proof of one source tree, run from this checkout (its golds and scripts).
#   bash scripts/clean58/proof.sh SRC OUT     (SRC: a tree's src, e.g. /tmp/clean58/base/src; OUT: a new folder)
# OUT/guards: scripts/actors62/guards.sh's outputs (every actors and events gold, events predictions of every gold
# sentence in guards/events/sentences.out.jsonl, PLOVER halves, written batches); OUT/actors_full: every actor of
# every actors-gold article in full; OUT/sample.jsonl: `analyze --format jsonl` of the sample opinion article.
# Compare two trees: diff -r A B (OUT/times aside).
set -uo pipefail
src="$(cd "$1" && pwd)"; out="$2"; rm -rf "$out"; mkdir -p "$out"; out="$(cd "$out" && pwd)"
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH="$src" OMP_NUM_THREADS=1
start=$(date +%s)
bash scripts/actors62/guards.sh "$src" "$out/guards"
echo "guards $(( $(date +%s) - start ))s" >> "$out/times"; start=$(date +%s)
python scripts/clean58/dump_actors.py "$out/actors_full" tests/gold/actors_real*.jsonl > "$out/actors_full.txt" 2>&1
echo "actors_full $(( $(date +%s) - start ))s" >> "$out/times"; start=$(date +%s)
python -m spinscope analyze ../shared/examples/sample-opinion-article.txt --format jsonl > "$out/sample.jsonl" \
    2> "$out/sample.err"
echo "sample $(( $(date +%s) - start ))s" >> "$out/times"
echo done > "$out/DONE"
