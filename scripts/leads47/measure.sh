#!/usr/bin/env bash
# Round 47 (leads47): figures only, for the source tree given. From the repository root, ../shared present:
#   bash scripts/leads47/measure.sh SRC TAG dev|held
# dev: every sources_real development file (round 53's script) and every actors_real development set (round 35's
# script, rounds 37-45 added); held: the held-out files of both and PolNeAR's held-out half (read once, at the end).
# Writes scripts/leads47/results/{sources,actors}_{dev|held}_TAG.txt (and polnear_held_TAG.txt).
set -uo pipefail
src="$1"; tag="$2"; mode="$3"
out=scripts/leads47/results
export OMP_NUM_THREADS=1
bash scripts/attr53/sources.sh "$src" "$mode" > "$out/sources_${mode}_${tag}.txt"
flag=--actors; [ "$mode" = held ] && flag=--heldout
EXTRA="37 38 39 41 43 45" bash scripts/actors35/figures.sh "$src" "/tmp/leads47/actors_${mode}_${tag}" $flag \
  > "$out/actors_${mode}_${tag}.txt"
if [ "$mode" = held ]; then
  PYTHONPATH="$src" python scripts/attr_dev.py score --half held > "$out/polnear_held_${tag}.txt" 2>&1
fi
