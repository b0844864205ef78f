#!/bin/bash
export PATH=/work/main/.venv/bin:$PATH OMP_NUM_THREADS=1
cd /tmp/ci52
for side in base br; do
  if [ $side = br ]; then src=/work/wt/ci52/src; else src=/tmp/ci52/base/src; fi
  /usr/bin/time -f "$side user %U sys %S wall %e" env PYTHONPATH=$src nice -n 5 spinscope analyze arts --format jsonl --output /tmp/ci52/out_$side.jsonl 2> /tmp/ci52/err_$side.txt
  tail -1 /tmp/ci52/err_$side.txt
done
cmp out_base.jsonl out_br.jsonl && echo IDENTICAL; sha256sum out_base.jsonl out_br.jsonl; wc -l out_base.jsonl
