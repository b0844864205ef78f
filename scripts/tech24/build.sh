#!/bin/bash
source /work/main/.venv/bin/activate && cd /work/wt/tech24 && export PYTHONPATH=/work/wt/tech24/src OMP_NUM_THREADS=1
set -e
date -u
nice -n 10 python scripts/one_word_spans.py --build /tmp/tech24/val_scores.pkl
date -u
nice -n 10 python scripts/tech24/vecs.py
date -u
nice -n 10 python scripts/tech20/ml_cache.py /tmp/tech24/val_scores.pkl /tmp/tech24/ml_val.npz
date -u
echo DONE
