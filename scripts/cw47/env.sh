# source this: the round's environment (one thread; caches under /tmp/cw47)
source /work/main/.venv/bin/activate
export PYTHONPATH=/work/wt/cw47/src OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
export SPINSCOPE_CACHE_DIR=/tmp/cw47/cache CW14=/tmp/cw47/cw14 CW25=/tmp/cw47 PYTHONUNBUFFERED=1
