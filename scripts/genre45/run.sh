#!/bin/bash
# genre45: the E runs in the order of RULE.md (e5 at B, C, A, then e5w3 at B, C, A)
cd /work/wt/genre45
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src OMP_NUM_THREADS=1
K=$1
R=scripts/genre45/results
for lever in e5 e5w3; do
  nice -n 5 python scripts/genre45/measure.py --lever $lever --work /tmp/genre45/h --k $K --seeds 4200 10 > $R/E_${lever}_B.jsonl 2> /tmp/genre45/err_${lever}_B.txt
  nice -n 5 python scripts/genre45/measure.py --lever $lever --work /tmp/genre45/h --k $K --seeds 4210 10 > $R/E_${lever}_C.jsonl 2> /tmp/genre45/err_${lever}_C.txt
  nice -n 5 python scripts/genre45/measure.py --lever $lever --work /tmp/genre45/h --k $K --seeds 3800 20 > $R/E_${lever}_A.jsonl 2> /tmp/genre45/err_${lever}_A.txt
done
echo done > /tmp/genre45/run.done
