#!/usr/bin/env bash
# Round 38 guard figures for the source tree given: every development actor gold (actor_eval --real), the written
# actor set, the pooled written events batches, the PLOVER GSR dev halves and the two real-news development files.
# From the repository root, venv active:  bash scripts/events38/guards.sh SRC OUTDIR
# (base: `git archive integ src | tar -x -C /tmp/base` then SRC=/tmp/base/src). Held-out files: see measure.sh.
set -euo pipefail
src="$1"; out="$2"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
mkdir -p "$out"
for g in tests/gold/actors_real*.jsonl; do
  case "$g" in *heldout*) continue ;; esac
  f=$(basename "$g" .jsonl)
  python -m spinscope.training.actor_eval --real --shared ../shared "$g" > "$out/$f.json"
  printf '%s ' "$f"
  python -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["precision"], d["recall"], d["predicted"])' \
    "$out/$f.json"
done
python -m spinscope.training.actor_eval tests/gold/actors.jsonl > "$out/written.json"
python -c 'import json,sys; d=json.load(open(sys.argv[1])); print("written", d["precision"], d["recall"])' \
  "$out/written.json"
python scripts/events_written_score.py --show tests/gold/events_written*.jsonl > "$out/events_written.txt"
grep '"pooled"' "$out/events_written.txt" || tail -3 "$out/events_written.txt"
python scripts/plover_dev_halves.py | tail -3
for f in events_real36 events_real37; do python scripts/events36/score.py tests/gold/$f.jsonl; done
