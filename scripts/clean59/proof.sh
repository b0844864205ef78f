#!/usr/bin/env bash
# clean59 (round 58): the proof that a tree's attribution outputs are main's, for TREE (a checkout or a
# `git archive` of one, beside ../shared and the other data links); results in OUT. Run it on main's extract and on
# the branch's, one at a time, then `diff -r -x times OUT_main OUT_branch`.
#   bash scripts/clean59/proof.sh TREE OUT
set -uo pipefail
tree="$(cd "$1" && pwd)"; out="$2"; mkdir -p "$out"; out="$(cd "$out" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
export PYTHONPATH="$tree/src" OMP_NUM_THREADS=1
cd "$tree"
{ date -u +%T; } > "$out/times"
python scripts/lead47/allgold.py "$tree" 'attributions_real*.jsonl' 'sources_real*.jsonl' > "$out/allgold.txt" 2>&1
date -u +%T >> "$out/times"
python "$here/outputs.py" "$tree" "$out/records" > "$out/records.txt" 2>&1
date -u +%T >> "$out/times"
python scripts/attr_dev.py score --half tune > "$out/polnear_tune.txt" 2>&1
date -u +%T >> "$out/times"
spinscope analyze ../shared/examples/sample-opinion-article.txt --format jsonl > "$out/sample.jsonl" 2>/dev/null
date -u +%T >> "$out/times"
