# source this: the round's environment (one thread; caches under /tmp/cw24, linked to round 23's)
source /work/main/.venv/bin/activate
export PYTHONPATH=/work/wt/cw24/src OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
export SPINSCOPE_CACHE_DIR=/tmp/cw24/cache CW14=/tmp/cw21/cw14 CW23=/tmp/cw23 CW24=/tmp/cw24
