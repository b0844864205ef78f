#!/usr/bin/env bash
# Round 58 (speed59): the identical-output proofs of one tree (main's git-archive extract or this one), outputs in OUTDIR:
#   bash scripts/speed59/proof.sh TREE OUTDIR   (TREE beside ../shared and the other data links; OUTDIR under /tmp)
set -uo pipefail
tree="$1"; out="$2"; mkdir -p "$out"
export PATH=/work/main/.venv/bin:$PATH OMP_NUM_THREADS=1
cd "$tree"
PYTHONPATH=$tree/src spinscope analyze ../shared/examples/sample-opinion-article.txt --format jsonl > "$out/sample.jsonl" 2> "$out/sample.err"
PYTHONPATH=$tree/src python scripts/attr_dev.py score --half tune > "$out/polnear_tune.txt" 2>&1
PYTHONPATH=$tree/src bash scripts/actors62/guards.sh "$tree/src" "$out/guards" > "$out/guards.log" 2>&1
PYTHONPATH=$tree/src python scripts/lead47/allgold.py "$tree" 'attributions_real*.jsonl' 'sources_real*.jsonl' > "$out/allgold.txt" 2>&1
echo done > "$out/ALLDONE"
