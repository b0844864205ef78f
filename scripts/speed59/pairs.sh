#!/usr/bin/env bash
# Round 58 (speed59): main's tree and this one, alternating, N pairs of scripts/speed59/layers.py (RUNS runs each:
# the first warms the lazy patterns and is dropped; of the others each layer's least CPU time is the process's
# figure, the steadiest on a shared machine), one JSON line a run in OUT, then the medians over the pairs.
#   bash scripts/speed59/pairs.sh BASE_TREE BRANCH_TREE OUT [N=3] [RUNS=4]
set -uo pipefail
base="$1"; branch="$2"; out="$3"; n="${4:-3}"; runs="${5:-4}"
here="$(cd "$(dirname "$0")" && pwd)"
export OMP_NUM_THREADS=1
: > "$out"
for i in $(seq 1 "$n"); do
  for tree in "$base" "$branch"; do
    PYTHONPATH="$tree/src" python "$here/layers.py" --articles 20 --runs "$runs" \
      --sample "$branch/../shared/examples/sample-opinion-article.txt" | sed "s/^{/{\"pair\": $i, /" >> "$out"
  done
done
python - "$out" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.startswith("{")]
keys = [k for k in rows[0] if k.startswith("cpu ")] + [k for k in rows[0] if k.endswith(".v1") and not k.startswith("cpu ")]
for tree in dict.fromkeys(r["tree"] for r in rows):
    best = []  # per process (pair): each layer's least seconds over its runs after the first
    for pair in sorted({r["pair"] for r in rows}):
        mine = [r for r in rows if r["tree"] == tree and r["pair"] == pair and r["run"] > 0]
        best.append({k: min(r[k] for r in mine) for k in keys})
    print(tree, json.dumps({k: round(statistics.median(b[k] for b in best), 3) for k in keys}))
PY
