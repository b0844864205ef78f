#!/usr/bin/env bash
# The benchmark on main and on this branch, alternating, RUNS times each; the summary lines of each run in OUT_DIR.
#   bash scripts/countries28/bench_alternate.sh BASE_SRC BRANCH_SRC OUT_DIR [RUNS]
# BASE_SRC: a checkout of main's src (e.g. `git archive main src | tar -x -C /tmp/base`); BRANCH_SRC: ./src.
set -eu
base=${1:?base src}; branch=${2:?branch src}; out=${3:?output folder}; runs=${4:-3}
mkdir -p "$out"
for i in $(seq 1 "$runs"); do
  for v in base branch; do
    src=$base; [ "$v" = branch ] && src=$branch
    { date -u +%H:%M:%S; uptime; PYTHONPATH=$src OMP_NUM_THREADS=1 python -m benchmarks --articles 30 --sizes 10 \
      --runs 1 --compare 10 --dask 0 --profile 0 --no-write 2>&1 | grep -E "^\| |cold start"; } > "$out/$v-$i.txt"
  done
done
