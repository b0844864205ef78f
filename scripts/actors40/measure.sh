#!/usr/bin/env bash
# Round 40's yardsticks for one src tree: the actor golds of rounds 26-38 (development parts; held-out parts only
# with --heldout, read once at the end) and the source-typing golds of rounds 26-36 (development parts).
# Usage (repository root, ../shared present):  bash scripts/actors40/measure.sh SRC OUTDIR [--heldout]
# Events on 60 real documents: sh scripts/events32/real_compare.sh BASE_SRC 3233 60 (BASE_SRC from git archive).
set -euo pipefail
src="$1"; out="$2"; mode="${3:-}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
mkdir -p "$out"
EXTRA="${EXTRA:-37 38}" bash scripts/actors35/figures.sh "$src" "$out" ${mode:---actors} | tee "$out/actors_summary.txt"
[ "$mode" = "--heldout" ] && exit 0
for g in tests/gold/sources_real2[6-9].jsonl tests/gold/sources_real3[0-9].jsonl; do
  [ -e "$g" ] || continue
  b=$(basename "$g" .jsonl)
  python scripts/sources27/score.py --gold "$g" --json "$out/$b.json" > /dev/null
  printf '%s ' "$b"; python -c 'import json,sys; d=json.load(open(sys.argv[1])); print(json.dumps({k: v for k, v in d.items() if not isinstance(v, (dict, list))}))' "$out/$b.json"
done | tee "$out/sources_summary.txt"
