#!/bin/sh
# Score every written batch (tests/gold/events_written*.jsonl) with --show into DIR/ (one file per batch) and print
# the summary lines.  Usage (from the project root): sh scripts/events26/all_batches.sh DIR
set -e
out=${1:?usage: all_batches.sh DIR}
mkdir -p "$out"
for f in tests/gold/events_written*.jsonl; do
  b=$(basename "$f" .jsonl)
  python scripts/events_written_score.py "$f" --show > "$out/$b.txt"
  printf '%s %s\n' "$b" "$(tail -1 "$out/$b.txt")"
done
