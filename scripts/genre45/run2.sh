#!/bin/bash
# genre45 addendum 1: e5c at B, C, A, then e5w3 at B, C, A (run after run.sh was stopped; see README)
cd /work/wt/genre45
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src OMP_NUM_THREADS=1
R=scripts/genre45/results
# (addendum 1: e5 at A was stopped once B and C had decided it; see README)


date -u > /tmp/genre45/run2.started
for lever in e5c e5w3; do
  nice -n 5 python scripts/genre45/measure.py --lever $lever --work /tmp/genre45/h --k 3 --seeds 4200 10 > $R/E_${lever}_B.jsonl 2> /tmp/genre45/err_${lever}_B.txt
  nice -n 5 python scripts/genre45/measure.py --lever $lever --work /tmp/genre45/h --k 3 --seeds 4210 10 > $R/E_${lever}_C.jsonl 2> /tmp/genre45/err_${lever}_C.txt
  nice -n 5 python scripts/genre45/measure.py --lever $lever --work /tmp/genre45/h --k 3 --seeds 3800 20 > $R/E_${lever}_A.jsonl 2> /tmp/genre45/err_${lever}_A.txt
done
echo done > /tmp/genre45/run2.done
