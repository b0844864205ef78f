#!/usr/bin/env bash
# Round 30 (narr30): every figure of docs/EVALUATION.md "Narratives, round 30" (scripts/narr30/RULE.md).
# Inputs as round 29 built them (its section's commands): fold caches of scripts/narr22/cache_n22.py P ship for
# P in lobo, n15, n19, n20, the MiniLM cache and the technique features (scripts/narr29/tech_features.py);
# round 30 copied them to /tmp/narr30 and built n30, n31 (never built before). Each stage2.py run takes 3-8 min on
# loaded shared cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
source /work/main/.venv/bin/activate
export PYTHONPATH=$PWD/src OMP_NUM_THREADS=1 EMBED_CACHE=${EMBED_CACHE:-/tmp/narr29/semeval2025-cache}
T=${T:-/tmp/narr30}
R=scripts/narr30
for p in n30 n31; do
  [ -s $T/$p.pkl ] || nice -n 10 python scripts/narr22/cache_n22.py $p ship $T/$p.pkl
done
GRID=swap nice -n 10 python scripts/narr29/stage2.py $T/lobo.pkl $T/tech.npz $T/lobo_swap.npz > $R/results_lobo_swap.txt
GRID=t2c3 nice -n 10 python scripts/narr29/stage2.py $T/lobo.pkl $T/tech.npz $T/lobo_t2c3.npz > $R/results_lobo_t2c3.txt
for p in n15 n19 n20 n30 n31; do
  GRID=swap,t2c3 nice -n 10 python scripts/narr29/stage2.py $T/$p.pkl $T/tech.npz $T/$p.npz > $R/results_$p.txt
done
for g in swap t2c3; do
  echo "$g: (b) n15 n19 n20 n30 n31"; python scripts/narr16/pooled.py $T/{n15,n19,n20,n30,n31}_$g.npz
  echo "$g: (b') n30 n31"; python scripts/narr16/pooled.py $T/{n30,n31}_$g.npz
done > $R/results_pooled.txt
