#!/usr/bin/env bash
# clean57 (round 56): the identical-output proof of one tree, its per-article outputs kept.
#   bash scripts/clean57/proof.sh TREE OUT      (TREE a checkout or `git archive` beside ../shared; OUT a new folder)
# OUT/allgold.txt, OUT/tune.txt: the score lines; OUT/keep_ag, OUT/keep_tune: every article's output JSON.
# Compare two trees: cmp A/allgold.txt B/allgold.txt; cmp A/tune.txt B/tune.txt; diff -r A/keep_ag B/keep_ag; ...
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tree="$(cd "$1" && pwd)"; out="$2"; rm -rf "$out"; mkdir -p "$out/keep_ag" "$out/keep_tune"; out="$(cd "$out" && pwd)"
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH="$tree/src" OMP_NUM_THREADS=1
cd "$tree"
start=$(date +%s)
KEEP="$out/keep_ag" python "$here/keep.py" scripts/lead47/allgold.py "$tree" 'attributions_real*.jsonl' \
    'sources_real*.jsonl' > "$out/allgold.txt" 2> "$out/allgold.err"
echo "allgold $(( $(date +%s) - start ))s" >> "$out/times"
start=$(date +%s)
KEEP="$out/keep_tune" python "$here/keep.py" scripts/attr_dev.py score --half tune > "$out/tune.txt" 2> "$out/tune.err"
echo "tune $(( $(date +%s) - start ))s" >> "$out/times"
echo done > "$out/DONE"
